"""The cleaned view of a text that every parser reads.

Press text arrives messy: decomposed Unicode, non-breaking and other odd spaces,
zero-width characters, HTML entities (``&#34;``), numbers broken across lines
(``1.\\n000``) and sentences broken by hard line wraps. `CleanText` holds

* ``text``: the text with those repaired, otherwise as written;
* ``folded``: ``text`` with one tone-placement convention (same length), for matching;
* an `OffsetMap`, so that every span found in ``text`` maps back to the exact
  string the caller passed in.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from vnpress._lazy import compiled
from vnpress.text.offsets import Splicer
from vnpress.text.tones import fold_tones, lowered

if TYPE_CHECKING:
    import regex

    from vnpress.text.tokens import Token

# One-for-one replacements: they keep offsets, so they need no edit records.
_SAME_LENGTH = str.maketrans(
    {
        **{chr(c): " " for c in (0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000)},
        **{chr(c): " " for c in range(0x2000, 0x200B)},
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u0085": "\n",
    }
)

# Everything that changes length, in one pass. Each alternative starts with a
# distinctive character (no empty or space-led starts), so the scan is fast.
_REPAIRS = compiled(
    r"""
    (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
  | (?P<invisible>[\u200b\u200c\u200d\u2060\ufeff\u00ad]++)
    # combining marks: the base letter before them is taken into the edit
  | (?<=\P{M})(?P<combining>\p{M}++)
    # "1.\n000": a thousands group carried to the next line
  | (?<=\d[.,][ ]{0,8})(?P<number_break>\n\s{0,8}+)(?=\d{3}(?!\d))
    # "Mát-xcơ-\nva": a hyphenated word wrapped at its hyphen
  | (?<=\p{L}-[ ]{0,8})(?P<hyphen_break>\n[ ]{0,8}+)(?=\p{Ll})
    # a sentence hard-wrapped before a lower-case word
  | (?<=[\p{Ll},][ ]{0,8})(?P<line_wrap>\n[ ]{0,8}+)(?=\p{Ll})
    """,
    re.VERBOSE,  # the standard flag values are those of `regex`
)
# What a repair other than composing marks starts with: an entity's "&", an
# invisible character, or a line break.
_REPAIR_STARTS = re.compile("[&\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _repairs_needed(text: str, nfc: bool) -> Iterable[regex.Match[str]]:
    """The matches of `_REPAIRS` in ``text``, in order, found cheaply.

    In an NFC text, composing a base letter with the marks after it changes
    nothing, so only the rarer starts need a look: "&", invisible characters,
    and line breaks followed (after some white space) by a digit or a
    lower-case letter, the only lines a break repair joins. Trying the pattern
    just there finds what scanning the whole text would, about five times
    faster. Other texts (``nfc`` false) are scanned whole.
    """
    if not nfc:
        return _REPAIRS().finditer(text)
    starts = [m.start() for m in _REPAIR_STARTS.finditer(text)]
    line = text.find("\n")
    while line >= 0:
        after = text[line + 1 : line + 10].lstrip()[:1]
        if after and (after.isdigit() or after.islower()):
            starts.append(line)
        line = text.find("\n", line + 1)
    if not starts:
        return ()
    starts.sort()
    pattern = _REPAIRS()
    found: list[regex.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found


# Only texts holding one of these need the one-for-one pass.
_ODD_CHARACTERS = re.compile("[" + "".join(re.escape(chr(c)) for c in _SAME_LENGTH) + "]")


def _repair(match: regex.Match[str]) -> str:
    kind = match.lastgroup
    found = match.group()
    if kind == "entity":
        decoded = html.unescape(found)
        # An entity for a space (&nbsp;) or a line break becomes a plain space.
        return decoded.translate(_SAME_LENGTH) if decoded != found else found
    if kind == "combining":
        return unicodedata.normalize("NFC", match.string[match.start() - 1 : match.end()])
    if kind == "line_wrap":
        return " "
    return ""  # invisible characters, number and hyphen breaks


class CleanText:
    """A text cleaned for parsing, with offsets back to the original.

    >>> ct = CleanText("Ngày 1.\\n000 &amp; ho\\u00e0")
    >>> ct.text
    'Ngày 1.000 & hoà'
    >>> ct.folded[-3:]
    'hòa'
    >>> ct.original_span(5, 10)
    (5, 12)
    """

    __slots__ = (
        "_content_end",
        "_glued",
        "_initial_dots",
        "_sentence_starts",
        "_sentence_tokens",
        "_sentences",
        "_token_starts",
        "_tokens",
        "folded",
        "offsets",
        "original",
        "text",
    )

    def __init__(self, original: str) -> None:
        if not isinstance(original, str):
            raise TypeError(f"text must be str, not {type(original).__name__}")
        self.original = original
        spaced = original.translate(_SAME_LENGTH) if _ODD_CHARACTERS.search(original) else original
        nfc = unicodedata.is_normalized("NFC", spaced)
        splicer = Splicer(spaced)
        for match in _repairs_needed(spaced, nfc):
            start, end = match.span()
            if match.lastgroup == "combining":
                start -= 1  # the base letter the marks sit on
            replacement = _repair(match)
            if replacement != spaced[start:end]:
                splicer.replace(start, end, replacement)
        self.offsets = splicer.offsets
        text = splicer.result()
        if (text is not spaced or not nfc) and not unicodedata.is_normalized("NFC", text):
            # Rare: precomposed characters with singleton decompositions (U+212B).
            # Each maps to one character, so offsets are kept.
            text = "".join(
                ch if len(n := unicodedata.normalize("NFC", ch)) != 1 else n for ch in text
            )
        self.text = text
        self.folded = fold_tones(text)
        self._sentences: tuple[tuple[int, int], ...] | None = None
        self._sentence_starts: list[int] = []
        self._tokens: list[Token] | None = None
        self._token_starts: list[int] = []
        self._sentence_tokens: dict[int, list[Token]] = {}
        self._content_end = -1
        self._glued: list[int] | None = None
        self._initial_dots: list[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The ``(start, end)`` in the original string of clean ``[start, end)``."""
        if not self.offsets:
            return start, end
        return self.offsets.span(start, end)

    def span_fields(self, start: int, end: int) -> dict[str, Any]:
        """``text``, ``start`` and ``end`` of an item found at clean ``[start, end)``:
        the caller's own characters and offsets, ready for an item's constructor."""
        o_start, o_end = self.original_span(start, end)
        return {"text": self.original[o_start:o_end], "start": o_start, "end": o_end}

    def original_text(self, start: int, end: int) -> str:
        """The caller's own characters behind clean ``[start, end)``."""
        o_start, o_end = self.original_span(start, end)
        return self.original[o_start:o_end]

    def tidy(self, start: int, end: int) -> str:
        """Clean ``[start, end)`` with runs of white space made single spaces.

        Used for fields shown "as written" (names, titles) that are not offsets.
        """
        return " ".join(self.text[start:end].split())

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Sentence spans in clean offsets, computed once."""
        if self._sentences is None:
            from vnpress.text.sentences import split_sentences

            self._sentences = tuple(split_sentences(self.text))
            self._sentence_starts = [start for start, _ in self._sentences]
        return self._sentences

    @property
    def tokens(self) -> list[Token]:
        """Words and punctuation (see `vnpress.text.tokens`), computed once: the
        window of every sentence, sharing the sentences a parser's window has
        already tokenized."""
        if self._tokens is None:
            self._tokens, self._token_starts = self.window(start for start, _ in self.sentences)
        return self._tokens

    @property
    def token_starts(self) -> list[int]:
        """Start offset of each token, for bisection."""
        self.tokens  # noqa: B018  (computes them)
        return self._token_starts

    @property
    def content_end(self) -> int:
        """Where the text ends but for trailing white space."""
        if self._content_end < 0:
            n = len(self.text)
            while n and self.text[n - 1].isspace():
                n -= 1
            self._content_end = n
        return self._content_end

    @property
    def glued(self) -> list[int]:
        """Where a typo glues a word to the one before (``Chủ tịchHội``): the
        start of the second word, for the whole text, found once."""
        if self._glued is None:
            from vnpress.text.tokens import GLUE

            self._glued = [m.start() for m in GLUE.finditer(self.text)]
        return self._glued

    @property
    def initial_dots(self) -> list[int]:
        """The dot of each letter-and-dot the tokenizer reads as an initial
        (``V. Putin``), for the whole text, found once."""
        if self._initial_dots is None:
            from vnpress.text.tokens import INITIAL_DOT

            low = lowered(self.folded)
            self._initial_dots = [m.start() for m in INITIAL_DOT.finditer(low, 0, self.content_end)]
        return self._initial_dots

    def window(self, positions: Iterable[int], *, before: int = 0) -> tuple[list[Token], list[int]]:
        """``(tokens, starts)`` of the sentences holding ``positions``, and of the
        ``before`` sentences before each, in text order.

        Parsers that look only around their cue words (titles, cue verbs,
        document types) tokenize just those sentences: most of a news text has
        none, and tokenizing all of it would cost more than the parsing. Token
        indices are indices into this window; sentences missing from it are
        skipped, as sentence boundaries are. Each sentence is tokenized once per
        document, whichever parser asks first.
        """
        spans = self.sentences
        chosen: set[int] = set()
        for pos in positions:
            i = bisect_right(self._sentence_starts, pos) - 1
            if i >= 0 and pos < spans[i][1]:
                chosen.update(range(max(0, i - before), i + 1))
        tokens: list[Token] = []
        previous = -1
        for i in sorted(chosen):
            sentence = self._tokens_of_sentence(i)
            if i > previous + 1 and sentence and not sentence[0].newline_before:
                # A gap in the window is a boundary, like a line break: no scan
                # runs on from one sentence into another that is not next to it.
                tokens.append(sentence[0]._replace(newline_before=True))
                tokens += sentence[1:]
            else:
                tokens += sentence
            previous = i
        return tokens, [t.start for t in tokens]

    def _tokens_of_sentence(self, i: int) -> list[Token]:
        found = self._sentence_tokens.get(i)
        if found is None:
            from vnpress.text.tokens import tokenize

            spans = self.sentences
            # from the end of the sentence before, so that the first token sees
            # the line break before it
            start = spans[i - 1][1] if i > 0 else 0
            found = self._sentence_tokens[i] = tokenize(self, start, spans[i][1])
        return found

    def sentence_ends_between(self, start: int, end: int) -> bool:
        """Whether a sentence ends between ``start`` and ``end``, two clean
        positions where words start. Reads only that stretch of text unless the
        sentences are already known."""
        if self._sentences is None:
            from vnpress.text.sentences import ends_between

            return ends_between(self.text, start, end)
        starts = self._sentence_starts
        return bisect_right(starts, start) != bisect_right(starts, end)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The clean span of the sentence holding ``pos``."""
        spans = self.sentences
        i = bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return (0, len(self.text))
        return spans[i]
