"""Why ``parse`` refused an expression: the problem, and where it is in the caller's string."""

from __future__ import annotations

import regex

from extractor.errors import ParseError
from extractor.figures.money.grammar import CODES, NUMERAL_CHARS, SYMBOLS, charset, pattern
from extractor.figures.money.resolve import is_unit_word
from extractor.lexicon.scripts import FOLD
from extractor.text.markup import View

_NUMERAL = regex.compile(f"[{NUMERAL_CHARS}{charset('半个')}]")
#: Digits with their separators; a run of separators is tried from its first one only, or
#: a megabyte of dots would be read again from each of them.
_NUMERALISH = regex.compile(r"(?<![.．,，])[.．,，]*+[0-9０-９][0-9０-９.．,，]*+")
#: Where a run of digits and separators stops being a number: 3..5, 1,,000, 1,00, 3.5.6.
_BAD_NUMBER = regex.compile(
    r"[.．,，][.．,，]|[.．,，]$|^[.．,，]|[,，](?![0-9０-９]{3}(?![0-9０-９]))"
    r"|(?<=[.．][0-9０-９]++)[.．,，]"
)
#: Words that stand before an amount and are written in Latin letters or as signs: when
#: one is all there is, the amount is missing after it ($, USD, 约, -); after a Chinese
#: currency word (元, 美元) it is missing before. The longest word is taken each time and
#: never given back (``++``): MOP$ is MOP and $ too, and trying both ways for each of a
#: run of them before a stray letter took time doubling with each one (fuzzer).
_BEFORE_ONLY = regex.compile(
    "(?:"
    + "|".join(regex.escape(w) for w in sorted({*SYMBOLS, *CODES}, key=len, reverse=True))
    + r"|[-−－﹣+＋≈~～约近超逾]|不到|不足|至少|最多)++",
    regex.IGNORECASE,
)
_CJK = regex.compile(r"\p{Han}")
#: How far from the start an amount is looked for when something stands before it.
_LOOK_AHEAD = 16


def explain(expr: str, v: View, first: int, last: int) -> ParseError:
    """The most helpful ParseError for an expression the grammar does not accept whole."""
    clean = v.text
    for run in _NUMERALISH.finditer(clean, first, last):
        bad = _BAD_NUMBER.search(run.group())
        if bad:
            return ParseError("malformed number", expr, v.where(run.start() + bad.start()))
    if _NUMERAL.search(clean, first, last) is None:
        if _BEFORE_ONLY.fullmatch(clean, first, last):  # $, USD, 约: the amount should follow
            return ParseError("no amount", expr, _end(v, last))
        word = clean[first:last].translate(FOLD)
        if is_unit_word(word):  # 元, 美元: it should come first
            return ParseError("no amount", expr, v.where(first))
        return ParseError("not a money expression", expr, v.where(first))
    m = pattern("parse").match(clean, first, last)
    if m is not None and m.end() < last:
        at = v.where(m.end())
        return ParseError(f"unexpected text {expr[at : at + 10]!r} after the amount", expr, at)
    for k in range(first + 1, min(last, first + _LOOK_AHEAD)):
        if pattern("parse").fullmatch(clean, k, last) is None:
            continue
        before = clean[first:k]
        if clean.startswith(before, k):
            return ParseError(f"{before!r} repeated before the amount", expr, v.where(k))
        if _CJK.search(before) is None:
            at = v.where(first)
            return ParseError(f"unexpected text {expr[at : at + 10]!r} before the amount", expr, at)
        break
    return ParseError("not a money expression", expr, v.where(first))


def _end(v: View, last: int) -> int:
    """The caller's offset just past the view's position ``last - 1``."""
    return v.origin(last - 1, last)[1]
