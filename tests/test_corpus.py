"""Robustness on the real articles of ../shared/corpus/unc (skipped when absent)."""

from __future__ import annotations

import re

import pytest

import vnpress
from tests.conftest import corpus_files, published_of

FILES = corpus_files()
ISO = re.compile(r"(?:[\dX]{4}(?:-[\dX]{2}(?:-[\dX]{2})?|-Q[1-4]|-W(?:\d{2}|XX))?|\d{3}|\d{2})")

pytestmark = pytest.mark.skipif(not FILES, reason="../shared/corpus/unc is not available")


def test_every_article_parses_with_exact_offsets_and_valid_values() -> None:
    problems: list[str] = []
    n_items = 0
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        doc = vnpress.parse(text, published=published_of(text))
        for name in doc.kinds:
            for item in doc.items(name):
                n_items += 1
                if not item.text or text[item.start : item.end] != item.text:
                    problems.append(f"{path.name}: bad offsets {item!r}")
        values = [d.value for d in doc.dates]
        values += [a.period for a in doc.agreements if a.period]
        values += [c.deadline for c in doc.commitments if c.deadline]
        for value in values:
            if not all(ISO.fullmatch(part) or part == ".." for part in value.split("/")):
                problems.append(f"{path.name}: bad value {value!r}")
        for c in doc.commitments:
            if text[c.cue_start : c.cue_end] != c.cue:
                problems.append(f"{path.name}: bad cue offsets {c!r}")
    assert problems == []
    assert n_items > 5000
