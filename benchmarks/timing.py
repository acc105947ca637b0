"""Wall-clock timing: median of several runs, throughput in characters per second."""

from __future__ import annotations

import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass
class Timing:
    """Seconds per run of one system over one text set."""

    chars: int
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def rate(self) -> float:
        """Characters per second at the median run."""
        return self.chars / self.median if self.median > 0 else float("inf")

    @property
    def spread(self) -> float:
        """(max - min) / median: how noisy the runs were."""
        return (max(self.seconds) - min(self.seconds)) / self.median if self.median > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"chars": self.chars, "seconds": self.seconds, "median_s": self.median,
                "chars_per_s": self.rate, "spread": self.spread}


def run_once(fn: Callable[[str], Any], texts: Sequence[str]) -> float:
    """Seconds to call ``fn`` once on each text, in order (garbage collected first)."""
    gc.collect()
    t0 = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - t0


def interleaved(systems: dict[str, Callable[[str], Any]], texts: Sequence[str],
                runs: int) -> dict[str, Timing]:
    """Time every system ``runs`` times, round-robin, so background load hits all alike."""
    chars = sum(len(t) for t in texts)
    out = {name: Timing(chars, []) for name in systems}
    for _ in range(runs):
        for name, fn in systems.items():
            out[name].seconds.append(run_once(fn, texts))
    return out


def peak_memory(fn: Callable[[str], Any], text: str) -> tuple[int, float]:
    """(peak bytes traced by tracemalloc during ``fn(text)``, seconds under tracing)."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        t0 = time.perf_counter()
        result = fn(text)
        seconds = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] - base
        del result
    finally:
        tracemalloc.stop()
    return peak, seconds


def mchars(n: float) -> str:
    """A character count or rate in millions, for tables."""
    return f"{n / 1e6:.2f}M"
