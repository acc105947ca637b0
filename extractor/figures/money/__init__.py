"""Money: amounts with a currency (``230亿美元``, ``月薪2万``, ``壹佰贰拾元整``).

``grammar`` compiles the patterns from the lexicon, ``resolve`` turns a match into records,
``find`` runs them over a text (and ``parse`` over one expression), ``diagnose`` says why
``parse`` refused an expression.
"""

from __future__ import annotations

from extractor.figures.base import Options
from extractor.figures.money import find as _find
from extractor.models import Money
from extractor.text.markup import View


def find(v: View, text: str, options: Options) -> list[Money]:
    """Every money mention in ``text`` (see ``find.find``)."""
    return _find.find(v, text, options.default_currency)


def parse(expr: str, options: Options) -> Money:
    """The one money expression that ``expr`` is (see ``find.parse``)."""
    return _find.parse(expr, options.default_currency)
