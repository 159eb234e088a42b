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

# Abbreviations that take a full stop in Vietnamese news, compared case-sensitively.
ABBREVIATIONS = frozenset(
    """TP Tp tp GS PGS TS ThS Th.S Ths BS CN KS NCS TT TX NXB Nxb Tr tr
    Mr Mrs Ms Dr St Jr Sr vs Co Corp Inc Ltd No""".split()
)

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


def iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence, white space trimmed, none empty."""
    start = 0
    for match in _BOUNDARY().finditer(text):
        stop = match.group("stop")
        if stop is not None:
            if stop[0] == "." and _is_abbreviation(text, match.start()):
                continue
            end = match.start() + len(stop)
        else:
            end = match.start()
        yield from _trimmed(text, start, end)
        start = match.end()
    yield from _trimmed(text, start, len(text))


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
