"""The systems under test, each as ``text -> records``: ours, JioNLP's, and the regex floor.

JioNLP's ``jionlp.ner.extract_money(text, with_parsing=True, ret_all=False, ...)`` returns
``[{'text', 'offset': [start, end], 'type': 'money', 'detail': {'num', 'case', 'definition'}}]``
where ``num`` is a ``'%.2f'`` string, or a ``[low, high]`` pair for a span (3-5亿元, 1000多万元,
数千万元), ``case`` is a currency name (元, 美元, 港元, ...) and ``definition`` is ``accurate``,
``blur`` (约/左右, or any span), ``blur+`` (超过/以上) or ``blur-`` (近/不到). The adapter maps
that to our record fields as well as it can; JioNLP has no notion of ``per`` or implicit currency.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import regex

Record = dict[str, Any]
System = Callable[[str], list[Any]]

# Trigger characters of a money figure: ASCII and full-width digits, Chinese numerals.
TRIGGERS = regex.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def floor(text: str) -> int:
    """The speed floor: find every run of trigger characters and touch it in Python."""
    n = 0
    for _ in TRIGGERS.finditer(text):
        n += 1
    return n


def ours() -> tuple[System, Callable[[str], Any]]:
    """``(extract, parse)`` from this repository's engine."""
    from extractor import extract, parse

    return extract, parse


# JioNLP's currency names (after its own alias folding) → ISO 4217.
JIO_CURRENCY = {
    "元": "CNY", "人民币": "CNY", "块": "CNY", "块钱": "CNY", "圆": "CNY", "圆整": "CNY",
    "元人民币": "CNY", "块钱人民币": "CNY",
    "美元": "USD", "美金": "USD", "美刀": "USD",
    "港元": "HKD", "港币": "HKD", "元港币": "HKD",
    "澳门元": "MOP", "日元": "JPY", "日币": "JPY", "韩元": "KRW", "韩币": "KRW",
    "新台币": "TWD", "台币": "TWD", "澳元": "AUD", "澳币": "AUD", "澳大利亚元": "AUD",
    "欧元": "EUR", "英镑": "GBP", "加元": "CAD", "加拿大元": "CAD", "新加坡元": "SGD",
    "新西兰元": "NZD", "缅元": "MMK", "马元": "MYR", "卢布": "RUB", "泰铢": "THB",
    "马克": "DEM", "法郎": "FRF", "越南盾": "VND", "越盾": "VND", "雷亚尔": "BRL",
}
JIO_QUALIFIER = {"accurate": "exact", "blur": "about", "blur+": "over", "blur-": "under"}
_RANGE_MARKS = ("-", "~", "—", "－", "～", "到", "至")


def _dec(x: object) -> Decimal | None:
    try:
        return None if x is None else Decimal(str(x))
    except (InvalidOperation, ValueError):
        return None


def jio_record(item: dict[str, Any]) -> Record:
    """One JioNLP result as a record with our field names."""
    start, end = item["offset"]
    detail = item.get("detail") or {}
    num = detail.get("num")
    surface: str = item["text"]
    qualifier = JIO_QUALIFIER.get(detail.get("definition", ""), "exact")
    value, high = (_dec(num), None) if not isinstance(num, list) else (_dec(num[0]), _dec(num[1]))
    if isinstance(num, list):  # a span: a range, 多/余 (over), or 数/几 (vague)
        body = surface.replace("至少", "")
        if any(m in body for m in _RANGE_MARKS):
            qualifier = "range"
        elif "数" in surface or "几" in surface:
            qualifier, value, high = "vague", None, None
        elif "多" in surface or "余" in surface:
            qualifier, high = "over", None
        else:  # 五六百: consecutive digits
            qualifier = "range"
    case = detail.get("case", "")
    return {
        "kind": "money", "text": surface, "start": start, "end": end, "value": value,
        "high": high, "currency": JIO_CURRENCY.get(case, "XXX"), "qualifier": qualifier,
        "per": None, "implicit_currency": False,
    }


class JioNLP:
    """JioNLP's money extractor, imported once (its import prints a banner: swallowed)."""

    def __init__(self) -> None:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp

        self.version: str = getattr(jionlp, "__version__", "?")
        self._extract = jionlp.ner.extract_money

    def raw(self, text: str) -> list[dict[str, Any]]:
        """JioNLP's own output, default options (with_parsing=True, ret_all=False)."""
        return self._extract(text)

    def extract(self, text: str) -> list[Record]:
        """JioNLP's output mapped to our record fields."""
        return [jio_record(item) for item in self._extract(text)]

    def parse(self, phrase: str) -> Record:
        """The first money JioNLP finds in ``phrase``; ValueError when it finds none."""
        found = self._extract(phrase)
        if not found:
            raise ValueError("JioNLP found no money")
        return jio_record(found[0])
