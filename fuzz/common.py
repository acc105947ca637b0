"""What the fuzzers share: seed inputs, mutations, and the checks.

The checks are the invariants of ``tests/test_properties.py`` (``strategies.check_records``
and ``check_fields``): ``extract`` never raises, every record is ``input[start:end]``, records
are sorted and disjoint, values are finite canonical Decimals (``None`` only when vague),
ranges have ``high > value``, currencies are ISO 4217 codes. For ``parse``: only
``ParseError`` may be raised, its position lies in the input, and a record is a slice of the
input. Besides, each input is read a second time with the engine's memo cleared: a record
may not depend on what was extracted before ("impure"); and ``parse`` of the text of every
record ``extract`` finds must give the same value, high, currency and qualifier
("disagree"; vague amounts aside, which ``parse`` reads as ranges by design).
"""

from __future__ import annotations

import json
import random
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from extractor import ParseError, extract, parse  # noqa: E402
from extractor.figures.money import resolve as _resolve  # noqa: E402

from strategies import FRAGMENTS, check_fields, check_records  # noqa: E402


class Finding(NamedTuple):
    """One problem: its kind, a signature that groups repeats of it, and the input."""

    kind: str  # crash, invariant, impure, disagree, parse-crash, parse-invariant, slow, hang
    signature: str
    text: str
    detail: str


# --- checks -------------------------------------------------------------------------------


def _where(exc: BaseException) -> str:
    """The innermost frame of the project (engine or test helper) the exception passed."""
    frames = traceback.extract_tb(exc.__traceback__)
    mine = [f for f in frames if "/extractor/" in f.filename or "strategies" in f.filename]
    f = (mine or frames)[-1] if (mine or frames) else None
    return f"{Path(f.filename).name}:{f.lineno}" if f else "?"


def _fresh_extract(text: str) -> list:
    """``extract`` with the engine's memo of resolved figures emptied first."""
    memo = getattr(_resolve, "_MEMO", None)
    if isinstance(memo, dict):
        memo.clear()
    return extract(text)


def check(text: str, *, purity: bool = True) -> list[Finding]:
    """Run ``extract`` and ``parse`` on ``text``; every broken invariant is a finding."""
    out: list[Finding] = []
    try:
        found = extract(text)
    except Exception as exc:  # a crash: anything but a clean list
        sig = f"crash {type(exc).__name__} at {_where(exc)}"
        return [Finding("crash", sig, text, f"{type(exc).__name__}: {exc}"[:500])]
    try:
        check_records(text, found)
    except AssertionError as exc:
        sig = f"invariant at {_where(exc)}"
        out.append(Finding("invariant", sig, text, str(exc)[:500]))
    if purity:
        again = _fresh_extract(text)
        if again != found:
            sig = "impure: a record depends on what was extracted before"
            detail = f"memo: {_short(found)}; fresh: {_short(again)}"
            out.append(Finding("impure", sig, text, detail[:500]))
    for rec in found:  # what extract finds, parse reads the same way (per aside)
        if rec.qualifier == "vague":
            continue
        try:
            again_rec = parse(rec.text)
        except Exception as exc:
            sig = f"disagree: parse raises {type(exc).__name__} on a figure extract found"
            out.append(Finding("disagree", sig, text, f"{rec.text!r}: {exc}"[:500]))
            continue
        if _fields(again_rec) != _fields(rec):
            sig = "disagree: parse reads a figure extract found differently"
            detail = f"{rec.text!r}: extract {_fields(rec)}, parse {_fields(again_rec)}"
            out.append(Finding("disagree", sig, text, detail[:500]))
    out.extend(check_parse(text))
    return out


def _fields(rec: object) -> tuple:
    return tuple(getattr(rec, k) for k in ("value", "high", "currency", "qualifier"))


def check_parse(text: str) -> list[Finding]:
    """``parse`` returns a well-formed record or raises ``ParseError``, nothing else."""
    try:
        rec = parse(text)
    except ParseError as err:
        if err.position is not None and not 0 <= err.position <= len(text):
            sig = f"parse-invariant position out of the input ({err.reason[:30]})"
            return [Finding("parse-invariant", sig, text, f"{err.reason} at {err.position}")]
        return []
    except Exception as exc:
        sig = f"parse-crash {type(exc).__name__} at {_where(exc)}"
        return [Finding("parse-crash", sig, text, f"{type(exc).__name__}: {exc}"[:500])]
    try:
        check_fields(rec)
        assert rec.text == text[rec.start : rec.end], "parse record is not a slice of the input"
    except AssertionError as exc:
        return [Finding("parse-invariant", f"parse-invariant at {_where(exc)}", text, str(exc))]
    return []


def _short(records: list) -> str:
    return repr([(r.text, r.start, str(r.value), r.currency, r.qualifier) for r in records])


# --- seeds --------------------------------------------------------------------------------

_MARKS = re.compile(r"\[\[|\]\](?:\{[^{}]*\})?")


def seeds() -> list[str]:
    """Seed inputs: the example corpora, the shared seed article, the samples, the gold
    texts (``tests/shared``) and the money-like fragments of the strategies."""
    out: list[str] = []
    for name in ("money.txt", "parse.txt"):
        for line in (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "=")):
                out.append(_MARKS.sub("", line))
    from paths import GOLD, SEED  # the repository's copy of the shared data

    texts = [SEED] if SEED.is_file() else []
    texts += sorted((ROOT / "samples").glob("*.md"))
    for path in texts:
        body = path.read_text(encoding="utf-8")
        out.extend(p for p in body.split("\n\n") if p.strip())
    for path in sorted(GOLD.glob("**/*.jsonl")) if GOLD.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
            except ValueError:
                continue
            for key in ("text", "input", "phrase"):
                if isinstance(item, dict) and isinstance(item.get(key), str):
                    out.append(item[key])
    out.extend(FRAGMENTS)
    return list(dict.fromkeys(s for s in out if s))


# --- mutations ----------------------------------------------------------------------------

_INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
_WIDE = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})
_TRAD = str.maketrans("万亿两币门台约过余将点个块圆", "萬億兩幣門臺約過餘將點個塊圓")


def _random_char(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return rng.choice("0123456789.,-+$¥元万亿十百千零一二三五点几数多约近")
    if roll < 0.6:
        return chr(rng.randrange(0x4E00, 0x9FA6))
    if roll < 0.7:
        return chr(rng.randrange(0xD800, 0xE000))  # a lone surrogate
    if roll < 0.8:
        return chr(rng.randrange(0, 0x20))
    return chr(rng.randrange(0, 0x110000))


def _span(rng: random.Random, text: str) -> tuple[int, int]:
    a = rng.randrange(len(text) + 1)
    b = min(len(text), a + rng.choice((1, 1, 2, 3, 5, 8, 20, 100)))
    return a, b


def _insert(rng: random.Random, text: str, pool: list[str]) -> str:
    a = rng.randrange(len(text) + 1)
    return text[:a] + rng.choice(pool) + text[a:]


def _delete(rng: random.Random, text: str, pool: list[str]) -> str:
    a, b = _span(rng, text)
    return text[:a] + text[b:]


def _repeat(rng: random.Random, text: str, pool: list[str]) -> str:
    a, b = _span(rng, text)
    times = rng.choice((2, 3, 10, 100, 1000)) if rng.random() < 0.97 else 20000
    return text[:a] + text[a:b] * times + text[b:]


def _replace_char(rng: random.Random, text: str, pool: list[str]) -> str:
    if not text:
        return _random_char(rng)
    a = rng.randrange(len(text))
    return text[:a] + _random_char(rng) + text[a + 1 :]


def _splice(rng: random.Random, text: str, pool: list[str]) -> str:
    other = rng.choice(pool)
    a, b = rng.randrange(len(text) + 1), rng.randrange(len(other) + 1)
    return text[:a] + other[b:]


def _digits(rng: random.Random, text: str, pool: list[str]) -> str:
    def change(m: re.Match[str]) -> str:
        return rng.choice("0123456789") if rng.random() < 0.3 else m[0]

    return re.sub(r"[0-9]", change, text)


def _invisible(rng: random.Random, text: str, pool: list[str]) -> str:
    a = rng.randrange(len(text) + 1)
    return text[:a] + rng.choice(_INVISIBLE) + text[a:]


def _markup(rng: random.Random, text: str, pool: list[str]) -> str:
    a, b = sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)))
    tag = rng.choice(["**", "__", "~~", "<b>", "<span class='x'>", "<p>", "<!--", "&nbsp;"])
    close = {"<b>": "</b>", "<span class='x'>": "</span>", "<p>": "</p>", "<!--": "-->"}
    return text[:a] + tag + text[a:b] + close.get(tag, tag if "&" not in tag else "") + text[b:]


def _case(rng: random.Random, text: str, pool: list[str]) -> str:
    a, b = _span(rng, text)
    part = text[a:b]
    part = rng.choice([part.swapcase(), part.translate(_WIDE), part.translate(_TRAD)])
    return text[:a] + part + text[b:]


MUTATIONS: tuple[Callable[[random.Random, str, list[str]], str], ...] = (
    _insert, _insert, _insert, _delete, _repeat, _replace_char, _replace_char, _splice,
    _digits, _invisible, _markup, _case,
)  # fmt: skip


def mutate(rng: random.Random, pool: list[str], max_len: int = 400_000) -> str:
    """A new input: a seed (or two spliced) with one to five random mutations."""
    text = rng.choice(pool)
    if len(text) > 2000 and rng.random() < 0.8:  # mostly work on a window of a long seed
        a = rng.randrange(len(text) - 500)
        text = text[a : a + rng.choice((20, 80, 500))]
    for _ in range(rng.choice((1, 1, 2, 3, 5))):
        text = rng.choice(MUTATIONS)(rng, text, pool)
        if len(text) > max_len:
            text = text[:max_len]
    return text


def inputs(seed: int, pool: list[str]) -> Iterator[str]:
    """An endless stream of mutated inputs (the seeds themselves first)."""
    yield from pool
    rng = random.Random(seed)
    while True:
        yield mutate(rng, pool)
