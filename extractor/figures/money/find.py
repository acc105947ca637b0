"""Money in running text (``find``) and in one expression (``parse``): the scanner, the
figure pattern and the prefix read backwards (``grammar``), turned into records (``resolve``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from functools import cache
from typing import NamedTuple

from extractor.errors import ParseError
from extractor.figures.base import merge
from extractor.figures.money.context import (
    LIST_SEPARATORS,
    MOVE_ENDS,
    Carry,
    list_items,
    moved_before,
    offers,
    per_before,
    per_marks,
)
from extractor.figures.money.diagnose import explain
from extractor.figures.money.grammar import (
    NUMERAL_CHARS,
    PER_LAST_CHARS,
    PREFIX_NAMES,
    PREV_CHARS,
    PREV_FIGURE,
    Match,
    inner,
    inner_start,
    pattern,
    prefix_reversed,
    scan,
)
from extractor.figures.money.resolve import (
    Reject,
    canonical,
    currency_for,
    list_factors,
    list_value,
    records,
    resolve,
)
from extractor.lexicon.currencies import CARRY_CODES
from extractor.lexicon.qualifiers import OVER_BOUNDS, UNDER_BOUNDS
from extractor.lexicon.scripts import FOLD
from extractor.models import Money, trusted_money
from extractor.numerals import NumeralError, read_numeral
from extractor.text.markup import View, view

_SPACES = " \t\u00a0\u3000"
_MOVE_OR_SPACE = MOVE_ENDS | frozenset(_SPACES)
#: What may open a range: 从3万到5万元.
_FROM = "从從由"


def find(v: View, text: str, default: str = "CNY") -> list[Money]:
    """Every money mention in ``text`` (whose markup-transparent view is ``v``), sorted by
    start, never overlapping; ``default`` is the currency of 元 and implicit amounts. Never
    raises."""
    clean = v.text
    size = len(clean)
    matchers = _matchers()
    figure, backward, forward = matchers.figure, matchers.backward, matchers.forward
    reversed_text = ""
    out: list[Money] = []
    carry = Carry()
    marks = per_marks(clean)  # where a 每X or 人均 may stand
    marks.append(size)
    mark = 0  # marks[mark] is the first at or after the figure being read
    bare_start = -1  # where the last record starts, when it is a bare number (月薪2万)
    pos = 0  # records never overlap: nothing may start before the end of the last one
    seen = 0  # nor may a figure start inside one already read, money or not
    for start, end, money, bare_ok in _candidates(clean, matchers):
        if start < seen:
            continue
        if money and clean[start - 1 : start] == "，":  # 36，500.00元: start at 36
            start = grouped_start(clean, start, pos)
        if money:
            m = figure(clean, start)
            if m is None and not bare_ok:
                continue
        else:  # the scanner found a bare run
            m = None
        bare = m is None
        back = None
        before = start - 1
        while before > pos and clean[before] in _SPACES and start - before <= 2:
            before -= 1
        prev = clean[before] if before >= pos else ""
        if prev and (
            prev in PREV_CHARS
            if bare
            else prev in PREV_FIGURE
            or (
                (prev in PREV_CHARS or prev in PER_LAST_CHARS)
                and "每" in clean[max(pos, before - 8) : before]
            )
        ):
            if not reversed_text:
                reversed_text = clean[::-1]
            back = backward(reversed_text, size - start)
            if back is None or back.end() == back.start() or size - back.end() < pos:
                back = None
        lead = start if back is None else size - back.end()  # where the prefix begins
        moved = clean[lead - 1 : lead] in _MOVE_OR_SPACE and moved_before(clean, lead, pos)
        if m is None:  # a bare run: only a cue or a currency prefix makes it money
            seen = end  # the run's end
            if back is None or back.group("cue", "cur_sym", "cur_pre") == (None, None, None):
                continue
            m = forward(clean, size - back.end())
            if m is None:
                continue
            here = default if carry.code is None else carry.default(clean, start, default)
            found = records(m, v, text, default=here, moved=moved)
        else:
            seen = m.end()
            here = default if carry.code is None else carry.default(clean, start, default)
            if back is None:
                found = records(m, v, text, default=here, moved=moved)
            else:  # the figure as scanned, with the prefix found backwards
                g, body = _with_prefix(m, back, clean, size)
                found = records(m, v, text, g, body, here, moved)
        if found is not None and _name_before_amount(clean, m.start(), m.end()):
            found = None  # 张三人民币5000元: 人民币 is the next amount's
        if found is not None:
            at = m.start()
            while marks[mark] < at:
                mark += 1
            if mark and marks[mark - 1] >= pos:
                per = per_before(clean, marks[mark - 1], at)
                if per is not None:
                    found = [r if r.per else r.model_copy(update={"per": per}) for r in found]
            if back is None and clean[start - 1 : start] in LIST_SEPARATORS and len(found) == 1:
                shared = _shared_unit(m, found[0], v, text, start, pos, bare_start)
                if shared:
                    if shared[0].start < (out[-1].end if out else 0):
                        out.pop()  # 营收21.4/…: the cue read 21.4 alone; it is the list's
                    out.extend(shared)
            for record in found:
                if record.currency in CARRY_CODES:
                    carry.note(record.currency, record.text, m.end())
                if record.qualifier == "under" and out and not clean[pos:lead].strip():
                    bounded = _bounded(out[-1], record, text)
                    if bounded is not None:  # 5万元以上20万元以下: one range
                        out[-1] = bounded
                        continue
                out.append(record)
            bare_start = start if len(found) == 1 and found[0].implicit_currency else -1
            pos = m.end()
            seen = max(seen, pos)
    more = offers(clean)
    return _with_offers(out, more, v, text, default) if more else out


def _with_offers(
    out: list[Money], spans: list[tuple[int, int]], v: View, text: str, default: str
) -> list[Money]:
    """``out`` with the bare amounts of 满X减Y offers that no record already covers."""
    extra: list[Money] = []
    for a, b in spans:
        start, end = v.origin(a, b)
        try:
            value = canonical(read_numeral(v.text[a:b].translate(FOLD)).low)
        except NumeralError:
            continue
        extra.append(
            trusted_money(text[start:end], start, end, value, None, default, "exact", None, True)
        )
    return [r for r in merge((out, extra)) if isinstance(r, Money)]


def _bounded(low: Money, high: Money, text: str) -> Money | None:
    """One range for an amount bounded by two words right after each other (5万元以上20万元
    以下), or None when the two are not such bounds of one range."""
    if not (
        low.qualifier == "over"
        and low.text.endswith(OVER_BOUNDS)
        and high.text.endswith(UNDER_BOUNDS)
        and low.currency == high.currency
        and low.value is not None
        and high.value is not None
        and low.value < high.value
        and (low.per is None or high.per is None or low.per == high.per)
    ):
        return None
    return trusted_money(
        text[low.start : high.end],
        low.start,
        high.end,
        low.value,
        high.value,
        low.currency,
        "range",
        low.per or high.per,
        low.implicit_currency and high.implicit_currency,
    )


def _shared_unit(
    m: Match, last: Money, v: View, text: str, lead: int, pos: int, bare_start: int
) -> list[Money]:
    """The records of the numbers before ``last`` that share its unit (21.4/24.7/28.3亿元:
    21.4亿元 and 24.7亿元), with the records' ``per``; ``bare_start`` is where the previous
    record starts when it is a bare number that may be the list's first (else -1)."""
    if last.value is None or last.qualifier in ("range", "vague"):
        return []
    factors = list_factors(m)
    if factors is None:
        return []
    clean = v.text
    items = list_items(clean, lead, bare_start if bare_start >= 0 else pos)
    if items and items[0][0] < pos and items[0][0] != bare_start:
        return []
    out = []
    for a, b in items:
        value = list_value(clean[a:b], factors)
        if value is None:
            return []
        start, end = v.origin(a, b)
        out.append(
            trusted_money(
                text[start:end], start, end, value, None, last.currency, "exact", last.per, False
            )
        )
    return out


_DIGITS = frozenset("0123456789０１２３４５６７８９")
_LONE_DIGITS = frozenset("一二三四五六七八九两兩")
_YUAN_RENMINBI = "人民币"
_PREFIXES = frozenset(w.translate(FOLD) for w in PREFIX_NAMES)
_NUMERAL_START = re.compile(f"[{NUMERAL_CHARS}]")


def _name_before_amount(clean: str, start: int, end: int) -> bool:
    """Is the figure ``clean[start:end]`` a lone Chinese digit that ends a name (张三, 赵六)
    before a currency word: one that begins the next amount (张三人民币5000元), or 人民币
    after a name (张三人民币: a lone digit after a word that is no cue or qualifier)?"""
    if clean[start] not in _LONE_DIGITS:
        return False
    word = clean[start + 1 : end].translate(FOLD)
    if word not in _PREFIXES:
        return False
    if _NUMERAL_START.match(clean, end) is not None:
        return True
    before = clean[start - 1 : start]
    return word == _YUAN_RENMINBI and before.isalpha() and before not in PREV_CHARS
#: What may not stand before the first group of a number: a number, a point, a word.
_NOT_BEFORE_GROUP = _DIGITS | frozenset(".．,_") | frozenset(string.ascii_letters)


def grouped_start(clean: str, start: int, lo: int) -> int:
    """Where a number starts whose group of three digits at ``start`` follows full-width
    thousands commas (36，500.00元, 1，234，567元); ``start`` itself when it does not, or
    when that would reach back to ``lo`` or before."""
    group = clean[start : start + 4]
    if len(group) < 3 or any(c not in _DIGITS for c in group[:3]) or group[3:] in _DIGITS:
        return start
    at = start  # the start of the earliest full group so far
    while at - 1 > lo and clean[at - 1] == "，":
        head = at - 1
        while head > lo and at - 1 - head < 4 and clean[head - 1] in _DIGITS:
            head -= 1
        digits = at - 1 - head
        if digits == 3 and clean[head - 1] == "，":
            at = head
        elif 1 <= digits <= 3 and clean[head - 1 : head] not in _NOT_BEFORE_GROUP:
            return head
        else:
            break
    return start


def _candidates(clean: str, mm: _Matchers) -> Iterator[tuple[int, int, bool, bool]]:
    """Where a figure may start, in order: ``(start, end of its numeral run, a money word
    follows the run, a cue or currency word stands before it)``.

    Each run the scanner reads whole; a place inside it where another run may start (3零5,
    一,五) follows it, sharing its end and what follows. When no money word follows, such a
    place counts only with a cue before it, and the first that has none ends the run.
    """
    for c in mm.scan_all(clean):
        start, end = c.span()
        money = c.start(mm.money) >= 0
        if c.start(mm.dead) < 0:  # else only a place inside the run may start one
            yield start, end, money, c.start(mm.bare) >= 0
        if end - start > 1 and mm.holds_start(clean, start, end - 1):
            for i in mm.inside(clean, start + 1, end):
                bare = i.start(mm.inside_bare) >= 0
                if not (money or bare):
                    break
                yield i.start(), end, money, bare


class _Matchers(NamedTuple):
    """The bound methods of the compiled patterns that ``extract`` uses, in one place."""

    scan_all: Callable[..., Iterator[re.Match[str]]]  # the scanner's finditer
    money: int  # its group set when a money word follows the run
    bare: int  # its group set when a cue or currency word stands before it
    dead: int  # its group set when the run may not start where it stands
    holds_start: Callable[[str, int, int], re.Match[str] | None]
    inside: Callable[[str, int, int], Iterator[re.Match[str]]]  # places inside a run
    inside_bare: int
    figure: Callable[[str, int], Match | None]
    backward: Callable[[str, int], re.Match[str] | None]
    forward: Callable[[str, int], Match | None]


@cache
def _matchers() -> _Matchers:
    candidates = scan()
    places = inner()
    return _Matchers(
        candidates.finditer,
        candidates.groupindex["money"],
        candidates.groupindex["bare"],
        candidates.groupindex["dead"],
        inner_start().search,
        places.finditer,
        places.groupindex["bare"],
        pattern("extract", prefixed=False).match,
        prefix_reversed().match,
        _read_from_prefix,
    )


def _read_from_prefix(clean: str, start: int) -> Match | None:
    """The whole figure, prefix first, from ``start``: needed for a bare number after a cue
    or a currency prefix only, so its pattern (90 ms to compile) waits until then."""
    return pattern("extract").match(clean, start)


_PREFIX_PARTS = ("per_pre", "cue", "q_pre", "sign", "cur_sym", "cur_pre", "sign2")
_IN_BODY = frozenset(("q_pre", "sign", "cur_sym", "cur_pre", "sign2"))


@cache
def _prefix_slots() -> tuple[tuple[int, int, bool], ...]:
    """For each prefix part: its group in the reversed pattern, its slot in the scanned
    figure's groups, and whether it belongs to the record's span."""
    back = prefix_reversed().groupindex
    scan = pattern("extract", prefixed=False).groupindex
    return tuple((back[n], scan[n] - 1, n in _IN_BODY) for n in _PREFIX_PARTS)


@cache
def _body_group() -> int:
    return pattern("extract", prefixed=False).groupindex["body"]


def _with_prefix(
    m: Match, back: Match, clean: str, size: int
) -> tuple[list[str | None], tuple[int, int]]:
    """The scanned figure's groups with the prefix parts filled in, and its body span."""
    g: list[str | None] = [*m.groups(), None]
    body_start = m.start()
    spans = back.regs
    for rev, slot, in_body in _prefix_slots():
        a, b = spans[rev]
        if a >= 0:
            g[slot] = clean[size - b : size - a]
            if in_body and size - b < body_start:
                body_start = size - b
    return g, (body_start, m.end(_body_group()))


def parse(expr: str, default: str = "CNY") -> Money:
    """The one money expression that ``expr`` is.

    ``parse`` is told the phrase is money, so it also reads bare amounts (``3.14`` → CNY,
    implicit) and bare sub-units (``五分`` → 0.05). Inline markup and invisible characters
    are transparent, as in ``extract``; anything else outside the amount (a URL, a block
    tag, another word) is an error. Raises ``ParseError`` naming the problem and its
    position (an offset into ``expr``) for anything that is not exactly one expression.
    """
    if not isinstance(expr, str):
        raise ParseError(f"expected a str, not {type(expr).__name__}", repr(expr))
    v = view(expr, keep_blocks=True)
    clean = v.text
    first = len(clean) - len(clean.lstrip())
    last = len(clean.rstrip())
    if first >= last:
        raise ParseError("empty expression", expr)
    m = pattern("parse").fullmatch(clean, first, last)
    if m is None and clean[first] in _FROM:  # 从3万到5万元: a range
        m = pattern("parse").fullmatch(clean, first + 1, last)
        if m is not None and m.group("rsep") is None:
            m = None
    start, end = v.origin(first, last)
    if m is None:
        two = _two_bounds(clean, first, last)
        if two is None:
            raise explain(expr, v, first, last)
        low, high = (_parsed(expr, v, part, default) for part in two)
        bounded = _bounded(low, high, expr)
        if bounded is None:
            raise explain(expr, v, first, last)
        return bounded.model_copy(update={"text": expr[start:end], "start": start, "end": end})
    record = _parsed(expr, v, m, default)
    return record.model_copy(update={"text": expr[start:end], "start": start, "end": end})


def _two_bounds(clean: str, first: int, last: int) -> tuple[Match, Match] | None:
    """5万元以上20万元以下 read as two expressions, each whole, or None."""
    low = pattern("parse").match(clean, first, last)
    if low is None or low.end() >= last:
        return None
    rest = low.end()
    while rest < last and clean[rest] in _SPACES:
        rest += 1
    high = pattern("parse").fullmatch(clean, rest, last)
    return None if high is None else (low, high)


def _parsed(expr: str, v: View, m: Match, default: str) -> Money:
    """The record of a ``parse`` match, spanning the match."""
    try:
        found = resolve(m, "parse")
    except Reject as exc:
        raise ParseError(exc.message, expr, v.where(exc.position)) from None
    f = found[0]
    start, end = v.origin(m.start(), m.end())
    currency = currency_for(f.currency, default)
    return trusted_money(
        expr[start:end], start, end, f.value, f.high, currency, f.qualifier, f.per, f.implicit
    )
