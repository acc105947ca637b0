"""The scanner (``grammar.scan``) stops where the plain definition of a candidate says.

The scanner reads a numeral run whole, never tries a place inside one, and checks what
stands around it with fixed-width look-behinds, a form the ``re`` engine runs fast;
``extract`` then looks inside the run for places where another may start. The plain
definition, written out here as an oracle with ``regex``'s variable-width look-behinds,
looks at one position at a time: a run may start there, and either a money word follows
the run or a word that makes a bare number money stands before it.
"""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from extractor import extract
from extractor.figures.money import grammar
from extractor.figures.money.find import _candidates, _matchers

from strategies import moneyish_text

_SCANNER = grammar.scan()


def _bare_at() -> str:
    """A cue or currency word ends before this place, and between it and the number
    stand only links, qualifiers, signs and spaces (variable-width look-behinds)."""
    g = grammar
    prev = regex.escape("".join(sorted(g.PREV_CHARS)))
    ends = regex.escape("".join(sorted(g._MONEY_WORD_ENDS)))
    filler = regex.escape("".join(sorted(g._BETWEEN_CHARS)))
    return (
        rf"(?=[{g._RUN_CH}])(?<![{g._RUN_CH}])(?<=[{prev}]{g.SP}{{0,2}})"
        rf"(?<=[{ends}][{filler}]{{0,{g._BETWEEN_MAX}}})"
    )


def _oracle() -> regex.Pattern[str]:
    inside, odd, g = grammar._INSIDE, grammar._ODD, grammar
    start = (
        rf"(?:(?<![{inside}{odd}])|(?<=[{odd}])(?<![{inside}])(?<![0-9０-９],)"
        rf"(?<![{g._ANY_NUM_CH}][{g._ZERO_CH}]){g.NOT_IN_WORD})"
    )
    digits = rf"[{g._RUN_CH}]++"
    run = rf"(?:{g.alt(g.numlex.VAGUE_WORDS)})?{digits}(?:[.．,{g.charset('点')}]{digits})*+"
    return regex.compile(
        rf"{start}(?:(?:(?={run}{g._after()})(?P<money>)|{_bare_at()})"
        rf"[{g._RUN_CH}{g.charset('若')}]|{run}(*SKIP)(*FAIL))"
    )


_ORACLE = _oracle()


def _scanned(text: str) -> list[tuple[int, bool]]:
    """Candidates as ``extract`` walks them: each run read whole, then the places inside
    it where another may start."""
    return [(start, money) for start, _, money, _ in _candidates(text, _matchers())]


def _defined(text: str) -> list[tuple[int, bool]]:
    return [(m.start(), m.start("money") >= 0) for m in _ORACLE.finditer(text)]


def test_every_numeral_character_can_begin_a_candidate() -> None:
    firsts = _SCANNER.pattern[: _SCANNER.pattern.index("]") + 1]
    for ch in {*grammar.NUMERAL_CHARS.replace("0-9", "").replace("０-９", ""), "若", "5", "５"}:
        assert regex.fullmatch(firsts, ch), ch


def test_candidates_on_known_text() -> None:
    text = "营收230亿美元，2024年，月薪约 5000，共3人，数百万美元，若干万元"
    assert _scanned(text) == [(2, True), (19, False), (28, True), (34, True), (36, True)]
    assert _scanned(text) == _defined(text)


@given(moneyish_text())
@example("零4.4-5.4美元")  # a run holding a zero: 4.4 may start after it
@example("一,五元，3零5万元，十零五元")
@example("USD5，京3万元，1,5,000元")
@example("0零0零0零元，零1零1元，一,五,六元，若干万元")
@example("x零5元，x若干万元，零若干万元，x一,五元，Qwen3,5元，iPhone16元，月薪x零5")
def test_the_scanner_stops_where_the_definition_says(text: str) -> None:
    assert _scanned(text) == _defined(text)


@given(st.text(alphabet="0123456789零〇一二五十百万亿,.点元美若干数 USD约", max_size=40))
def test_numeral_soup_is_scanned_as_defined(text: str) -> None:
    assert _scanned(text) == _defined(text)


def test_a_run_holding_another_start_loses_nothing() -> None:
    def spans(text: str) -> list[tuple[str, str | None]]:
        return [(r.text, None if r.value is None else str(r.value)) for r in extract(text)]

    assert spans("零4.4-5.4美元") == [("4.4-5.4美元", "4.4")]
    assert spans("一,五元") == [("五元", "5")]
    assert spans("3零5万元") == [("5万元", "50000")]
    assert spans("数百万美元，若干万元") == [("数百万美元", None), ("若干万元", None)]
