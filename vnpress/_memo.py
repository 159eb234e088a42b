"""Remembering a function's answer for the last document it was asked about."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")

# Texts shorter than this are cheaper to work on again than to let them evict
# the document's answer: a phrase looked up between two uses of the document.
_UNCACHED = 256


def remember_last(func: Callable[[str], T]) -> Callable[[str], T]:
    """``func``, remembering its answer for the last text it was given, by
    identity: the parsers ask the same question of the same document many
    times in a row. The text and its answer are kept as one tuple: replacing a
    tuple is atomic, so threads sharing the cache never see one text with
    another's answer."""
    last: tuple[str, T] | None = None

    @wraps(func)
    def remembering(text: str) -> T:
        nonlocal last
        seen = last
        if seen is not None and seen[0] is text:
            return seen[1]
        answer = func(text)
        if len(text) >= _UNCACHED:
            last = (text, answer)
        return answer

    return remembering
