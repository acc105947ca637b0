"""Hostile input: what ``extract`` and ``parse`` do with it is defined (docs/robustness.md).

Huge numerals, absurd magnitudes, lone surrogates, control and format characters, mixed
scripts, and 1 MB lines. The 1 MB cases run in a fresh interpreter under a generous
wall-clock guard (a hang fails the test after ``GUARD`` seconds; nothing asserts speed).
"""

from __future__ import annotations

import hashlib
import inspect
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest

from extractor import ParseError, extract, parse

from paths import ROOT, SEED
from strategies import check_fields, check_records

M = 1_000_000
#: Seconds a 1 MB input may take before the test calls it a hang (about 20x today's time).
GUARD = 20.0


def _checked(text: str) -> list[tuple[str, int, int, Decimal | None, str, str]]:
    found = extract(text)
    check_records(text, found)
    return [(r.text, r.start, r.end, r.value, r.currency, r.qualifier) for r in found]


# --- long numerals ------------------------------------------------------------------------


def test_a_ten_thousand_digit_numeral_alone_is_not_money() -> None:
    assert _checked("1" * 10_000) == []
    assert _checked("营收增长了" + "1" * 10_000 + "倍") == []


def test_a_ten_thousand_digit_amount_is_read_exactly() -> None:
    digits = "9" * 10_000
    assert _checked(digits + "元") == [(digits + "元", 0, 10_001, Decimal(digits), "CNY", "exact")]
    text = "营收" + digits + "美元。"
    assert _checked(text) == [(digits + "美元", 2, 10_004, Decimal(digits), "USD", "exact")]
    rec = parse(digits + "万元")
    assert rec.value == Decimal(digits + "0000") and rec.currency == "CNY"
    assert json.loads(rec.model_dump_json())["value"] == digits + "0000"  # no exponent


def test_a_ten_thousand_digit_amount_with_separators_and_decimals_is_exact() -> None:
    grouped = "1" + ",000" * 3333  # 10,000 digits, written with thousands separators
    assert _checked(grouped + "元")[0][3] == Decimal("1" + "000" * 3333)
    tiny = "0." + "0" * 9999 + "1"
    (rec,) = extract(tiny + "元")
    assert rec.value == Decimal(tiny) and rec.text == tiny + "元"
    assert json.loads(rec.model_dump_json())["value"] == tiny


def test_a_long_negative_amount_keeps_every_digit() -> None:
    """A sign must not round: Decimal's unary minus would cut to 28 digits."""
    digits = "1234567890123456789012345678901234"
    for sign in ("-", "负", "−"):
        (rec,) = extract(f"亏损{sign}{digits}元")
        assert rec.value == Decimal("-" + digits)
        assert parse(f"{sign}{digits}亿元").value == Decimal(f"-{digits}00000000")
    (rec,) = extract(f"亏损约-{digits}美元/月")
    assert (rec.value, rec.qualifier, rec.per) == (Decimal("-" + digits), "about", "month")


def test_a_long_chinese_numeral_is_not_read() -> None:
    """A run of more than 64 Chinese numeral characters is not a numeral (docs/records.md)."""
    assert _checked("一" * 10_000 + "元") == []
    assert _checked("九" * 65 + "元") == []
    assert _checked("三" * 10_000) == []


# --- huge magnitudes ----------------------------------------------------------------------


def test_ten_to_the_fortieth_written_out_is_exact() -> None:
    text = "1" + "0" * 40 + "亿元"
    assert _checked(text) == [(text, 0, 43, Decimal(10) ** 48, "CNY", "exact")]
    assert parse("1" + "0" * 40 + "万亿美元").value == Decimal(10) ** 52


def test_stacked_magnitudes_are_not_a_numeral() -> None:
    """万亿亿亿 repeats 亿 after a larger unit: not a well-formed numeral, so no record, and
    ``parse`` names the repeated magnitude."""
    for text in ("万亿亿亿元", "一万亿亿亿元", "3万亿亿亿美元", "亿亿亿元"):
        assert _checked(text) == [], text
        assert _checked("公司称，" + text + "。") == [], text
    with pytest.raises(ParseError) as err:
        parse("一万亿亿亿元")
    assert (err.value.reason, err.value.position) == ("repeated magnitude", 3)


def test_an_exponent_is_not_an_amount() -> None:
    """engine: 10^40元 reads as 40 yuan today; the 40 is an exponent, not the amount."""
    assert _checked("10^40元") == []
    assert _checked("2^10元") == []


# --- odd characters -----------------------------------------------------------------------


def test_lone_surrogates_are_ordinary_separators() -> None:
    text = "\ud800100元\udfff约5亿美元\udbff"
    assert _checked(text) == [
        ("100元", 1, 5, Decimal(100), "CNY", "exact"),
        ("约5亿美元", 6, 11, Decimal(500000000), "USD", "about"),
    ]
    assert _checked("100\ud800元") == []  # a surrogate is not transparent: it breaks a figure
    with pytest.raises(ParseError):
        parse("\ud800")
    with pytest.raises(ParseError):
        parse("5\udc00元")
    for rec in extract("\ud800100元"):  # the record itself is encodable
        rec.model_dump_json().encode("utf-8")


def test_nul_and_control_characters_separate_text() -> None:
    assert _checked("\x00100元\x00") == [("100元", 1, 5, Decimal(100), "CNY", "exact")]
    controls = "".join(map(chr, range(32))) + "\x7f\x85"
    found = _checked(controls + "约100元" + controls)
    assert found == [("约100元", 34, 39, Decimal(100), "CNY", "about")]
    assert _checked("5\x00元") == []  # a control character is not transparent
    assert _checked("约\x005元") == [("5元", 2, 4, Decimal(5), "CNY", "exact")]


@pytest.mark.parametrize(
    "mark",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f", "\u202e"],
)
def test_invisible_format_characters_inside_a_figure_are_transparent(mark: str) -> None:
    text = f"2{mark}30亿美元"
    assert _checked(text) == [(text, 0, 7, Decimal(23000000000), "USD", "exact")]
    inside = f"约{mark}5{mark}亿{mark}美元{mark}左右"
    assert _checked(inside) == [(inside, 0, 11, Decimal(500000000), "USD", "about")]
    edges = f"{mark}5元{mark}"
    assert _checked(edges) == [("5元", 1, 3, Decimal(5), "CNY", "exact")]
    assert parse(text).value == Decimal(23000000000)


def test_right_to_left_embedding_around_a_figure() -> None:
    text = "\u202b营收\u202a5亿美元\u202c\u202c"
    assert _checked(text) == [("5亿美元", 4, 8, Decimal(500000000), "USD", "exact")]
    assert _checked("\u202e100元\u202c") == [("100元", 1, 5, Decimal(100), "CNY", "exact")]


def test_mixed_scripts() -> None:
    """Other scripts' digits are not read; money in Chinese beside them is."""
    text = "مبلغ ٣٠٠ 元 и цена 5 долларов, १०० 元, 価格は5万円, 营收US$1.2 billion"
    yen, usd = text.index("5万円"), text.index("US$")
    assert _checked(text) == [
        ("5万円", yen, yen + 3, Decimal(50000), "JPY", "exact"),
        ("US$1.2 billion", usd, usd + 14, Decimal(1200000000), "USD", "exact"),
    ]
    wide = "３．５万亿元"
    assert _checked(wide) == [(wide, 0, 6, Decimal(3500000000000), "CNY", "exact")]


# --- 1 MB lines, in a fresh interpreter under a wall-clock guard ---------------------------


def short(
    text: str, start: int, end: int, value: str | None, currency: str, qualifier: str
) -> dict:
    """A record as the guarded child reports it: long texts and values by their SHA-256."""

    def digest(s: str) -> str:
        return s if len(s) <= 40 else "sha256:" + hashlib.sha256(s.encode()).hexdigest()

    return {
        "text": digest(text),
        "start": start,
        "end": end,
        "value": None if value is None else digest(value),
        "currency": currency,
        "qualifier": qualifier,
    }


_CHILD = (
    "import hashlib, json, sys\n"
    + inspect.getsource(short)
    + """
sys.path.insert(0, sys.argv[1])
from strategies import check_records
from extractor import extract
text = eval(sys.stdin.read())
found = extract(text)
check_records(text, found)
def rec(r):
    v = None if r.value is None else format(r.value, "f")
    return short(r.text, r.start, r.end, v, r.currency, r.qualifier)
print(json.dumps({"count": len(found), "first": [rec(r) for r in found[:2]],
                  "last": rec(found[-1]) if found else None}))
"""
)


_PARSE_CHILD = """
import json, sys
from extractor import ParseError, parse
text = eval(sys.stdin.read())
try:
    rec = parse(text)
    print(json.dumps({"record": rec.text == text[rec.start : rec.end]}))
except ParseError as err:
    print(json.dumps({"reason": err.reason, "position": err.position}))
"""


def _guarded(build: str, child: str = _CHILD) -> dict[str, object]:
    """Run ``extract`` (or another ``child``) on the text that the Python expression
    ``build`` makes (``M`` is 1,000,000 there), in a fresh interpreter, under the
    ``GUARD``; a failure describes itself under the key "failure"."""
    try:
        out = subprocess.run(
            [sys.executable, "-c", child, str(ROOT / "tests")],
            input=f"(lambda M: {build})({M})",
            capture_output=True,
            text=True,
            timeout=GUARD,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return {"failure": f"no answer within {GUARD:.0f} s: a hang"}
    if out.returncode != 0:
        return {"failure": out.stderr[-2000:]}
    return json.loads(out.stdout)


def _rec(
    text: str, start: int, value: str, currency: str = "CNY", qualifier: str = "exact"
) -> dict:
    return short(text, start, start + len(text), value, currency, qualifier)


_SENTENCE = "公司公告称，2023年营收约4.5亿美元，同比增长12%，净利润为2.3亿元。"
_N_SENTENCES = M // len(_SENTENCE)
#: The seed article repeated to a megabyte: its length is read in the child, so no file is
#: read when the tests are collected.
_ARTICLES = (
    f"(lambda a: a * (M // len(a)))(open({SEED.relative_to(ROOT).as_posix()!r}, "
    "encoding='utf-8').read())"
)
_ROW = "| 100元 | 200美元 |\n"
_Q = 256 * 1024  # a quarter megabyte, for the inputs that are slow (seconds) but linear

#: (the Python expression that builds the input, the number of records, the last record)
_MEGABYTE: list[tuple[str, int, dict | None]] = [
    (f"{_SENTENCE!r} * {_N_SENTENCES}", 2 * _N_SENTENCES,
     _rec("2.3亿元", (_N_SENTENCES - 1) * len(_SENTENCE) + 33, "230000000")),
    (_ARTICLES, -1, None),
    ('"7" * M', 0, None),
    ('"7" * M + "元"', 1, _rec("7" * M + "元", 0, "7" * M)),
    ('"9" * M + "万元"', 1, _rec("9" * M + "万元", 0, "9" * M + "0000")),
    ('"亿" * M', 0, None),
    ('"亿" * M + "元"', 0, None),
    ('"$" * M', 0, None),
    ('"$" * M + "5"', 1, _rec("$5", M - 1, "5", "USD")),
    ('"*" * M', 0, None),
    ('"*" * M + "5元"', 1, _rec("5元", M, "5")),
    ('"<b>" * (M // 3)', 0, None),
    ('"<b>" * (M // 3) + "5元"', 1, _rec("5元", M // 3 * 3, "5")),
    ('"<" * M', 0, None),
    ('"&" * M', 0, None),
    ('"&yen;" * (M // 5)', 0, None),
    ('"_" * M', 0, None),
    ('" " * M + "1元"', 1, _rec("1元", M, "1")),
    ('"\\u200b" * M + "1元"', 1, _rec("1元", M, "1")),
    ('"2" + "\\u200b" * M + "30亿美元"', 1,
     _rec("2" + "\u200b" * M + "30亿美元", 0, "23000000000", "USD")),
    ('"约" * M + "1元"', 1, _rec("约1元", M - 1, "1", qualifier="about")),
    ('"一" * M + "元"', 0, None),
    ('"1," * (M // 2) + "元"', 0, None),
    ('"1." * (M // 2) + "元"', 0, None),
    (f'"1-" * {_Q // 2} + "元"', 0, None),
    (f'"1至" * {_Q // 2} + "元"', 0, None),
    (f'"万元" * {_Q // 2}', 0, None),
    (f'"5元 " * {_Q // 3}', _Q // 3, _rec("5元", (_Q // 3 - 1) * 3, "5")),
    (f"{_ROW!r} * {_Q // len(_ROW)}", 2 * (_Q // len(_ROW)),
     _rec("200美元", (_Q // len(_ROW) - 1) * len(_ROW) + 9, "200", "USD")),
    # engine: about 75 s for 1 MB today (each unclosed comment opener scans ahead; fuzzer)
    ('"三<!--" * (M // 5)', 0, None),
    # were a MemoryError (the numeral pattern kept state for every repetition)
    ('"1万" * (M // 2) + "元"', 0, None),
    ('"1十" * (M // 2) + "元"', 0, None),
    # were quadratic (about 22 s for 32 kB, hours for 1 MB)
    ('"一点" * (M // 2)', 0, None),
    ('"一点五" * (M // 3) + "元"', 0, None),
    # were quadratic (6 s for 40 kB): each place after a zero inside a run that a money
    # word follows was scanned to the run's end
    ('"0零" * (M // 2) + "元"', 0, None),
    ('"零1" * (M // 2) + "元"', 1, _rec("1元", M - 1, "1")),
    ('"一,五" * (M // 3) + "元"', 1, _rec("五元", M // 3 * 3 - 1, "5")),
    # runs that may not start where they stand (after a letter, after a dot): the scanner
    # reads one only when a place inside it may start, and refuses every place inside
    ('"a1" * (M // 2) + "元"', 0, None),
    ('"x3零" * (M // 3) + "5元"', 1, _rec("5元", M // 3 * 3, "5")),
    ('"x1," * (M // 3) + "元"', 0, None),
    ('"1.." * (M // 3) + "元"', 0, None),
    # real-document forms (issue 15): separators, cues and pairs, each read once
    ('"(含)-" * (M // 4) + "5元"', 1, _rec("5元", M // 4 * 4, "5")),
    ('"_壹" * (M // 2) + "元"', 0, None),
    ('"V我" * (M // 2) + "5"', 1, _rec("5", M // 2 * 2, "5")),
    ('"满" * M + "5减3"', 2, _rec("3", M + 2, "3")),
    ('"/1" * (M // 2) + "亿元"', 1, _rec("1亿元", M // 2 * 2 - 1, "100000000")),
    # 至 before 上涨 begins no range: each 1元 alone
    (f'"上涨1元至" * {_Q // 5} + "1元"', _Q // 5 + 1, _rec("1元", _Q // 5 * 5, "1")),
    (f'"上涨1元至2元，" * {_Q // 8}', 2 * (_Q // 8), _rec("2元", (_Q // 8 - 1) * 8 + 5, "2")),
    (f'"5万元以上6万元以下" * {_Q // 10}', _Q // 10,
     _rec("5万元以上6万元以下", (_Q // 10 - 1) * 10, "50000", qualifier="range")),
]  # fmt: skip


@pytest.fixture(scope="module")
def megabyte_results() -> dict[str, dict[str, object]]:
    """Every guarded run, two at a time (each child's guard counts from its own start)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {build: pool.submit(_guarded, build) for build, _, _ in _MEGABYTE}
        return {build: future.result() for build, future in futures.items()}


@pytest.mark.parametrize(("build", "count", "last"), _MEGABYTE, ids=[c[0][:40] for c in _MEGABYTE])
def test_a_megabyte_line(
    build: str, count: int, last: dict | None, megabyte_results: dict[str, dict[str, object]]
) -> None:
    got = megabyte_results[build]
    assert "failure" not in got, f"extract({build}): {got['failure']}"
    if count < 0:  # the seed article, again and again: every copy reads as the first
        article = SEED.read_text(encoding="utf-8")
        copies = M // len(article)
        once = extract(article)
        assert got["count"] == len(once) * copies
        assert isinstance(got["last"], dict)
        assert got["last"]["start"] == (copies - 1) * len(article) + once[-1].start
        return
    assert (got["count"], got["last"]) == (count, last)
    if build.startswith(repr(_SENTENCE)):
        assert got["first"] == [
            _rec("约4.5亿美元", 13, "450000000", "USD", "about"),
            _rec("2.3亿元", 33, "230000000"),
        ]


# --- parse on hostile input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "expr",
    [
        "1" * 10_000,
        "1" * 10_000 + "元",
        "万亿亿亿",
        "\x00",
        "\ud800",
        "\u200b" * 1000,
        "$" * 10_000,
        "亿" * 10_000,
        "<b>" * 10_000,
        "5元" * 1000,
        "一" * 1000 + "元",
        "5元十十",
    ],
    ids=lambda e: repr(e[:12]) + f"…({len(e)})",
)
def test_parse_on_hostile_input_returns_a_record_or_raises_parse_error(expr: str) -> None:
    try:
        rec = parse(expr)
    except ParseError as err:
        assert err.position is None or 0 <= err.position <= len(expr)
        return
    check_fields(rec)
    assert rec.text == expr[rec.start : rec.end]


#: (the Python expression that builds the input, what ``parse`` says, the position)
_PARSE_MEGABYTE = [
    ('"." * M', "not a money expression", 0),  # was quadratic (diagnosis; fuzzer)
    ('"[](https://cos" + "." * M + "x.jpg)"', "not a money expression", 0),
    ('"，" * M + "5元"', "malformed number", 0),
    ('"1," * (M // 2)', "malformed number", 1),
    ('"5" * M + "元元"', "unexpected text '元' after the amount", M + 1),
    ('"MOP$" * (M // 4)', "no amount", M),
    # was exponential (fuzzer): MOP$ is MOP and $ too; 22 of them, then M, took 6 s
    ('"MOP$" * (M // 4) + "M" + "MOP$" * 4', "not a money expression", 0),
]


@pytest.mark.parametrize(("build", "reason", "position"), _PARSE_MEGABYTE,
                         ids=[c[0][:40] for c in _PARSE_MEGABYTE])
def test_parse_explains_a_megabyte_of_junk_in_linear_time(
    build: str, reason: str, position: int
) -> None:
    got = _guarded(build, _PARSE_CHILD)
    assert got == {"reason": reason, "position": position}
