"""Public entry points: ``extract`` (running text) and ``parse`` (one expression)."""

from __future__ import annotations

import regex

from extractor.errors import ParseError
from extractor.grammar import (
    EACH,
    PER_LAST_CHARS,
    PREV_CHARS,
    pattern,
    prefix_reversed,
    scanner,
)
from extractor.lexicon import numerals as numlex
from extractor.lexicon import scripts
from extractor.markup import View, view
from extractor.models import Money, trusted_money
from extractor.resolve import Reject, records, resolve

_SPACES = " \t\u00a0\u3000"

#: Cheap pre-filter: no digit and no numeral character means no money.
_TRIGGER = regex.compile(
    "[0-9０-９"
    + "".join(
        dict.fromkeys(
            c
            for word in (*numlex.DIGITS, *numlex.SMALL_UNITS, *numlex.BIG_UNITS, "几数")
            for ch in word
            for c in ch + scripts.TRADITIONAL.get(ch, "")
        )
    )
    + "]"
)


def extract(text: str) -> list[Money]:
    """Every money mention in ``text``, sorted by start, never overlapping.

    Never raises on a ``str``; raises ``TypeError`` for anything else.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    if _TRIGGER.search(text) is None:
        return []
    v = view(text)
    clean = v.text
    forward = pattern("extract").match
    plain = pattern("extract", prefixed=False).match
    backward = prefix_reversed().match
    prev_chars = PREV_CHARS
    reversed_text = ""
    out: list[Money] = []
    pos = 0  # records never overlap: nothing may start before the end of the last one
    for run in scanner().finditer(clean):
        num = run.start()
        if num < pos:
            continue
        before = num - 1
        while before >= pos and clean[before] in _SPACES and num - before <= 2:
            before -= 1
        prev = clean[before] if before >= pos else ""
        has_prefix = prev != "" and (
            prev in prev_chars
            or (prev in PER_LAST_CHARS and EACH in clean[max(pos, before - 3) : before])
        )
        unit_follows = run.group("next") is not None
        if not (unit_follows or has_prefix):
            continue
        start = num
        if has_prefix:
            if not reversed_text:
                reversed_text = clean[::-1]
            back = backward(reversed_text, len(clean) - num)
            if back is None or back.end() == back.start():
                if not unit_follows:
                    continue
            else:
                if not unit_follows and back.groups() == (None, None):
                    continue  # a qualifier or sign alone does not make a bare number money
                if num - (back.end() - back.start()) >= pos:
                    start = num - (back.end() - back.start())
        m = forward(clean, start) if start != num else plain(clean, num)
        if m is None and start != num:
            m = plain(clean, num)
        if m is None:
            continue
        found = records(m, v, text)
        if found is None:
            continue
        out.extend(found)
        pos = m.end()
    return out


def parse(expr: str) -> Money:
    """The one money expression that ``expr`` is.

    ``parse`` is told the phrase is money, so it also reads bare amounts (``3.14`` → CNY,
    implicit) and bare sub-units (``五分`` → 0.05). Raises ``ParseError`` naming the problem
    and its position for anything that is not exactly one money expression.
    """
    if not isinstance(expr, str):
        raise ParseError(f"expected a str, not {type(expr).__name__}", repr(expr))
    v = view(expr)
    clean = v.text
    first = len(clean) - len(clean.lstrip())
    last = len(clean.rstrip())
    if first >= last:
        raise ParseError("empty expression", expr)
    m = pattern("parse").fullmatch(clean, first, last)
    if m is None:
        _diagnose(expr, v, first, last)
    try:
        found = resolve(m, "parse")
    except Reject as exc:
        raise ParseError(exc.message, expr, _where(v, exc.position)) from None
    if len(found) != 1:
        raise ParseError(
            "two amounts, not one expression", expr, _where(v, m.start() + found[1].start)
        )
    f = found[0]
    start, end = v.origin(first, last)
    return trusted_money(
        expr[start:end], start, end, f.value, f.high, f.currency, f.qualifier, f.per, f.implicit
    )


def _where(v: View, position: int) -> int:
    return v.origin(position, position + 1)[0]


_NUMERALISH = regex.compile(r"[0-9０-９.．,]+")


def _diagnose(expr: str, v: View, first: int, last: int) -> None:
    """Raise the most helpful ParseError for an expression the grammar does not accept."""
    clean = v.text
    for run in _NUMERALISH.finditer(clean, first, last):
        text = run.group()
        bad = regex.search(r"[.．][.．]|[.．,]$|^[.．,]", text)
        if bad:
            raise ParseError("malformed number", expr, _where(v, run.start() + bad.start()))
    m = pattern("parse").match(clean, first, last)
    if m is not None and m.end() < last:
        rest = clean[m.end() : last]
        raise ParseError(
            f"unexpected text {rest[:10]!r} after the amount", expr, _where(v, m.end())
        )
    if extract_count(clean[first:last]) > 1:
        raise ParseError("more than one amount", expr, first)
    raise ParseError("not a money expression", expr, _where(v, first))


def extract_count(text: str) -> int:
    """How many mentions ``extract`` finds (used to explain parse errors)."""
    return len(extract(text))
