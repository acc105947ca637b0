"""The shortcuts ``extract`` takes for speed give the records the general way gives.

``resolve._quick`` reads the common shape of a figure (a number, a currency word, a
qualifier...) with a memo of what its other words mean; ``resolve.resolve`` reads any
figure. With the shortcut switched off, every text must give the same records.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given

from extractor import extract
from extractor.figures.money import resolve
from extractor.figures.money.grammar import pattern

from corpus_format import read
from paths import SEED
from strategies import moneyish_text

MONEY = read(Path(__file__).parent / "corpus" / "money.txt", "extract")


@contextmanager
def _general_way_only() -> Iterator[None]:
    quick = resolve._quick
    resolve._quick = lambda *args: None
    resolve._MEMO.clear()
    try:
        yield
    finally:
        resolve._quick = quick
        resolve._MEMO.clear()


def _both_ways(text: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    fast = [r.model_dump() for r in extract(text)]
    with _general_way_only():
        general = [r.model_dump() for r in extract(text)]
    return fast, general


def test_the_quick_way_reads_the_common_shapes() -> None:
    """Without this the comparisons below would compare the general way with itself."""
    taken = []
    quick = resolve._quick

    def spy(*args: object) -> object:
        found = quick(*args)  # type: ignore[arg-type]
        taken.append(found is not None)
        return found

    resolve._quick = spy  # type: ignore[assignment]
    try:
        common = ["近6.8亿澳元", "每天4.5个小目标", "3100+ 亿元", "月薪2万的", "$9.99/月"]
        for text in [*common, "数百美元", "3个亿", "负5亿元", "3-5亿元", "七毛八"]:
            extract(text)
    finally:
        resolve._quick = quick
    assert taken == [True] * 8 + [False, False]


def test_the_group_index_declares_every_group_of_the_grammar() -> None:
    """``resolve`` reads a match's groups by number, looked up once by name: a group added
    to the grammar must be declared in ``resolve._Index`` too."""
    assert sorted(resolve.GROUP_NAMES) == sorted(pattern("parse").groupindex)
    for prefixed in (True, False):
        assert set(pattern("extract", prefixed=prefixed).groupindex) <= set(resolve.GROUP_NAMES)


@pytest.mark.parametrize("example", MONEY, ids=[e.id for e in MONEY])
def test_every_corpus_line_reads_the_same_both_ways(example: object) -> None:
    fast, general = _both_ways(example.input)  # type: ignore[attr-defined]
    assert fast == general


def test_the_seed_article_reads_the_same_both_ways() -> None:
    fast, general = _both_ways(SEED.read_text(encoding="utf-8"))
    assert len(fast) == 22
    assert fast == general


@given(moneyish_text())
def test_money_like_text_reads_the_same_both_ways(text: str) -> None:
    fast, general = _both_ways(text)
    assert fast == general
