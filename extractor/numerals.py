"""Numerals to exact values: Arabic, full-width, Chinese lower and financial upper case.

``read_numeral("3.5万亿")`` → ``Numeral(Decimal("3500000000000"), None, False)``.
Input is folded text (ASCII digits, simplified characters; see ``lexicon.scripts``).
Exact for any size: all arithmetic runs in a context wide enough never to round.
"""

from __future__ import annotations

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal
from functools import lru_cache
from typing import NamedTuple, TypeGuard

import regex

from extractor.lexicon.numerals import (
    APPROX_PAIRS,
    BIG_UNITS,
    CONTRACTIONS,
    DIGITS,
    POINT,
    SMALL_UNITS,
    VAGUE,
    VAGUE_LEADING,
    VAGUE_TRAILING,
)

#: Arithmetic context that never rounds (coefficients up to MAX_PREC digits).
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_ZERO = Decimal(0)
_ONE = Decimal(1)
_TEN = Decimal(10)

_TOKEN = regex.compile(
    r"(?P<ar>[0-9]++(?:,[0-9]{3})*+(?:\.[0-9]++)?)|(?P<sp>\s++)|(?P<ch>.)", regex.S
)


class Numeral(NamedTuple):
    """A numeral's value: ``low`` (the value, or the low end), ``high`` for 两三/几 forms."""

    low: Decimal
    high: Decimal | None = None
    vague: bool = False


class NumeralError(ValueError):
    """A numeral that is not well formed; ``position`` is the offset of the problem."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class _Tok(NamedTuple):
    kind: str  # num | zero | small | big | point | vague
    value: Decimal
    pos: int
    simple: bool = False  # a single digit 1-9, eligible for 三千五 = 3500
    chinese: bool = False  # a Chinese digit (can form 两三 pairs / positional strings)


def read_numeral(text: str) -> Numeral:
    """Read one numeral; raise ``NumeralError`` when it is malformed."""
    value = plain_value(text)
    return _read(text) if value is None else Numeral(value)


def plain_value(text: str) -> Decimal | None:
    """The value of the common numeral, a plain decimal with perhaps magnitudes after it
    (7.99, 230亿), in a few string operations; None for any other (``read_numeral`` reads
    those). Raises ``NumeralError`` for malformed magnitudes (5亿亿)."""
    digits = text.rstrip(_UNIT_CHARS)  # ASCII digits, at most one inner point (not 1,000)
    if not (digits.isascii() and digits.replace(".", "", 1).isdigit()):
        return None
    if digits[0] == "." or digits[-1] == ".":  # .5, 5.
        return None
    if len(digits) == len(text):
        return Decimal(digits)
    return EXACT.multiply(Decimal(digits), _unit_value(text[len(digits) :], len(digits)))


_UNIT_CHARS = "".join([*SMALL_UNITS, *BIG_UNITS])


@lru_cache(maxsize=256)
def _unit_value(units: str, offset: int) -> Decimal:
    try:
        return _read(units).low
    except NumeralError as exc:
        raise NumeralError(exc.message, offset + exc.position) from None


@lru_cache(maxsize=4096)
def _read(text: str) -> Numeral:
    if text.startswith("若干"):
        text = "数" + text[2:]
    toks = _tokenize(text)
    if not toks:
        raise NumeralError("empty numeral", 0)
    kinds = {t.kind for t in toks}
    if (
        kinds <= {"num", "zero"}
        and all(t.chinese or t.kind == "zero" for t in toks)
        and len(toks) > 1
    ):
        return _digit_string(toks)
    pair = _approx_pair(toks)
    if pair is not None:
        low = _evaluate(toks[: pair + 1] + toks[pair + 2 :])
        high = _evaluate(toks[:pair] + toks[pair + 1 :])
        return Numeral(low, high)
    vague = [k for k, t in enumerate(toks) if t.kind == "vague"]
    if vague:
        if len(vague) > 1:
            raise NumeralError("more than one vague digit", toks[vague[1]].pos)
        k = vague[0]
        after_unit = k > 0 and toks[k - 1].kind in ("small", "big")
        lo_d, hi_d = VAGUE_TRAILING if after_unit else VAGUE_LEADING
        if text[toks[k].pos] == "数" and k != 0:
            raise NumeralError("数 must begin a numeral", toks[k].pos)
        lo = _evaluate(_replace(toks, k, lo_d))
        hi = _evaluate(_replace(toks, k, hi_d))
        return Numeral(lo, hi, True)
    return Numeral(_evaluate(toks))


def _replace(toks: list[_Tok], k: int, digit: int) -> list[_Tok]:
    t = toks[k]
    return [*toks[:k], _Tok("num", Decimal(digit), t.pos, True, True), *toks[k + 1 :]]


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        pos = m.start()
        if m.lastgroup == "ar":
            raw = m.group().replace(",", "")
            toks.append(_Tok("num", Decimal(raw), pos, simple=len(raw) == 1 and raw != "0"))
            continue
        if m.lastgroup == "sp":
            continue
        ch = m.group()
        if ch in CONTRACTIONS:  # 廿五 = 二十五
            toks.extend(t._replace(pos=pos) for t in _tokenize(CONTRACTIONS[ch]))
            continue
        if ch in DIGITS:
            d = DIGITS[ch]
            kind = "zero" if d == 0 else "num"
            toks.append(_Tok(kind, Decimal(d), pos, simple=d != 0, chinese=True))
        elif ch in SMALL_UNITS:
            toks.append(_Tok("small", Decimal(SMALL_UNITS[ch]), pos))
        elif ch in BIG_UNITS:
            toks.append(_Tok("big", Decimal(BIG_UNITS[ch]), pos))
        elif ch == POINT:
            toks.append(_Tok("point", _ZERO, pos))
        elif ch in VAGUE:
            toks.append(_Tok("vague", _ZERO, pos))
        elif ch == ".":
            raise NumeralError("malformed decimal point", pos)
        else:
            raise NumeralError(f"unexpected character {ch!r} in a numeral", pos)
    return toks


def _digit_string(toks: list[_Tok]) -> Numeral:
    """二〇二四 → 2024; a lone pair such as 两三 → 2–3."""
    if len(toks) == 2 and (int(toks[0].value), int(toks[1].value)) in APPROX_PAIRS:
        return Numeral(toks[0].value, toks[1].value)
    return Numeral(Decimal("".join(str(int(t.value)) for t in toks)))


def _approx_pair(toks: list[_Tok]) -> int | None:
    """Index of the first digit of a 两三-style pair inside a numeral with units."""
    found = None
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if a.kind == "point":
            break  # digits after 点 are read one by one: 三点四五 is 3.45
        if a.kind == "num" and b.kind == "num" and a.chinese and b.chinese:
            if (int(a.value), int(b.value)) not in APPROX_PAIRS:
                raise NumeralError("two digits in a row", b.pos)
            if found is not None:
                raise NumeralError("more than one pair of digits", a.pos)
            found = i
    return found


def _evaluate(toks: list[_Tok]) -> Decimal:
    """Positional value of a numeral with units (the core of the reader)."""
    total = _ZERO
    section = _ZERO
    pending: Decimal | None = None
    pending_simple = False
    ellipsis_unit: Decimal | None = None
    last_small: Decimal | None = None
    last_big: Decimal | None = None
    max_big = _ZERO
    last_unit: Decimal | None = None
    zero_gap = False
    seen_any = False
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        kind = t.kind
        if kind == "num":
            if pending is not None:
                raise NumeralError("two numbers in a row", t.pos)
            pending = t.value
            pending_simple = t.simple
            ellipsis_unit = None if zero_gap else last_unit
        elif kind == "zero":
            if pending is not None:
                raise NumeralError("misplaced zero", t.pos)
            zero_gap = True
            last_unit = None
        elif kind == "small":
            if last_small is not None and t.value >= last_small:
                raise NumeralError("unit out of order", t.pos)
            factor = pending if pending is not None else _ONE
            section = EXACT.add(section, EXACT.multiply(factor, t.value))
            pending = None
            last_small = t.value
            last_unit = t.value
            zero_gap = False
        elif kind == "big":
            if pending is not None and _elided(pending_simple, ellipsis_unit, last_small):
                pending = EXACT.multiply(pending, EXACT.divide(last_small or _ONE, _TEN))  # 百五万
            s = EXACT.add(section, pending) if pending is not None else section
            after_big = i > 0 and toks[i - 1].kind == "big"
            if s == 0:
                if not seen_any:
                    s = _ONE
                elif after_big and t.value <= max_big:
                    raise NumeralError("repeated magnitude", t.pos)
                elif not after_big:
                    raise NumeralError("magnitude without a number before it", t.pos)
            if t.value > max_big:
                total = EXACT.multiply(EXACT.add(total, s), t.value)
                max_big = t.value
                # 万亿 is one magnitude (10^12): a lower 亿 group may follow (一万亿三千亿)
                group = EXACT.multiply(last_big, t.value) if after_big and last_big else t.value
            elif last_big is not None and t.value < last_big:
                total = EXACT.add(total, EXACT.multiply(s, t.value))
                group = t.value
            else:
                raise NumeralError("repeated magnitude", t.pos)
            section = _ZERO
            pending = None
            last_small = None
            last_big = group
            last_unit = t.value
            zero_gap = False
        elif kind == "point":
            j = i + 1
            frac: list[str] = []
            while j < n and toks[j].chinese:
                frac.append(str(int(toks[j].value)))
                j += 1
            if not frac or (pending is None and section == 0 and not zero_gap):
                raise NumeralError("malformed decimal point", t.pos)  # 零点五 is 0.5
            if pending is not None and pending_simple and _ellipsis(ellipsis_unit):
                pending = EXACT.multiply(pending, EXACT.divide(ellipsis_unit, _TEN))  # 三千四点五
            whole = EXACT.add(section, pending) if pending is not None else section
            pending = EXACT.add(whole, Decimal("0." + "".join(frac)))
            pending_simple = False
            section = _ZERO
            last_small = None
            i = j
            seen_any = True
            continue
        else:
            raise NumeralError("vague digit out of place", t.pos)
        seen_any = True
        i += 1
    if pending is not None:
        if pending_simple and _ellipsis(ellipsis_unit):
            pending = EXACT.multiply(pending, EXACT.divide(ellipsis_unit, _TEN))
        section = EXACT.add(section, pending)
    return EXACT.add(total, section)


_HUNDRED = Decimal(100)


def _ellipsis(unit: Decimal | None) -> TypeGuard[Decimal]:
    """Does a lone digit after ``unit`` stand for the next unit down (三千五 = 3500)?"""
    return unit is not None and unit >= _HUNDRED


def _elided(simple: bool, unit: Decimal | None, last_small: Decimal | None) -> bool:
    """Before a magnitude, the same for a digit right after 百 or 千 (百五万 = 150万)."""
    return simple and last_small is not None and unit == last_small and _ellipsis(unit)
