"""Words and punctuation of a cleaned text, for the parsers that walk tokens.

A document is tokenized once (`CleanText.tokens`) and shared by every parser.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, repeat
from operator import add, contains, sub
from typing import TYPE_CHECKING, NamedTuple

import regex

from vnpress.text.tones import lowered

if TYPE_CHECKING:
    from vnpress.text.clean import CleanText

# A token and the white space before it (which tells whether a line broke there):
# an initial ("V."), a word (letters and digits, joined by & ' ’ . -), or a mark.
# The standard engine runs this several times faster than `regex`; it has no
# upper-case class, so an initial's capital is checked after the match.
_TOKEN = re.compile(r"(\s*)([^\W\d_]\.(?=[ ]|[^\W\d_])|[^\W_]+(?:[&'’.\-][^\W_]+)*|[^\s\w]|_)")
# The same without initials, where there are none, for `re.findall`.
_TOKEN_PLAIN = re.compile(r"(\s*)([^\W_]+(?:[&'’.\-][^\W_]+)*|[^\s\w]|_)")
# The dot of a letter and a dot that the token pattern reads as an initial. It
# opens with the dot, which the engine skips to; opening with the lookbehind
# would try every position.
INITIAL_DOT = re.compile(r"\.(?<=(?<![^\W_])[^\W\d_]\.)(?=[ ]|[^\W\d_])")
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

    ``start`` and ``end`` must not fall inside a token. Use `CleanText.tokens`
    or `CleanText.window`, which cache.
    """
    text, folded = clean.text, clean.folded
    stop = clean.content_end if end is None else min(end, clean.content_end)
    low = lowered(folded)
    glued = clean.glued
    glue_at = set(glued[bisect_left(glued, start) : bisect_left(glued, stop)])
    dots = clean.initial_dots
    # an initial whose letter is in [start, stop)
    has_initial = bisect_left(dots, start + 1) < bisect_left(dots, stop + 1)
    if glue_at or has_initial:
        return _tokenize_word_by_word(text, low, start, stop, glue_at, clean.content_end)
    # The common case, with no Python code per token: the tokens follow one
    # another (every character is space, word or mark), so their ends are the
    # running sum of the lengths matched.
    found = _TOKEN_PLAIN.findall(low, start, stop)
    if not found:
        return []
    spaces, lows = zip(*found, strict=True)
    lengths = list(map(len, lows))
    ends = list(accumulate(map(add, map(len, spaces), lengths), initial=start))[1:]
    starts = list(map(sub, ends, lengths))
    texts = map(text.__getitem__, map(slice, starts, ends))
    newlines = map(contains, spaces, repeat("\n"))
    rows = zip(starts, ends, texts, lows, newlines, repeat(False))
    return list(map(tuple.__new__, repeat(Token), rows))


def _tokenize_word_by_word(
    text: str, low: str, start: int, stop: int, glue_at: set[int], end: int
) -> list[Token]:
    """`tokenize` where an initial or a glued word needs a second look; the
    scan runs on to ``end`` so that lookaheads see past ``stop``."""
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(low, start, end):
        s, e = m.span(2)
        if s >= stop:
            break
        word = m.group(2)
        newline = "\n" in m.group(1)
        if e - s == 2 and word[1] == "." and not text[s].isupper():
            # "a.": a one-letter word ending a sentence, not an initial
            append(Token(s, s + 1, text[s], word[0], newline))
            append(Token(s + 1, e, ".", ".", False))
            continue
        if glue_at and "." not in word:
            cut = next((c for c in range(s + 1, e) if c in glue_at), None)
            if cut is not None:
                append(Token(s, cut, text[s:cut], low[s:cut], newline))
                append(Token(cut, e, text[cut:e], low[cut:e], False, True))
                continue
        append(Token(s, e, text[s:e], word, newline))
    return tokens
