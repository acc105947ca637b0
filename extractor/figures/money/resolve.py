"""Turn one match of the money pattern into exact ``Money`` records.

A match's groups (see ``grammar``) are read by position: ``regex`` answers ``m.groups()``
some thirty times faster than a lookup by name, and this runs once per figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from operator import itemgetter
from typing import NamedTuple

import regex

from extractor.figures.money.grammar import SUBNUM, Match, Pattern
from extractor.lexicon import cues, currencies, periods, qualifiers, scripts
from extractor.lexicon import numerals as numlex
from extractor.models import Money, trusted_money
from extractor.numerals import EXACT, Numeral, NumeralError, plain_value, read_numeral
from extractor.text.markup import View

_FOLD = scripts.FOLD
_ONE = Decimal(1)
_TENTH = Decimal("0.1")
_HUNDREDTH = Decimal("0.01")


class Reject(Exception):
    """A candidate that is not a well-formed money expression (position in the view)."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


_PARTS = ("num", "qi", "cmag", "lmag", "gy", "qm", "unit", "sub", "zheng")


class _Index:
    """Group numbers of one compiled pattern, by name: one attribute per group of the
    ``parse`` pattern (``grammar`` names them; a test holds the two lists equal).

    A name the pattern lacks (the prefix groups of the pattern for matches that start at
    the number) gets the number of a slot that is always None: ``m.groups() + (None,)``.
    """

    per_pre: int  # the words before the figure (see ``grammar``)
    cue: int
    q_pre: int
    sign: int
    cur_sym: int
    cur_pre: int
    sign2: int
    body: int  # the record's span
    num_lo: int  # the amount, or the low end of a range
    qi_lo: int
    cmag_lo: int
    lmag_lo: int
    gy_lo: int
    qm_lo: int
    unit_lo: int
    sub_lo: int
    zheng_lo: int
    rsep: int  # a range's separator, then its high end
    cur_hi: int
    num_hi: int
    qi_hi: int
    cmag_hi: int
    lmag_hi: int
    gy_hi: int
    qm_hi: int
    unit_hi: int
    sub_hi: int
    zheng_hi: int
    q_suf: int  # the words after the figure
    per_suf: int

    def __init__(self, p: Pattern) -> None:
        self.pattern = p  # held, so that no other pattern can take its id (``_INDEXES``)
        missing = p.groups + 1
        for name in GROUP_NAMES:
            setattr(self, name, p.groupindex.get(name, missing))
        self.side: dict[str, tuple[int, ...]] = {
            s: tuple(getattr(self, f"{part}_{s}") for part in _PARTS) for s in ("lo", "hi")
        }


#: The groups ``_Index`` knows, in the order declared above.
GROUP_NAMES = tuple(_Index.__annotations__)


#: Keyed by ``id``: a ``re`` pattern hashes its whole source on every lookup (60 µs for the
#: figure pattern). Each entry holds its pattern, so the id stays that pattern's.
_INDEXES: dict[int, _Index] = {}


def _index(p: Pattern) -> _Index:
    found = _INDEXES.get(id(p))
    if found is None:
        found = _INDEXES[id(p)] = _Index(p)
    return found


def _fold(s: str) -> str:
    return s.translate(_FOLD)


def _currency_table() -> dict[str, str]:
    table: dict[str, str] = {currencies.DOLLAR_SIGN: currencies.DOLLAR_SIGN}
    for c in currencies.CURRENCIES:
        for word in (*c.names, *c.prefixes, *c.symbols):
            table.setdefault(word, c.code)
        for code in c.codes:
            table.setdefault(code.upper(), c.code)
    return table


#: Any written form of a currency (folded; codes upper-case) → ISO code; a bare ``$`` →
#: ``DOLLAR_SIGN``, which ``currency_for`` resolves with the default currency.
CURRENCY_OF = _currency_table()
_MAGNITUDES = {k.lower(): Decimal(v) for k, v in numlex.LATIN_MAGNITUDES.items()}
_SUB_FACTOR = {
    **dict.fromkeys(currencies.TENTHS, _TENTH),
    **dict.fromkeys(currencies.HUNDREDTHS, _HUNDREDTH),
}
_SUBWORDS = sorted([*_SUB_FACTOR, *currencies.NAMED_SUBUNITS], key=len, reverse=True)
_SUBPIECE = regex.compile(
    rf"(?P<zero>零)?(?P<num>{SUBNUM})(?P<word>{'|'.join(map(regex.escape, _SUBWORDS))})?"
)
_UNIT_CHARS = frozenset([*numlex.SMALL_UNITS, *numlex.BIG_UNITS])
_BIG_UNIT_CHARS = frozenset(numlex.BIG_UNITS)
_SMALL_UNIT_CHARS = "".join(numlex.SMALL_UNITS)
_TRAILING_UNITS = regex.compile("[" + "".join(_UNIT_CHARS) + "]+$")
_PER_STRIP = regex.compile(r"^一?个")


class Unit(NamedTuple):
    """What a unit word means: its currency (if it names one) and its size in main units."""

    currency: str | None
    factor: Decimal
    generic: bool  # 元/块/角…: a currency written before the amount decides


def unit_meaning(word: str) -> Unit:
    """What a (folded) unit word means; ``currency`` is None for a word that names none."""
    if word.endswith("钱") and word not in CURRENCY_OF and len(word) > 1:
        word = word[:-1]
    if word in currencies.SLANG:
        code, mult = currencies.SLANG[word]
        return Unit(code, Decimal(mult), False)
    if word in currencies.NAMED_SUBUNITS:
        code, frac = currencies.NAMED_SUBUNITS[word]
        return Unit(code, Decimal(frac), False)
    if word in _SUB_FACTOR:
        return Unit(None, _SUB_FACTOR[word], True)
    if word in currencies.GENERIC_UNITS:
        return Unit(None, _ONE, True)
    if word in currencies.COLLOQUIAL:
        return Unit(currencies.COLLOQUIAL[word], _ONE, False)
    named = CURRENCY_OF.get(word) or CURRENCY_OF.get(word.upper())
    return Unit(named, _ONE, named is None)


def is_unit_word(word: str) -> bool:
    """Is the (folded) ``word`` a currency or main-unit word (美元, 元, 块)?"""
    return unit_meaning(word).currency is not None or word in currencies.GENERIC_UNITS


def currency_for(written: str | None, default: str) -> str:
    """The ISO code of a record: the currency written (``written``), the default currency
    when none names a country (None: 元, 块, an implicit amount), and for a bare ``$`` the
    default when that is a dollar (HKD for Hong Kong text), else US dollars."""
    if written is None:
        return default
    if written == currencies.DOLLAR_SIGN:
        return default if default in currencies.DOLLARS else currencies.DOLLAR_FALLBACK
    return written


_UNITS: dict[str, Unit] = {}


def unit_of(raw: str) -> Unit:
    """The meaning of a matched unit word (memoised: the grammar matches few distinct ones)."""
    found = _UNITS.get(raw)
    if found is None:
        found = _UNITS[raw] = unit_meaning(_fold(raw).strip())
    return found


class Side(NamedTuple):
    """One amount of a mention (the only one, or one end of a range)."""

    low: Decimal
    high: Decimal | None  # 两三万 / 几十万
    vague: bool
    currency: str | None  # named by the unit word, if any
    generic: bool  # a written prefix currency wins over the unit's
    num: str | None  # the numeral as written (folded)
    factor: Decimal  # what multiplies it: magnitudes after it and the unit's size
    #: what the low end of a range may borrow from the high end: "all" its units when it
    #: has none (3-5亿元), "big" ones when it has only 十百千 (三千至五千万), else "none"
    borrows: str
    qualifier: str | None

    def scale(self, borrows: str) -> Decimal:
        """What a low end that ``borrows`` takes from this high end: 3-5亿元 → 10^8."""
        trailing = _TRAILING_UNITS.search(self.num.replace(" ", "")) if self.num else None
        units = trailing.group() if trailing else ""
        if borrows == "big":
            units = units.lstrip(_SMALL_UNIT_CHARS)
        base = read_numeral(units).low if units else _ONE
        return EXACT.multiply(base, self.factor)


def _numeral(text: str, offset: int) -> Numeral:
    try:
        return read_numeral(text)
    except NumeralError as exc:
        raise Reject(exc.message, offset + exc.position) from None


def _side(m: Match, g: Groups, G: _Index, s: str, mode: str) -> Side:
    i_num, i_qi, i_cmag, i_lmag, _, i_qm, i_unit, i_sub, _ = G.side[s]
    num = g[i_num - 1]
    unit_word = g[i_unit - 1]
    if num is None:  # 個半 in parse mode: the 个 is one yuan
        value = Numeral(_ONE)
        folded = None
        borrows = "none"
    else:
        folded = _fold(num)
        value = _numeral(folded, m.start(i_num))
        if folded[0] in numlex.BIG_UNITS and g[G.q_pre - 1] is None:
            raise Reject("a magnitude with no number before it", m.start(i_num))
        borrows = (
            "none"
            if _BIG_UNIT_CHARS.intersection(folded)
            else "big"
            if _UNIT_CHARS.intersection(folded)
            else "all"
        )
    factor = _ONE
    cmag, lmag, sub = g[i_cmag - 1], g[i_lmag - 1], g[i_sub - 1]
    if cmag:
        factor = _numeral(_fold(cmag), m.start(i_cmag)).low
        borrows = "none"
    if lmag:
        factor = EXACT.multiply(factor, _MAGNITUDES[_fold(lmag).strip().lower()])
        borrows = "none"
    currency = None
    generic = True
    unit_factor = _ONE
    if unit_word is not None:
        borrows = "none"
        currency, unit_factor, generic = unit_of(unit_word)
        if (
            mode == "extract"
            and unit_factor < _ONE
            and unit_word.endswith(("钱", "錢"))
            and num in ("一", "壹")
        ):
            raise Reject("一分钱 and 一毛钱 are idioms", m.start(i_unit))
    total = EXACT.multiply(factor, unit_factor) if factor is not _ONE else unit_factor
    low = EXACT.multiply(value.low, total) if total is not _ONE else value.low
    high = EXACT.multiply(value.high, total) if value.high is not None else None
    if sub:
        extra = _subunits(_fold(sub), unit_factor, currency, m.start(i_sub))
        low = EXACT.add(low, extra)
        if high is not None:
            high = EXACT.add(high, extra)
    inner = g[i_qi - 1] or g[i_qm - 1]
    return Side(
        low=low,
        high=high,
        vague=value.vague,
        currency=currency,
        generic=generic,
        num=folded,
        factor=total,
        borrows=borrows,
        qualifier=qualifiers.INSIDE[_fold(inner)] if inner else None,
    )


def _subunits(sub: str, unit_factor: Decimal, currency: str | None, offset: int) -> Decimal:
    """Value of what follows the main unit: 七毛八 → 0.78, 零四 → 0.04, 又三美分 → 0.03."""
    if unit_factor == _HUNDREDTH:
        raise Reject("nothing can follow the smallest unit", offset)
    text = sub.lstrip("又")
    if text.endswith("钱"):
        text = text[:-1]
    if text == "半":
        return EXACT.multiply(Decimal(5), unit_factor * _TENTH)
    total = Decimal(0)
    coarser = unit_factor  # each piece must use a finer unit than the one before it
    for p in _SUBPIECE.finditer(text):
        digits = _numeral(p.group("num"), offset + p.start()).low
        word = p.group("word")
        if word in currencies.NAMED_SUBUNITS:
            named, frac = currencies.NAMED_SUBUNITS[word]
            if currency is not None and named != currency:
                raise Reject(f"{word} is not a sub-unit of {currency}", offset + p.start())
            factor = Decimal(frac)
        elif word:
            factor = _SUB_FACTOR[word]
        elif p.group("zero") or coarser != _ONE:
            factor = _HUNDREDTH
        else:
            factor = _TENTH
        if factor >= coarser or digits >= coarser / factor:
            raise Reject("sub-units out of order", offset + p.start())
        total = EXACT.add(total, EXACT.multiply(digits, factor))
        coarser = factor
    return total


def canonical(d: Decimal) -> Decimal:
    """Same value, written without exponent or trailing zeros (450000000, 7.99)."""
    if d == d.to_integral_value():
        return d.quantize(_ONE, context=EXACT)
    return d.normalize(EXACT)


def _per_word(raw: str) -> str:
    """The ``per`` of a per word as written: /月 → month, 每股 → 股, 人均 → 人, 一晚 → 晚;
    two rates at once join theirs with a slash (/平方米/月 → 平方米/month)."""
    word = _fold(raw).replace(" ", "")
    if word in periods.PER_PREFIX_WORDS:
        return periods.PER_PREFIX_WORDS[word]
    first, slash, second = word[1:].partition("/") if word[0] == "/" else word.partition("/")
    per = _one_per(first)
    return f"{per}/{_one_per(second)}" if slash else per


def _one_per(word: str) -> str:
    word = word[1:] if word[:1] == "每" else word
    for candidate in (word, word[1:], _PER_STRIP.sub("", word)):  # 一个, 一晚, 一个月
        if candidate in periods.PER_WORDS:
            return periods.PER_WORDS[candidate]
    return word


def _per(g: Groups, G: _Index, part: str = "") -> str | None:
    for raw in (g[G.per_suf - 1] if part != "lo" else None, g[G.per_pre - 1]):
        if raw:
            return _per_word(raw)
    cue = g[G.cue - 1]
    return cues.CUES.get(_fold(cue)) if cue else None


def _prefix_currency(raw: str | None) -> str | None:
    if not raw:
        return None
    word = _fold(raw).strip()
    return CURRENCY_OF.get(word) or CURRENCY_OF.get(word.upper())


_DOLLARS_OR_SIGN = currencies.DOLLARS | {currencies.DOLLAR_SIGN}
#: Range separators that, after a change word, say "to" (上涨2.5元至18元).
_TO_WORDS = frozenset({"至", "到"})


def _pick_currency(side: Side | Unit, prefix: str | None) -> str | None:
    """The unit's currency, unless the unit is generic (元) and a prefix names one (港币)."""
    if side.currency and not (side.generic and prefix):
        return side.currency
    return prefix or side.currency


class Found(NamedTuple):
    """A record's fields, with its span relative to the start of the match."""

    start: int
    end: int
    value: Decimal | None
    high: Decimal | None
    #: as written: an ISO code, ``DOLLAR_SIGN``, or None for none that names a country
    #: (``currency_for`` resolves the last two with the default currency of the call)
    currency: str | None
    qualifier: str
    per: str | None
    implicit: bool


Groups = Sequence[str | None]


def resolve(
    m: Match,
    mode: str,
    g: Groups | None = None,
    body: tuple[int, int] | None = None,
    moved: bool = False,
) -> list[Found]:
    """Records for one match (usually one; two when a "range" turns out not to be one).

    ``g`` and ``body`` replace the match's groups and body span when its prefix was found
    apart from it (see ``extract``). ``moved``: a change word stands right before the
    figure (股价上涨2.5元至18元), so X至Y with a unit on X is a change then a level, never a
    range. Raises ``Reject`` when the match is not a well-formed money expression, or, in
    ``extract`` mode, when nothing says it is money at all.
    """
    G = _index(m.re)
    if g is None:
        g = [*m.groups(), None]
    if body is None:
        body = m.span(G.body)
    ranged = g[G.rsep - 1] is not None
    if mode == "extract":
        if not any(
            g[i - 1]
            for i in (G.unit_lo, G.unit_hi, G.cur_sym, G.cur_pre, G.cur_hi, G.cue, G.gy_lo, G.gy_hi)
        ):
            raise Reject("no currency and no money cue", m.start())
        last = "hi" if ranged else "lo"
        if g[getattr(G, f"unit_{last}") - 1] is None and not g[G.q_suf - 1]:
            end = _side_end(m, g, G, last)
            if g[G.cur_sym - 1]:  # after a sign only a number written wrong stops it: $3,50
                if number_goes_on(m.string, end):
                    raise Reject("a number written wrong", end)
            elif not bare_end_ok(m.string, end):
                if not (ranged and g[G.unit_lo - 1]):
                    raise Reject("a bare number followed by a unit word", end)
                lo = _side(m, g, G, "lo", mode)
                prefix = _prefix_currency(g[G.cur_sym - 1] or g[G.cur_pre - 1])
                span = (body[0], _side_end(m, g, G, "lo"))
                return [_found(m, g, G, mode, lo, _pick_currency(lo, prefix), span, part="lo")]
    lo = _side(m, g, G, "lo", mode)
    prefix = _prefix_currency(g[G.cur_sym - 1] or g[G.cur_pre - 1])
    cur_lo = _pick_currency(lo, prefix)
    if not ranged:
        return [_found(m, g, G, mode, lo, cur_lo, body)]
    hi = _side(m, g, G, "hi", mode)
    cur_hi = _pick_currency(hi, _prefix_currency(g[G.cur_hi - 1]) or prefix)
    low = lo.low
    scale = hi.scale(lo.borrows) if lo.borrows != "none" else _ONE
    if scale != 1:
        scaled = EXACT.multiply(low, scale)
        # 3-5亿元 borrows 亿; 8000-1万元 cannot; 2024-5亿元 is no range at all
        low = scaled if scaled <= hi.low else (low if low * 100 >= hi.low else hi.low)
    mismatch = (
        cur_lo is not None
        and cur_hi is not None
        and cur_lo != cur_hi
        and not (
            currencies.DOLLAR_SIGN in (cur_lo, cur_hi) and {cur_lo, cur_hi} <= _DOLLARS_OR_SIGN
        )
    )
    fuzzy = lo.vague or hi.vague or lo.high is not None or hi.high is not None
    if mode == "parse" and (mismatch or fuzzy or low >= hi.low):
        hi_start = _side_start(m, g, G, "hi", G.cur_hi)
        if mismatch or fuzzy or g[G.unit_lo - 1]:
            raise Reject("two amounts, not one expression", hi_start)
        raise Reject("the low end of a range must be below its high end", body[0])
    if moved and g[G.unit_lo - 1] and _fold(g[G.rsep - 1] or "") in _TO_WORDS:
        mismatch = True  # 上涨2.5元至18元: the change, then the new level
    if mismatch or fuzzy or low >= hi.low:
        # Not one range: read the two ends separately where each is money on its own.
        out = []
        if g[G.unit_lo - 1] or prefix:
            span = (body[0], _side_end(m, g, G, "lo"))
            out.append(_found(m, g, G, mode, lo, cur_lo, span, part="lo"))
        own = _prefix_currency(g[G.cur_hi - 1])  # the low end's prefix is not the high end's
        headless = hi.num is not None and hi.num[0] in numlex.BIG_UNITS  # 亿美元 is no amount
        if (g[G.unit_hi - 1] or own or g[G.gy_hi - 1]) and not headless:
            hi_start = m.start(G.cur_hi) if own else m.start(G.num_hi)
            out.append(
                _found(m, g, G, mode, hi, _pick_currency(hi, own), (hi_start, body[1]), part="hi")
            )
        if not out:
            raise Reject("neither end of the range is money on its own", body[0])
        return out
    rng = lo._replace(low=low, high=hi.low, qualifier=None)
    return [_found(m, g, G, mode, rng, cur_lo or cur_hi, body, is_range=True)]


def _side_start(m: Match, g: Groups, G: _Index, s: str, prefix: int) -> int:
    starts = [m.start(i) for i in (prefix, *G.side[s]) if g[i - 1] is not None]
    return min(starts) if starts else m.start(G.body)


def _side_end(m: Match, g: Groups, G: _Index, s: str) -> int:
    return max(m.end(i) for i in G.side[s] if g[i - 1] is not None)


_NOT_AFTER_BARE = frozenset("%％‰.．")
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_BARE_FOLLOWERS = frozenset(
    cues.BARE_FOLLOWERS + "".join(scripts.TRADITIONAL.get(c, "") for c in cues.BARE_FOLLOWERS)
)


def bare_end_ok(text: str, pos: int) -> bool:
    """May an amount with no currency word after it end at ``pos``? (月薪2万的 yes, 融资3轮 no,
    月薪1,5000 no: see ``number_goes_on``)."""
    if pos >= len(text):
        return True
    ch = text[pos]
    if ch == ",":
        return not number_goes_on(text, pos)
    return ch in _BARE_FOLLOWERS or not (ch.isalnum() or ch in _NOT_AFTER_BARE)


def number_goes_on(text: str, pos: int) -> bool:
    """Does the number that ends at ``pos`` go on, written wrong? A comma and a digit right
    after one to three digits (1,5000; $3,50) is not the amount 1 or 3 (``parse`` refuses the
    whole); after four or more it separates a list (月薪3000,5000不等)."""
    if text[pos : pos + 1] != "," or text[pos + 1 : pos + 2] not in _DIGIT_CHARS:
        return False
    before = text[max(0, pos - 4) : pos]
    return before[-1:] in _DIGIT_CHARS and not (
        len(before) == 4 and all(c in _DIGIT_CHARS for c in before)
    )


def _found(
    m: Match,
    g: Groups,
    G: _Index,
    mode: str,
    side: Side,
    currency: str | None,
    span: tuple[int, int],
    *,
    is_range: bool = False,
    part: str = "",
) -> Found:
    value: Decimal | None = side.low
    high = side.high
    if is_range:
        qualifier = "range"
    elif side.vague:
        if mode == "parse":
            qualifier = "range"
        else:
            qualifier, value, high = "vague", None, None
    elif high is not None:
        qualifier = "range"
    else:
        qualifier = _qualifier(g, G, side.qualifier, part)
    if (g[G.sign - 1] or g[G.sign2 - 1]) and value and part != "hi":
        value = value.copy_negate()  # exact (unary minus rounds to the context), never -0
    base = m.start()
    return Found(
        start=span[0] - base,
        end=span[1] - base,
        value=None if value is None else canonical(value),
        high=None if high is None else canonical(high),
        currency=currency,
        qualifier=qualifier,
        per=_per(g, G, part),
        implicit=not _written(g, G, part),
    )


def _written(g: Groups, G: _Index, part: str = "") -> bool:
    """Is a currency word, symbol or money unit word (元, 块, 毛) written in the figure (or
    in its ``part``, one end of a would-be range read on its own)?"""
    lo = (G.unit_lo, G.cur_sym, G.cur_pre)
    hi = (G.unit_hi, G.cur_hi)
    groups = lo if part == "lo" else (*hi, G.cur_sym, G.cur_pre) if part == "hi" else lo + hi
    return any(g[i - 1] for i in groups)


def _qualifier(g: Groups, G: _Index, inside: str | None, part: str = "") -> str:
    """Over or under wins over about, wherever each is written (约650万元起, 大概8万多);
    else a word before the figure wins over one after it, and that over 多/余/+ inside it.

    ``part`` is "lo" or "hi" for one end of a would-be range read on its own: the word
    before belongs to the low end only, the word after to the high end only.
    """
    q_pre = g[G.q_pre - 1]
    q_suf = g[G.q_suf - 1]
    written = (
        qualifiers.BEFORE.get(_fold(q_pre), "over") if q_pre and part != "hi" else None,  # 上亿元
        qualifiers.AFTER[_fold(q_suf)] if q_suf and part != "lo" else None,
        inside,
    )
    bound = next((q for q in written if q is not None and q != "about"), None)
    return bound or next((q for q in written if q is not None), "exact")


_MEMO: dict[tuple[object, ...], list[Found]] = {}
_MEMO_LIMIT = 50_000


def records(
    m: Match,
    v: View,
    original: str,
    g: Groups | None = None,
    body: tuple[int, int] | None = None,
    default: str = "CNY",
    moved: bool = False,
) -> list[Money] | None:
    """Records of an ``extract`` match with offsets in the caller's string; None if rejected.

    A match's records depend only on its text and groups, so they are memoised: the same
    figure written again (230亿美元, 每股9.8元) costs a dictionary lookup. ``default`` is the
    currency of an amount whose unit names no country (see ``currency_for``); ``moved`` as
    for ``resolve``.
    """
    base = m.start()
    quick = _quick(m, v, original, g, body, default)
    if quick is not None:
        return quick
    # what follows the match decides whether a bare amount is money (月薪2万的 / 2万人)
    after = m.string[m.end() : m.end() + 1]
    if g is None:
        key: tuple[object, ...] = (m.group(), after, m.groups(), moved)
    else:
        key = (m.group(), after, tuple(g), body[0] - base if body else None, moved)
    found = _MEMO.get(key)
    if found is None:
        try:
            found = resolve(m, "extract", g, body, moved)
        except (Reject, NumeralError):
            found = []
        if len(_MEMO) >= _MEMO_LIMIT:
            _MEMO.clear()
        _MEMO[key] = found
    if not found:
        return None
    out = []
    for f in found:
        start, end = v.origin(base + f.start, base + f.end)
        out.append(
            trusted_money(
                original[start:end],
                start,
                end,
                f.value,
                f.high,
                currency_for(f.currency, default),
                f.qualifier,
                f.per,
                f.implicit,
            )
        )
    return out


class _Shape(NamedTuple):
    """What a common-shape figure's record is, apart from its number."""

    factor: Decimal  # what multiplies the number: magnitudes after it (亿, 个亿), 个小目标
    negative: bool
    currency: str | None  # as ``Found.currency``: None for 元 or none written (月薪2万)
    implicit: bool  # no currency word, symbol or unit word written
    qualifier: str
    per: str | None
    headless: bool  # a qualifier stands before, so the number may begin with 亿 (上亿元)
    #: with no currency word after it, the group the amount ends with: what follows it
    #: must not be a unit word (月薪2万的 yes, 月薪2万人 no); 0 when no check is due
    end_group: int
    #: after a currency sign ($3) only ``number_goes_on`` is checked there ($3,50 no)
    signed: bool
    #: ``factor`` is a whole number with exponent 0 (1, 10^8), so whole digits times it
    #: are already canonical
    integral: bool


class _Quick:
    """The common shape of a figure (``_quick``): a number (230亿, 3100+亿, 3个亿, 数百)
    with a currency word after it (近6.8亿澳元, 4.5个小目标) or a currency sign or money cue
    before it ($9.99, 月薪2万), and any of a qualifier, a sign, a currency prefix, a per
    word or a cue around it (7.99 美元/月, 每股9.8元). What the groups other than the
    number mean is memoised as a ``_Shape``: a text writes its figures in a few shapes.
    Anything else (ranges, sub-units, 多/余, 两三万) goes the general way."""

    _USED = ("num_lo", "qi_lo", "cmag_lo", "lmag_lo", "gy_lo", "unit_lo", "zheng_lo", "body",
             "q_suf", "per_suf", "q_pre", "sign", "sign2", "cur_sym", "cur_pre", "per_pre",
             "cue")  # fmt: skip
    _LIMIT = 10_000

    def __init__(self, p: Pattern) -> None:
        G = self.G = _index(p)  # which holds ``p``: ``_QUICK`` is keyed by its id
        used = {getattr(G, name) for name in self._USED}
        others = [i - 1 for i in range(1, p.groups + 1) if i not in used]
        self.others = itemgetter(*others)
        self.nones = (None,) * len(others)
        self.num, self.body = G.num_lo - 1, G.body
        varying = (G.num_lo - 1, G.body - 1)
        self.key = itemgetter(*(i for i in range(p.groups + 1) if i not in varying))
        self.shapes: dict[tuple[str | None, ...], _Shape | None] = {}

    def learn(self, g: Groups) -> _Shape | None:
        """Read and memoise the shape of a match's groups; None when it is not common."""
        if len(self.shapes) >= self._LIMIT:
            self.shapes.clear()
        found = self.shapes[self.key(g)] = self._read(g)
        return found

    def _read(self, g: Groups) -> _Shape | None:
        G = self.G
        if self.others(g) != self.nones:
            return None
        factor = _ONE
        cmag, lmag, unit_word = g[G.cmag_lo - 1], g[G.lmag_lo - 1], g[G.unit_lo - 1]
        try:
            if cmag is not None:
                factor = read_numeral(_fold(cmag)).low
        except NumeralError:
            return None
        if lmag is not None:
            factor = EXACT.multiply(factor, _MAGNITUDES[_fold(lmag).strip().lower()])
        prefix = _prefix_currency(g[G.cur_sym - 1] or g[G.cur_pre - 1])
        end_group = 0
        if unit_word is not None:
            unit = unit_of(unit_word)
            if unit.factor < _ONE:  # 角, 美分: the general way
                return None
            factor = EXACT.multiply(factor, unit.factor) if unit.factor is not _ONE else factor
            currency = _pick_currency(unit, prefix)
        elif g[G.zheng_lo - 1] is not None or not (prefix or g[G.cue - 1] or g[G.gy_lo - 1]):
            return None
        else:  # as ``resolve``: a bare amount must not run into a unit word (2万人)
            currency = prefix
            if not g[G.q_suf - 1]:
                ends = (G.lmag_lo, G.cmag_lo, G.qi_lo, G.num_lo)
                end_group = next(i for i in ends if g[i - 1] is not None)
        inside = g[G.qi_lo - 1]
        return _Shape(
            factor=factor,
            negative=bool(g[G.sign - 1] or g[G.sign2 - 1]),
            currency=currency,
            implicit=unit_word is None and prefix is None,
            qualifier=_qualifier(g, G, qualifiers.INSIDE[_fold(inside)] if inside else None),
            per=_per(g, G),
            headless=bool(g[G.q_pre - 1]),
            end_group=end_group,
            signed=bool(g[G.cur_sym - 1]),
            integral=factor.as_tuple().exponent == 0,
        )


_QUICK: dict[int, _Quick] = {}  # by the pattern's id, as ``_INDEXES``
_BIG = frozenset(c for u in numlex.BIG_UNITS for c in u + scripts.TRADITIONAL.get(u, ""))
_NO_SLOT = (None,)
_UNSEEN = _Shape(_ONE, False, None, True, "", None, False, 0, False, True)  # a memo miss


def _quick(
    m: Match,
    v: View,
    original: str,
    g: Groups | None,
    body: tuple[int, int] | None,
    default: str,
) -> list[Money] | None:
    """The records of a common-shape figure, or None to take the general way."""
    q = _QUICK.get(id(m.re))
    if q is None:
        q = _QUICK[id(m.re)] = _Quick(m.re)
    if g is None:
        g = m.groups() + _NO_SLOT
    shape = q.shapes.get(q.key(g), _UNSEEN)
    if shape is _UNSEEN:
        shape = q.learn(g)
    if shape is None:
        return None
    if shape.end_group:
        end = m.end(shape.end_group)
        if number_goes_on(m.string, end) if shape.signed else not bare_end_ok(m.string, end):
            return None
    num = g[q.num]
    if num is None:  # only ``parse`` reads a figure with no number (個半)
        return None
    qualifier = shape.qualifier
    whole = num.isdigit() and num.isascii()  # 230: as read_numeral reads it
    try:
        value = Decimal(num) if whole else plain_value(num)  # 230亿
        if value is None:
            if num[0] in _BIG and not shape.headless:
                return None
            value, high, vague = read_numeral(num if num.isascii() else _fold(num))
            if vague:  # 数百美元: a vague amount has no value
                value, qualifier = None, "vague"
            elif high is not None:  # 两三万: the general way
                return None
    except NumeralError:
        return None
    if value is not None:
        if shape.factor is not _ONE:
            value = EXACT.multiply(value, shape.factor)
        if shape.negative and value:
            value = value.copy_negate()
        if not (whole and shape.integral):  # whole digits times 10^n are canonical already
            value = canonical(value)
    start, end = body or m.span(q.body)
    if v.starts:
        start, end = v.origin(start, end)
    return [
        trusted_money(
            original[start:end],
            start,
            end,
            value,
            None,
            currency_for(shape.currency, default),
            qualifier,
            shape.per,
            shape.implicit,
        )
    ]


def list_factors(m: Match) -> tuple[Decimal, Decimal] | None:
    """What multiplies the other numbers of a list that ends with the figure ``m`` and shares
    its unit (21.4/24.7/28.3亿元): a bare number takes the figure's magnitude and unit
    (10^8), one with a magnitude of its own only the unit (6亿和9.5亿元 → 1). None when the
    figure has no unit word to share."""
    num, unit, cmag, lmag = m.group("num_lo", "unit_lo", "cmag_lo", "lmag_lo")
    if num is None or unit is None or m.group("rsep") is not None:
        return None
    folded = _fold(num).replace(" ", "")
    trailing = _TRAILING_UNITS.search(folded)
    try:
        magnitude = read_numeral(trailing.group()).low if trailing else _ONE
        if cmag:
            magnitude = EXACT.multiply(magnitude, read_numeral(_fold(cmag)).low)
    except NumeralError:
        return None
    if lmag:
        magnitude = EXACT.multiply(magnitude, _MAGNITUDES[_fold(lmag).strip().lower()])
    unit_factor = unit_of(unit).factor
    return EXACT.multiply(magnitude, unit_factor), unit_factor


def list_value(item: str, factors: tuple[Decimal, Decimal]) -> Decimal | None:
    """The value of one list item (as written) with the shared ``list_factors``; None when
    it is no numeral."""
    folded = _fold(item)
    try:
        value = read_numeral(folded)
    except NumeralError:
        return None
    if value.high is not None or value.vague:
        return None
    own = not _BIG_UNIT_CHARS.isdisjoint(folded)  # 6亿 in 6亿和9.5亿元
    return canonical(EXACT.multiply(value.low, factors[1] if own else factors[0]))
