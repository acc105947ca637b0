"""``python -m benchmarks``: accuracy and speed of finfig side by side with JioNLP.

Two generated corpora: ``news`` (as dense in money as the seed article, a real news piece; the
speed target is judged on it) and ``dense`` (4x as much money per character). Sections, in
order: accuracy (shared gold suites + a synthetic sample of each corpus), speed (floor, ours
and JioNLP on the same slice; floor and ours on the full corpus; both corpora), scaling (ours
on 1-8 M chars of the dense corpus as one string), memory (tracemalloc peak of ours),
adversarial inputs (subprocess + timeout), and with ``--profile`` a profile of ours. 1 "MB"
here is 10^6 characters (code points).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks import accuracy, adversarial, corpus, profiling, timing
from benchmarks.systems import JioNLP, floor, ours

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
TARGET_RATIO = 5.0  # issue #5: ours at least 5x JioNLP's chars/s
SECTIONS = ("accuracy", "speed", "scaling", "memory", "adversarial", "profile")
M = 1_000_000


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain fixed-width table; the first column left-aligned, the rest right-aligned."""
    cells = [[str(h) for h in header]] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for k, row in enumerate(cells):
        parts = [_pad(c, widths[i], left=i == 0) for i, c in enumerate(row)]
        lines.append("  ".join(parts).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(c: object) -> str:
    if c is None:
        return "—"
    if isinstance(c, float):
        return f"{c:.4f}" if c < 10 else f"{c:,.1f}"
    return str(c)


def _width(s: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in s)


def _pad(s: str, w: int, left: bool) -> str:
    fill = " " * (w - _width(s))
    return s + fill if left else fill + s


def _rate(x: float | None) -> str:
    return "—" if x is None else f"{x / M:.3f} M/s"


def _ratio(a: float | None, b: float | None) -> str:
    if not a or not b:
        return "—"
    return f"{a / b:.2f}×"


def _count(result: object) -> int:
    return result if isinstance(result, int) else len(result)  # type: ignore[arg-type]


def _say(text: str = "") -> None:
    print(text, flush=True)


def _machine() -> dict[str, Any]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, text=True,
                                capture_output=True, check=False).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "extractor"], cwd=REPO,
                               text=True, capture_output=True, check=False).stdout.strip()
        if dirty:
            commit += " + uncommitted changes in extractor/"
    except OSError:
        commit = "?"
    import regex

    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": platform.python_version(), "platform": platform.platform(),
        "cpu": cpu, "cores": os.cpu_count(), "loadavg": os.getloadavg(), "commit": commit,
        "regex": regex.__version__,
    }


# --------------------------------------------------------------------------- sections


def run_accuracy(args: argparse.Namespace, corpora: dict[str, list[corpus.Doc]],
                 jio: JioNLP | None, extract: Callable[[str], Any],
                 parse: Callable[[str], Any]) -> dict[str, Any]:
    """Score ours and JioNLP on every gold suite and on a synthetic sample of each corpus."""
    try:
        scorer = accuracy.load_scorer()
    except (FileNotFoundError, ImportError) as exc:
        _say(f"accuracy skipped: {exc}")
        return {"skipped": str(exc)}
    suites: list[tuple[str, Path | None, list[dict[str, Any]] | None]] = [
        (p.relative_to(accuracy.gold_dir()).as_posix(), p, None) for p in accuracy.gold_suites()
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for mix, docs in corpora.items():
        sample = corpus.take(docs, int(args.synthetic * M))
        synthetic = [d.gold() for d in sample]
        synth_path = OUT / f"synthetic-{mix}.jsonl"
        with synth_path.open("w", encoding="utf-8") as f:
            for line in synthetic:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        written.append(synth_path.relative_to(REPO).as_posix())
        chars = sum(len(d.text) for d in sample)
        suites.append((f"synthetic {mix} ({chars:,} chars)", None, synthetic))

    systems: dict[str, tuple[Callable[[str], Any], Callable[[str], Any]]] = {
        "ours": (extract, parse)}
    if jio is not None:
        systems["JioNLP"] = (jio.extract, jio.parse)
    results: dict[str, dict[str, Any]] = {}
    rows = []
    for name, path, cases in suites:
        per: dict[str, dict[str, Any]] = {}
        for sys_name, (ex, pa) in systems.items():
            if path is not None:
                r = accuracy.score_suite(scorer, path, ex, pa)
            else:
                r = scorer.score(cases, ex)
            errors = r.pop("errors")
            r["n_errors"] = len(errors)
            r["first_errors"] = [list(map(str, e)) for e in errors[: args.errors]]
            per[sys_name] = r
        results[name] = per
        kind = "parse" if path is not None and accuracy.is_parse_suite(path) else "extract"
        size = per["ours"].get("gold", per["ours"].get("cases"))
        metric = "accuracy" if kind == "parse" else "norm_f1"
        o_main, o_aux = accuracy.headline(per["ours"])
        j_main, j_aux = accuracy.headline(per["JioNLP"]) if "JioNLP" in per else (None, None)
        o_det = per["ours"].get("detect_f1")
        j_det = per["JioNLP"].get("detect_f1") if "JioNLP" in per else None
        rows.append([name, kind, size, metric, o_main, j_main, o_det, j_det, o_aux, j_aux])
    _say(_table(["suite", "kind", "gold", "metric", "ours", "JioNLP", "ours det_f1",
                 "Jio det_f1", "ours aux", "Jio aux"], rows))
    _say(f"(synthetic gold written to {', '.join(written)})")
    if args.errors:
        for name, per in results.items():
            errs = per["ours"]["first_errors"]
            if errs:
                _say(f"\nours, first errors on {name}:")
                for e in errs:
                    _say("    " + " | ".join(e))
    return results


def run_speed(args: argparse.Namespace, corpora: dict[str, list[corpus.Doc]],
              jio: JioNLP | None, extract: Callable[[str], Any]) -> dict[str, Any]:
    """Each corpus in turn (``news`` first: the target is judged there), then the seed
    article itself, the real text the news corpus is calibrated to."""
    runs: list[tuple[str, str, list[corpus.Doc]]] = [
        (mix, corpus.MIXES[mix].about, docs) for mix, docs in corpora.items()
    ]
    seed = accuracy.seed_gold()
    if seed is not None:  # copies of it, one call each, up to the slice
        text = seed["text"]
        copies = -(-int(args.slice * M) // len(text))
        docs = [corpus.Doc(f"seed-{i}", text, seed["mentions"]) for i in range(copies)]
        runs.append(("seed article", f"the real text: {copies} copies of its {len(text):,} "
                     "chars", docs))
    out = {}
    for name, about, docs in runs:
        n = sum(len(d.text) for d in docs)
        m = sum(len(d.mentions) for d in docs)
        _say(f"\n-- {name} ({about}): 1 mention per {n / max(m, 1):.0f} chars --")
        out[name] = _speed_on(args, docs, jio, extract, target=name == corpus.NEWS.name)
    return out


def _speed_on(args: argparse.Namespace, docs: list[corpus.Doc], jio: JioNLP | None,
              extract: Callable[[str], Any], target: bool) -> dict[str, Any]:
    """Floor, ours and JioNLP on the same slice (per document); floor and ours on everything."""
    full = corpus.take(docs, int(args.size * M))
    part = corpus.take(docs, int(args.slice * M))
    part_texts = [d.text for d in part]
    full_texts = [d.text for d in full]
    for text in part_texts[:3]:  # warm up: compile patterns, import lazily built tables
        extract(text)
        if jio is not None:
            jio.raw(text)
    systems: dict[str, Callable[[str], Any]] = {"floor (regex scan)": floor, "ours": extract}
    if jio is not None:
        systems["JioNLP"] = jio.raw
    _say(f"slice: first {len(part):,} documents, {sum(map(len, part_texts)):,} chars; "
         f"{args.runs} interleaved runs each, median")
    on_slice = timing.interleaved(systems, part_texts, args.runs)
    on_full: dict[str, timing.Timing] = {}
    if len(full) > len(part):
        _say(f"full corpus: {len(full):,} documents, {sum(map(len, full_texts)):,} chars")
        on_full = timing.interleaved({"floor (regex scan)": floor, "ours": extract}, full_texts,
                                     args.runs)
    found = {name: sum(_count(fn(t)) for t in part_texts) for name, fn in systems.items()}
    rows = []
    for label, group in (("slice", on_slice), ("full", on_full)):
        for name, t in group.items():
            rows.append([name, label, f"{t.chars:,}", f"{t.median:.3f}", _rate(t.rate),
                         f"{t.spread:.0%}", f"{found[name]:,}" if label == "slice" else ""])
    _say(_table(["system", "text", "chars", "median s", "chars/s", "spread", "found"], rows))
    _say("(found: mentions returned on the slice; for the floor, trigger runs scanned)")
    ours_rate = on_slice["ours"].rate
    floor_rate = on_slice["floor (regex scan)"].rate
    out: dict[str, Any] = {
        "slice": {k: v.as_dict() for k, v in on_slice.items()},
        "full": {k: v.as_dict() for k, v in on_full.items()},
        "found_on_slice": found,
        "ours_over_floor_slice": ours_rate / floor_rate,
    }
    _say(f"\nours / floor (slice): {_ratio(ours_rate, floor_rate)}  "
         f"(the floor is {floor_rate / ours_rate:.1f}× faster than ours)")
    if on_full:
        o, f = on_full["ours"].rate, on_full["floor (regex scan)"].rate
        out["ours_over_floor_full"] = o / f
        _say(f"ours / floor (full):  {_ratio(o, f)}")
    if jio is not None:
        ratio = ours_rate / on_slice["JioNLP"].rate
        out["ours_over_jionlp"] = ratio
        verdict = "MET" if ratio >= TARGET_RATIO else "NOT MET"
        judged = f"target ≥ {TARGET_RATIO:g}×: {verdict}" if target else "(not the target corpus)"
        _say(f"ours / JioNLP (slice): {ratio:.2f}×  — {judged}")
    return out


def run_scaling(args: argparse.Namespace, docs: list[corpus.Doc],
                extract: Callable[[str], Any]) -> dict[str, Any]:
    """Ours on one string of each size: chars/s should stay flat if time grows linearly."""
    text = corpus.joined(docs)
    rows = []
    out = {}
    base = None
    for size in args.scale:
        chars = int(size * M)
        if chars > len(text):
            _say(f"  (corpus too short for {size:g} M chars: skipped)")
            continue
        piece = text[:chars]
        t = timing.Timing(chars, [timing.run_once(extract, [piece])
                                  for _ in range(args.scale_runs)])
        base = base or t.median / chars
        out[str(size)] = t.as_dict()
        rows.append([f"{size:g} M", f"{t.median:.3f}", _rate(t.rate),
                     f"{t.median / chars / base:.2f}"])
    _say(f"one extract() call per size, median of {args.scale_runs}")
    _say(_table(["size", "median s", "chars/s", "s per char vs first"], rows))
    return out


def run_memory(args: argparse.Namespace, docs: list[corpus.Doc],
               extract: Callable[[str], Any]) -> dict[str, Any]:
    """tracemalloc peak of one extract() call on 1 M chars and on the full size."""
    text = corpus.joined(docs)
    rows = []
    out: dict[str, Any] = {}
    for size in sorted({min(1.0, args.size), args.size}):
        chars = min(int(size * M), len(text))
        peak, seconds = timing.peak_memory(extract, text[:chars])
        out[str(size)] = {"chars": chars, "peak_bytes": peak, "seconds_traced": seconds}
        rows.append([f"{chars / M:g} M", f"{peak / 2**20:.1f} MiB", f"{peak / chars:.1f}"])
    _say(_table(["input", "tracemalloc peak", "bytes per input char"], rows))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["process_max_rss_mib"] = rss
    _say(f"process max RSS so far: {rss:.0f} MiB (whole benchmark process, incl. corpus/JioNLP)")
    return out


def run_adversarial(args: argparse.Namespace) -> dict[str, Any]:
    """Every adversarial case at two sizes, each in a subprocess with a timeout."""
    sizes = [int(s * M) for s in args.adv_sizes]
    rows = []
    out: dict[str, Any] = {}
    for case in adversarial.CASES:
        res: list[adversarial.Result] = []
        for n in sizes:  # once a size times out, larger sizes are not tried
            if res and res[-1].error and res[-1].error.startswith("TIMEOUT"):
                res.append(adversarial.Result(case, n, error="skipped"))
            else:
                res.append(adversarial.run_case(case, n, args.timeout))
        out[case] = [r.as_dict() for r in res]
        cells: list[object] = [case]
        for r in res:
            cells.append(r.error[:24] if r.error else _rate(r.rate))
        a, b = res[0], res[-1]
        if a.seconds and b.seconds and a.seconds > 0.002:
            growth = (b.seconds / a.seconds) / (b.chars / a.chars)
            cells.append(f"{growth:.2f}" + ("  SUPERLINEAR?" if growth > 1.6 else ""))
        else:
            cells.append("—")
        cells.append(_rate(b.chars / b.floor_seconds) if b.floor_seconds else "—")
        cells.append(b.found)
        rows.append(cells)
    head = ["case", *[f"ours @{s / M:g}M" for s in sizes], "growth", "floor", "found"]
    _say(f"timeout {args.timeout:g} s per run; growth = time ratio / size ratio (1.00 = linear)")
    _say(_table(head, rows))
    return out


def run_profile(args: argparse.Namespace, docs: list[corpus.Doc],
                extract: Callable[[str], Any]) -> dict[str, Any]:
    """pyinstrument and cProfile of ours over the slice."""
    texts = [d.text for d in corpus.take(docs, int(args.slice * M))]
    for text in texts[:3]:  # warm up: lazily compiled patterns are not what we profile
        extract(text)
    _say(profiling.pyinstrument_report(extract, texts, tree_lines=args.profile_lines))
    table, split = profiling.cprofile_split(extract, texts)
    _say("\n-- cProfile, by own time (instrumented: Python calls look costlier) --")
    _say(table)
    if split["total_s"]:
        _say(f"explicit regex C calls: {split['regex_calls_s'] / split['total_s']:.0%} of own time "
             "(finditer iteration is counted in the calling Python function)")
    return split


# --------------------------------------------------------------------------- entry point


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="small and fast: 1 M corpus, 0.25 M slice, 3 runs, smaller scaling")
    ap.add_argument("--size", type=float, default=None, help="corpus size in M chars (default 4)")
    ap.add_argument("--slice", type=float, default=None,
                    help="M chars all systems are timed on (default 1)")
    ap.add_argument("--runs", type=int, default=None, help="timed runs, median (default 5)")
    ap.add_argument("--no-jionlp", action="store_true", help="leave JioNLP out")
    ap.add_argument("--profile", action="store_true", help="profile ours with pyinstrument")
    ap.add_argument("--profile-lines", type=int, default=60, help="lines of the call tree")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED, help="corpus seed")
    ap.add_argument("--timeout", type=float, default=None,
                    help="seconds per adversarial run before TIMEOUT (default 60, quick 20)")
    ap.add_argument("--errors", type=int, default=0, help="print our first N errors per suite")
    ap.add_argument("--only", default=",".join(s for s in SECTIONS if s != "profile"),
                    help=f"comma-separated sections to run, of {','.join(SECTIONS)}")
    ap.add_argument("--json", type=Path, default=OUT / "results.json",
                    help="where to write all numbers (default benchmarks/out/results.json)")
    args = ap.parse_args(argv)
    q = args.quick
    args.size = args.size if args.size is not None else (1.0 if q else 4.0)
    args.slice = min(args.slice if args.slice is not None else (0.25 if q else 1.0), args.size)
    args.runs = args.runs if args.runs is not None else (3 if q else 5)
    args.timeout = args.timeout if args.timeout is not None else (20.0 if q else 60.0)
    args.scale = (0.25, 0.5, 1.0) if q else (1.0, 2.0, 4.0, 8.0)
    args.scale_runs = 1 if q else 3
    args.adv_sizes = (0.1, 0.2) if q else (0.5, 1.0)
    args.synthetic = 0.05 if q else 0.2
    args.sections = [s.strip() for s in args.only.split(",") if s.strip()]
    if args.profile and "profile" not in args.sections:
        args.sections.append("profile")
    unknown = set(args.sections) - set(SECTIONS)
    if unknown:
        ap.error(f"unknown sections: {', '.join(sorted(unknown))}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    machine = _machine()
    _say(f"finfig benchmark — {machine['date']}, commit {machine['commit']}")
    _say(f"{machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, "
         f"regex {machine['regex']}, load avg {machine['loadavg'][0]:.2f}")

    extract, parse = ours()
    jio = None
    if not args.no_jionlp and set(args.sections) & {"accuracy", "speed"}:
        try:
            jio = JioNLP()
            _say(f"JioNLP {jio.version}: jionlp.ner.extract_money (defaults)")
        except ImportError as exc:
            _say(f"JioNLP not installed ({exc}): pip install -e '.[bench]', or --no-jionlp")

    need = args.size
    if "scaling" in args.sections:
        need = max(need, max(args.scale))
    corpora: dict[str, list[corpus.Doc]] = {}
    OUT.mkdir(parents=True, exist_ok=True)
    for mix in (corpus.NEWS, corpus.DENSE):  # scaling, memory, profile: the dense one
        t0 = time.perf_counter()
        docs = corpus.generate(int((need if mix is corpus.DENSE else args.size) * M),
                               args.seed, mix)
        n_chars = sum(len(d.text) for d in docs)
        n_money = sum(len(d.mentions) for d in docs)
        _say(f"{mix.name} corpus: seed {args.seed}, {len(docs):,} documents, {n_chars:,} chars, "
             f"{n_money:,} money mentions (1 per {n_chars / max(n_money, 1):.0f} chars), "
             f"generated in {time.perf_counter() - t0:.1f} s")
        name = "corpus.txt" if mix is corpus.DENSE else f"corpus-{mix.name}.txt"
        (OUT / name).write_text(corpus.joined(corpus.take(docs, int(args.size * M))),
                                encoding="utf-8")
        corpora[mix.name] = docs
    docs = corpora[corpus.DENSE.name]

    # The corpus and its gold are ~10^5 long-lived containers: keep them out of the cyclic
    # GC's walks so that they do not slow down the systems under test.
    gc.collect()
    gc.freeze()
    results: dict[str, Any] = {"machine": machine, "args": {
        k: v for k, v in vars(args).items() if k != "json"}}
    steps: dict[str, Callable[[], dict[str, Any]]] = {
        "accuracy": lambda: run_accuracy(args, corpora, jio, extract, parse),
        "speed": lambda: run_speed(args, corpora, jio, extract),
        "scaling": lambda: run_scaling(args, docs, extract),
        "memory": lambda: run_memory(args, docs, extract),
        "adversarial": lambda: run_adversarial(args),
        "profile": lambda: run_profile(args, docs, extract),
    }
    for name in SECTIONS:
        if name in args.sections:
            _say(f"\n== {name} ==")
            t0 = time.perf_counter()
            results[name] = steps[name]()
            _say(f"({name}: {time.perf_counter() - t0:.1f} s)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str),
                         encoding="utf-8")
    _say(f"\nnumbers written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
