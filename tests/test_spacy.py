"""spaCy integration (issue #4): the ``finfig`` pipeline component and its HTML view.

Blank pipelines only: no spaCy model is downloaded or needed.
"""

from __future__ import annotations

import contextlib
import io
import json
import pickle
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.tokens import Doc, DocBin

from extractor import Money, extract
from extractor.spacy_component import FinfigComponent, describe, render_html

from paths import SEED

AU = "澳大利亚市场营收近6.8亿澳元（约4.4亿美元）"
# A blank English tokenizer keeps "near近6.8亿澳元" and "about约4.4亿美元" as single tokens,
# so both figures start inside a token.
MIXED = "Revenue near近6.8亿澳元, about约4.4亿美元."


def _seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _zh(**config: object) -> spacy.language.Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe("finfig", config=config)
    return nlp


def _ents(doc: Doc) -> list[tuple[int, int, str, Money | None]]:
    return [(e.start_char, e.end_char, e.label_, e._.money) for e in doc.ents]


def _money(doc: Doc) -> list[Money]:
    return [e._.money for e in doc.ents if e.label_ == "MONEY"]


# -- records on the Doc ----------------------------------------------------------------------


def test_au_example_exact_records() -> None:
    doc = _zh()(AU)
    got = [(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]
    assert got == [("近6.8亿澳元", "MONEY", 8, 15), ("约4.4亿美元", "MONEY", 16, 23)]
    aud, usd = _money(doc)
    assert (aud.value, aud.currency, aud.qualifier) == (Decimal("680000000"), "AUD", "under")
    assert (usd.value, usd.currency, usd.qualifier) == (Decimal("440000000"), "USD", "about")
    assert doc._.money == extract(AU)


def test_default_currency_is_a_setting() -> None:
    doc = _zh(default_currency="HKD")("呢杯奶茶25蚊，另收人民幣10元")
    assert [(m.text, m.currency) for m in _money(doc)] == [("25蚊", "HKD"), ("人民幣10元", "CNY")]
    with pytest.raises(ValueError, match="default_currency"):
        _zh(default_currency="XYZ")


def test_seed_article_blank_zh() -> None:
    text = _seed_text()
    records = extract(text)
    doc = _zh()(text)
    assert len(doc.ents) == 22
    assert {e.label_ for e in doc.ents} == {"MONEY"}
    assert _money(doc) == records
    assert doc._.money == records
    # Character segmentation: every entity is exactly its record.
    for ent, m in zip(doc.ents, records, strict=True):
        assert (ent.start_char, ent.end_char, ent.text) == (m.start, m.end, m.text)
        assert text[m.start : m.end] == m.text


def test_records_stored_as_json() -> None:
    doc = _zh()(AU)
    assert doc._.finfig == [m.model_dump(mode="json") for m in extract(AU)]
    assert json.loads(json.dumps(doc._.finfig)) == doc._.finfig


def test_no_figures_and_unprocessed_doc() -> None:
    nlp = _zh()
    for text in ["", "没有金额的句子。"]:
        doc = nlp(text)
        assert list(doc.ents) == []
        assert doc._.finfig == []
        assert doc._.money == []
    plain = spacy.blank("zh")(AU)  # never went through finfig
    assert plain._.finfig is None
    assert plain._.money == []
    assert plain[8:15]._.money is None


def test_custom_label_and_span_getter() -> None:
    doc = _zh(label="FIGURE")(AU)
    assert [e.label_ for e in doc.ents] == ["FIGURE", "FIGURE"]
    assert [e._.money for e in doc.ents] == extract(AU)
    assert doc[0:8]._.money is None  # not a figure
    assert doc[:]._.money is None  # contains figures, but is none of them


# -- coexistence with other components -------------------------------------------------------


def _with_ruler(patterns: list[dict[str, str]], **config: object) -> spacy.language.Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    nlp.add_pipe("finfig", config=config)
    return nlp


ORG = [{"label": "ORG", "pattern": "字节跳动"}, {"label": "ORG", "pattern": "TikTok"}]
ORG_TEXT = "字节跳动旗下TikTok在澳大利亚市场营收近6.8亿澳元（约4.4亿美元）。"


@pytest.mark.parametrize("overwrite", [False, True])
def test_org_entities_kept(overwrite: bool) -> None:
    doc = _with_ruler(ORG, overwrite_ents=overwrite)(ORG_TEXT)
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert orgs == ["字节跳动", "TikTok"]
    assert _money(doc) == extract(ORG_TEXT)
    assert [e.text for e in doc.ents if e.label_ == "MONEY"] == ["近6.8亿澳元", "约4.4亿美元"]


# "营收近6.8" overlaps the start of the figure "近6.8亿澳元".
CLASH = [*ORG, {"label": "CLASH", "pattern": "营收近6.8"}]


def test_overlap_keep_existing() -> None:
    doc = _with_ruler(CLASH, overwrite_ents=False, spans_key="finfig")(ORG_TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("字节跳动", "ORG"),
        ("TikTok", "ORG"),
        ("营收近6.8", "CLASH"),
        ("约4.4亿美元", "MONEY"),
    ]
    # The figure that lost stays on the doc and in the span group.
    assert doc._.money == extract(ORG_TEXT)
    assert [s.text for s in doc.spans["finfig"]] == ["近6.8亿澳元", "约4.4亿美元"]
    assert [s._.money for s in doc.spans["finfig"]] == extract(ORG_TEXT)


def test_overlap_replace_existing() -> None:
    doc = _with_ruler(CLASH, overwrite_ents=True)(ORG_TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("字节跳动", "ORG"),
        ("TikTok", "ORG"),
        ("近6.8亿澳元", "MONEY"),
        ("约4.4亿美元", "MONEY"),
    ]
    assert _money(doc) == extract(ORG_TEXT)
    # The replaced entity's tokens outside the figure are no longer part of any entity.
    start = ORG_TEXT.index("营收")
    assert [t.ent_iob_ for t in doc.char_span(start, start + 2)] == ["O", "O"]


# -- token boundaries inside a figure --------------------------------------------------------


def test_figure_inside_token_expands_span_keeps_record() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("finfig")
    doc = nlp(MIXED)
    records = extract(MIXED)
    assert [m.text for m in records] == ["近6.8亿澳元", "约4.4亿美元"]
    assert [e.text for e in doc.ents] == ["near近6.8亿澳元", "about约4.4亿美元"]
    assert [e._.money for e in doc.ents] == records
    for ent, m in zip(doc.ents, records, strict=True):
        assert ent.start_char < m.start and m.end == ent.end_char
        assert MIXED[m.start : m.end] == m.text
    assert (records[0].value, records[0].currency) == (Decimal("680000000"), "AUD")


def test_two_figures_in_one_token() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("finfig", config={"spans_key": "figs"})
    text = "营收近6.8亿澳元，约4.4亿美元"
    doc = nlp(text)
    assert len(doc) == 1  # one token holds both figures
    assert [e._.money for e in doc.ents] == extract(text)[:1]  # first figure wins the token
    assert doc._.money == extract(text)
    assert len(doc.spans["figs"]) == 2


# -- serialisation ---------------------------------------------------------------------------


def test_docbin_round_trip() -> None:
    nlp = _zh()
    texts = [AU, ORG_TEXT, _seed_text()]
    docs = list(nlp.pipe(texts))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    fresh = spacy.blank("zh")  # another vocab, as in another process
    back = list(DocBin().from_bytes(data).get_docs(fresh.vocab))
    for text, doc, doc2 in zip(texts, docs, back, strict=True):
        assert doc2.text == text
        assert _ents(doc2) == _ents(doc)
        assert doc2._.money == extract(text)


def test_docbin_without_user_data_keeps_ents_only() -> None:
    doc = _zh()(AU)
    data = DocBin(docs=[doc]).to_bytes()
    (doc2,) = DocBin().from_bytes(data).get_docs(spacy.blank("zh").vocab)
    assert [e.text for e in doc2.ents] == ["近6.8亿澳元", "约4.4亿美元"]
    assert doc2._.money == []
    assert [e._.money for e in doc2.ents] == [None, None]


def test_doc_bytes_round_trip() -> None:
    doc = _zh()(AU)
    doc2 = Doc(spacy.blank("zh").vocab).from_bytes(doc.to_bytes())
    assert _ents(doc2) == _ents(doc)


def test_to_json_round_trip() -> None:
    text = _seed_text()
    doc = _zh()(text)
    data = json.loads(json.dumps(doc.to_json(underscore=["finfig"]), ensure_ascii=False))
    assert data["_"]["finfig"] == [m.model_dump(mode="json") for m in extract(text)]
    assert [(e["start"], e["end"], e["label"]) for e in data["ents"]] == [
        (m.start, m.end, "MONEY") for m in extract(text)
    ]
    doc2 = Doc(spacy.blank("zh").vocab).from_json(data)
    assert _ents(doc2) == _ents(doc)
    assert doc2._.money == extract(text)


def test_pipeline_to_disk_and_load(tmp_path: Path) -> None:
    nlp = _zh(label="FIG", overwrite_ents=True, spans_key="figs", default_currency="HKD")
    nlp.to_disk(tmp_path / "pipeline")
    nlp2 = spacy.load(tmp_path / "pipeline")
    assert nlp2.pipe_names == ["finfig"]
    assert nlp2.get_pipe_config("finfig") == {
        "factory": "finfig",
        "label": "FIG",
        "overwrite_ents": True,
        "spans_key": "figs",
        "default_currency": "HKD",
    }
    doc = nlp2(AU)
    assert [(e.label_, e._.money) for e in doc.ents] == [("FIG", m) for m in extract(AU)]


# -- multiprocessing -------------------------------------------------------------------------


def test_component_pickles() -> None:
    comp = _zh(label="FIG", overwrite_ents=True).get_pipe("finfig")
    comp2 = pickle.loads(pickle.dumps(comp))
    assert isinstance(comp2, FinfigComponent)
    assert (comp2.label, comp2.overwrite_ents, comp2.spans_key) == ("FIG", True, None)
    doc = spacy.blank("zh")(AU)
    assert [e._.money for e in comp2(doc).ents] == extract(AU)


def test_pipe_n_process_2() -> None:
    texts = [AU, ORG_TEXT, MIXED, "没有金额。", _seed_text()]
    nlp = _with_ruler(ORG)
    single = [_ents(d) for d in nlp.pipe(texts)]
    multi = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [_ents(d) for d in multi] == single
    for text, doc in zip(texts, multi, strict=True):
        assert doc._.money == extract(text)
    assert sum(e.label_ == "ORG" for e in multi[1].ents) == 2


# -- installation contract -------------------------------------------------------------------


def test_entry_point_and_light_import() -> None:
    code = (
        "import sys\n"
        "import extractor\n"
        "assert 'spacy' not in sys.modules, 'import extractor pulled in spaCy'\n"
        "import spacy\n"
        "nlp = spacy.blank('zh')\n"
        "nlp.add_pipe('finfig')\n"  # found through the spacy_factories entry point
        "assert 'extractor.spacy_component' in sys.modules\n"
        "doc = nlp('营收近6.8亿澳元')\n"
        "print([e._.money.currency for e in doc.ents])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=300
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['AUD']"


def test_docs_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/spacy.md runs, and prints what its ```text blocks show."""
    doc_md = Path(__file__).resolve().parents[1] / "docs" / "spacy.md"
    blocks = re.findall(r"```(python|text)\n(.*?)```", doc_md.read_text(encoding="utf-8"), re.S)
    code = [body for kind, body in blocks if kind == "python"]
    expected = "".join(body for kind, body in blocks if kind == "text")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    namespace: dict[str, object] = {"__name__": "docs_spacy"}
    with contextlib.redirect_stdout(out):
        for body in code:
            exec(compile(body, str(doc_md), "exec"), namespace)
    assert out.getvalue() == expected
    assert (tmp_path / "figures.html").exists()


# -- visualisation ---------------------------------------------------------------------------


def test_displacy_render_shows_figures() -> None:
    doc = _with_ruler(ORG)(ORG_TEXT)
    html = displacy.render(doc, style="ent", jupyter=False)
    assert "近6.8亿澳元" in html and "约4.4亿美元" in html
    assert "MONEY" in html and "ORG" in html


def test_render_html_doc_and_text() -> None:
    doc = _with_ruler(ORG)(ORG_TEXT)
    html = render_html(doc)
    assert "近6.8亿澳元" in html and "ORG" in html and "MONEY" in html
    assert "&lt; AUD 680,000,000" in html  # normalised value next to the label
    assert "≈ USD 440,000,000" in html
    assert 'title="近6.8亿澳元 value=680000000 currency=AUD qualifier=under"' in html

    from_text = render_html(AU)
    assert "近6.8亿澳元" in from_text and "&lt; AUD 680,000,000" in from_text
    assert "ORG" not in from_text

    page = render_html(AU, page=True)
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert 'lang="zh"' in page


def test_render_html_escapes_text() -> None:
    html = render_html("<b>营收近6.8亿澳元</b>")
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert "近6.8亿澳元" in html


def test_describe() -> None:
    def rec(**kw: object) -> Money:
        base: dict[str, object] = {"text": "x", "start": 0, "end": 1, "currency": "CNY"}
        return Money.model_validate({**base, **kw})

    assert describe(rec(value="680000000", currency="AUD", qualifier="under")) == (
        "< AUD 680,000,000"
    )
    assert describe(rec(value="100", high="200", qualifier="range")) == "CNY 100–200"
    assert describe(rec(value=None, qualifier="vague")) == "CNY ?"
    assert describe(rec(value="7.99", per="month", implicit_currency=True)) == "CNY* 7.99/month"
    assert describe(rec(value="1E+3", qualifier="over")) == "> CNY 1,000"
