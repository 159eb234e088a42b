"""Inputs that once crashed or misbehaved; each stays a test forever."""

from __future__ import annotations

import pytest

import vnpress

FOUND = [
    "giao",  # a directive cue as the last token: IndexError reading the next token
    "Ông giao",
    "nói,",
    '"',
    "İstanbul, Sáng 29.6",  # a letter whose lower case is longer than itself
    "Chủ tịchHội đồng châu Âu Charles Michel",  # a glued typo
    "<script><!--<p>",  # unclosed markup
    "1.\n000",
    "\u0301\u0301ngày",  # combining marks with no base letter
    "&amp;&#34;&#x1F600;&bogus;",
]


@pytest.mark.parametrize("text", FOUND)
def test_found_input_parses_with_exact_offsets(text: str) -> None:
    for doc in (vnpress.parse(text, "2024-10-25"), vnpress.parse_html(text)):
        for name in doc.kinds:
            for item in doc.items(name):
                assert item.text
                assert text[item.start : item.end] == item.text
