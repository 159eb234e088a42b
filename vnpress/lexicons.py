"""Phrase lists the parsers share: titles, bodies, countries, cue verbs, …

Each list is a data file in ``vnpress/data`` (documented in its header), read
on first use. Extend one at run time; every later parse sees the addition::

    from vnpress import lexicons
    lexicons.TITLES.add("Tổng Kiểm toán Nhà nước", "other")
    lexicons.COUNTRIES.add("Bờ Biển Ngà", "CI")

Entries are matched case-insensitively and in either tone placement
(``Uỷ ban`` = ``Ủy ban``), longest entry first. A value is checked against the
schema's vocabulary when the file is read and on `Lexicon.add`: a title's role,
a country's ISO code, a cue's commitment kind.

A lexicon is safe to change while other threads parse: its entries and
patterns are an immutable snapshot, and a change swaps in a new one.

Documents are scanned through `vnpress.gazetteer.Gazetteer`, once per
document and lexicon; the methods here answer for a phrase (a title, a name).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple, get_args

from vnpress import words as _words
from vnpress._data import read_data
from vnpress._trie import PhraseTrie
from vnpress.text.tones import fold_tones, lower_same_length
from vnpress.text.wordscan import WordPattern


@lru_cache(maxsize=8192)
def key(phrase: str) -> str:
    """The form entries are compared in: folded tones, lower case, single
    spaces, one kind of dash ("Việt Nam – EU" = "Việt Nam - EU")."""
    return " ".join(fold_tones(phrase).lower().translate(_DASHES).split())


_DASHES = str.maketrans({"–": "-", "—": "-"})


Check = Callable[[str], str | None]  # a value -> what is wrong with it, or None


class Found(NamedTuple):
    """An entry found in a phrase: where, its key and its value."""

    start: int
    end: int
    key: str
    value: str


class Snapshot:
    """One version of a lexicon's entries, as a prefix tree, with the pattern
    that scans documents for them compiled on first use. Never changed once
    made: a lexicon that changes makes a new one, so a thread never sees half
    a change."""

    __slots__ = (
        "_candidates",
        "_first",
        "_heads",
        "_scans",
        "_spans",
        "_trie",
        "_walks",
        "entries",
    )

    def __init__(self, entries: dict[str, str]) -> None:
        self.entries: Mapping[str, str] = MappingProxyType(entries)
        self._trie: PhraseTrie | None = None
        self._spans: WordPattern | None = None
        self._candidates: WordPattern | None = None
        self._scans = 0
        self._walks = 0
        self._heads: tuple[frozenset[str], frozenset[str]] | None = None
        self._first: frozenset[str] | None = None

    # Scanning runs the standard library's engine over lower-cased text: on a
    # plain alternation of words it compiles and scans several times faster than
    # `regex`. But compiling every lexicon's whole pattern is most of what a new
    # process spends before its first document, so a lexicon starts cheap and
    # compiles what pays once it has been used enough:
    # - a question at one position walks the prefix tree (no pattern at all);
    #   after `_WALKS_BEFORE_COMPILING` walks the whole pattern is compiled and
    #   matched there instead;
    # - a document is scanned for the entries' first words (a pattern a tenth
    #   the size), each found checked as a question at one position; after
    #   `_SCANS_BEFORE_COMPILING` documents the whole pattern scans instead.
    # Each way gives the same answer (tests compare them). Two threads may
    # build the same tree or pattern at once; both get the same one.

    def trie(self) -> PhraseTrie:
        if self._trie is None:
            self._trie = PhraseTrie(self.entries)
        return self._trie

    def heads(self) -> tuple[frozenset[str], frozenset[str]]:
        """The first two characters of each entry, or the first one where the
        second is a space (which may be written as several)."""
        if self._heads is None:
            phrases = self.entries
            two = {p[:2] for p in phrases if len(p) > 1 and p[1] != " "}
            one = {p[:1] for p in phrases if len(p) == 1 or p[1] == " "}
            self._heads = (frozenset(two), frozenset(one))
        return self._heads

    def first_characters(self) -> frozenset[str]:
        """Every character an entry starts with."""
        if self._first is None:
            self._first = frozenset(phrase[0] for phrase in self.entries)
        return self._first

    def word_pattern(self) -> WordPattern:
        """The entries as a `WordPattern`, for scanning documents."""
        if self._spans is None:
            self._spans = WordPattern(
                rf"(?:{self.trie().pattern()})(?![^\W_])", self.first_characters()
            )
        return self._spans

    def spans(self, low: str, others: list[int]) -> list[tuple[int, int]]:
        """``(start, end)`` of the longest entry at every word start of
        lower-case ``low`` that has one, in order; ``others`` are the word
        starts not after a space (`vnpress.text.wordscan.other_starts`)."""
        self._scans += 1
        if self._scans > _SCANS_BEFORE_COMPILING:
            return self.word_pattern().spans(low, others)
        if self._candidates is None:
            first_words = PhraseTrie({phrase.split(" ", 1)[0] for phrase in self.entries})
            self._candidates = WordPattern(first_words.pattern(), self.first_characters())
        after_space = self._candidates.starts(low, [])
        first = self.first_characters()
        starts = sorted([*after_space, *(p for p in others if low[p] in first)])
        return [(p, end) for p in starts if (end := self.match_lower(low, p)) is not None]

    def match_lower(self, low: str, pos: int, endpos: int | None = None) -> int | None:
        """The end of the longest entry starting exactly at ``pos`` of
        lower-case ``low`` (and ending by ``endpos``)."""
        two, one = self.heads()
        # Most words open no entry: a set lookup on the first two letters says
        # so faster than a walk into the tree or a match.
        if low[pos : pos + 2] not in two and low[pos : pos + 1] not in one:
            return None
        if self._walks < _WALKS_BEFORE_COMPILING:
            self._walks += 1
            return self.trie().longest(low, pos, endpos)
        m = self.word_pattern().pattern.match(low, pos, len(low) if endpos is None else endpos)
        return None if m is None else m.end()

    def search_lower(self, low: str, pos: int = 0, endpos: int | None = None) -> int | None:
        """Where the first entry in ``low[pos:endpos]`` that starts a word
        starts (a letter or digit before it continues the word before)."""
        first = self.first_characters()
        end = len(low) if endpos is None else min(endpos, len(low))
        for start in range(pos, end):
            if (
                low[start] in first
                and (start == 0 or not low[start - 1].isalnum())
                and self.match_lower(low, start, end) is not None
            ):
                return start
        return None


# How many questions at one position, and how many documents scanned, before
# a lexicon compiles its whole pattern: a walk costs about a microsecond more
# than a compiled match, a first-word scan a little more than a whole one, and
# compiling a big lexicon's pattern a few milliseconds.
_WALKS_BEFORE_COMPILING = 2000
_SCANS_BEFORE_COMPILING = 64


class Lexicon:
    """Phrases with a value each, matched over tone-folded text in any case."""

    def __init__(
        self, filename: str, *, layout: str = "tsv", check: Check | None = None, what: str = ""
    ) -> None:
        """``layout``: ``tsv`` (phrase, tab, value), ``lines`` (a phrase a line),
        ``words`` (white-space separated one-word entries) or ``records`` (an
        id, fields, and ";"-separated names in the last column, each name an
        entry whose value is the id; `records` holds the fields). ``check``
        says what is wrong with a value (None when it is right)."""
        self.filename = filename
        self.what = what or filename.rsplit(".", 1)[0].replace("_", " ")
        self._layout = layout
        self._check = check
        self._snapshot: Snapshot | None = None
        self._lock = threading.RLock()  # `add` reads the snapshot, which may load it
        self._records: dict[str, tuple[str, ...]] = {}
        self._capitals: set[str] = set()  # keys of names written in capitals only

    @property
    def snapshot(self) -> Snapshot:
        """The current version of the entries (what one parse should read)."""
        snapshot = self._snapshot
        if snapshot is None:
            with self._lock:
                if self._snapshot is None:
                    self._snapshot = Snapshot(self._read())
                snapshot = self._snapshot
        return snapshot

    def _read(self) -> dict[str, str]:
        entries: dict[str, str] = {}
        text = read_data(self.filename)
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            if self._layout == "tsv":
                phrase, _, value = line.partition("\t")
                value = value.strip()
                self._validate(value, f"{self.filename}:{n}: {phrase!r}")
                entries[key(phrase)] = value
            elif self._layout == "lines":
                entries[key(line)] = ""
            elif self._layout == "records":
                record_id, *fields, names = line.split("\t")
                self._validate("\t".join(fields), f"{self.filename}:{n}: {record_id!r}")
                self._records[record_id] = tuple(f.strip() for f in fields)
                for name in names.split(";"):
                    if name.strip():
                        entries[key(name)] = record_id
                        if name.strip().isupper():
                            self._capitals.add(key(name))
            else:
                for word in line.split():
                    entries[key(word)] = ""
        return entries

    def _validate(self, value: str, where: str) -> None:
        if self._check is not None and (problem := self._check(value)) is not None:
            raise ValueError(f"{where}: {problem}")

    @property
    def records(self) -> Mapping[str, tuple[str, ...]]:
        """For a ``records`` lexicon: each id's fields (the columns between the
        id and the names)."""
        self.snapshot  # noqa: B018  (reads the file)
        return MappingProxyType(self._records)

    def written_as_listed(self, written: str) -> bool:
        """False for an entry listed in capitals (an acronym: ``DOC``) written
        otherwise (``doc``): an acronym is matched only as written."""
        self.snapshot  # noqa: B018  (reads the file)
        return written.isupper() or key(written) not in self._capitals

    @property
    def entries(self) -> Mapping[str, str]:
        """Every entry, keyed by its folded, lower-case form (read-only)."""
        return self.snapshot.entries

    def add(self, phrase: str, value: str = "") -> None:
        """Add (or replace) an entry; takes effect for every later parse.

        Raises `ValueError` for an empty phrase or a value outside the
        lexicon's vocabulary (a title's role, a country's ISO code …).
        """
        if not isinstance(phrase, str) or not phrase.strip():
            raise ValueError(f"cannot add an empty phrase to {self.what}")
        if self._layout == "records":
            if value not in self.records:  # a new name of a listed record
                known = ", ".join(list(self.records)[:8])
                raise ValueError(f"{self.what}: no record {value!r}; known ones include {known}")
        else:
            self._validate(value, f"{self.what}: {phrase!r}")
        with self._lock:
            entries = dict(self.snapshot.entries)
            entries[key(phrase)] = value
            self._snapshot = Snapshot(entries)

    def remove(self, phrase: str) -> None:
        """Remove an entry (no error if it is not there)."""
        with self._lock:
            entries = dict(self.snapshot.entries)
            if entries.pop(key(phrase), None) is not None:
                self._snapshot = Snapshot(entries)

    def get(self, phrase: str) -> str | None:
        return self.snapshot.entries.get(key(phrase))

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and key(phrase) in self.snapshot.entries

    def __repr__(self) -> str:
        return f"<Lexicon {self.what}: {len(self.entries)} entries>"

    # -- phrases (documents go through the gazetteer) -------------------------

    # Each call reads one snapshot, so that a lexicon changed by another thread
    # meanwhile does not mix two versions into one answer.

    @staticmethod
    def _found(snapshot: Snapshot, low: str, start: int | None, endpos: int | None) -> Found | None:
        if start is None:
            return None
        end = snapshot.match_lower(low, start, endpos)
        if end is None:
            return None
        entry = key(low[start:end])
        return Found(start, end, entry, snapshot.entries[entry])

    def search(self, folded: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        """The first entry in ``folded[pos:endpos]`` (tone-folded text, any case)
        that starts a word."""
        low, snapshot = lower_same_length(folded), self.snapshot
        return self._found(snapshot, low, snapshot.search_lower(low, pos, endpos), endpos)

    def finditer(self, folded: str) -> Iterator[Found]:
        """Every entry in ``folded`` (tone-folded text, any case), left to right,
        not overlapping: at each word start the longest, then on from its end."""
        low, snapshot = lower_same_length(folded), self.snapshot
        pos = 0
        while True:
            found = self._found(snapshot, low, snapshot.search_lower(low, pos), None)
            if found is None:
                return
            yield found
            pos = max(found.end, found.start + 1)

    def match(self, folded: str, pos: int, endpos: int | None = None) -> Found | None:
        """The longest entry starting exactly at ``pos`` (a word start), if any."""
        return self._found(self.snapshot, lower_same_length(folded), pos, endpos)

    def value_at(self, folded: str, pos: int = 0) -> str | None:
        """The value of the longest entry starting at ``pos``, if any."""
        found = self.match(folded, pos)
        return None if found is None else found.value


# -- the vocabularies values are checked against --------------------------------


def _one_of(values: Iterable[str], what: str) -> Check:
    allowed = frozenset(values)

    def check(value: str) -> str | None:
        if value in allowed:
            return None
        return f"{value!r} is not a {what}; use one of: {', '.join(sorted(allowed))}"

    return check


_ISO = re.compile(r"[A-Z]{2}")


def _country_code(*, international: bool) -> Check:
    """An ISO 3166-1 alpha-2 code (or, where ``international``, empty for none)."""

    def check(value: str) -> str | None:
        if _ISO.fullmatch(value) or (international and value == ""):
            return None
        empty = " or empty for an international one" if international else ""
        return f"{value!r} is not an ISO 3166-1 alpha-2 country code (such as VN){empty}"

    return check


def _person(value: str) -> str | None:
    """A listed person's value: a country code (empty: international), and
    optionally a role."""
    code, _, role = value.partition(" ")
    problem = _country_code(international=True)(code)
    if problem is None and role and role not in _vocabulary("Role"):
        problem = f"{role!r} is not a role"
    return problem


def _vocabulary(name: str) -> tuple[str, ...]:
    from vnpress import model

    return tuple(get_args(getattr(model, name)))


# "counterpart" (người đồng cấp) takes the role of the person met.
TITLE_ROLES = (*_vocabulary("Role"), "counterpart")

TITLES = Lexicon("titles.tsv", check=_one_of(TITLE_ROLES, "role"))
COUNTRIES = Lexicon("countries.tsv", check=_country_code(international=False))
BODIES = Lexicon("bodies.tsv", check=_country_code(international=True))
ORG_HEADS = Lexicon("org_heads.txt", layout="lines", what="body heads")
SURNAMES = Lexicon("surnames.txt", layout="words")
PLACES = Lexicon("places.txt", layout="lines")
PEOPLE = Lexicon("people.tsv", check=_person)
AGREEMENT_TYPES = Lexicon(
    "agreement_types.tsv", check=_one_of(_vocabulary("AgreementType"), "agreement type")
)
CUES = Lexicon("cues.tsv", check=_one_of(_vocabulary("CommitmentKind"), "commitment kind"))
CAPITALS = Lexicon("capitals.tsv", check=_country_code(international=True))
VENUES = Lexicon("venues.tsv", check=_country_code(international=True))


def _instrument(fields: str) -> str | None:
    kind = fields.split("\t")[0]
    return _one_of(_vocabulary("AgreementType"), "agreement type")(kind)


INSTRUMENTS = Lexicon("instruments.tsv", layout="records", check=_instrument)


def _event_trigger(value: str) -> str | None:
    kind, _, form = value.partition("\t")
    problem = _one_of(_vocabulary("EventType"), "event type")(kind)
    if problem is None and form not in EVENT_FORMS:
        problem = f"{form!r} is not an event trigger's form ({', '.join(EVENT_FORMS)})"
    return problem


#: How an event trigger names its event (see data/events.tsv).
EVENT_FORMS = ("noun", "verb", "name")
EVENT_TRIGGERS = Lexicon("events.tsv", check=_event_trigger)


def _member_codes(value: str) -> str | None:
    bad = [code for code in value.split() if not _ISO.fullmatch(code)]
    return f"{' '.join(bad)!r}: not ISO 3166-1 alpha-2 codes" if bad or not value else None


#: Groups of countries and their members: NAME<TAB>CODES.
GROUPS = Lexicon("groups.tsv", check=_member_codes)

#: Every lexicon by the name the gazetteer files its hits under.
ALL: Mapping[str, Lexicon] = {
    "titles": TITLES,
    "countries": COUNTRIES,
    "bodies": BODIES,
    "org_heads": ORG_HEADS,
    "surnames": SURNAMES,
    "places": PLACES,
    "people": PEOPLE,
    "event_triggers": EVENT_TRIGGERS,
    "groups": GROUPS,
    "agreement_types": AGREEMENT_TYPES,
    "cues": CUES,
    "capitals": CAPITALS,
    "venues": VENUES,
    "instruments": INSTRUMENTS,
}


# -- queries on phrases ------------------------------------------------------------


_COUNTRY_NOUNS = frozenset(_words.word_set("country_nouns"))


def is_country_mention(text: str, start: int, word_before: str) -> bool:
    """Whether a country name found at ``text[start]`` names the country: a
    proper noun (``Tư pháp`` does not name France), not the end of a personal
    name (``Anh`` in ``Trần Tuấn Anh``) unless a title stands before it."""
    if not text[start].isupper():
        return False
    if word_before.lower() in _COUNTRY_NOUNS:
        return True  # "Phía Trung Quốc", "Nước Lào": a noun that stands for the country
    return not (word_before and word_before[0].isupper() and word_before not in TITLES)


_WORD_BEFORE = re.compile(r"(\S+)[ ]+$")


def word_before(text: str, start: int, floor: int = 0) -> str:
    """The word before ``start`` (within a few dozen characters, not before ``floor``)."""
    m = _WORD_BEFORE.search(text, max(floor, start - 24), start)
    return m.group(1) if m else ""


def countries_in(text: str) -> list[str]:
    """ISO codes of the countries a phrase names (tone-folded, case kept), in order:
    ``Bộ trưởng Bộ Công Thương Lào`` names Laos, the word before it ending a body."""
    body_ends = {m.end for m in BODIES.finditer(text)}
    return [
        m.value
        for m in COUNTRIES.finditer(text)
        if is_country_mention(text, m.start, _word_before_unless_body(text, m.start, body_ends))
    ]


def _word_before_unless_body(text: str, start: int, body_ends: set[int]) -> str:
    """The word before ``start``, or "" when a body's name ends there."""
    before = word_before(text, start)
    return "" if end_before(text, start) in body_ends else before


def end_before(text: str, pos: int) -> int:
    """Where the text before ``pos`` ends, past the spaces just before it
    (walked, not copied: this is asked once per country a document names)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def body_country(text: str) -> tuple[bool, str | None]:
    """Whether a phrase names a known body, and that body's country (None: international)."""
    m = BODIES.search(text)
    if m is None:
        return False, None
    return True, m.value or None
