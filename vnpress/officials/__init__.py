"""The ``officials`` parser: people named with their offices.

One `Official` per mention. Mentions of one person share a ``person_id`` and
carry the fullest form of the name the document uses.

>>> found = find_officials("Tổng thống Nga Vladimir Putin hoan nghênh")
>>> [(o.name, o.titles, o.role, o.country) for o in found]
[('Vladimir Putin', ('Tổng thống',), 'head_of_state', 'RU')]
"""

from __future__ import annotations

from collections import Counter

import regex

from vnpress import lexicons
from vnpress.lexicons import key
from vnpress.model import Document, Official
from vnpress.officials.extract import Mention, find_mentions
from vnpress.officials.names import is_latin_token, one_typo_apart, same_person
from vnpress.officials.roles import body_country, countries_in, role_of
from vnpress.text.clean import CleanText
from vnpress.text.tones import fold_tones

__all__ = ["find_officials", "parse_officials"]

_SIDE = regex.compile(r"(?:phía|đoàn)[ ]{1,3}(\p{Lu}[\p{L} ]{0,30})", regex.IGNORECASE)
_COUNTERPART = "counterpart"
_CONTEXT = 400


def parse_officials(doc: Document) -> list[Official]:
    """Every mention of a person named with an office in ``doc``."""
    return _officials(doc.clean)


def find_officials(text: str) -> list[Official]:
    """The officials in ``text``."""
    return parse_officials(Document(text=text))


def _officials(clean: CleanText) -> list[Official]:
    mentions = list(find_mentions(clean))
    if not mentions:
        return []
    fuller = _full_latin_names(clean.text)
    mentions = _keep_credible(mentions, fuller)
    if not mentions:
        return []
    people, full_names = _link(mentions)
    full_names = {pid: _fullest(fuller, name) for pid, name in full_names.items()}
    doc_country = _main_foreign_country(clean.folded)
    known: dict[str, str | None] = {}  # per document: lexicons may change between parses
    out: list[Official] = []
    country_of: dict[int, str | None] = {}
    role_of_person: dict[int, str] = {}
    previous_role = "other"
    for m, pid in zip(mentions, people, strict=True):
        name = full_names[pid]
        if name not in known:
            known[name] = _known_country(name)
        country = _country(clean, m, known[name], doc_country)
        if country is None:
            country = country_of.get(pid)
        country_of.setdefault(pid, country)
        title = m.titles[0] if m.titles else ""
        role = role_of(title)
        if role == _COUNTERPART:
            role = previous_role  # "người đồng cấp": the same office as the one met
        elif role == "other" and pid in role_of_person and _bare(title):
            role = role_of_person[pid]  # "Chủ tịch" again, after "Chủ tịch nước"
        if role in ("executive", "other") and _heads_international_body(m.titles):
            role = "international_official"  # "Tổng giám đốc Tổ chức Y tế Thế giới"
        role_of_person.setdefault(pid, role)
        previous_role = role
        if role == "international_official":
            country = None
        out.append(
            Official(
                **clean.span_fields(m.start, m.end),
                name=name,
                titles=[_display_title(t) for t in m.titles if not _is_counterpart(t)],
                role=role,  # type: ignore[arg-type]
                country=country,
                organization=_organization(m.titles),
                person_id=f"p{pid}",
            )
        )
    return out


def _keep_credible(mentions: list[Mention], fuller: dict[str, str]) -> list[Mention]:
    """Keep a one-word Latin name (``Tổng thống Putin``) only when the document
    or the gazetteer gives a fuller name for it: alone, ``Chủ tịch Barcelona``,
    ``CEO Bkav`` or ``Jakarta, Ngoại trưởng …`` name places and bodies."""
    last_names = {m.name.split()[-1].lower() for m in mentions if len(m.name.split()) > 1}
    return [
        m
        for m in mentions
        if len(m.name.split()) > 1
        or m.name.lower() in last_names
        or len(_fullest(fuller, m.name).split()) > 1
        or _known_country(m.name) is not None
    ]


def _heads_international_body(titles: tuple[str, ...]) -> bool:
    if not titles:
        return False
    known, country = body_country(key(titles[0]))
    return known and country is None


def _bare(title: str) -> bool:
    return lexicons.TITLES.get(title) is not None


def _is_counterpart(title: str) -> bool:
    head = lexicons.TITLES.match(key(title), 0)
    return head is not None and lexicons.TITLES.entries[key(head.group())] == _COUNTERPART


# A new mention is compared with at most this many people sharing its last word,
# the most recently named: a book-length text may name hundreds of people called
# "Minh", and comparing with all of them would make linking quadratic.
_MAX_CANDIDATES = 32


def _link(mentions: list[Mention]) -> tuple[list[int], dict[int, str]]:
    """A person number for each mention (same name, or a shorter writing of
    it: ``Putin``, ``V. Putin``, or a typo: ``Erdorgan``), and each person's
    fullest name. Names are compared only with names ending alike, so linking
    stays linear however many people a text names."""
    names: dict[int, str] = {}
    by_last: dict[str, list[int]] = {}
    by_prefix: dict[str, list[int]] = {}
    ids: list[int] = []
    for m in mentions:
        last = m.name.split()[-1].lower()
        candidates = (
            by_last.get(last, [])[-_MAX_CANDIDATES:]
            + by_prefix.get(last[:3], [])[-_MAX_CANDIDATES:]
        )
        pid = next(
            (
                n
                for n in candidates
                if same_person(m.name, names[n])
                or same_person(names[n], m.name)
                or one_typo_apart(m.name, names[n])
            ),
            None,
        )
        if pid is None:
            pid = len(names) + 1
            names[pid] = m.name
            by_last.setdefault(last, []).append(pid)
            by_prefix.setdefault(last[:3], []).append(pid)
        elif len(m.name.split()) > len(names[pid].split()):
            names[pid] = m.name
        ids.append(pid)
    return ids, names


# A run of up to four capitalised Latin-script words ("Vladimir Putin", "V. Putin").
_LATIN_RUN = regex.compile(
    r"(?<![\p{L}])(?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]*)[ ]){1,3}\p{Lu}[\p{L}'’\-]*(?![\p{L}])"
)


def _full_latin_names(text: str) -> dict[str, str]:
    """The longest Latin-script name the text writes for each last name, in one
    pass (``người đồng cấp Nga Vladimir Putin`` gives Putin → Vladimir Putin)."""
    out: dict[str, str] = {}
    for m in _LATIN_RUN.finditer(text):
        words = _without_known_head(m.group().split())
        while words and not _is_given_name(words[0]):
            words.pop(0)
        if len(words) < 2 or not all(is_latin_token(w) for w in words):
            continue
        last = words[-1].lower()
        if len(words) > len(out.get(last, "").split()):
            out[last] = " ".join(words)
    return out


def _without_known_head(words: list[str]) -> list[str]:
    """Drop a country, place, body or title opening a run of capitalised words:
    in "… tại Việt Nam Marc Knapper", "Nam" is not Marc Knapper's first name."""
    while words:
        phrase = key(" ".join(words))
        ends = [
            m.end()
            for lex in (lexicons.COUNTRIES, lexicons.PLACES, lexicons.BODIES, lexicons.TITLES)
            if (m := lex.match(phrase, 0)) is not None
        ]
        if not ends:
            return words
        covered = len(phrase[: max(ends)].split())  # key() keeps one space per word
        words = words[covered:]
    return words


def _fullest(fuller: dict[str, str], name: str) -> str:
    """``Putin`` → ``Vladimir Putin`` when the document writes the name in full."""
    tokens = name.split()
    if len(tokens) > 2 or not all(is_latin_token(t) for t in tokens):
        return name
    candidate = fuller.get(tokens[-1].lower())
    if candidate and len(candidate.split()) > len(tokens) and same_person(name, candidate):
        return candidate
    return name


def _is_given_name(word: str) -> bool:
    return is_latin_token(word) and not any(
        word in lex for lex in (lexicons.COUNTRIES, lexicons.TITLES, lexicons.BODIES)
    )


def _country(
    clean: CleanText, m: Mention, known_person: str | None, doc_country: str | None
) -> str | None:
    """The country a mention's person serves, from the strongest evidence available."""
    titles = " , ".join(fold_tones(t) for t in m.titles)
    named = countries_in(titles)
    if named:
        return named[0]  # "Đại sứ Việt Nam tại Liên bang Nga" serves Việt Nam
    if known_person is not None:
        return known_person or None
    known_body, body = body_country(key(titles))
    foreign_name = all(is_latin_token(t) or t.islower() for t in m.name.split())
    if not foreign_name:
        return body if known_body else "VN"
    sentence_start, sentence_end = clean.sentence_at(m.start)
    # The context is the sentence, but never more than a few hundred characters,
    # so that one giant "sentence" costs linear time.
    sentence_start = max(sentence_start, m.start - _CONTEXT)
    sentence_end = min(sentence_end, m.end + _CONTEXT)
    before = clean.folded[sentence_start : m.start]
    for side in reversed(list(_SIDE.finditer(before))):
        found = countries_in(side.group(1))
        if found:
            return found[0]  # "Về phía Nga có …"
    if known_body and body:
        return body  # "người phát ngôn Lầu Năm Góc"
    foreign_before = [c for c in countries_in(before) if c != "VN"]
    if foreign_before:
        return foreign_before[-1]  # "8 quan chức Mỹ …, trong đó có Bộ trưởng …"
    after = [c for c in countries_in(clean.folded[m.end : sentence_end]) if c != "VN"]
    if after:
        return after[0]
    return doc_country


def _known_country(name: str) -> str | None:
    """The gazetteer's country for ``name``, also written short (``Erdogan``,
    ``V. Putin``) when that fits exactly one listed person. "" means international."""
    exact = lexicons.PEOPLE.get(name)
    if exact is not None:
        return exact
    last = key(name).split()[-1]
    fits = {
        code
        for person, code in lexicons.PEOPLE.entries.items()
        if person.split()[-1] == last and same_person(key(name), person)
    }
    return fits.pop() if len(fits) == 1 else None


def _main_foreign_country(folded: str) -> str | None:
    counts = Counter(c for c in countries_in(folded) if c != "VN")
    return counts.most_common(1)[0][0] if counts else None


def _display_title(title: str) -> str:
    """The title without the country of the person's service: ``Tổng thống Nga`` and
    ``Bộ trưởng Ngoại giao Canada`` are ``Tổng thống``, ``Bộ trưởng Ngoại giao``; a
    country inside a body's name (``Ủy ban Liên chính phủ Việt Nam – Nga``) stays."""
    t = key(title)
    head_start = 0
    for modifier in ("cựu ", "nguyên ", "quyền ", "tân ", "phó "):
        if t.startswith(modifier, head_start):
            head_start += len(modifier)
    m = lexicons.TITLES.match(t, head_start)
    if m is None:
        return title
    rest = t[m.end() :].lstrip()
    while rest:  # only countries (and "tại") after the head: drop them all
        c = lexicons.COUNTRIES.match(rest, 0)
        if c is None:
            if rest.startswith("tại "):
                rest = rest[4:]
                continue
            break
        rest = rest[c.end() :].lstrip()
    else:
        return title[: m.end()].rstrip()
    words = title.split()
    if "," not in title and len(words) > 2:
        for size in (4, 3, 2, 1):  # longest first: "Cộng hòa Séc", not "Séc"
            tail, before = " ".join(words[-size:]), words[-size - 1] if size < len(words) else ""
            if tail in lexicons.COUNTRIES and before not in ("-", "–", "tại"):
                return " ".join(words[:-size])
    return title


def _organization(titles: tuple[str, ...]) -> str | None:
    """The body a title names (``Bộ trưởng Bộ Ngoại giao`` → ``Bộ Ngoại giao``).

    ``Chính phủ`` in ``Thủ tướng Chính phủ`` names the office, not a body, so a
    more specific body in a later title is preferred.
    """
    found: list[str] = []
    for title in titles:
        t = key(title)
        head = lexicons.TITLES.match(t, 0)
        m = lexicons.ORG_HEADS.search(t, head.end() if head else 0)
        if m is not None:
            found.append(title[m.start() :].strip())
    specific = [f for f in found if key(f) not in ("chính phủ", "quốc hội")]
    best = specific or found
    return best[0] if best else None
