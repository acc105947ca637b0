"""Numeral characters and magnitude words."""

from __future__ import annotations

#: Chinese digits, lower and financial upper case (simplified; see scripts.TRADITIONAL).
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
#: Units below 万 that multiply the digit before them.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Section units. 兆 is 万亿 (10^12) in money, as in everyday mainland usage.
BIG_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8, "兆": 10**12}
#: Contracted tens: 廿五 = 二十五, 卅 = 三十. Financial (壹 贰 拾) and everyday (一 二 十)
#: forms may be mixed, as invoices and cheques write them (壹万三千六百元).
CONTRACTIONS: dict[str, str] = {"廿": "二十", "卅": "三十", "卌": "四十"}
#: Decimal point word: 二十五点六.
POINT = "点"
#: Vague digits: 数千万 (some tens of millions), 几十万, 十几万.
VAGUE = frozenset("几数")
#: Vague words that begin a numeral, read as the vague digit after them: 若干万元 = 数万元.
VAGUE_WORDS: dict[str, str] = {"数": "数", "若干": "数"}
#: In ``parse``, a vague digit reads as this range (Duckling reads 幾百 as 300–900);
#: after a unit (十几) it reads as 1–9.
VAGUE_LEADING = (3, 9)
VAGUE_TRAILING = (1, 9)
#: Adjacent digit pairs that mean "x or y": 两三万 = 2万–3万, 七八十万, 三五天.
APPROX_PAIRS = frozenset({(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (3, 5)})

#: Latin and slang magnitudes written after a number (case-sensitive keys).
LATIN_MAGNITUDES: dict[str, int] = {
    "k": 10**3, "K": 10**3, "千": 10**3,
    "w": 10**4, "W": 10**4, "个W": 10**4, "个w": 10**4, "个万": 10**4,
    "个亿": 10**8,
    "m": 10**6, "M": 10**6, "mn": 10**6, "million": 10**6, "Million": 10**6, "MILLION": 10**6,
    "b": 10**9, "B": 10**9, "bn": 10**9, "billion": 10**9, "Billion": 10**9, "BILLION": 10**9,
    "tn": 10**12, "trillion": 10**12, "Trillion": 10**12,
}
