"""The parties a document's sentence names outside the document's name.

The press often names who signed around the name rather than in it:

* the subject of the signing verb: ``UBND tỉnh A và Công ty B đã ký kết thỏa
  thuận hợp tác …``;
* ``với`` after the name: ``Bộ trưởng X đã ký một biên bản ghi nhớ với Trung Quốc``;
* ``ký giữa`` after it: ``Lễ trao Bản ghi nhớ về đào tạo điều dưỡng, ký giữa A và B``.

A party is a stretch that names someone who can sign: an official, a
country, a capital standing for its government, a body, a province.
"""

from __future__ import annotations

from bisect import bisect_left

from vnpress.agreements.extent import Found
from vnpress.gazetteer import Gazetteer
from vnpress.model import Document
from vnpress.text.marks import BRACKETS, CLAUSE_BREAKS, COMMA, SENTENCE_STOPS
from vnpress.text.tokens import Tokens
from vnpress.words import word_set

# The verb a signing clause turns on, as its last word ("ký", "ký kết", "trao").
_SIGNING = frozenset({"ký", "kết", "trao"})
# Words between a subject and its verb ("đã ký", "vừa chính thức ký kết").
_BETWEEN = word_set("predicate_auxiliaries") | {"cùng", "nhau", "chính", "thức", "ký", "đã"}
# How far from the name the verb and the subject are looked for, in tokens.
_REACH = 24
_CLAUSE_ENDS = SENTENCE_STOPS | CLAUSE_BREAKS | {COMMA}
_NAMES_A_SIDE = ("countries", "capitals", "bodies", "org_heads", "places", "titles")
_CONNECTIVES = word_set("connectives")


def sentence_parties(doc: Document, f: Found) -> tuple[str, ...]:
    """Who the sentence says signed the document found at ``f`` (at least two, or none)."""
    gaz = doc.gazetteer
    tokens = gaz.analysis.tokens
    i = bisect_left(tokens.starts, f.start)
    e = bisect_left(tokens.starts, f.end)
    # "thỏa thuận với Kuwait": the other side may close the name itself
    e = next((k for k in range(i + 1, e) if tokens.lows[k] == "với"), e)
    sides = [*_subject(doc, gaz, tokens, i), *_after(doc, gaz, tokens, e)]
    return tuple(dict.fromkeys(sides)) if len(sides) > 1 else ()


def both_sides(doc: Document, f: Found) -> bool:
    """Whether the sentence's subject is both sides (``Hai Bộ trưởng nhất trí
    sớm hoàn tất đàm phán Quy chế …``), so a plan or regulation is joint."""
    analysis = doc.analysis
    tokens = analysis.tokens
    i = bisect_left(tokens.starts, f.start)
    first, _ = analysis.sentence_tokens(f.start)
    lows = tokens.lows
    return any(
        lows[k] == "hai" and k + 1 < i and lows[k + 1] in _SIDE_NOUNS for k in range(first, i)
    )


# "hai bên", "hai Bộ trưởng", "hai nước": the two sides
_SIDE_NOUNS = frozenset({"bên", "nước", "bộ", "phía", "lãnh", "nhà", "nguyên", "quốc", "đoàn"})


def _subject(doc: Document, gaz: Gazetteer, tokens: Tokens, i: int) -> list[str]:
    """The sides of the subject of a signing verb just before token ``i``."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens.lows[k] in ("một", "các", "bản", "những"):
        k -= 1  # "ký [một] thỏa thuận"
    if k < 0 or tokens.lows[k] not in _SIGNING:
        return []
    while k > 0 and tokens.lows[k - 1] in _BETWEEN and tokens.text(k - 1).islower():
        k -= 1
    # back to the clause's start: "Hồi tháng 9, [Bộ trưởng X] đã ký …"
    start = k
    while start > 0 and k - start < _REACH and tokens.lows[start - 1] not in _CLAUSE_ENDS:
        if start in tokens.line_starts:
            break  # a headline above is another sentence
        start -= 1
    return _sides(doc, gaz, tokens, start, k)


def _after(doc: Document, gaz: Gazetteer, tokens: Tokens, e: int) -> list[str]:
    """``… với Trung Quốc``, ``…, ký giữa A và B``: sides named after the name."""
    k = e
    if k < len(tokens) and tokens.lows[k] == COMMA:
        k += 1
    if k < len(tokens) and tokens.lows[k] in _SIGNING:
        k += 1
    if k >= len(tokens) or tokens.lows[k] not in ("với", "giữa", "cho"):
        return []
    end = k + 1
    while end < len(tokens) and end - k < _REACH and tokens.lows[end] not in _CLAUSE_ENDS:
        hit = gaz.longest(tokens.starts[end], _NAMES_A_SIDE)
        if hit is not None:  # "Bộ Y tế Đức": a body's name, lower-case words and all
            end = bisect_left(tokens.starts, hit.end)
            continue
        if tokens.text(end).islower() and tokens.lows[end] not in ("và", *_ADMIN):
            break
        end += 1
    return _sides(doc, gaz, tokens, k + 1, end)


_ADMIN = word_set("administrative_units")


def _sides(doc: Document, gaz: Gazetteer, tokens: Tokens, start: int, end: int) -> list[str]:
    """The stretch ``[start, end)`` split at ``và``, each part that names a side,
    bracketed asides ("(trái)") left out."""
    parts: list[tuple[int, int]] = []
    a = start
    for k in range(start, end + 1):
        # "Phòng Giáo dục và Đào tạo": "và" inside a body's name is no split
        if k == end or (tokens.lows[k] == "và" and _starts_side(doc, gaz, tokens, k + 1, end)):
            if k > a:
                parts.append((a, k))
            a = k + 1
    clean = gaz.analysis.clean
    out = []
    for a, b in parts:
        b = _without_asides(tokens, a, b)
        while b > a and tokens.lows[b - 1] in _CONNECTIVES:
            b -= 1
        if b > a and _names_a_side(doc, gaz, tokens, a, b):
            out.append(clean.tidy(tokens.starts[a], tokens.ends[b - 1]))
    return out if len(out) == len(parts) else []


def _starts_side(doc: Document, gaz: Gazetteer, tokens: Tokens, k: int, end: int) -> bool:
    return k < end and _names_a_side(doc, gaz, tokens, k, k + 1)


def _without_asides(tokens: Tokens, a: int, b: int) -> int:
    """The end of ``[a, b)`` before a bracketed aside: ``Vương Nghị (trái)``."""
    for k in range(a, b):
        if tokens.lows[k] in BRACKETS:
            return k
    return b


def _names_a_side(doc: Document, gaz: Gazetteer, tokens: Tokens, a: int, b: int) -> bool:
    clean = gaz.analysis.clean
    o_start, o_end = clean.original_span(tokens.starts[a], tokens.ends[b - 1])
    if doc.items_in("officials", o_start, o_end):
        return True
    first = tokens.lows[a]
    if first in _ADMIN and b - a > 1 and tokens.text(a + 1)[:1].isupper():
        return True  # "bang Victoria", "tỉnh Hòa Sơn"
    return any(gaz.longest(tokens.starts[k], _NAMES_A_SIDE) for k in range(a, b))
