"""The example corpus as a test suite: one test per line of ``tests/corpus/*.txt``.

``money.txt`` holds ``extract`` examples, ``parse.txt`` holds ``parse`` examples; the format is
described in ``tests/corpus_format.py``. A failing test is named after its line
(``money.txt:123``), so open the corpus there.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extractor import Money, ParseError, extract, parse

from corpus_format import CorpusError, Example, loads, read

CORPUS = Path(__file__).parent / "corpus"
MONEY = read(CORPUS / "money.txt", "extract")
PARSE = read(CORPUS / "parse.txt", "parse")


def _fields(record: Money) -> dict[str, object]:
    assert isinstance(record, Money), f"expected a Money, got {type(record).__name__}"
    for name in ("value", "high"):
        value = getattr(record, name)
        assert value is None or isinstance(value, Decimal), f"{name} is not a Decimal: {value!r}"
    return {
        "kind": record.kind,
        "text": record.text,
        "start": record.start,
        "end": record.end,
        "value": record.value,
        "high": record.high,
        "currency": record.currency,
        "qualifier": record.qualifier,
        "per": record.per,
        "implicit_currency": record.implicit_currency,
    }


def _ids(examples: list[Example]) -> list[str]:
    return [example.id for example in examples]


@pytest.mark.parametrize("example", MONEY, ids=_ids(MONEY))
def test_extract(example: Example) -> None:
    found = extract(example.input, **dict(example.options))
    assert isinstance(found, list)
    got = [_fields(record) for record in found]
    want = [record.as_dict() for record in example.expected]
    assert got == want, f"{example.id} [{example.section}] {example.input!r}"


@pytest.mark.parametrize("example", PARSE, ids=_ids(PARSE))
def test_parse(example: Example) -> None:
    if example.kind == "error":
        with pytest.raises(ParseError):
            parse(example.input, **dict(example.options))
        return
    (want,) = example.expected
    got = _fields(parse(example.input, **dict(example.options)))
    assert got == want.as_dict(), f"{example.id} [{example.section}] {example.input!r}"


@pytest.mark.parametrize("blank", ["", " ", "\u3000", "\t\n", "  \r\n "])
def test_parse_rejects_empty_and_whitespace(blank: str) -> None:
    with pytest.raises(ParseError):
        parse(blank)


@pytest.mark.parametrize("blank", ["", " ", "\u3000", "\t\n"])
def test_extract_empty_and_whitespace(blank: str) -> None:
    assert extract(blank) == []


# --- the corpus itself --------------------------------------------------------------------


def test_corpus_size() -> None:
    """Guards against a reader or an edit that silently drops lines."""
    none = [e for e in MONEY if e.kind == "none"]
    records = [r for e in MONEY for r in e.expected]
    assert len(MONEY) >= 170
    assert len(none) >= 40
    assert len({r.currency for r in records}) >= 25
    assert {r.qualifier for r in records} == {"exact", "about", "over", "under", "range", "vague"}
    assert len(PARSE) >= 60
    assert any(e.kind == "error" for e in PARSE)


GOOD = """\
# comment
## Rates
= CNY 450000000 per=day
相当于每天**[[4.5个**小目标]]
= USD 5~8
[[5-8美元]]
= none
2024年营收增长42.8%
= mixed
[[五美元]]{USD 5}和[[三块]]{CNY 3 exact}
"""


def test_reader_reads_a_good_corpus() -> None:
    day, rng, none, mixed = loads(GOOD, "t.txt", "extract")
    assert (day.id, day.section, day.kind) == ("t.txt:4", "Rates", "record")
    assert day.input == "相当于每天**4.5个**小目标"
    (rec,) = day.expected
    assert (rec.text, rec.start, rec.end, rec.value, rec.per) == (
        "4.5个**小目标",
        7,
        16,
        Decimal("450000000"),
        "day",
    )
    assert (rng.expected[0].qualifier, rng.expected[0].high) == ("range", Decimal(8))
    assert (none.kind, none.expected) == ("none", ())
    assert mixed.input == "五美元和三块"
    assert [(r.text, r.start, r.end, r.currency) for r in mixed.expected] == [
        ("五美元", 0, 3, "USD"),
        ("三块", 4, 6, "CNY"),
    ]


def test_reader_reads_parse_lines() -> None:
    ok, err = loads("= CNY 3.14 implicit\n3.14\n= error\n今天\n", "p.txt", "parse")
    assert ok.expected[0].as_dict()["text"] == "3.14"
    assert (ok.expected[0].start, ok.expected[0].end, ok.expected[0].implicit_currency) == (
        0,
        4,
        True,
    )
    assert (err.kind, err.input) == ("error", "今天")


@pytest.mark.parametrize(
    ("text", "mode", "line"),
    [
        ("[[5元]]\n", "extract", 1),  # no header yet
        ("= CNY 5\n", "extract", 1),  # header without examples
        ("= CNY 5\n[[5元]]\n= CNY 6\n", "extract", 3),
        ("= CNY 5\n5元\n", "extract", 2),  # no marker
        ("= CNY 5\n[[5元]][[5元]]\n", "extract", 2),  # two markers
        ("= CNY 5\n]]5元[[\n", "extract", 2),
        ("= CNY 5\n[[ 5元]]\n", "extract", 2),
        ("= CNY 5\n[[5元]]{CNY 5}\n", "extract", 2),
        ("= CNY 5\n[[5元]] \n", "extract", 2),  # trailing whitespace
        ("= cny 5\n[[5元]]\n", "extract", 1),
        ("= CNY 5e3\n[[5千元]]\n", "extract", 1),
        ("= CNY five\n[[五元]]\n", "extract", 1),
        ("= CNY 5 sometimes\n[[5元]]\n", "extract", 1),
        ("= CNY 5 implicit per=day\n[[5元]]\n", "extract", 1),  # wrong order
        ("= CNY null\n[[数元]]\n", "extract", 1),  # null needs vague
        ("= CNY 5 vague\n[[5元]]\n", "extract", 1),
        ("= CNY 5 range\n[[5元]]\n", "extract", 1),
        ("= CNY 5~8 about\n[[5-8元]]\n", "extract", 1),
        ("= CNY 8~5\n[[8-5元]]\n", "extract", 1),
        ("=CNY 5\n[[5元]]\n", "extract", 1),
        ("= error\n今天\n", "extract", 1),
        ("= none\n[[5元]]\n", "extract", 2),
        ("= mixed\n[[5元]]{CNY 5}\n", "extract", 2),  # only one
        ("= mixed\n[[5元]]{CNY 5}和[[3元]]\n", "extract", 2),
        ("= mixed\n[[5元]]{CNY}和[[3元]]{CNY 3}\n", "extract", 2),
        ("= none\n今天\n明天\n今天\n", "extract", 4),  # repeated input
        ("= CNY 5\n[[5\u200b元]]\n", "extract", 2),  # unannounced invisible character
        ("= CNY 5\n[[5元]]\r\n", "extract", 2),
        ("@ default_currency=hkd\n= HKD 5\n[[5元]]\n", "extract", 1),
        ("@ currency=HKD\n= HKD 5\n[[5元]]\n", "extract", 1),
        ("@ default_currency=HKD\n= HKD 5\n[[5元]]\n[[5元]]\n", "extract", 4),
        ("= none\n今天\n", "parse", 1),
        ("= mixed\n[[5元]]{CNY 5}和[[3元]]{CNY 3}\n", "parse", 1),
        ("= CNY 5\n[[5元]]\n", "parse", 2),
        ("= error\n[[5元]]\n", "parse", 2),
    ],
)
def test_reader_rejects_malformed_lines(text: str, mode: str, line: int) -> None:
    with pytest.raises(CorpusError, match=rf"^bad\.txt:{line}\b"):
        loads(text, "bad.txt", mode)  # type: ignore[arg-type]


def test_reader_reads_options_until_the_next_section() -> None:
    text = "= CNY 5\n[[5元]]\n@ default_currency=HKD\n= HKD 5\n[[5元]]\n## Next\n= CNY 6\n[[6元]]\n"
    first, hk, after = loads(text, "t.txt", "extract")
    assert (first.options, hk.options, after.options) == ((), (("default_currency", "HKD"),), ())


def test_reader_accepts_an_announced_invisible_character() -> None:
    (example,) = loads("= CNY 5\n# U+200B inside\n[[5\u200b元]]\n", "t.txt", "extract")
    assert example.expected[0].text == "5\u200b元"
