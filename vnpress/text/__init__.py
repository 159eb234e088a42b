"""The text layer every parser shares: cleaning, offsets, tones, sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnpress.text.analysis import Analysis
    from vnpress.text.clean import CleanText
    from vnpress.text.offsets import OffsetMap
    from vnpress.text.sentences import split_sentences
    from vnpress.text.tones import fold_tones

__all__ = ["Analysis", "CleanText", "OffsetMap", "fold_tones", "split_sentences"]

_WHERE = {
    "Analysis": "vnpress.text.analysis",
    "CleanText": "vnpress.text.clean",
    "OffsetMap": "vnpress.text.offsets",
    "split_sentences": "vnpress.text.sentences",
    "fold_tones": "vnpress.text.tones",
}


def __getattr__(name: str) -> Any:
    # Loaded on first use, so that importing one module of the package stays light.
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'vnpress.text' has no attribute {name!r}")
