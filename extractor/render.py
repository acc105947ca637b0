"""Output formats for the command line: JSON, JSON Lines, CSV and a self-contained HTML page.

Every renderer streams: ``start`` once, ``add`` per document in input order, ``finish``
once. Records always go through ``Money.model_dump(mode="json")``.
"""

from __future__ import annotations

import csv
import html
import json
import re
from decimal import Decimal
from typing import Any, ClassVar, TextIO

from extractor.batch import Document
from extractor.models import Money, Record

FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "html")

RECORD_FIELDS: tuple[str, ...] = tuple(Money.model_fields)
"""Record columns, in the model's field order."""

CSV_COLUMNS: tuple[str, ...] = ("source", "encoding", *RECORD_FIELDS)


def records(document: Document) -> list[dict[str, Any]]:
    """The document's mentions as JSON-ready dicts (decimals as strings)."""
    return [mention.model_dump(mode="json") for mention in document.mentions]


def _dumps(value: Any, indent: int | None = None) -> str:
    """JSON with Chinese kept readable (the output is always UTF-8)."""
    return json.dumps(value, ensure_ascii=False, indent=indent)


class Renderer:
    """Base class: writes to ``out``; ``needs_text`` asks the batch to keep document text."""

    needs_text: ClassVar[bool] = False

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def start(self) -> None:
        """Write whatever comes before the first document."""

    def add(self, document: Document) -> None:
        """Write one document."""
        raise NotImplementedError

    def finish(self) -> None:
        """Write whatever comes after the last document."""


class JsonRenderer(Renderer):
    """A JSON array with one ``{"source", "encoding", "mentions"}`` object per input.

    The bytes equal ``json.dumps(documents, ensure_ascii=False, indent=2)`` plus a newline.
    """

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self._count = 0

    def add(self, document: Document) -> None:
        body = {
            "source": document.name,
            "encoding": document.encoding,
            "mentions": records(document),
        }
        self.out.write("[\n  " if self._count == 0 else ",\n  ")
        self.out.write(_dumps(body, indent=2).replace("\n", "\n  "))
        self._count += 1

    def finish(self) -> None:
        self.out.write("[]\n" if self._count == 0 else "\n]\n")


class JsonlRenderer(Renderer):
    """One JSON object per record per line: ``source``, ``encoding``, then the record fields."""

    def add(self, document: Document) -> None:
        for record in records(document):
            line = {"source": document.name, "encoding": document.encoding, **record}
            self.out.write(_dumps(line) + "\n")


class CsvRenderer(Renderer):
    """A header row, then one row per record; empty cell for null, ``true``/``false`` for bools."""

    def __init__(self, out: TextIO, bom: bool = False) -> None:
        super().__init__(out)
        self._bom = bom
        self._writer = csv.writer(out, lineterminator="\r\n")

    def start(self) -> None:
        if self._bom:
            self.out.write("\ufeff")
        self._writer.writerow(CSV_COLUMNS)

    def add(self, document: Document) -> None:
        for record in records(document):
            row = [document.name, document.encoding]
            row.extend(_cell(record[field]) for field in RECORD_FIELDS)
            self._writer.writerow(row)


def _cell(value: Any) -> str:
    """A CSV cell for a JSON value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "about": "about ",
    "over": "over ",
    "under": "under ",
    "range": "",
    "vague": "",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


#: How a number of each kind that is not money reads: ``42.8%``, ``0.5 pp``, ``2×``.
_RATIO_UNITS: dict[str, tuple[str, str]] = {
    "percent": ("", "%"),
    "percentage_point": ("", " percentage points"),
    "multiple": ("", "×"),
}


def describe(mention: Record) -> str:
    """A reader's summary of a record: ``under 680,000,000 AUD``, ``7.99 USD per month``,
    ``about 30%``."""
    if isinstance(mention, Money):
        before, after = "", f" {mention.currency}"
        unknown = f"an unspecified amount of {mention.currency}"
    else:
        before, after = _RATIO_UNITS[mention.kind]
        unknown = f"an unspecified {mention.kind.replace('_', ' ')}"
    if mention.value is None:
        amount = unknown
    elif mention.high is not None:
        amount = f"{before}{_grouped(mention.value)} – {_grouped(mention.high)}{after}"
    else:
        amount = f"{before}{_grouped(mention.value)}{after}"
    text = _QUALIFIER_WORDS[mention.qualifier] + amount
    if mention.qualifier == "vague" and mention.value is not None:
        text += " (vague)"
    if isinstance(mention, Money):
        if mention.per:
            text += f" per {mention.per}"
        if mention.implicit_currency:
            text += ", currency implied"
    return text


def _grouped(value: Decimal) -> str:
    """Fixed-point digits with thousands separators, never an exponent."""
    return format(value, ",f")


def _escape(text: str) -> str:
    """HTML-escape text, showing control characters (which HTML forbids) as U+FFFD."""
    return html.escape(_CONTROL.sub("\ufffd", text), quote=True)


_STYLE = """
body { font: 16px/1.7 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC",
  sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; color: #1d1d1f; }
header p, .meta, footer { color: #666; font-size: 0.9rem; }
section { border-top: 1px solid #ddd; padding: 0.5rem 0 1rem; }
h2 { font-size: 1.05rem; margin: 0.5rem 0 0; word-break: break-all; }
.text { white-space: pre-wrap; word-wrap: break-word; font: inherit; margin: 0.5rem 0;
  background: #fafafa; padding: 0.75rem 1rem; border-radius: 6px; }
mark { background: #ffe58a; border-radius: 3px; padding: 0 1px; cursor: help; }
mark.about { background: #c8e6ff; } mark.over, mark.under { background: #ffd0b0; }
mark.range { background: #d6f5c8; } mark.vague { background: #e5dcff; }
mark:hover, mark:focus { outline: 2px solid #333; }
table { border-collapse: collapse; font-size: 0.9rem; margin-top: 0.5rem; }
th, td { text-align: left; padding: 0.15rem 0.75rem 0.15rem 0; border-bottom: 1px solid #eee; }
td.num { font-variant-numeric: tabular-nums; text-align: right; }
"""


class HtmlRenderer(Renderer):
    """One page: each input's text with figures highlighted, the value in a tooltip."""

    needs_text = True

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self._documents = 0
        self._mentions = 0

    def start(self) -> None:
        self.out.write(
            '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>finfig: money figures</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
            "<header><h1>Money figures</h1>"
            "<p>Each figure is highlighted; hover over it (or see the table) for its value."
            "</p></header>\n"
        )

    def add(self, document: Document) -> None:
        self._documents += 1
        self._mentions += len(document.mentions)
        count = len(document.mentions)
        self.out.write(
            f'<section id="doc-{self._documents}">\n<h2>{_escape(document.name)}</h2>\n'
            f'<p class="meta">{_escape(document.encoding)} · {count} '
            f"figure{'' if count == 1 else 's'}</p>\n"
            f'<pre class="text">\n{self._highlighted(document)}</pre>\n'
        )
        if document.mentions:
            self.out.write(self._table(document))
        self.out.write("</section>\n")

    def finish(self) -> None:
        self.out.write(
            f"<footer>{self._documents} document{'' if self._documents == 1 else 's'}, "
            f"{self._mentions} figure{'' if self._mentions == 1 else 's'}. "
            "Made by finfig.</footer>\n</body>\n</html>\n"
        )

    def _highlighted(self, document: Document) -> str:
        """The escaped text with each mention wrapped in ``<mark>``."""
        text = document.text or ""
        parts: list[str] = []
        cursor = 0
        for mention in sorted(document.mentions, key=lambda m: (m.start, m.end)):
            if mention.start < cursor or mention.end > len(text):
                continue  # overlapping or out of range: listed in the table only
            parts.append(_escape(text[cursor : mention.start]))
            record = mention.model_dump(mode="json")
            parts.append(
                f'<mark class="{record["qualifier"]}" tabindex="0" '
                f'title="{_escape(describe(mention))}" '
                f'data-value="{_escape(record["value"] or "")}" '
                f'data-high="{_escape(record["high"] or "")}" '
                f'data-currency="{_escape(record["currency"])}">'
                f"{_escape(text[mention.start : mention.end])}</mark>"
            )
            cursor = mention.end
        parts.append(_escape(text[cursor:]))
        return "".join(parts)

    def _table(self, document: Document) -> str:
        """A table of the document's records."""
        rows = [
            "<table>\n<thead><tr><th>Text</th><th>Offsets</th><th>Value</th><th>High</th>"
            "<th>Currency</th><th>Qualifier</th><th>Per</th><th>Reads as</th></tr></thead>\n"
            "<tbody>\n"
        ]
        for mention in document.mentions:
            record = mention.model_dump(mode="json")
            cells = (
                ("", record["text"]),
                ("num", f"{record['start']}–{record['end']}"),
                ("num", record["value"] or ""),
                ("num", record["high"] or ""),
                ("", record["currency"]),
                ("", record["qualifier"]),
                ("", record["per"] or ""),
                ("", describe(mention)),
            )
            rows.append(
                "<tr>"
                + "".join(
                    f'<td class="{css}">{_escape(str(value))}</td>'
                    if css
                    else f"<td>{_escape(str(value))}</td>"
                    for css, value in cells
                )
                + "</tr>\n"
            )
        rows.append("</tbody>\n</table>\n")
        return "".join(rows)


def make_renderer(name: str, out: TextIO, bom: bool = False) -> Renderer:
    """The renderer for format ``name`` (one of ``FORMATS``)."""
    if name == "json":
        return JsonRenderer(out)
    if name == "jsonl":
        return JsonlRenderer(out)
    if name == "csv":
        return CsvRenderer(out, bom=bom)
    if name == "html":
        return HtmlRenderer(out)
    raise ValueError(f"unknown format {name!r}")
