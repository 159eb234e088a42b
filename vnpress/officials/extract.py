"""Find mentions of people named with an office, in token order.

A mention is a chain of titles (``Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại
giao``) followed by a name, or a name followed by ``, title`` (apposition).
After a title, the words up to the name describe the office (a body, a
country, a place); the name is the capitalised run that closes that stretch.
A verb or function word, a sentence stop or another title ends the stretch.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import attrs

from vnpress import lexicons
from vnpress.gazetteer import Gazetteer, Hit
from vnpress.officials import names
from vnpress.officials.titles import DEPUTY, MODIFIERS
from vnpress.text.analysis import Analysis
from vnpress.text.marks import BRACKETS, CLAUSE_BREAKS, DOUBLE_QUOTES, SENTENCE_STOPS, SINGLE_QUOTES
from vnpress.text.tokens import GLUE, Token, Tokens, trim_end
from vnpress.words import phrases, word_set

_HARD_STOPS = SENTENCE_STOPS | CLAUSE_BREAKS | BRACKETS | DOUBLE_QUOTES | SINGLE_QUOTES
_MODIFIERS = frozenset({*MODIFIERS, DEPUTY})
# Words that end the description of an office: verbs, auxiliaries, pronouns.
STOP_WORDS = word_set("office_description_ends")
_MAX_TAIL = 16
_STOP_PHRASES = frozenset(tuple(p.split()) for p in phrases("office_description_end_phrases"))


def _two_word_stop(tokens: Tokens, k: int) -> bool:
    return k + 1 < len(tokens) and (tokens.lows[k], tokens.lows[k + 1]) in _STOP_PHRASES


@attrs.frozen
class Mention:
    """A name and the titles given to it here (clean offsets)."""

    start: int
    end: int
    name: str
    name_start: int
    name_end: int
    titles: tuple[str, ...]
    apposition: bool = False
    #: The word right after the name when it is written in lower case: in
    #: "Thứ trưởng Nguyễn Văn an", the last syllable, lower-cased by a typo.
    lower_after: str = ""


def title_index(
    tokens: Tokens, starts: list[int], gaz: Gazetteer, titles: list[Hit]
) -> dict[int, int]:
    """``{first token: token past the end}`` of every title, modifiers included.

    ``titles`` is the walk of the title lexicon through the text, instead of
    a match attempt at every token: the parsers ask "does a title start here?" often.
    """
    found: dict[int, int] = {}
    matches = list(titles)
    # "Chủ tịchHội đồng": a title glued to the next word ends where the glue is.
    for g in sorted(tokens.glued):
        for back in (1, 2, 3):
            if g - back >= 0 and (hit := gaz.at("titles", tokens[g - back].start, tokens[g].start)):
                matches.append(hit)
                break
    low = gaz.analysis.clean.lower
    inside = gaz.inside(("venues", "bodies"))
    for m_start, m_end, _, _ in matches:
        j = bisect_left(starts, m_start)
        if j >= len(tokens) or tokens[j].start != m_start:
            continue
        if inside(m_start):
            continue  # "Phủ Chủ tịch", "Văn phòng Chủ tịch nước": no one's title there
        end = bisect_left(starts, m_end)
        i = j
        while i > 0 and tokens[i - 1].low in _MODIFIERS:
            i -= 1
        if i > 0 and tokens[i - 1].low in _PLURALS and tokens.text(i - 1).islower():
            continue  # "Hội nghị các Bộ trưởng Kinh tế": a group, not a person's office
        if tokens[i].text.islower() and lexicons.key(low[m_start:m_end]) in _GENERIC_HEADS:
            # "cố vấn Thư ký Hội đồng …", "nhà lãnh đạo Triều Tiên": a body, a
            # country or another office makes the common noun an office
            after = m_end + 1
            if not (gaz.longest(after, _NAMES_AN_OFFICE) or gaz.at("org_heads", after)):
                continue
        # "Chủ nhiệm Ủy ban | Khoa học, Công nghệ và Môi trường": a body that opens
        # inside the title and runs past it is the title's own
        for k in range(j + 1, end):
            body = gaz.at("bodies", tokens[k].start)
            if body is not None and body.end > m_end:
                end = bisect_left(starts, body.end)
                break
        for k in range(i, j + 1):
            found.setdefault(k, end)
    return found


_NAMES_AN_OFFICE = ("bodies", "countries", "titles")


def _is_stop(tok: Token) -> bool:
    return tok.text in _HARD_STOPS or tok.newline_before


def _capitalised_run(tokens: Tokens, i: int, limit: int) -> int:
    """End index of the run of capitalised tokens (and name particles) starting at ``i``."""
    j = i
    while j < limit:
        if j > i and tokens[j].newline_before:
            break  # a name does not run on over a line break
        if names.is_capitalised(tokens[j].text):
            j += 1
            continue
        # "von der Leyen": particles count when a capitalised word follows them.
        p = j
        while p < limit and tokens[p].low in names.PARTICLES:
            p += 1
        if p > j and p < limit and names.is_capitalised(tokens[p].text):
            j = p
            continue
        break
    return j


_KNOWN_NAMES = ("countries", "places", "bodies")
_WHERE = ("countries", "places", "capitals")


def _skip_known(tokens: Tokens, i: int, j: int, gaz: Gazetteer) -> int:
    """Skip countries, places and bodies at the start of the run ``[i, j)``."""
    while i < j:
        hit = gaz.longest(tokens[i].start, _KNOWN_NAMES, tokens[j - 1].end)
        if hit is None:
            return i
        while i < j and tokens[i].start < hit.end:
            i += 1
    return i


def _name_in_run(tokens: Tokens, i: int, j: int, gaz: Gazetteer) -> int | None:
    """Start index of the person's name that ends the capitalised run ``[i, j)``."""
    words = tokens.texts(i, j)
    start = names.vietnamese_name_start(words)
    if start is not None:
        # "Hà Nội", "Hàn Quốc", "(Hoàng Anh) Gia Lai" are places, not people;
        # "Lê Thái Bình", a family name and a place, is a person
        if _is_place(" ".join(words[-2:])) and len(words) - start != 3:
            return None
        return i + start
    k = _skip_known(tokens, i, j, gaz)
    if k < j and gaz.at("org_heads", tokens[k].start, tokens[j - 1].end):
        return None  # "Tập đoàn Rosatom": a body, not a person
    latin = names.latin_name_start(words[k - i :])
    if latin is None or any(w.lower() in _BODY_WORDS for w in words[k - i + latin :]):
        return None  # "Real Madrid", "Lien Viet Post Bank": a body
    return k + latin


def _is_place(words: str) -> bool:
    return words in lexicons.PLACES or words in lexicons.COUNTRIES


_LOCATIVES = word_set("locatives")
# Words naming an administrative unit: the capitalised run after one is a place.
_ADMIN_UNITS = word_set("administrative_units")
# Latin words that mark the name of a body, not a person ("Real Madrid FC").
_BODY_WORDS = word_set("latin_body_words")
_MAX_LOWER_RUN = 10
_LINKS = word_set("office_links")
HONORIFICS = word_set("honorifics")
_PLURALS = word_set("plural_determiners")


def _find_name(
    tokens: Tokens, i: int, gaz: Gazetteer, titles: dict[int, int]
) -> tuple[int | None, int, int]:
    """Scan the office description from token ``i``.

    Returns ``(name_start, name_end, stop)``: the name's token span if found,
    else ``None`` and the index where the description stopped.
    """
    limit = min(len(tokens), i + _MAX_TAIL)
    k = i
    country = ""  # the country the description names
    named_where = False  # the description has named a body, a country or a place
    body_name = False  # an org head ("Công ty", "Bệnh viện") waits for its name
    lower_run = 0
    while k < limit:
        tok = tokens[k]
        lower = tok.text.islower()
        lower_run = lower_run + 1 if lower else 0
        if lower_run > _MAX_LOWER_RUN:
            return None, k, k
        if named_where and lower and tok.low not in _LINKS and tok.low not in _ADMIN_UNITS:
            return None, k, k  # "Bộ trưởng Bộ Quốc phòng Việt Nam [chủ trì] …"
        if tok.low in _LOCATIVES and not (
            k + 1 < limit and gaz.longest(tokens.starts[k + 1], _WHERE)
        ):
            return None, k, k  # "Tổng Bí thư … [tại] Đại hội": not where the office is
        if tok.text == "(" and k + 2 < limit and tokens[k + 2].text == ")":
            k += 3  # "Cục Điều tra Liên bang (FBI)": an acronym inside the office
            continue
        if _is_stop(tok) or tok.text == ",":
            return None, k, k
        if lower and (tok.low in STOP_WORDS or _two_word_stop(tokens, k)):
            return None, k, k
        if k > i and not body_name and k in titles:
            return None, k, k  # another title owns what follows
        known = gaz.longest(tok.start, _NAMED_IN_OFFICES)
        if known is not None and known.kind == "places" and k == i and not body_name:
            # "Chủ tịch Hồ Chí Minh": a place's name right after the title, shaped
            # like a person's, is the person
            run_end = _capitalised_run(tokens, k, limit)
            start = _name_at_run_end(tokens, k, run_end, gaz)
            if start == k and names.vietnamese_name_start(tokens.texts(k, run_end)) == 0:
                return start, run_end, run_end
        if known is not None:
            # "Bộ Ngoại giao", "Cộng hòa Liên bang Brazil", "tỉnh Nghệ An": skipped whole
            named_where = True
            body_name = False
            country = known.value if known.kind == "countries" else country
            while k < limit and tokens[k].start < known.end:
                k += 1
            if country in _SYLLABLE_NAMES and (name := _syllable_name(tokens, k, limit)):
                return k, name, name  # "… Lào Phết phim ma vông tiếp đoàn"
            continue
        if lower and tok.low in _ADMIN_UNITS:
            # "tỉnh Nghệ An", "bang Victoria Daniel Andrews": the unit's own name follows
            k += 1
            place = gaz.longest(tokens.starts[k], _WHERE) if k < limit else None
            if place is not None:
                named_where = True
                while k < limit and tokens.starts[k] < place.end:
                    k += 1
            else:
                body_name = True
                k = _past_own_name(tokens, k, limit)
            continue
        head = None if lower or _inside_a_name(tokens, k) else gaz.at("org_heads", tok.start)
        if head is not None:
            # "Bộ Năng lượng", "Công ty Minh Phát": a new body's name follows, its
            # first word capitalised, the rest often not
            body_name, named_where = True, False
            while k < limit and tokens.starts[k] < head.end:
                k += 1
            k = _past_own_name(tokens, k, limit)
            continue
        if names.is_capitalised(tok.text):
            run_end = _capitalised_run(tokens, k, limit)
            start = _name_at_run_end(tokens, k, run_end, gaz)
            # in a body's name, one word more is the name's ("Công ty Minh Phát"),
            # and so is a place ("Đại học Y Hà Nội")
            if start is not None and not (body_name and _names_the_body(tokens, start, run_end)):
                return start, run_end, run_end
            # a capitalised word of a name the lexicons do not know: what follows in
            # lower case may be the rest of it ("Đảng Cộng sản Cuba")
            body_name = named_where = False
            k = run_end
            continue
        k += 1
    return None, k, k


_SYLLABLE_NAMES = word_set("syllable_name_countries")


def _syllable_name(tokens: Tokens, k: int, limit: int) -> int | None:
    """The end of a name written syllable by syllable, its first capitalised
    (``Phết phim ma vông``), from ``k`` to the verb or mark after it."""
    if k >= limit or not names.is_capitalised(tokens.text(k)):
        return None
    run_end = _capitalised_run(tokens, k, limit)
    if run_end - k >= 2 and names.is_personal_name(tokens.texts(k, run_end)):
        return run_end  # "Xa-lợm-xay Côm-ma-sít"
    if not names.is_vietnamese_syllable(tokens.text(k)):
        return None
    j = k + 1
    while j < min(limit, k + 6) and tokens.text(j).islower() and tokens.text(j).isalpha():
        if tokens.lows[j] in STOP_WORDS or _two_word_stop(tokens, j):
            break
        j += 1
    return j if j - k >= 2 else None


def _names_the_body(tokens: Tokens, start: int, end: int) -> bool:
    """Whether a name found in a body's name is that body's: one word, one
    ending with a place, or Vietnamese words that no family name leads
    ("Tổng Công ty Gang Thép Hòa Phát")."""
    words = tokens.texts(start, end)
    return (
        len(words) == 1
        or _is_place(" ".join(words[-2:]))
        or (names.vietnamese_name_start(words) != 0 and all(map(names.looks_vietnamese, words)))
    )


def _past_own_name(tokens: Tokens, k: int, limit: int) -> int:
    """Past the first word of the name a body's head or a unit opens (``Công ty
    [Minh] Phát``), unless a person's full name starts there (``TP Nguyễn Thị
    Thanh Mỹ``: the city goes without saying)."""
    if k >= limit or not names.is_capitalised(tokens.text(k)):
        return k
    run_end = _capitalised_run(tokens, k, limit)
    if run_end - k >= 3 and names.vietnamese_name_start(tokens.texts(k, run_end)) == 0:
        return k
    return k + 1


def _inside_a_name(tokens: Tokens, k: int) -> bool:
    """``… Viễn thông Quân đội``: a body's head word inside a capitalised name."""
    return k > 0 and names.is_capitalised(tokens.text(k - 1)) and not tokens[k].newline_before


# What an office's description names, each skipped whole.
_NAMED_IN_OFFICES = ("bodies", "countries", "places")


def _name_at_run_end(tokens: Tokens, i: int, j: int, gaz: Gazetteer) -> int | None:
    """The name closing the capitalised run ``[i, j)``, if the run is one."""
    followed_by_word = j < len(tokens) and tokens[j].text.islower() and not _is_stop(tokens[j])
    if followed_by_word and tokens[j].low not in STOP_WORDS and j - i == 1:
        word = tokens[i].text
        if names.looks_vietnamese(word) or not names.is_latin_token(word):
            return None  # "Giao thông", "An ninh": a capitalised phrase, not a name
    if j < len(tokens) and names.is_capitalised(tokens[j].text) and not tokens[j].newline_before:
        return None
    start = _name_in_run(tokens, i, j, gaz)
    if start is None:
        return None
    before = tokens[i - 1].low if i > 0 and tokens.text(i - 1).islower() else ""
    if start == i and (before in _ADMIN_UNITS or before in _LOCATIVES):
        return None  # "huyện Krông Nô", "tại Kazan": the run opens with a place
    return start


def _text(analysis: Analysis, tokens: Tokens, i: int, j: int) -> str:
    """Tokens ``[i, j)`` as display text: single spaces, glued typos unglued."""
    j = trim_end(tokens, i, j, _TRAILING, keep=1)
    text = analysis.clean.tidy(tokens[i].start, tokens[j - 1].end).strip(" ,")
    return GLUE.sub(" ", text) if any(t.glued for t in tokens[i:j]) else text


# Words that cannot end a title: "Chủ tịch UBND huyện X và [ông Y]".
_TRAILING = word_set("connectives") | word_set("title_connectives")
# Heads that, written in lower case, are as often common nouns ("giáo viên chủ
# nhiệm", "lãnh đạo hai nước"): they make a title only when a body follows.
_GENERIC_HEADS = frozenset(phrases("generic_title_heads"))


def _name_before(tokens: Tokens, end: int, gaz: Gazetteer) -> int | None:
    """Start of a name that ends just before ``tokens[end]``."""
    i = end
    while (
        i > 0
        and (names.is_capitalised(tokens[i - 1].text) or tokens[i - 1].low in names.PARTICLES)
        and not (i < end and tokens[i].newline_before)
    ):
        i -= 1
    i += names.function_words_before_name(tokens.texts(i, end))
    if i == end:
        return None
    if _honorific_before(tokens, i) and names.is_personal_name(tokens.texts(i, end)):
        return i  # "đồng chí Khăm Phăn Phôm Ma Thát": after "ông", the whole run
    start = _name_in_run(tokens, i, end, gaz)
    if start == end - 1 and names.looks_vietnamese(tokens.text(start)):
        return None  # "(Tây) Nam, Chủ tịch …": one Vietnamese-looking word is no one's name
    return start


_HONORIFIC_PHRASES = tuple(tuple(p.split()) for p in phrases("honorific_phrases"))


def _honorific_before(tokens: Tokens, i: int) -> bool:
    """Whether a form of address (``ông``, ``đồng chí``) ends just before token ``i``."""
    lows = tokens.lows
    if i > 0 and lows[i - 1] in HONORIFICS:
        return True
    return any(i >= len(p) and tuple(lows[i - len(p) : i]) == p for p in _HONORIFIC_PHRASES)


# "X sẽ trở thành Bộ trưởng …", "X được bổ nhiệm làm …", "X từng giữ chức …".
_PREDICATES = tuple(tuple(p.split()) for p in phrases("title_predicates"))
_AUXILIARIES = word_set("predicate_auxiliaries")


def _closes_titled_mention(tokens: Tokens, name_start: int, titles: dict[int, int]) -> bool:
    """Whether the name at ``name_start`` ends a title's description."""
    for back in range(1, _MAX_TAIL):
        j = name_start - back
        if j < 0 or _is_stop(tokens[j]) or tokens[j].text == ",":
            return False
        if j in titles:
            return True
    return False


def _subject_name(tokens: Tokens, title_start: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The subject of a predicate that gives a title: ``Chan Chun Sing sẽ trở thành Bộ trưởng``."""
    for verb in _PREDICATES:
        j = title_start - len(verb)
        if j > 0 and tuple(t.low for t in tokens[j:title_start]) == verb:
            break
    else:
        return None
    while j > 0 and tokens[j - 1].low in _AUXILIARIES and tokens[j - 1].text.islower():
        j -= 1
    # "Ông Chan Chun Sing, 51 tuổi, trở thành …": skip the age in apposition.
    age = [t.text for t in tokens[j - 4 : j]] if j >= 4 else []
    if len(age) == 4 and age[0] == age[3] == "," and age[1].isdigit() and age[2] == "tuổi":
        j -= 4
    start = _name_before(tokens, j, gaz)
    return (start, j) if start is not None else None


# Verbs by which a pronoun subject holds the offices listed after them.
_HOLDING = word_set("holding_verbs")


def _pronoun_referent(
    analysis: Analysis, tokens: Tokens, starts: list[int], title_start: int, gaz: Gazetteer
) -> tuple[int, int] | None:
    """``Ông từng đảm nhiệm … như Bộ trưởng X, Bộ trưởng Y``: the offices of the
    person the previous sentence is about (``Ông Chan Chun Sing, 51 tuổi, …``).
    Returns the token span of that person's name there."""
    sentence, _ = analysis.sentence_at(tokens[title_start].start)
    s = bisect_left(starts, sentence)
    pronoun_subject = (
        tokens[s].low in HONORIFICS
        and tokens[s].text[0].isupper()
        and s + 1 < title_start
        and tokens[s + 1].text.islower()
    )
    if not pronoun_subject or not any(t.low in _HOLDING for t in tokens[s + 1 : title_start]):
        return None
    if sentence == 0:
        return None
    previous, _ = analysis.sentence_at(sentence - 1)
    k = bisect_left(starts, previous)
    if k < s and tokens[k].low in HONORIFICS:
        k += 1
    end = _capitalised_run(tokens, k, min(s, k + 6))
    named = _name_at_run_end(tokens, k, end, gaz) if end > k else None
    return (named, end) if named is not None else None


def _apposed_name(tokens: Tokens, title_start: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The name a title is said of: ``Lavrov, Bộ trưởng …``, ``ông Lawrence Wong
    - người trở thành Bộ trưởng …`` or ``X sẽ trở thành Bộ trưởng …``."""
    k = title_start - 1
    if k > 0 and tokens[k].text == ",":
        # "Thượng tướng X, Ủy viên Bộ Chính trị, Bộ trưởng …, chủ trì": offices in
        # commas after a name, with no name of their own, are said of it.
        start = _name_before(tokens, k, gaz)
        return None if start is None else (start, k)
    subject = _subject_name(tokens, title_start, gaz)
    if subject is not None:
        return subject
    # "X - người được bổ nhiệm làm …", "X, người hiện là …": a few lower-case
    # words back to "người" and a dash or comma
    for back in range(1, 7):
        j = title_start - back
        if j < 2 or _is_stop(tokens[j]) or not tokens[j].text.islower():
            return None
        if tokens[j].low == "người" and tokens[j - 1].text in ("-", "–", ","):
            start = _name_before(tokens, j - 1, gaz)
            return (start, j - 1) if start is not None else None
    return None


def _mention(
    analysis: Analysis,
    tokens: Tokens,
    span: tuple[int, int],
    name: tuple[int, int],
    titles: list[tuple[int, int]],
    *,
    apposition: bool = False,
) -> Mention:
    after = name[1]
    lower_after = tokens.lows[after] if after < len(tokens) and tokens.text(after).islower() else ""
    return Mention(
        tokens[span[0]].start,
        tokens[span[1] - 1].end,
        _text(analysis, tokens, *name),
        tokens[name[0]].start,
        tokens[name[1] - 1].end,
        tuple(_text(analysis, tokens, a, b) for a, b in titles if b > a),
        apposition,
        lower_after,
    )


def find_mentions(analysis: Analysis, gaz: Gazetteer) -> Iterator[Mention]:
    title_hits = gaz.scan("titles")
    # "Chủ tịchHội đồng": a title glued to the next word is not found by the scan
    if not title_hits and not analysis.glued:
        return
    tokens, starts = analysis.tokens, analysis.token_starts
    title_ends = title_index(tokens, starts, gaz, title_hits)
    candidates = sorted(title_ends)
    c = 0
    i = 0
    while c < len(candidates):
        if candidates[c] < i:
            c += 1
            continue
        i = candidates[c]
        title_end = title_ends[i]
        chain: list[tuple[int, int]] = []
        start = seg_start = i
        k = title_end
        while True:
            name_start, name_end, stop = _find_name(tokens, k, gaz, title_ends)
            if name_start is not None:
                chain.append((seg_start, name_start))
                yield _mention(analysis, tokens, (start, name_end), (name_start, name_end), chain)
                i = name_end
                break
            nxt = stop + 1
            joins = stop < len(tokens) and tokens[stop].low in (",", "kiêm")
            if joins and nxt < len(tokens):
                next_title = title_ends.get(nxt)
                if next_title is not None:
                    chain.append((seg_start, stop))  # "Phó Thủ tướng, Bộ trưởng ... Tên"
                    seg_start, k = nxt, next_title
                    continue
                if gaz.at("org_heads", tokens[nxt].start) is not None:
                    k = nxt + 1  # "Chủ tịch phân ban Nga, Uỷ ban Liên chính phủ ... Tên"
                    continue
                if tokens[nxt].low in HONORIFICS and _apposed_name(tokens, start, gaz) is None:
                    # "Ngoại trưởng Indonesia, bà Retno Marsudi"; but in "ông A, Bí thư …,
                    # ông B" the offices are A's
                    run_end = _capitalised_run(tokens, nxt + 1, min(len(tokens), nxt + 7))
                    named = _name_at_run_end(tokens, nxt + 1, run_end, gaz)
                    if named is not None:
                        chain.append((seg_start, stop))
                        yield _mention(analysis, tokens, (start, run_end), (named, run_end), chain)
                        i = run_end
                        break
            # No name after the title(s): the name may stand before them.
            titles = [*chain, (seg_start, stop)]
            apposed = _apposed_name(tokens, start, gaz)
            if apposed is not None and stop > start:
                yield _mention(
                    analysis, tokens, (apposed[0], stop), apposed, titles, apposition=True
                )
            else:
                referent = _pronoun_referent(analysis, tokens, starts, start, gaz)
                if referent is not None and stop > start:
                    yield _mention(
                        analysis, tokens, (start, stop), referent, titles, apposition=True
                    )
            i = max(i + 1, title_end, stop)
            break
