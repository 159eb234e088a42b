"""Sentence splitting that knows Vietnamese press conventions.

A full stop ends a sentence only when white space and a capital, digit or
opening quote follow, and the word before it is not an abbreviation
(``TP.``, ``GS.``, ``Th.S.``) or a name initial (``V. Putin``). Dots inside
tokens (``TP.HCM``, ``1.000``, ``29.6``) never split, because no space follows.
Line breaks always end a sentence (the cleaner has already joined hard-wrapped
lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnpress._lazy import compiled
from vnpress.words import word_set

# Abbreviations that take a full stop in Vietnamese news, compared case-sensitively.
ABBREVIATIONS = word_set("abbreviations")

_BOUNDARY = compiled(
    r"""
    \n+
  | (?P<stop>[.!?…]++["”’»)\]]*+)[ ]++(?=["“‘«(\[]?[\p{Lu}\d])
    """,
    re.VERBOSE,
)
_LAST_WORD = re.compile(r"(\S+)$")


def _is_abbreviation(text: str, stop_at: int) -> bool:
    word = _LAST_WORD.search(text, max(0, stop_at - 24), stop_at)
    if word is None:
        return False
    token = word.group(1).lstrip("(\"“'")
    if len(token) == 1 and token.isupper():
        return True  # a name initial: "V. Putin"
    return token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS


def _boundaries(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int]]:
    """``(end of the sentence, end of the boundary)`` of each sentence boundary
    in ``text[pos:endpos]``."""
    found = _BOUNDARY().finditer(text, pos, len(text) if endpos is None else endpos)
    for match in found:
        stop = match.group("stop")
        if stop is None:
            yield match.start(), match.end()
        elif stop[0] != "." or not _is_abbreviation(text, match.start()):
            yield match.start() + len(stop), match.end()


def iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence, white space trimmed, none empty."""
    start = 0
    for end, after in _boundaries(text):
        yield from _trimmed(text, start, end)
        start = after
    yield from _trimmed(text, start, len(text))


def ends_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between ``start`` and ``end``, two positions where
    words start: the same answer as splitting the whole text, reading only
    ``text[start:end]`` (and the two characters after it that a boundary's
    lookahead reads). A boundary is never inside a word, so the scan from
    ``start`` finds the boundaries the scan from the start of the text does.
    """
    return next(_boundaries(text, start, min(len(text), end + 2)), (end, end))[0] < end


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (offsets into ``text``)."""
    return list(iter_sentences(text))
