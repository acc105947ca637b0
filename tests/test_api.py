"""The public contract of ``extract`` and ``parse``: types, offsets, errors, serialisation."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from decimal import Decimal

import pytest
from pydantic import ValidationError

from extractor import Money, ParseError, extract, parse
from extractor.models import KINDS, records_schema, trusted_money

from paths import ROOT, SEED


def _checked(text: str) -> list[Money]:
    found = extract(text)
    for rec in found:
        assert rec.text == text[rec.start : rec.end]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    return found


def test_seed_records_are_exact_slices_sorted_and_disjoint() -> None:
    found = _checked(SEED.read_text(encoding="utf-8"))
    assert len(found) == 22
    assert [r.text for r in found[:3]] == ["4.5个小目标", "230亿美元", "230亿美元"]


def test_the_first_user_examples() -> None:
    text = "澳洲营收近6.8亿澳元，每天4.5个小目标，联想 3100+ 亿元，发票：壹佰贰拾元整"
    got = [
        (r.text, r.value, r.currency, r.qualifier, r.per, r.implicit_currency)
        for r in _checked(text)
    ]
    assert got == [
        ("近6.8亿澳元", Decimal("680000000"), "AUD", "under", None, False),
        ("4.5个小目标", Decimal("450000000"), "CNY", "exact", "day", False),
        ("3100+ 亿元", Decimal("310000000000"), "CNY", "over", None, False),
        ("壹佰贰拾元整", Decimal("120"), "CNY", "exact", None, False),
    ]
    assert (extract(text)[0].start, extract(text)[0].end) == (4, 11)


def test_markup_inside_a_figure_is_spanned_and_offsets_stay_in_the_callers_string() -> None:
    text = (
        "相当于每天**4.5个**小目标，<b>230</b>亿美元，"
        "见 https://x.com/pay?amount=100元 ，2\u200b30亿美元"
    )
    found = _checked(text)
    assert [(r.text, r.value) for r in found] == [
        ("4.5个**小目标", Decimal("450000000")),
        ("230</b>亿美元", Decimal("23000000000")),
        ("2\u200b30亿美元", Decimal("23000000000")),
    ]


def test_block_tags_separate_what_they_stand_between() -> None:
    assert extract("<td>售价</td><td>299</td>") == []
    assert [r.text for r in extract("<td>100</td><td>200元</td>")] == ["200元"]


def test_values_are_exact_decimals_serialised_as_strings() -> None:
    rec = extract("融资1.2万亿元，每股0.10美元")[0]
    assert rec.value == Decimal("1200000000000")
    data = json.loads(rec.model_dump_json())
    assert data["value"] == "1200000000000"
    assert data == {
        "kind": "money",
        "text": "1.2万亿元",
        "start": 2,
        "end": 8,
        "value": "1200000000000",
        "high": None,
        "currency": "CNY",
        "qualifier": "exact",
        "per": None,
        "implicit_currency": False,
        "unit_from": None,
    }
    assert extract("每股0.10美元")[0].model_dump(mode="json")["value"] == "0.1"


def test_extract_accepts_any_str_and_refuses_other_types() -> None:
    assert extract("") == []
    assert extract("今天天气很好") == []
    assert extract("\x00\ud800\u202e亿亿亿元$$$****") == []
    with pytest.raises(TypeError):
        extract(b"100\xe5\x85\x83")  # type: ignore[arg-type]


def test_parse_reads_one_expression_whole() -> None:
    rec = parse("  近6.8亿澳元 ")
    assert (rec.text, rec.start, rec.end, rec.value, rec.currency, rec.qualifier) == (
        "近6.8亿澳元",
        2,
        9,
        Decimal("680000000"),
        "AUD",
        "under",
    )
    rate = parse("每天4.5个小目标")
    assert (rate.text, rate.value, rate.per) == ("每天4.5个小目标", Decimal("450000000"), "day")
    assert parse("人民币壹万贰仟叁佰肆拾伍元陆角柒分").value == Decimal("12345.67")
    assert parse("3.14").implicit_currency is True


PARSE_ERRORS = [
    ("", "empty expression", None),
    ("   ", "empty expression", None),
    ("亿亿元", "repeated magnitude", 1),
    ("3..5万", "malformed number", 1),
    ("一亿万元", "repeated magnitude", 2),
    ("2024年", "unexpected text '年' after the amount", 4),
    ("5美元和3欧元", "unexpected text '和3欧元' after the amount", 3),
    ("今天", "not a money expression", 0),
]


@pytest.mark.parametrize(("expr", "reason", "position"), PARSE_ERRORS)
def test_parse_errors_name_the_problem_and_its_position(
    expr: str, reason: str, position: int | None
) -> None:
    with pytest.raises(ParseError) as err:
        parse(expr)
    assert (err.value.reason, err.value.position) == (reason, position)
    assert isinstance(err.value, ValueError)
    assert repr(expr) in str(err.value)


def test_parse_refuses_a_non_string_with_a_parse_error() -> None:
    with pytest.raises(ParseError):
        parse(None)  # type: ignore[arg-type]


def test_trusted_records_equal_validated_ones() -> None:
    fields = dict(
        text="约4.4亿美元",
        start=16,
        end=23,
        value=Decimal("440000000"),
        high=None,
        currency="USD",
        qualifier="about",
        per=None,
        implicit_currency=False,
        unit_from=None,
    )
    fast = trusted_money(*fields.values())
    slow = Money(**fields)
    assert fast == slow
    assert fast.model_dump_json() == slow.model_dump_json()
    assert fast.model_fields_set == slow.model_fields_set
    assert hash(fast) == hash(slow)


def test_records_sharing_one_fields_set_stay_apart() -> None:
    """Trusted records share their ``model_fields_set``; pydantic must not change it in place."""
    first, second = extract("约4.4亿美元，近6.8亿澳元")
    assert first.model_fields_set is second.model_fields_set
    with pytest.raises(ValidationError):
        first.value = Decimal(1)  # type: ignore[misc]
    copied = first.model_copy(update={"kind": "money", "per": "year"})  # adds "kind" to its set
    assert copied.per == "year"
    assert "kind" in copied.model_fields_set
    assert second.model_fields_set == set(Money.model_fields) - {"kind"}
    assert first.model_copy(deep=True) == first


def test_json_schema_in_the_docs_is_the_models() -> None:
    published = json.loads((ROOT / "docs" / "records.schema.json").read_text(encoding="utf-8"))
    assert published == records_schema()
    assert set(published["discriminator"]["mapping"]) == set(KINDS)


def test_import_is_light() -> None:
    """``import extractor`` compiles no pattern and imports no spaCy."""
    code = (
        "import sys, extractor.figures.money.grammar as g; "
        "print(g.pattern.cache_info().currsize, g.prefix_reversed.cache_info().currsize, "
        "'spacy' in sys.modules)"
    )
    assert _in_fresh_python(code) == ["0", "0", "False"]


def test_the_first_extract_compiles_only_what_it_needs() -> None:
    """The whole figure read prefix first (a bare number after a cue) is compiled on first
    use: a figure with its currency word after it does not need it."""
    code = (
        "from extractor import extract; import extractor.figures.money.grammar as g; "
        "extract('近6.8亿澳元'); print(g.pattern.cache_info().currsize); "
        "print(extract('月薪2万的')[0].value, g.pattern.cache_info().currsize)"
    )
    assert _in_fresh_python(code) == ["1", "20000", "2"]


def _in_fresh_python(code: str) -> list[str]:
    """What ``code`` prints, word by word, run in a new interpreter (nothing compiled yet)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_default_currency_names_the_currency_of_yuan_and_implicit_amounts() -> None:
    text = "售價25蚊，月費$18，另收人民幣10元，保證金5000"
    got = [(r.text, r.currency) for r in extract(text, default_currency="HKD")]
    assert got == [("25蚊", "HKD"), ("$18", "HKD"), ("人民幣10元", "CNY"), ("5000", "HKD")]
    got = [(r.text, r.currency) for r in extract(text)]
    assert got == [("25蚊", "CNY"), ("$18", "USD"), ("人民幣10元", "CNY"), ("5000", "CNY")]
    assert extract("$5", default_currency="EUR")[0].currency == "USD"  # not a dollar: US$
    assert parse("5元", default_currency="twd").currency == "TWD"


@pytest.mark.parametrize("bad", ["XYZ", "", "元", 5])
def test_an_unknown_default_currency_is_a_value_error(bad: object) -> None:
    with pytest.raises(ValueError, match="default_currency"):
        extract("5元", default_currency=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="default_currency"):
        parse("5元", default_currency=bad)  # type: ignore[arg-type]


def test_kinds_filters_and_an_unknown_kind_is_a_value_error() -> None:
    assert [r.text for r in extract("5元", kinds={"money"})] == ["5元"]
    assert [r.text for r in extract("5元", kinds="money")] == ["5元"]
    with pytest.raises(ValueError, match="unknown kind 'cash'"):
        extract("5元", kinds={"money", "cash"})
