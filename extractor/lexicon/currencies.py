"""Currencies: ISO 4217 code → the ways Chinese text writes it.

Each entry is ``Currency(code, names, prefixes, symbols, codes)``:

- ``names``: words written after the amount (``230亿美元``); longest match wins, so
  ``澳门元`` (MOP) beats ``澳元`` (AUD).
- ``prefixes``: words that may also stand before the amount (``人民币3.14``, ``港币3.14``);
  every name of two characters or more may too (``卢布500``), so this lists the others.
- ``symbols``: signs written before (``$5``) or, less often, after the amount (``5$``).
- ``codes``: Latin codes, matched case-insensitively as whole words (``USD 5``, ``5 RMB``),
  and Latin words that work as one (``5000 yuan``).

To add a currency, add a line; nothing else needs to change.
"""

from __future__ import annotations

from typing import NamedTuple


class Currency(NamedTuple):
    code: str
    names: tuple[str, ...]
    prefixes: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()


CURRENCIES: tuple[Currency, ...] = (
    Currency("CNY", ("元", "圆", "人民币", "元人民币", "人民币元", "元钱"), ("人民币",), ("¥", "￥", "CN¥", "RMB¥"), ("CNY", "RMB", "CNH", "yuan")),
    Currency("USD", ("美元", "美金", "美刀", "美圆", "元美金", "元美元"), ("美元", "美金"), ("US$", "USD$", "U$"), ("USD",)),
    Currency("HKD", ("港元", "港币", "港圆", "港纸", "元港币", "元港元"), ("港币", "港元"), ("HK$",), ("HKD",)),
    Currency("EUR", ("欧元",), ("欧元",), ("€",), ("EUR",)),
    Currency("JPY", ("日元", "日圆", "日币", "円"), ("日元",), ("JP¥", "J¥"), ("JPY",)),
    Currency("GBP", ("英镑",), ("英镑",), ("£",), ("GBP",)),
    Currency("AUD", ("澳元", "澳币", "澳大利亚元", "澳洲元"), ("澳元", "澳币"), ("A$", "AU$"), ("AUD",)),
    Currency("MOP", ("澳门元", "澳门币", "澳门圆", "澳门葡币", "葡币"), ("澳门币", "澳门元"), ("MOP$",), ("MOP",)),
    Currency("TWD", ("新台币", "台币", "新台币元", "元新台币"), ("新台币", "台币"), ("NT$",), ("TWD", "NTD")),
    Currency("KRW", ("韩元", "韩币", "韩圆", "韩圜"), ("韩元",), ("₩",), ("KRW",)),
    Currency("SGD", ("新加坡元", "新元", "新币", "坡币", "新加坡币"), (), ("S$", "SG$"), ("SGD",)),
    Currency("CAD", ("加元", "加币", "加拿大元"), (), ("C$", "CA$"), ("CAD",)),
    Currency("CHF", ("瑞士法郎", "瑞郎"), (), (), ("CHF",)),
    Currency("INR", ("卢比", "印度卢比"), (), ("₹",), ("INR",)),
    Currency("PKR", ("巴基斯坦卢比",), (), (), ("PKR",)),
    Currency("LKR", ("斯里兰卡卢比",), (), (), ("LKR",)),
    Currency("NPR", ("尼泊尔卢比",), (), (), ("NPR",)),
    Currency("IDR", ("印尼盾", "印度尼西亚盾", "印尼卢比"), (), (), ("IDR",)),
    Currency("RUB", ("卢布", "俄罗斯卢布"), (), ("₽",), ("RUB",)),
    Currency("THB", ("泰铢",), (), ("฿",), ("THB",)),
    Currency("VND", ("越南盾",), (), ("₫",), ("VND",)),
    Currency("MYR", ("林吉特", "令吉", "马币", "马来西亚林吉特", "马来西亚令吉"), (), ("RM",), ("MYR",)),
    Currency("PHP", ("菲律宾比索", "菲律宾披索", "菲币"), (), ("₱",), ("PHP",)),
    Currency("MXN", ("墨西哥比索",), (), ("Mex$",), ("MXN",)),
    Currency("ARS", ("阿根廷比索",), (), (), ("ARS",)),
    Currency("CLP", ("智利比索",), (), (), ("CLP",)),
    Currency("COP", ("哥伦比亚比索",), (), (), ("COP",)),
    Currency("NZD", ("新西兰元", "纽西兰元", "纽元", "纽币"), (), ("NZ$",), ("NZD",)),
    Currency("SEK", ("瑞典克朗",), (), (), ("SEK",)),
    Currency("NOK", ("挪威克朗",), (), (), ("NOK",)),
    Currency("DKK", ("丹麦克朗",), (), (), ("DKK",)),
    Currency("ISK", ("冰岛克朗",), (), (), ("ISK",)),
    Currency("CZK", ("捷克克朗",), (), (), ("CZK",)),
    Currency("BRL", ("巴西雷亚尔", "雷亚尔"), (), ("R$",), ("BRL",)),
    Currency("ZAR", ("南非兰特", "兰特"), (), (), ("ZAR",)),
    Currency("TRY", ("土耳其里拉", "里拉"), (), ("₺",), ("TRY",)),
    Currency("AED", ("阿联酋迪拉姆", "迪拉姆"), (), (), ("AED",)),
    Currency("SAR", ("沙特里亚尔", "里亚尔"), (), (), ("SAR",)),
    Currency("QAR", ("卡塔尔里亚尔",), (), (), ("QAR",)),
    Currency("IRR", ("伊朗里亚尔",), (), (), ("IRR",)),
    Currency("KWD", ("科威特第纳尔",), (), (), ("KWD",)),
    Currency("PLN", ("波兰兹罗提", "兹罗提"), (), ("zł",), ("PLN",)),
    Currency("HUF", ("匈牙利福林", "福林"), (), (), ("HUF",)),
    Currency("ILS", ("新谢克尔", "谢克尔"), (), ("₪",), ("ILS",)),
    Currency("EGP", ("埃及镑",), (), (), ("EGP",)),
    Currency("NGN", ("尼日利亚奈拉", "奈拉"), (), ("₦",), ("NGN",)),
    Currency("BDT", ("孟加拉塔卡", "塔卡"), (), ("৳",), ("BDT",)),
    Currency("KZT", ("哈萨克斯坦坚戈", "坚戈"), (), ("₸",), ("KZT",)),
    Currency("MNT", ("图格里克",), (), ("₮",), ("MNT",)),
    Currency("UAH", ("格里夫纳",), (), ("₴",), ("UAH",)),
    Currency("PEN", ("秘鲁索尔", "索尔"), (), (), ("PEN",)),
    Currency("MMK", ("缅元", "缅甸元"), (), (), ("MMK",)),
    Currency("KHR", ("柬埔寨瑞尔", "瑞尔"), (), (), ("KHR",)),
    Currency("LAK", ("老挝基普", "基普"), (), ("₭",), ("LAK",)),
    # crypto: not ISO 4217; the ticker is the code (2.5枚比特币, 0.3个以太坊)
    Currency("BTC", ("比特币", "枚比特币", "个比特币"), ("比特币",), ("₿",), ("BTC", "XBT")),
    Currency("ETH", ("以太坊", "以太币", "枚以太坊", "个以太坊", "枚以太币", "个以太币"), ("以太坊", "以太币"), (), ("ETH",)),
    Currency("USDT", ("泰达币", "枚泰达币", "个泰达币"), ("泰达币",), (), ("USDT",)),
)

#: Codes of the crypto currencies above: tickers, not ISO 4217 codes.
CRYPTO = frozenset({"BTC", "ETH", "USDT"})

#: A sign that names no one currency: ``$`` is the default currency when that is a dollar
#: (``DOLLARS``: Hong Kong text read with HKD), else US dollars.
DOLLAR_SIGN = "$"
DOLLARS = frozenset({"USD", "HKD", "TWD", "SGD", "AUD", "CAD", "NZD"})
DOLLAR_FALLBACK = "USD"

#: The main unit without a country (元, 块, 蚊): the currency a prefix names (港币100元),
#: else the default currency of the call (CNY unless told otherwise: HKD for Hong Kong text).
GENERIC_UNITS = frozenset({"元", "圆", "块", "块钱", "蚊", "个", "元钱"})

#: Words that, written explicitly, give their currency to the bare-元 and implicit amounts
#: after them in the same sentence (新台幣1,500億元，其中半導體占600億元: both TWD). Only
#: these: after 美元 or 日元 a later bare 元 stays the default currency.
CARRY_OVER: tuple[str, ...] = ("新台币", "台币", "港币", "港元", "澳门币", "澳门元")
CARRY_CODES = frozenset({"TWD", "HKD", "MOP"})
#: Words that state an amount again in other terms: no currency carries past one (港币100元，
#: 约合90元 is yuan). A parenthesis, ≈ and a table cell's bar stop it too.
CONVERSION_WORDS: tuple[str, ...] = ("约合", "折合", "相当于", "换算", "即", "兑", "折算")

#: Colloquial main units that need care in running text (see ``grammar``):
#: 块 and 蚊 are also classifiers/nouns (and, like 元, name no country: None);
#: 刀 is USD only after Arabic digits.
COLLOQUIAL: dict[str, str | None] = {"块": None, "块钱": None, "蚊": None, "刀": "USD"}

#: Words for an amount of one hundred million yuan: ``4.5个小目标`` = CNY 450000000.
SLANG: dict[str, tuple[str, int]] = {"个小目标": ("CNY", 10**8)}

#: Fractions of a main unit. ``None`` as the currency means "of whatever main unit
#: precedes, else CNY": 五元七毛八分, 三个一毫四, 五分 (parse only).
TENTHS: tuple[str, ...] = ("角", "毛", "毫", "毫子")
HUNDREDTHS: tuple[str, ...] = ("分", "仙")
#: Sub-units that are money on their own in running text (五毫子), where a bare 五分 or 八角
#: may be a score or star anise.
CLEAR_SUBUNITS: tuple[str, ...] = ("毫子",)
#: Sub-units that name their currency: 两美元又三美分 = USD 2.03.
NAMED_SUBUNITS: dict[str, tuple[str, str]] = {
    "美分": ("USD", "0.01"),
    "欧分": ("EUR", "0.01"),
    "便士": ("GBP", "0.01"),
    "港仙": ("HKD", "0.01"),
    "日本銭": ("JPY", "0.01"),
    "日本钱": ("JPY", "0.01"),
    "銭": ("JPY", "0.01"),
    "戈比": ("RUB", "0.01"),
}
