"""Inputs for the command line: finding files, reading bytes and decoding them to text.

Decoding rules (see ``docs/cli.md``): a byte-order mark wins (UTF-8, UTF-16 LE/BE,
UTF-32 LE/BE); otherwise a file with a NUL byte is binary; otherwise strict UTF-8,
then strict GB18030 (a superset of GBK and GB2312). A forced encoding is decoded
strictly. A leading BOM is never part of the text, so offsets count decoded
characters after it. Newlines are not translated.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

DEFAULT_GLOBS: tuple[str, ...] = (
    "*.txt",
    "*.text",
    "*.md",
    "*.markdown",
    "*.html",
    "*.htm",
    "*.xml",
    "*.csv",
    "*.tsv",
    "*.json",
    "*.jsonl",
)
"""File-name patterns taken from folders when ``--glob`` is not given."""

STDIN_NAME = "<stdin>"

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FALLBACKS: tuple[str, ...] = ("utf-8", "gb18030")


class DecodeError(ValueError):
    """The bytes are binary or not text in any encoding we accept; ``str()`` is the reason."""


@dataclass(frozen=True)
class Source:
    """One input: a file to read in whichever process handles it, or bytes already read."""

    name: str
    path: str | None = None
    data: bytes | None = None

    def read(self) -> bytes:
        """The raw bytes of this input (raises ``OSError`` when the file cannot be read)."""
        if self.data is not None:
            return self.data
        assert self.path is not None
        with open(self.path, "rb") as handle:
            return handle.read()


@dataclass(frozen=True)
class Failure:
    """An input that could not be turned into text, with a one-line reason."""

    name: str
    reason: str


def canonical_encoding(name: str) -> str:
    """The codec's canonical name (``"GBK"`` → ``"gbk"``); raises ``LookupError`` if unknown."""
    return codecs.lookup(name).name


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding used)`` for ``data``; raises ``DecodeError`` with the reason.

    With ``encoding`` the bytes are decoded strictly in it; otherwise the rules in
    the module docstring apply.
    """
    if encoding is not None:
        codec = canonical_encoding(encoding)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as error:
            raise DecodeError(f"not valid {codec} ({_describe(error)})") from None
        if "\x00" in text:
            raise DecodeError(f"binary file (NUL character after decoding as {codec})")
        return text.removeprefix("\ufeff"), codec
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec).removeprefix("\ufeff")
            except UnicodeDecodeError as error:
                raise DecodeError(f"has a {codec} byte-order mark but {_describe(error)}") from None
            if "\x00" in text:
                raise DecodeError(f"binary file (NUL character after a {codec} byte-order mark)")
            return text, codec
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(_utf16_hint(data) or f"binary file (NUL byte at offset {nul})")
    for codec in _FALLBACKS:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise DecodeError(
        "cannot decode as UTF-8, UTF-16/32 with a byte-order mark or GB18030 "
        "(use --encoding to name the encoding)"
    )


def _utf16_hint(data: bytes) -> str | None:
    """A reason naming UTF-16 when NUL-bearing bytes read cleanly as BOM-less UTF-16 text."""
    if len(data) % 2:
        return None
    for codec, zeros, others in (
        ("utf-16-le", data[1::2], data[0::2]),
        ("utf-16-be", data[0::2], data[1::2]),
    ):
        if b"\x00" in others or b"\x00" not in zeros:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if all(c.isprintable() or c in "\t\n\r\f\v" for c in text):
            return f"no byte-order mark but looks like {codec} (use --encoding {codec})"
    return None


def _describe(error: UnicodeDecodeError) -> str:
    """``invalid byte 0xff at offset 12`` from a decode error."""
    bad = error.object[error.start : error.end]
    shown = bad[:4].hex(" ")
    return f"undecodable byte(s) {shown} at offset {error.start}"


def parse_globs(specs: Iterable[str]) -> tuple[str, ...]:
    """Comma-separated patterns from every ``--glob`` into one tuple (empty parts dropped)."""
    return tuple(part.strip() for spec in specs for part in spec.split(",") if part.strip())


def _matches(name: str, globs: tuple[str, ...]) -> bool:
    """Whether a file name matches any pattern, ignoring case."""
    lowered = name.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern.lower()) for pattern in globs)


def collect(
    paths: Iterable[str],
    globs: tuple[str, ...] = DEFAULT_GLOBS,
    exclude: Iterable[str] = (),
    stdin: BinaryIO | None = None,
) -> Iterator[Source | Failure]:
    """Every input named by ``paths``, in order: files as given, folders walked recursively.

    ``-`` is standard input (``stdin``: a binary stream, read here). Folders yield their
    regular files whose names match ``globs``, sorted by name at each level, skipping
    names that start with a dot and symlinked folders. Files named explicitly are always
    taken. Paths whose real path is in ``exclude`` (the output file) are skipped.
    Missing paths and unreadable folders come out as ``Failure``.
    """
    skip = {os.path.realpath(path) for path in exclude}
    for path in paths:
        if path == "-":
            yield _read_stdin(stdin)
            continue
        try:
            info = os.stat(path)
        except OSError as error:
            yield Failure(display_name(path), _os_reason(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(path, globs, skip)
        elif os.path.realpath(path) in skip:
            continue
        elif stat.S_ISREG(info.st_mode):
            yield Source(display_name(path), path=path)
        else:
            # A pipe or device (e.g. ``<(command)``): read it here, once.
            try:
                with open(path, "rb") as handle:
                    yield Source(display_name(path), data=handle.read())
            except OSError as error:
                yield Failure(display_name(path), _os_reason(error))


def _read_stdin(stdin: BinaryIO | None) -> Source | Failure:
    """Standard input as one ``Source`` named ``<stdin>``."""
    if stdin is None:
        return Failure(STDIN_NAME, "no standard input")
    try:
        data = stdin.read()
    except OSError as error:
        return Failure(STDIN_NAME, _os_reason(error))
    return Source(STDIN_NAME, data=data)


def _walk(folder: str, globs: tuple[str, ...], skip: set[str]) -> Iterator[Source | Failure]:
    """Matching regular files under ``folder``, depth first, in name order."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield Failure(display_name(folder), _os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path, globs, skip)
            elif entry.is_file() and _matches(entry.name, globs):
                if os.path.realpath(path) not in skip:
                    yield Source(display_name(path), path=path)
        except OSError as error:
            yield Failure(display_name(path), _os_reason(error))


def display_name(path: str) -> str:
    """``path`` as printable text: bytes that are not UTF-8 in a file name become ``\\xNN``."""
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        raw = path.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


def _os_reason(error: OSError) -> str:
    """A short reason from an ``OSError`` (``Permission denied``)."""
    return error.strerror or str(error)
