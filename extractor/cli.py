"""The ``finfig`` command: ``finfig extract`` over files, folders or stdin; ``finfig parse``.

See ``docs/cli.md`` for formats, encodings and exit codes.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from typing import TextIO

from extractor import __version__
from extractor.api import options as api_options
from extractor.api import parse
from extractor.batch import run
from extractor.errors import ParseError
from extractor.progress import Progress
from extractor.render import FORMATS, make_renderer
from extractor.sources import DEFAULT_GLOBS, Failure, canonical_encoding, collect, parse_globs

EXIT_OK = 0
"""Every input was read and searched (or the expression parsed)."""
EXIT_FAILED = 1
"""Some inputs could not be read or decoded (listed on stderr), or ``parse`` rejected its input."""
EXIT_USAGE = 2
"""Bad command line, unknown encoding, or the output file cannot be written."""
EXIT_INTERRUPTED = 130
"""Stopped by Ctrl-C."""
EXIT_BROKEN_PIPE = 141
"""Whoever read the output stopped early (``finfig extract … | head``)."""

_EXTENSION_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}

_EPILOG = f"""\
examples:
  finfig extract report.txt                     one file, a JSON array on stdout
  finfig extract reports/ -o figures.csv --bom  a folder, recursively, CSV for Excel
  finfig extract reports/ --glob '*.txt' --workers 4 --format jsonl
  cat news.txt | finfig extract --format html -o figures.html
  finfig extract old/ --encoding gbk            force an encoding instead of detecting it
  finfig parse "近6.8亿澳元"                    one expression as a JSON record

folders are searched recursively for files matching
  {",".join(DEFAULT_GLOBS)}
(change with --glob; names starting with "." are skipped; files named explicitly are
always read). Encodings are detected: byte-order mark, then UTF-8, then GB18030 (GBK).

exit codes: 0 ok; 1 some inputs failed (listed on stderr, the rest is in the output)
or parse rejected the expression; 2 usage error; 130 interrupted; 141 output closed early.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``finfig`` and its two subcommands."""
    parser = argparse.ArgumentParser(
        prog="finfig",
        description="Find money figures in Chinese text and print them as exact, typed records.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"finfig {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ext = commands.add_parser(
        "extract",
        help="find every money figure in files, folders or standard input",
        description="Find every money figure in files, folders (recursively) or standard input.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ext.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders; '-' or nothing reads standard input",
    )
    ext.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="json (default): an array of {source, encoding, mentions}; jsonl: one record "
        "per line; csv: one record per row; html: a page with the figures highlighted. "
        "Default: from the --output extension, else json",
    )
    ext.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of stdout ('-': stdout)"
    )
    ext.add_argument(
        "-g",
        "--glob",
        action="append",
        default=[],
        metavar="PATTERNS",
        help="comma-separated file-name patterns taken from folders, case-insensitive; "
        "repeatable; '*' takes every file (default: common text formats, see below)",
    )
    ext.add_argument(
        "-e",
        "--encoding",
        metavar="NAME",
        help="decode every input with this encoding (e.g. gbk, big5, utf-16-le) "
        "instead of detecting it",
    )
    ext.add_argument(
        "--bom", action="store_true", help="csv only: start with a UTF-8 byte-order mark (Excel)"
    )
    _currency_option(ext)
    ext.add_argument(
        "-j",
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (0: one per CPU); the output is identical for every N",
    )
    ext.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no warnings (errors still)"
    )
    ext.set_defaults(handler=_extract_command, parser=ext)

    par = commands.add_parser(
        "parse",
        help="normalise one money expression to a JSON record",
        description="Normalise one money expression, e.g. 近6.8亿澳元, to a JSON record.",
    )
    par.add_argument("expression", metavar="EXPR", help="the expression, e.g. '约4.4亿美元'")
    _currency_option(par)
    par.set_defaults(handler=_parse_command, parser=par)
    return parser


def _currency_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-c",
        "--currency",
        default="CNY",
        metavar="CODE",
        help="the currency of 元, 块, 蚊 and of amounts with no currency written, and of a bare "
        "$ when it is a dollar: HKD for Hong Kong text, TWD for Taiwan text (default: CNY)",
    )


def _checked_currency(args: argparse.Namespace) -> str:
    """The --currency code, checked; a usage error names what is wrong."""
    try:
        return api_options(default_currency=args.currency).default_currency
    except ValueError as error:
        args.parser.error(str(error))
        raise  # parser.error exits


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``finfig`` with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    try:
        args = build_parser().parse_args(argv)
        return int(args.handler(args))
    except SystemExit as stop:  # argparse: --help, --version, usage errors
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("finfig: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _extract_command(args: argparse.Namespace) -> int:
    """``finfig extract``: stream every input through the engine into one output."""
    parser: argparse.ArgumentParser = args.parser
    if args.output == "-":
        args.output = None
    globs = parse_globs(args.glob) if args.glob else DEFAULT_GLOBS
    if not globs:
        parser.error("--glob needs at least one pattern")
    if args.workers < 0:
        parser.error("--workers must be 0 (one per CPU) or more")
    workers = args.workers or os.cpu_count() or 1
    encoding = None
    if args.encoding is not None:
        try:
            encoding = canonical_encoding(args.encoding)
        except LookupError:
            parser.error(f"unknown encoding: {args.encoding}")
    fmt = args.format or _format_for(args.output)
    args.extract_options = {"default_currency": _checked_currency(args)}
    if args.bom and fmt != "csv":
        parser.error("--bom applies to --format csv only")
    paths: list[str] = args.paths or ["-"]
    if not args.paths and _is_terminal(sys.stdin):
        parser.error("no input: name files or folders, or pipe text in (use '-' to type it)")
    if args.output is not None:
        target = os.path.realpath(args.output)
        if any(path != "-" and os.path.realpath(path) == target for path in paths):
            parser.error(f"the output file is also an input: {args.output}")

    try:
        out = _open_output(args.output)
    except OSError as error:
        sys.stderr.write(f"finfig: cannot write {args.output}: {error.strerror or error}\n")
        return EXIT_USAGE
    try:
        progress = _write_batch(args, out, paths, globs, encoding, fmt, workers)
    finally:
        _close_output(out)
    if progress.failed:
        sys.stderr.write(f"finfig: {progress.failed} of {progress.total} inputs failed\n")
        return EXIT_FAILED
    return EXIT_OK


def _write_batch(
    args: argparse.Namespace,
    out: TextIO,
    paths: list[str],
    globs: tuple[str, ...],
    encoding: str | None,
    fmt: str,
    workers: int,
) -> Progress:
    """Collect the inputs, run them, render each outcome in order; the tally is returned."""
    stdin = getattr(sys.stdin, "buffer", None)
    exclude = [args.output] if args.output is not None else []
    items = list(collect(paths, globs, exclude=exclude, stdin=stdin))
    if not items and not args.quiet:
        sys.stderr.write(
            f"finfig: warning: no input files found (folders are searched for {','.join(globs)})\n"
        )
    show = not args.quiet and len(items) > 1 and _is_terminal(sys.stderr)
    progress = Progress(len(items), sys.stderr, enabled=show)
    renderer = make_renderer(fmt, out, bom=args.bom)
    renderer.start()
    chunk_size = max(1, min(64, len(items) // (workers * 8)))

    def warn(message: str) -> None:
        if not args.quiet:
            progress.note(f"finfig: warning: {message}")

    try:
        outcomes = run(
            items,
            encoding,
            renderer.needs_text,
            workers,
            chunk_size,
            warn=warn,
            options=args.extract_options,
        )
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                progress.advance(failed=True)
                progress.note(f"finfig: {outcome.name}: {outcome.reason}")
            else:
                renderer.add(outcome)
                progress.advance()
        renderer.finish()
    finally:
        progress.close()
    return progress


def _parse_command(args: argparse.Namespace) -> int:
    """``finfig parse``: one expression to one JSON record, or a clear error."""
    expression: str = args.expression
    currency = _checked_currency(args)
    try:
        money = parse(expression, default_currency=currency)
    except ParseError as error:
        where = f" at position {error.position}" if error.position is not None else ""
        lines = [f"finfig: not a money expression{where}: {error.reason}"]
        if expression.strip():
            lines.append(f"  {expression}")
        if lines[1:] and error.position is not None and 0 <= error.position <= len(expression):
            lines.append("  " + " " * _columns(expression[: error.position]) + "^")
        sys.stderr.write("\n".join(lines) + "\n")
        return EXIT_FAILED
    out = _open_output(None)
    try:
        out.write(json.dumps(money.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
    finally:
        _close_output(out)
    return EXIT_OK


def _columns(text: str) -> int:
    """Terminal columns ``text`` takes: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _format_for(output: str | None) -> str:
    """The format implied by the output file's extension, else ``json``."""
    if output is None:
        return "json"
    return _EXTENSION_FORMATS.get(os.path.splitext(output)[1].lower(), "json")


def _is_terminal(stream: TextIO | None) -> bool:
    """Whether ``stream`` is an interactive terminal (False when closed or missing)."""
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):
        return False


def _open_output(path: str | None) -> TextIO:
    """A UTF-8 text stream to ``path`` or stdout, with no newline translation."""
    if path is not None:
        return open(path, "w", encoding="utf-8", newline="")
    sys.stdout.flush()
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        descriptor = None
    if descriptor is not None:  # closing this stream leaves stdout open
        return open(descriptor, "w", encoding="utf-8", newline="", closefd=False)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:  # e.g. captured in tests: wrap, and detach when done
        return _DetachingWriter(buffer, encoding="utf-8", newline="")
    return sys.stdout


class _DetachingWriter(io.TextIOWrapper):
    """A UTF-8 writer over someone else's binary buffer; ``close`` leaves the buffer open."""

    def close(self) -> None:
        """Flush and let go of the buffer."""
        if not self.closed:
            self.detach()


def _close_output(out: TextIO) -> None:
    """Flush and close an output stream from ``_open_output`` (never closing stdout itself)."""
    if out is sys.stdout:
        out.flush()
    else:
        out.close()


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
