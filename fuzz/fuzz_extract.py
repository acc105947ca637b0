"""Coverage-guided fuzzing of ``extract`` and ``parse`` with atheris (libFuzzer).

    .venv/bin/pip install atheris
    .venv/bin/python -m fuzz.fuzz_extract -max_total_time=600 -timeout=30 -rss_limit_mb=4096

The input bytes are read as UTF-8, invalid bytes becoming lone surrogates (so those are
fuzzed too). The seed corpus (tests/corpus, the shared seed article, samples, gold texts) is
written to ``$TMPDIR/finfig-fuzz/corpus`` and given to libFuzzer when no corpus directory is
on the command line, with a dictionary of money words. Findings are recorded, not fatal, so
one run collects many: ``$TMPDIR/finfig-fuzz/atheris-findings.jsonl``, one line per distinct
signature (replay them with ``python -m fuzz.run --replay FILE``). ``FINFIG_FUZZ_STOP=1``
makes the first finding stop the run with libFuzzer's crash file instead. libFuzzer's own
``-timeout`` reports an input that hangs.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from fuzz.common import check, seeds

    from strategies import FRAGMENTS

OUT = Path(tempfile.gettempdir()) / "finfig-fuzz"
_SEEN: set[str] = set()
_STOP = os.environ.get("FINFIG_FUZZ_STOP") == "1"


class FuzzFinding(AssertionError):
    """Raised to stop the run at the first finding (``FINFIG_FUZZ_STOP=1``)."""


def test_one_input(data: bytes) -> None:
    """libFuzzer's entry point: check one input."""
    text = data.decode("utf-8", "surrogateescape")
    for f in check(text):
        if _STOP:
            raise FuzzFinding(f"{f.signature}: {f.text[:200]!r}: {f.detail}")
        if f.signature in _SEEN:
            continue
        _SEEN.add(f.signature)
        line = json.dumps(f._asdict(), ensure_ascii=False)
        with (OUT / "atheris-findings.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(line.encode("utf-8", "surrogatepass").decode("utf-8", "replace") + "\n")
        print(f"\nNEW {f.kind}: {f.signature}\n    {f.text[:120]!r}", file=sys.stderr)


def _seed_corpus() -> Path:
    corpus = OUT / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for text in seeds():
        data = text.encode("utf-8", "surrogatepass")
        (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
    return corpus


def _dictionary() -> Path:
    """A libFuzzer dictionary of money words (UTF-8, escaped): 元, 亿, 美元, 约, <b>, …"""
    path = OUT / "money.dict"
    lines = []
    for word in dict.fromkeys(FRAGMENTS):
        data = word.encode("utf-8", "surrogatepass")
        lines.append('"' + "".join(f"\\x{b:02x}" for b in data) + '"')
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):
        args.append(str(_seed_corpus()))
    if not any(a.startswith("-dict=") for a in args):
        args.insert(1, f"-dict={_dictionary()}")
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
