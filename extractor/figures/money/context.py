"""What the words around a figure say of it, beyond its own match: the currency a sentence
carries over (新台幣1,500億元，其中…600億元), and the ``per`` of a 每X earlier in its clause
(每股发行价格为人民币8.88元).

``find`` calls these once per record, on the markup-transparent view, with the end of the
previous record as a bound: each stretch of text is looked at once, so a pass stays linear.
"""

from __future__ import annotations

import re
import string
from functools import cache

import regex

from extractor.figures.money.grammar import SP, alt, chars, number_pattern
from extractor.lexicon import changes, cues, currencies, periods, scripts
from extractor.lexicon import numerals as numlex

#: Where a sentence ends (or a table cell, or a conversion begins: 84亿港元 ≈ 76亿元 states
#: the amount in another currency): the currency of one does not carry past it.
_SENTENCE_END = re.compile("[。！？!?\n\r|｜≈（(]|" + alt(currencies.CONVERSION_WORDS))
#: Where a clause ends: a 每X does not reach past it.
_CLAUSE_END = re.compile("[，,；;：:。！？!?\n\r]")
_CARRIERS = tuple(w.translate(scripts.FOLD) for w in currencies.CARRY_OVER)


class Carry:
    """The currency an explicit 新台币, 港币 or 澳门币 word gives to the bare-元 and implicit
    amounts after it in its sentence (``currencies.CARRY_OVER``)."""

    __slots__ = ("at", "code")

    def __init__(self) -> None:
        self.code: str | None = None
        self.at = 0  # the view offset up to which the sentence is known to go on

    def default(self, clean: str, start: int, default: str) -> str:
        """The default currency of a figure that starts at ``start``."""
        if self.code is None:
            return default
        if _SENTENCE_END.search(clean, self.at, start) is not None:
            self.code = None
            return default
        self.at = start
        return self.code

    def note(self, currency: str, written: str, end: int) -> None:
        """A record in ``currency``, written ``written``, ends at ``end`` in the view."""
        if currency in currencies.CARRY_CODES:
            folded = written.translate(scripts.FOLD)
            if any(word in folded for word in _CARRIERS):
                self.code = currency
                self.at = end


@cache
def _per_pattern() -> re.Pattern[str]:
    """每X (每股, 每10股, 每一天, 每个月) or a per prefix word (人均), matched forwards."""
    number = "[0-9０-９]+"
    return re.compile(
        rf"{chars('每')}(?:(?P<count>{number})|{chars('一')}|{chars('个')})?"
        rf"(?P<word>{alt(periods.PER_WORDS)})"
        rf"|(?P<prefix>{alt(periods.PER_PREFIX_WORDS)})"
    )


#: 每 begins a per word; the per prefix words (人均) are found by their last characters.
_EACH = "每"
_PREFIX_LENGTHS = sorted({len(w) for w in periods.PER_PREFIX_WORDS})
_PREFIX_ENDS = "".join(sorted({w[-1] for w in periods.PER_PREFIX_WORDS}))


def per_marks(clean: str) -> list[int]:
    """Where a per word may start in ``clean``, in order: every 每, and every per prefix word
    (人均), found by its last character. ``str.find`` runs these passes at memory speed,
    several times as fast as one regular expression over the text."""
    out: list[int] = []
    find = clean.find
    at = find(_EACH)
    while at >= 0:
        out.append(at)
        at = find(_EACH, at + 1)
    for last in _PREFIX_ENDS:
        at = find(last)
        while at >= 0:
            end = at + 1
            for n in _PREFIX_LENGTHS:
                if end - n >= 0 and clean[end - n : end] in periods.PER_PREFIX_WORDS:
                    out.append(end - n)
                    break
            at = find(last, end)
    return sorted(out) if _PREFIX_ENDS else out


def per_before(clean: str, at: int, start: int) -> str | None:
    """The ``per`` of the per word that starts at ``at`` (``per_marks``), for a figure that
    starts at ``start`` in the same clause; None when it is no per word or a clause ends
    between them.

    ``每10股`` gives ``10股``; a period word its English name (每月 → month).
    """
    m = _per_pattern().match(clean, at, start)
    if m is None or _CLAUSE_END.search(clean, m.end(), start) is not None:
        return None
    if m.group("prefix"):
        return periods.PER_PREFIX_WORDS[m.group("prefix").translate(scripts.FOLD)]
    word = m.group("word").translate(scripts.FOLD)
    per = periods.PER_WORDS.get(word, word)
    count = m.group("count")
    return f"{count.translate(scripts.FOLD)}{per}" if count else per


_MOVES = frozenset(w for w in (*changes.INCREASE, *changes.DECREASE))
_MOVE_LENGTHS = sorted({len(w) for w in _MOVES}, reverse=True)
#: Last characters of the change words: only a figure after one looks for them.
MOVE_ENDS = frozenset(w[-1] for w in _MOVES) | frozenset(
    scripts.TRADITIONAL.get(w[-1], "") for w in _MOVES
) - {""}


def moved_before(clean: str, at: int, lo: int) -> bool:
    """Does a change word (上涨, 增加, 下调) end at ``at`` (spaces aside), after ``lo``?"""
    while at > lo and clean[at - 1] in " \t\u3000":
        at -= 1
    return any(
        at - n >= lo and clean[at - n : at].translate(scripts.FOLD) in _MOVES
        for n in _MOVE_LENGTHS
    )


#: What joins the numbers of a list that share one unit: 21.4/24.7/28.3亿元, 0.86、1.02、1.19元,
#: 分别为6亿和9.5亿元.
LIST_SEPARATORS = frozenset("/／、和及与")
_ITEM_CHARS = frozenset(
    "0123456789０１２３４５６７８９.．,"
    + "".join(
        c
        for word in (*numlex.DIGITS, *numlex.SMALL_UNITS, *numlex.BIG_UNITS)
        for ch in word
        for c in ch + scripts.TRADITIONAL.get(ch, "")
    )
)
_NOT_BEFORE_ITEM = _ITEM_CHARS | frozenset(string.ascii_letters + "_")
_MAX_ITEMS = 50  # a longer "list" is no list: nothing is read from it
_MAX_ITEM = 40


def list_items(clean: str, start: int, lo: int) -> list[tuple[int, int]]:
    """The spans of the numbers before the figure at ``start`` that share its unit, in order
    (21.4/24.7/ before 28.3亿元), none before ``lo``; empty when there is no such list."""
    items: list[tuple[int, int]] = []
    at = start
    while at - 1 > lo and clean[at - 1] in LIST_SEPARATORS:
        end = at - 1
        head = end
        while head > lo and end - head < _MAX_ITEM and clean[head - 1] in _ITEM_CHARS:
            head -= 1
        if head == end or clean[head] in ".．," or clean[head - 1 : head] in _NOT_BEFORE_ITEM:
            break
        if len(items) == _MAX_ITEMS:
            return []
        items.append((head, end))
        at = head
    if len(items) == 1 and _begins_a_line(clean, items[0][0], lo):
        items.pop()  # ## 1、15万元的背后: "1、" numbers a heading, it is no amount
    items.reverse()
    return items


_LINE_MARKS = frozenset(" \t\u3000#*->")


def _begins_a_line(clean: str, at: int, lo: int) -> bool:
    """Does only whitespace or Markdown heading and list marks stand between the start of
    the line and ``at``?"""
    while at > lo and clean[at - 1] in _LINE_MARKS:
        at -= 1
    return at == 0 or clean[at - 1] in "\n\r"


_OFFER_FORMS = cues.OFFER_START + scripts.TRADITIONAL.get(cues.OFFER_START, "")


@cache
def _offer_pattern() -> regex.Pattern[str]:
    """满199减30 (每满300减40, 满1000送200): a spending threshold and what it takes off or
    gives, both bare amounts."""

    def amount(name: str) -> str:
        return rf"(?P<{name}>{number_pattern()})(?:{SP}?{chars('元')})?"

    return regex.compile(  # rare words: the regex engine's look-behinds are worth it here
        rf"{chars(cues.OFFER_START)}{SP}?{amount('spend')}{SP}?{alt(cues.OFFER_WORDS)}"
        rf"{SP}?{amount('off')}"
    )


def offers(clean: str) -> list[tuple[int, int]]:
    """The spans of the two amounts of every 满X减Y offer in ``clean``, in order."""
    if not any(form in clean for form in _OFFER_FORMS):
        return []
    return [
        span for m in _offer_pattern().finditer(clean) for span in (m.span("spend"), m.span("off"))
    ]
