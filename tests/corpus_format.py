"""Reader for the example corpus in ``tests/corpus/`` (the corpus is the test suite).

A corpus file is plain UTF-8 text, one example per line, grouped under headers::

    # a comment                       (ignored)
    ## Section title                  (for humans; kept on each example)
    = CNY 450000000 exact per=day     (the record the lines below must give)
    相当于每天[[4.5个小目标]]
    = CNY 5~8 range                   (~high makes a range; qualifier then defaults to range)
    = CNY null vague                  (a vague amount: value and high null)
    = CNY 20000 per=month implicit    (implicit = implicit_currency true)
    = none                            (extract finds nothing in the lines below)
    = mixed                           (several [[figure]]{CUR VALUE ...} per line, in order)
    = error                           (parse.txt only: parse raises ParseError)
    @ default_currency=HKD            (options of the call for the examples below, until the
                                       next ``@`` line or section: Hong Kong text)

Header syntax: ``= CUR VALUE[~HIGH] [QUALIFIER] [per=WORD] [implicit]``, in that order. CUR is
an ISO code, VALUE and HIGH are plain decimals (``-3.6``, ``1299.50``) or VALUE is ``null``.
QUALIFIER defaults to ``exact`` (``range`` when HIGH is given).

In ``extract`` files (money.txt) a line under a record header holds exactly one ``[[...]]``: the
input is the line without the markers, and the expected text/start/end are those of the marked
part. In ``parse`` files (parse.txt) a line is a whole phrase (no markers), expected with
start 0 and end len(line).

The reader is strict: anything it cannot read exactly raises :class:`CorpusError` naming
``file:line``. Lines may not start or end with whitespace, a header must have examples, an
input may not repeat within a file, and a line holding an invisible format character (a
zero-width space, joiner, ...) must follow a comment line that says so. Example lines cannot
start with ``#``, ``=`` or ``@`` and cannot contain ``[[``/``]]`` of their own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal

Mode = Literal["extract", "parse"]

QUALIFIERS = ("exact", "about", "over", "under", "range", "vague")
OPEN, CLOSE = "[[", "]]"

_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_CURRENCY = re.compile(r"[A-Z]{3,4}")  # ISO 4217, or a crypto ticker (USDT)
#: Options an ``@`` line may set, and the values each may take.
OPTIONS: dict[str, re.Pattern[str]] = {"default_currency": re.compile(r"[A-Z]{3}")}
_MIXED_MARK = re.compile(r"\[\[(.+?)\]\]\{([^{}]*)\}")
_KINDS: dict[str, tuple[str, ...]] = {
    "extract": ("record", "none", "mixed"),
    "parse": ("record", "error"),
}


class CorpusError(ValueError):
    """A corpus line that cannot be read; the message starts with ``file:line``."""


@dataclass(frozen=True)
class Record:
    """One expected money record (the fields of ``extractor.Money``)."""

    text: str
    start: int
    end: int
    value: Decimal | None
    high: Decimal | None
    currency: str
    qualifier: str
    per: str | None
    implicit_currency: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": "money",
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "high": self.high,
            "currency": self.currency,
            "qualifier": self.qualifier,
            "per": self.per,
            "implicit_currency": self.implicit_currency,
        }


@dataclass(frozen=True)
class Spec:
    """A header's expectation, before it is placed on a span."""

    currency: str
    value: Decimal | None
    high: Decimal | None
    qualifier: str
    per: str | None
    implicit_currency: bool

    def at(self, text: str, start: int) -> Record:
        return Record(
            text=text,
            start=start,
            end=start + len(text),
            value=self.value,
            high=self.high,
            currency=self.currency,
            qualifier=self.qualifier,
            per=self.per,
            implicit_currency=self.implicit_currency,
        )


@dataclass(frozen=True)
class Example:
    """One corpus line: an input and what it must give.

    ``kind`` is ``record``/``none``/``mixed`` (extract) or ``record``/``error`` (parse);
    ``expected`` holds the records (empty for ``none`` and ``error``).
    """

    file: str
    line: int
    section: str
    kind: str
    input: str
    expected: tuple[Record, ...]
    #: keyword arguments of the extract or parse call (``@`` lines)
    options: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"


def parse_spec(spec: str, where: str) -> Spec:
    """Read ``CUR VALUE[~HIGH] [QUALIFIER] [per=WORD] [implicit]``."""
    tokens = spec.split()
    if len(tokens) < 2:
        raise CorpusError(f"{where}: expected 'CUR VALUE ...', got {spec!r}")
    currency, amount, rest = tokens[0], tokens[1], tokens[2:]
    if not _CURRENCY.fullmatch(currency):
        raise CorpusError(f"{where}: currency must be an ISO code like CNY, got {currency!r}")

    low_text, tilde, high_text = amount.partition("~")
    value = _decimal(low_text, where, allow_null=True)
    high = _decimal(high_text, where, allow_null=False) if tilde else None

    qualifier = "range" if high is not None else "exact"
    if rest and rest[0] in QUALIFIERS:
        qualifier = rest.pop(0)
    per = None
    if rest and rest[0].startswith("per="):
        per = rest.pop(0)[len("per=") :]
        if not per:
            raise CorpusError(f"{where}: empty per=")
    implicit = bool(rest) and rest[0] == "implicit"
    if implicit:
        rest.pop(0)
    if rest:
        raise CorpusError(
            f"{where}: unexpected {rest[0]!r} (order: CUR VALUE[~HIGH] [QUALIFIER] "
            f"[per=WORD] [implicit]; qualifiers: {', '.join(QUALIFIERS)})"
        )

    if (value is None) != (qualifier == "vague"):
        raise CorpusError(f"{where}: value null goes with qualifier vague, and only with it")
    if (high is not None) != (qualifier == "range"):
        raise CorpusError(f"{where}: a range needs VALUE~HIGH, and ~HIGH needs qualifier range")
    if high is not None and value is not None and not value < high:
        raise CorpusError(f"{where}: range low {value} is not below high {high}")
    return Spec(currency, value, high, qualifier, per, implicit)


def _decimal(text: str, where: str, *, allow_null: bool) -> Decimal | None:
    if allow_null and text == "null":
        return None
    if not _DECIMAL.fullmatch(text):
        raise CorpusError(f"{where}: not a plain decimal: {text!r}")
    return Decimal(text)


def loads(text: str, name: str, mode: Mode) -> list[Example]:
    """Read corpus ``text`` (``name`` is used in ids and errors)."""
    if mode not in _KINDS:
        raise ValueError(f"mode must be 'extract' or 'parse', not {mode!r}")
    examples: list[Example] = []
    seen: dict[str, int] = {}
    section = ""
    options: tuple[tuple[str, str], ...] = ()
    kind: str | None = None
    spec: Spec | None = None
    header_line = 0
    header_count = 0
    previous_is_comment = False

    def close_header() -> None:
        if kind is not None and header_count == 0:
            raise CorpusError(f"{name}:{header_line}: header has no example lines")

    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if "\r" in line:
            raise CorpusError(f"{where}: carriage return (use LF line ends)")
        if line == "":
            previous_is_comment = False
            continue
        if line != line.strip():
            raise CorpusError(f"{where}: line starts or ends with whitespace")
        if line.startswith("#"):
            if line.startswith("##"):
                section = line[2:].strip()
                options = ()
                if not section:
                    raise CorpusError(f"{where}: empty section title")
            previous_is_comment = True
            continue
        if line.startswith("@"):
            options = _options(line, where)
            previous_is_comment = False
            continue
        if line.startswith("="):
            close_header()
            if not line.startswith("= "):
                raise CorpusError(f"{where}: a header reads '= ...'")
            body = line[2:].strip()
            kind = body if body in ("none", "mixed", "error") else "record"
            if kind not in _KINDS[mode]:
                raise CorpusError(f"{where}: '= {kind}' is not allowed in a {mode} corpus")
            spec = parse_spec(body, where) if kind == "record" else None
            header_line, header_count = number, 0
            previous_is_comment = False
            continue

        # An example line.
        if kind is None:
            raise CorpusError(f"{where}: example line before any '= ...' header")
        invisible = [c for c in line if unicodedata.category(c) == "Cf"]
        if invisible and not previous_is_comment:
            names = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(invisible))
            raise CorpusError(f"{where}: invisible {names}: say so in a comment on the line above")
        previous_is_comment = False

        source, expected = _example(line, kind, spec, mode, where)
        key = repr((source, options))
        if key in seen:
            raise CorpusError(f"{where}: same input (and options) as line {seen[key]}")
        seen[key] = number
        examples.append(Example(name, number, section, kind, source, expected, options))
        header_count += 1
    close_header()
    return examples


def _options(line: str, where: str) -> tuple[tuple[str, str], ...]:
    """Read ``@ name=value ...`` (an empty ``@`` line clears the options)."""
    out: list[tuple[str, str]] = []
    for token in line[1:].split():
        name, eq, value = token.partition("=")
        if name not in OPTIONS or not eq or not OPTIONS[name].fullmatch(value):
            raise CorpusError(f"{where}: unknown option {token!r} (options: {', '.join(OPTIONS)})")
        out.append((name, value))
    return tuple(out)


def _example(
    line: str, kind: str, spec: Spec | None, mode: Mode, where: str
) -> tuple[str, tuple[Record, ...]]:
    if kind == "mixed":
        records: list[Record] = []
        parts: list[str] = []
        position = 0  # in the line
        offset = 0  # in the input (markers and braces removed)
        for match in _MIXED_MARK.finditer(line):
            before = line[position : match.start()]
            parts.append(before)
            offset += len(before)
            figure = match.group(1)
            _check_figure(figure, where)
            records.append(
                parse_spec(match.group(2), f"{where} {{{match.group(2)}}}").at(figure, offset)
            )
            parts.append(figure)
            offset += len(figure)
            position = match.end()
        parts.append(line[position:])
        source = "".join(parts)
        if OPEN in source or CLOSE in source:
            raise CorpusError(f"{where}: every [[figure]] needs {{CUR VALUE ...}} right after it")
        if len(records) < 2:
            raise CorpusError(f"{where}: a mixed line needs at least two [[figure]]{{...}}")
        return source, tuple(records)

    if kind == "record" and mode == "extract":
        assert spec is not None
        if line.count(OPEN) != 1 or line.count(CLOSE) != 1:
            raise CorpusError(f"{where}: needs exactly one [[...]]")
        start = line.index(OPEN)
        end = line.index(CLOSE)
        if end < start:
            raise CorpusError(f"{where}: ']]' before '[['")
        figure = line[start + len(OPEN) : end]
        _check_figure(figure, where)
        if line[end + len(CLOSE) :].startswith("{"):
            raise CorpusError(f"{where}: {{...}} after [[...]] belongs in a '= mixed' block")
        source = line[:start] + figure + line[end + len(CLOSE) :]
        return source, (spec.at(figure, start),)

    if OPEN in line or CLOSE in line:
        raise CorpusError(f"{where}: no [[...]] in a '= {kind}' line of a {mode} corpus")
    if kind == "record":  # parse: the whole phrase is the figure
        assert spec is not None
        return line, (spec.at(line, 0),)
    return line, ()  # none / error


def _check_figure(figure: str, where: str) -> None:
    if not figure:
        raise CorpusError(f"{where}: empty [[]]")
    if figure != figure.strip():
        raise CorpusError(f"{where}: [[...]] starts or ends with whitespace")
    if OPEN in figure or CLOSE in figure or "{" in figure:
        raise CorpusError(f"{where}: nested or unclosed [[...]]")


def read(path: str | Path, mode: Mode) -> list[Example]:
    """Read a corpus file; ids and errors use its file name."""
    path = Path(path)
    return loads(path.read_text(encoding="utf-8"), path.name, mode)
