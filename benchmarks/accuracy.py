"""Score systems on the shared gold suites with the shared scorer.

The scorer is ``shared/tools/score.py`` and the suites are ``shared/gold/*.jsonl`` and
``shared/gold/peers/*.jsonl``; ``shared/`` is the one beside the repository root
(``<repo>/../shared``) where there is one, else the repository's own copy (``tests/shared``).
Override with ``FINFIG_SCORE`` (path to score.py) and ``FINFIG_GOLD`` (the gold folder).
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    beside = REPO.parent / "shared"
    return beside if (beside / "gold").is_dir() else REPO / "tests" / "shared"


def score_path() -> Path:
    """Where score.py is: ``$FINFIG_SCORE`` or ``<shared>/tools/score.py``."""
    env = os.environ.get("FINFIG_SCORE")
    return Path(env) if env else _shared() / "tools" / "score.py"


def gold_dir() -> Path:
    """Where the gold suites are: ``$FINFIG_GOLD`` or ``<shared>/gold``."""
    env = os.environ.get("FINFIG_GOLD")
    return Path(env) if env else _shared() / "gold"


def seed_gold() -> dict[str, Any] | None:
    """The seed article as its gold suite holds it (text and mentions), or None."""
    path = gold_dir() / "seed-article.jsonl"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as f:
        gold: dict[str, Any] = json.loads(f.readline())
    return gold


def load_scorer(path: Path | None = None) -> ModuleType:
    """Import score.py by path (it is not a package)."""
    path = path or score_path()
    if not path.is_file():
        raise FileNotFoundError(f"score.py not found at {path} (set FINFIG_SCORE)")
    spec = importlib.util.spec_from_file_location("finfig_shared_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_suites(root: Path | None = None) -> list[Path]:
    """``<gold>/*.jsonl`` then ``<gold>/peers/*.jsonl``, sorted."""
    root = root or gold_dir()
    return sorted(root.glob("*.jsonl")) + sorted((root / "peers").glob("*.jsonl"))


def is_parse_suite(path: Path) -> bool:
    return path.name.endswith(".parse.jsonl")


def score_suite(scorer: ModuleType, path: Path, extract: Callable[[str], Any],
                parse: Callable[[str], Any]) -> dict[str, Any]:
    """Score one suite; parse suites get ``parse``, extract suites get ``extract``."""
    cases = scorer.load(str(path))
    if is_parse_suite(path):
        return scorer.score_parse(cases, parse)
    return scorer.score(cases, extract)


def headline(result: dict[str, Any]) -> tuple[float | None, float | None]:
    """(main score, aux_acc): norm_f1 for extract suites, accuracy for parse suites."""
    main = result.get("norm_f1", result.get("accuracy"))
    return main, result.get("aux_acc")
