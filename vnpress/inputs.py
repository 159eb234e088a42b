"""Ways into the pipeline besides a clean ``str``: bytes and HTML."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from vnpress.model import ITEM_TYPES, Commitment, Document
from vnpress.pipeline import Pipeline, PublishedLike
from vnpress.text.encoding import decode_bytes
from vnpress.text.html import StrippedHtml, strip_html


def parse_bytes(
    data: bytes | bytearray | memoryview,
    published: PublishedLike = None,
    *,
    encoding: str | None = None,
    only: Iterable[str] | None = None,
) -> Document:
    """Decode ``data`` (UTF-8, UTF-16 or CP1258, detected unless ``encoding`` is
    given) and parse it. The document's warnings say which encoding was used when
    it was detected rather than UTF-8."""
    text, used = decode_bytes(data, encoding)
    doc = Pipeline(only)(text, published)
    if encoding is None and used not in ("utf-8", "utf-8-sig"):
        doc = doc.with_warning(f"decoded as {used} (detected)")
    return doc


def parse_html(
    html: str, published: PublishedLike = None, *, only: Iterable[str] | None = None
) -> Document:
    """Parse the text of an HTML page; every offset indexes ``html`` itself.

    Tags, comments, scripts and styles are skipped and entities decoded (see
    `vnpress.text.html.strip_html`). An item's ``text`` is the HTML it spans, so
    ``html[item.start:item.end] == item.text`` holds, tags inside included.
    """
    stripped = strip_html(html)
    doc = Pipeline(only)(stripped.text, published)
    fields: dict[str, Any] = {
        name: [_to_html(item, stripped) for item in doc.items(name)] for name in ITEM_TYPES
    }
    return Document(
        text=html,
        published=doc.published,
        extensions=doc.extensions,
        warnings=[w for w in doc.warnings if "HTML" not in w],
        **fields,
    )


def _to_html(item: Any, stripped: StrippedHtml) -> Any:
    start, end = stripped.html_span(item.start, item.end)
    changes: dict[str, Any] = {"start": start, "end": end, "text": stripped.html[start:end]}
    if isinstance(item, Commitment):
        cue_start, cue_end = stripped.html_span(item.cue_start, item.cue_end)
        changes.update(cue_start=cue_start, cue_end=cue_end, cue=stripped.html[cue_start:cue_end])
    return attrs.evolve(item, **changes)
