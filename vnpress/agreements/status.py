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
from vnpress.words import mapping, phrases

# The cues by their last word (to find one ending at a token) and by their
# first (to find one starting there), longest first.
CUES: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(cue.split()), status) for cue, status in mapping("status_cues").items()),
    key=lambda cue: -len(cue[0]),
)
for _, _status in CUES:
    if _status not in get_args(AgreementStatus):
        raise ValueError(f"words.txt [status_cues]: {_status!r} is not an agreement status")
_ENDING: dict[str, list[tuple[tuple[str, ...], str]]] = {}
_STARTING: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _cue in CUES:
    _ENDING.setdefault(_cue[0][-1], []).append(_cue)
    _STARTING.setdefault(_cue[0][0], []).append(_cue)
# What ends the clause a cue must be in.
_CLAUSE_ENDS = SENTENCE_STOPS | CLAUSE_BREAKS
_WINDOW = 10
# "sớm [chính thức] thông qua", "sẽ ký": a signing still to come.
_FUTURE = frozenset(phrases("future_markers"))
_BETWEEN = frozenset({"chính", "thức", "được", "cùng", "nhau"})


def status_of(tokens: Tokens, starts: list[int], f: Found) -> str:
    """The status of the document found at ``f``; ``starts`` are the token starts."""
    if f.listed:
        verb = (f.list_verb or "ký").lower()
        return "exchanged" if verb.startswith("trao") else "signed"
    lows = tokens.lows
    i = bisect_left(starts, f.start)
    # Before the name, nearest first.
    for back in range(1, _WINDOW + 1):
        j = i - back
        if j < 0 or lows[j] in _CLAUSE_ENDS:
            break
        found = _cue_ending_at(lows, j)
        if found is not None:
            status, first = found
            if status in ("signed", "exchanged") and _future_before(lows, first):
                return "planned"
            return status
    # After it: "Hiệp định … đã có hiệu lực", "… cũng được mở rộng".
    k = bisect_left(starts, f.end)
    for ahead in range(k, min(len(lows), k + 8)):
        if lows[ahead] in _CLAUSE_ENDS:
            break
        after = _cue_starting_at(lows, ahead)
        if after is not None:
            return after
    return "mentioned"


def _cue_ending_at(lows: list[str], j: int) -> tuple[str, int] | None:
    """The status of the longest cue ending at token ``j``, and where it starts."""
    for words, status in _ENDING.get(lows[j], ()):
        n = len(words)
        if j - n + 1 >= 0 and tuple(lows[j - n + 1 : j + 1]) == words:
            return status, j - n + 1
    return None


def _cue_starting_at(lows: list[str], j: int) -> str | None:
    for words, status in _STARTING.get(lows[j], ()):
        if tuple(lows[j : j + len(words)]) == words:
            return status
    return None


def _future_before(lows: list[str], first: int) -> bool:
    """A marker of the future just before the cue starting at ``first``."""
    k = first
    while k > 0 and lows[k - 1] in _BETWEEN:
        k -= 1
    return any(tuple(lows[k - len(p.split()) : k]) == tuple(p.split()) for p in _FUTURE)
