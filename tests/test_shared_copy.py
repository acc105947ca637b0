"""The repository's copy of the acceptance data (``tests/shared``) is whole, and identical to
the shared data beside the checkout whenever that is there.

The copy is checked against its manifest (``MANIFEST.sha256``) in every clone; where
``../shared`` exists, the shared files are checked against the same manifest, so a newer or
changed shared suite fails here until it is copied in (see ``tests/shared/README.md``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from paths import COPIED, DATA, UPSTREAM


def _manifest() -> dict[str, str]:
    lines = (DATA / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines()
    return {path: digest for digest, path in (line.split(maxsplit=1) for line in lines)}


def _digests(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in COPIED
        for p in sorted((root / folder).rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_the_copy_is_whole_and_matches_the_shared_data_beside_it() -> None:
    manifest = _manifest()
    assert {"gold/seed-article.jsonl", "seed/tiktok-article.md", "tools/score.py"} <= set(manifest)
    assert _digests(DATA) == manifest, "tests/shared differs from its MANIFEST.sha256"
    if UPSTREAM.is_dir():  # a checkout with the shared data beside it: nothing newer there
        assert _digests(UPSTREAM) == manifest, (
            f"{UPSTREAM} differs from the copy in tests/shared: copy it in "
            "(see tests/shared/README.md)"
        )
