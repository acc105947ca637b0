"""The money patterns, compiled once (on first use) from the lexicon tables.

``extract`` runs a scanner (``scan``) over the text in a single left-to-right pass: it
stops only at numeral runs that a money word follows or a cue or currency word precedes, and
skips everything else at the cost of a character test. At each such run the figure pattern
(``pattern("extract", prefixed=False)``) is matched, anchored; words that may stand before
a figure (cues, currency prefixes, qualifiers, per words) are matched backwards on the
reversed text (``prefix_reversed``), where they are forward tries. These run with the
standard library's ``re`` (``for_re``); ``parse``, and ``extract`` for a bare number after
a cue, use the whole pattern with ``regex``, anchored. Named groups are the parts of a
mention, read by ``resolve``:

    ctx:   per_pre (每天, 人均)  cue (月薪, 首付) — context, outside the span
    body:  q_pre (约, 近)  sign  cur_sym ($, USD) | cur_pre (人民币)
           amount_lo [rsep (-, 至) cur_hi amount_hi]  q_suf (左右, 以上)
    after: per_suf (/月, 每吨) — context, outside the span

    amount_X: num_X (3.5万, 三千五)  qi_X (+, 多)  cmag_X (亿)  lmag_X (k, million, 个亿 as gy_X)
              qm_X (多)  unit_X (美元, 块, 个小目标, 美分)  sub_X (七毛八)  zheng_X (整)

Every character of a lexicon word also matches its traditional and full-width forms
(``lexicon.scripts``). ``extract`` mode demands evidence that a figure is money (a
currency word or symbol, or a money cue before a bare amount); ``parse`` mode, which is
told the phrase is money, reads bare amounts and sub-units (五分, 兩三蚊) as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import regex

from extractor.lexicon import cues, currencies, order, periods, qualifiers, scripts
from extractor.lexicon import numerals as numlex

_VARIANTS: dict[str, str] = {}
for _simple, _others in scripts.TRADITIONAL.items():
    _VARIANTS[_simple] = _VARIANTS.get(_simple, "") + _others
for _ascii, _wide in scripts.FULL_WIDTH.items():
    if _ascii != ",":  # a full-width comma is a clause break, never a thousands separator
        _VARIANTS[_ascii] = _VARIANTS.get(_ascii, "") + _wide


def _char(ch: str, nocase: bool = False) -> str:
    forms = ch + _VARIANTS.get(ch, "")
    if nocase and ch.isascii() and ch.isalpha():
        other = ch.swapcase()
        forms += other + _VARIANTS.get(other, "")
    if len(forms) == 1:
        return regex.escape(ch)
    return "[" + "".join(regex.escape(c) for c in dict.fromkeys(forms)) + "]"


def chars(word: str) -> str:
    """Regex for ``word`` where every character also matches its other written forms."""
    return "".join(_char(ch) for ch in word)


def charset(members: Iterable[str]) -> str:
    """A character class of ``members`` and their other forms (no brackets)."""
    seen = dict.fromkeys(c for m in members for c in m + _VARIANTS.get(m, ""))
    return "".join(regex.escape(c) for c in seen)


#: A word trie: each character leads to the rest; "" marks the end of a word.
_Trie = dict[str, "_Trie"]


def alt(words: Iterable[str], nocase: bool = False) -> str:
    """An alternation of ``words`` compiled as a trie (fast), preferring the longest word.

    Shared beginnings are factored out (美元|美金 → 美[元金]), which keeps a pattern with
    hundreds of lexicon words about as cheap per position as one with a few.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word.upper() if nocase else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie, nocase)


_RANK = {ch: i for i, ch in enumerate(order.COMMON_FIRST)}


def _render(node: _Trie, nocase: bool, top: bool = True) -> str:
    # the engine tries branches in turn: common first characters first (``lexicon.order``)
    firsts = sorted((ch for ch in node if ch), key=lambda ch: _RANK.get(ch, len(_RANK)))
    branches = [_char(ch, nocase) + _render(node[ch], nocase, False) for ch in firsts]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if top and len(branches) > 4:  # one class test rejects most positions at once
        forms = "".join(_char(ch, nocase).strip("[]") for ch in firsts)
        body = f"(?=[{forms}]){body}"
    if "" in node:
        return f"(?:{body})?"
    return body


def _codes(words: Iterable[str]) -> str:
    return "(?<![A-Za-z])" + alt(words, nocase=True) + "(?![A-Za-z])"


#: A compiled pattern or match of either engine: the patterns ``extract`` runs at every
#: candidate are compiled with the standard library's ``re`` (see ``for_re``), the rest
#: with ``regex``.
Pattern = re.Pattern[str] | regex.Pattern[str]
Match = re.Match[str] | regex.Match[str]


def for_re(src: str) -> str:
    """A pattern written for ``regex``, for the standard library's ``re``.

    ``re`` runs the same pattern about three times as fast: it tests a character class in
    one step where ``regex`` walks its members, and spends less on each node tried. The
    one ``regex``-only construct the grammar uses outside look-behinds, "not a letter or a
    number" (``|[^\\p{L}\\p{N}…]``, always a branch of an alternation), becomes
    ``|_|[^\\w…]``: ``re``'s ``\\w`` is exactly the letters, the numbers and ``_`` of
    Python's Unicode database. Look-behinds must have a fixed width (``re.compile`` says
    so if not).
    """
    out = src.replace(r"|[^\p{L}\p{N}", r"|_|[^\w")
    if r"\p{" in out or r"\P{" in out:
        raise ValueError("a pattern for re still uses a regex-only property")
    return out


# --- building blocks -------------------------------------------------------------------
SP = r"[ \t\u00a0\u3000]"
GAP = SP + "{0,2}+"


def _currency_words() -> tuple[list[str], list[str], list[str], list[str]]:
    names: list[str] = []
    prefixes: list[str] = []
    symbols: list[str] = [currencies.DOLLAR_SIGN]
    codes: list[str] = []
    for c in currencies.CURRENCIES:
        names += c.names
        # a currency word before a bare number is money too (卢布500, 日元3000)
        prefixes += dict.fromkeys(
            (*c.prefixes, *(n for n in c.names if _names_a_currency(n)))
        )
        symbols += c.symbols
        codes += c.codes
    return names, prefixes, symbols, codes


def _names_a_currency(name: str) -> bool:
    """May ``name`` stand before an amount (美元100)? Not a word that begins with the unit
    or a classifier (元人民币, 枚比特币), nor one character alone (円)."""
    return len(name) > 1 and name[0] not in "元枚个圆"


NAMES, PREFIX_NAMES, SYMBOLS, CODES = _currency_words()
DIG = "[0-9０-９]"
#: Letters may stand right before digits only when they are a currency code or symbol
#: (USD0.5, RMB5000, RM12): never inside a word (Qwen3, iPhone16) or a hash.
_LETTERS = "A-Za-zＡ-Ｚａ-ｚ"
_LATIN_MONEY = [w for w in [*CODES, *SYMBOLS] if w[-1].isascii() and w[-1].isalpha()]
NOT_IN_WORD = rf"(?:(?<![{_LETTERS}_])|(?<=(?<![{_LETTERS}]){alt(_LATIN_MONEY, nocase=True)}))"
#: Thousands separators: a comma, or a full-width one (36，500.00元: ``find`` starts such a
#: number at its first group; the scanner stops at the full-width comma, a clause break).
_AR_DIGITS = rf"{DIG}++(?:[,，]{DIG}{{3}}(?!{DIG}))*+(?:[.．]{DIG}++)?"
#: Arabic digits (1,000.5), not inside a longer number or a word.
AR = rf"(?<![0-9０-９.．^])(?<![0-9０-９],){NOT_IN_WORD}{_AR_DIGITS}"
_UNIT_CH = charset([*numlex.SMALL_UNITS, *numlex.BIG_UNITS])
_DIGIT_CH = charset(numlex.DIGITS)
_NUM_CH = charset(
    [*numlex.DIGITS, *numlex.CONTRACTIONS, *numlex.SMALL_UNITS, *numlex.BIG_UNITS, "几"]
)
_ANY_NUM_CH = _NUM_CH + charset(["数"])
_ZERO_CH = charset([k for k, v in numlex.DIGITS.items() if v == 0])
_NONZERO_CH = "".join(c for c in _ANY_NUM_CH if c not in _ZERO_CH)
_RUN_CH = "0-9０-９" + _ANY_NUM_CH
#: Every character a numeral may be written with (a regex class body).
NUMERAL_CHARS = _RUN_CH
#: A Chinese numeral run (at most 64 characters), optionally with 点 decimals.
_CN_CHARS = (
    rf"(?:{alt(numlex.VAGUE_WORDS)}(?=[{_UNIT_CH}]))?(?![{_ZERO_CH}][{_NUM_CH}])"
    rf"[{_NUM_CH}]{{1,64}}+(?![{_ANY_NUM_CH}])"
    rf"(?:{chars('点')}[{_DIGIT_CH}]{{1,32}}+)?"
)
CN = rf"(?<![{_NONZERO_CH}])(?<![{_ANY_NUM_CH}][{_ZERO_CH}]){_CN_CHARS}"


def _number(checked: bool = False) -> str:
    """Arabic digits with Chinese units and more digits (3千5百万), or a Chinese numeral.

    ``checked``: the caller has already made sure no number or word goes on before it
    (the scanner has), so the look-behinds, the costliest part per match, are left out.
    Digits after a unit never need them: a unit stands before them. Bounded throughout:
    a numeral alternates digits and units a few times at most, and an unbounded repeat
    over a megabyte of 1十1十… would cost memory for nothing.
    """
    ar, cn = (_AR_DIGITS, _CN_CHARS) if checked else (AR, CN)
    more = rf"{_AR_DIGITS}[{_NUM_CH}]{{0,16}}+"
    return rf"(?>{ar}(?:{SP}?[{_UNIT_CH}][{_NUM_CH}]{{0,16}}+(?:{more}){{0,6}}+)?|{cn})"

def number_pattern() -> str:
    """A number (Arabic digits, perhaps with Chinese units, or a Chinese numeral), not
    inside a longer number or a word."""
    return _number()


_FOLLOW = r"%％‰.．"
#: What may follow a bare amount (no currency word after it) for it to be money.
FOLLOW_BARE = rf"(?=$|[^\p{{L}}\p{{N}}{_FOLLOW}]|[{charset(cues.BARE_FOLLOWERS)}])"
_SUB_START = charset(
    [*numlex.DIGITS, "十", "拾", "半", "整", "钱", *currencies.TENTHS, *currencies.HUNDREDTHS]
)
#: What may follow 块/蚊/刀 for them to be money rather than a classifier (三块蛋糕).
FOLLOW_WEAK = (
    rf"(?=$|[^\p{{L}}\p{{N}}{_FOLLOW}]|[0-9０-９{_SUB_START}{charset(cues.BARE_FOLLOWERS)}])"
)
_TEN = charset("十拾")
SUBNUM = rf"(?:{DIG}{{1,2}}+|[{_DIGIT_CH}]?[{_TEN}][{_DIGIT_CH}]?|[{_DIGIT_CH}])"
_SUBNUM1 = rf"(?:{DIG}|[{_DIGIT_CH}])"  # one digit: 七毛八, 三块零四
#: A sub-unit piece: one digit and 角/毛/毫/分/仙 (分钟 is minutes, 十分 is "very"), or a
#: number and a named sub-unit (50便士, 3美分).
_PIECE = (
    rf"(?:{_SUBNUM1}{alt([*currencies.TENTHS, *currencies.HUNDREDTHS])}(?![{charset('钟')}])"
    rf"|{SUBNUM}{alt(currencies.NAMED_SUBUNITS)})"
)
SUBTAIL = (
    rf"(?=[0-9０-９{_DIGIT_CH}{charset('十拾又半')}])"  # a first-character guard: cheap to fail
    rf"(?:[{charset('又零')}]?{_PIECE}"
    rf"(?:{chars('零')}?{_PIECE}|{chars('零')}?{_SUBNUM1}{FOLLOW_BARE})?"
    rf"|{chars('零')}?{_SUBNUM1}{FOLLOW_BARE}|{chars('半')}){chars('钱')}?"
)
#: 元 is not money in 三元组, 元素, 一元二次方程, 元旦 …
_MATH_DIGIT = "一二三四五六七八九两"
#: 元 is not money in 三元组, 元素, 元旦 …, nor after one lone Chinese digit in math and
#: product words (一元二次方程, 二元一次, 三元锂电池, 三元催化); 800元一次性 is money.
_YUAN_NOT = (
    rf"(?![{charset('素组件旦宵宝帅凶老谋化论复配方函甲')}]"
    rf"|(?<=(?<![{_RUN_CH}])[{_MATH_DIGIT}][元圆])"
    rf"(?:[{_MATH_DIGIT}]?{chars('次')}|[{charset('锂催乙材正')}]))"
)
#: 整 closes an amount (壹佰元整); so does 正 as invoices write it (贰拾伍元正), only where
#: nothing goes on (正在, 正好 are words).
_ZHENG = (
    rf"(?:{chars('整')}(?![{charset('个体年月天数理合改治顿齐套批条块栋片张')}])"
    rf"|{chars('正')}(?=$|\W))"
)


_PLAIN_YUAN = {"元", "圆"}

LMAG = (
    rf"(?=[{charset('个')}kKwWmMbBtT ])(?:(?P<gy_X>{chars('个亿')})|{alt(['个W', '个w', '个万'])}"
    rf"|{SP}?(?i:million|billion|trillion|mn|bn|tn)(?![A-Za-z])|[kKwWmMbB](?![A-Za-z]))"
)


def _units(mode: str, prefixed: bool) -> str:
    """Words that make an amount money: currency names, symbols, codes, slang, sub-units."""
    strong = [n for n in NAMES if n not in _PLAIN_YUAN]
    weak = f"[{charset('块蚊')}]"
    parts = [
        alt([*strong, *currencies.SLANG, *currencies.NAMED_SUBUNITS, "块钱"]),
        # a sign after the amount (5$, 100€), unless it begins the next one (¥12¥8)
        alt(SYMBOLS) + rf"(?![A-Za-z]|{SP}?[0-9０-９])",
        alt(_PLAIN_YUAN) + _YUAN_NOT,
        SP + "?" + _codes(CODES),
        rf"(?(cue){weak}|{weak}{FOLLOW_WEAK})" if prefixed else weak + FOLLOW_WEAK,
        rf"(?<=[0-9０-９]){chars('刀')}{FOLLOW_WEAK}",
    ]
    hk_yuan = rf"{chars('个')}(?={SUBTAIL})"
    hk_with_tenths = rf"{chars('个')}(?={_SUBNUM1}{alt(currencies.TENTHS)})"  # 三個一毫, not 十一毫
    if mode == "parse":
        parts.append(rf"{alt([*currencies.TENTHS, *currencies.HUNDREDTHS])}{chars('钱')}?")
        parts.append(hk_yuan)
    else:
        parts.append(rf"{alt(['角', '毛', '分'])}{chars('钱')}|{alt(currencies.CLEAR_SUBUNITS)}")
        parts.append(rf"{alt(['角', '毛'])}(?={chars('零')}?{SUBNUM})")
        parts.append(rf"(?(cur_pre){hk_yuan}|{hk_with_tenths})" if prefixed else hk_with_tenths)
    return "(?:" + "|".join(parts) + ")"


def _amount(side: str, mode: str, prefixed: bool) -> str:
    qi = _inside_qualifier()
    num = _number(checked=not prefixed)  # the scanner has checked what stands before
    number = (
        rf"(?P<num_X>{num})(?P<qi_X>{qi})?(?:{SP}?(?P<cmag_X>[{_UNIT_CH}]++))?"
        rf"(?P<lmag_X>{LMAG})?(?P<qm_X>{alt(['多', '余'])})?"
    )
    if mode == "parse":  # 個半, 個九: the 个 stands for "one yuan"
        number = rf"(?:{number}|(?={chars('个')}))"
    unit = (
        rf"(?:{GAP}(?P<unit_X>{_units(mode, prefixed)})"
        rf"(?P<sub_X>{SUBTAIL})?(?P<zheng_X>{_ZHENG})?)?"
    )
    return (number + unit).replace("_X>", f"_{side}>")


class _Parts:
    """Regex pieces shared by the forward pattern, the scanner and the reversed prefix."""

    def __init__(self) -> None:
        self.per_word = rf"(?:{chars('一')}|{chars('个')})?{alt(periods.PER_WORDS)}"
        self.before = [k for k in qualifiers.BEFORE if k != "上"]
        self.sign = r"[-−－﹣]|" + chars("负")
        # 3-5, 3至5, and doubled dashes (3万元--6万元, 4——5万港币)
        self.rsep = rf"--|－－|——|[-－~～〜—–]|{alt(['至', '到'])}"
        # (含) inside a range or bound: 2万(含)-8万元, 30万元（含）以上
        self.included = rf"[(（]{chars('含')}[)）]"


_P = _Parts()


def build(mode: str, prefixed: bool = True) -> str:
    """The money pattern for ``mode`` ("extract" or "parse").

    With ``prefixed=False`` (extract only) it is the figure as the scanner finds it: it
    starts at a numeral run, whose start the scanner has checked, and leaves out every word
    that may stand before the number. ``extract`` finds those backwards and either fills
    them into the match's groups or, for a bare number that only a cue or a currency prefix
    makes money, matches again from the prefix with the full pattern (``prefixed=True``).
    """
    per_word = _P.per_word
    per_pre = rf"(?P<per_pre>{chars('每')}{per_word}|{alt(periods.PER_PREFIX_WORDS)})"
    cue = rf"(?P<cue>{alt(cues.CUES)})"
    link = alt(cues.LINKS)
    q_pre = rf"(?P<q_pre>{alt(_P.before)}|{chars('上')}(?=[{_UNIT_CH}]))"
    sign = r"(?<![0-9０-９A-Za-z.%)）])(?:" + _P.sign + ")"
    cur = rf"(?:(?P<cur_sym>{_codes(CODES)}|{alt(SYMBOLS)})|(?P<cur_pre>{alt(PREFIX_NAMES)}))"
    cur_hi = rf"(?P<cur_hi>{_codes(CODES)}|{alt(SYMBOLS)}|{alt(PREFIX_NAMES)})"
    rsep = rf"(?P<rsep>{_P.rsep})"
    q_suf = rf"(?P<q_suf>{alt(qualifiers.AFTER)})"
    # /月, 每吨, 一晚 (480元一晚; not 一次性), and a second rate after the first (/平方米/月)
    one = rf"{chars('一')}(?:{chars('个')})?{alt(periods.PER_WORDS)}(?!{chars('性')})"
    per_suf = (
        rf"(?P<per_suf>(?:[/／]{GAP}{per_word}|{chars('每')}{per_word}|{one})"
        rf"(?:[/／]{per_word})?)"
    )

    if prefixed:
        ctx = rf"(?:{per_pre}{GAP})?(?:{cue}{GAP}(?:{link}{GAP})?)?"
        lead = rf"(?:{q_pre}{GAP})?(?P<sign>{sign})?(?:{cur}{GAP})?(?P<sign2>{_P.sign})?"
    else:
        ctx = lead = ""
    included = rf"(?:{GAP}{_P.included})?"
    body = (
        lead
        + _amount("lo", mode, prefixed)
        + rf"(?:{included}(?={SP}{{0,2}}[-－~～〜—–{charset('至到')}]){GAP}{rsep}{GAP}"
        + rf"(?:{cur_hi}{GAP})?{_amount('hi', mode, prefixed)})?"
    )
    if mode == "extract":  # something must say it is money; resolve checks the rest
        evidence = ["unit_lo", "unit_hi", "gy_lo", "gy_hi", "cur_hi"]
        if prefixed:
            evidence += ["cur_sym", "cur_pre", "cue"]
        check = "(?!)"
        for group in evidence:
            check = f"(?({group})|{check})"
        body += check
    body += rf"(?:{included}{SP}?{q_suf})?"
    whole = rf"{ctx}(?P<body>{body})(?:(?={SP}{{0,2}}[/／{charset('每一')}]){GAP}{per_suf})?"
    if prefixed:
        return whole
    # The figure as found at a numeral run (see ``build_scan``). Its prefix is found
    # backwards by ``prefix_reversed``; the groups named here after a failing (?!) never
    # match but give the prefix parts a place in ``m.groups()``.
    slots = "".join(
        f"(?P<{g}>)" for g in ("per_pre", "cue", "q_pre", "sign", "cur_sym", "cur_pre", "sign2")
    )
    return rf"{whole}(?:(?!){slots})?"


def build_scan() -> str:
    """Where ``extract`` looks closer: a numeral run that may begin money, matched whole,
    with group ``money`` set when a money word (a unit, a magnitude, a range) follows it,
    so the figure pattern is worth trying at its start, and group ``bare`` set when a word
    that may make a bare number money (a cue, a currency prefix) ends just before it
    (``build_bare_at``). A run that may not start where it stands (inside a word: x零5)
    is matched as ``dead`` when a place inside it may start one (``_HOLDS_START``: 零5 →
    5). Any other run fails at the cost of a character test, and so does every position
    inside a run (``_FRESH``), which is how the run is passed over whole.

    The pattern is for ``re`` (``for_re``): it begins with a character class, which ``re``
    looks for in a tight loop, and every check on what stands before is a fixed-width
    look-behind after that first character (hence the ``.`` in each).

    A run may hold a place where another could start (after 零 in 3零5, after the comma in
    一,五, after 若干): ``build_inner`` finds those, so that a run read whole loses nothing.
    """
    return (
        rf"[{_RUN_CH}{_VAGUE}]{_FRESH}(?>(?:{_START_BEHIND}(?P<ok>))?)"
        rf"(?(ok)(?:{build_bare_at()}(?P<bare>))?|{_HOLDS_START}(?P<dead>)){_REST}"
        rf"(?:(?={_after()})(?P<money>))?(?(money)|(?(bare)|(?(dead)|(?!))))"
    )


_VAGUE = charset("若")  # begins a run only as 若干
_POINT = f".．{charset('点')}"  # a decimal point, as a class body
_SEP = f"[{_POINT},]"  # what joins the parts of a run
#: A numeral run after its first character.
_REST = (
    rf"(?:(?<=[{_RUN_CH}])[{_RUN_CH}]*+(?:{_SEP}[{_RUN_CH}]++)*+"
    rf"|(?<=[{_VAGUE}]){chars('干')}[{_RUN_CH}]++(?:{_SEP}[{_RUN_CH}]++)*+)"
)
#: The first character read does not go on a run that stands before it: no numeral
#: character, no separator after one, no 若干 just before (若 itself always may begin one).
_FRESH = (
    rf"(?:(?<=[{_VAGUE}])|(?<![{_RUN_CH}].)(?<![{_RUN_CH}]{_SEP}.)"
    rf"(?<![{_VAGUE}]{chars('干')}.))"
)
#: Characters that continue a run and are never its first one; and those after which a run
#: may start only in some cases (USD5; not 1,5 or 十零五).
_INSIDE = rf"0-9０-９^{_POINT}{_NONZERO_CH}"
_ODD = rf"{_LETTERS}_,{_ZERO_CH}"


def _after_latin_money() -> str:
    """``NOT_IN_WORD`` with its first character read, in fixed-width look-behinds: a
    letter may stand before only as the end of a currency code or symbol, itself not
    inside a word (USD5, RM12; not Qwen3)."""
    by_length: dict[int, list[str]] = {}
    for word in _LATIN_MONEY:
        by_length.setdefault(len(word), []).append("".join(_char(c, True) for c in word))
    ends = [
        f"(?<=(?:{'|'.join(words)}).)(?<![{_LETTERS}](?:{'|'.join(words)}).)"
        for _, words in sorted(by_length.items())
    ]
    return rf"(?:(?<![{_LETTERS}_].)|{'|'.join(ends)})"


#: Where a run may start, checked once its first character is read (hence the ``.``).
_START_BEHIND = (
    rf"(?:(?<![{_INSIDE}{_ODD}].)"
    rf"|(?<=[{_ODD}].)(?<![{_INSIDE}].)(?<![0-9０-９],.)(?<![{_ANY_NUM_CH}][{_ZERO_CH}].)"
    rf"{_after_latin_money()})"
)
#: What a run holds before a place where another may start: a zero, a comma, 若干.
INNER_START = f"[,{_ZERO_CH}{charset('干')}]"
#: A run that may not start where it stands is worth reading only if a place inside it may:
#: it begins with a zero or 若(干), or holds a zero or a comma (3零5, 1.零5, 一,五). Each
#: piece is read once, possessively: linear in the run.
_NONZERO_RUN = f"0-9０-９{_NONZERO_CH}"  # the characters of a run but its zeros
_HOLDS_START = (
    rf"(?:(?<=[{_ZERO_CH}{_VAGUE}])|(?=[{_NONZERO_RUN}]*+"
    rf"(?:[{_POINT}][{_NONZERO_RUN}]++)*+[{_POINT}]?[,{_ZERO_CH}]))"
)


def build_inner() -> str:
    """A place inside a run where another run may start, matched one character long, with
    group ``bare`` set when a cue or currency word stands before it (``build_bare_at``).

    ``scan`` reads a run whole; ``extract`` then looks inside it with this pattern, bounded
    by the run's end. The run from such a place ends where the whole run ends, so whether
    a money word follows is already known: looking for it again from each place would
    make a run of 0零0零… quadratic.
    """
    return rf"(?<={INNER_START})[{_RUN_CH}]{_START_BEHIND}(?:{build_bare_at()}(?P<bare>))?"


def build_bare_at() -> str:
    """A bare numeral run starts right after a word that may make it money, checked once
    its first character is read (fixed-width look-behinds, hence the ``.``).

    Only a cue or a currency prefix makes a bare number money, and between the end of one
    and the number there can be nothing but links, qualifiers, signs and spaces (月薪约
    -5000, 总额为：$ 300): a look-behind for that keeps ``extract`` from looking back
    after every 约 or 达到 in running text (大约3小时, 达到5次).
    """
    prev = re.escape("".join(sorted(PREV_CHARS)))
    ends = re.escape("".join(sorted(_MONEY_WORD_ENDS)))
    filler = re.escape("".join(sorted(_BETWEEN_CHARS)))
    spaced = "|".join(f"(?<=[{prev}]{SP * n}.)" for n in range(3))
    between = "|".join(f"(?<=[{ends}][{filler}]{{{n}}}.)" for n in range(_BETWEEN_MAX + 1))
    return rf"(?<=[{_RUN_CH}])(?<![{_RUN_CH}].)(?:{spaced})(?:{between})"


def _money_words() -> list[str]:
    """The words that may follow a number to make it money: units, magnitudes, currency
    names, symbols and codes."""
    digits = [*numlex.DIGITS, "十", *"0123456789"]
    return [
        *NAMES,
        *currencies.SLANG,
        *currencies.NAMED_SUBUNITS,
        *currencies.COLLOQUIAL,
        *SYMBOLS,
        *CODES,
        *(c.lower() for c in CODES),
        *(c.capitalize() for c in CODES),
        *numlex.SMALL_UNITS,
        *numlex.BIG_UNITS,
        *numlex.LATIN_MAGNITUDES,
        *(f"{w}钱" for w in (*currencies.TENTHS, *currencies.HUNDREDTHS)),
        *currencies.CLEAR_SUBUNITS,
        *(w + d for w in ("角", "毛", "个") for d in digits),
        "个半",
    ]


def _after() -> str:
    """What follows a numeral run that may be money: a unit word, a magnitude, a range
    separator and a number, told apart by their first two characters (日元 from 25日,
    个亿 from 一个)."""
    words = _money_words()
    a_range = rf"(?:{_P.rsep}){GAP}[0-9０-９{_DIGIT_CH}{_TEN}]"  # a range: 3-5亿元, 1 - 2元
    return rf"[{charset(qualifiers.INSIDE)}]?{GAP}(?:{alt(w[:2] for w in words)}|{a_range})"


def _inside_qualifier() -> str:
    """多, 余, 来 or + between a number and its magnitude or unit (3100+ 亿元, 10多万元); a
    ``+`` only where the figure goes on or ends (3000+。), never before a noun (底薪4500+绩效
    is 4500, exact)."""
    plus = [w for w in qualifiers.INSIDE if w == "+"]
    words = alt([w for w in qualifiers.INSIDE if w != "+"])
    firsts = charset(w[0] for w in _money_words())
    return rf"(?:{words}|{alt(plus)}(?=$|\W|{SP}|[{firsts}]))"


_BEFORE_UNIT = rf"(?<=[{_UNIT_CH}])"  # 上 is a qualifier only right before a unit: 上亿元


def build_prefix_reversed() -> str:
    """What may stand before an amount, spelled backwards, to match on the reversed text.

    Matching a prefix backwards from the number on ``text[::-1]`` uses forward tries,
    which the regex engine runs far faster than a lookbehind over the same words.
    """

    def rev(words: Iterable[str], nocase: bool = False) -> str:
        return alt([w[::-1] for w in words], nocase=nocase)

    per = (
        rf"(?:{rev(periods.PER_WORDS)}(?:{chars('一')}|{chars('个')})?{chars('每')}"
        rf"|{rev(periods.PER_PREFIX_WORDS)})"
    )
    codes = rf"(?<![A-Za-z]){rev(CODES, nocase=True)}(?![A-Za-z])"
    # a dash after a closing bracket joins what the bracket closes: 2万(含)-8万元
    minus = rf"(?:{_P.sign})(?![)）])"
    return (  # the groups are the prefix parts of the money pattern, spelled backwards
        rf"(?P<sign2>{minus})?(?:{GAP}(?:(?P<cur_sym>{rev(SYMBOLS)}|{codes})"
        rf"|(?P<cur_pre>{rev(PREFIX_NAMES)})))?(?P<sign>{minus})?"
        rf"(?:{GAP}(?P<q_pre>{rev(_P.before)}|{_BEFORE_UNIT}{chars('上')}))?"
        rf"(?:{GAP}(?:{rev(cues.LINKS)}{GAP})?(?P<cue>{rev(cues.CUES)}))?(?:{GAP}(?P<per_pre>{per}))?"
    )


def _last_chars(words: Iterable[str]) -> frozenset[str]:
    return frozenset(c for w in words for c in w[-1] + _VARIANTS.get(w[-1], ""))


_SIGNS = ("-", "−", "－", "﹣", "负")
#: Last characters of the words that may stand before a figure (cues, links, qualifiers,
#: signs, currency prefixes): a figure after one of these looks for them backwards.
PREV_CHARS = _last_chars(
    [
        *(c.lower() for c in CODES),
        *(c.capitalize() for c in CODES),
        *cues.CUES,
        *cues.LINKS,
        *_P.before,
        "上",
        *_SIGNS,
        *SYMBOLS,
        *PREFIX_NAMES,
        *CODES,
        *periods.PER_PREFIX_WORDS,
    ]
)
#: The same for a figure with a currency word after it, where only what changes its
#: record counts: a qualifier, a sign, a currency prefix, or a cue that implies ``per``.
PREV_FIGURE = _last_chars(
    [
        *(c.lower() for c in CODES),
        *(c.capitalize() for c in CODES),
        *cues.LINKS,
        *_P.before,
        "上",
        *_SIGNS,
        *SYMBOLS,
        *PREFIX_NAMES,
        *CODES,
        *periods.PER_PREFIX_WORDS,
        *(k for k, v in cues.CUES.items() if v),
    ]
)
#: Last characters of per words: they count as a prefix only with 每 just before.
PER_LAST_CHARS = _last_chars(periods.PER_WORDS)

#: Last characters of the words that make a bare number money: cues and currency prefixes.
_MONEY_WORD_ENDS = _last_chars(
    [*cues.CUES, *PREFIX_NAMES, *SYMBOLS, *CODES, *(c.lower() for c in CODES)]
)
_BEFORE_WORDS = [*_P.before, "上"]
#: What may stand between such a word and the number, and how many characters of it.
_BETWEEN_CHARS = frozenset(
    v
    for w in (*cues.LINKS, *_BEFORE_WORDS, *_SIGNS, " \t\u00a0\u3000")
    for c in w
    for v in c + _VARIANTS.get(c, "")
)
_BETWEEN_MAX = 3 * 2 + max(map(len, cues.LINKS)) + max(map(len, _BEFORE_WORDS)) + 2


@cache
def pattern(mode: str = "extract", prefixed: bool = True) -> Pattern:
    """The forward pattern (compiled on first use, then cached); the figure as the scanner
    finds it, matched at every candidate, with ``re`` (``for_re``)."""
    if mode == "extract" and not prefixed:
        return re.compile(for_re(build(mode, prefixed)))
    return regex.compile(build(mode, prefixed))


@cache
def scan() -> re.Pattern[str]:
    """The scanning pattern (compiled on first use, then cached), with ``re``."""
    return re.compile(for_re(build_scan()))


@cache
def inner_start() -> re.Pattern[str]:
    """``INNER_START`` (compiled on first use, then cached), with ``re``."""
    return re.compile(INNER_START)


@cache
def inner() -> re.Pattern[str]:
    """``build_inner`` (compiled on first use, then cached), with ``re``."""
    return re.compile(for_re(build_inner()))


@cache
def prefix_reversed() -> re.Pattern[str]:
    """The reversed prefix pattern (compiled on first use, then cached), with ``re``."""
    return re.compile(for_re(build_prefix_reversed()))
