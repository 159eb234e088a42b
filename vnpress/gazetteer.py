"""Every lexicon's entries in one document, found once and asked many times.

The parsers keep asking the same questions of a document: does a title start
at this token, where does the body starting here end, which countries does
this stretch name. `Gazetteer` answers them from the document's lexicon hits:
the longest entry of a lexicon at a word start, ``Hit(start, end, kind, value)``
in clean offsets. A lexicon a parser walks through (titles, cue verbs,
document types) is scanned whole, once; one asked about at a few positions
(bodies after a title) is matched just there, and each answer kept.

It reads one snapshot of each lexicon, taken when the document's first
question about that lexicon is asked, so a lexicon changed by another thread
in the middle of a parse does not change that parse's answers about it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping
from typing import NamedTuple

from vnpress import lexicons
from vnpress.lexicons import Lexicon, Snapshot, end_before, is_country_mention, key, word_before
from vnpress.text.analysis import Analysis


class Hit(NamedTuple):
    """An entry of lexicon ``kind`` at clean ``[start, end)``, with its value."""

    start: int
    end: int
    kind: str
    value: str


class _Index:
    """One lexicon's hits in one document."""

    __slots__ = ("at", "hit_starts", "scanned", "snapshot", "walk")

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.at: dict[int, Hit | None] = {}  # word start -> longest hit there
        self.scanned = False  # every word start with a hit is in `at`
        self.hit_starts: list[int] = []  # the word starts with a hit, in order
        self.walk: list[Hit] = []  # left to right, not overlapping


class Gazetteer:
    """The lexicon hits of one document (see the module's docstring)."""

    __slots__ = ("_glued", "_indexes", "_lexicons", "_longest", "analysis")

    def __init__(
        self, analysis: Analysis, lexicon_set: Mapping[str, Lexicon] | None = None
    ) -> None:
        self.analysis = analysis
        self._lexicons = lexicons.ALL if lexicon_set is None else lexicon_set
        self._indexes: dict[str, _Index] = {}
        self._glued: frozenset[int] | None = None
        # (position, kinds) -> the longest hit there: phrase searches overlap
        self._longest: dict[tuple[int, tuple[str, ...]], Hit | None] = {}

    def _index(self, kind: str) -> _Index:
        index = self._indexes.get(kind)
        if index is None:
            try:
                lexicon = self._lexicons[kind]
            except KeyError:
                known = ", ".join(self._lexicons)
                raise KeyError(f"no lexicon {kind!r}; known: {known}") from None
            index = self._indexes[kind] = _Index(lexicon.snapshot)
        return index

    def entries(self, kind: str) -> Mapping[str, str]:
        """The entries of lexicon ``kind`` this document is read with."""
        return self._index(kind).snapshot.entries

    # -- walking a lexicon through the document -----------------------------------

    def scan(self, kind: str) -> list[Hit]:
        """Every entry of ``kind`` in the text, left to right, not overlapping:
        at each word start the longest entry, then on from its end."""
        index = self._index(kind)
        if not index.scanned:
            self._scan(kind, index)
        return index.walk

    def _scan(self, kind: str, index: _Index) -> None:
        low = self.analysis.clean.lower
        entries = index.snapshot.entries
        # A glued word ("Chủ tịchHội") starts a word too, when asked about, but
        # not in the walk: the walk is what a word-start scan of the text finds.
        glued = self._glued_starts()
        others = sorted([*self.analysis.other_starts, *glued]) if glued else None
        at: dict[int, Hit | None] = {}
        walk: list[Hit] = []
        done = 0
        for start, end in index.snapshot.spans(low, others or self.analysis.other_starts):
            hit = Hit(start, end, kind, entries[key(low[start:end])])
            at[start] = hit
            if start >= done and start not in glued:
                walk.append(hit)
                done = max(hit.end, start + 1)
        index.at = at
        index.hit_starts = list(at)  # found in text order
        index.walk = walk
        index.scanned = True

    def _glued_starts(self) -> frozenset[int]:
        if self._glued is None:
            self._glued = frozenset(self.analysis.glued)
        return self._glued

    def within(self, kind: str, start: int, end: int) -> list[Hit]:
        """The entries of ``kind`` in ``[start, end)``, as a scan of just that
        stretch finds them: left to right, not overlapping, none reaching past
        ``end``."""
        index = self._index(kind)
        if not index.scanned:
            self._scan(kind, index)
        out: list[Hit] = []
        done = start
        starts = index.hit_starts
        for s in starts[bisect_left(starts, start) : bisect_left(starts, end)]:
            if s < done:
                continue
            hit = self.at(kind, s, end)
            if hit is not None:
                out.append(hit)
                done = max(hit.end, s + 1)
        return out

    # -- asking at a position ----------------------------------------------------

    def at(self, kind: str, pos: int, endpos: int | None = None) -> Hit | None:
        """The longest entry of ``kind`` starting at ``pos`` (a word start) and
        ending by ``endpos``, if any."""
        index = self._indexes.get(kind) or self._index(kind)
        if pos in index.at:
            hit = index.at[pos]
        elif index.scanned:
            hit = None
        else:
            hit = self._match(kind, index, pos, None)
            index.at[pos] = hit
        if endpos is not None and (
            (hit is not None and hit.end > endpos)
            or (hit is None and not self._word_ends_at(endpos))
        ):
            # Cut at ``endpos``, a shorter entry may fit; or, cut inside a word,
            # one that the word going on kept from matching ("Chủ tịchHội").
            return self._match(kind, index, pos, endpos)
        return hit

    def _word_ends_at(self, pos: int) -> bool:
        low = self.analysis.clean.lower
        return pos >= len(low) or not (low[pos].isalnum() or low[pos] == "_")

    def _match(self, kind: str, index: _Index, pos: int, endpos: int | None) -> Hit | None:
        low = self.analysis.clean.lower
        end = index.snapshot.match_lower(low, pos, endpos)
        if end is None:
            return None
        return Hit(pos, end, kind, index.snapshot.entries[key(low[pos:end])])

    def longest(self, pos: int, kinds: tuple[str, ...], endpos: int | None = None) -> Hit | None:
        """The longest entry of any of ``kinds`` starting at ``pos``; on a tie,
        the first kind's."""
        if endpos is None and (pos, kinds) in self._longest:
            return self._longest[pos, kinds]
        best: Hit | None = None
        for kind in kinds:
            hit = self.at(kind, pos, endpos)
            if hit is not None and (best is None or hit.end > best.end):
                best = hit
        if endpos is None:
            self._longest[pos, kinds] = best
        return best

    def first(self, kind: str, start: int, end: int) -> Hit | None:
        """The first entry of ``kind`` in ``[start, end)``."""
        found = self.within(kind, start, end)
        return found[0] if found else None

    def inside(self, kinds: tuple[str, ...]) -> Callable[[int], bool]:
        """A test of whether a position lies inside a hit of ``kinds`` (not at
        its start): a title word inside a place's name ("Phủ Chủ tịch"), a
        document's type word inside a body's ("Tổ chức Hiệp ước …")."""
        spans = sorted((h.start, h.end) for kind in kinds for h in self.scan(kind))
        starts = [s for s, _ in spans]
        reach: list[int] = []  # the furthest end of the spans up to each
        for _, end in spans:
            reach.append(max(end, reach[-1]) if reach else end)

        def covers(pos: int) -> bool:
            k = bisect_left(starts, pos) - 1
            return k >= 0 and reach[k] > pos

        return covers

    # -- what a stretch of text names ------------------------------------------

    def countries(self, start: int, end: int) -> list[str]:
        """ISO codes of the countries ``[start, end)`` names, in order (see
        `vnpress.lexicons.is_country_mention`)."""
        folded = self.analysis.clean.folded
        body_ends = {hit.end for hit in self.within("bodies", start, end)}
        out = []
        for hit in self.within("countries", start, end):
            before = word_before(folded, hit.start, start)
            if before and end_before(folded, hit.start) in body_ends:
                before = ""  # "Bộ Công Thương Lào": the word before ends a body's name
            if is_country_mention(folded, hit.start, before):
                out.append(hit.value)
        return out

    def words(self, hit: Hit) -> str:
        """The entry a hit found, folded and lower-cased (its lexicon key)."""
        return key(self.analysis.clean.lower[hit.start : hit.end])
