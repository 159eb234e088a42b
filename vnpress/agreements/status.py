"""A document's status, from the verbs around its name.

The nearest cue before the name, in the same clause, decides (``sớm ký`` before
``ký``, so that a plan to sign is not read as a signature); failing that, a
cue right after it (``… đã có hiệu lực``). Items of a signing list take the
list's verb.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import get_args

from vnpress.agreements.extent import Found
from vnpress.model import AgreementStatus
from vnpress.text.marks import CLAUSE_BREAKS, SENTENCE_STOPS
from vnpress.text.tokens import Tokens
from vnpress.words import mapping

# Multi-word cues first: statuses are tried longest cue first.
CUES: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(cue.split()), status) for cue, status in mapping("status_cues").items()),
    key=lambda cue: -len(cue[0]),
)
for _, _status in CUES:
    if _status not in get_args(AgreementStatus):
        raise ValueError(f"words.txt [status_cues]: {_status!r} is not an agreement status")
# What ends the clause a cue must be in.
_CLAUSE_ENDS = SENTENCE_STOPS | CLAUSE_BREAKS
_WINDOW = 10


def status_of(tokens: Tokens, starts: list[int], f: Found) -> str:
    """The status of the document found at ``f``; ``starts`` are the token starts."""
    if f.listed:
        verb = (f.list_verb or "ký").lower()
        return "exchanged" if verb.startswith("trao") else "signed"
    i = bisect_left(starts, f.start)
    lows = [t.low for t in tokens[max(0, i - _WINDOW - 4) : i + 1]]
    offset = max(0, i - _WINDOW - 4)
    # Before the name, nearest first.
    for back in range(1, _WINDOW + 1):
        j = i - back
        if j < 0 or tokens[j].text in _CLAUSE_ENDS:
            break
        found = _cue_ending_at(lows, j - offset)
        if found:
            return found
    # After it: "Hiệp định … đã có hiệu lực", "… cũng được mở rộng".
    k = bisect_left(starts, f.end)
    after = [t.low for t in tokens[k : k + 8]]
    for ahead in range(len(after)):
        if tokens[k + ahead].text in _CLAUSE_ENDS:
            break
        found = _cue_starting_at(after, ahead)
        if found:
            return found
    return "mentioned"


def _cue_ending_at(lows: list[str], j: int) -> str | None:
    for words, status in CUES:
        n = len(words)
        if j - n + 1 >= 0 and tuple(lows[j - n + 1 : j + 1]) == words:
            return status
    return None


def _cue_starting_at(lows: list[str], j: int) -> str | None:
    for words, status in CUES:
        if tuple(lows[j : j + len(words)]) == words:
            return status
    return None
