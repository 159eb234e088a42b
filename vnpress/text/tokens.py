"""Words and punctuation of a cleaned text, for the parsers that walk tokens."""

from __future__ import annotations

import attrs
import regex

from vnpress.text.clean import CleanText

_TOKEN = regex.compile(
    r"\p{Lu}\.(?=[ ]|\p{Lu})|[\p{L}\p{N}]+(?:[&'’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]"
)


@attrs.frozen
class Token:
    """A word or punctuation mark, in clean-text offsets."""

    start: int
    end: int
    text: str  # clean text, case kept
    low: str  # folded, lower case
    newline_before: bool
    glued: bool = False  # a capital glued to the word before ("Chủ tịchHội đồng")


GLUE = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})")


def tokenize(clean: CleanText) -> list[Token]:
    """Words and punctuation of the clean text; a typo gluing two words
    (``tịchHội``) is split, since a capital never starts a syllable's middle."""
    tokens: list[Token] = []
    last = 0
    folded = clean.folded
    for m in _TOKEN.finditer(folded):
        s, e = m.span()
        newline = "\n" in folded[last:s]
        last = e
        cut = GLUE.search(clean.text, s, e) if e - s > 4 else None
        if cut is not None and "." not in m.group():
            c = cut.start()
            tokens.append(Token(s, c, clean.text[s:c], folded[s:c].lower(), newline))
            tokens.append(Token(c, e, clean.text[c:e], folded[c:e].lower(), False, glued=True))
            continue
        tokens.append(Token(s, e, clean.text[s:e], m.group().lower(), newline))
    return tokens
