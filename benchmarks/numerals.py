"""Integer → Chinese numeral text, lower case (三千五百万) and financial upper case (叁仟伍佰万).

Written independently of the engine so the corpus generator does not test the engine with itself.
"""

from __future__ import annotations

LOWER_DIGITS = "零一二三四五六七八九"
UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"
LOWER_UNITS = ("", "十", "百", "千")
UPPER_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿", "万亿")


def _section(n: int, digits: str, units: tuple[str, ...]) -> str:
    """0 < n < 10000 as numerals, with 零 for inner gaps (一千零五, 三百零二)."""
    out: list[str] = []
    pending_zero = False
    for power in (3, 2, 1, 0):
        d = (n // 10**power) % 10
        if d == 0:
            if out:
                pending_zero = True
            continue
        if pending_zero:
            out.append(digits[0])
            pending_zero = False
        out.append(digits[d] + units[power])
    return "".join(out)


def zh_int(n: int, *, upper: bool = False, liang: bool = False) -> str:
    """``n`` (0 ≤ n < 10^16) in Chinese numerals.

    Lower case drops a leading 一 before 十 (十五); ``liang`` writes a leading 2 as 两 before
    百/千/万/亿 (两千零二十四). Upper case is the financial form (壹拾伍, 贰佰).
    """
    if n < 0 or n >= 10**16:
        raise ValueError(f"out of range: {n}")
    digits = UPPER_DIGITS if upper else LOWER_DIGITS
    units = UPPER_UNITS if upper else LOWER_UNITS
    if n == 0:
        return digits[0]
    groups: list[int] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out: list[str] = []
    started = False
    need_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            if started:
                need_zero = True
            continue
        if started and (need_zero or g < 1000):
            out.append(digits[0])
        out.append(_section(g, digits, units) + BIG_UNITS[i])
        started = True
        need_zero = False
    text = "".join(out)
    if not upper and text.startswith("一十"):
        text = text[1:]
    if liang and not upper and text.startswith("二") and len(text) > 1 and text[1] in "百千万亿":
        text = "两" + text[1:]
    return text


def zh_digits(s: str) -> str:
    """Digit-by-digit reading of a digit string (二〇二四), as years are written."""
    return "".join("〇一二三四五六七八九"[int(c)] for c in s)
