"""Who commits: the clause's subject, resolved to officials and countries.

The subject is the noun phrase opening the clause: capitalised words, an
official's mention, a title, a body, an organisation (``Tập đoàn …``, ``UBND
tỉnh …``), a place, a document that states positions (``Thông cáo chung``,
``các văn bản``) and the words noun phrases are made of (``hai``, ``các``,
``lãnh đạo``, ``phía``, ``chúng tôi`` …). A clause with no subject of its own
shares the last one of its sentence (``Hai bên nhất trí A; nhất trí B``), or,
after a reported clause, that clause's subject (``Thủ tướng khẳng định Việt
Nam coi trọng …, mong muốn …``: Việt Nam wishes). ``Ông`` or a bare title
(``Tổng thống``) points back to the last official so named; ``Hai bên``,
``hai lãnh đạo`` are the two sides last named before it.

A quote's commitments belong to its speaker, named before it (``X nói: “…”``)
or after it (``“…” - X nhấn mạnh``), unless the quote speaks in the first
person (``chúng ta cần …``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import attrs

from vnpress import lexicons
from vnpress.commitments.clauses import Clause
from vnpress.commitments.cues import NEGATIONS, REPORTING
from vnpress.lexicons import key
from vnpress.model import Document, Official
from vnpress.text.marks import DOUBLE_QUOTES
from vnpress.text.tokens import trim_end
from vnpress.words import PhraseSet, phrase_set, phrases, word_set

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
# How many earlier clauses of the sentence are tried for a shared subject.
_MOST_CLAUSES_BACK = 8
# Nouns that name someone who can commit ("hai bên", "giới chức", "nhà lãnh đạo").
AGENT_NOUNS = word_set("agent_nouns")
_TRAILING = word_set("connectives") | word_set("subject_connectives")
_DOCUMENTS = phrase_set("document_agents")
FIRST_PERSON = phrase_set("first_person")
_INCLUSIVE = frozenset(phrases("inclusive_we"))
_INANIMATE = phrase_set("inanimate_subjects")
_ADVERBS = word_set("verb_adverbs")
# Nouns a subject may open with although their first word often opens an
# adverbial ("Thông cáo chung …", not "Thông qua"; "Đồng chí …", not "Đồng thời").
_OPENING_NOUNS = _DOCUMENTS | phrase_set("honorific_phrases")
# Who a pronoun before a cue may be: "tôi", "chúng tôi", "ông".
_PERSONS = FIRST_PERSON | PhraseSet(PRONOUNS)
COMMENTATORS = tuple(phrases("commentators"))
# Verbs that say who spoke.
SPEECH = PhraseSet([*phrases("speech_verbs"), *REPORTING])
_OPENERS = frozenset(phrases("directive_openers"))
# Marks between a quote and the speaker named after it: "“…” - Bộ trưởng nói".
_AFTER_QUOTE = frozenset({",", "-", "–", "—", ":"}) | DOUBLE_QUOTES
# Before an addressee: "kêu gọi [cho] …", "đề nghị [với] …".
_TO = frozenset({"cho", "với"})
# Between addressees: "giao Bộ A, Bộ B và Bộ C …".
_LIST_GOES_ON = frozenset({",", "và"})
_MAX_ADDRESSEES = 12
# The most lower-case words a body's name runs on before its verb.
_NAME_RUN = 5


@attrs.frozen
class Actor:
    text: str
    first: int  # token index
    last: int
    in_clause: bool
    person_ids: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    # Someone who can undertake an action: an official, a country, an
    # organisation, "chúng tôi", "hai nước" (not "Hội nghị", not a document).
    is_agent: bool = False

    commentator: bool = False  # named as an analyst, a scholar, a journalist

    @property
    def is_commentator(self) -> bool:
        """An analyst, a scholar, a journalist: their forecasts commit no one."""
        low = key(self.text)
        return self.commentator or any(c in low for c in COMMENTATORS)

    @property
    def is_first_person(self) -> bool:
        return key(self.text) in FIRST_PERSON

    @property
    def directs_itself(self) -> bool:
        """``chúng ta cần …``, ``hai bên cần …``: a modal said of a subject that
        takes in the speaker and the listener is a directive to all."""
        return key(self.text) in _INCLUSIVE or self.is_both_sides

    @property
    def is_both_sides(self) -> bool:
        return key(self.text).startswith(_BOTH)


# What a subject may open with that makes it whole: a title, a body, a country,
# an organisation's head word, a place, or a capital standing for its
# government ("Washington", "Điện Kremlin").
_KNOWN_PHRASES = ("titles", "bodies", "countries", "capitals", "org_heads", "places")
# Of those, the ones that are names, and so capitalised.
_NAMES = frozenset({"bodies", "org_heads", "places", "capitals"})
# Of those, the ones that can undertake an action with "sẽ".
_AGENT_PHRASES = ("titles", "countries", "capitals", "org_heads", "places")


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

    # -- the clause's actor ------------------------------------------------

    def actor(self, clause: Clause) -> Actor | None:
        if self.thing_is_subject(clause):
            return None
        found = self._subject(clause)
        if found is not None:
            self._last[clause.sentence_start] = found
            return found
        shared = self._sentence_subject(clause, reported_only=True)
        shared = shared or self._last.get(clause.sentence_start) or self._sentence_subject(clause)
        if shared is None and clause.cue.kind == "request" and not clause.cue.is_modal:
            shared = self._chair(clause)
        if shared is None:
            return None
        shared = attrs.evolve(shared, in_clause=False)
        self._last[clause.sentence_start] = shared
        return shared

    def thing_is_subject(self, clause: Clause) -> bool:
        """``việc này sẽ giúp …``, ``chúng sẽ khiến …``: a thing is the clause's
        subject, and no one commits."""
        k = clause.segment_start
        thing = self._phrase_end(k, _INANIMATE)
        person = self._phrase_end(k, FIRST_PERSON)  # "chúng tôi" is not "chúng"
        return thing is not None and (person is None or person < thing)

    def speaker(self, clause: Clause, quote: tuple[int, int]) -> Actor | None:
        """Who speaks the quote (clean offsets of its marks) the clause is in:
        named after it (``“…” - Bộ trưởng nhấn mạnh``, ``“…”, ông nói``) or
        before it (``Bộ trưởng nói: “…”``)."""
        return self._speaker_after(quote[1]) or self._speaker_before(clause, quote[0])

    def addressees(self, clause: Clause) -> list[Actor]:
        """Who the clause's proposal, request or support is aimed at: the noun
        phrases right after the cue (``đề nghị Tổng thống Putin …``, ``giao Bộ
        A, Bộ B …``, ``kêu gọi cho Ukraine``), before the task they are given."""
        lows = self.tokens.lows
        k, end = clause.cue.last, clause.end
        if k < end and lows[k] in _TO:
            k += 1
        out: list[Actor] = []
        while k < end and len(out) < _MAX_ADDRESSEES:
            span = self._noun_phrase(k, end, lead=False)
            if span is None:
                break
            out.append(self._resolve(span, in_clause=True))
            k = span[1]
            if k >= end or lows[k] not in _LIST_GOES_ON:
                break
            k += 1
        return out

    def directive_speaker(self, clause: Clause) -> Actor | None:
        """``Theo Bộ trưởng, các tỉnh cần …``: the speaker a sentence opens with."""
        k = clause.sentence_start
        lows = self.tokens.lows
        if k >= len(lows) or lows[k] not in _OPENERS:
            return None
        span = self._noun_phrase(k + 1, clause.cue.first, lead=False)
        if span is None or span[1] >= len(lows) or lows[span[1]] != ",":
            return None
        return self._resolve(span, in_clause=False)

    def _speaker_after(self, close: int) -> Actor | None:
        tokens = self.tokens
        k = bisect_left(tokens.starts, close + 1)
        n = len(tokens)
        while k < n and tokens.text(k) in _AFTER_QUOTE and not tokens[k].newline_before:
            k += 1
        if k >= n or tokens[k].newline_before:
            return None
        span = self._noun_phrase(k, min(n, k + 20)) or self._name_at(k)
        if span is None:
            return None
        commentator = self._commentator_follows(span[1])
        if self._speech_at(span[1]) is None and not commentator:
            return None
        return attrs.evolve(self._resolve(span, in_clause=False), commentator=commentator)

    def _name_at(self, k: int) -> tuple[int, int] | None:
        """A run of capitalised words at ``k``: a name with no title."""
        tokens = self.tokens
        j = k
        while j < len(tokens) and j - k < 6 and tokens.text(j)[:1].isupper():
            j += 1
        return (k, j) if j > k else None

    def _commentator_follows(self, k: int) -> bool:
        """``“…”, Chen Hong, chuyên gia …``: the speaker is an outside commentator."""
        lows = self.tokens.lows
        if k >= len(lows) or lows[k] != ",":
            return False
        return any(key(" ".join(lows[k + 1 : k + 4])).startswith(c) for c in COMMENTATORS)

    def _speaker_before(self, clause: Clause, opening: int) -> Actor | None:
        tokens = self.tokens
        end = bisect_left(tokens.starts, opening)
        first = clause.sentence_start
        if end <= first:
            return None
        lows = tokens.lows
        starts = [first] + [k + 1 for k in range(first, end) if lows[k] in (",", ";")]
        for start in reversed(starts[-3:]):
            span = self._noun_phrase(start, end)
            if span is None:
                continue
            said = self._speech_at(span[1])
            if said is not None and said <= end:
                return self._resolve(span, in_clause=False)
        return None

    def _speech_at(self, k: int) -> int | None:
        """The token after a speech verb at ``k`` (past its adverbs), or None."""
        lows = self.tokens.lows
        while k < len(lows) and lows[k] in ("cũng", "đã", "còn", "tiếp", "tục", "thêm"):
            k += 1
        return SPEECH.starting_at(lows, k)

    # -- noun phrases -------------------------------------------------------

    def _noun_phrase(
        self, i: int, stop: int, *, lead: bool = True, before_verb: bool = False
    ) -> tuple[int, int] | None:
        """The subject-like noun phrase at ``i``, before ``stop``; with
        ``before_verb``, ``stop`` is the verb, and a body's lower-case words may
        run up to it."""
        tokens = self.tokens
        lows, starts, text = tokens.lows, tokens.starts, self.clean.text
        while lead and i < stop and lows[i] in _LEADING and tokens.text(i).islower():
            i += 1
        if i >= stop:
            return None
        opener = self._phrase_end(i, _OPENING_NOUNS)
        if lows[i] in NOT_SUBJECT and opener is None:
            return None
        j = i
        named_office = False  # a title or an organisation has been read
        while j < stop:
            known = self._known_phrase_end(starts[j])
            if known is not None:
                named_office = True
                while j < stop and starts[j] < known:
                    j += 1  # "Chủ tịch nước", "Bộ Ngoại giao": a title or body, whole
                continue
            phrase = self._phrase_end(j, _OPENING_NOUNS)
            if phrase is not None and phrase <= stop:
                j = phrase  # "Thông cáo chung", "các văn bản", "Đồng chí"
                continue
            first = text[starts[j]]
            joins_names = lows[j] in ("-", "–", "&") and j > i and j + 1 < stop
            if (
                j in self._official_tokens
                or first.isupper()
                or lows[j] in NP_WORDS
                or joins_names
                or first.isdigit()
                or (named_office and self._continues_a_name(j, stop))
            ):
                j += 1
            elif before_verb and named_office and self._name_runs_to(j, stop):
                j = stop  # "Trung tâm Kiểm soát bệnh tật [thông báo]": the body's name, whole
            else:
                break
        j = trim_end(tokens, i, j, _TRAILING)
        if j == i or not self._names_an_agent(i, j):
            return None  # "Tháng 9", "Điều này", "S-400": not someone who commits
        return i, j

    def _name_runs_to(self, j: int, stop: int) -> bool:
        """Whether the lower-case words from ``j`` up to the verb at ``stop`` are
        the rest of an office's or a body's name: a few words, none of them an
        adverb, a negation or a word that opens an adverbial."""
        tokens = self.tokens
        if stop - j > _NAME_RUN:
            return False
        return all(
            tokens.text(k).isalpha()
            and tokens.lows[k] not in _ADVERBS
            and tokens.lows[k] not in NOT_SUBJECT
            and tokens.lows[k] not in NEGATIONS
            for k in range(j, stop)
        )

    def _continues_a_name(self, j: int, stop: int) -> bool:
        """``Bộ trưởng Mỏ và Năng [lượng] Saudi Arabia``: after an office, a
        name's second, lower-case syllable, when more of the name or the verb
        follows."""
        tokens = self.tokens
        low = tokens.lows[j]
        return (
            tokens.text(j - 1)[:1].isupper()
            and (j + 1 == stop or tokens.text(j + 1)[:1].isupper())
            and low not in NOT_SUBJECT
            and low not in _ADVERBS
        )

    def _known_phrase_end(self, pos: int, kinds: tuple[str, ...] = _KNOWN_PHRASES) -> int | None:
        hit = self.gaz.longest(pos, kinds)
        if hit is None or (hit.kind in _NAMES and not self.clean.text[pos].isupper()):
            return None  # "tổ chức" is to organise; "Tổ chức …" an organisation
        return hit.end

    def _phrase_end(self, k: int, phrases: PhraseSet) -> int | None:
        """The token after the longest of ``phrases`` starting at token ``k``."""
        return phrases.starting_at(self.tokens.lows, k)

    def _names_an_agent(self, i: int, j: int) -> bool:
        """An official, a title, a body, a country, a pronoun, an agent noun,
        an organisation or a document."""
        lows, starts = self.tokens.lows, self.tokens.starts
        for k in range(i, j):
            if k in self._official_tokens or lows[k] in AGENT_NOUNS:
                return True
            if self._known_phrase_end(starts[k]) is not None:
                return True
            if self._phrase_end(k, _OPENING_NOUNS) is not None:
                return True
        return False

    def _undertakes(self, i: int, j: int, people: list[Official], countries: list[str]) -> bool:
        if people or countries:
            return True
        lows, starts = self.tokens.lows, self.tokens.starts
        return any(
            lows[k] in AGENT_NOUNS or self._known_phrase_end(starts[k], _AGENT_PHRASES) is not None
            for k in range(i, j)
        )

    def _subject(self, clause: Clause) -> Actor | None:
        span = self._noun_phrase(
            clause.segment_start, clause.cue.first, before_verb=True
        ) or self._pronoun_before(clause)
        return self._resolve(span, in_clause=True) if span else None

    def _chair(self, clause: Clause) -> Actor | None:
        """``Phó Thủ tướng chủ trì cuộc họp. Đối với dự án A, giao Bộ B …``: a
        directive with no subject is given by the official last named before
        it in its paragraph."""
        tokens = self.tokens
        pos = tokens.starts[clause.segment_start]
        start = self.clean.original_span(pos, pos)[0]
        named = self._last_named(start, None)
        if not named:
            return None
        i, j = self.gaz.analysis.token_range(*self.clean.clean_span(named[0].start, named[0].end))
        if j <= i or clause.segment_start - i > _LOOK_BACK_TOKENS:
            return None  # named too far back to be the one directing
        if any(k in tokens.line_starts for k in range(i + 1, clause.segment_start + 1)):
            return None  # named in another paragraph
        return self._resolve((i, j), in_clause=False)

    def _pronoun_before(self, clause: Clause) -> tuple[int, int] | None:
        """``Một lần nữa tôi muốn …``: a pronoun right before the cue (past its
        adverbs) is the subject when the clause opens with an adverbial."""
        lows = self.tokens.lows
        k = clause.cue.first
        while k > clause.segment_start and lows[k - 1] in _ADVERBS:
            k -= 1
        start = _PERSONS.ending_at(lows, k - 1) if k > clause.segment_start else None
        if start is not None and start >= clause.segment_start:
            return start, k
        return None

    def _sentence_subject(self, clause: Clause, *, reported_only: bool = False) -> Actor | None:
        """The subject of the nearest earlier clause of the sentence that has
        one; past a reporting verb, the subject of what it reported (only that
        one, with ``reported_only``)."""
        first = max(clause.sentence_start, clause.segment_start - _LOOK_BACK_TOKENS)
        lows = self.tokens.lows
        starts = [first] + [k + 1 for k in range(first, clause.segment_start) if lows[k] in ",;:"]
        carries_speaker = clause.segment_start < len(lows) and lows[clause.segment_start] in (
            "đồng",  # "đồng thời": the speaker goes on
            "và",
        )
        for start in reversed(starts[-_MOST_CLAUSES_BACK:]):
            if start >= clause.segment_start:
                continue
            span = self._noun_phrase(start, clause.segment_start)
            if span is None:
                continue
            said = None if carries_speaker else self._speech_at(span[1])
            inner = None if said is None else self._noun_phrase(said, clause.segment_start)
            if inner is not None and not self._is_pronoun(inner):
                span = inner
            elif reported_only:
                return None
            return self._resolve(span, in_clause=False)
        return None

    def _is_pronoun(self, span: tuple[int, int]) -> bool:
        i, j = span
        return j - i == 1 and self.tokens.lows[i] in PRONOUNS

    def _resolve(self, span: tuple[int, int], *, in_clause: bool) -> Actor:
        i, j = span
        tokens = self.tokens
        text = self.clean.tidy(tokens[i].start, tokens[j - 1].end)
        o_start, o_end = self.clean.original_span(tokens[i].start, tokens[j - 1].end)
        people = self._officials_within(o_start, o_end)
        low = key(text)
        if not people and (low in PRONOUNS or low in lexicons.TITLES):
            people = self._last_named(o_start, None if low in PRONOUNS else low)
        elif not people and low.startswith(_BOTH):
            people = self._sides_before(o_start)
        ids = tuple(dict.fromkeys(o.person_id for o in people))
        countries = self.gaz.countries(tokens[i].start, tokens[j - 1].end)
        capital = self.gaz.first("capitals", tokens[i].start, tokens[j - 1].end)
        if capital is not None and capital.value:
            countries.append(capital.value)
        countries += [o.country for o in people if o.country]
        agent = self._undertakes(i, j, people, countries)
        return Actor(text, i, j, in_clause, ids, tuple(dict.fromkeys(countries)), agent)

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

    def _sides_before(self, before: int) -> list[Official]:
        """``Hai bên``: the last official named before ``before`` and the last
        one before that from another country (or another person, where
        countries are not known): the sides of the meeting being reported.
        The document's two leading people when none are named before."""
        k = bisect_left(self._official_starts, before)
        recent = self.officials[max(0, k - _LOOK_BACK) : k]
        if not recent:
            return self._leaders
        last = recent[-1]
        for o in reversed(recent[:-1]):
            if o.country and last.country:
                other_side = o.country != last.country
            else:
                other_side = o.person_id != last.person_id
            if other_side:
                return [o, last]
        return self._leaders
