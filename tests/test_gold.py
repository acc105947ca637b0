"""The acceptance data: the gold suites (the repository's copy in ``tests/shared``), scored by
the shared scorer.

A suite whose reader does not exist yet is *pending*: its test is a strict expected failure
that names the issue building the reader, so it turns red the day the suite passes and must
then be switched on. Nothing here is skipped.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
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


def _load(scorer: ModuleType, suite: str) -> list[dict]:
    docs = scorer.load(GOLD / suite)
    assert docs, f"{suite} is empty"
    return docs


def test_seed_article_read_whole_is_22_of_22_with_nothing_spurious(scorer: ModuleType) -> None:
    result = scorer.score(_load(scorer, "seed-article.jsonl"), extract)
    assert result["errors"] == []
    assert (result["gold"], result["pred"], result["crashes"]) == (22, 22, 0)
    assert (result["norm_f1"], result["aux_acc"]) == (1.0, 1.0)


def test_recognizers_currency_suite(scorer: ModuleType) -> None:
    result = scorer.score(_load(scorer, "peers/recognizers-zh-currency.jsonl"), extract)
    assert result["errors"] == []
    assert result["norm_f1"] == 1.0


def test_duckling_money_phrases(scorer: ModuleType) -> None:
    result = scorer.score_parse(_load(scorer, "peers/duckling-zh-money.parse.jsonl"), parse)
    assert result["errors"] == []
    assert (result["correct"], result["accuracy"], result["aux_acc"]) == (40, 1.0, 1.0)


@pytest.mark.xfail(strict=True, reason="pending: issue 16 (percent, percentage points, multiples)")
def test_percent_suite(scorer: ModuleType) -> None:
    result = scorer.score(_load(scorer, "figures-percent.jsonl"), extract)
    assert result["errors"] == []
    assert (result["norm_f1"], result["aux_acc"]) == (1.0, 1.0)


@pytest.mark.xfail(strict=True, reason="pending: issue 17 (tables and unit statements)")
def test_tables_suite(scorer: ModuleType) -> None:
    result = scorer.score(_load(scorer, "tables.jsonl"), extract)
    assert result["errors"] == []
    assert result["norm_f1"] == 1.0


def _facts_system() -> object:
    import extractor

    return extractor.facts  # type: ignore[attr-defined]  # pending: issue 18


@pytest.mark.xfail(strict=True, reason="pending: issue 18 (facts)")
@pytest.mark.parametrize("suite", ["facts/news.facts.jsonl", "facts/seed-article.facts.jsonl"])
def test_facts_suite(scorer: ModuleType, suite: str) -> None:
    result = scorer.score_facts(_load(scorer, suite), _facts_system())
    for name in ("metric", "period", "change", "basis", "equals"):
        assert result[name] >= 0.95, (name, result[name], result["errors"][:10])
    assert result["subject"] >= 0.9
    assert result["all_right"] >= 0.85


def test_every_gold_suite_is_scored() -> None:
    """A new suite in the copy must get a test above, not be ignored."""
    suites = sorted(p.relative_to(GOLD).as_posix() for p in Path(GOLD).rglob("*.jsonl"))
    assert suites == [
        "facts/news.facts.jsonl",
        "facts/seed-article.facts.jsonl",
        "figures-percent.jsonl",
        "peers/duckling-zh-money.parse.jsonl",
        "peers/recognizers-zh-currency.jsonl",
        "seed-article.jsonl",
        "tables.jsonl",
    ]
