"""spaCy integration: finfig's money figures as entities of a ``Doc``.

After ``pip install "finfig[spacy]"`` the factory is found through the ``spacy_factories``
entry point, so no import is needed::

    import spacy

    nlp = spacy.blank("zh")
    nlp.add_pipe("finfig")
    doc = nlp("澳大利亚市场营收近6.8亿澳元（约4.4亿美元）")
    [(ent.text, ent._.money.value) for ent in doc.ents]

The component is a thin adapter over :func:`extractor.extract`. It stores the records as plain
JSON dicts on ``doc._.finfig`` (so they survive ``Doc.to_bytes``, ``DocBin(store_user_data=True)``
and ``doc.to_json(underscore=["finfig"])``) and rebuilds a :class:`~extractor.Money` on demand:

- ``doc._.finfig``: ``list[dict]`` – every record, ``Money.model_dump(mode="json")``;
- ``doc._.money``: ``list[Money]`` – the same records, rebuilt (getter);
- ``span._.money``: ``Money | None`` – the record whose token-aligned span is this span (getter).

This module imports spaCy; ``import extractor`` never imports it.
"""

from __future__ import annotations

import html
from typing import Any

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.api import extract, options
from extractor.models import Money

__all__ = [
    "DEFAULT_LABEL",
    "DOC_ATTR",
    "FinfigComponent",
    "describe",
    "make_finfig",
    "register_extensions",
    "render_html",
]

DEFAULT_LABEL = "MONEY"
DOC_ATTR = "finfig"
"""The ``Doc`` extension holding the JSON records (give it to ``to_json(underscore=...)``)."""
MONEY_ATTR = "money"


# -- extensions -------------------------------------------------------------------------------


def _doc_money(doc: Doc) -> list[Money]:
    """Getter of ``doc._.money``: every record of the doc, rebuilt as ``Money``."""
    return [Money.model_validate(record) for record in doc._.get(DOC_ATTR) or ()]


def _span_money(span: Span) -> Money | None:
    """Getter of ``span._.money``: the record that, expanded to whole tokens, is this span."""
    doc = span.doc
    for record in doc._.get(DOC_ATTR) or ():
        start, end = record["start"], record["end"]
        if start < span.start_char or end > span.end_char:
            continue
        aligned = doc.char_span(start, end, alignment_mode="expand")
        if aligned is not None and (aligned.start, aligned.end) == (span.start, span.end):
            return Money.model_validate(record)
    return None


def register_extensions() -> None:
    """Register ``doc._.finfig``, ``doc._.money`` and ``span._.money`` (idempotent).

    Runs on import of this module, so a process that unpickles the component or only reads
    stored docs (``import extractor.spacy_component``) has the attributes too.
    """
    if not Doc.has_extension(DOC_ATTR):
        Doc.set_extension(DOC_ATTR, default=None)
    if not Doc.has_extension(MONEY_ATTR):
        Doc.set_extension(MONEY_ATTR, getter=_doc_money)
    if not Span.has_extension(MONEY_ATTR):
        Span.set_extension(MONEY_ATTR, getter=_span_money)


register_extensions()


# -- component --------------------------------------------------------------------------------


class FinfigComponent:
    """Adds each money figure of ``doc.text`` to ``doc.ents`` and keeps its record.

    Args:
        name: The component's name in the pipeline.
        label: Entity label of the figures.
        overwrite_ents: On overlap with an entity an earlier component set, ``False`` keeps
            that entity (the figure stays only in ``doc._.finfig``), ``True`` replaces it.
            Entities that do not overlap a figure are always kept.
        spans_key: If set, every figure (also those not in ``doc.ents``) is written as a span
            group ``doc.spans[spans_key]``.
        default_currency: The currency of 元, 块, 蚊 and of amounts with no currency
            written (``"HKD"`` for Hong Kong text, ``"TWD"`` for Taiwan text).
    """

    def __init__(
        self,
        name: str = "finfig",
        *,
        label: str = DEFAULT_LABEL,
        overwrite_ents: bool = False,
        spans_key: str | None = None,
        default_currency: str = "CNY",
    ) -> None:
        self.name = name
        self.label = label
        self.overwrite_ents = overwrite_ents
        self.spans_key = spans_key
        self.default_currency = options(default_currency).default_currency  # checked now
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        records = extract(doc.text, kinds=("money",), default_currency=self.default_currency)
        doc._.set(DOC_ATTR, [m.model_dump(mode="json") for m in records])
        aligned: list[Span] = []
        for m in records:
            # "expand": a figure boundary inside a token takes in the whole token; the record
            # itself keeps the exact offsets of extract().
            span = doc.char_span(m.start, m.end, label=self.label, alignment_mode="expand")
            if span is not None and len(span) > 0:
                aligned.append(span)
        if self.spans_key is not None:
            doc.spans[self.spans_key] = aligned
        self._set_ents(doc, aligned)
        return doc

    def _set_ents(self, doc: Doc, figures: list[Span]) -> None:
        """Merge ``figures`` into ``doc.ents``; tokens outside the changes keep their state."""
        # Two figures expanded onto a shared token: the first wins.
        chosen: list[Span] = []
        for span in figures:
            if not chosen or span.start >= chosen[-1].end:
                chosen.append(span)
        existing = list(doc.ents)
        if self.overwrite_ents:
            taken = _tokens(chosen)
            dropped = [ent for ent in existing if _overlaps(ent, taken)]
            added = chosen
        else:
            taken = _tokens(existing)
            dropped = []
            added = [span for span in chosen if not _overlaps(span, taken)]
        if not added and not dropped:
            return
        # Tokens of a replaced entity that no figure covers become "O".
        covered = _tokens(added)
        outside = [
            doc[i : i + 1]
            for i in sorted({i for ent in dropped for i in range(ent.start, ent.end)} - covered)
        ]
        doc.set_ents(added, outside=outside, default="unmodified")

    def __repr__(self) -> str:
        return (
            f"FinfigComponent(name={self.name!r}, label={self.label!r}, "
            f"overwrite_ents={self.overwrite_ents!r}, spans_key={self.spans_key!r})"
        )


def _tokens(spans: list[Span]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def _overlaps(span: Span, tokens: set[int]) -> bool:
    return any(i in tokens for i in range(span.start, span.end))


@Language.factory(
    "finfig",
    default_config={
        "label": DEFAULT_LABEL,
        "overwrite_ents": False,
        "spans_key": None,
        "default_currency": "CNY",
    },
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", f"doc._.{DOC_ATTR}"],
)
def make_finfig(
    nlp: Language,
    name: str,
    label: str,
    overwrite_ents: bool,
    spans_key: str | None,
    default_currency: str,
) -> FinfigComponent:
    """Factory of the ``"finfig"`` pipeline component (see :class:`FinfigComponent`)."""
    return FinfigComponent(
        name,
        label=label,
        overwrite_ents=overwrite_ents,
        spans_key=spans_key,
        default_currency=default_currency,
    )


# -- visualisation ----------------------------------------------------------------------------

_QUALIFIER_MARK = {"about": "≈ ", "over": "> ", "under": "< "}

_TEMPLATE = """
<mark class="entity" title="{title}" style="background: {bg}; padding: 0.45em 0.6em; \
margin: 0 0.25em; line-height: 1; border-radius: 0.35em;">
    {text}
    <span style="font-size: 0.8em; font-weight: bold; line-height: 1; border-radius: 0.35em; \
vertical-align: middle; margin-left: 0.5rem">{label}{kb_link}</span>{note}
</mark>
"""

_NOTE = (
    '<span class="finfig-value" style="font-size: 0.8em; line-height: 1; '
    'vertical-align: middle; margin-left: 0.35rem">{}</span>'
)


def _amount(value: Any) -> str:
    return format(value, ",f")


def describe(m: Money) -> str:
    """Short normalised reading of a record: ``"≈ USD 440,000,000"``, ``"CNY 7.99/month"``."""
    if m.value is None:
        amount = "?"
    elif m.high is not None:
        amount = f"{_amount(m.value)}–{_amount(m.high)}"
    else:
        amount = _amount(m.value)
    currency = f"{m.currency}*" if m.implicit_currency else m.currency
    per = f"/{m.per}" if m.per else ""
    return f"{_QUALIFIER_MARK.get(m.qualifier, '')}{currency} {amount}{per}"


def _tooltip(m: Money) -> str:
    parts = [f"{m.text}", f"value={m.value if m.value is None else format(m.value, 'f')}"]
    if m.high is not None:
        parts.append(f"high={format(m.high, 'f')}")
    parts += [f"currency={m.currency}", f"qualifier={m.qualifier}"]
    if m.per:
        parts.append(f"per={m.per}")
    if m.implicit_currency:
        parts.append("implicit_currency")
    return " ".join(parts)


def _ent(start: int, end: int, label: str, m: Money | None) -> dict[str, Any]:
    params = {"title": "", "note": ""}
    if m is not None:
        params = {
            "title": html.escape(_tooltip(m), quote=True),
            "note": _NOTE.format(html.escape(describe(m))),
        }
    return {"start": start, "end": end, "label": label, "params": params}


def render_html(
    doc_or_text: Doc | str,
    *,
    label: str = DEFAULT_LABEL,
    page: bool = False,
    options: dict[str, Any] | None = None,
) -> str:
    """displaCy ("ent" style) HTML with each figure's normalised value next to its label.

    A ``str`` is run through :func:`extractor.extract` (no pipeline, exact offsets, entities
    labelled ``label``); a ``Doc`` shows all of ``doc.ents``, figures with their value and a
    tooltip with the record. ``page=True`` gives a full HTML page; ``options`` go to displaCy
    (e.g. ``{"colors": {"MONEY": "#fc0"}}``).
    """
    if isinstance(doc_or_text, str):
        text = doc_or_text
        money = [m for m in extract(text, kinds=("money",)) if isinstance(m, Money)]
        ents = [_ent(m.start, m.end, label, m) for m in money]
        title = None
        settings = {"lang": "zh", "direction": "ltr"}
    else:
        doc = doc_or_text
        text = doc.text
        ents = [_ent(e.start_char, e.end_char, e.label_, e._.money) for e in doc.ents]
        title = doc.user_data.get("title")
        settings = {
            "lang": doc.lang_,
            "direction": doc.vocab.writing_system.get("direction", "ltr"),
        }
    data = {"text": text, "ents": ents, "title": title, "settings": settings}
    opts: dict[str, Any] = {"template": _TEMPLATE, **(options or {})}
    return displacy.render(data, style="ent", manual=True, page=page, jupyter=False, options=opts)
