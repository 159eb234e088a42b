"""Matching a pattern only where a word starts, at the speed of a literal search.

The natural way to write "a title, starting a word" is a lookbehind guard,
``(?<![^\\W_])(?:Bộ trưởng|…)``. But the standard engine can skip ahead only to
a literal or a set of characters that opens the pattern; a pattern that opens
with a lookbehind is tried at every position of the text, which made each
lexicon scan run at about 15 million characters a second.

A word starts either after a space, or after some other character that is not
a letter or digit, or at the start of the text. So `WordPattern` scans for
``" (?=pattern)"``, which opens with a literal the engine finds fastest, and
tries the pattern itself at the other word starts, which are few (about 70 in a
news article) and are found once per document for every pattern
(`other_starts`, kept by `vnpress.text.analysis.Analysis.other_starts`).
The matches are the ones the guarded pattern finds, about three times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Characters that are surely a letter, a digit or a space: ASCII ones and the
# Latin letters Vietnamese is written in. Any other character, followed by one
# that is not a space, is checked one by one (it is rare in Vietnamese text);
# a class of plain ranges is looked up much faster than "not a word character".
_NOT_PLAIN = re.compile("[^0-9A-Za-z \u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff](?=\\S)")


def other_starts(text: str) -> list[int]:
    """Where a word may start in ``text`` other than after a space: the start
    of the text, and after any other character that is not a letter or digit."""
    starts = [m.end() for m in _NOT_PLAIN.finditer(text) if not text[m.start()].isalnum()]
    if text and not text[0].isspace():
        starts.insert(0, 0)
    return starts


class WordPattern:
    """A pattern (no flags) tried only where words start.

    ``first`` holds every character a match can start with. Each of the
    pattern's forms is compiled on first use, only for the scan that uses it.
    """

    __slots__ = ("_after_space", "_ends_after_space", "_first", "_pattern", "source")

    def __init__(self, pattern: str, first: Iterable[str]) -> None:
        self.source = pattern
        self._pattern: re.Pattern[str] | None = None
        self._after_space: re.Pattern[str] | None = None
        self._ends_after_space: re.Pattern[str] | None = None
        self._first = frozenset(first)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The pattern itself, compiled."""
        if self._pattern is None:
            self._pattern = re.compile(self.source)
        return self._pattern

    def spans(self, text: str, others: list[int] | None = None) -> list[tuple[int, int]]:
        """``(start, end)`` of the pattern's match at every word start where it
        matches, in order (matches may overlap)."""
        if self._ends_after_space is None:
            self._ends_after_space = re.compile(f" (?=({self.source}))")
        found = [m.span(1) for m in self._ends_after_space.finditer(text)]
        if others is None:
            others = other_starts(text)
        if not others:
            return found
        first, match = self._first, self.pattern.match
        extra = [m.span() for p in others if text[p] in first and (m := match(text, p))]
        return sorted(found + extra) if extra else found

    def starts(self, text: str, others: list[int] | None = None) -> list[int]:
        """Every word start in ``text`` where the pattern matches, in order.
        ``others`` is ``other_starts(text)``, if the caller keeps it."""
        if self._after_space is None:
            self._after_space = re.compile(f" (?={self.source})")
        found = [m.end() for m in self._after_space.finditer(text)]
        if others is None:
            others = other_starts(text)
        if not others:
            return found
        first, match = self._first, self.pattern.match
        extra = [p for p in others if text[p] in first and match(text, p)]
        return sorted(found + extra) if extra else found

    def finditer(self, text: str, others: list[int] | None = None) -> list[re.Match[str]]:
        """The matches at word starts, left to right and not overlapping, as
        ``finditer`` of the pattern behind a word-start lookbehind finds them."""
        out: list[re.Match[str]] = []
        done = 0
        match = self.pattern.match
        for start in self.starts(text, others):
            if start >= done and (m := match(text, start)) is not None:
                out.append(m)
                done = max(m.end(), start + 1)
        return out
