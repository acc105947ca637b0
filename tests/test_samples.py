"""The bundled samples: what `finfig extract` prints for each is kept beside it, and holds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from paths import ROOT

SAMPLES = sorted((ROOT / "samples").glob("*.md"))


def test_there_are_samples() -> None:
    assert [p.name for p in SAMPLES] == ["quarterly-brief.md"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_output_is_the_expected_json(sample: Path) -> None:
    rel = sample.relative_to(ROOT).as_posix()
    out = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", rel],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    expected = json.loads(sample.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert json.loads(out.stdout) == expected
    text = sample.read_text(encoding="utf-8")
    mentions = expected[0]["mentions"]
    assert len(mentions) == 20
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
