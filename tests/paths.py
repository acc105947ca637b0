"""Where the tests find things: the repository, and the shared acceptance data beside it.

The gold suites, the scorer and the seed article live in ``../shared`` next to the
checkout; ``FINFIG_SHARED`` names another place, and a clone made elsewhere (a CI scratch
directory) falls back to the workplace's ``/work/shared``.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _shared() -> Path:
    candidates = [ROOT.parent / "shared", Path("/work/shared")]
    if os.environ.get("FINFIG_SHARED"):
        candidates.insert(0, Path(os.environ["FINFIG_SHARED"]))
    return next((p for p in candidates if (p / "gold").is_dir()), candidates[0])


SHARED = _shared()
SEED = SHARED / "seed" / "tiktok-article.md"
GOLD = SHARED / "gold"
SCORER = SHARED / "tools" / "score.py"
