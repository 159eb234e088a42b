"""Word lists the parsers share: titles, bodies, countries, surnames, places.

Each list is a data file in ``vnpress/data`` (documented in its header), read
on first use. Extend one at run time; every parser sees the addition::

    from vnpress import lexicons
    lexicons.TITLES.add("Tổng Kiểm toán Nhà nước", "other")
    lexicons.COUNTRIES.add("Bờ Biển Ngà", "CI")

Entries are matched case-insensitively and in either tone placement
(``Uỷ ban`` = ``Ủy ban``), longest entry first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import files

from vnpress._trie import trie_pattern
from vnpress.text.tones import fold_tones, lowered
from vnpress.text.wordscan import WordPattern


@lru_cache(maxsize=8192)
def key(phrase: str) -> str:
    """The form entries are compared in: folded tones, lower case, single spaces."""
    return " ".join(fold_tones(phrase).lower().split())


class Lexicon:
    """Phrases with a value each, and a compiled matcher over folded text."""

    def __init__(self, filename: str, *, layout: str = "tsv") -> None:
        """``layout``: ``tsv`` (phrase, tab, value), ``lines`` (a phrase a line)
        or ``words`` (white-space separated one-word entries)."""
        self.filename = filename
        self._layout = layout
        self._entries: dict[str, str] | None = None
        self._anchored: re.Pattern[str] | None = None
        self._fast: re.Pattern[str] | None = None
        self._words: WordPattern | None = None
        self._heads: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())

    def _load(self) -> dict[str, str]:
        if self._entries is None:
            entries: dict[str, str] = {}
            text = (
                files("vnpress")
                .joinpath("data")
                .joinpath(self.filename)
                .read_text(encoding="utf-8")
            )
            for line in text.splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                if self._layout == "tsv":
                    phrase, _, value = line.partition("\t")
                    entries[key(phrase)] = value.strip()
                elif self._layout == "lines":
                    entries[key(line)] = ""
                else:
                    for word in line.split():
                        entries[key(word)] = ""
            self._entries = entries
        return self._entries

    @property
    def entries(self) -> dict[str, str]:
        """Every entry, keyed by its folded, lower-case form."""
        return self._load()

    def add(self, phrase: str, value: str = "") -> None:
        """Add (or replace) an entry; takes effect for every later parse."""
        if not phrase.strip():
            raise ValueError("cannot add an empty phrase")
        self._load()[key(phrase)] = value
        self._anchored = self._fast = self._words = None

    def remove(self, phrase: str) -> None:
        """Remove an entry (no error if it is not there)."""
        self._load().pop(key(phrase), None)
        self._anchored = self._fast = self._words = None

    def get(self, phrase: str) -> str | None:
        return self._load().get(key(phrase))

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and key(phrase) in self._load()

    def _alternation(self) -> str:
        """Every entry, as a prefix tree that tries the longest first, any spacing."""
        return trie_pattern(self._load())

    # Matching runs the standard library's engine over the lower-cased text: on a
    # plain alternation of words it compiles and scans several times faster than
    # `regex`, which matters most for the first document a process parses.
    # Matched text comes back lower-cased; read the caller's own characters
    # through the match's offsets.

    def _search_pattern(self) -> re.Pattern[str]:
        if self._fast is None:
            self._fast = re.compile(rf"(?<![^\W_])(?:{self._alternation()})(?![^\W_])")
        return self._fast

    def search(self, folded: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first entry in ``folded[pos:endpos]`` (tone-folded text, any case)."""
        low = lowered(folded)
        return self._search_pattern().search(low, pos, len(low) if endpos is None else endpos)

    def finditer(self, folded: str) -> Iterator[re.Match[str]]:
        """Every entry in ``folded`` (tone-folded text, any case), left to right."""
        low = lowered(folded)
        if len(low) < _WHOLE_TEXT:
            return self._search_pattern().finditer(low)
        if self._words is None:
            entries = self._load()
            self._words = WordPattern(
                rf"(?:{self._alternation()})(?![^\W_])", (phrase[0] for phrase in entries)
            )
        return iter(self._words.finditer(low))

    def match(self, folded: str, pos: int, endpos: int | None = None) -> re.Match[str] | None:
        """The longest entry starting exactly at ``pos`` (a token start), if any."""
        if self._anchored is None:
            self._anchored = re.compile(rf"(?:{self._alternation()})(?![^\W_])")
            self._heads = _heads(self._load())
        low = lowered(folded)
        two, one = self._heads
        # Most words open no entry: a set lookup on the first two letters says
        # so several times faster than a failed match of the whole lexicon.
        if low[pos : pos + 2] not in two and low[pos : pos + 1] not in one:
            return None
        return self._anchored.match(low, pos, len(low) if endpos is None else endpos)


# From this length on, a text is scanned as a document (`WordPattern`), below it
# as a phrase, which one pattern scans faster than the three a document needs.
_WHOLE_TEXT = 256


def _heads(phrases: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first two characters of each phrase, or the first one where the
    second is a space (which may be written as several)."""
    two = {p[:2] for p in phrases if len(p) > 1 and p[1] != " "}
    one = {p[:1] for p in phrases if len(p) == 1 or p[1] == " "}
    return frozenset(two), frozenset(one)


TITLES = Lexicon("titles.tsv")
COUNTRIES = Lexicon("countries.tsv")
BODIES = Lexicon("bodies.tsv")
ORG_HEADS = Lexicon("org_heads.txt", layout="lines")
SURNAMES = Lexicon("surnames.txt", layout="words")
PLACES = Lexicon("places.txt", layout="lines")
PEOPLE = Lexicon("people.tsv")
AGREEMENT_TYPES = Lexicon("agreement_types.tsv")
CUES = Lexicon("cues.tsv")
CAPITALS = Lexicon("capitals.tsv")
