"""Ways into the pipeline besides a clean ``str``: bytes and HTML."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from vnpress.model import Document, Span
from vnpress.pipeline import Pipeline, PublishedLike
from vnpress.text.encoding import decode_bytes
from vnpress.text.html import strip_html


def parse_bytes(
    data: bytes | bytearray | memoryview,
    published: PublishedLike = None,
    *,
    encoding: str | None = None,
    only: Iterable[str] | None = None,
    also: Iterable[str] = (),
) -> Document:
    """Decode ``data`` (UTF-8, UTF-16 or CP1258, detected unless ``encoding`` is
    given) and parse it. The document's warnings say which encoding was used when
    it was detected rather than UTF-8."""
    text, used = decode_bytes(data, encoding)
    doc = Pipeline(only, also=also)(text, published)
    if encoding is None and used not in ("utf-8", "utf-8-sig"):
        doc = doc.with_warning(f"decoded as {used} (detected)")
    return doc


def parse_html(
    html: str,
    published: PublishedLike = None,
    *,
    only: Iterable[str] | None = None,
    also: Iterable[str] = (),
) -> Document:
    """Parse the text of an HTML page; every offset indexes ``html`` itself.

    Tags, comments, scripts and styles are skipped and entities decoded (see
    `vnpress.text.html.strip_html`). An item's ``text`` is the HTML it spans, so
    ``html[item.start:item.end] == item.text`` holds, tags inside included;
    so do the other spans an item holds (`vnpress.Span.OFFSETS`), a plugin's too.
    """
    stripped = strip_html(html)
    doc = Pipeline(only, also=also)(stripped.text, published)
    found: dict[str, list[Any]] = {
        name: [
            item.moved(stripped.html_span, html) if isinstance(item, Span) else item
            for item in doc.items(name)
        ]
        for name in doc.kinds
    }
    return Document(
        text=html,
        published=doc.published,
        found=found,
        warnings=[w for w in doc.warnings if "HTML" not in w],
    )
