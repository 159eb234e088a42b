"""Gold annotations as `vnpress evaluate` reads them (docs/evaluate.md).

A gold file is one JSON object per document: ``doc`` (the document's path),
``published``, and lists of ``dates``, ``officials``, ``agreements``,
``commitments`` and optionally ``events``. An item is placed in its document
by a ``context`` (a stretch of text found exactly once) holding its surface
(``text``, ``cue`` or ``trigger``); officials by ``name``.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

# Old-style tone placement to new, so that "hoà" and "hòa" compare equal.
_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip


class GoldError(ValueError):
    """A gold file that cannot be read, or an item it cannot place."""


def norm(s: str | None) -> str:
    """The form gold and predicted strings are compared in: NFC, case-folded,
    new tone placement, single spaces, no edge punctuation."""
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).casefold()
    for old, new in _TONES.items():
        s = s.replace(old, new)
    return " ".join(s.replace("\u00a0", " ").split()).strip(" .,;:")


def words(s: str) -> set[str]:
    """The words of ``s`` (normalised; commas and semicolons are spaces)."""
    return set(norm(s).replace(",", " ").replace(";", " ").split())


def locate(text: str, context: str, needle: str) -> tuple[int, int]:
    """The span of ``needle`` inside the one place ``context`` occurs in ``text``."""
    first = text.find(context)
    if first < 0:
        raise GoldError(f"context not found: {context!r}")
    if text.find(context, first + 1) >= 0:
        raise GoldError(f"context not unique: {context!r}")
    inner = context.find(needle)
    if inner < 0:
        raise GoldError(f"{needle!r} not inside context {context!r}")
    return first + inner, first + inner + len(needle)


@attrs.frozen
class GoldDocument:
    """One gold file: its name, the document's text, and the annotations."""

    name: str
    text: str
    published: str | None
    gold: dict[str, Any]


def read_gold(gold_dir: str | Path, docs: str | Path | None = None) -> Iterator[GoldDocument]:
    """Every ``*.json`` gold file of ``gold_dir``, in name order, with its
    document read from ``doc`` relative to ``docs`` (default: the gold folder,
    then the current folder)."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise FileNotFoundError(2, "No such folder", str(folder))
    roots = [Path(docs)] if docs is not None else [folder, Path.cwd()]
    for path in sorted(folder.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc = gold["doc"]
        except (ValueError, KeyError, TypeError) as e:
            raise GoldError(f"{path.name}: not a gold file with a 'doc' ({e})") from None
        source = next((r / doc for r in roots if (r / doc).is_file()), None)
        if source is None:
            raise GoldError(f"{path.name}: document {doc!r} not found under {roots[0]}")
        yield GoldDocument(
            path.name, source.read_text(encoding="utf-8"), gold.get("published"), gold
        )
