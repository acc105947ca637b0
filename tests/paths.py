"""Where the tests find things: the repository, and the shared acceptance data beside it.

The gold suites, the scorer and the seed article live in ``../shared`` next to the
checkout (set ``FINFIG_SHARED`` to use another place).
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FINFIG_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "tiktok-article.md"
GOLD = SHARED / "gold"
SCORER = SHARED / "tools" / "score.py"
