"""Public entry points: ``extract`` (running text) and ``parse`` (one expression).

Both walk the figure kinds of ``extractor.figures`` (money, percent, …): ``extract`` runs the
kinds it is asked for over one markup-transparent view of the text and merges their records.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from extractor.figures import FINDERS, PARSERS, Options
from extractor.figures.base import merge
from extractor.lexicon import currencies, scripts
from extractor.lexicon import numerals as numlex
from extractor.models import KINDS, Record
from extractor.text.markup import view

#: Cheap pre-filter: no digit and no numeral character means no figure of any kind.
_TRIGGER = re.compile(
    "[0-9０-９"
    + "".join(
        dict.fromkeys(
            c
            for word in (
                *numlex.DIGITS,
                *numlex.CONTRACTIONS,
                *numlex.SMALL_UNITS,
                *numlex.BIG_UNITS,
                "几数",
            )
            for ch in word
            for c in ch + scripts.TRADITIONAL.get(ch, "")
        )
    )
    + "]"
)
_ALL = frozenset(KINDS)
_CODES = frozenset(c.code for c in currencies.CURRENCIES)


def kinds_of(kinds: Iterable[str] | None) -> frozenset[str]:
    """The kinds asked for (all when None); ``ValueError`` naming any unknown one."""
    if kinds is None:
        return _ALL
    if isinstance(kinds, str):
        kinds = [kinds]
    asked = frozenset(kinds)
    unknown = sorted(asked - _ALL)
    if unknown:
        raise ValueError(f"unknown kind {', '.join(map(repr, unknown))}: use {', '.join(KINDS)}")
    return asked


def options(default_currency: str = "CNY") -> Options:
    """Checked options; ``ValueError`` for a currency finfig does not know."""
    if not isinstance(default_currency, str) or default_currency.upper() not in _CODES:
        raise ValueError(
            f"unknown default_currency {default_currency!r}: an ISO 4217 code finfig knows "
            "(CNY, HKD, TWD, USD, ...)"
        )
    return Options(default_currency.upper())


def extract(
    text: str, *, kinds: Collection[str] | None = None, default_currency: str = "CNY"
) -> list[Record]:
    """Every figure in ``text`` of the ``kinds`` asked for (all when None), sorted by start,
    never overlapping.

    ``default_currency`` is the currency of an amount whose unit word names no country (元,
    块, 蚊, an implicit 月薪2万): ``HKD`` for Hong Kong text, ``TWD`` for Taiwan text.
    Never raises on a ``str``; raises ``TypeError`` for anything else and ``ValueError``
    for an unknown kind or currency.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    asked = kinds_of(kinds)
    opts = options(default_currency)
    if _TRIGGER.search(text) is None:
        return []
    v = view(text)
    found = [FINDERS[kind](v, text, opts) for kind in FINDERS if kind in asked]
    if len(found) == 1:
        return list(found[0])
    return merge(found)


def parse(expr: str, *, default_currency: str = "CNY") -> Record:
    """The one figure that ``expr`` is, of any kind.

    ``parse`` is told the phrase is a figure, so it also reads bare amounts (``3.14`` → CNY,
    implicit) and bare sub-units (``五分`` → 0.05). Inline markup and invisible characters
    are transparent, as in ``extract``; anything else outside the figure (a URL, a block
    tag, another word) is an error. Raises ``ParseError`` naming the problem and its
    position (an offset into ``expr``) for anything that is not exactly one figure.
    """
    opts = options(default_currency)
    return PARSERS["money"](expr, opts)
