"""Cue verbs in a token stream, with the words that undo them.

A cue word is not a commitment when it is a noun (``sự ủng hộ``, ``các cam
kết``, ``những người ủng hộ``), negated (``không cam kết``), passive
(``được đề xuất``), part of another word (``coi trọng``, ``Bộ Ngoại giao``),
a guess (``có thể sẽ``), inside a relative clause (``mà Nhật muốn``) or an
appraisal (``cảm ơn X đã ủng hộ``); a modal (``cần``, ``nên``, ``phải``)
commits only where :mod:`vnpress.commitments.directives` finds a speaker.
A light verb and a cue noun are one cue (``bày tỏ quyết tâm``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from vnpress.gazetteer import Gazetteer, Hit
from vnpress.text.marks import CLAUSE_BREAKS, DOUBLE_QUOTES, SENTENCE_STOPS
from vnpress.text.tokens import Tokens
from vnpress.words import PhraseSet, mapping, phrase_set, phrases, word_set

if TYPE_CHECKING:
    from vnpress.commitments.quotes import Quotes

# Words before a cue that make it a noun.
NOUN_MARKERS = word_set("noun_markers")
NEGATIONS = word_set("negations")
# (cue, word before) and (cue, word after) pairs that make another word.
COMPOUND_BEFORE = {cue: frozenset(w.split()) for cue, w in mapping("cue_compounds_before").items()}
COMPOUND_AFTER = {cue: frozenset(w.split()) for cue, w in mapping("cue_compounds_after").items()}
MODALS = frozenset(phrases("directive_cues"))
_MODAL_BLOCKERS_BEFORE = word_set("modal_blockers_before")
_MODAL_BLOCKERS_AFTER = word_set("modal_blockers_after")
# What follows "sẽ" when it foretells an event rather than commits someone.
EVENTS = word_set("events_after_se")
# Reporting verbs that state a position whatever follows them.
STANCE = frozenset(phrases("stance_verbs"))
# What makes a report a commitment: the reported content looks ahead or holds a position.
FORWARD = phrase_set("forward_words")
# Reporting verbs: a clause that follows one after a comma is what was said.
REPORTING = frozenset(phrases("reporting_verbs"))
_NOUN_LIKE = frozenset(phrases("noun_like_cues"))
_VERB_ADVERBS = word_set("verb_adverbs")
_AGENT_NOUNS = word_set("agent_nouns")
_LIGHT_VERBS = phrase_set("light_verbs")
_SPECULATION = phrase_set("speculation_markers")
_APPRAISALS = phrase_set("appraisal_verbs")
_STRIVING = frozenset(phrases("striving_verbs"))
_ADDRESSED_KINDS = mapping("addressed_kinds")
# Marks a clause starts after: a verb may stand right after one.
_CLAUSE_STARTS = SENTENCE_STOPS | CLAUSE_BREAKS | DOUBLE_QUOTES | {",", "-", "–", "(", "…"}
# Nouns a light verb takes before its cue noun: "thể hiện [sự] ủng hộ".
_LIGHT_NOUNS = frozenset({"sự", "lời", "niềm", "ý"})
# How far back a clause's guess or appraisal words are looked for.
_LOOK_BACK = 8


@attrs.frozen
class Cue:
    """A cue's tokens ``[first, last)`` and its kind."""

    first: int
    last: int
    kind: str
    words: str  # folded, lower case
    light: bool = False  # a light verb and a cue noun: "bày tỏ quyết tâm"

    @property
    def is_modal(self) -> bool:
        return self.words in MODALS


def find_cues(
    gaz: Gazetteer, hits: Iterable[Hit], quoted: Quotes, subject_ends: frozenset[int] = frozenset()
) -> Iterator[Cue]:
    """Every cue among ``hits`` (of the cue lexicon) that is a verb here;
    ``quoted[i]`` says whether token ``i`` is in a quote; ``subject_ends`` are
    the clean offsets where an official's mention or a title ends."""
    tokens, starts = gaz.analysis.tokens, gaz.analysis.token_starts
    n = len(tokens)
    for m in hits:
        i = bisect_left(starts, m.start)
        # Cues are verbs, written in lower case: capitalised, "Cần Thơ" is a city,
        # "Tuyên bố của …" a document, "Muốn như vậy" an adverbial. A quote's
        # first word is the exception: "Phải có sự nhất quán".
        if i >= n or tokens[i].start != m.start:
            continue
        words = gaz.words(m)
        j = bisect_left(starts, m.end)
        if not tokens[i].text.islower() and not (
            (words in MODALS and quoted[i] and _opens_quote(tokens, i))
            or (m.value == "request" and _opens_a_directive(tokens, i, j))
        ):
            continue
        kind = m.value
        light = _light_verb_start(tokens, i)
        if light is not None:
            yield Cue(light, j, kind, words, light=True)
            continue
        if not _is_cue(tokens, i, j, words, subject_ends):
            continue
        # "thông báo sẽ", "cảnh báo sẽ": a reporting verb and its "sẽ" are one cue.
        if words in REPORTING and j < n and tokens[j].low == "sẽ":
            j += 1
            words += " sẽ"
        elif words in _ADDRESSED_KINDS and j < n and _addressed(tokens, j):
            kind = _ADDRESSED_KINDS[words]
        yield Cue(i, j, kind, words)


def striving_joins(first: Cue, second: Cue) -> Cue | None:
    """``nỗ lực kêu gọi``: striving and the cue after it are one cue, of the
    second's kind."""
    if first.words in _STRIVING and second.first == first.last:
        return Cue(first.first, second.last, second.kind, f"{first.words} {second.words}")
    return None


def _opens_a_directive(tokens: Tokens, i: int, j: int) -> bool:
    """``Yêu cầu các bộ …``, ``Giao Bộ Y tế …``: a directive opening a sentence
    of a notice, its addressee right after it (not ``Yêu cầu của …``)."""
    if tokens.lows[i] in MODALS or j >= len(tokens):
        return False
    opens = i == 0 or tokens[i].newline_before or tokens.text(i - 1) in SENTENCE_STOPS
    after = tokens.text(j)
    return opens and (after[:1].isupper() or tokens.lows[j] in ("các", "mọi", "cho"))


def _opens_quote(tokens: Tokens, i: int) -> bool:
    return i > 0 and tokens.text(i - 1) in DOUBLE_QUOTES


def _addressed(tokens: Tokens, j: int) -> bool:
    """``cảnh báo phương Tây …``: someone is warned; not ``cảnh báo Nga sẽ …``,
    where what follows is what was said."""
    lows = tokens.lows
    if not (tokens.text(j)[:1].isupper() or lows[j] in _AGENT_NOUNS or lows[j] == "phương"):
        return False
    for k in range(j, min(len(lows), j + 8)):
        if lows[k] in _CLAUSE_STARTS:
            break
        if lows[k] in ("sẽ", "rằng", "là", "đang"):
            return False
    return True


def _light_verb_start(tokens: Tokens, i: int) -> int | None:
    """Where a light verb before the cue noun at ``i`` starts (``bày tỏ quyết
    tâm``, ``thể hiện sự ủng hộ``), or None."""
    lows = tokens.lows
    k = i - 1 if i > 0 and lows[i - 1] in _LIGHT_NOUNS else i
    return _LIGHT_VERBS.ending_at(lows, k - 1)


def _is_cue(tokens: Tokens, i: int, j: int, words: str, subject_ends: frozenset[int]) -> bool:
    lows = tokens.lows
    previous = lows[i - 1] if i > 0 else ""  # for compounds, in any case ("Ngoại giao")
    # Marker words count in lower case only: "Nhật Bản cam kết" is a name, not "bản".
    before = previous if i > 0 and tokens.text(i - 1).islower() else ""
    two_before = lows[i - 2] if i > 1 and tokens.text(i - 2).islower() else ""
    after = lows[j] if j < len(tokens) else ""
    if words in MODALS and (before in _MODAL_BLOCKERS_BEFORE or after in _MODAL_BLOCKERS_AFTER):
        return False
    if words != "lời mời" and before in NOUN_MARKERS:
        return False
    if before in NEGATIONS or (two_before in NEGATIONS and before in ("hề", "thể", "được")):
        return False
    if before in ("được", "bị"):
        return False  # "được đề xuất", "được coi là": passive, no one commits
    if words == "lời mời" and before == "nhận":
        return False  # "nhận lời mời": the invitation was accepted
    if previous in COMPOUND_BEFORE.get(words, ()) or after in COMPOUND_AFTER.get(words, ()):
        return False
    if words in _NOUN_LIKE and not _stands_as_verb(tokens, i, j, words, subject_ends):
        return False
    if _after_any(tokens, i, _SPECULATION) or _after_any(tokens, i, _APPRAISALS, _LOOK_BACK):
        return False
    if _in_relative_clause(tokens, i):
        return False
    after_text = tokens.text(j) if j < len(tokens) else ""
    if words == "giao" and not (after in ("cho", "nhiệm") or after_text[:1].isupper()):
        return False  # "giao" directs someone: "giao Bộ Y tế", "giao cho …"
    # "thì sẽ": a consequence; "sẽ trở thành", "sẽ diễn ra": events, not pledges
    return not (words == "sẽ" and (before in ("thì", "mới") or after in EVENTS))


def _stands_as_verb(
    tokens: Tokens, i: int, j: int, words: str, subject_ends: frozenset[int]
) -> bool:
    """A cue that is as often a noun is a verb after a clause's start, its
    subject (a name, a pronoun, an agent noun), an adverb or ``và``, and not
    as an item of a list (``đoàn kết, thống nhất,``)."""
    lows = tokens.lows
    after = tokens.text(j) if j < len(tokens) else "."
    if after in (",", ";", ".") and words not in REPORTING:
        return False  # a list's item or a clause's last word: a noun
    if i == 0 or tokens[i].newline_before:
        return True
    previous = tokens.text(i - 1)
    return (
        previous in _CLAUSE_STARTS
        or previous[:1].isupper()
        or lows[i - 1] in _VERB_ADVERBS
        or lows[i - 1] in _AGENT_NOUNS
        or lows[i - 1] in ("và", "rằng", "mà")
        or tokens.ends[i - 1] in subject_ends
    )


def _after_any(tokens: Tokens, i: int, words: PhraseSet, reach: int = 3) -> bool:
    """Whether one of ``words`` stands within ``reach`` tokens before ``i``, in
    the same clause."""
    lows = tokens.lows
    k = i - 1
    while k >= 0 and i - k <= reach:
        if lows[k] in _CLAUSE_STARTS or (k == i - 1 and lows[k] == "và"):
            return False  # another clause, or another predicate: "đánh giá cao và mong …"
        if words.ending_at(lows, k) is not None:
            return True
        k -= 1
    return False


def _in_relative_clause(tokens: Tokens, i: int) -> bool:
    """``… mà Nhật muốn đưa vào``: a cue after ``mà`` and a short subject
    describes a noun; it commits no one."""
    lows = tokens.lows
    for k in range(i - 1, max(-1, i - 5), -1):
        if lows[k] == "mà":
            return k < i - 1  # "mà" right before: "but"; with a subject between: "that"
        if not tokens.text(k)[:1].isupper() and lows[k] not in _AGENT_NOUNS:
            return False
    return False
