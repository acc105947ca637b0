"""A one-line progress bar for standard error, with no dependency."""

from __future__ import annotations

from typing import TextIO

_WIDTH = 28


class Progress:
    """``[#####.....]  45%  450/1000  2 failed`` redrawn in place; silent when disabled.

    It redraws only when the shown tenth of a percent changes, so a large batch costs
    at most about a thousand writes. ``note`` prints a line above the bar.
    """

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self._stream = stream
        self._enabled = enabled and total > 0
        self._shown: int | None = None

    def advance(self, failed: bool = False) -> None:
        """Count one finished input."""
        self.done += 1
        self.failed += failed
        if self._enabled:
            step = self.done * 1000 // self.total
            if step != self._shown or failed:
                self._draw(step)

    def note(self, line: str) -> None:
        """Write ``line`` on its own line, keeping the bar below it."""
        if self._enabled and self._shown is not None:
            self._stream.write("\r\x1b[K")
        self._stream.write(line + "\n")
        if self._enabled and self._shown is not None:
            self._draw(self._shown)
        self._stream.flush()

    def close(self) -> None:
        """Erase the bar."""
        if self._enabled and self._shown is not None:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
        self._shown = None

    def _draw(self, step: int) -> None:
        """Draw the bar at ``step`` thousandths."""
        self._shown = step
        filled = step * _WIDTH // 1000
        bar = "#" * filled + "." * (_WIDTH - filled)
        failed = f"  {self.failed} failed" if self.failed else ""
        self._stream.write(
            f"\rfinfig [{bar}] {step // 10:3d}%  {self.done}/{self.total}{failed}\x1b[K"
        )
        self._stream.flush()
