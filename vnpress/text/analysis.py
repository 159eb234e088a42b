"""One document's shared view: its cleaned text and what every parser reads of it.

`Analysis` is built once per document (`vnpress.Document.analysis`) and holds,
each computed on first use and then kept:

* ``clean``: the `CleanText` (text, folded, lower case, offsets);
* ``sentences``: sentence spans;
* ``tokens``: one tokenization of the whole text, so a token index means the
  same thing to every parser;
* ``other_starts``: where words start other than after a space (for
  `vnpress.text.wordscan.WordPattern` scans).

All offsets here are clean-text offsets; `CleanText.span_fields` turns them
into the caller's, and `CleanText.clean_span` turns an item's back.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from vnpress.text.clean import CleanText
from vnpress.text.tokens import (
    GLUE,
    INITIAL_DOT,
    MISSING_SPACE,
    Tokens,
    token_range,
    tokenize_text,
)
from vnpress.text.wordscan import other_starts


class Analysis:
    """Sentences, tokens and word starts of one `CleanText`, each built once."""

    __slots__ = (
        "_glued",
        "_initial_dots",
        "_other_starts",
        "_sentence_starts",
        "_sentences",
        "_tokens",
        "clean",
    )

    def __init__(self, clean: CleanText) -> None:
        self.clean = clean
        self._sentences: tuple[tuple[int, int], ...] | None = None
        self._sentence_starts: list[int] = []
        self._tokens: Tokens | None = None
        self._other_starts: list[int] | None = None
        self._glued: list[int] | None = None
        self._initial_dots: list[int] | None = None

    # -- sentences ----------------------------------------------------------

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Sentence spans, in order."""
        if self._sentences is None:
            from vnpress.text.sentences import split_sentences

            self._sentences = tuple(split_sentences(self.clean.text))
            self._sentence_starts = [start for start, _ in self._sentences]
        return self._sentences

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence holding ``pos`` (-1 before the first)."""
        self.sentences  # noqa: B018  (computes them)
        return bisect_right(self._sentence_starts, pos) - 1

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos``."""
        i = self.sentence_index(pos)
        return (0, len(self.clean.text)) if i < 0 else self.sentences[i]

    def sentence_ends_between(self, start: int, end: int) -> bool:
        """Whether a sentence ends between ``start`` and ``end``, two positions
        where words start. Reads only that stretch unless the sentences are
        already known: the dates parser asks this and nothing else of them."""
        if self._sentences is None:
            from vnpress.text.sentences import ends_between

            return ends_between(self.clean.text, start, end)
        starts = self._sentence_starts
        return bisect_right(starts, start) != bisect_right(starts, end)

    # -- tokens -------------------------------------------------------------

    @property
    def tokens(self) -> Tokens:
        """Every word and mark of the text, in order (see `vnpress.text.tokens`)."""
        if self._tokens is None:
            clean = self.clean
            self._tokens = tokenize_text(
                clean.text,
                clean.lower,
                self.glued,
                self.initial_dots,
                clean.content_end,
                self.missing_spaces,
            )
        return self._tokens

    @property
    def token_starts(self) -> list[int]:
        """The start of each token, for bisection."""
        return self.tokens.starts

    def token_index(self, pos: int) -> int:
        """The index of the first token starting at or after ``pos``."""
        return bisect_left(self.token_starts, pos)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """``(i, j)``: the tokens that start in ``[start, end)``."""
        return token_range(self.token_starts, start, end)

    def sentence_tokens(self, pos: int) -> tuple[int, int]:
        """``(i, j)``: the tokens of the sentence holding ``pos``."""
        return self.token_range(*self.sentence_at(pos))

    # -- word starts and typos ------------------------------------------------

    @property
    def other_starts(self) -> list[int]:
        """Where words start other than after a space (`wordscan.other_starts`)."""
        if self._other_starts is None:
            self._other_starts = other_starts(self.clean.lower)
        return self._other_starts

    @property
    def glued(self) -> list[int]:
        """Where a typo glues a word to the one before (``Chủ tịchHội``): the
        start of the second word."""
        if self._glued is None:
            self._glued = [m.start() for m in GLUE.finditer(self.clean.text)]
        return self._glued

    @property
    def missing_spaces(self) -> list[int]:
        """Full stops with no space after them (``Trung Quốc.Trong``)."""
        return [m.start() for m in MISSING_SPACE.finditer(self.clean.text)]

    @property
    def initial_dots(self) -> list[int]:
        """The dot of each letter-and-dot the tokenizer reads as an initial (``V. Putin``)."""
        if self._initial_dots is None:
            clean = self.clean
            found = INITIAL_DOT.finditer(clean.lower, 0, clean.content_end)
            self._initial_dots = [m.start() for m in found]
        return self._initial_dots
