"""Adversarial inputs: long runs of what money patterns are built from.

Each case is one unit repeated to the wanted length. Each (case, size) runs in its own
subprocess under a timeout, so a catastrophic-backtracking regression shows as TIMEOUT instead
of hanging the benchmark. Run one case by hand with
``python -m benchmarks.adversarial CASE CHARS``; it prints one JSON line.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

CASES: dict[str, str] = {
    "digits": "0123456789",
    "亿亿亿": "亿",
    "一二三": "一二三四五六七八九十",
    "壹佰壹佰": "壹佰",
    "1,1,1,": "1,",
    "1.1.1.": "1.",
    "1 1 1 ": "1 ",
    "$$$": "$",
    "****": "*",
    "<b>": "<b>",
    "3-3-3-": "3-",
    "约约约": "约",
    "多多多": "多",
    "1亿1亿": "1亿",
    "a1a1": "a1",  # every numeral run inside a word: none may start
    "约1万元": "约1万元，",
    # real-document forms (issue 15): their separators and cues must keep a pass linear
    "(含)-(含)-": "(含)-",
    "_壹_壹": "_壹",
    "V我V我": "V我",
    "满满满": "满",
    "/1/1/1": "/1",
    "上涨1元至": "上涨1元至",
    "5万元以上6万元以下": "5万元以上6万元以下",
}


def make(unit: str, chars: int) -> str:
    """``unit`` repeated, cut to exactly ``chars`` code points."""
    return (unit * math.ceil(chars / len(unit)))[:chars]


@dataclass
class Result:
    """One adversarial run: seconds for ours and the floor, or a failure."""

    case: str
    chars: int
    seconds: float | None = None
    floor_seconds: float | None = None
    found: int | None = None
    error: str | None = None

    @property
    def rate(self) -> float | None:
        return self.chars / self.seconds if self.seconds else None

    def as_dict(self) -> dict[str, Any]:
        return {"case": self.case, "chars": self.chars, "seconds": self.seconds,
                "floor_seconds": self.floor_seconds, "found": self.found, "error": self.error,
                "chars_per_s": self.rate}


def run_case(case: str, chars: int, timeout: float) -> Result:
    """Run one case in a subprocess; TIMEOUT or the child's error on failure."""
    cmd = [sys.executable, "-m", "benchmarks.adversarial", case, str(chars)]
    try:
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout,
                              check=False)
    except subprocess.TimeoutExpired:
        return Result(case, chars, error=f"TIMEOUT>{timeout:g}s")
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return Result(case, chars, error=f"EXIT {proc.returncode}: {last[:80]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return Result(case, chars, data["seconds"], data["floor_seconds"], data["found"],
                  data.get("error"))


def _child(case: str, chars: int) -> None:
    """Time ``extract`` (best of up to 3 runs within 1 s) and the floor; print a JSON line."""
    from benchmarks.systems import floor, ours

    extract, _ = ours()
    extract("约1万元")  # compile patterns outside the timing
    text = make(CASES[case], chars)
    t0 = time.perf_counter()
    floor(text)
    floor_s = time.perf_counter() - t0
    error = None
    found = None
    times: list[float] = []
    while not times or (sum(times) < 1.0 and len(times) < 3 and error is None):
        t0 = time.perf_counter()  # fast cases get up to 3 runs, and the best one counts
        try:
            found = len(extract(text))
        except Exception as exc:  # report, do not hide: extract must never raise on a str
            error = f"{type(exc).__name__}: {exc}"[:120]
        times.append(time.perf_counter() - t0)
    seconds = min(times)
    print(json.dumps({"seconds": seconds, "floor_seconds": floor_s, "found": found,
                      "error": error}))


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]))
