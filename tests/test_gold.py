"""The acceptance data: the gold suites in ../shared/gold, scored by ../shared/tools/score.py."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from extractor import extract, parse

from paths import GOLD, SCORER


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("finfig_gold_scorer", SCORER)
    assert spec is not None and spec.loader is not None, f"no scorer at {SCORER}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_article_read_whole_is_22_of_22_with_nothing_spurious(scorer: ModuleType) -> None:
    result = scorer.score(scorer.load(GOLD / "seed-article.jsonl"), extract)
    assert result["errors"] == []
    assert (result["gold"], result["pred"], result["crashes"]) == (22, 22, 0)
    assert (result["norm_f1"], result["aux_acc"]) == (1.0, 1.0)


def test_recognizers_currency_suite(scorer: ModuleType) -> None:
    result = scorer.score(scorer.load(GOLD / "peers" / "recognizers-zh-currency.jsonl"), extract)
    assert result["errors"] == []
    assert result["norm_f1"] == 1.0


def test_duckling_money_phrases(scorer: ModuleType) -> None:
    result = scorer.score_parse(
        scorer.load(GOLD / "peers" / "duckling-zh-money.parse.jsonl"), parse
    )
    assert result["errors"] == []
    assert (result["correct"], result["accuracy"], result["aux_acc"]) == (40, 1.0, 1.0)


def test_every_gold_suite_is_scored() -> None:
    """A new suite dropped into ../shared/gold must get a test above, not be ignored."""
    suites = sorted(p.relative_to(GOLD).as_posix() for p in GOLD.rglob("*.jsonl"))
    assert suites == [
        "peers/duckling-zh-money.parse.jsonl",
        "peers/recognizers-zh-currency.jsonl",
        "seed-article.jsonl",
    ]
