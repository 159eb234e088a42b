"""A document as HTML, every item highlighted by kind, its value on hover.

In the spirit of spaCy's displaCy: `Document._repr_html_` uses this, so a
document shown in a notebook is the article with its dates, officials,
agreements and commitments marked. Items may nest (an official inside an
agreement's name); a commitment marks only its cue, so that it does not hide
what its clause contains.
"""

from __future__ import annotations

import html
from typing import Any

COLOURS = {
    "dates": "#bfdbfe",  # blue
    "officials": "#fed7aa",  # orange
    "agreements": "#bbf7d0",  # green
    "commitments": "#e9d5ff",  # purple
}
_LABELS = {"dates": "DATE", "officials": "OFFICIAL", "agreements": "AGREEMENT",
           "commitments": "COMMITMENT"}  # fmt: skip


def describe(kind: str, item: Any) -> str:
    """The short description shown on hover."""
    if kind == "dates":
        extra = ", ".join(x for x in (item.part_of_day, item.time) if x)
        return f"{item.value}" + (f" ({extra})" if extra else "")
    if kind == "officials":
        return f"{item.name} · {item.role} · {item.country or '?'} · {item.person_id}"
    if kind == "agreements":
        parties = " / ".join(item.parties)
        return f"{item.type} · {item.status}" + (f" · {parties}" if parties else "")
    if kind == "commitments":
        return f"{item.kind} · {item.actor or '?'}: {item.content}"
    return type(item).__name__


def _marks(doc: Any) -> list[tuple[int, int, str, str]]:
    marks = []
    for kind in COLOURS:
        for item in doc.items(kind):
            start, end = (item.cue_start, item.cue_end) if kind == "commitments" else (
                item.start, item.end)  # fmt: skip
            if end > start:
                marks.append((start, end, kind, describe(kind, item)))
    # Outer spans first, so that inner ones nest inside them.
    marks.sort(key=lambda m: (m[0], -m[1]))
    return marks


def render_html(doc: Any, *, legend: bool = True) -> str:
    """The document's text as HTML with every item marked (and a colour legend)."""
    text = doc.text
    out: list[str] = []
    open_ends: list[int] = []
    pos = 0

    def emit(upto: int) -> None:
        nonlocal pos
        while open_ends and open_ends[-1] <= upto:
            end = open_ends.pop()
            out.append(_escape(text[pos:end]))
            out.append("</mark>")
            pos = end
        out.append(_escape(text[pos:upto]))
        pos = upto

    for start, end, kind, title in _marks(doc):
        if start < pos:
            continue  # overlaps a mark already open beyond it: shown by that one
        emit(start)
        if open_ends and end > open_ends[-1]:
            end = open_ends[-1]  # crossing spans: keep the markup well nested
        out.append(
            f'<mark class="vnpress-{kind}" title="{html.escape(title)}" '
            f'style="background:{COLOURS[kind]};padding:0 2px;border-radius:3px">'
        )
        out.append(
            f'<span style="font-size:0.6em;font-weight:bold;opacity:0.7;margin-right:2px">'
            f"{_LABELS[kind]}</span>"
        )
        open_ends.append(end)
    emit(len(text))
    key = " ".join(
        f'<mark style="background:{c};padding:0 4px;border-radius:3px">{_LABELS[k]}</mark>'
        for k, c in COLOURS.items()
    )
    return (
        '<div class="vnpress-document" style="line-height:1.9;font-family:sans-serif">'
        + (f'<div style="margin-bottom:6px">{key}</div>' if legend else "")
        + f"<div>{''.join(out)}</div></div>"
    )


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def item_html(kind: str, item: Any) -> str:
    """One item as a small highlighted chip."""
    return (
        f'<mark style="background:{COLOURS.get(kind, "#eee")};padding:0 4px;border-radius:3px" '
        f'title="{html.escape(describe(kind, item))}">{html.escape(item.text)}</mark> '
        f"<small>{html.escape(describe(kind, item))}</small>"
    )
