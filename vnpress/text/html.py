"""Text out of HTML, with a map back into the HTML.

`strip_html` removes tags, comments, scripts and styles, turns block tags into
line breaks and decodes entities, recording where each piece of text came
from, so that what the parsers find in the text can be located in the HTML.
"""

from __future__ import annotations

import html as html_lib
import re

from vnpress._lazy import compiled
from vnpress.text.offsets import Splicer

_MARKUP = compiled(
    r"""
    (?P<drop><(?P<name>script|style|noscript|template)\b[^>]{0,2000}+>)
  | (?P<comment><!--)
  | (?P<block></?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer
                     |blockquote)\b[^>]{0,2000}+>)
  | (?P<tag></?[a-zA-Z][^>]{0,2000}+>|<![^>]{0,2000}+>)
  | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
    """,
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)
_LOOKS_LIKE_HTML = re.compile(
    r"<(?:p|div|span|br|a|b|i|strong|em|html|body|head|li|h[1-6])\b[^>]{0,500}>|</[a-zA-Z]{1,20}>",
    re.IGNORECASE,
)


class StrippedHtml:
    """The text of an HTML string, and the way back to it."""

    __slots__ = ("html", "offsets", "text")

    def __init__(self, html: str) -> None:
        if not isinstance(html, str):
            raise TypeError(f"html must be str, not {type(html).__name__}")
        self.html = html
        splicer = Splicer(html)
        unclosed: set[str] = set()  # closers searched for once and not found
        markup = _MARKUP()
        m = markup.search(html)
        while m is not None:
            start, end = m.span()
            replacement = ""
            if m.group("entity"):
                replacement = html_lib.unescape(m.group())
            elif m.group("block"):
                replacement = "\n"
            elif m.group("drop") or m.group("comment"):
                # Skip to the closer with one forward search; remember a closer
                # that is missing, so that unclosed tags cost linear time.
                closer = "-->" if m.group("comment") else f"</{m.group('name').lower()}"
                found = -1 if closer in unclosed else _find(html, closer, end)
                if found < 0:
                    unclosed.add(closer)
                else:
                    close_end = html.find(">", found)
                    end = len(html) if close_end < 0 else close_end + 1
            splicer.replace(start, end, replacement)
            m = markup.search(html, end)
        self.offsets = splicer.offsets
        self.text = splicer.result()

    def html_span(self, start: int, end: int) -> tuple[int, int]:
        """Where text ``[start, end)`` lies in the HTML."""
        return self.offsets.span(start, end)


def _find(html: str, closer: str, start: int) -> int:
    """Start of ``closer`` (``-->`` or ``</script`` …) at or after ``start``, or -1."""
    if closer == "-->":
        return html.find(closer, start)
    m = _CLOSERS[closer].search(html, start)
    return m.start() if m else -1


_CLOSERS = {
    f"</{name}": re.compile(rf"</{name}\b", re.IGNORECASE)
    for name in ("script", "style", "noscript", "template")
}


def strip_html(html: str) -> StrippedHtml:
    """The text of ``html`` with a map back into it (see `StrippedHtml`)."""
    return StrippedHtml(html)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds HTML markup (a few tags are enough to tell)."""
    return len(_LOOKS_LIKE_HTML.findall(text[:20000])) >= 2
