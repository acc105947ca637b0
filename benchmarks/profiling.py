"""Where our time goes: a pyinstrument profile and a cProfile split of regex vs Python.

pyinstrument samples the Python stack: a regex scan driven by ``for m in pattern.finditer()``
shows as *self* time of the Python function that loops (the C iterator is not a frame).
cProfile sees explicit calls of C functions (``Pattern.match``/``search``/``sub``/``findall``)
but adds overhead to every Python call, so its Python share is inflated. Read them together.
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable, Sequence
from typing import Any

REGEX_MARKERS = ("_regex.Pattern", "re.Pattern", "_sre.", "'_regex.", "of '_regex", "Pattern'")


def pyinstrument_report(fn: Callable[[str], Any], texts: Sequence[str], tree_lines: int = 60,
                        flat_lines: int = 30) -> str:
    """Profile ``fn`` over ``texts``; the top of the flat (self-time) view and of the tree."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "(pyinstrument is not installed: pip install -e '.[bench]'; cProfile only)"

    profiler = Profiler(interval=0.0005)
    profiler.start()
    for text in texts:
        fn(text)
    profiler.stop()
    flat = profiler.output_text(unicode=True, color=False, flat=True, flat_time="self")
    tree = profiler.output_text(unicode=True, color=False)
    flat_body = [ln for ln in _body(flat) if "[self]" not in ln]  # [self] rows are pooled
    tree_body = _body(tree)
    return "\n".join(["-- flat, by self time --", *flat_body[: flat_lines + 5],
                      "-- call tree --", *tree_body[: tree_lines + 5]])


def cprofile_split(fn: Callable[[str], Any], texts: Sequence[str],
                   top: int = 15) -> tuple[str, dict[str, float]]:
    """cProfile ``fn`` over ``texts``: top functions by own time and the regex/other split."""
    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        fn(text)
    prof.disable()
    stats = pstats.Stats(prof)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    rows = []
    total = regex_s = 0.0
    for (filename, line, name), (_cc, ncalls, tottime, _ct, _callers) in raw.items():
        total += tottime
        label = f"{filename}:{line}({name})" if filename != "~" else name
        if any(m in label for m in REGEX_MARKERS):
            regex_s += tottime
        rows.append((tottime, ncalls, label))
    rows.sort(reverse=True)
    lines = [f"{'own s':>8} {'share':>6} {'calls':>9}  function"]
    for tottime, ncalls, label in rows[:top]:
        share = tottime / total if total else 0.0
        lines.append(f"{tottime:8.3f} {share:6.1%} {ncalls:9d}  {_short(label)}")
    split = {"total_s": total, "regex_calls_s": regex_s, "other_s": total - regex_s}
    return "\n".join(lines), split


def _body(report: str) -> list[str]:
    """pyinstrument's text output without its banner and blank lines."""
    lines = [ln for ln in report.splitlines() if ln.strip()]
    for i, ln in enumerate(lines):
        if "Profile at" in ln:
            return lines[i + 1:]
    return lines


def _short(label: str, width: int = 110) -> str:
    marker = "site-packages/"
    if marker in label:
        label = label.split(marker, 1)[1]
    for root in ("/extractor/", "/benchmarks/"):
        if root in label:
            label = label[label.index(root) + 1:]
    return label if len(label) <= width else "…" + label[-width + 1:]
