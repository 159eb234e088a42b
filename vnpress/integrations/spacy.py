"""vnpress as a spaCy pipeline component: ``nlp.add_pipe("vnpress")``.

    import spacy
    nlp = spacy.blank("vi")
    nlp.add_pipe("vnpress", config={"published": "2024-10-25"})
    doc = nlp(text)
    doc.spans["vnpress_officials"]          # spaCy spans, one per item
    doc.spans["vnpress_events"][0]._.vnpress  # the `vnpress.Event` itself
    doc._.vnpress                             # the whole `vnpress.Document`

Every kind of item goes to ``doc.spans["vnpress_<kind>"]``, labelled with the
item's label (``DATE``, ``OFFICIAL`` …, a commitment by its kind), so that
displaCy's span view (``displacy.render(doc, style="span",
options={"spans_key": "vnpress_officials"})``) and other components see them.
A span covers the tokens its item's characters touch. The component is found
through the ``spacy_factories`` entry point once vnpress is installed with its
``spacy`` extra; importing this module registers it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

import vnpress

__all__ = ["VnpressComponent", "make_component"]

if not Doc.has_extension("vnpress"):
    Doc.set_extension("vnpress", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Span.has_extension("vnpress"):
    Span.set_extension("vnpress", default=None)

#: The prefix of the span groups the component fills.
SPANS_KEY = "vnpress_"


class VnpressComponent:
    """Runs vnpress on the text of each ``Doc``; ``doc._.published`` (or the
    component's ``published``) grounds relative dates."""

    def __init__(self, only: Iterable[str] | None = None, published: str | None = None) -> None:
        self.pipeline = vnpress.Pipeline(list(only) if only else None)
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        parsed = self.pipeline(doc.text, doc._.published or self.published)
        doc._.vnpress = parsed
        for kind in parsed.kinds:
            spans = []
            for item in parsed.items(kind):
                if not isinstance(item, vnpress.Span):
                    continue
                span = doc.char_span(item.start, item.end, label=_label(kind, item),
                                     alignment_mode="expand")  # fmt: skip
                if span is not None:
                    span._.vnpress = item
                    spans.append(span)
            doc.spans[SPANS_KEY + kind] = spans
        return doc


def _label(kind: str, item: Any) -> str:
    if kind == "commitments":
        return f"COMMITMENT_{item.kind.upper()}"
    return str(item.LABEL or kind.upper())


@Language.factory("vnpress", default_config={"only": None, "published": None})
def make_component(
    nlp: Language, name: str, only: list[str] | None, published: str | None
) -> VnpressComponent:
    """The spaCy factory: ``nlp.add_pipe("vnpress", config={...})``."""
    return VnpressComponent(only, published)
