"""Hypothesis strategies for finfig: money figures with the record they must give, and
money-like text; and the invariants every ``extract`` result must satisfy.

A ``Figure`` is an expression written the way Chinese text writes money (Arabic with or
without thousands separators, full-width, Arabic sections with 万/亿, Chinese lower case,
financial upper case, traditional characters), together with the exact ``Decimal`` and the
record it must give: what ``parse(figure.text)`` returns, and what ``extract`` finds when the
figure stands in a neutral sentence (``embed``). The expected values are computed from the
numbers the strategy drew, never by reading the text back.

The writing rules follow ``docs/records.md``: positional Chinese with one 零 for a gap
(一亿零五百万), 两 for a leading 2 before 百/千/万/亿 where idiomatic, 十 rather than 一十 only at
the start, financial forms never mixed with everyday ones.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st

from extractor import Money
from extractor.lexicon.currencies import CRYPTO

from iso4217 import ACTIVE

QUALIFIERS = frozenset({"exact", "about", "over", "under", "range", "vague"})


# --- the expected record ----------------------------------------------------------------


@dataclass(frozen=True)
class Expect:
    """The fields of the record a figure must give (offsets aside)."""

    value: Decimal | None
    currency: str
    qualifier: str = "exact"
    high: Decimal | None = None
    implicit_currency: bool = False


@dataclass(frozen=True)
class Figure:
    """A written money expression and the records it must give.

    ``parsed`` is what ``parse(text)`` returns. ``extracted`` is what ``extract`` returns for
    it in running text (a vague amount is ``value=None`` there, a range in ``parse``).
    ``cue`` marks a bare amount (no currency written): running text needs a money cue
    before it (营收为…), which ``embed`` then writes outside the record's span.
    """

    text: str
    parsed: Expect
    extracted: Expect
    cue: bool = False
    family: str = ""


def fields(rec: Money) -> Expect:
    """A record's fields in the shape of ``Expect``."""
    return Expect(rec.value, rec.currency, rec.qualifier, rec.high, rec.implicit_currency)


# --- numerals ---------------------------------------------------------------------------

_LOWER = "零一二三四五六七八九"
_UPPER = "零壹贰叁肆伍陆柒捌玖"
_SMALL_LOWER = ("", "十", "百", "千")
_SMALL_UPPER = ("", "拾", "佰", "仟")
_FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")

Choose = Callable[[], bool]


def chinese_integer(n: int, *, financial: bool = False, choose: Choose = lambda: False) -> str:
    """``n`` (0 < n < 10^16) in positional Chinese: 105000000 → 一亿零五百万.

    ``choose()`` decides the free choices: 两 or 二 before 百/千/万/亿, and 十 or 一十 at the
    start (financial writing keeps 壹拾 and never uses 两).
    """
    if not 0 < n < 10**16:
        raise ValueError(f"out of range: {n}")
    return _positional(n, True, False, financial, choose)


def _positional(n: int, lead: bool, before_big: bool, financial: bool, choose: Choose) -> str:
    for big, size in (("亿", 10**8), ("万", 10**4)):
        if n >= size:
            high, low = divmod(n, size)
            out = _positional(high, lead, True, financial, choose) + big
            if low:
                out += ("零" if low < size // 10 else "") + _positional(
                    low, False, before_big, financial, choose
                )
            return out
    return _section(n, lead, before_big, financial, choose)


def _section(n: int, lead: bool, before_big: bool, financial: bool, choose: Choose) -> str:
    digits = _UPPER if financial else _LOWER
    units = _SMALL_UPPER if financial else _SMALL_LOWER
    out: list[str] = []
    gap = False
    for pos in (3, 2, 1, 0):
        d = n // 10**pos % 10
        if d == 0:
            gap = gap or bool(out)
            continue
        if gap:
            out.append("零")
            gap = False
        ch = digits[d]
        if not financial and d == 2 and (pos >= 2 or (n == 2 and before_big)) and choose():
            ch = "两"
        if not financial and d == 1 and pos == 1 and lead and not out and choose():
            ch = ""  # 十五万 rather than 一十五万
        out.append(ch + units[pos])
    return "".join(out)


def chinese_fraction(digits: str, choose: Choose = lambda: False) -> str:
    """Digits after 点, one by one: "05" → 零五 (or 〇五)."""
    return "".join(("〇" if choose() else "零") if d == "0" else _LOWER[int(d)] for d in digits)


def arabic_sections(n: int) -> str:
    """``n`` as Arabic digits in 亿/万 sections, as news text writes it: 1亿500万, 1万零5."""
    parts: list[str] = []
    rest = n
    for big, size in (("亿", 10**8), ("万", 10**4)):
        if rest >= size:
            high, rest = divmod(rest, size)
            parts.append(f"{high}{big}")
            if rest and rest < 1000:
                parts.append("零")  # 1万5 would be 15000: a short remainder needs its 零
    if rest:
        parts.append(str(rest))
    return "".join(parts)


def grouped(integer: str) -> str:
    """Thousands separators: 1234567 → 1,234,567."""
    return f"{int(integer):,}"


# --- lexicon samples (written out here, not read from the engine) ------------------------

#: Currency words written after the amount.
NAMES: tuple[tuple[str, str], ...] = (
    ("元", "CNY"), ("人民币", "CNY"), ("元人民币", "CNY"), ("美元", "USD"), ("美金", "USD"),
    ("港元", "HKD"), ("港币", "HKD"), ("欧元", "EUR"), ("日元", "JPY"), ("英镑", "GBP"),
    ("澳元", "AUD"), ("澳门元", "MOP"), ("新台币", "TWD"), ("韩元", "KRW"), ("新加坡元", "SGD"),
    ("加元", "CAD"), ("瑞士法郎", "CHF"), ("卢布", "RUB"), ("泰铢", "THB"), ("越南盾", "VND"),
    ("新西兰元", "NZD"), ("瑞典克朗", "SEK"), ("印度卢比", "INR"), ("林吉特", "MYR"),
)  # fmt: skip
#: Currency words written before the amount.
PREFIXES: tuple[tuple[str, str], ...] = (
    ("人民币", "CNY"), ("美元", "USD"), ("港币", "HKD"), ("港元", "HKD"), ("欧元", "EUR"),
    ("日元", "JPY"), ("英镑", "GBP"), ("澳元", "AUD"), ("新台币", "TWD"), ("韩元", "KRW"),
)  # fmt: skip
#: A prefix naming the currency, then 元 after the amount: 新台币300元 is TWD.
PREFIX_YUAN: tuple[tuple[str, str], ...] = (
    ("人民币", "CNY"), ("港币", "HKD"), ("新台币", "TWD"), ("澳门币", "MOP"),
)
#: Symbols, written before the amount.
SYMBOLS: tuple[tuple[str, str], ...] = (
    ("$", "USD"), ("US$", "USD"), ("¥", "CNY"), ("￥", "CNY"), ("HK$", "HKD"), ("€", "EUR"),
    ("£", "GBP"), ("A$", "AUD"), ("NT$", "TWD"), ("S$", "SGD"), ("C$", "CAD"), ("₩", "KRW"),
    ("₹", "INR"), ("₽", "RUB"), ("R$", "BRL"), ("JP¥", "JPY"), ("NZ$", "NZD"), ("MOP$", "MOP"),
)  # fmt: skip
#: Latin codes, before (USD 5, USD5) or after (5 USD) the amount.
CODES: tuple[tuple[str, str], ...] = (
    ("USD", "USD"), ("CNY", "CNY"), ("RMB", "CNY"), ("HKD", "HKD"), ("EUR", "EUR"),
    ("JPY", "JPY"), ("GBP", "GBP"), ("AUD", "AUD"), ("TWD", "TWD"), ("SGD", "SGD"),
    ("CAD", "CAD"), ("CHF", "CHF"), ("KRW", "KRW"),
)  # fmt: skip
#: Chinese magnitudes written after Arabic digits.
CN_MAGNITUDES: tuple[tuple[str, int], ...] = (
    ("千", 10**3), ("万", 10**4), ("十万", 10**5), ("百万", 10**6), ("千万", 10**7),
    ("亿", 10**8), ("十亿", 10**9), ("百亿", 10**10), ("千亿", 10**11), ("万亿", 10**12),
    ("兆", 10**12),
)  # fmt: skip
#: Latin and slang magnitudes written after Arabic digits (the space is allowed before words).
LATIN_MAGNITUDES: tuple[tuple[str, int], ...] = (
    ("k", 10**3), ("K", 10**3), ("w", 10**4), ("W", 10**4), ("m", 10**6), ("M", 10**6),
    ("mn", 10**6), ("million", 10**6), ("Million", 10**6), ("b", 10**9), ("B", 10**9),
    ("bn", 10**9), ("billion", 10**9), ("tn", 10**12), ("trillion", 10**12),
)  # fmt: skip
_SPACED = frozenset({"mn", "million", "Million", "bn", "billion", "tn", "trillion"})
#: Qualifier words before the amount.
BEFORE: tuple[tuple[str, str], ...] = (
    ("约", "about"), ("约合", "about"), ("大约", "about"), ("大概", "about"), ("近", "under"),
    ("将近", "under"), ("接近", "under"), ("不到", "under"), ("不足", "under"),
    ("不超过", "under"), ("最多", "under"), ("超过", "over"), ("超", "over"), ("逾", "over"),
    ("至少", "over"), ("不少于", "over"), ("不低于", "over"),
)  # fmt: skip
#: Qualifier words after the amount.
AFTER: tuple[tuple[str, str], ...] = (
    ("左右", "about"), ("上下", "about"), ("前后", "about"), ("以上", "over"), ("以下", "under"),
    ("以内", "under"), ("起", "over"), ("有余", "over"),
)  # fmt: skip
#: Money cues that make a bare amount money in running text, and imply no ``per``.
CUES: tuple[str, ...] = ("营收为", "售价：", "净利润为", "估值", "总价", "成交额达", "罚款")
#: Traditional forms, applied to a whole figure (港幣, 萬, 億, 兩, 圓 …).
TRADITIONAL = str.maketrans(
    {
        "万": "萬", "亿": "億", "两": "兩", "币": "幣", "门": "門", "台": "臺", "约": "約",
        "过": "過", "余": "餘", "将": "將", "镑": "鎊", "欧": "歐", "贰": "貳", "叁": "參",
        "陆": "陸", "点": "點", "韩": "韓", "钱": "錢", "内": "內", "卢": "盧", "马": "馬",
        "个": "個", "块": "塊", "圆": "圓",
    }
)  # fmt: skip

#: Neutral sentences to embed a figure in: they create no figure and join onto none.
CONTEXTS: tuple[tuple[str, str], ...] = (
    ("公司公告称，", "。"),
    ("据悉，", "，同比增长。"),
    ("报告显示：", "\n下一段"),
    ("（", "）"),
    ("", ""),
    ("他说“", "”。"),
    ("<p>", "</p>"),
    ("* ", "\n"),
)


def embed(figure: Figure, context: tuple[str, str], cue: str = "营收为") -> tuple[str, int]:
    """The sentence around ``figure`` and the offset where the figure starts in it."""
    before, after = context
    if figure.cue:
        before += cue
    return before + figure.text + after, len(before)


# --- figures ----------------------------------------------------------------------------


def _chooser(draw: st.DrawFn) -> Choose:
    return lambda: draw(st.booleans())


def _pick(draw: st.DrawFn, table: Sequence[tuple[str, str]]) -> tuple[str, str]:
    return draw(st.sampled_from(table))


@dataclass(frozen=True)
class _Amount:
    """A written number and its value, before currency and qualifier."""

    number: str  # the digits (3100, 三千五百, 1,234.5)
    value: Decimal
    arabic: bool  # written with Arabic digits (symbols and codes go with these)
    suffix: str = ""  # a magnitude after the number: 亿, " 亿", k, " million"
    latin: bool = False  # the magnitude is Latin (k, million)

    @property
    def text(self) -> str:
        return self.number + self.suffix


@st.composite
def _arabic(draw: st.DrawFn) -> _Amount:
    style = draw(st.sampled_from(["plain", "grouped", "fullwidth", "sections"]))
    if style == "sections":
        n = draw(st.integers(1, 10**13))
        return _Amount(arabic_sections(n), Decimal(n), True)
    digits = draw(st.integers(1, 13))
    integer = str(draw(st.integers(10 ** (digits - 1) if digits > 1 else 0, 10**digits - 1)))
    if style == "grouped" and len(integer) < 4:
        integer = str(int(integer) + 1000)
    frac = draw(st.one_of(st.just(""), st.from_regex(r"[0-9]{1,4}", fullmatch=True)))
    if integer == "0" and (not frac or not frac.strip("0")):
        frac = "5"
    number = integer + ("." + frac if frac else "")
    text = (grouped(integer) if style == "grouped" else integer) + ("." + frac if frac else "")
    value = Decimal(number)
    magnitude, latin, suffix = 1, False, ""
    kind = draw(st.sampled_from(["none", "none", "cn", "latin"]))
    if kind == "cn":
        suffix, magnitude = draw(st.sampled_from(CN_MAGNITUDES))
        if draw(st.integers(0, 4)) == 0:
            suffix = " " + suffix  # OCR and English-style spacing: 3.5 亿
    elif kind == "latin":
        suffix, magnitude = draw(st.sampled_from(LATIN_MAGNITUDES))
        latin = True
        if suffix in _SPACED and draw(st.booleans()):
            suffix = " " + suffix
    if style == "fullwidth":
        text = text.translate(_FULL)
    return _Amount(text, value * magnitude, True, suffix, latin)


@st.composite
def _chinese_amount(draw: st.DrawFn, financial: bool = False) -> _Amount:
    choose = _chooser(draw)
    if not financial and draw(st.integers(0, 3)) == 0:  # 三点五万, 十二点零五亿
        whole = draw(st.integers(1, 9999))
        frac = draw(st.from_regex(r"[0-9]{0,2}[1-9]", fullmatch=True))
        big, size = draw(st.sampled_from([("", 1), ("万", 10**4), ("亿", 10**8), ("万亿", 10**12)]))
        text = chinese_integer(whole, choose=choose) + "点" + chinese_fraction(frac, choose)
        return _Amount(text, Decimal(f"{whole}.{frac}") * size, False, big)
    top = draw(st.sampled_from([10**4, 10**8, 10**12, 10**16]))
    n = draw(st.integers(1, top - 1))
    text = chinese_integer(n, financial=financial, choose=choose)
    return _Amount(text, Decimal(n), False)


@st.composite
def _many(draw: st.DrawFn, financial: bool) -> _Amount:
    """A round number with 多/余 before its magnitude: 30多万, 三十多万, 100余万."""
    n = draw(st.integers(1, 999)) * 10
    if draw(st.booleans()) or financial:
        number = chinese_integer(n, financial=financial, choose=_chooser(draw))
        arabic = False
    else:
        number, arabic = str(n), True
    word = draw(st.sampled_from(["多", "余"]))
    big, size = draw(st.sampled_from([("", 1), ("万", 10**4), ("亿", 10**8)]))
    return _Amount(number + word, Decimal(n * size), arabic, big)


def _with_currency(
    draw: st.DrawFn, amount: _Amount, bare_ok: bool
) -> tuple[str, str | None, str]:
    """Write a currency around ``amount``: (text, ISO code or None for bare, placement)."""
    places = ["name", "name", "prefix", "prefix_yuan"]
    if amount.arabic:
        places += ["symbol", "symbol", "code_before", "code_after"]
    if bare_ok:
        places.append("bare")
    place = draw(st.sampled_from(places))
    text = amount.text
    space = " " if amount.arabic and draw(st.integers(0, 4)) == 0 else ""
    if place == "name":
        word, code = _pick(draw, NAMES)
        return text + space + word, code, place
    if place == "prefix":
        word, code = _pick(draw, PREFIXES)
        return word + space + text, code, place
    if place == "prefix_yuan":
        word, code = _pick(draw, PREFIX_YUAN)
        return word + space + text + "元", code, place
    if place == "symbol":
        word, code = _pick(draw, SYMBOLS)
        return word + space + text, code, place
    if place == "code_before":
        word, code = _pick(draw, CODES)
        return word + draw(st.sampled_from([" ", ""])) + text, code, place
    if place == "code_after":
        word, code = _pick(draw, CODES)
        return text + " " + word, code, place
    return text, None, place


@st.composite
def amounts(draw: st.DrawFn, bare: bool = True) -> Figure:
    """One amount with a currency (or none, when ``bare``) and perhaps a qualifier or sign."""
    style = draw(st.sampled_from(["arabic", "arabic", "chinese", "financial", "many"]))
    if style == "arabic":
        amount = draw(_arabic())
    elif style == "many":
        amount = draw(_many(financial=False))
    else:
        amount = draw(_chinese_amount(financial=style == "financial"))
    text, code, place = _with_currency(draw, amount, bare)
    qualifier = "over" if style == "many" else "exact"
    value = amount.value
    q = draw(st.sampled_from(["none", "none", "none", "before", "after", "plus", "sign"]))
    if q == "before" and style != "many":
        word, qualifier = _pick(draw, BEFORE)
        text = word + text
    elif q == "after" and style != "many":
        word, qualifier = _pick(draw, AFTER)
        text = text + word
    elif q == "plus" and style == "arabic" and place == "name" and not amount.latin:
        # 3100+ 亿元: the + stands between the number and its magnitude or currency word
        text = amount.number + "+" + text[len(amount.number) :]
        qualifier = "over"
    elif q == "sign" and amount.arabic and style == "arabic" and value != 0:
        text = draw(st.sampled_from(["-", "负"])) + text
        value = -value
    if draw(st.integers(0, 6)) == 0:
        text = text.translate(TRADITIONAL)
    expect = Expect(value, code or "CNY", qualifier, None, code is None)
    return Figure(text, expect, expect, cue=code is None, family=f"{style}/{place}")


@st.composite
def ranges(draw: st.DrawFn, spaced: bool = False) -> Figure:
    """Two amounts as one range: 3-5亿元, 3亿至5亿元, 三到五千万元, 3.5亿元—4亿元.

    Both ends are written alike, so the reading is not in doubt: Arabic ends, or Chinese
    ends with the same leading place (三千到五千二百万), or single digits before the same
    units (三到五千万 = 3千万–5千万). ``spaced`` puts spaces around the separator (3 - 5亿元).
    """
    big, size = draw(st.sampled_from([("", 1), ("万", 10**4), ("亿", 10**8), ("万亿", 10**12)]))
    if draw(st.booleans()):  # Chinese
        place = draw(st.integers(0, 3))
        if place >= 2 and draw(st.booleans()):  # 三到五千万: digits before the same units
            d_low = draw(st.integers(1, 8))
            d_high = draw(st.integers(d_low + 1, 9))
            unit = "百" if place == 2 else "千"
            lo_dec, hi_dec = Decimal(d_low * 10**place), Decimal(d_high * 10**place)
            lo_text = "两" if d_low == 2 and draw(st.booleans()) else _LOWER[d_low]
            hi_text = _LOWER[d_high] + unit
        else:
            low = draw(st.integers(10**place, 10 ** (place + 1) - 2))
            high = draw(st.integers(low + 1, 10 ** (place + 1) - 1))
            choose = _chooser(draw)
            lo_text = chinese_integer(low, choose=choose)
            hi_text = chinese_integer(high, choose=choose)
            lo_dec, hi_dec = Decimal(low), Decimal(high)
        sep = draw(st.sampled_from(["至", "到"]))
        kind = "cn"
    else:
        low_c = draw(st.integers(1, 99999))
        high_c = draw(st.integers(low_c + 1, 100000))
        scale = draw(st.sampled_from([1, 10, 100]))  # 1.5-2.5: decimals on both ends
        lo_dec, hi_dec = Decimal(low_c) / scale, Decimal(high_c) / scale
        lo_text, hi_text = _plain(lo_dec), _plain(hi_dec)
        sep = draw(st.sampled_from(["-", "至", "到", "~", "～", "—", "–"]))
        kind = "ar"
    if spaced:
        sep = f" {sep} "
    word, code = _pick(draw, NAMES)
    form = draw(st.sampled_from(["shared", "both", "both_units"]))
    if form == "shared":  # 3-5亿元: the low end borrows the magnitude of the high end
        text = f"{lo_text}{sep}{hi_text}{big}{word}"
    elif form == "both":  # 3亿-5亿元
        text = f"{lo_text}{_unit_of(hi_text, lo_text)}{big}{sep}{hi_text}{big}{word}"
    else:  # 3.5亿元—4亿元
        text = f"{lo_text}{_unit_of(hi_text, lo_text)}{big}{word}{sep}{hi_text}{big}{word}"
    if draw(st.integers(0, 6)) == 0:
        text = text.translate(TRADITIONAL)
    expect = Expect(lo_dec * size, code, "range", hi_dec * size)
    return Figure(text, expect, expect, family=f"range/{form}/{kind}")


def _unit_of(hi_text: str, lo_text: str) -> str:
    """The units a lone low digit needs when it is written in full (三千 of 三到五千)."""
    if len(lo_text) == 1 and lo_text in "一两二三四五六七八九" and hi_text[-1] in "百千":
        return hi_text[-1]
    return ""


def _plain(d: Decimal) -> str:
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@st.composite
def vague(draw: st.DrawFn) -> Figure:
    """数千万元, 几十亿美元, 十几万元, 二十几万: a range in ``parse``, vague in ``extract``."""
    word, code = _pick(draw, NAMES)
    big, size = draw(st.sampled_from([("", 1), ("万", 10**4), ("亿", 10**8)]))
    form = draw(st.sampled_from(["leading", "trailing"]))
    if form == "leading" or big == "":  # 几十万 = 3–9 of 十万 (10 at least, so 几元 is left out)
        small, unit = draw(st.sampled_from([("十", 10), ("百", 100), ("千", 1000)]))
        vague_word = draw(st.sampled_from(["几", "数"]))
        text = f"{vague_word}{small}{big}{word}"
        low, high = 3 * unit * size, 9 * unit * size
    else:  # 十几万 = 11–19 万, 二十几亿 = 21–29 亿
        tens = draw(st.integers(1, 9))
        head = "十" if tens == 1 else _LOWER[tens] + "十"
        text = f"{head}几{big}{word}"
        low, high = (10 * tens + 1) * size, (10 * tens + 9) * size
    parsed = Expect(Decimal(low), code, "range", Decimal(high))
    return Figure(text, parsed, Expect(None, code, "vague"), family=f"vague/{form}")


@st.composite
def pairs(draw: st.DrawFn) -> Figure:
    """两三万元, 七八十万, 三五千美元: two neighbouring digits mean "x or y"."""
    a, b = draw(st.sampled_from([(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9)]))
    small, unit = draw(st.sampled_from([("十", 10), ("百", 100), ("千", 1000)]))
    big, size = draw(st.sampled_from([("万", 10**4), ("亿", 10**8), ("", 1)]))
    word, code = _pick(draw, NAMES)
    first = "两" if a == 2 else _LOWER[a]
    text = f"{first}{_LOWER[b]}{small}{big}{word}"
    expect = Expect(Decimal(a * unit * size), code, "range", Decimal(b * unit * size))
    return Figure(text, expect, expect, family="pairs")


@st.composite
def colloquial(draw: st.DrawFn) -> Figure:
    """Slang and sub-units: 4.5个小目标, 3个亿, 12块5, 两块五毛, 壹佰元伍角陆分, 两美元又三美分,
    上亿元, 近万元."""
    form = draw(
        st.sampled_from(["target", "ge_yi", "kuai", "yuan_jiao_fen", "cents", "shang", "jin"])
    )
    choose = _chooser(draw)
    if form == "target":  # 个小目标 = 1亿元
        tenths = draw(st.integers(1, 999))
        value = Decimal(tenths) / 10
        number = _plain(value) if draw(st.booleans()) or tenths % 10 else _cn_small(tenths // 10)
        text = f"{number}个小目标"
        exp = Expect(value * 10**8, "CNY")
    elif form == "ge_yi":  # 3个亿: CNY, inferred
        n = draw(st.integers(1, 99))
        number = str(n) if draw(st.booleans()) else chinese_integer(n, choose=choose)
        text = f"{number}个亿"
        exp = Expect(Decimal(n * 10**8), "CNY", implicit_currency=True)
    elif form == "kuai":  # 12块5, 两块五, 三块四毛五
        yuan = draw(st.integers(1, 99))
        jiao = draw(st.integers(1, 9))
        fen = draw(st.integers(0, 9))
        head = str(yuan) if draw(st.booleans()) else _cn_small(yuan)
        if fen:
            tail = f"{_LOWER[jiao]}毛{_LOWER[fen]}"
        else:
            tail = draw(st.sampled_from([_LOWER[jiao], f"{_LOWER[jiao]}毛"]))
        text = f"{head}块{tail}"
        exp = Expect(Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100, "CNY")
    elif form == "yuan_jiao_fen":  # invoices: 壹佰贰拾元伍角陆分, 一百二十元零六分
        financial = draw(st.booleans())
        digits = _UPPER if financial else _LOWER
        yuan = draw(st.integers(1, 10**8 - 1))
        jiao = draw(st.integers(0, 9))
        fen = draw(st.integers(0, 9))
        text = chinese_integer(yuan, financial=financial, choose=choose) + "元"
        if jiao:
            text += f"{digits[jiao]}角"
        elif fen:
            text += "零"
        if fen:
            text += f"{digits[fen]}分"
        elif draw(st.booleans()):
            text += "整"
        if draw(st.booleans()):
            text = "人民币" + text
        exp = Expect(Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100, "CNY")
    elif form == "cents":  # 两美元又三美分
        dollars = draw(st.integers(1, 99))
        cents = draw(st.integers(1, 99))
        text = f"{_cn_small(dollars)}美元又{_cn_small(cents)}美分"
        exp = Expect(Decimal(dollars) + Decimal(cents) / 100, "USD")
    else:  # 上亿元 (over 1亿), 近万元 (under 1万): a magnitude with no number
        big, size = draw(st.sampled_from([("万", 10**4), ("亿", 10**8), ("千万", 10**7)]))
        word, code = _pick(draw, NAMES)
        head = "上" if form == "shang" else "近"
        text = f"{head}{big}{word}"
        exp = Expect(Decimal(size), code, "over" if form == "shang" else "under")
    return Figure(text, exp, exp, family=f"colloquial/{form}")


def _cn_small(n: int) -> str:
    """1–99 in everyday Chinese (两 for a lone 2, as speech says 两块)."""
    return "两" if n == 2 else chinese_integer(n, choose=lambda: True)


def figures() -> st.SearchStrategy[Figure]:
    """Any generated money expression."""
    return st.one_of(amounts(), ranges(), vague(), pairs(), colloquial())


#: The families, by name, for one property test each (one bug does not hide the others).
FAMILIES: dict[str, Callable[[], st.SearchStrategy[Figure]]] = {
    "amounts": amounts,
    "ranges": ranges,
    "spaced_ranges": lambda: ranges(spaced=True),
    "vague": vague,
    "pairs": pairs,
    "colloquial": colloquial,
}


# --- money-like text --------------------------------------------------------------------

FRAGMENTS: tuple[str, ...] = tuple(
    itertools.chain(
        "0123456789０１２３４５６７８９",
        "零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億兩點",
        ["点", "几", "数", "若干", "多", "余", "来", "半", "整"],
        [".", ",", "，", "。", "、", ":", "：", "/", "／", "%", "+", "-", "－", "~", "～", "—"],
        ["至", "到", "又", "和", "与"],
        ["元", "圆", "块", "块钱", "蚊", "毛", "角", "分", "毫", "仙", "钱", "刀", "个", "個"],
        [w for w, _ in NAMES],
        [w for w, _ in SYMBOLS],
        [w for w, _ in CODES],
        ["usd", "rmb", "RM", "US", "$$", "¥¥"],
        [w for w, _ in BEFORE],
        [w for w, _ in AFTER],
        ["上", "近", "≈", "+"],
        ["k", "K", "w", "W", "m", "M", "b", "B", "bn", "mn", "million", "billion", "个亿"],
        ["个小目标", "美分", "港仙", "便士"],
        [c.rstrip("为：达") for c in CUES],
        ["月薪", "每股", "每天", "每月", "人均", "/月", "/吨", "每吨", "为", "达", "："],
        ["年", "月", "日", "人", "用户", "第", "次", "分钟", "小时", "蛋糕"],
        ["*", "**", "__", "~~", "_", "<b>", "</b>", "<p>", "</p>", "<td>", "<br>", "<", ">"],
        ["&", "&yen;", "&nbsp;", "&#36;", "&amp;", "&#x4E07;", "<!--", "-->"],
        ["https://x.com/a?p=100元", "www.a.cn/5万", "](http://a/1亿元)", "[", "]", "(", ")"],
        [" ", "  ", "\t", "\n", "\u3000", "\u00a0"],
        ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f"],
        ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"],
        ["公司", "营收", "同比增长", "据悉", "的", "了", "是", "他说"],
    )
)


def moneyish_text(max_parts: int = 30) -> st.SearchStrategy[str]:
    """Text built from money-like pieces: numerals, currency words, qualifiers, markup,
    spaces and invisibles, with whole generated figures and random characters mixed in."""
    part = st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from(FRAGMENTS),
        st.sampled_from(FRAGMENTS),
        figures().map(lambda f: f.text),
        st.text(max_size=3),
    )
    return st.lists(part, max_size=max_parts).map("".join)


# --- invariants -------------------------------------------------------------------------


def check_records(text: str, found: list[Money]) -> None:
    """Assert what every ``extract(text)`` result must satisfy (see docs/robustness.md)."""
    assert isinstance(found, list)
    previous_end = 0
    for rec in found:
        assert isinstance(rec, Money), rec
        assert rec.kind == "money"
        assert 0 <= rec.start < rec.end <= len(text), rec
        assert rec.text == text[rec.start : rec.end], rec
        assert rec.text == rec.text.strip(), f"span starts or ends with a space: {rec!r}"
        assert rec.start >= previous_end, f"overlap or out of order: {found!r}"
        previous_end = rec.end
        check_fields(rec)


def check_fields(rec: Money) -> None:
    """Assert that one record's fields are well formed (any record, extract or parse)."""
    assert rec.qualifier in QUALIFIERS, rec
    assert rec.currency in ACTIVE or rec.currency in CRYPTO, rec
    assert isinstance(rec.implicit_currency, bool)
    assert rec.per is None or (isinstance(rec.per, str) and rec.per.strip() == rec.per != "")
    if rec.qualifier == "vague":
        assert rec.value is None and rec.high is None, rec
    else:
        assert isinstance(rec.value, Decimal) and rec.value.is_finite(), rec
        _canonical(rec.value)
    if rec.qualifier == "range":
        assert isinstance(rec.high, Decimal) and rec.high.is_finite(), rec
        _canonical(rec.high)
        assert rec.value is not None and rec.high > rec.value, rec
    elif rec.qualifier != "vague":
        assert rec.high is None, rec
    assert Money.model_validate(rec.model_dump()) == rec  # the record validates as built


def _canonical(d: Decimal) -> None:
    """Values are written without exponent or trailing zeros: 450000000, 7.99."""
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    if d == d.to_integral_value():
        assert exponent == 0, f"{d!r} is not written as a plain integer"
    else:
        assert exponent < 0 and not format(d, "f").endswith("0"), f"{d!r} has trailing zeros"
