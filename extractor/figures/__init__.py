"""The figure kinds, one unit each (its lexicon table, its pattern, its resolver), and the
registry that ``extract`` and ``parse`` walk.

To add a kind: a module here with ``find`` and ``parse`` (see ``base``), its model in
``extractor.models``, and a line in ``FINDERS`` and ``PARSERS``.
"""

from __future__ import annotations

from extractor.figures import money
from extractor.figures.base import Finder, Options, Parser

#: kind → its finder, in the order ``extract`` runs them.
FINDERS: dict[str, Finder] = {"money": money.find}
#: kind → its parser.
PARSERS: dict[str, Parser] = {"money": money.parse}

__all__ = ["FINDERS", "PARSERS", "Finder", "Options", "Parser"]
