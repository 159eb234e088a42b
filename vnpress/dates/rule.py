"""How a date rule is declared: its pattern, the words it opens with and its
handler, side by side (ctparse's ``@rule`` is the model)::

    @rule("century", rf"{B}thế{_}kỷ{_}(?P<cen>xxi|xx|…){END}", opens=["thế>kỷ"])
    def _century(m: regex.Match[str], text: str) -> Atom | None:
        ...

Rules are tried in the order they are declared, the most specific first. The
shared pieces of patterns live in `vnpress.dates.fragments`, with the words
each can open with; `vnpress.dates.grammar` builds the trigger (where a rule
can start) from every rule's ``opens``, so a rule cannot be added without
saying where it may start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs
import regex

from vnpress.dates.partial import Partial

#: An opening of a rule: a word (``ngày``), or a word and the words that may
#: follow it (``vào>thứ|chủ``: ``vào`` opens a rule only before ``thứ`` or
#: ``chủ``); the alternatives after ``>`` are regex alternatives. `NUMBER` and
#: `BRACKET` stand for a number and an opening bracket.
Opening = str
NUMBER: Opening = "#"
BRACKET: Opening = "("


@attrs.frozen
class Atom:
    """One calendar expression found in the folded text (clean offsets)."""

    start: int
    end: int
    point: Partial
    end_point: Partial | None = None  # set for an interval
    part_of_day: str | None = None
    time: str | None = None


Handler = Callable[[regex.Match[str], str], Atom | None]


@attrs.frozen
class Rule:
    """A named alternative of the grammar and what turns its match into an `Atom`."""

    name: str
    pattern: str
    opens: tuple[Opening, ...]
    handler: Handler


#: Every rule, in the order they are tried.
RULES: list[Rule] = []


def rule(name: str, pattern: str, *, opens: Iterable[Opening]) -> Callable[[Handler], Handler]:
    """Declare a rule whose match ``handler`` turns into an `Atom` (or rejects: None)."""

    def declare(handler: Handler) -> Handler:
        if any(r.name == name for r in RULES):
            raise ValueError(f"a date rule named {name!r} is declared twice")
        declared = tuple(opens)
        if not declared:
            raise ValueError(f"date rule {name!r} must say what it opens with")
        RULES.append(Rule(name, pattern, declared, handler))
        return handler

    return declare


def openings_of(phrases: Iterable[str]) -> list[Opening]:
    """The openings of a list of phrases (``nửa đêm`` → ``nửa>đêm``, ``sáng`` → ``sáng``)."""
    out: list[Opening] = []
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        out.append(f"{first}>{regex.escape(rest.split()[0])}" if rest else first)
    return out
