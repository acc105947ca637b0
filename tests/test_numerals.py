"""The numeral reader: every written form to its exact value, and clear errors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.numerals import Numeral, NumeralError, read_numeral

EXACT = [
    ("0", "0"),
    ("7.99", "7.99"),
    ("1,299.50", "1299.50"),
    ("230亿", "23000000000"),
    ("390 亿", "39000000000"),
    ("3.5万亿", "3500000000000"),
    ("1.2万", "12000"),
    ("5千万亿", "5000000000000000"),
    ("3千5百万", "35000000"),
    ("1万5", "15000"),
    ("壹仟贰佰", "1200"),
    ("壹万贰仟叁佰肆拾伍", "12345"),
    ("两千零二十四", "2024"),
    ("二十五点六", "25.6"),
    ("三点五亿", "350000000"),
    ("一万二千点五", "12000.5"),
    ("一百二十三点四五万", "1234500"),
    ("一亿零五百万", "105000000"),
    ("十万八千", "108000"),
    ("三千五", "3500"),
    # financial and everyday forms mixed, as invoices write them
    ("壹万三千六百", "13600"),
    ("壹百八十", "180"),
    ("壹万两", "12000"),
    ("1仟", "1000"),
    # a 万亿 group, then a lower 亿 group
    ("一万亿三千亿", "1300000000000"),
    ("贰万亿伍仟亿", "2500000000000"),
    ("5千万亿三亿", "5000000300000000"),
    # abbreviated tails: a digit after 百/千 stands for the next unit down
    ("百五万", "1500000"),
    ("三千五万", "35000000"),
    ("三千四点五", "3400.5"),
    ("一百零五万", "1050000"),
    # contracted tens
    ("廿五", "25"),
    ("卅", "30"),
    ("廿", "20"),
    ("两千五", "2500"),
    ("一万五", "15000"),
    ("一亿二", "120000000"),
    ("一百一", "110"),
    ("一百零一", "101"),
    ("一千零五", "1005"),
    ("十五", "15"),
    ("二十", "20"),
    ("十", "10"),
    ("万", "10000"),
    ("亿", "100000000"),
    ("兆", "1000000000000"),
    ("二〇二四", "2024"),
    ("一二三", "123"),
    ("五零", "50"),
]


@pytest.mark.parametrize(("text", "value"), EXACT)
def test_exact_values(text: str, value: str) -> None:
    assert read_numeral(text) == Numeral(Decimal(value))


PAIRS = [
    ("两三", "2", "3"),
    ("两三万", "20000", "30000"),
    ("七八十万", "700000", "800000"),
    ("一两百", "100", "200"),
    ("三五", "3", "5"),
    ("一万五六", "15000", "16000"),
]


@pytest.mark.parametrize(("text", "low", "high"), PAIRS)
def test_approximate_pairs_read_as_ranges(text: str, low: str, high: str) -> None:
    assert read_numeral(text) == Numeral(Decimal(low), Decimal(high), False)


VAGUE = [
    ("几", "3", "9"),
    ("几百", "300", "900"),
    ("数百", "300", "900"),
    ("几十万", "300000", "900000"),
    ("数千万", "30000000", "90000000"),
    ("十几", "11", "19"),
    ("十几万", "110000", "190000"),
    ("二十几万", "210000", "290000"),
    ("若干万", "30000", "90000"),
]


@pytest.mark.parametrize(("text", "low", "high"), VAGUE)
def test_vague_numerals_carry_their_reading_range(text: str, low: str, high: str) -> None:
    assert read_numeral(text) == Numeral(Decimal(low), Decimal(high), True)


def test_exact_for_any_size() -> None:
    digits = "9" * 5000
    assert read_numeral(digits).low == Decimal(digits)
    assert read_numeral(digits + "万亿").low == Decimal(digits + "0" * 12)
    assert read_numeral("0.1234567890123456789012345678901234567890").low == Decimal(
        "0.1234567890123456789012345678901234567890"
    )


ERRORS = [
    ("亿亿", "repeated magnitude", 1),
    ("万亿亿亿", "repeated magnitude", 2),
    ("一亿万", "repeated magnitude", 2),
    ("百百", "unit out of order", 1),
    ("十百", "unit out of order", 1),
    ("3..5", "malformed decimal point", 1),
    ("数十数", "more than one vague digit", 2),
    ("十数", "数 must begin a numeral", 1),
    ("二十五点", "malformed decimal point", 3),
    ("三四五万", "more than one pair of digits", 1),
    ("三五七八万", "two digits in a row", 2),
    ("五零万", "misplaced zero", 1),
    ("3亿x", "unexpected character 'x' in a numeral", 2),
]


@pytest.mark.parametrize(("text", "message", "position"), ERRORS)
def test_malformed_numerals_name_the_problem_and_where(
    text: str, message: str, position: int
) -> None:
    with pytest.raises(NumeralError) as err:
        read_numeral(text)
    assert (err.value.message, err.value.position) == (message, position)
