"""What every figure kind shares: the options a finder is run with, and its signature."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from extractor.models import Record
from extractor.text.markup import View


class Options(NamedTuple):
    """Checked options of one ``extract`` or ``parse`` call (see ``extractor.api``)."""

    #: The currency of an amount whose unit word names no country (元, 块, implicit).
    default_currency: str = "CNY"


#: ``find(view, text, options)``: every figure of one kind in ``text``, whose
#: markup-transparent view is ``view``, sorted by start, never overlapping; never raises.
Finder = Callable[[View, str, Options], Sequence[Record]]
#: ``parse(expr, options)``: the one figure of this kind that ``expr`` is, else ``ParseError``.
Parser = Callable[[str, Options], Record]


def merge(lists: Iterable[Sequence[Record]]) -> list[Record]:
    """Records of several lists in one, sorted by start; where two overlap, the one that
    starts first (then the longer, then the one of the earlier list) is kept."""
    everything = sorted(
        ((r, k) for k, records in enumerate(lists) for r in records),
        key=lambda pair: (pair[0].start, -pair[0].end, pair[1]),
    )
    out: list[Record] = []
    end = 0
    for r, _ in everything:
        if r.start >= end:
            out.append(r)
            end = r.end
    return out
