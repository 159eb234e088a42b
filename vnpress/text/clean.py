"""The cleaned view of a text that every parser reads.

Press text arrives messy: decomposed Unicode, non-breaking and other odd spaces,
zero-width characters, HTML entities (``&#34;``), numbers broken across lines
(``1.\\n000``) and sentences broken by hard line wraps. `CleanText` holds

* ``text``: the text with those repaired, otherwise as written;
* ``folded``: ``text`` with one tone-placement convention (same length), for matching;
* ``lower``: ``folded`` in lower case (same length), what lexicons and the date
  grammar match against;
* an `OffsetMap`, so that every span found in ``text`` maps back to the exact
  string the caller passed in.

It is a value: what parsers derive from it (sentences, tokens, lexicon hits)
lives in `vnpress.text.analysis.Analysis`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from vnpress._lazy import compiled
from vnpress.text.offsets import Splicer
from vnpress.text.tones import fold_tones, lower_same_length

if TYPE_CHECKING:
    import regex

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

    Examples:
        >>> ct = CleanText("Ngày 1.\\n000 &amp; ho\\u00e0")
        >>> ct.text
        'Ngày 1.000 & hoà'
        >>> ct.folded[-3:]
        'hòa'
        >>> ct.original_span(5, 10)
        (5, 11)
    """

    __slots__ = ("content_end", "folded", "lower", "offsets", "original", "text")

    def __init__(self, original: str) -> None:
        if not isinstance(original, str):
            raise TypeError(f"text must be str, not {type(original).__name__}")
        self.original = original
        spaced = original.translate(_SAME_LENGTH) if _ODD_CHARACTERS.search(original) else original
        nfc = unicodedata.is_normalized("NFC", spaced)
        splicer = Splicer(spaced)
        repaired_to = 0  # the end of the last stretch replaced
        for match in _repairs_needed(spaced, nfc):
            start, end = match.span()
            if match.lastgroup == "combining" and start - 1 >= repaired_to:
                start -= 1  # the base letter the marks sit on
                replacement = _repair(match)
            elif match.lastgroup == "combining":
                # the "base" was itself repaired away (an invisible character):
                # the marks alone, in canonical order
                replacement = unicodedata.normalize("NFC", match.group())
            else:
                replacement = _repair(match)
            if replacement != spaced[start:end]:
                splicer.replace(start, end, replacement)
                repaired_to = end
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
        self.lower = lower_same_length(self.folded)
        #: Where the text ends but for trailing white space.
        self.content_end = len(text.rstrip())

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The ``(start, end)`` in the original string of clean ``[start, end)``."""
        if not self.offsets:
            return start, end
        return self.offsets.span(start, end)

    def clean_span(self, start: int, end: int) -> tuple[int, int]:
        """The clean ``(start, end)`` of original ``[start, end)`` (an item's offsets)."""
        if not self.offsets:
            return start, end
        return self.offsets.clean_span(start, end)

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
