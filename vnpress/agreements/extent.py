"""Where a document's name starts and ends.

A name starts at its type word (``Hiệp định``, ``Bản ghi nhớ``) and runs on
through its descriptive words, ``giữa A và B``, ``về …``, ``trong lĩnh vực …``,
``giai đoạn 2017-2022``, until a clause ends: punctuation, a verb or auxiliary
(``đã``, ``được``, ``nhằm``), or ``và`` before another document. Inside a
signing list, an item runs to its ``;``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

import attrs
import regex

from vnpress import lexicons
from vnpress.gazetteer import Gazetteer, Hit
from vnpress.text.marks import BRACKETS, CLAUSE_BREAKS, DOUBLE_QUOTES, SENTENCE_STOPS
from vnpress.text.tokens import Tokens, trim_end
from vnpress.words import phrases, word_set

# Lower-case words that end a name in running text.
STOP_WORDS = word_set("document_name_ends")
# Two-word openers of a clause or adjunct that cannot continue a name.
_CLAUSE_OPENERS = frozenset(tuple(p.split()) for p in phrases("clause_openers"))
_BOUNDARIES = SENTENCE_STOPS | CLAUSE_BREAKS | BRACKETS | DOUBLE_QUOTES
_MAX_TOKENS = 40
_CONNECTIVES = word_set("connectives")
# "các thỏa thuận giữa hai nước": a plural is a kind of document, not one document.
PLURALS = word_set("plural_determiners")
# Types that are also ordinary words ("tuyên bố" the verb, "lập biên bản",
# "giao thức mạng"): in lower case they count only before a proper name
# ("giao thức Bắc Ireland").
WEAK_TYPES = frozenset(phrases("weak_document_types"))
JOINT_TYPES = frozenset(phrases("joint_document_types"))
# "và một số văn kiện hợp tác khác": the tail of a signing list, not an item.
_LIST_TAIL = regex.compile(
    r"[ ,]{0,4}(?:và|cùng)[ ]{1,3}(?:một số|nhiều|các|những)[ ]{1,3}"
    r"(?:văn kiện|thỏa thuận|tài liệu|văn bản)"
    r".*$",
    regex.IGNORECASE | regex.DOTALL,
)
# "chứng kiến lễ ký kết nhiều văn kiện quan trọng như:", "Các văn kiện được ký gồm:"
_LIST_LEAD = regex.compile(
    r"(?P<verb>ký kết|ký|trao đổi|trao)[^.;:\n]{0,160}?"
    r"(?:văn kiện|thỏa thuận|hiệp định|tài liệu|văn bản|bản ghi nhớ)[^.;:\n]{0,80}?:",
    regex.IGNORECASE,
)
_BULLET = regex.compile(r"\s*(?:\d{1,2}[.)]|[a-zđ][.)]|[-–•*+])\s*", regex.IGNORECASE)


@attrs.frozen
class Found:
    """A document's name in clean offsets, and how it was found."""

    start: int
    end: int
    type_word: str  # folded, lower case ("bản ghi nhớ")
    listed: bool = False  # an item of a signing list
    list_verb: str | None = None  # "ký kết", "trao" …


def signing_lists(gaz: Gazetteer) -> Iterator[Found]:
    """The items of every signing list (``… ký kết các văn kiện: A; B; C``)."""
    text, folded = gaz.analysis.clean.text, gaz.analysis.clean.folded
    scanned = 0
    for lead in _LIST_LEAD.finditer(folded):
        pos = lead.end()
        if pos < scanned:
            continue  # a lead-in inside a list already read
        end = _list_end(text, gaz, pos)
        scanned = end
        for item_start, item_end in _items(text, pos, end):
            typed = gaz.at("agreement_types", item_start)
            if typed is None:
                continue
            tail = _LIST_TAIL.search(text, item_start, item_end)
            if tail is not None:
                item_end = tail.start()
            item_end = _trim_end(text, item_start, item_end)
            if item_end > typed.end:
                yield Found(item_start, item_end, gaz.words(typed), True, lead.group("verb"))


def _list_end(text: str, gaz: Gazetteer, pos: int) -> int:
    """Where a list that starts at ``pos`` ends: a full stop closing its sentence,
    or a line break, unless the next line is another item (``2. Thỏa thuận …``)."""
    n = len(text)
    for i in range(pos, n):
        c = text[i]
        if c == "\n" and not _next_line_is_item(text, gaz, i + 1):
            return i
        if c == "." and (i + 1 == n or text[i + 1] in " \n") and not _is_bullet_dot(text, i):
            j = i + 1
            while j < n and text[j] == " ":
                j += 1
            if j == n or text[j] != "\n" or not _next_line_is_item(text, gaz, j + 1):
                return i
    return n


def _next_line_is_item(text: str, gaz: Gazetteer, i: int) -> bool:
    bullet = _BULLET.match(text, i)
    start = bullet.end() if bullet else i
    return bullet is not None or gaz.at("agreement_types", start) is not None


def _is_bullet_dot(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j].isdigit():
        j -= 1
    return j < i - 1 and (j < 0 or text[j] in "\n ")


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in regex.finditer(r";|\n", text[start:end]):
        yield _strip_bullet(text, pos, start + m.start())
        pos = start + m.end()
    yield _strip_bullet(text, pos, end)


def _strip_bullet(text: str, start: int, end: int) -> tuple[int, int]:
    m = _BULLET.match(text, start, end)
    if m is not None and m.end() < end:
        start = m.end()
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,.;:\n":
        end -= 1
    return end


def mentions(gaz: Gazetteer, hits: Iterable[Hit], taken: set[int]) -> Iterator[Found]:
    """Documents named in running text, from ``hits`` of the type lexicon;
    ``taken`` holds list-item starts."""
    tokens, starts = gaz.analysis.tokens, gaz.analysis.token_starts
    # the walk never overlaps, so "bản ghi nhớ" inside "biên bản ghi nhớ" is not seen twice
    for typed in hits:
        i = bisect_left(starts, typed.start)
        if i >= len(tokens) or tokens[i].start != typed.start or typed.start in taken:
            continue
        tok = tokens[i]
        word = gaz.words(typed)
        if i > 0 and tokens[i - 1].low in PLURALS:
            continue
        j = i
        while j < len(tokens) and tokens[j].start < typed.end:
            j += 1
        # In lower case, "tuyên bố Moscow sẽ …" is the verb and its subject.
        before_name = j < len(tokens) and tokens[j].text[0].isupper() and word != "tuyên bố"
        if word in WEAK_TYPES and not tok.text[0].isupper() and not before_name:
            continue
        following = tokens[j].low if j < len(tokens) else ""
        lower = not tok.text[0].isupper()
        if lower and following in ("các", "những"):
            continue  # "thỏa thuận các điều khoản": the verb
        if following == "của" and (lower or word in JOINT_TYPES or word == "tuyên bố"):
            continue  # "Tuyên bố của Ngoại trưởng", "chương trình của EU": one party's own
        end = _name_end(tokens, j, lower=not tok.text[0].isupper())
        if end <= j:
            continue  # a bare "Hiệp định" points back to one named before
        yield Found(tok.start, tokens[end - 1].end, word)


def _name_end(tokens: Tokens, j: int, *, lower: bool = False) -> int:
    """Index just past the last token of a name whose type word ends at ``j``.

    A name in lower case (``thỏa thuận chia tay``) has no ``và`` of its own:
    ``và`` before another lower-case word joins a second noun phrase."""
    limit = min(len(tokens), j + _MAX_TOKENS)
    k = j
    while k < limit:
        tok = tokens[k]
        if tok.newline_before or tok.text in _BOUNDARIES:
            break
        if tok.text == "," and not _glued_comma(tokens, k):
            break
        if tok.text.islower() and tok.low in STOP_WORDS:
            break
        if k + 1 < limit and (tok.low, tokens[k + 1].low) in _CLAUSE_OPENERS:
            break  # "liên quan tới", "giữa lúc": what follows is not the name
        if tok.low == "và" and k + 1 < limit and _starts_document(tokens, k + 1):
            break  # "Hiệp định A và Hiệp định B", "và một số văn kiện khác"
        if lower and tok.low == "và" and k + 1 < limit and tokens[k + 1].text.islower():
            break
        k += 1
    return trim_end(tokens, j, k, _CONNECTIVES)


def _glued_comma(tokens: Tokens, k: int) -> bool:
    """``Hữu nghị,Láng giềng``: a comma with no space is inside a name."""
    return 0 < k < len(tokens) - 1 and tokens[k + 1].start == tokens[k].end


def _starts_document(tokens: Tokens, k: int) -> bool:
    return (
        tokens[k].low in PLURALS
        or tokens[k].low in ("văn", "tài")
        or (
            lexicons.AGREEMENT_TYPES.match(tokens[k].low, 0) is not None
            and tokens[k].text[0].isupper()
        )
    )
