"""Words and punctuation of a cleaned text, for the parsers that walk tokens.

A document is tokenized once, whole (`vnpress.text.analysis.Analysis.tokens`),
and every parser reads the same tokens with the same indices.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate
from operator import sub
from typing import NamedTuple, overload

import regex

# A token and the white space before it (which tells whether a line broke there):
# an initial ("V."), a word (letters and digits, joined by & ' ’ . -), or a mark.
# The standard engine runs this several times faster than `regex`; it has no
# upper-case class, so an initial's capital is checked after the match.
_TOKEN = re.compile(r"(\s*)([^\W\d_]\.(?=[ ]|[^\W\d_])|[^\W_]+(?:[&'’.\-][^\W_]+)*|[^\s\w]|_)")
# The same without initials, and with no groups, for `re.findall`: each
# match is a token with the white space before it.
_SPACED_TOKEN = re.compile(r"\s*(?:[^\W_]+(?:[&'’.\-][^\W_]+)*|[^\s\w]|_)")
# The dot of a letter and a dot that the token pattern reads as an initial. It
# opens with the dot, which the engine skips to; opening with the lookbehind
# would try every position.
INITIAL_DOT = re.compile(r"\.(?<=(?<![^\W_])[^\W\d_]\.)(?=[ ]|[^\W\d_])")
# A typo gluing two words ("Chủ tịchHội đồng"): a capital never starts a
# syllable's middle, so the word is split there.
GLUE = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})")
# A full stop with the space after it missing ("Trung Quốc.Trong khuôn khổ"):
# the word is split at the dot, which is a token of its own.
MISSING_SPACE = regex.compile(r"(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})")


class Token(NamedTuple):
    """A word or punctuation mark, in clean-text offsets."""

    start: int
    end: int
    text: str  # clean text, case kept
    low: str  # folded, lower case
    newline_before: bool
    glued: bool = False  # split from the word before by a glue typo


_new = tuple.__new__


class Tokens(Sequence[Token]):
    """The tokens of a whole text, as parallel lists: ``starts``, ``ends`` and
    ``lows`` (folded, lower case). ``tokens[k]`` builds the `Token`; parsers
    ask for a few tokens around their cue words, and building all of them
    would cost more than the rest of tokenizing."""

    __slots__ = ("_text", "ends", "glued", "line_starts", "lows", "starts")

    def __init__(
        self,
        text: str,
        starts: list[int],
        ends: list[int],
        lows: list[str],
        line_starts: frozenset[int],
        glued: frozenset[int],
    ) -> None:
        self._text = text
        self.starts = starts
        self.ends = ends
        self.lows = lows
        #: Indices of the tokens a line break comes before.
        self.line_starts = line_starts
        #: Indices of the tokens a glue typo split from the word before.
        self.glued = glued

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> list[Token]: ...

    def __getitem__(self, k: int | slice) -> Token | list[Token]:
        if k.__class__ is slice:
            return [self[i] for i in range(*k.indices(len(self.starts)))]
        assert isinstance(k, int)
        if k < 0:
            k += len(self.starts)
        s = self.starts[k]
        e = self.ends[k]
        # tuple.__new__, not Token(): a NamedTuple's own constructor is a Python function
        row = (s, e, self._text[s:e], self.lows[k], k in self.line_starts, k in self.glued)
        return _new(Token, row)

    def text(self, k: int) -> str:
        """Token ``k`` as written (clean text, case kept)."""
        return self._text[self.starts[k] : self.ends[k]]

    def texts(self, i: int, j: int) -> list[str]:
        """Tokens ``[i, j)`` as written."""
        text, starts, ends = self._text, self.starts, self.ends
        return [text[starts[k] : ends[k]] for k in range(i, j)]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            return list(self) == list(other)
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<Tokens: {len(self)}>"


def tokenize_text(
    text: str,
    low: str,
    glued: list[int],
    initial_dots: list[int],
    content_end: int,
    stops: Sequence[int] = (),
) -> Tokens:
    """Every token of a whole text.

    ``low`` is the folded lower case of ``text`` (same length); ``glued`` the
    sorted positions where a glue typo starts a word, ``initial_dots`` the
    sorted dots of initials (``V. Putin``), ``stops`` of full stops with no
    space after them. Most of the text is tokenized with no Python code per
    token; only stretches around those positions are read word by word.
    """
    points = sorted([*glued, *(d - 1 for d in initial_dots), *stops])
    careful = _careful_stretches(text, points)
    starts: list[int] = []
    ends: list[int] = []
    lows: list[str] = []
    glued_at: list[int] = []
    pos = 0
    glue_points = split_points(glued, stops)
    for start, stop in careful:
        _tokenize_fast(low, pos, min(start, content_end), starts, ends, lows)
        for t in _tokenize_word_by_word(
            text, low, start, min(stop, content_end), glue_points, content_end
        ):
            if t.glued:
                glued_at.append(len(starts))
            starts.append(t.start)
            ends.append(t.end)
            lows.append(t.low)
        pos = stop
    _tokenize_fast(low, pos, content_end, starts, ends, lows)
    return Tokens(text, starts, ends, lows, _line_starts(text, starts), frozenset(glued_at))


def split_points(glued: Sequence[int], stops: Sequence[int]) -> set[int]:
    """Where a word is cut in two: glue points, and either side of a stop with
    no space after it."""
    return {*glued, *(d for s in stops for d in (s, s + 1))}


def _line_starts(text: str, starts: list[int]) -> frozenset[int]:
    """The tokens that follow a line break (tokens never hold one)."""
    out: set[int] = set()
    line = text.find("\n")
    while line >= 0:
        k = bisect_left(starts, line)
        if k < len(starts):
            out.add(k)
        line = text.find("\n", line + 1)
    return frozenset(out)


def _careful_stretches(text: str, points: list[int]) -> list[tuple[int, int]]:
    """Stretches of ``text`` from white space to white space around each point,
    merged where they touch. Cut at white space, the fast and the careful
    tokenizer see the same tokens either side of the cut. Each character is
    looked at at most once, however many points share a word."""
    out: list[tuple[int, int]] = []
    for p in points:
        floor = out[-1][1] if out else 0
        if p < floor:
            continue  # inside the stretch before
        start = p
        while start > floor and not text[start - 1].isspace():
            start -= 1
        # and the white space before: the first token must see a line break there
        while start > floor and text[start - 1].isspace():
            start -= 1
        space = _SPACE.search(text, p)
        stop = space.start() if space else len(text)
        if out and start <= floor:
            out[-1] = (out[-1][0], stop)
        else:
            out.append((start, stop))
    return out


_SPACE = re.compile(r"\s")


def _tokenize_fast(
    low: str, start: int, stop: int, starts: list[int], ends: list[int], lows: list[str]
) -> None:
    """Append the tokens of ``[start, stop)``, which holds no initial and no
    glue point, with no Python code per token: the tokens follow one another
    (every character is space, word or mark), so their ends are the running
    sum of the lengths matched, white space before each included."""
    if stop <= start:
        return
    found = _SPACED_TOKEN.findall(low, start, stop)
    if not found:
        return
    found_ends = list(accumulate(map(len, found), initial=start))[1:]
    found_lows = list(map(str.lstrip, found))
    starts += map(sub, found_ends, map(len, found_lows))
    ends += found_ends
    lows += found_lows


def _tokenize_word_by_word(
    text: str, low: str, start: int, stop: int, glue_at: set[int], end: int
) -> list[Token]:
    """The tokens of ``[start, stop)``, where an initial or a glued word needs
    a second look; the scan runs on to ``end`` so that lookaheads see past
    ``stop``."""
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
        cuts = [c for c in range(s + 1, e) if c in glue_at] if glue_at else []
        if cuts and ("." not in word or text[cuts[0]] == "."):
            # a glue typo ("Chủ tịchHội"), or a stop with no space ("Quốc.Trong")
            for a, b in zip([s, *cuts], [*cuts, e], strict=True):
                if a < b:
                    glued = a > s and text[a] != "." and text[a - 1] != "."
                    append(Token(a, b, text[a:b], low[a:b], newline and a == s, glued))
            continue
        append(Token(s, e, text[s:e], word, newline))
    return tokens


def trim_end(tokens: Tokens, i: int, j: int, words: frozenset[str], keep: int = 0) -> int:
    """The end of tokens ``[i, j)`` once the ``words`` that end it are dropped,
    keeping at least ``keep`` tokens."""
    lows = tokens.lows
    while j > i + keep and lows[j - 1] in words:
        j -= 1
    return j


def token_range(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """``(i, j)``: the tokens that start in ``[start, end)``, by their ``starts``."""
    return bisect_left(starts, start), bisect_left(starts, end)
