"""Map offsets in a cleaned string back to the string it was cleaned from.

Cleaning mostly keeps characters in place; where it does not (an HTML entity
decoded, a zero-width space dropped, a decomposed letter composed), it records
an *edit*: clean ``[c_start, c_end)`` came from original ``[o_start, o_end)``.
Between edits the two strings differ by a constant shift, so the map needs
memory in proportion to the edits, not to the text, and a lookup is a bisection.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Clean-string offsets to original-string offsets."""

    __slots__ = ("_c_ends", "_c_starts", "_o_ends", "_o_starts")

    def __init__(self) -> None:
        self._c_starts: list[int] = []
        self._c_ends: list[int] = []
        self._o_starts: list[int] = []
        self._o_ends: list[int] = []

    def add(self, c_start: int, c_end: int, o_start: int, o_end: int) -> None:
        """Record that clean ``[c_start, c_end)`` replaced original ``[o_start, o_end)``.

        Edits must be added in text order.
        """
        self._c_starts.append(c_start)
        self._c_ends.append(c_end)
        self._o_starts.append(o_start)
        self._o_ends.append(o_end)

    def __bool__(self) -> bool:
        return bool(self._c_starts)

    def _shift(self, index: int) -> int:
        return self._o_ends[index] - self._c_ends[index] if index >= 0 else 0

    def start(self, pos: int) -> int:
        """Original offset where a span starting at clean ``pos`` starts."""
        i = bisect_right(self._c_starts, pos) - 1
        if i >= 0 and pos < self._c_ends[i]:
            return self._o_starts[i]
        return pos + self._shift(i)

    def end(self, pos: int) -> int:
        """Original offset where a span ending (exclusively) at clean ``pos`` ends."""
        if pos <= 0:
            return self.start(pos)
        last = pos - 1
        i = bisect_right(self._c_starts, last) - 1
        if i >= 0 and last < self._c_ends[i]:
            return self._o_ends[i]
        return pos + self._shift(i)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the clean span ``[start, end)``."""
        if end <= start:
            o = self.start(start)
            return o, o
        return self.start(start), self.end(end)

    def clean_span(self, start: int, end: int) -> tuple[int, int]:
        """The clean ``(start, end)`` of original ``[start, end)``: the inverse of
        `span`, for items a parser reads back from an earlier one. A span
        boundary inside an edit widens to the whole edit."""
        i = bisect_right(self._o_starts, start) - 1
        if i >= 0 and start < self._o_ends[i]:
            c_start = self._c_starts[i]
        else:
            c_start = start - self._shift(i)
        if end <= start:
            return c_start, c_start
        last = end - 1
        j = bisect_right(self._o_starts, last) - 1
        if j >= 0 and last < self._o_ends[j]:
            return c_start, self._c_ends[j]
        return c_start, end - self._shift(j)


class Splicer:
    """Builds a new string from ``source`` with some spans replaced, recording
    each replacement in an `OffsetMap` as it goes. Replacements come in order."""

    __slots__ = ("_last", "_pieces", "_pos", "offsets", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.offsets = OffsetMap()
        self._pieces: list[str] = []
        self._pos = 0  # length of the new string so far
        self._last = 0  # end of the last replaced span in the source

    def replace(self, start: int, end: int, replacement: str) -> None:
        """Put ``replacement`` where ``source[start:end]`` was."""
        self._pieces.append(self.source[self._last : start])
        self._pos += start - self._last
        self._pieces.append(replacement)
        self.offsets.add(self._pos, self._pos + len(replacement), start, end)
        self._pos += len(replacement)
        self._last = end

    def result(self) -> str:
        """The new string (the source itself when nothing was replaced)."""
        if not self._pieces:
            return self.source
        return "".join(self._pieces) + self.source[self._last :]
