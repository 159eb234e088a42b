"""Punctuation, by what it ends: one place for the boundary sets the parsers use.

Each parser's boundary is a union of these classes, named where it is used:
an office's description ends at any of them, a clause at a comma, a break or a
quote.
"""

from __future__ import annotations

#: End a sentence.
SENTENCE_STOPS = frozenset(".!?…")
#: Break a clause within a sentence.
CLAUSE_BREAKS = frozenset(";:")
BRACKETS = frozenset("()[]")
DOUBLE_QUOTES = frozenset('"“”')
SINGLE_QUOTES = frozenset("'‘’")
#: Join two names into one ("Việt - Nga") or stand between a name and its apposition.
DASHES = frozenset("-–")
COMMA = ","
