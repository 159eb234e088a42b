"""Who commits: the clause's subject, resolved to officials and countries.

The subject is the noun phrase opening the clause: capitalised words, an
official's mention, and the words noun phrases are made of (``hai``, ``các``,
``nhà``, ``lãnh đạo``, ``phía``, ``chúng tôi`` …). A clause with no subject of
its own shares the last one of its sentence (``Hai bên nhất trí A; nhất trí B``).
``Ông`` or a bare title (``Tổng thống``) points back to the last official so
named; ``Hai lãnh đạo``, ``hai bên`` are the two leaders the document is about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import attrs

from vnpress import lexicons
from vnpress.commitments.clauses import Clause
from vnpress.lexicons import key
from vnpress.model import Document, Official
from vnpress.text.tokens import trim_end
from vnpress.words import phrases, word_set

# Words a subject noun phrase is made of, besides names and titles.
NP_WORDS = word_set("subject_words")
# Words that open an adverbial, not a subject ("Tại cuộc hội đàm", "Tuy nhiên").
NOT_SUBJECT = word_set("adverbial_openers")
_LEADING = word_set("leading_conjunctions")
PRONOUNS = word_set("honorifics")
_BOTH = phrases("both_sides")
# How far back a subject or a named official is looked for: bounded, so that a
# giant sentence or a long list of mentions costs linear time.
_LOOK_BACK = 40
_LOOK_BACK_TOKENS = 80
# Nouns that name someone who can commit ("hai bên", "giới chức", "nhà lãnh đạo").
AGENT_NOUNS = word_set("agent_nouns")
_TRAILING = word_set("connectives") | word_set("subject_connectives")


@attrs.frozen
class Actor:
    text: str
    first: int  # token index
    last: int
    in_clause: bool
    person_ids: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()

    @property
    def is_agent(self) -> bool:
        """Someone who can commit: an official, a country, "chúng tôi", "hai nước"."""
        words = key(self.text).split()
        return bool(self.person_ids or self.countries) or any(w in AGENT_NOUNS for w in words)


# What a subject may open with that makes it whole: a title, a body, a country
# or a capital standing for its government ("Washington", "Điện Kremlin").
_KNOWN_PHRASES = ("titles", "bodies", "countries", "capitals")


class ActorResolver:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.gaz = doc.gazetteer
        self.tokens = self.gaz.analysis.tokens
        self.clean = self.gaz.analysis.clean
        self.officials = sorted(doc.officials, key=lambda o: o.start)
        self._official_starts = [o.start for o in self.officials]
        self._official_tokens = self._mark_officials()
        self._last: dict[int, Actor] = {}  # per sentence: the last subject found
        self._leaders = self._two_leaders()

    def _mark_officials(self) -> set[int]:
        """The tokens inside an official's mention."""
        marked: set[int] = set()
        analysis = self.gaz.analysis
        for o in self.officials:
            i, j = analysis.token_range(*self.clean.clean_span(o.start, o.end))
            # and a token the mention starts inside of
            if i > 0 and self.tokens[i - 1].end > self.clean.clean_span(o.start, o.end)[0]:
                i -= 1
            marked.update(range(i, j))
        return marked

    def _two_leaders(self) -> list[Official]:
        counts = Counter(o.person_id for o in self.officials)
        first_seen: dict[str, Official] = {}
        for o in self.officials:
            first_seen.setdefault(o.person_id, o)
        ranked = sorted(first_seen.values(), key=lambda o: (-counts[o.person_id], o.start))
        return ranked[:2]

    def actor(self, clause: Clause) -> Actor | None:
        found = self._subject(clause)
        if found is not None:
            self._last[clause.sentence_start] = found
            return found
        shared = self._last.get(clause.sentence_start) or self._sentence_subject(clause)
        if shared is None:
            return None
        shared = attrs.evolve(shared, in_clause=False)
        self._last[clause.sentence_start] = shared
        return shared

    def _noun_phrase(self, i: int, stop: int) -> tuple[int, int] | None:
        tokens = self.tokens
        lows, starts, text = tokens.lows, tokens.starts, self.clean.text
        while i < stop and lows[i] in _LEADING and tokens.text(i).islower():
            i += 1
        if i >= stop or lows[i] in NOT_SUBJECT:
            return None
        j = i
        while j < stop:
            known = self._known_phrase_end(starts[j])
            if known is not None:
                while j < stop and starts[j] < known:
                    j += 1  # "Chủ tịch nước", "Bộ Ngoại giao": a title or body, whole
                continue
            first = text[starts[j]]
            joins_names = lows[j] in ("-", "–") and j > i and j + 1 < stop
            if (
                j in self._official_tokens
                or first.isupper()
                or lows[j] in NP_WORDS
                or joins_names
                or first.isdigit()
            ):
                j += 1
            else:
                break
        j = trim_end(tokens, i, j, _TRAILING)
        if j == i or not self._names_an_agent(i, j):
            return None  # "Tháng 9", "Điều này", "S-400": not someone who commits
        return i, j

    def _known_phrase_end(self, pos: int) -> int | None:
        hit = self.gaz.longest(pos, _KNOWN_PHRASES)
        return None if hit is None else hit.end

    def _names_an_agent(self, i: int, j: int) -> bool:
        """An official, a title, a body, a country, a pronoun or an agent noun."""
        lows, starts = self.tokens.lows, self.tokens.starts
        for k in range(i, j):
            if k in self._official_tokens or lows[k] in AGENT_NOUNS:
                return True
            if self._known_phrase_end(starts[k]) is not None:
                return True
        return False

    def _subject(self, clause: Clause) -> Actor | None:
        span = self._noun_phrase(clause.segment_start, clause.cue.first)
        return self._resolve(span, clause, in_clause=True) if span else None

    def _sentence_subject(self, clause: Clause) -> Actor | None:
        """The subject of the nearest earlier clause of the sentence that has one."""
        first = max(clause.sentence_start, clause.segment_start - _LOOK_BACK_TOKENS)
        lows = self.tokens.lows
        starts = [first] + [k + 1 for k in range(first, clause.segment_start) if lows[k] in ",;:"]
        for start in reversed(starts):
            if start >= clause.segment_start:
                continue
            span = self._noun_phrase(start, clause.segment_start)
            if span is not None:
                return self._resolve(span, clause, in_clause=False)
        return None

    def _resolve(self, span: tuple[int, int], clause: Clause, *, in_clause: bool) -> Actor:
        i, j = span
        tokens = self.tokens
        text = self.clean.tidy(tokens[i].start, tokens[j - 1].end)
        o_start, o_end = self.clean.original_span(tokens[i].start, tokens[j - 1].end)
        people = self._officials_within(o_start, o_end)
        low = key(text)
        if not people and (low in PRONOUNS or low in lexicons.TITLES):
            people = self._last_named(o_start, None if low in PRONOUNS else low)
        elif not people and low.startswith(_BOTH):
            people = self._leaders
        ids = tuple(dict.fromkeys(o.person_id for o in people))
        countries = self.gaz.countries(tokens[i].start, tokens[j - 1].end)
        capital = self.gaz.first("capitals", tokens[i].start, tokens[j - 1].end)
        if capital is not None and capital.value:
            countries.append(capital.value)
        countries += [o.country for o in people if o.country]
        return Actor(text, i, j, in_clause, ids, tuple(dict.fromkeys(countries)))

    def _officials_within(self, start: int, end: int) -> list[Official]:
        """Officials whose mention overlaps ``[start, end)`` (original offsets)."""
        k = bisect_left(self._official_starts, end)
        out: list[Official] = []
        while k > 0 and len(out) < _LOOK_BACK:
            o = self.officials[k - 1]
            if o.end <= start:
                break
            out.append(o)
            k -= 1
        return out[::-1]

    def _last_named(self, before: int, title: str | None) -> list[Official]:
        """The official last mentioned before ``before`` (with that title, if given),
        looking back a bounded number of mentions."""
        k = bisect_left(self._official_starts, before)
        for o in reversed(self.officials[max(0, k - _LOOK_BACK) : k]):
            if title is None or any(key(t).startswith(title) for t in o.titles):
                return [o]
        return []
