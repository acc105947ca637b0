"""Deterministic corpus of Chinese financial text, with the money it contains.

``generate(chars, seed)`` writes documents (Markdown, HTML or plain) from sentence templates
until ``chars`` code points are reached. Money slots (amounts in every currency and form,
ranges, qualifiers, rates, implicit amounts, vague amounts, upper-case and Chinese numerals,
slang) are mixed with plain prose and with traps that are not money (years, counts,
percentages, times, scores, versions, URLs, quantities, stock codes, markup).

Every money slot the generator writes is recorded as a gold mention in the terms of
``shared/spec/records.md`` (offsets into the document), so the corpus doubles as a large
synthetic accuracy suite. The same seed always yields the same text, and a shorter corpus is
a prefix of a longer one with the same seed.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from benchmarks.numerals import zh_digits, zh_int

DEFAULT_SEED = 20250725
D = Decimal


@dataclass(frozen=True)
class M:
    """A money mention the generator writes: its surface and its expected record."""

    text: str
    value: Decimal | None
    currency: str = "CNY"
    qualifier: str = "exact"
    high: Decimal | None = None
    per: str | None = None
    implicit: bool = False


Piece = str | M
Slot = Callable[[random.Random], list[Piece]]


@dataclass
class Doc:
    """One generated document and the money mentions in it (offsets in code points)."""

    id: str
    text: str
    mentions: list[dict[str, object]] = field(default_factory=list)

    def gold(self) -> dict[str, object]:
        """The document as a gold line for ``score.py``."""
        return {"id": self.id, "text": self.text, "tags": ["synthetic"], "mentions": self.mentions}


# --------------------------------------------------------------------------- vocabulary

COMPANIES = (
    "星河科技", "华瑞能源", "蓝海证券", "远航汽车", "青山医药", "北辰地产", "云帆数据", "恒通物流",
    "金桥银行", "东岳化工", "南风食品", "海纳电子", "天工机械", "博远传媒", "瑞丰保险", "长河资本",
    "鼎盛半导体", "明德教育", "九州通信", "新锐游戏", "字节跳动", "TikTok", "小米", "比亚迪",
    "联想", "美的", "海尔智家", "腾讯", "阿里巴巴", "京东", "拼多多", "宁德时代", "贵州茅台",
    "中芯国际", "理想汽车", "蔚来", "小鹏汽车", "美团", "快手", "网易", "百度", "华为",
)
PEOPLE = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷", "李四")
CITIES = ("北京", "上海", "深圳", "广州", "杭州", "成都", "武汉", "南京", "香港", "澳门", "新加坡")
REGIONS = ("北美", "欧洲", "东南亚", "拉美", "中东", "非洲", "日韩", "澳洲", "印度")
METRICS = (
    "营收", "营业收入", "净利润", "归母净利润", "毛利", "研发投入", "经营现金流", "销售额",
    "成交额", "广告收入", "订单金额", "海外收入", "总资产", "市值", "估值", "总投资",
)
DEAL_VERBS = ("完成", "宣布完成", "获得", "启动", "披露")
ROUNDS = ("A轮", "B轮", "C轮", "D轮", "Pre-IPO轮", "天使轮", "战略")
PERIODS_TRAP = (
    "上半年", "前三季度", "第三季度", "第四季度", "全年", "一季度", "报告期内", "去年同期",
)
PRODUCTS = (
    "iPhone 16", "Mate 70", "Model Y", "小米SU7", "PS5", "Switch 2", "MacBook Pro", "Vision Pro",
)
VERSIONS = (
    "iPhone 16", "H.266", "Windows 11", "Python 3.11", "v2.3.1", "GPT-4o", "5G", "Wi-Fi 7",
    "骁龙8 Gen 3", "M4 Pro", "Qwen3-Coder", "HTTP/2", "IPv6", "USB 3.2", "Android 15", "ISO 9001",
)
TOPICS = (
    "业绩快报", "融资动态", "出海观察", "楼市周报", "大宗商品", "消费电子", "财报解读", "行业研究",
)

# (word, ISO code, weight): the currency written after an amount.
CURRENCIES = (
    ("元", "CNY", 50), ("美元", "USD", 16), ("港元", "HKD", 6), ("欧元", "EUR", 5),
    ("日元", "JPY", 4), ("澳元", "AUD", 3), ("英镑", "GBP", 2), ("人民币", "CNY", 2),
    ("港币", "HKD", 1), ("新加坡元", "SGD", 1), ("加元", "CAD", 1), ("韩元", "KRW", 1),
)
_CUR_WORDS = [c[0] for c in CURRENCIES]
_CUR_WEIGHTS = [c[2] for c in CURRENCIES]
_CUR_ISO = {c[0]: c[1] for c in CURRENCIES}

MAGNITUDES = (("", 0, 30), ("万", 4, 30), ("亿", 8, 30), ("万亿", 12, 3))

UPPER = "零壹贰叁肆伍陆柒捌玖"
FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


# --------------------------------------------------------------------------- number helpers


def _mantissa(rng: random.Random, exp: int) -> str:
    """Digits of an amount before a magnitude word of 10**exp (no separators)."""
    r = rng.random()
    if exp == 0:
        if r < 0.25:
            return str(rng.randint(1, 99))
        if r < 0.55:
            return str(rng.randint(100, 9999))
        if r < 0.75:
            return str(rng.randint(10_000, 9_999_999))
        return f"{rng.randint(0, 9999)}.{rng.randint(1, 99):02d}".rstrip("0")
    if exp == 12:
        return rng.choice(("1", "1.2", "2", "3.5", "1.08", "12"))
    if r < 0.55:
        return str(rng.choice((rng.randint(1, 99), rng.randint(100, 9999), rng.randint(1, 20))))
    if r < 0.85:
        return f"{rng.randint(1, 999)}.{rng.randint(1, 9)}"
    return f"{rng.randint(1, 99)}.{rng.randint(1, 99):02d}".rstrip("0")


def _group(digits: str) -> str:
    """Thousands separators for the integer part: 1234567.5 → 1,234,567.5."""
    head, dot, tail = digits.partition(".")
    return f"{int(head):,}" + dot + tail


def _currency(rng: random.Random) -> str:
    return rng.choices(_CUR_WORDS, _CUR_WEIGHTS)[0]


def _magnitude(rng: random.Random) -> tuple[str, int]:
    word, exp, _ = rng.choices(MAGNITUDES, [m[2] for m in MAGNITUDES])[0]
    return word, exp


def _written(rng: random.Random, mant: str, exp: int) -> str:
    """The mantissa as it may be written: plain, grouped, or full-width."""
    text = mant
    if exp in (0, 4) and "." not in mant and int(mant) >= 1000 and rng.random() < 0.5:
        text = _group(mant)
    if rng.random() < 0.02 and "," not in text:  # １２３．５ (a full-width ， is punctuation)
        text = text.translate(FULLWIDTH)
    return text


def _sp(rng: random.Random, p: float = 0.08) -> str:
    return " " if rng.random() < p else ""


# --------------------------------------------------------------------------- money slots


def plain_amount(rng: random.Random, mag_exp: tuple[str, int] | None = None) -> list[Piece]:
    """营收6.8亿澳元 / 1,299元 / 390 亿美元 / 3000万人民币."""
    mag, exp = mag_exp or _magnitude(rng)
    mant = _mantissa(rng, exp)
    cur = _currency(rng)
    if cur == "人民币" and rng.random() < 0.5:  # 人民币 before the amount
        text = f"人民币{_written(rng, mant, exp)}{mag}元"
    elif cur == "元" and exp == 0 and rng.random() < 0.15:
        text = f"{_written(rng, mant, exp)}{rng.choice(('块', '块钱'))}"
    else:
        text = f"{_written(rng, mant, exp)}{_sp(rng)}{mag}{cur}"
    return [M(text, D(mant) * 10**exp, _CUR_ISO.get(cur, "CNY"))]


def negative_amount(rng: random.Random) -> list[Piece]:
    """-3.6亿元: a written minus sign (words such as 亏损 do not flip the sign)."""
    mant = _mantissa(rng, 8)
    return [M(f"-{mant}亿元", -D(mant) * 10**8, "CNY")]


PREFIX_QUALIFIERS = (
    ("约", "about"), ("大约", "about"), ("约合", "about"), ("近", "under"), ("将近", "under"),
    ("不到", "under"), ("不足", "under"), ("超过", "over"), ("逾", "over"), ("超", "over"),
    ("至少", "over"),
)
SUFFIX_QUALIFIERS = (("左右", "about"), ("以上", "over"), ("以下", "under"))


def small_amount(rng: random.Random) -> list[Piece]:
    """Prices and fees: 299元 / 45块 / 1,299元 / 8.5美元."""
    return plain_amount(rng, ("", 0))


def big_amount(rng: random.Random) -> list[Piece]:
    """Company-sized figures: 6.8亿澳元 / 3000万元 / 1.2万亿元."""
    return plain_amount(rng, rng.choice((("万", 4), ("亿", 8), ("亿", 8), ("万亿", 12))))


def qualified_amount(rng: random.Random) -> list[Piece]:
    """约4.4亿美元 / 500元左右 / 1000多万元 / 2000余万元 / 3100+ 亿元."""
    mag, exp = _magnitude(rng)
    cur = _currency(rng)
    iso = _CUR_ISO[cur]
    r = rng.random()
    if r < 0.45:
        mant = _mantissa(rng, exp)
        word, q = rng.choice(PREFIX_QUALIFIERS)
        return [M(f"{word}{_written(rng, mant, exp)}{mag}{cur}", D(mant) * 10**exp, iso, q)]
    if r < 0.7:
        mant = _mantissa(rng, exp)
        word, q = rng.choice(SUFFIX_QUALIFIERS)
        return [M(f"{_written(rng, mant, exp)}{mag}{cur}{word}", D(mant) * 10**exp, iso, q)]
    if r < 0.9:  # 多 / 余 after a round number
        mant = str(rng.choice((10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000)))
        word = rng.choice(("多", "多", "余"))
        return [M(f"{mant}{word}{mag}{cur}", D(mant) * 10**exp, iso, "over")]
    mant = str(rng.choice((100, 300, 1000, 1200, 1500, 2300, 3100)))
    mag, exp = rng.choice((("亿", 8), ("万", 4)))
    return [M(f"{mant}+{_sp(rng, 0.6)}{mag}{cur}", D(mant) * 10**exp, iso, "over")]


def range_amount(rng: random.Random) -> list[Piece]:
    """3-5亿元 / 350亿至380亿元 / 5万~8万元 / 3.5亿元—4亿元 / 三到五万元."""
    mag, exp = rng.choice((("亿", 8), ("万", 4), ("", 0), ("万", 4), ("亿", 8)))
    cur = rng.choices(_CUR_WORDS[:7], _CUR_WEIGHTS[:7])[0]
    iso = _CUR_ISO[cur]
    lo = rng.randint(1, 400)
    hi = lo + rng.choice((1, 2, 3, 5, 10, 20, 30, 50))
    if rng.random() < 0.3:
        lo_s, hi_s = f"{lo / 10:g}", f"{hi / 10:g}"
    else:
        lo_s, hi_s = str(lo), str(hi)
    low, high = D(lo_s) * 10**exp, D(hi_s) * 10**exp
    style = rng.randrange(6)
    if style == 0:
        text = f"{lo_s}-{hi_s}{mag}{cur}"
    elif style == 1:
        text = f"{lo_s}{mag}至{hi_s}{mag}{cur}"
    elif style == 2:
        text = f"{lo_s}{mag}~{hi_s}{mag}{cur}"
    elif style == 3:
        text = f"{lo_s}{mag}{cur}—{hi_s}{mag}{cur}"
    elif style == 4:
        text = f"{lo_s}至{hi_s}{mag}{cur}"
    else:
        a = rng.randint(1, 8)
        b = rng.randint(a + 1, 9)
        mag, exp = rng.choice((("万", 4), ("亿", 8), ("百万", 6), ("千", 3)))
        text = f"{zh_int(a)}{rng.choice(('到', '至'))}{zh_int(b)}{mag}{cur}"
        low, high = D(a) * 10**exp, D(b) * 10**exp
    return [M(text, low, iso, "range", high=high)]


def symbol_amount(rng: random.Random) -> list[Piece]:
    """¥1,299 / ￥88.5 / $25 / $7.99."""
    sym, iso = rng.choice((("¥", "CNY"), ("￥", "CNY"), ("$", "USD"), ("$", "USD")))
    mant = _mantissa(rng, 0)
    return [M(f"{sym}{_written(rng, mant, 0)}", D(mant), iso)]


def chinese_amount(rng: random.Random) -> list[Piece]:
    """三千五百万元 / 两千万美元 / 十五亿港元."""
    sig = rng.choice((rng.randint(1, 9), rng.randint(11, 99)))
    n = sig * 10 ** rng.choice((1, 2, 3, 4, 5, 6, 7, 8, 9))
    cur = rng.choices(_CUR_WORDS[:4], _CUR_WEIGHTS[:4])[0]
    return [M(f"{zh_int(n, liang=rng.random() < 0.5)}{cur}", D(n), _CUR_ISO[cur])]


def upper_amount(rng: random.Random) -> list[Piece]:
    """壹佰贰拾元整 / 人民币叁万伍仟元整 / 叁仟元伍角陆分."""
    n = rng.choice((rng.randint(1, 999), rng.randint(1, 99) * 100, rng.randint(1, 99) * 1000,
                    rng.randint(1, 999) * 10000, rng.randint(1001, 99999)))
    text = zh_int(n, upper=True) + "元"
    value = D(n)
    r = rng.random()
    if r < 0.25:
        jiao, fen = rng.randint(1, 9), rng.randint(0, 9)
        text += UPPER[jiao] + "角" + (UPPER[fen] + "分" if fen else "")
        value += D(jiao) / 10 + D(fen) / 100
    else:
        text += "整"
    if rng.random() < 0.4:
        text = "人民币" + text
    return [M(text, value, "CNY")]


def vague_amount(rng: random.Random) -> list[Piece]:
    """数千万元 / 数十亿美元 / 几十万块 (vague); 上亿元 (over)."""
    if rng.random() < 0.15:
        word, exp = rng.choice((("亿", 8), ("百万", 6), ("千万", 7)))
        return [M(f"上{word}元", D(10) ** exp, "CNY", "over")]
    head = rng.choice(("数", "数", "几"))
    mag = rng.choice(("十", "百", "千", "十万", "百万", "千万", "亿", "十亿", "百亿"))
    cur = rng.choice(("元", "元", "美元", "港元", "块"))
    return [M(f"{head}{mag}{cur}", None, _CUR_ISO.get(cur, "CNY"), "vague")]


def slang_amount(rng: random.Random) -> list[Piece]:
    """4.5个小目标 / 3个亿."""
    if rng.random() < 0.5:
        x = rng.choice(("1", "2", "3", "4.5", "5", "10", "0.5", "一"))
        value = D(1) if x == "一" else D(x)
        return [M(f"{x}个小目标", value * 10**8, "CNY")]
    n = rng.choice((1, 2, 3, 5, 8, 10, 20, 50))
    return [M(f"{n}个亿", D(n) * 10**8, "CNY")]


def any_amount(rng: random.Random) -> list[Piece]:
    """An amount of any kind that reads as a standalone money figure."""
    kinds: tuple[tuple[Slot, int], ...] = (
        (plain_amount, 48), (qualified_amount, 16), (range_amount, 8), (symbol_amount, 6),
        (chinese_amount, 6), (vague_amount, 5), (upper_amount, 3), (slang_amount, 2),
    )
    slot = rng.choices([k[0] for k in kinds], [k[1] for k in kinds])[0]
    return slot(rng)


def _rate(rng: random.Random, units: tuple[tuple[str, str], ...], curs: tuple[str, ...],
          exp: int = 0) -> list[Piece]:
    """An amount followed by /unit (3650元/吨, 7.99 美元/月)."""
    unit, per = rng.choice(units)
    mant = _mantissa(rng, exp)
    cur = rng.choice(curs)
    value = D(mant) * (10**4 if cur == "万元" else 1)
    return [M(f"{_written(rng, mant, 0)}{_sp(rng)}{cur}", value, _CUR_ISO.get(cur, "CNY"),
              per=per), f"/{unit}"]


def rate_time(rng: random.Random) -> list[Piece]:
    """7.99美元/月 / 每月15元 / 3500元/月 / 每天4.5个小目标 / 120元/小时."""
    r = rng.random()
    if r < 0.3:
        unit, per = rng.choice((("月", "month"), ("年", "year"), ("天", "day"), ("周", "week")))
        mant = str(rng.randint(5, 5000))
        cur = rng.choice(("元", "元", "美元"))
        return [f"每{unit}", M(f"{mant}{cur}", D(mant), _CUR_ISO[cur], per=per)]
    if r < 0.4:
        x = rng.choice(("1", "2", "4.5", "3"))
        return ["每天", M(f"{x}个小目标", D(x) * 10**8, "CNY", per="day")]
    return _rate(rng, (("月", "month"), ("年", "year"), ("天", "day"), ("小时", "hour")),
                 ("元", "元", "元", "美元", "港元"))


def rate_share(rng: random.Random) -> list[Piece]:
    """每股9.8元 / 每股0.35港元."""
    mant = f"{rng.randint(0, 99)}.{rng.randint(1, 99):02d}".rstrip("0")
    cur = rng.choice(("元", "元", "港元", "美元"))
    return ["每股", M(f"{mant}{cur}", D(mant), _CUR_ISO[cur], per="股")]


def rate_goods(rng: random.Random) -> list[Piece]:
    """3650元/吨 / 82.5美元/桶 / 2400美元/盎司 / 6.8万元/平方米 / 299元/人."""
    r = rng.random()
    if r < 0.3:
        return _rate(rng, (("吨", "吨"),), ("元", "元", "美元"))
    if r < 0.5:
        return _rate(rng, (("桶", "桶"), ("盎司", "盎司")), ("美元",))
    if r < 0.8:
        return _rate(rng, (("平方米", "平方米"),), ("元", "元", "万元", "港元"))
    return _rate(rng, (("人", "人"),), ("元",))


def rate_amount(rng: random.Random) -> list[Piece]:
    """Any rate."""
    return rng.choice((rate_time, rate_share, rate_goods))(rng)


def implicit_salary(rng: random.Random) -> list[Piece]:
    """月薪2万 / 年薪50万 / 月薪15k: no currency written."""
    cue = rng.choice(("月薪", "年薪", "底薪", "月薪"))
    if cue != "年薪" and rng.random() < 0.3:
        k = rng.randint(5, 60)
        return [cue, M(f"{k}k", D(k) * 1000, "CNY", implicit=True)]
    mant = str(rng.randint(1, 9)) if cue != "年薪" else str(rng.randint(10, 300))
    if rng.random() < 0.3:
        mant += ".5"
    return [cue, M(f"{mant}万", D(mant) * 10**4, "CNY", implicit=True)]


def implicit_price(rng: random.Random) -> list[Piece]:
    """首付60万 / 总价350万 / 预算20万: no currency written."""
    cue = rng.choice(("首付", "总价", "预算", "首付"))
    mant = rng.choice((str(rng.randint(10, 900)), f"{rng.randint(1, 99)}.5"))
    return [cue, M(f"{mant}万", D(mant) * 10**4, "CNY", implicit=True)]


# --------------------------------------------------------------------------- trap slots (not money)


def _t(*choices: Callable[[random.Random], str]) -> Slot:
    return lambda rng: [rng.choice(choices)(rng)]


TRAPS: dict[str, Slot] = {
    "year": _t(lambda r: f"{r.randint(1998, 2026)}年",
               lambda r: f"{zh_digits(str(r.randint(1998, 2026)))}年",
               lambda r: f"{r.randint(2015, 2026)}财年"),
    "date": _t(lambda r: f"{r.randint(2015, 2026)}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
               lambda r: f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
               lambda r: f"{r.randint(2015, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
               lambda r: f"{r.randint(2015, 2026)}/{r.randint(1, 12)}/{r.randint(1, 28)}"),
    "count": _t(lambda r: f"{r.randint(2, 9000)}万用户",
                lambda r: f"{r.randint(1, 30)}亿日活",
                lambda r: f"{r.randint(1, 99)}.{r.randint(1, 9)}万名员工",
                lambda r: f"{r.randint(10, 9000)}家门店",
                lambda r: f"{r.randint(1, 500)}万辆",
                lambda r: f"{r.randint(1, 50)}亿台",
                lambda r: f"{r.randint(100, 9000)}万股",
                lambda r: f"{zh_int(r.randint(2, 9))}块屏幕",
                lambda r: "这块手表",
                lambda r: f"{zh_int(r.randint(2, 5))}块蛋糕",
                lambda r: f"{r.randint(2, 90)}个国家"),
    "pct": _t(lambda r: f"{r.randint(1, 99)}.{r.randint(1, 9)}%",
              lambda r: f"{r.randint(1, 300)}%",
              lambda r: f"百分之{zh_int(r.randint(1, 99))}",
              lambda r: f"{r.randint(1, 9)}个百分点",
              lambda r: f"约 {r.randint(1, 99)}%"),
    "time": _t(lambda r: f"{r.randint(1, 12)}小时{r.randint(1, 59)}分",
               lambda r: f"{r.randint(5, 90)}分钟",
               lambda r: f"{r.randint(0, 23)}:{r.randint(0, 59):02d}",
               lambda r: f"{zh_int(r.randint(2, 30))}分钟",
               lambda r: f"{r.randint(2, 30)}天"),
    "score": _t(lambda r: f"{r.randint(60, 100)}分",
                lambda r: f"{r.randint(6, 9)}.{r.randint(0, 9)}分",
                lambda r: f"{zh_int(r.randint(60, 99))}分"),
    "ver": _t(lambda r: r.choice(VERSIONS)),
    "url": _t(lambda r: f"https://www.example.com/news/{r.randint(2015, 2026)}/"
                        f"{r.randint(1, 12):02d}/{r.randint(10000, 99999)}.html",
              lambda r: f"https://mp.weixin.qq.com/s/{r.randint(10**9, 10**10)}"
                        f"A{r.randint(100, 999)}",
              lambda r: f"http://finance.example.cn/a/{r.randint(2015, 2026)}"
                        f"{r.randint(1000, 9999)}?id={r.randint(1, 99999)}&page=2"),
    "area": _t(lambda r: f"{r.randint(1, 99)}.{r.randint(1, 9)}平方公里",
               lambda r: f"{r.randint(40, 300)}平方米", lambda r: f"{r.randint(60, 200)}平"),
    "weight": _t(lambda r: f"{r.randint(1, 9000)}吨", lambda r: f"{zh_int(r.randint(2, 20))}万吨"),
    "length": _t(lambda r: f"{r.randint(10, 900)}公里", lambda r: f"{r.randint(100, 9000)}米"),
    "screen": _t(lambda r: f"{r.randint(5, 7)}.{r.randint(1, 9)}英寸"),
    "battery": _t(lambda r: f"{r.randint(3000, 6000)}毫安时"),
    "pixels": _t(lambda r: f"{r.choice((1200, 4800, 5000, 10000))}万像素"),
    "code": _t(lambda r: f"{r.randint(600000, 603999)}.SH",
               lambda r: f"{r.randint(1, 9999):05d}.HK",
               lambda r: f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
               lambda r: f"{r.randint(300000, 301999)}.SZ"),
    "ordinal": _t(lambda r: f"第{zh_int(r.randint(1, 12))}", lambda r: f"第{r.randint(1, 50)}名",
                  lambda r: f"第{zh_int(r.randint(1, 4))}季度", lambda r: "第一"),
}

SLOTS: dict[str, Slot] = {
    "amt": any_amount,
    "plain": plain_amount,
    "neg": negative_amount,
    "qual": qualified_amount,
    "range": range_amount,
    "sym": symbol_amount,
    "zh": chinese_amount,
    "upper": upper_amount,
    "vague": vague_amount,
    "slang": slang_amount,
    "small": small_amount,
    "big": big_amount,
    "rate": rate_amount,
    "rtime": rate_time,
    "rshare": rate_share,
    "rgoods": rate_goods,
    "salary": implicit_salary,
    "price": implicit_price,
    "n": lambda r: [str(r.randint(2, 30))],
    "num": lambda r: [str(r.randint(100, 9999))],
    "co": lambda r: [r.choice(COMPANIES)],
    "co2": lambda r: [r.choice(COMPANIES)],
    "person": lambda r: [r.choice(PEOPLE)],
    "city": lambda r: [r.choice(CITIES)],
    "region": lambda r: [r.choice(REGIONS)],
    "metric": lambda r: [r.choice(METRICS)],
    "period": lambda r: [r.choice(PERIODS_TRAP)],
    "round": lambda r: [r.choice(ROUNDS)],
    "deal": lambda r: [r.choice(DEAL_VERBS)],
    "product": lambda r: [r.choice(PRODUCTS)],
    **TRAPS,
}

# --------------------------------------------------------------------------- sentence templates

MONEY_SENTENCES = (
    "{co}{year}{metric}达到{big}，同比增长{pct}，增速在同行中排名{ordinal}。",
    "据财报显示，{co}{period}实现{metric}{big}，较{year}同期增加{big}。",
    "{co}{deal}{round}融资，金额{big}，投后估值{qual}，老股东继续跟投。",
    "{co}宣布以{big}收购{co2}旗下的海外业务，交易预计在{date}前完成交割。",
    "{city}一套{area}的住宅挂牌价{big}，{price}，月供约{small:about}。",
    "该楼盘均价{rgoods}，较去年同期上涨{pct}，成交量却下滑了{pct}。",
    "{co}拟向全体股东每10股派发现金红利{small}（含税），合计派现{qual}。",
    "受地缘局势影响，国际油价升至{rgoods}，现货黄金一度报{rgoods}。",
    "{co}的{product}国行版起售价{sym}，比上一代贵了{small}，首批备货{count}。",
    "{person}表示，自己{salary}，扣除房租{rtime}后所剩无几，存钱越来越难。",
    "{co}因虚假宣传被市场监管部门罚款{amt}，并没收违法所得{amt}。",
    "本次项目总投资{range}，其中一期投入{qual}，预计{year}建成投产。",
    "多位分析师预计，{co}明年{metric}将落在{range}之间，毛利率维持在{pct}左右。",
    "这款订阅服务定价{rtime}，如果选择年付只要{small}，相当于打了八折。",
    "{co}{period}的{metric}为{big}，按当时汇率折合{qual}。",
    "截至{date}，{co}账上现金及等价物{big}，有息负债{amt}。",
    "合同约定货款共计{upper}，买方应于{date}前一次性付清。",
    "收据上写着：今收到{person}交来押金{upper}，特此证明。",
    "{co}此次定向增发募资{zh}，主要用于{region}市场的渠道建设。",
    "{city}今年安排专项资金{zh}，用于支持本地中小企业数字化转型。",
    "业内人士估计，这笔交易涉及{vague}，但双方均未披露具体条款。",
    "过去{n}年，{co}在{region}的累计投入已达{vague}，回报周期比预想的长。",
    "{year}，{co}的海外收入相当于每天{slang}，这就是它的赚钱速度。",
    "{person}笑称，先定{slang}的目标，实现了再说。",
    "{co}（{code}）股价收于{rshare}，总市值{big}，年内累计上涨{pct}。",
    "{city}上周二手房成交{num}套，平均{price}，环比上涨{pct}。",
    "景区门票{small}，学生凭证件半价，{n}岁以下儿童免费。",
    "外卖平台的客单价{qual}，骑手每单收入{small}。",
    "{co}将{product}的报价上调至{small}，涨幅{pct}，{date}起生效。",
    "本期开奖结束后奖池攀升至{big}，{city}彩民{person}中得{small}。",
    "{co}{period}{metric}{big}，而{co2}同期只有{big}，差距进一步拉大。",
    "{co}回应称，网传{vague}的说法不实，实际金额{qual}。",
    "按照当前汇率计算，{small}约合{small:about}，价差已经不大。",
    "{co}计划在未来12个月内使用{range}的自有资金回购公司股份。",
    "{person}今年的年终奖有{small}，比去年多了{small}。",
    "原价{sym}的{product}，在{date}的促销活动中只要{sym}。",
    "{co}公告称拟发行{zh}公司债券，期限{n}年，票面利率{pct}。",
    "这批货物价值{amt}，海运费用按{rgoods}计算，保费另计。",
    "写字楼租金为{rgoods}，押一付三，另收物业费{rtime}。",
    "{co}同意赔偿每位用户{small}，并承诺在{n}个工作日内到账。",
    "{co}拟以{rshare}的价格回购股份，回购总额{range}。",
    "{metric}方面，{co}去年实现{plain}，今年的目标是{qual}。",
    "{co}董事长{person}的薪酬是{salary}，在行业里并不算高。",
    "{co}{period}归母净利润为{neg}，上年同期为{big}，亏损幅度扩大。",
)

TRAP_SENTENCES = (
    "{co}{year}的{count}中，有{pct}来自{region}，增长主要靠口碑传播。",
    "{co}在{date}发布了{ver}，官方称续航提升{pct}，{date}正式开售。",
    "决赛持续了{time}，{person}最终以{score}的成绩拿下{ordinal}。",
    "{co}（{code}）{period}新增{count}，员工总数达到{num}人。",
    "更多细节详见{url}，也可以拨打客服热线{code}咨询。",
    "{product}搭载{ver}，屏幕{screen}，电池容量{battery}，主摄{pixels}。",
    "{city}新建的厂房占地{area}，设计年产能{weight}，年底前投产。",
    "发布会于{time}开始，{person}的演讲持续了大约{time}。",
    "{co}第{n}次进入全球五百强榜单，排名比上一年上升了{n}位。",
    "该模型在多项测评中拿到{score}，首字延迟约{time}，支持{ver}。",
    "{year}，{co}的海外收入占比提高了{pct}，达到历史最高水平。",
    "{co}的{ver}版本已经推送给{count}，升级率超过{pct}。",
    "{person}排了{time}的队，终于买到了{count}。",
    "据{url}的报道，{co}目前在{region}拥有{count}。",
    "这条公路全长{length}，设计时速{n}公里，{year}通车。",
    "{co}今年计划招聘{num}名应届生，其中研发岗位占{pct}。",
    "{person}在{year}加入{co}，{n}年后升任副总裁。",
    "仓库里存放着{weight}的原材料，足够生产{time}。",
)

PROSE_SENTENCES = (
    "在传统社交平台增长普遍放缓的背景下，{co}的商业化步伐正在加速，海外业务已经成为最强劲的增长点。",
    "业内人士认为，这一趋势短期内难以逆转，行业格局仍将持续分化。",
    "{co}官方对这些数据暂未作出回应，但多个独立报告相互印证了这一判断。",
    "技术越硬核，账算得越细，降本增效已经成为所有公司的共同课题。",
    "市场情绪在午后明显回暖，成交量随之放大，北向资金也转为净流入。",
    "{person}认为，出海已经从选择题变成了必答题，关键在于本地化运营能力。",
    "监管部门表示将继续加强对相关业务的审查，保护消费者的合法权益。",
    "消费者对价格的敏感度正在上升，品牌溢价空间被不断压缩。",
    "{city}的写字楼空置率仍处高位，业主普遍以降价换取出租率。",
    "这种“内容+购物”的无缝融合模式，正在改写全球社交电商的竞争规则。",
    "分析人士提醒投资者注意汇率波动带来的风险，不要盲目追高。",
    "{co}管理层在电话会上回答了分析师关于毛利率和库存周转的提问。",
    "供应链的恢复速度超出了此前的预期，但上游原材料价格依然偏高。",
    "对于中小企业来说，融资难、融资贵的问题仍未得到根本解决。",
    "当国内巨头为增长放缓而厮杀时，{co}却在国外悄然开辟了一条新航线。",
    "上一代拼的是制造能力，这一代拼的是算法和品牌。",
)

HEADINGS = (
    "{co}{year}财报：{metric}{big}", "每天{slang}，{co}在海外悄悄赚钱", "{topic}：{co}的新故事",
    "{city}楼市观察", "{co}完成{round}融资", "{big}的背后：{co}的十年", "{topic}",
)


def _fill(template: str, rng: random.Random) -> list[Piece]:
    """Expand ``{slot}`` fields of a template into pieces."""
    pieces: list[Piece] = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        if literal:
            pieces.append(literal)
        if name is None:
            continue
        if name == "topic":
            pieces.append(rng.choice(TOPICS))
        elif _spec:  # {slot:about}: the template's words set the qualifier (约合, 约为)
            pieces.extend(replace(p, qualifier=_spec) if isinstance(p, M) else p
                          for p in SLOTS[name](rng))
        else:
            pieces.extend(SLOTS[name](rng))
    return pieces


@dataclass(frozen=True)
class Mix:
    """How much of a corpus carries money: shares of sentence kinds and of table blocks."""

    name: str
    money: float  # share of sentences with money in them
    traps: float  # share of sentences with numbers that are not money
    tables: float  # of the blocks a document would make a table, the share that does
    about: str


DENSE = Mix("dense", money=0.38, traps=0.27, tables=1.0,
            about="money-heavy, like the results section of an annual report")
NEWS = Mix("news", money=0.045, traps=0.02, tables=0.2,
           about="calibrated to the seed article, a real financial news piece: as many money "
                 "mentions, and numeral runs outside markup, per character")
MIXES = {m.name: m for m in (NEWS, DENSE)}


def _sentence(rng: random.Random, mix: Mix) -> list[Piece]:
    r = rng.random()
    if r < mix.money:
        return _fill(rng.choice(MONEY_SENTENCES), rng)
    if r < mix.money + mix.traps:
        return _fill(rng.choice(TRAP_SENTENCES), rng)
    return _fill(rng.choice(PROSE_SENTENCES), rng)


def _table(rng: random.Random, mix: Mix) -> bool:
    """Whether a block that may be a table is one (no draw at all for ``DENSE``)."""
    return mix.tables >= 1 or rng.random() < mix.tables


# --------------------------------------------------------------------------- document builder


class _Builder:
    """Concatenates pieces, recording each money mention's offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.mentions: list[dict[str, object]] = []

    def add(self, piece: Piece) -> None:
        if isinstance(piece, M):
            rec: dict[str, object] = {
                "text": piece.text, "start": self.length, "end": self.length + len(piece.text),
                "value": None if piece.value is None else format(piece.value.normalize(), "f"),
                "currency": piece.currency, "qualifier": piece.qualifier,
            }
            if piece.high is not None:
                rec["high"] = format(piece.high.normalize(), "f")
            if piece.per is not None:
                rec["per"] = piece.per
            self.mentions.append(rec)
            text = piece.text
        else:
            text = piece
        self.parts.append(text)
        self.length += len(text)

    def extend(self, pieces: list[Piece]) -> None:
        for p in pieces:
            self.add(p)

    def text(self) -> str:
        return "".join(self.parts)


def _emphasise(pieces: list[Piece], rng: random.Random, open_: str, close: str,
               p: float) -> list[Piece]:
    """Wrap some money pieces in inline markup (outside the figure)."""
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, M) and rng.random() < p:
            out.extend((open_, piece, close))
        else:
            out.append(piece)
    return out


def _md_slang_split(rng: random.Random) -> list[Piece]:
    """每天**4.5个**小目标: inline markup inside the figure; the record spans it."""
    x = rng.choice(("4.5", "2", "1"))
    return ["相当于每天**", M(f"{x}个**小目标", D(x) * 10**8, "CNY", per="day"), "。"]


def _paragraph(rng: random.Random, mix: Mix) -> list[Piece]:
    pieces: list[Piece] = []
    for _ in range(rng.randint(1, 5)):
        pieces.extend(_sentence(rng, mix))
    return pieces


def _table_row(rng: random.Random, sep: str, end: str, start: str) -> list[Piece]:
    cells: list[list[Piece]] = [
        [rng.choice(COMPANIES)], any_amount(rng), TRAPS["pct"](rng), [rng.choice(REGIONS)],
    ]
    if rng.random() < 0.2:  # 390 亿美元 ≈ 2855 亿元: the second figure is "about"
        mant = _mantissa(rng, 8)
        cells[1] = [*plain_amount(rng), " ≈ ", M(f"{mant} 亿元", D(mant) * 10**8, "CNY", "about")]
    row: list[Piece] = [start]
    for i, cell in enumerate(cells):
        if i:
            row.append(sep)
        row.extend(cell)
    row.append(end)
    return row


def _markdown_doc(rng: random.Random, b: _Builder, mix: Mix) -> None:
    if rng.random() < 0.3:
        b.extend(["---\ntitle: ", *_fill(rng.choice(HEADINGS), rng), "\ndate: ",
                  *TRAPS["date"](rng), f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00",
                  "\ntags: ", rng.choice(TOPICS), "\n---\n\n"])
    b.extend(["# ", *_fill(rng.choice(HEADINGS), rng), "\n\n"])
    for k in range(rng.randint(3, 10)):
        r = rng.random()
        if 0.25 <= r < 0.33 and not _table(rng, mix):
            r = 1.0  # a table the mix leaves out: a paragraph instead
        if r < 0.12:
            b.extend([f"## {k + 1}、", *_fill(rng.choice(HEADINGS), rng), "\n\n"])
        elif r < 0.25:
            for _ in range(rng.randint(2, 5)):
                b.extend(["- ", *_emphasise(_sentence(rng, mix), rng, "**", "**", 0.1), "  \n"])
            b.add("\n")
        elif r < 0.33:
            b.add("| 公司 | 海外营收 | 占比 | 核心市场 |\n|---|---|---|---|\n")
            for _ in range(rng.randint(2, 6)):
                b.extend(_table_row(rng, " | ", " |\n", "| "))
            b.add("\n")
        elif r < 0.38:
            b.extend(["![", *TRAPS["count"](rng), "](https://img.example.com/",
                      f"{rng.randint(1000, 9999)}/{rng.randint(10**7, 10**8)}.png",
                      " 'image.png')\n\n"])
        elif r < 0.42:
            b.extend(["> 相关阅读：[", *_fill(rng.choice(HEADINGS), rng), "](", *TRAPS["url"](rng),
                      ")\n\n"])
        elif r < 0.45:
            b.extend([*_md_slang_split(rng), "\n\n"])
        elif r < 0.48:
            b.extend(["```\n", *TRAPS["ver"](rng), " build ", *TRAPS["date"](rng), "\n```\n\n"])
        else:
            b.extend([*_emphasise(_paragraph(rng, mix), rng, "**", "**", 0.12), "\n\n"])


def _html_doc(rng: random.Random, b: _Builder, mix: Mix) -> None:
    b.extend(["<h1>", *_fill(rng.choice(HEADINGS), rng), "</h1>\n"])
    for _ in range(rng.randint(3, 10)):
        r = rng.random()
        if 0.15 <= r < 0.25 and not _table(rng, mix):
            r = 1.0  # a table the mix leaves out: a paragraph instead
        if r < 0.15:
            b.add("<ul>\n")
            for _ in range(rng.randint(2, 4)):
                item = _emphasise(_sentence(rng, mix), rng, "<b>", "</b>", 0.15)
                b.extend(["  <li>", *item, "</li>\n"])
            b.add("</ul>\n")
        elif r < 0.25:
            b.add('<table class="fin">\n')
            for _ in range(rng.randint(2, 5)):
                b.extend(_table_row(rng, "</td><td>", "</td></tr>\n", "<tr><td>"))
            b.add("</table>\n")
        elif r < 0.32:
            b.extend(['<p align="center"><a target="_blank" href="', *TRAPS["url"](rng), '">',
                      '<img src="https://img.example.com/', str(rng.randint(10**6, 10**7)),
                      '.png" width="100%"/></a></p>\n'])
        else:
            b.extend(["<p>", *_emphasise(_paragraph(rng, mix), rng, "<strong>", "</strong>", 0.12),
                      "</p>\n"])


def _plain_doc(rng: random.Random, b: _Builder, mix: Mix) -> None:
    b.extend([*_fill(rng.choice(HEADINGS), rng), "\n"])
    for _ in range(rng.randint(2, 8)):
        b.extend([*_paragraph(rng, mix), "\n"])


def documents(seed: int = DEFAULT_SEED, mix: Mix = DENSE) -> Iterator[Doc]:
    """An endless, deterministic stream of documents."""
    rng = random.Random(seed)
    n = 0
    while True:
        b = _Builder()
        r = rng.random()
        if r < 0.5:
            _markdown_doc(rng, b, mix)
        elif r < 0.75:
            _html_doc(rng, b, mix)
        else:
            _plain_doc(rng, b, mix)
        prefix = "synthetic" if mix is DENSE else f"synthetic-{mix.name}"
        yield Doc(f"{prefix}-{seed}-{n:06d}", b.text(), b.mentions)
        n += 1


def generate(chars: int, seed: int = DEFAULT_SEED, mix: Mix = DENSE) -> list[Doc]:
    """Documents from ``documents(seed, mix)`` until they hold at least ``chars`` code points."""
    out: list[Doc] = []
    total = 0
    for doc in documents(seed, mix):
        if total >= chars:
            break
        out.append(doc)
        total += len(doc.text)
    return out


def take(docs: list[Doc], chars: int) -> list[Doc]:
    """The shortest prefix of ``docs`` holding at least ``chars`` code points."""
    out: list[Doc] = []
    total = 0
    for doc in docs:
        if total >= chars:
            break
        out.append(doc)
        total += len(doc.text)
    return out


def joined(docs: list[Doc], chars: int | None = None) -> str:
    """The documents as one text (blank line between), cut to ``chars`` code points if given."""
    text = "\n\n".join(d.text for d in docs)
    return text if chars is None else text[:chars]


def validate(docs: list[Doc]) -> None:
    """Every mention's offsets select its text; raises AssertionError otherwise."""
    for d in docs:
        for m in d.mentions:
            start, end = int(str(m["start"])), int(str(m["end"]))
            assert d.text[start:end] == m["text"], (d.id, m)
