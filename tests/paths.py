"""Where the tests find things: the repository, and its own copy of the acceptance data.

The gold suites, the scorer and the seed article are kept in ``tests/shared/``, a copy of
the project's shared acceptance data (``../shared`` beside the checkout, on the team's
machines; see ``tests/shared/README.md``). Tests read only the copy, so a clone with nothing
beside it runs them all; ``test_shared_copy`` checks the copy against ``../shared`` when that
exists, so a newer shared suite is noticed and copied in, never silently diverging.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The repository's copy of the shared acceptance data.
DATA = ROOT / "tests" / "shared"
SEED = DATA / "seed" / "tiktok-article.md"
GOLD = DATA / "gold"
SCORER = DATA / "tools" / "score.py"
#: The shared acceptance data itself, where a checkout has it beside it (not in every clone).
UPSTREAM = ROOT.parent / "shared"
#: What of ``UPSTREAM`` the copy holds: everything under these folders.
COPIED = ("gold", "seed", "tools")
