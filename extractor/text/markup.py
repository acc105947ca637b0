"""A markup-transparent view of a text, with offsets back into the caller's string.

Inline markup inside a figure (``4.5个**小目标``, ``<b>230</b>亿``) and invisible format
characters (``2\u200b30亿``) are dropped from the view so the figure reads whole; block
tags, attributes, URLs and Markdown link targets become a line break, so nothing inside
them is read as money and nothing joins across them. Offsets found in the view map back
with ``View.origin``.
"""

from __future__ import annotations

import html
import itertools
import re
from bisect import bisect_right
from typing import NamedTuple

from extractor.lexicon.numerals import BIG_UNITS, DIGITS, SMALL_UNITS
from extractor.lexicon.scripts import INVISIBLE, TRADITIONAL

_URL_CH = r"[A-Za-z0-9\-._~:/?#@!$&*+,;=%]"
#: Characters that begin a Chinese numeral (simplified, traditional, financial).
_CHINESE_NUMERALS = "".join(
    dict.fromkeys(
        c
        for word in (*DIGITS, *SMALL_UNITS, *BIG_UNITS)
        for ch in word
        for c in ch + TRADITIONAL.get(ch, "")
    )
)
#: What may not stand before a leading decimal point: a number, a word, another point.
_NOT_BEFORE_POINT = "[0-9０-９A-Za-zＡ-Ｚａ-ｚ_.．]"
_INLINE_TAGS = "b|strong|em|i|u|s|del|ins|span|font|mark|a|sup|sub|small|big|abbr|code|q|tt"


def _anycase(words: str) -> str:
    """``b|strong`` → ``[bB]|[sS][tT]…``."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in words)


def _first_literal(word: str) -> list[str]:
    """``http`` → ``h[tT][tT][pP]`` and ``H[tT][tT][pP]``: the first character literal."""
    rest = _anycase(word[1:])
    return [re.escape(c) + rest for c in dict.fromkeys((word[0].lower(), word[0].upper()))]


# The standard library's ``re`` is used here, not ``regex``: when every alternative begins
# with a literal character, ``re`` skips to the next of those characters in a tight loop
# (about 3 ns per character, against 11 for ``regex`` on this pattern). Hence the case
# forms spelled out one by one, and the kind of a token told by its first character rather
# than by a group. Every repeat is bounded or cannot run into what follows it, so no input
# makes the engine backtrack more than linearly.
_MARKUP = re.compile(
    "|".join(
        [
            # a tag: inline ones (group ``inline``) are dropped, the rest are blocks;
            # a comment ends at --> or the next <!--
            rf"<(?:(?P<inline>/?(?:{_anycase(_INLINE_TAGS)})\b[^<>]{{0,1000}}>)"
            r"|!--(?:[^<-]|-(?!->)|<(?!!--))*-->|!--|/?[A-Za-z][^<>]{0,2000}>)",
            r"\*\*\*?",
            "__",
            # a blank to fill on a form (合计(大写)_贰仟元整): the figure after it reads
            rf"_+(?=[{_CHINESE_NUMERALS}])",
            "~~",
            *(re.escape(c) + f"[{INVISIBLE}]*" for c in INVISIBLE),
            "-->",
            # URLs, ASCII only: Chinese runs on after a URL
            *(w + rf"[sS]?://{_URL_CH}+" for w in _first_literal("http")),
            *(w + rf"://{_URL_CH}+" for w in _first_literal("ftp")),
            *(w + rf"\.[A-Za-z0-9-]+\.{_URL_CH}+" for w in _first_literal("www")),
            r"""\]\([^()\s]*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)""",  # a Markdown link target
            r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});",
            # a decimal point with no digit before it (.35元): the view reads 0.35
            *(
                rf"{re.escape(p)}(?<!{_NOT_BEFORE_POINT}{re.escape(p)})(?=[0-9０-９])"
                for p in ".．"
            ),
        ]
    )
)
_DROP, _BLOCK, _ENTITY, _POINT = range(4)
#: The kind of a token by its first character; a tag (``<``) is a block unless inline.
_KIND = {
    "*": _DROP,
    "_": _DROP,
    "~": _DROP,
    "&": _ENTITY,
    ".": _POINT,
    "．": _POINT,
    **dict.fromkeys(INVISIBLE, _DROP),
}


class View(NamedTuple):
    """The text as the matcher sees it, and how to get back to the original."""

    text: str
    #: Start of each piece in ``text``; empty when the view is the original itself.
    starts: list[int]
    #: Where each piece starts in the original.
    origins: list[int]
    #: For a piece that replaced a token (a line break for a tag, a char for an entity), the
    #: token's end in the original; ``-1`` for a piece copied verbatim.
    replaced_ends: list[int]

    def where(self, position: int) -> int:
        """The caller's offset of the character at ``position`` in the view."""
        return self.origin(position, position + 1)[0] if self.starts else position

    def origin(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span of the view back to the original string."""
        if not self.starts:
            return start, end
        i = bisect_right(self.starts, start) - 1
        o_start = self.origins[i] + (start - self.starts[i] if self.replaced_ends[i] < 0 else 0)
        j = bisect_right(self.starts, end - 1) - 1
        if self.replaced_ends[j] < 0:
            o_end = self.origins[j] + (end - 1 - self.starts[j]) + 1
        else:
            o_end = self.replaced_ends[j]
        return o_start, o_end


def view(text: str, keep_blocks: bool = False) -> View:
    """Build the matcher's view of ``text`` (the text itself when there is no markup).

    With ``keep_blocks`` (``parse``), block tags, URLs and link targets stay as written:
    in one expression they are not something to read past but an error to point at.
    """
    tokens = _MARKUP.finditer(text)
    first = next(tokens, None)
    if first is None:
        return View(text, [], [], [])
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    replaced_ends: list[int] = []
    clean_len = 0
    pos = 0
    for m in itertools.chain((first,), tokens):
        s, e = m.span()
        if s > pos:
            starts.append(clean_len)
            origins.append(pos)
            replaced_ends.append(-1)
            parts.append(text[pos:s])
            clean_len += s - pos
        kind = _DROP if m.lastindex else _KIND.get(text[s], _BLOCK)
        pos = e
        if kind == _DROP:
            continue
        if kind == _BLOCK:
            repl, ends_at = (text[s:e], -1) if keep_blocks else ("\n", e)
        elif kind == _POINT:
            repl, ends_at = "0" + text[s:e], e
        else:
            token = text[s:e]
            repl = html.unescape(token)
            if repl == token:  # unknown entity: keep it as text
                ends_at = -1
            else:
                repl = repl[:1] or " "
                ends_at = e
        starts.append(clean_len)
        origins.append(s)
        replaced_ends.append(ends_at)
        parts.append(repl)
        clean_len += len(repl)
    if pos < len(text):
        starts.append(clean_len)
        origins.append(pos)
        replaced_ends.append(-1)
        parts.append(text[pos:])
    return View("".join(parts), starts, origins, replaced_ends)
