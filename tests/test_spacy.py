"""The spaCy component on `spacy.blank("vi")` (skipped without the spacy extra)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")
pytest.importorskip("pyvi")

TEXT = "Sáng 29/6, Chủ tịch nước Trần Văn Bình hội đàm với Tổng thống Nga Vladimir Putin."


def test_the_component_stores_every_kind_as_spans() -> None:
    import vnpress.integrations.spacy  # noqa: F401  (registers the factory)

    nlp = spacy.blank("vi")
    nlp.add_pipe("vnpress", config={"published": "2017-06-29"})
    doc = nlp(TEXT)
    officials = doc.spans["vnpress_officials"]
    names = ["Chủ tịch nước Trần Văn Bình", "Tổng thống Nga Vladimir Putin"]
    assert [s._.vnpress.text for s in officials] == names
    # a span covers the tokens its item touches (pyvi joins "Bình hội đàm")
    assert all(s._.vnpress.text in s.text for s in officials)
    assert {s.label_ for s in officials} == {"OFFICIAL"}
    assert officials[1]._.vnpress.country == "RU"
    (date,) = doc.spans["vnpress_dates"]
    assert (date._.vnpress.text, date._.vnpress.value) == ("Sáng 29/6", "2017-06-29")
    (talks,) = doc.spans["vnpress_events"]
    assert talks._.vnpress.type == "talks"
    assert doc._.vnpress.events[0].participant_countries == ("VN", "RU")


def test_displacy_renders_the_spans() -> None:
    from spacy import displacy

    import vnpress.integrations.spacy  # noqa: F401

    nlp = spacy.blank("vi")
    nlp.add_pipe("vnpress", config={"only": ["officials"]})
    html = displacy.render(nlp(TEXT), style="span", options={"spans_key": "vnpress_officials"})
    assert "OFFICIAL" in html and "Vladimir" in html


def test_the_published_date_of_each_doc() -> None:
    import vnpress.integrations.spacy  # noqa: F401

    nlp = spacy.blank("vi")
    nlp.add_pipe("vnpress", config={"only": ["dates"]})
    doc = nlp.make_doc("hôm nay hai bên hội đàm")
    doc._.published = "2024-10-25"
    doc = nlp.get_pipe("vnpress")(doc)
    assert doc.spans["vnpress_dates"][0]._.vnpress.value == "2024-10-25"
