"""One tone-placement convention for matching: ``hoà`` = ``hòa``, ``Uỷ`` = ``Ủy``.

Vietnamese has two spellings for the open syllables *oa*, *oe* and *uy*: the
old style puts the tone mark on the second vowel (``hoà``, ``thuỷ``), the new
style on the first (``hòa``, ``thủy``). Press text mixes both, often in one
article. Only syllable-final *oa/oe/uy* are affected (``hoàn`` is the same in
both styles) and *uy* after *q* is not a diphthong (``quý`` never changes).

Folding keeps the length of the string, so offsets are unchanged.
"""

from __future__ import annotations

import re

_MARKED = {
    "a": "àáảãạ",
    "e": "èéẻẽẹ",
    "y": "ỳýỷỹỵ",
}
_FIRST = {"a": ("o", "òóỏõọ"), "e": ("o", "òóỏõọ"), "y": ("u", "ùúủũụ")}


def _pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for second, marked in _MARKED.items():
        first, first_marked = _FIRST[second]
        for old_second, new_first in zip(marked, first_marked, strict=True):
            old = first + old_second
            new = new_first + second
            pairs[old] = new
            pairs[old.capitalize()] = new.capitalize()
            pairs[old.upper()] = new.upper()
    return pairs


_OLD_TO_NEW = _pairs()
# Found by their second letter, the marked vowel, which is rarer than "o" or
# "u" (and a pattern that opens with a lookbehind is tried at every position,
# one that opens with a set of letters only where they are). The pair itself,
# and "not after q", are checked on each find.
_OLD_STYLE = re.compile(
    "[" + "".join(sorted({old[1] for old in _OLD_TO_NEW})) + r"](?<=[oOuU].)(?![^\W\d_])"
)
# Lookalike letters that turn up in Vietnamese text typed on foreign layouts.
_LOOKALIKES = {"Ð": "Đ", "ð": "đ", "Ɖ": "Đ", "ɖ": "đ"}
_HAS_LOOKALIKE = re.compile("[ÐðƉɖ]")


def fold_tones(text: str) -> str:
    """Rewrite old-style tone placement to the new style, keeping the length."""
    if _HAS_LOOKALIKE.search(text):
        # replaced one by one: they are few, and `str.translate` would look up
        # every character of the text in a dictionary
        text = _HAS_LOOKALIKE.sub(_lookalike, text)
    pieces: list[str] = []
    done = 0
    for m in _OLD_STYLE.finditer(text):
        end = m.end()
        start = end - 2
        new = _OLD_TO_NEW.get(text[start:end])
        if new is None or (start and text[start - 1] in "qQ"):
            continue  # "uà" is no pair; "quý", "Quá": u after q is a consonant
        pieces += (text[done:start], new)
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _lookalike(m: re.Match[str]) -> str:
    return _LOOKALIKES[m.group()]


def lower_same_length(text: str) -> str:
    """``text.lower()``, except that a letter whose lower case is longer (``İ``)
    is kept as it is, so that offsets into the result are offsets into ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
