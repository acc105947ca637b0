"""A long-running fuzzer for ``extract`` and ``parse`` that needs nothing beyond the test
extras: mutation of seed inputs (tests/corpus, the shared seed article, samples, gold texts)
or hypothesis's money-like text, in worker processes watched for hangs.

    .venv/bin/python -m fuzz.run --minutes 10               # mutation, one worker per core
    .venv/bin/python -m fuzz.run --engine hypothesis --minutes 5
    .venv/bin/python -m fuzz.run --replay findings.jsonl    # check the findings again

Every distinct finding (a crash, a broken invariant, an impure result, a slow input, a hang)
is kept once, with the shortest input that showed it, in ``--out`` (findings.jsonl); the
summary at the end counts executions and findings. Run from the repository root.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import queue
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from fuzz.common import Finding, check, inputs, seeds

_CAP = 8 * 1024 * 1024  # bytes of the current input kept where the watchdog can read it


def _slow_limit(text: str, slow: float) -> float:
    """Seconds an input may take before it is reported slow: ``slow`` per megabyte, and at
    least ``slow`` / 10 for a short one."""
    return slow / 10 + slow * len(text) / 1_000_000


def _worker(
    engine: str,
    seed: int,
    slow: float,
    results: mp.Queue,
    current: Any,
    length: Any,
    count: Any,
    purity: bool,
) -> None:
    """Check inputs until killed; report findings and keep the current input visible."""

    def one(text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")[:_CAP]
        current[: len(data)] = data
        length.value = len(data)
        start = time.perf_counter()
        findings = check(text, purity=purity)
        took = time.perf_counter() - start
        if took > _slow_limit(text, slow):
            sig = f"slow: {took:.1f} s for {len(text)} characters"
            findings.append(Finding("slow", "slow", text, sig))
        for f in findings:
            results.put(f._asdict())
        count.value += 1

    if engine == "mutate":
        for text in inputs(seed, seeds()):
            one(text)
        return
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    from strategies import moneyish_text

    @settings(
        max_examples=10**9,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(moneyish_text(), moneyish_text(200), st.text()))
    def explore(text: str) -> None:
        one(text)

    explore()


class _Run:
    """The parent: starts workers, restarts them after a hang, collects findings."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.results: mp.Queue = mp.Queue()
        self.found: dict[str, dict[str, Any]] = {}
        self.executions = 0
        self.workers: list[dict[str, Any]] = []
        self.out = Path(args.out)
        self.out.mkdir(parents=True, exist_ok=True)

    def start(self, slot: int, generation: int) -> dict[str, Any]:
        current = mp.Array("c", _CAP, lock=False)
        length = mp.Value("l", 0, lock=False)
        count = mp.Value("q", 0, lock=False)
        seed = self.args.seed * 1000 + slot * 100 + generation
        proc = mp.Process(
            target=_worker,
            args=(
                self.args.engine,
                seed,
                self.args.slow,
                self.results,
                current,
                length,
                count,
                not self.args.no_purity,
            ),
            daemon=True,
        )
        proc.start()
        return {"proc": proc, "current": current, "length": length, "count": count,
                "seen": 0, "since": time.monotonic(), "slot": slot, "gen": generation}  # fmt: skip

    def add(self, f: dict[str, Any]) -> None:
        kept = self.found.get(f["signature"])
        if kept is None:
            self.found[f["signature"]] = {**f, "count": 1}
            print(f"[{time.strftime('%H:%M:%S')}] NEW {f['kind']}: {f['signature']}", flush=True)
            print(f"    input ({len(f['text'])} chars): {f['text'][:120]!r}", flush=True)
        else:
            kept["count"] += 1
            if len(f["text"]) < len(kept["text"]):
                kept.update(text=f["text"], detail=f["detail"])

    def drain(self) -> None:
        while True:
            try:
                self.add(self.results.get_nowait())
            except queue.Empty:
                return

    def watch(self) -> None:
        """Restart a worker whose count has not moved for ``--hang`` seconds."""
        now = time.monotonic()
        for i, w in enumerate(self.workers):
            n = w["count"].value
            if n != w["seen"]:
                w["seen"], w["since"] = n, now
                continue
            if now - w["since"] < self.args.hang and w["proc"].is_alive():
                continue
            text = bytes(w["current"][: w["length"].value]).decode("utf-8", "surrogatepass")
            if w["proc"].is_alive():
                w["proc"].kill()
                detail = f"no answer in {self.args.hang:.0f} s ({len(text)} characters)"
                self.add(Finding("hang", "hang", text, detail)._asdict())
            else:
                detail = f"worker died with exit code {w['proc'].exitcode}"
                self.add(Finding("crash", f"crash: {detail}", text, detail)._asdict())
            w["proc"].join()
            self.executions += w["count"].value
            self.workers[i] = self.start(w["slot"], w["gen"] + 1)

    def save(self) -> Path:
        path = self.out / "findings.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for f in sorted(self.found.values(), key=lambda f: (f["kind"], f["signature"])):
                line = json.dumps(f, ensure_ascii=False)
                fh.write(line.encode("utf-8", "surrogatepass").decode("utf-8", "replace") + "\n")
        return path

    def run(self) -> int:
        started = time.monotonic()
        deadline = started + self.args.minutes * 60
        self.workers = [self.start(slot, 0) for slot in range(self.args.workers)]
        last_report = started
        try:
            while time.monotonic() < deadline:
                time.sleep(0.5)
                self.drain()
                self.watch()
                if time.monotonic() - last_report > 60:
                    last_report = time.monotonic()
                    done = self.executions + sum(w["count"].value for w in self.workers)
                    print(f"... {done} executions, {len(self.found)} distinct findings", flush=True)
                    self.save()
        finally:
            for w in self.workers:
                self.executions += w["count"].value
                w["proc"].kill()
                w["proc"].join()
            self.drain()
        took = time.monotonic() - started
        path = self.save()
        rate = self.executions / took
        print(f"\n{self.executions} executions in {took:.0f} s ({rate:.0f}/s)")
        print(f"{len(self.found)} distinct findings: {path}")
        for f in sorted(self.found.values(), key=lambda f: (f["kind"], f["signature"])):
            print(f"  {f['count']:>7} × {f['kind']}: {f['signature']}")
            print(f"          e.g. {f['text'][:100]!r} — {f['detail'][:150]}")
        return 1 if self.found else 0


def replay(path: Path) -> int:
    """Check every kept input again; print which still fail."""
    still = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        f = json.loads(line)
        if f["kind"] in ("slow", "hang"):
            print(f"  (not replayed: {f['kind']}, {len(f['text'])} characters)")
            continue
        now = check(f["text"])
        still += bool(now)
        print(f"  {'FAILS' if now else 'fixed'}: {f['signature']}: {f['text'][:80]!r}")
    return 1 if still else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz.run", description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=("mutate", "hypothesis"), default="mutate")
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--hang", type=float, default=30.0, help="seconds without progress")
    parser.add_argument("--slow", type=float, default=20.0, help="seconds per megabyte")
    parser.add_argument("--no-purity", action="store_true", help="skip the memo check")
    parser.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "finfig-fuzz"))
    parser.add_argument("--replay", type=Path, help="check the inputs of a findings file")
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args.replay)
    return _Run(args).run()


if __name__ == "__main__":
    sys.exit(main())
