"""Words and punctuation of a cleaned text, for the parsers that walk tokens.

A document is tokenized once (`CleanText.tokens`) and shared by every parser.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

import regex

if TYPE_CHECKING:
    from vnpress.text.clean import CleanText

# A token and the white space before it (which tells whether a line broke there):
# an initial ("V."), a word (letters and digits, joined by & ' ’ . -), or a mark.
# The standard engine runs this several times faster than `regex`; it has no
# upper-case class, so an initial's capital is checked after the match.
_TOKEN = re.compile(r"(\s*)([^\W\d_]\.(?=[ ]|[^\W\d_])|[^\W_]+(?:[&'’.\-][^\W_]+)*|[^\s\w]|_)")
# A typo gluing two words ("Chủ tịchHội đồng"): a capital never starts a
# syllable's middle, so the word is split there.
GLUE = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})")


class Token(NamedTuple):
    """A word or punctuation mark, in clean-text offsets."""

    start: int
    end: int
    text: str  # clean text, case kept
    low: str  # folded, lower case
    newline_before: bool
    glued: bool = False  # split from the word before by a glue typo


def tokenize(clean: CleanText, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation of the clean text that start in ``[start, end)``.

    ``start`` must not fall inside a token. Use `CleanText.tokens` or
    `CleanText.window`, which cache.
    """
    text, folded = clean.text, clean.folded
    stop = len(folded.rstrip()) if end is None else end
    glue_at = {m.start() for m in GLUE.finditer(text, start, stop)}
    tokens: list[Token] = []
    append = tokens.append
    # Trailing white space has no token to attach to; leaving it out keeps the
    # leading "\s*" from being retried at every one of its positions. The scan
    # runs to the end of the text, so lookaheads see what follows ``end``.
    for m in _TOKEN.finditer(folded, start, len(folded.rstrip())):
        s, e = m.span(2)
        if s >= stop:
            break
        word = m.group(2)
        newline = "\n" in m.group(1)
        if e - s == 2 and word[1] == "." and not word[0].isupper():
            # "a.": a one-letter word ending a sentence, not an initial
            append(Token(s, s + 1, text[s : s + 1], word[0].lower(), newline))
            append(Token(s + 1, e, ".", ".", False))
            continue
        if glue_at and "." not in word:
            cut = next((c for c in range(s + 1, e) if c in glue_at), None)
            if cut is not None:
                append(Token(s, cut, text[s:cut], folded[s:cut].lower(), newline))
                append(Token(cut, e, text[cut:e], folded[cut:e].lower(), False, True))
                continue
        append(Token(s, e, text[s:e], word.lower(), newline))
    return tokens
