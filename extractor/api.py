"""Public entry points: ``extract`` (running text) and ``parse`` (one expression)."""

from __future__ import annotations

from extractor.errors import ParseError
from extractor.models import Money


def extract(text: str) -> list[Money]:
    """Every money mention in ``text``, sorted by start, never overlapping. Never raises on a str."""
    return []


def parse(expr: str) -> Money:
    """The one money expression that ``expr`` is; raises ``ParseError`` otherwise."""
    raise ParseError("not implemented", expr)
