"""Clauses and their first cues.

A sentence splits into clauses at ``,`` ``;`` ``:`` and quotation marks. Each
clause holding a cue gives one commitment, on its first cue; later cues in the
clause are part of what is committed to (``nhất trí tiếp tục khuyến khích và
ủng hộ``). A clause that follows a reporting verb and a comma is what was said
(``Ông nói, Moscow sẽ …``), not a commitment of its own. What is committed to
runs on across commas while no new cue or new subject begins.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from vnpress.commitments.cues import REPORTING, Cue
from vnpress.text.analysis import Analysis
from vnpress.text.marks import CLAUSE_BREAKS, COMMA, DOUBLE_QUOTES
from vnpress.text.tokens import Tokens

if TYPE_CHECKING:
    from vnpress.commitments.quotes import Quotes

_CLAUSE_MARKS = frozenset({COMMA}) | CLAUSE_BREAKS | DOUBLE_QUOTES


@attrs.frozen
class Clause:
    """A commitment's clause: tokens ``[start, end)`` and its cue."""

    start: int
    end: int
    cue: Cue
    sentence_start: int  # token index where the sentence starts
    segment_start: int  # token index where the comma-clause starts


def _segments(tokens: Tokens, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    seg = start
    lows = tokens.lows  # a mark is its own lower case
    for k in range(start, end):
        if lows[k] in _CLAUSE_MARKS:
            if k > seg:
                out.append((seg, k))
            seg = k + 1
    if end > seg:
        out.append((seg, end))
    return out


def _split_at_new_subjects(
    tokens: Tokens, segments: list[tuple[int, int]], cue_at: dict[int, Cue], cue_ends: set[int]
) -> list[tuple[int, int]]:
    """``A mời B thăm … và B đã nhận lời``: after a clause that has its cue, ``và``
    and a new capitalised subject open another clause (``Việt Nam và Nga nhất
    trí`` is one subject: no cue comes before its ``và``)."""
    out = []
    lows = tokens.lows
    for a, b in segments:
        start, seen_cue = a, False
        for k in range(a, b):
            seen_cue = seen_cue or k in cue_at
            if not seen_cue or lows[k] != "và" or k + 1 >= b:
                continue
            new_subject = tokens.text(k + 1)[:1].isupper() and any(
                j in cue_at for j in range(k + 2, b)
            )
            # "nhận lời và mời …": a cue with nothing after it, then "và" and
            # another cue, is two predicates of one subject.
            new_predicate = k in cue_ends and k + 1 in cue_at
            if new_subject or new_predicate:
                out.append((start, k))
                start, seen_cue = k + 1, False
        out.append((start, b))
    return out


def clauses(analysis: Analysis, cues: list[Cue], quoted: Quotes) -> Iterator[Clause]:
    tokens, starts = analysis.tokens, analysis.token_starts
    cue_at = {c.first: c for c in cues}
    cue_ends = {c.last for c in cues}
    cue_starts = sorted(tokens[c.first].start for c in cues)
    for s_start, s_end in analysis.sentences:
        c = bisect_left(cue_starts, s_start)
        if c == len(cue_starts) or cue_starts[c] >= s_end:
            continue  # no cue, no clause: most sentences are passed over here
        first = bisect_left(starts, s_start)
        last = bisect_left(starts, s_end)
        segments = _split_at_new_subjects(tokens, _segments(tokens, first, last), cue_at, cue_ends)
        said_by_previous = False
        requested_before = False
        addressees_listed = False  # the last request named its addressees, and only them
        for n, (a, b) in enumerate(segments):
            cue = next((cue_at[k] for k in range(a, b) if k in cue_at), None)
            # A direct quote after "nhấn mạnh:" holds commitments of its own, whose
            # actor is the quote's subject ("Chúng tôi sẵn sàng …").
            if cue is None or (said_by_previous and not quoted[cue.first]):
                said_by_previous = requested_before = addressees_listed = False
                continue
            if a > first and tokens.text(a - 1) == ";":
                requested_before = addressees_listed = False  # "…; giao Vụ B …": a new one
            if requested_before and (cue.first == a or addressees_listed):
                # "đề nghị Tổng thống Putin tiếp tục quan tâm, chỉ đạo …", "giao Bộ
                # Tài chính, Bộ Công Thương chỉ đạo …": what the request asks of its
                # addressees goes on; it is not a new commitment.
                addressees_listed = addressees_listed and _only_names(tokens, a, cue.first)
                continue
            end = _content_end(tokens, segments, n, cue_at, cue)
            yield Clause(a, end, cue, first, a)
            # "Ông nói, Moscow sẽ …": the next clause is what he said.
            said_by_previous = cue.words in REPORTING and cue.last == b
            requested_before = cue.kind in ("propose", "request") and cue.last < b
            addressees_listed = requested_before and _only_names(tokens, cue.last, b)


def _only_names(tokens: Tokens, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are names only (``Bộ Tài chính``, ``và``): a list
    of addressees with their task still to come."""
    lows = tokens.lows

    def in_name(k: int) -> bool:
        # a capitalised word, or the lower-case syllable after one ("Bộ Tài chính")
        return tokens.text(k)[:1].isupper() or (k > a and tokens.text(k - 1)[:1].isupper())

    return b > a and all(in_name(k) or lows[k] in ("và", "&") for k in range(a, b))


def _content_end(
    tokens: Tokens, segments: list[tuple[int, int]], n: int, cue_at: dict[int, Cue], cue: Cue
) -> int:
    """Where what is committed to ends: the clause end, carried over commas into
    clauses with no cue of their own that do not open with a new subject."""
    end = segments[n][1]
    reported = cue.words.removesuffix(" sẽ") in REPORTING and cue.last == end
    # "giao Bộ A, Bộ B chỉ đạo …": the addressees' list and their task go on
    listing = cue.kind in ("propose", "request") and _only_names(tokens, cue.last, end)
    # by index, not a copy of the rest: a sentence of a thousand cue clauses
    # must not cost a million steps
    for k in range(n + 1, len(segments)):
        a, b = segments[k]
        between = tokens[end].text if end < len(tokens) else ""
        if between in (";", '"', "“", "”"):
            break
        first_cue = next((k for k in range(a, b) if k in cue_at), None)
        if listing and _only_names(tokens, a, b if first_cue is None else first_cue):
            end = b
            listing = first_cue is None
            continue
        listing = False
        if cue.kind in ("propose", "request") and first_cue == a:
            end = b  # "đề nghị X tiếp tục quan tâm, chỉ đạo …": the task goes on
            continue
        if not reported and first_cue is not None:
            break
        if tokens[a].text[:1].isupper() and not reported:
            break
        end = b
        reported = False  # "cho biết, X …": what was said is one clause
    return max(end, cue.last)
