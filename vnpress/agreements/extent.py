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
from typing import cast

import attrs
import regex

from vnpress import lexicons
from vnpress.gazetteer import Gazetteer, Hit
from vnpress.model import AgreementType
from vnpress.text.marks import BRACKETS, CLAUSE_BREAKS, DOUBLE_QUOTES, SENTENCE_STOPS
from vnpress.text.tokens import Tokens, trim_end
from vnpress.words import phrases, word_set

# Lower-case words that end a name in running text.
STOP_WORDS = word_set("document_name_ends")
# Two-word openers of a clause or adjunct that cannot continue a name.
_CLAUSE_OPENERS = frozenset(tuple(p.split()) for p in phrases("clause_openers"))
# "liên quan tới …" opens a clause; "quyền liên quan" (related rights) is a name's.
_RELATED = frozenset({"tới", "đến", "với"})
_BOUNDARIES = SENTENCE_STOPS | CLAUSE_BREAKS | BRACKETS | DOUBLE_QUOTES
_MAX_TOKENS = 60
_CONNECTIVES = word_set("connectives")
# "các thỏa thuận giữa hai nước": a plural is a kind of document, not one document.
PLURALS = word_set("plural_determiners") | {"số"}
# Types that are also ordinary words ("tuyên bố" the verb, "lập biên bản",
# "giao thức mạng"): in lower case they count only before a proper name
# ("giao thức Bắc Ireland").
WEAK_TYPES = frozenset(phrases("weak_document_types"))
VERB_BOUND_TYPES = frozenset(phrases("verb_bound_document_types"))
_ADJECTIVES = word_set("document_name_adjectives")
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
    type: AgreementType  # the schema's type
    type_word: str = ""  # folded, lower case ("bản ghi nhớ"); "" for an acronym alone
    listed: bool = False  # an item of a signing list
    list_verb: str | None = None  # "ký kết", "trao" …
    instrument: str | None = None  # the instrument gazetteer's id (EVFTA, UNCLOS …)
    #: The title, when it is not the text of the span: "hiệp định thương mại tự
    #: do EVFTA", of "các hiệp định thương mại tự do (EVFTA, RCEP)".
    title: str | None = None


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
                yield Found(
                    item_start,
                    item_end,
                    _kind(typed.value),
                    gaz.words(typed),
                    True,
                    lead.group("verb"),
                )


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
    in_body = gaz.inside(("bodies", "titles"))
    for typed in hits:
        i = bisect_left(starts, typed.start)
        if i >= len(tokens) or tokens[i].start != typed.start or typed.start in taken:
            continue
        body = gaz.at("bodies", typed.start)
        if in_body(typed.start) or (body is not None and body.end > typed.end):
            # "Tổ chức Hiệp ước Bắc Đại Tây Dương", "Bí thư", "Chương trình Phát
            # triển Liên hợp quốc": no document's name
            continue
        tok = tokens[i]
        word = gaz.words(typed)
        j = i
        while j < len(tokens) and tokens[j].start < typed.end:
            j += 1
        lower = not tok.text[0].isupper()
        end = _name_end(gaz, tokens, j, lower=lower, contract=typed.value == "contract")
        acronyms = list(_acronym_list(gaz, tokens, end))
        if acronyms:
            # "các hiệp định thương mại tự do (EVFTA, RCEP)": each acronym a document,
            # named with the type's words
            named = gaz.analysis.clean.tidy(tok.start, tokens[end - 1].end)
            for hit in acronyms:
                yield Found(
                    hit.start, hit.end, _kind(typed.value), word, instrument=hit.value,
                    title=f"{named} {gaz.analysis.clean.tidy(hit.start, hit.end)}",
                )  # fmt: skip
            continue
        if i > 0 and _plural(tokens, i):
            continue
        # In lower case, "tuyên bố Moscow sẽ …" is the verb and its subject.
        before_name = j < len(tokens) and tokens[j].text[0].isupper() and word != "tuyên bố"
        signed = i > 0 and tokens.lows[i - 1] in _SIGNING_VERBS  # "ký biên bản bàn giao"
        if word in WEAK_TYPES and lower and not (before_name or signed):
            continue
        if word in VERB_BOUND_TYPES and not signed:
            continue  # "Thư viện", "bức thư": no document between sides
        if lower and end > j and all(w in _ADJECTIVES for w in tokens.lows[j:end]):
            continue  # "thỏa thuận mới", "một thỏa thuận tuyệt vời"
        following = tokens[j].low if j < len(tokens) else ""
        if lower and following in ("các", "những"):
            continue  # "thỏa thuận các điều khoản": the verb
        if following == "của" and (lower or word in JOINT_TYPES or word == "tuyên bố"):
            continue  # "Tuyên bố của Ngoại trưởng", "chương trình của EU": one party's own
        if end <= j and not (typed.value == "joint_statement" and not lower):
            # a bare "Hiệp định" points back to one named before, unless it is
            # signed with someone here ("đã ký một thỏa thuận với Kuwait"); a
            # joint statement is one document whatever else is said of it
            side = _with_side(gaz, tokens, j) if _signed_one(tokens, i) else None
            if side is None:
                continue
            end = side
        yield Found(tok.start, tokens[end - 1].end, _kind(typed.value), word)


def _kind(value: str) -> AgreementType:
    """A type from a lexicon (whose values are checked when it is read)."""
    return cast(AgreementType, value)


def _signed_one(tokens: Tokens, i: int) -> bool:
    """``ký một [thỏa thuận]``, ``ký kết một [biên bản ghi nhớ]``."""
    return i > 1 and tokens.lows[i - 1] == "một" and tokens.lows[i - 2] in _SIGNING_VERBS


# What may stand after "với" as the other side of a document.
_SIDES = ("countries", "capitals", "bodies", "places", "org_heads")


def _with_side(gaz: Gazetteer, tokens: Tokens, j: int, link: str = "với") -> int | None:
    """The end of ``với X`` at token ``j``, X a country, a capital, a body or a place."""
    if j + 1 >= len(tokens) or tokens.lows[j] != link:
        return None
    hit = gaz.longest(tokens.starts[j + 1], _SIDES)
    return None if hit is None else bisect_left(tokens.starts, hit.end)


def instruments(gaz: Gazetteer, found: list[Found]) -> Iterator[Found]:
    """International instruments named by the gazetteer (``EVFTA``, ``UNCLOS
    1982``, ``Bộ quy tắc ứng xử ở Biển Đông``) where no type word names them."""
    clean = gaz.analysis.clean
    spans = [(f.start, f.end) for f in found]
    for hit in gaz.scan("instruments"):
        if not _written_as_listed(clean.text, hit) or any(
            s < hit.end and hit.start < e for s, e in spans
        ):
            continue
        kind = _kind(lexicons.INSTRUMENTS.records[hit.value][0])
        yield Found(hit.start, _with_year(clean.text, hit.end), kind, instrument=hit.value)


def name_instruments(gaz: Gazetteer, found: list[Found]) -> list[Found]:
    """``found`` with each name the instrument gazetteer knows tied to its id,
    and taken whole (``Tuyên bố về ứng xử của các bên [ở Biển Đông]`` is DOC)."""
    text = gaz.analysis.clean.text
    starts = {h.start: h for h in gaz.scan("instruments") if _written_as_listed(text, h)}
    out = []
    for f in found:
        hit = starts.get(f.start)
        if hit is not None and f.instrument is None:
            kind = _kind(lexicons.INSTRUMENTS.records[hit.value][0])
            end = max(f.end, _with_year(text, hit.end))
            f = attrs.evolve(f, instrument=hit.value, type=kind, end=end)
        out.append(f)
    return out


def _written_as_listed(text: str, hit: Hit) -> bool:
    return lexicons.INSTRUMENTS.written_as_listed(text[hit.start : hit.end])


_YEAR_AFTER = regex.compile(r"[ ]{1,3}(?:năm[ ]{1,3})?(?:19|20)\d\d(?!\d)")


def _with_year(text: str, end: int) -> int:
    """``UNCLOS 1982``: a year written right after an instrument is part of its name."""
    m = _YEAR_AFTER.match(text, end)
    return m.end() if m else end


def _acronym_list(gaz: Gazetteer, tokens: Tokens, k: int) -> Iterator[Hit]:
    """The instruments in brackets at token ``k``: ``(EVFTA, RCEP)``."""
    if k >= len(tokens) or tokens.lows[k] != "(":
        return
    out: list[Hit] = []
    j = k + 1
    while j < len(tokens):
        hit = gaz.at("instruments", tokens.starts[j])
        if hit is None or not _written_as_listed(gaz.analysis.clean.text, hit):
            return
        out.append(hit)
        j = bisect_left(tokens.starts, hit.end)
        if j < len(tokens) and tokens.lows[j] in (",", "và", ";"):
            j += 1
            continue
        break
    if j < len(tokens) and tokens.lows[j] == ")":
        yield from out


def _plural(tokens: Tokens, i: int) -> bool:
    """``các thỏa thuận``, ``một số hiệp định``: a kind of document, not one
    (``một thỏa thuận``, a single one, is one)."""
    before = tokens.lows[i - 1]
    if before == "một":
        return False
    return before in PLURALS


_SIGNING_VERBS = frozenset({"ký", "kết", "trao", "đổi"})  # "trao đổi thư"


def _name_end(
    gaz: Gazetteer, tokens: Tokens, j: int, *, lower: bool = False, contract: bool = False
) -> int:
    """Index just past the last token of a name whose type word ends at ``j``.

    A name in lower case (``thỏa thuận chia tay``) has no ``và`` of its own:
    ``và`` before another lower-case word joins a second noun phrase. A comma
    ends the name unless it is inside a body's name (``Bộ Văn hóa, Thể thao và
    Du lịch``), lists the parties after ``giữa``, lists what the name is about
    (``về quyền tác giả, quyền liên quan``), or leads on to who the document is
    for (``Hợp đồng tài trợ, trang bị thiết bị cho Bệnh viện X``)."""
    limit = min(len(tokens), j + _MAX_TOKENS)
    k = j
    between = False  # "giữa" has opened the parties
    about = ""  # the first word of what the name is about, after "về"
    # the token lists read directly: this loop runs for every document mention
    starts, lows, line_starts = tokens.starts, tokens.lows, tokens.line_starts
    while k < limit:
        low = lows[k]
        text = tokens.text(k)
        body = gaz.at("bodies", starts[k])
        if body is not None:
            while k < limit and starts[k] < body.end:
                k += 1
            continue
        if low == "giữa":
            between = True
        if low == "về" and k + 1 < limit:
            about = lows[k + 1]
        if text == "(" and k + 2 < limit and tokens.text(k + 2) == ")" and k > j - 1:
            inner = tokens.text(k + 1)
            if inner.isupper() and len(inner) > 1 and k not in line_starts:
                # "biên bản ghi nhớ (MOU) về …": an acronym inside the name, which
                # goes on after it only into what the document is about or between
                k += 3
                if k < limit and tokens.lows[k] in _COMPLEMENTS:
                    continue
                break
        if k in line_starts or text in _BOUNDARIES:
            break
        if text == ",":
            go_on = _comma_inside(gaz, tokens, k, limit, between, about, contract)
            if go_on is None:
                break
            k = go_on
            continue
        if low in STOP_WORDS and text.islower():
            break
        if low == "đối" and k + 1 < limit and lows[k + 1] == "với":
            break  # "… đối với …": what the name is not
        if low == "trong" and not (k + 1 < limit and lows[k + 1] in ("lĩnh", "các")):
            break  # "… trong thời gian sớm nhất"; but "trong lĩnh vực …" is the subject
        if _opens_a_clause(tokens, k, limit):
            break  # "liên quan tới", "giữa lúc": what follows is not the name
        if low == "và" and k + 1 < limit and _starts_document(gaz, tokens, k + 1):
            break  # "Hiệp định A và Hiệp định B", "và một số văn kiện khác"
        if lower and low == "và" and k + 1 < limit and tokens.text(k + 1).islower():
            break
        if (
            low == "về"
            and k + 1 < limit
            and tokens.text(k + 1)[:1].isupper()
            and _starts_document(gaz, tokens, k + 1)
        ):
            break  # "Hiệp định về Hiệp định …": another document, not this one's subject
        k += 1
    return trim_end(tokens, j, k, _CONNECTIVES)


def _opens_a_clause(tokens: Tokens, k: int, limit: int) -> bool:
    pair = (tokens.lows[k], tokens.lows[k + 1]) if k + 1 < limit else None
    if pair not in _CLAUSE_OPENERS:
        return False
    # "liên quan tới …" opens a clause; "quyền liên quan" is a name's
    return pair != ("liên", "quan") or (k + 2 < limit and tokens.lows[k + 2] in _RELATED)


def _comma_inside(
    gaz: Gazetteer,
    tokens: Tokens,
    k: int,
    limit: int,
    between: bool,
    about: str,
    contract: bool,
) -> int | None:
    """Where the name goes on after the comma at ``k`` when the comma is inside
    it (see `_name_end`); None when the comma ends it."""
    if _glued_comma(tokens, k):
        return k + 1
    if k + 1 >= limit:
        return None
    after = tokens.text(k + 1)
    if between and after[:1].isupper():
        return k + 1  # "giữa Bộ Giáo dục, Văn hóa, Khoa học Nhật Bản và …"
    if about and tokens.lows[k + 1] == about:
        return k + 1  # "về quyền tác giả, quyền liên quan"
    # "Hợp đồng tài trợ, trang bị thiết bị cho Bệnh viện X": on to whom it is for
    for m in range(k + 1, min(limit, k + 8) if contract else k):
        if tokens.lows[m] in _BOUNDARIES or tokens.lows[m] == ",":
            return None
        if tokens.lows[m] == "cho":
            return m if _with_side(gaz, tokens, m, "cho") is not None else None
    return None


def _glued_comma(tokens: Tokens, k: int) -> bool:
    """``Hữu nghị,Láng giềng``: a comma with no space is inside a name."""
    return 0 < k < len(tokens) - 1 and tokens[k + 1].start == tokens[k].end


def _starts_document(gaz: Gazetteer, tokens: Tokens, k: int) -> bool:
    """``và một số văn kiện khác``, ``và Hiệp định B``: another document begins."""
    return (
        tokens[k].low in PLURALS
        or tokens[k].low in ("văn", "tài")
        or (tokens.text(k)[0].isupper() and gaz.at("agreement_types", tokens.starts[k]) is not None)
    )


# What may follow an acronym inside a name: what the document is about, or between.
_COMPLEMENTS = frozenset({"về", "giữa", "trong", "với", "của"})
