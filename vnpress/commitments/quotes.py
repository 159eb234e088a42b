"""Which tokens stand inside quotation marks."""

from __future__ import annotations

from bisect import bisect_right

import regex

from vnpress.text.tokens import Tokens

_QUOTE_MARKS = regex.compile(r'[“”"\n]')


class Quotes:
    """``quotes[i]``: whether token ``i`` is inside “curly” or "straight" quotes.

    Answered on demand from the quoted spans: the parser asks about cue tokens
    only, a few in a hundred, so flagging every token up front would be waste.
    """

    __slots__ = ("_ends", "_starts", "_tokens")

    def __init__(self, text: str, tokens: Tokens) -> None:
        self._tokens = tokens
        self._starts: list[int] = []
        self._ends: list[int] = []
        opened: int | None = None
        for m in _QUOTE_MARKS.finditer(text):
            ch, i = m.group(), m.start()
            if ch == "\n":
                opened = None  # a quote does not run past its paragraph
            elif ch == "“" or (ch == '"' and opened is None):
                opened = i
            elif opened is not None:
                self._starts.append(opened)
                self._ends.append(i)
                opened = None

    def __getitem__(self, i: int) -> bool:
        return self.span(i) is not None

    def span(self, i: int) -> tuple[int, int] | None:
        """The clean offsets of the opening and closing marks of the quote token
        ``i`` stands in, or None."""
        pos = self._tokens.starts[i]
        k = bisect_right(self._starts, pos) - 1
        if k >= 0 and self._starts[k] < pos < self._ends[k]:
            return self._starts[k], self._ends[k]
        return None
