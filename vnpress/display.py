"""A document as HTML, every item highlighted by its parser, its summary on hover.

In the spirit of spaCy's displaCy: `Document._repr_html_` uses this, so a
document shown in a notebook is the article with what every parser found
marked, plugins' `vnpress.Span` items included. Items may nest (an official
inside an agreement's name); an item marks what its class says
(`Span.marked`: a commitment only its cue), so that it does not hide what it
contains.
"""

from __future__ import annotations

import html
from typing import Any

from vnpress.model import Span

# Colours for parsers whose item class names none, picked by the parser's name.
_PALETTE = ("#fde68a", "#fecaca", "#a5f3fc", "#d9f99d", "#fbcfe8", "#c7d2fe", "#e5e7eb")


def colour(name: str, item: Span) -> str:
    """The highlight of parser ``name``'s items."""
    if item.COLOUR:
        return item.COLOUR
    return _PALETTE[sum(map(ord, name)) % len(_PALETTE)]


def label(name: str, item: Span) -> str:
    """The tag shown on parser ``name``'s items."""
    return item.LABEL or name.upper()


def _styles(doc: Any) -> dict[str, tuple[str, str]]:
    """``{parser: (label, colour)}`` for every parser with `Span` items, in order."""
    out: dict[str, tuple[str, str]] = {}
    for name in doc.kinds:
        first = next((i for i in doc.items(name) if isinstance(i, Span)), None)
        if first is not None:
            out[name] = (label(name, first), colour(name, first))
    return out


def _marks(doc: Any, styles: dict[str, tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    marks = []
    for name in styles:
        for item in doc.items(name):
            if not isinstance(item, Span):
                continue
            start, end = item.marked()
            if end > start:
                marks.append((start, end, name, item.describe()))
    # Outer spans first, so that inner ones nest inside them.
    marks.sort(key=lambda m: (m[0], -m[1]))
    return marks


def render_html(doc: Any, *, legend: bool = True) -> str:
    """The document's text as HTML with every item marked (and a colour legend)."""
    text = doc.text
    styles = _styles(doc)
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

    for start, end, name, title in _marks(doc, styles):
        if start < pos:
            continue  # overlaps a mark already open beyond it: shown by that one
        emit(start)
        if open_ends and end > open_ends[-1]:
            end = open_ends[-1]  # crossing spans: keep the markup well nested
        tag, background = styles[name]
        out.append(
            f'<mark class="vnpress-{html.escape(name)}" title="{html.escape(title)}" '
            f'style="background:{background};padding:0 2px;border-radius:3px">'
        )
        out.append(
            f'<span style="font-size:0.6em;font-weight:bold;opacity:0.7;margin-right:2px">'
            f"{html.escape(tag)}</span>"
        )
        open_ends.append(end)
    emit(len(text))
    key = " ".join(
        f'<mark style="background:{c};padding:0 4px;border-radius:3px">{html.escape(t)}</mark>'
        for t, c in styles.values()
    )
    return (
        '<div class="vnpress-document" style="line-height:1.9;font-family:sans-serif">'
        + (f'<div style="margin-bottom:6px">{key}</div>' if legend and key else "")
        + f"<div>{''.join(out)}</div></div>"
    )


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def item_html(item: Span, name: str = "") -> str:
    """One item as a small highlighted chip."""
    summary = html.escape(item.describe())
    return (
        f'<mark style="background:{colour(name, item)};padding:0 4px;border-radius:3px" '
        f'title="{summary}">{html.escape(item.text)}</mark> <small>{summary}</small>'
    )
