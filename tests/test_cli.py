"""The ``finfig`` command line, driven through its real entry points.

Most tests run ``python -m extractor`` (or the ``finfig`` console script) in a subprocess;
the 10,000-file batch calls ``main()`` in-process to stay fast.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from extractor import __version__, batch, extract
from extractor.cli import main
from extractor.models import Money
from extractor.progress import Progress
from extractor.render import CSV_COLUMNS, describe
from extractor.sources import DecodeError, Source, decode

TEXT = "澳大利亚市场营收近6.8亿澳元（约4.4亿美元）"
AUD = {
    "kind": "money",
    "text": "近6.8亿澳元",
    "start": 8,
    "end": 15,
    "value": "680000000",
    "high": None,
    "currency": "AUD",
    "qualifier": "under",
    "per": None,
    "implicit_currency": False,
    "unit_from": None,
}
USD = {
    "kind": "money",
    "text": "约4.4亿美元",
    "start": 16,
    "end": 23,
    "value": "440000000",
    "high": None,
    "currency": "USD",
    "qualifier": "about",
    "per": None,
    "implicit_currency": False,
    "unit_from": None,
}
SUBSCRIPTION = "CapCut Pro 7.99 美元/月"


def finfig(*args: str | Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m extractor ARGS`` and capture bytes."""
    return subprocess.run(
        [sys.executable, "-m", "extractor", *map(str, args)],
        input=stdin,
        capture_output=True,
        check=False,
    )


def documents(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    """The JSON array of documents a run printed."""
    return json.loads(result.stdout.decode("utf-8"))


def library_records(text: str) -> list[dict[str, Any]]:
    """What the library itself returns for ``text``, as JSON."""
    return [m.model_dump(mode="json") for m in extract(text)]


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """A folder of the same sentence in every detected encoding, plus bad and empty files."""
    folder = tmp_path / "reports"
    (folder / "gb").mkdir(parents=True)
    (folder / "utf16").mkdir()
    (folder / "a_utf8.txt").write_bytes(TEXT.encode("utf-8"))
    (folder / "b_utf8_bom.txt").write_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    (folder / "gb" / "c_gb18030.txt").write_bytes(TEXT.encode("gb18030"))
    (folder / "gb" / "d_gbk.md").write_bytes(TEXT.encode("gbk"))
    (folder / "utf16" / "e_le.txt").write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    (folder / "utf16" / "f_be.txt").write_bytes(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"))
    (folder / "g_empty.txt").write_bytes(b"")
    (folder / "h_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "i_undecodable.txt").write_bytes(b"revenue \x80\xff\x80")
    (folder / "j_no_money.txt").write_text("今天天气很好", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\x00")  # not matched by the default globs
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_text(TEXT, encoding="utf-8")  # hidden: skipped
    return folder


GOOD = {
    "a_utf8.txt": "utf-8",
    "b_utf8_bom.txt": "utf-8-sig",
    "gb/c_gb18030.txt": "gb18030",
    "gb/d_gbk.md": "gb18030",
    "utf16/e_le.txt": "utf-16-le",
    "utf16/f_be.txt": "utf-16-be",
}


# -- the library behaviour the CLI is built on ------------------------------------------


def test_engine_examples_hold() -> None:
    assert library_records(TEXT) == [AUD, USD]
    assert TEXT[16:23] == USD["text"]
    assert library_records("今天天气很好") == []


# -- entry points ---------------------------------------------------------------------------


def test_version_and_help() -> None:
    version = finfig("--version")
    assert version.returncode == 0
    assert version.stdout.decode().strip() == f"finfig {__version__}"
    helped = finfig("extract", "--help")
    assert helped.returncode == 0
    out = helped.stdout.decode("utf-8")
    assert "examples:" in out
    assert 'finfig parse "近6.8亿澳元"' in out
    assert "exit codes:" in out


def test_console_script_matches_python_m() -> None:
    script = Path(sys.executable).with_name("finfig")
    assert script.exists()
    by_script = subprocess.run(
        [str(script), "extract", "--format", "jsonl"],
        input=TEXT.encode(),
        capture_output=True,
        check=False,
    )
    by_module = finfig("extract", "--format", "jsonl", stdin=TEXT.encode())
    assert by_script.returncode == by_module.returncode == 0
    assert by_script.stdout == by_module.stdout
    assert len(by_script.stdout.splitlines()) == 2


def test_no_command_is_a_usage_error() -> None:
    result = finfig()
    assert result.returncode == 2
    assert b"usage: finfig" in result.stderr


# -- stdin and the json format --------------------------------------------------------------


def test_stdin_json() -> None:
    result = finfig("extract", stdin=TEXT.encode("utf-8"))
    assert result.returncode == 0
    assert result.stderr == b""
    assert documents(result) == [{"source": "<stdin>", "encoding": "utf-8", "mentions": [AUD, USD]}]


def test_stdin_dash_with_files_keeps_argument_order(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(SUBSCRIPTION, encoding="utf-8")
    last = tmp_path / "last.txt"
    last.write_text("今天天气很好", encoding="utf-8")
    result = finfig("extract", first, "-", last, stdin=TEXT.encode("gb18030"))
    assert result.returncode == 0
    docs = documents(result)
    assert [(d["source"], d["encoding"]) for d in docs] == [
        (str(first), "utf-8"),
        ("<stdin>", "gb18030"),
        (str(last), "utf-8"),
    ]
    assert docs[1]["mentions"] == [AUD, USD]
    assert docs[2]["mentions"] == []


def test_stdin_utf16_with_bom() -> None:
    data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")
    result = finfig("extract", "-", stdin=data)
    assert result.returncode == 0
    assert documents(result) == [
        {"source": "<stdin>", "encoding": "utf-16-le", "mentions": [AUD, USD]}
    ]


def test_json_is_exactly_an_indented_array(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "two.txt").write_text(SUBSCRIPTION, encoding="utf-8")
    result = finfig("extract", tmp_path)
    docs = documents(result)
    expected = json.dumps(docs, ensure_ascii=False, indent=2) + "\n"
    assert result.stdout == expected.encode("utf-8")
    assert [d["source"] for d in docs] == [str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]


def test_per_month() -> None:
    result = finfig("extract", "--format", "jsonl", stdin=SUBSCRIPTION.encode())
    (line,) = result.stdout.decode("utf-8").splitlines()
    record = json.loads(line)
    assert record["text"] == "7.99 美元"
    assert record["value"] == "7.99"
    assert record["currency"] == "USD"
    assert record["per"] == "month"
    assert SUBSCRIPTION[record["start"] : record["end"]] == "7.99 美元"


# -- folders, encodings and failures ----------------------------------------------------


def test_folder_detects_every_encoding_and_reports_bad_files(mixed_folder: Path) -> None:
    result = finfig("extract", mixed_folder)
    assert result.returncode == 1
    docs = documents(result)
    found = {Path(d["source"]).relative_to(mixed_folder).as_posix(): d for d in docs}
    assert list(found) == [
        "a_utf8.txt",
        "b_utf8_bom.txt",
        "g_empty.txt",
        "gb/c_gb18030.txt",
        "gb/d_gbk.md",
        "j_no_money.txt",
        "utf16/e_le.txt",
        "utf16/f_be.txt",
    ]
    for name, encoding in GOOD.items():
        assert found[name]["encoding"] == encoding
        assert found[name]["mentions"] == [AUD, USD]
    assert found["g_empty.txt"] == {
        "source": str(mixed_folder / "g_empty.txt"),
        "encoding": "utf-8",
        "mentions": [],
    }
    assert found["j_no_money.txt"]["mentions"] == []

    errors = result.stderr.decode("utf-8").splitlines()
    assert errors == [
        f"finfig: {mixed_folder / 'h_binary.txt'}: binary file (NUL byte at offset 8)",
        f"finfig: {mixed_folder / 'i_undecodable.txt'}: cannot decode as UTF-8, UTF-16/32 "
        "with a byte-order mark or GB18030 (use --encoding to name the encoding)",
        "finfig: 2 of 10 inputs failed",
    ]


def test_nothing_is_lost(mixed_folder: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = finfig("extract", mixed_folder, missing, "--glob", "*")
    assert result.returncode == 1
    listed = {d["source"] for d in documents(result)}
    failed = {
        line.split(": ")[1]
        for line in result.stderr.decode("utf-8").splitlines()
        if not line.endswith("inputs failed")
    }
    every_file = {str(p) for p in mixed_folder.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert listed | failed == every_file | {str(missing)}
    assert not listed & failed
    assert failed == {
        str(mixed_folder / "h_binary.txt"),
        str(mixed_folder / "i_undecodable.txt"),
        str(mixed_folder / "picture.png"),
        str(missing),
    }
    assert f"finfig: {missing}: No such file or directory" in result.stderr.decode("utf-8")


def test_empty_file_is_fine(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = finfig("extract", empty)
    assert result.returncode == 0
    assert result.stderr == b""
    assert documents(result) == [{"source": str(empty), "encoding": "utf-8", "mentions": []}]


def test_forced_encoding(tmp_path: Path) -> None:
    no_bom = tmp_path / "utf16_no_bom.txt"
    no_bom.write_bytes(TEXT.encode("utf-16-le"))
    detected = finfig("extract", no_bom)
    assert detected.returncode == 1
    assert documents(detected) == []
    assert detected.stderr.decode("utf-8").splitlines()[0] == (
        f"finfig: {no_bom}: no byte-order mark but looks like utf-16-le (use --encoding utf-16-le)"
    )
    forced = finfig("extract", no_bom, "--encoding", "UTF-16LE")
    assert forced.returncode == 0
    assert documents(forced) == [
        {"source": str(no_bom), "encoding": "utf-16-le", "mentions": [AUD, USD]}
    ]

    forced_bom = tmp_path / "bom.txt"
    forced_bom.write_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    result = finfig("extract", forced_bom, "-e", "utf-8")
    assert documents(result)[0]["mentions"] == [AUD, USD]  # the BOM is not a character

    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(TEXT.encode("gbk"))
    wrong = finfig("extract", gbk, "--encoding", "utf-8")
    assert wrong.returncode == 1
    assert documents(wrong) == []
    assert f"finfig: {gbk}: not valid utf-8 (undecodable byte(s) b0 at offset 0)" in (
        wrong.stderr.decode("utf-8")
    )

    unknown = finfig("extract", gbk, "--encoding", "no-such-codec")
    assert unknown.returncode == 2
    assert b"unknown encoding: no-such-codec" in unknown.stderr


def test_globs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "B.TXT").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.log").write_text(TEXT, encoding="utf-8")
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.7\x00")
    default = [Path(d["source"]).name for d in documents(finfig("extract", tmp_path))]
    assert default == ["B.TXT", "a.txt"]
    chosen = finfig("extract", tmp_path, "--glob", "*.log,*.TXT", "-g", "*.pdf")
    assert [Path(d["source"]).name for d in documents(chosen)] == ["B.TXT", "a.txt", "c.log"]
    assert chosen.returncode == 1
    assert b"d.pdf: binary file" in chosen.stderr
    explicit = finfig("extract", tmp_path / "c.log")  # files named explicitly ignore --glob
    assert [d["mentions"] for d in documents(explicit)] == [[AUD, USD]]


def test_folder_without_matches(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    result = finfig("extract", tmp_path)
    assert result.returncode == 0
    assert result.stdout == b"[]\n"
    assert b"warning: no input files found" in result.stderr
    quiet = finfig("extract", tmp_path, "--quiet")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, b"[]\n", b"")


def test_output_file_is_never_read_back(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "figures.json"
    for _ in range(2):  # the second run must not read the first run's output
        result = finfig("extract", tmp_path, "--output", out)
        assert result.returncode == 0
        assert result.stdout == b""
    docs = json.loads(out.read_text(encoding="utf-8"))
    assert [d["source"] for d in docs] == [str(tmp_path / "report.txt")]
    same = finfig("extract", tmp_path / "report.txt", "-o", tmp_path / "report.txt")
    assert same.returncode == 2
    assert b"the output file is also an input" in same.stderr
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == TEXT


def test_unwritable_output(tmp_path: Path) -> None:
    result = finfig("extract", "-o", tmp_path / "no" / "such" / "dir.json", stdin=TEXT.encode())
    assert result.returncode == 2
    assert b"cannot write" in result.stderr


# -- jsonl, csv, html -------------------------------------------------------------------


def test_jsonl(mixed_folder: Path) -> None:
    result = finfig("extract", mixed_folder / "gb", "--format", "jsonl")
    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    gb = str(mixed_folder / "gb" / "c_gb18030.txt")
    gbk = str(mixed_folder / "gb" / "d_gbk.md")
    assert lines == [
        {"source": gb, "encoding": "gb18030", **AUD},
        {"source": gb, "encoding": "gb18030", **USD},
        {"source": gbk, "encoding": "gb18030", **AUD},
        {"source": gbk, "encoding": "gb18030", **USD},
    ]
    assert list(lines[0])[:3] == ["source", "encoding", "kind"]


def test_format_from_output_extension(tmp_path: Path) -> None:
    out = tmp_path / "figures.jsonl"
    assert finfig("extract", "-o", out, stdin=TEXT.encode()).returncode == 0
    assert [json.loads(x)["text"] for x in out.read_text("utf-8").splitlines()] == [
        "近6.8亿澳元",
        "约4.4亿美元",
    ]


def test_csv(tmp_path: Path) -> None:
    result = finfig("extract", "--format", "csv", stdin=TEXT.encode())
    assert result.returncode == 0
    assert result.stdout.startswith(b"source,encoding,kind,text,start,end,value,high,currency,")
    rows = list(csv.reader(io.StringIO(result.stdout.decode("utf-8"), newline="")))
    assert rows[0] == list(CSV_COLUMNS)
    assert rows[1:] == [
        ["<stdin>", "utf-8", "money", "近6.8亿澳元", "8", "15", "680000000", "", "AUD",
         "under", "", "false", ""],
        ["<stdin>", "utf-8", "money", "约4.4亿美元", "16", "23", "440000000", "", "USD",
         "about", "", "false", ""],
    ]  # fmt: skip
    assert result.stdout.count(b"\r\n") == 3

    out = tmp_path / "excel.csv"
    with_bom = finfig("extract", "--bom", "-o", out, stdin=TEXT.encode())
    assert with_bom.returncode == 0
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8 + b"source,encoding,")
    assert data[len(codecs.BOM_UTF8) :] == result.stdout

    misuse = finfig("extract", "--bom", "--format", "json", stdin=TEXT.encode())
    assert misuse.returncode == 2
    assert b"--bom applies to --format csv only" in misuse.stderr


def test_csv_quotes_awkward_file_names(tmp_path: Path) -> None:
    awkward = tmp_path / 'q,"x".txt'
    awkward.write_text(SUBSCRIPTION, encoding="utf-8")
    result = finfig("extract", awkward, "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout.decode("utf-8"), newline="")))
    assert rows[1][:4] == [str(awkward), "utf-8", "money", "7.99 美元"]
    assert rows[1][6] == "7.99"
    assert rows[1][10] == "month"


def test_html_page(tmp_path: Path) -> None:
    hostile = f'<script>alert("x")</script> & {TEXT}\n\n“引号”'
    source = tmp_path / "<b>news&amp;.txt"
    source.write_text(hostile, encoding="gb18030")
    out = tmp_path / "page.html"
    result = finfig("extract", source, "-o", out)
    assert result.returncode == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    assert "<script" not in page  # self-contained and inert: the input's tag is escaped
    assert not re.search(r"""(src|href)=["']?https?:""", page)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; " in page
    assert "&lt;b&gt;news&amp;amp;.txt</h2>" in page
    assert '<p class="meta">gb18030 · 2 figures</p>' in page

    marks = re.findall(r'<mark class="(\w+)"[^>]* title="([^"]*)"[^>]*>([^<]*)</mark>', page)
    assert marks == [
        ("under", "under 680,000,000 AUD", "近6.8亿澳元"),
        ("about", "about 440,000,000 USD", "约4.4亿美元"),
    ]
    pre = re.search(r'<pre class="text">\n(.*?)</pre>', page, re.S)
    assert pre is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", pre.group(1))) == hostile
    assert "1 document, 2 figures" in page


def test_html_tooltip_for_per() -> None:
    result = finfig("extract", "--format", "html", stdin=SUBSCRIPTION.encode())
    page = result.stdout.decode("utf-8")
    assert 'title="7.99 USD per month"' in page
    assert 'data-value="7.99"' in page


# -- parse ------------------------------------------------------------------------------


def test_parse() -> None:
    result = finfig("parse", "近6.8亿澳元")
    assert result.returncode == 0
    assert json.loads(result.stdout.decode("utf-8")) == {**AUD, "start": 0, "end": 7}


def test_in_process_stdio(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["parse", "约4.4亿美元"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {**USD, "start": 0, "end": 7}
    assert captured.err == ""

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("gb18030"))))
    assert main(["extract", "-", "-o", "-", "-f", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == [
        {"source": "<stdin>", "encoding": "gb18030", **AUD},
        {"source": "<stdin>", "encoding": "gb18030", **USD},
    ]
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"finfig {__version__}\n"


def test_currency_option_names_the_default_currency() -> None:
    hk = "呢杯奶茶$25，月費18元"
    result = finfig("extract", "--currency", "hkd", "--format", "jsonl", stdin=hk.encode())
    assert result.returncode == 0
    got = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [(r["text"], r["currency"]) for r in got] == [("$25", "HKD"), ("18元", "HKD")]
    parsed = finfig("parse", "-c", "TWD", "350元")
    assert json.loads(parsed.stdout.decode("utf-8"))["currency"] == "TWD"
    bad = finfig("extract", "--currency", "XYZ", stdin=hk.encode())
    assert bad.returncode == 2
    assert b"unknown default_currency 'XYZ'" in bad.stderr


def test_parse_error() -> None:
    result = finfig("parse", "2024年")
    assert result.returncode == 1
    assert result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert err.startswith("finfig: not a money expression")
    assert "  2024年\n" in err
    assert "Traceback" not in err


# -- batches and workers ------------------------------------------------------------------


def test_workers_give_identical_output(
    mixed_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("json", "jsonl", "csv", "html"):
        one, two = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
        assert main(["extract", str(mixed_folder), "-o", str(one), "--workers", "1"]) == 1
        serial_errors = capsys.readouterr().err
        assert main(["extract", str(mixed_folder), "-o", str(two), "--workers", "2"]) == 1
        assert capsys.readouterr().err == serial_errors
        assert serial_errors.endswith("finfig: 2 of 10 inputs failed\n")
        assert one.read_bytes() == two.read_bytes()
    assert len(json.loads((tmp_path / "two.json").read_text("utf-8"))) == 8
    assert len((tmp_path / "two.jsonl").read_text("utf-8").splitlines()) == 12


@pytest.mark.skipif(sys.platform != "linux", reason="workers inherit the patch only by fork")
def test_a_dead_worker_does_not_sink_the_batch(
    mixed_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    serial = tmp_path / "serial.jsonl"
    assert main(["extract", str(mixed_folder), "-o", str(serial)]) == 1
    serial_errors = capsys.readouterr().err

    parent, real = os.getpid(), batch.process

    def killer(
        source: Source, encoding: str | None = None, keep_text: bool = False, options: Any = None
    ) -> Any:
        if os.getpid() != parent and source.name.endswith("e_le.txt"):
            os._exit(9)  # the worker dies as if killed
        return real(source, encoding, keep_text, options)

    monkeypatch.setattr(batch, "process", killer)
    parallel = tmp_path / "parallel.jsonl"
    assert main(["extract", str(mixed_folder), "-o", str(parallel), "-j", "2"]) == 1
    errors = capsys.readouterr().err
    assert "finfig: warning: a worker process died; finishing the batch in this process\n" in errors
    assert (
        errors.replace(
            "finfig: warning: a worker process died; finishing the batch in this process\n", ""
        )
        == serial_errors
    )
    assert parallel.read_bytes() == serial.read_bytes()
    assert len(serial.read_text("utf-8").splitlines()) == 12


def test_no_progress_bar_when_stderr_is_not_a_terminal(mixed_folder: Path) -> None:
    result = finfig("extract", mixed_folder / "utf16", mixed_folder / "gb")
    assert result.returncode == 0
    assert result.stderr == b""


def test_ten_thousand_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "batch"
    expected: list[str] = []
    for shard in range(10):
        (folder / f"d{shard}").mkdir(parents=True)
        for i in range(1000):
            number = shard * 1000 + i
            path = folder / f"d{shard}" / f"f{number:05d}.txt"
            path.write_text("\n" * (number % 5) + TEXT, encoding="utf-8")
            expected.append(str(path))

    serial = tmp_path / "serial.json"
    parallel = tmp_path / "parallel.json"
    assert main(["extract", str(folder), "-o", str(serial), "--quiet"]) == 0
    assert main(["extract", str(folder), "-o", str(parallel), "-q", "--workers", "2"]) == 0
    assert capsys.readouterr().err == ""
    assert serial.read_bytes() == parallel.read_bytes()

    docs = json.loads(serial.read_text(encoding="utf-8"))
    assert len(docs) == 10_000
    assert [d["source"] for d in docs] == expected
    for number, doc in enumerate(docs):
        shift = number % 5
        assert doc["mentions"] == [
            {**AUD, "start": 8 + shift, "end": 15 + shift},
            {**USD, "start": 16 + shift, "end": 23 + shift},
        ]


# -- the pieces, directly ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32-be"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        ("€5 🙂 ".encode("gb18030"), "gb18030"),
    ],
)
def test_decode_detects(data: bytes, encoding: str) -> None:
    text, used = decode(data)
    assert used == encoding
    assert text == data.decode(encoding).removeprefix("\ufeff")
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"abc\x00def", "binary file (NUL byte at offset 3)"),
        (b"\x00\x01\x02\x03", "binary file (NUL byte at offset 0)"),
        ("收入6.8亿\n".encode("utf-16-le"), "no byte-order mark but looks like utf-16-le"),
        ("收入6.8亿\n".encode("utf-16-be"), "no byte-order mark but looks like utf-16-be"),
        (b"\xff\xfe\x00\xd8", "has a utf-16-le byte-order mark but undecodable byte(s) 00 d8"),
    ],
)
def test_decode_rejects(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode(data)
    assert str(caught.value).startswith(reason)


@pytest.mark.parametrize(
    ("fields", "reading"),
    [
        ({"value": "680000000", "qualifier": "under"}, "under 680,000,000 AUD"),
        ({"value": "3E+8", "high": "5E+8", "qualifier": "range"}, "300,000,000 – 500,000,000 AUD"),
        ({"value": None, "qualifier": "vague"}, "an unspecified amount of AUD"),
        ({"value": "1E+8", "qualifier": "vague"}, "100,000,000 AUD (vague)"),
        (
            {"value": "0.5", "per": "股", "implicit_currency": True},
            "0.5 AUD per 股, currency implied",
        ),
    ],
)
def test_html_tooltip_wording(fields: dict[str, Any], reading: str) -> None:
    mention = Money(text="x", start=0, end=1, currency="AUD", **fields)
    assert describe(mention) == reading


def test_progress_bar() -> None:
    stream = io.StringIO()
    bar = Progress(4, stream, enabled=True)
    bar.advance()
    bar.advance(failed=True)
    bar.note("finfig: x.txt: binary file")
    bar.advance()
    bar.advance()
    bar.close()
    shown = stream.getvalue()
    assert "finfig: x.txt: binary file\n" in shown
    assert " 50%  2/4  1 failed" in shown
    assert "100%  4/4  1 failed" in shown
    assert shown.endswith("\r\x1b[K")

    silent = io.StringIO()
    off = Progress(4, silent, enabled=False)
    off.advance()
    off.note("finfig: y.txt: empty")
    off.close()
    assert silent.getvalue() == "finfig: y.txt: empty\n"
