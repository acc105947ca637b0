"""Typed errors raised by the public API."""

from __future__ import annotations


class ParseError(ValueError):
    """``parse`` was given something that is not exactly one money expression.

    ``position`` is the code-point offset of the problem in the input (or ``None``
    when the problem is the input as a whole, such as an empty string).
    """

    def __init__(self, message: str, expr: str, position: int | None = None) -> None:
        where = f" at position {position}" if position is not None else ""
        super().__init__(f"{message}{where}: {expr!r}")
        self.reason = message
        self.expr = expr
        self.position = position
