"""The date grammar as one machine: where rules can start, and which rules to try.

The rules themselves are declared in `vnpress.dates.rules`, each with what it
opens with. Every rule starts with a number, a bracket or one of a few words,
at the start of a word; the trigger (`TRIGGER`) finds those positions with a
cheap scan built from the rules' declared openings, and a position tries, in
grammar order, only the rules that can match text opening with its first
characters (`grammar_for`). Both shortcuts give what trying every rule at
every position would (tests compare them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

import attrs
import regex

from vnpress.dates import rules as _rules  # noqa: F401  (declares the rules)
from vnpress.dates.fragments import _O, _
from vnpress.dates.partial import Partial
from vnpress.dates.rule import BRACKET, NUMBER, RULES, Atom, Handler, Rule
from vnpress.text.wordscan import WordPattern

__all__ = [
    "TRIGGER",
    "Atom",
    "grammar_for",
    "join_glosses",
    "join_ranges",
    "scan",
    "triggers",
    "whole_grammar",
]

#: The rules by name, in the order they are tried.
RULE_PATTERNS: dict[str, str] = {r.name: r.pattern for r in RULES}
_BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}

_RANGE_GAP = regex.compile(
    rf"{_O}(?:-|–|—|đến|tới|cho{_}đến|đến{_}hết|tới{_}hết){_O}(?:ngày{_})?", regex.IGNORECASE
)
_FROM = regex.compile(rf"(?:từ|kể{_}từ){_}$", regex.IGNORECASE)

Grammar = tuple[regex.Pattern[str], tuple[tuple[int, Handler], ...]]

_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")
_ALL_GROUPS = frozenset(_GROUP_NAME.findall("".join(RULE_PATTERNS.values())))


@cache
def _rule(name: str) -> regex.Pattern[str]:
    return regex.compile(RULE_PATTERNS[name], regex.VERBOSE | regex.V0)


@lru_cache(maxsize=256)
def _grammar(names: tuple[str, ...]) -> Grammar:
    """The rules ``names``, in grammar order, as one pattern, with (group index,
    handler) for each: the rules share group names, so `Match.lastgroup` does
    not name the rule that matched; each rule's own group is tested instead."""
    body = "\n|".join(f"(?P<{name}>{RULE_PATTERNS[name]})" for name in names)
    # The handlers share helpers that read groups of other rules ("hoi",
    # "after"); a branch that never matches defines them, unset.
    missing = _ALL_GROUPS - set(_GROUP_NAME.findall(body))
    body += "\n|(?!)" + "".join(f"(?P<{name}>)" for name in sorted(missing))
    pattern = regex.compile(body, regex.VERBOSE | regex.V0)
    return pattern, tuple((pattern.groupindex[name], _BY_NAME[name].handler) for name in names)


@lru_cache(maxsize=4096)
def grammar_for(opening: str) -> Grammar | None:
    """The part of the grammar that can match a text opening with ``opening``.

    A number can open a date, a quantity ("53,1%") or a year; "năm" a year, a
    duration or a relative year, never a weekday. Trying only the rules that
    can start with the first few characters found there (which `regex` tells
    by a partial match) makes a try about twice as fast as trying all of
    them, in the same order, with the same result; and a trigger no rule can
    start with costs no try at all.
    """
    names = tuple(name for name in RULE_PATTERNS if _rule(name).match(opening, partial=True))
    return _grammar(names) if names else None


def whole_grammar() -> regex.Pattern[str]:
    """Every rule in one pattern, compiled on first use: what `grammar_for`'s
    parts must agree with (and what a new process tries first)."""
    return _whole()[0]


# -- the trigger -----------------------------------------------------------------

_ANY_WORD = ""  # a first word that opens a rule whatever follows it


def openings() -> dict[str, set[str]]:
    """``{first word: what may follow it}`` over every rule's declared
    openings; `_ANY_WORD` among what may follow means anything may."""
    out: dict[str, set[str]] = {}
    for r in RULES:
        for opening in r.opens:
            if opening in (NUMBER, BRACKET):
                continue
            word, _sep, after = opening.partition(">")
            out.setdefault(word, set()).add(after)
    return out


# A number opens a rule only as a year, or before a date separator, an hour
# mark, a range word or a unit: "1.000 người" is tried, "15 người" is not.
# By first digit; the rest of the number follows it. (The rules that declare
# `NUMBER` among their openings all start so.)
_UNIT = "năm|tháng|tuần|ngày"
_BEFORE_NUMBER_END = rf"(?=[ ]{{0,3}}(?:[/.\-–,:hg]|giờ|và|đến|tới|{_UNIT}|đầu|cuối))"
_NUMBER_OPENS = {
    digit: {"1": r"[89]\d\d(?!\d)|", "2": r"0\d\d(?!\d)|"}.get(digit, "")
    + rf"\d{{0,2}}{_BEFORE_NUMBER_END}"
    for digit in "0123456789"
}
# A bracket opens a rule only before a year: "(2017-2022)".
_BRACKET_OPENS = r"(?=[ ]{0,3}(?:1[89]|20)\d\d)"


def _trigger() -> WordPattern:
    """Where a rule can start, as one alternative per first character."""
    by_first: dict[str, list[str]] = {}
    for word, after in sorted(openings().items()):
        rest = re.escape(word[1:])
        if _ANY_WORD in after:
            by_first.setdefault(word[0], []).append(rest + r"(?![^\W_])")
        else:
            follows = "|".join(sorted(after))
            by_first.setdefault(word[0], []).append(f"{rest}(?=[ ]{{1,3}}(?:{follows}))")
    for digit in "0123456789":
        by_first[digit] = [_NUMBER_OPENS[digit]]
    by_first["("] = [_BRACKET_OPENS]
    body = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in by_first.items())
    return WordPattern(body, by_first)


# Finding where a rule can start with a cheap pattern, and trying the grammar
# only there, is many times faster than letting the grammar try every
# position; each condition here is implied by the rules, so a position skipped
# is one where no rule can match.
TRIGGER = _trigger()
triggers = TRIGGER.starts


# How many characters of a trigger choose its part of the grammar: three tell
# "tháng" from "thứ" and "thế", and a year ("201") from a day ("20/").
_OPENING = 3


# How many tries at one opening before its own part of the grammar is compiled:
# until then the whole grammar is tried there (compiled once, 0.03 s, where the
# parts a first article needs cost about four times as much to compile, and
# the whole finds what the part would). A long run amortises the parts.
_TRIES_BEFORE_A_PART = 64
_tries: dict[str, int] = {}


def _grammar_at(opening: str) -> Grammar | None:
    """The grammar to try at a trigger opening with ``opening``: the whole
    one for an opening seen only a few times yet, then its own part."""
    seen = _tries.get(opening, 0)
    if seen < _TRIES_BEFORE_A_PART:
        _tries[opening] = seen + 1
        return _whole()
    return grammar_for(opening)


@cache
def _whole() -> Grammar:
    return _grammar(tuple(RULE_PATTERNS))


def scan(text: str, low: str, others: list[int] | None = None) -> Iterator[Atom]:
    """Every calendar expression in ``text`` (folded), left to right, not overlapping;
    ``low`` is ``text`` in lower case, ``others`` its word starts that are not
    after a space (`vnpress.text.wordscan.other_starts`).

    When the context rejects a match, the next trigger after its start gets its
    chance, so a shorter expression inside it is still found.
    """
    pos = 0
    for start in triggers(low, others):
        if start < pos:
            continue
        grammar = _grammar_at(low[start : start + _OPENING])
        if grammar is None:
            continue
        pattern, dispatch = grammar
        m = pattern.match(low, start)
        if m is None:
            continue
        atom = next((handler(m, text) for index, handler in dispatch if m.start(index) >= 0), None)
        if atom is not None:
            yield atom
            pos = m.end()


def _join_pairs(atoms: list[Atom], join: Callable[[Atom, Atom], Atom | None]) -> list[Atom]:
    """``atoms`` with each neighbouring pair that ``join`` makes one atom of
    replaced by that atom, left to right."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        joined = join(atoms[i], atoms[i + 1]) if i + 1 < len(atoms) else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(atoms[i])
            i += 1
    return out


def join_ranges(atoms: list[Atom], text: str) -> list[Atom]:
    """Merge ``A đến B`` / ``A - B`` into one interval, taking a leading ``từ``."""

    def join(a: Atom, b: Atom) -> Atom | None:
        if a.end_point is not None or b.end_point is not None:
            return None
        if not (_RANGE_GAP.fullmatch(text, a.end, b.start) and _compatible(a.point, b.point)):
            return None
        start = a.start
        lead = _FROM.search(text, max(0, start - 12), start)
        if lead:
            start = lead.start()
        first = a.point
        if first.month is None and first.day is not None:
            # "từ ngày 25 đến ngày 28 tháng 6 năm 2023": the end's month and year
            first = attrs.evolve(first, month=b.point.month, year=b.point.year)
        return Atom(start, b.end, first, b.point, a.part_of_day or b.part_of_day, a.time)

    return _join_pairs(atoms, join)


def _compatible(a: Partial, b: Partial) -> bool:
    """Whether ``a`` and ``b`` can open and close one interval: the same grain
    (a day with no month takes the end's), or a day up to a month (``từ 1/5
    đến hết tháng 8``)."""
    if a.shift_unit or b.shift_unit or a.weekday is not None or b.weekday is not None:
        return False
    if a.same_day or b.same_day or a.same_period or b.same_period:
        return False
    if a.grain == "day" and a.month is None:
        return b.grain == "day" and b.month is not None and (a.day or 0) < (b.day or 0)
    return a.grain == b.grain or (a.grain == "day" and b.grain == "month")


_GLOSS_OPEN = regex.compile(r"[ ]{0,3}\([ ]{0,3}")
_GLOSS_CLOSE = regex.compile(r"[ ]{0,3}\)")


def join_glosses(atoms: list[Atom], text: str) -> list[Atom]:
    """``Hôm nay (15/3)``, ``Thứ Năm tuần tới (24/4)``: a relative date and the
    explicit date in brackets after it are one item, of the explicit value."""

    def join(a: Atom, b: Atom) -> Atom | None:
        relative = a.point.shift_unit is not None or a.point.weekday is not None
        explicit = b.end_point is None and b.point.month is not None and b.point.day is not None
        if not (a.end_point is None and relative and explicit):
            return None
        if not _GLOSS_OPEN.fullmatch(text, a.end, b.start):
            return None
        close = _GLOSS_CLOSE.match(text, b.end)
        end = close.end() if close else b.end
        return Atom(a.start, end, b.point, None, a.part_of_day or b.part_of_day, b.time)

    return _join_pairs(atoms, join)
