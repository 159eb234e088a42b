"""Cue verbs in a token stream, with the words that undo them.

A cue word is not a commitment when it is a noun (``sự ủng hộ``, ``các cam
kết``, ``theo yêu cầu``), negated (``không cam kết``), part of another word
(``coi trọng``, ``Bộ Ngoại giao``, ``nói chung``), or, for ``cần`` and ``nên``
("need", "should", and "so"), outside a direct quote.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from vnpress.gazetteer import Gazetteer, Hit
from vnpress.text.tokens import Tokens
from vnpress.words import mapping, phrases, word_set

if TYPE_CHECKING:
    from vnpress.commitments.quotes import Quotes

# Words before a cue that make it a noun.
NOUN_MARKERS = word_set("noun_markers")
NEGATIONS = word_set("negations")
# (cue, word before) and (cue, word after) pairs that make another word.
COMPOUND_BEFORE = {cue: frozenset(w.split()) for cue, w in mapping("cue_compounds_before").items()}
COMPOUND_AFTER = {cue: frozenset(w.split()) for cue, w in mapping("cue_compounds_after").items()}
QUOTE_ONLY = word_set("quote_only_cues")
# What follows "sẽ" when it foretells an event rather than commits someone.
EVENTS = word_set("events_after_se")
# Reporting verbs that state a position whatever follows them.
STANCE = frozenset(phrases("stance_verbs"))
# What makes a report a commitment: the reported content looks ahead or holds a position.
FORWARD = word_set("forward_words")
# Reporting verbs: a clause that follows one after a comma is what was said.
REPORTING = frozenset(phrases("reporting_verbs"))


@attrs.frozen
class Cue:
    """A cue's tokens ``[first, last)`` and its kind."""

    first: int
    last: int
    kind: str
    words: str  # folded, lower case


def find_cues(gaz: Gazetteer, hits: Iterable[Hit], quoted: Quotes) -> Iterator[Cue]:
    """Every cue among ``hits`` (of the cue lexicon) that is a verb here;
    ``quoted[i]`` says whether token ``i`` is in a quote."""
    tokens, starts = gaz.analysis.tokens, gaz.analysis.token_starts
    n = len(tokens)
    for m in hits:
        i = bisect_left(starts, m.start)
        # Cues are verbs, written in lower case: capitalised, "Cần Thơ" is a city,
        # "Tuyên bố của …" a document, "Muốn như vậy" an adverbial.
        if i >= n or tokens[i].start != m.start or not tokens[i].text.islower():
            continue
        j = bisect_left(starts, m.end)
        words = gaz.words(m)
        kind = m.value
        if _is_cue(tokens, i, j, words, quoted):
            # "thông báo sẽ", "cảnh báo sẽ": a reporting verb and its "sẽ" are one cue.
            if words in REPORTING and j < n and tokens[j].low == "sẽ":
                j += 1
                words += " sẽ"
            yield Cue(i, j, kind, words)


def _is_cue(tokens: Tokens, i: int, j: int, words: str, quoted: Quotes) -> bool:
    lows = tokens.lows
    previous = lows[i - 1] if i > 0 else ""  # for compounds, in any case ("Ngoại giao")
    # Marker words count in lower case only: "Nhật Bản cam kết" is a name, not "bản".
    before = previous if i > 0 and tokens.text(i - 1).islower() else ""
    two_before = lows[i - 2] if i > 1 and tokens.text(i - 2).islower() else ""
    after = lows[j] if j < len(tokens) else ""
    if words in QUOTE_ONLY and not quoted[i]:
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
    after_text = tokens.text(j) if j < len(tokens) else ""
    if words == "giao" and not (after in ("cho", "nhiệm") or after_text[:1].isupper()):
        return False  # "giao" directs someone: "giao Bộ Y tế", "giao cho …"
    # "thì sẽ": a consequence; "sẽ trở thành", "sẽ diễn ra": events, not pledges
    return not (words == "sẽ" and (before in ("thì", "mới") or after in EVENTS))
