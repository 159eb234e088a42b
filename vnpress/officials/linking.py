"""Which mentions are one person, and that person's fullest name.

``Tổng thống Putin``, ``V. Putin`` and ``Vladimir Putin`` are one person;
``Nguyễn Văn An`` and ``Nguyễn Văn Anh`` are two. Names are compared only with
names ending alike, so linking stays linear however many people a text names.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from vnpress import lexicons
from vnpress.gazetteer import Gazetteer
from vnpress.lexicons import key
from vnpress.officials.extract import Mention
from vnpress.officials.names import (
    function_words_before_name,
    is_latin_token,
    one_typo_apart,
    same_person,
)
from vnpress.words import word_set

# A new mention is compared with at most this many people sharing its last word,
# the most recently named: a book-length text may name hundreds of people called
# "Minh", and comparing with all of them would make linking quadratic.
_MAX_CANDIDATES = 32


def link(mentions: list[Mention]) -> tuple[list[int], dict[int, str]]:
    """A person number for each mention (same name, or a shorter writing of
    it: ``Putin``, ``V. Putin``, or a typo: ``Erdorgan``), and each person's
    fullest name."""
    names: dict[int, str] = {}
    by_last: dict[str, list[int]] = {}
    by_prefix: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    ids: list[int] = []
    for m in mentions:
        words = m.name.split()
        last = words[-1].lower()
        candidates = (
            by_last.get(last, [])[-_MAX_CANDIDATES:]
            + by_prefix.get(last[:3], [])[-_MAX_CANDIDATES:]
            + by_first.get(words[0].lower(), [])[-_MAX_CANDIDATES:]
        )
        pid = next((n for n in candidates if _same(m, names[n])), None)
        if pid is None:
            pid = len(names) + 1
            names[pid] = m.name
            by_last.setdefault(last, []).append(pid)
            by_prefix.setdefault(last[:3], []).append(pid)
            by_first.setdefault(words[0].lower(), []).append(pid)
        elif len(words) > len(names[pid].split()):
            names[pid] = m.name
        ids.append(pid)
    return ids, names


def _same(m: Mention, known: str) -> bool:
    """Whether mention ``m`` names the person called ``known``."""
    name = m.name
    if same_person(name, known) or same_person(known, name) or one_typo_apart(name, known):
        return True
    # "Thứ trưởng Nguyễn Văn an": the last syllable written in lower case
    if m.lower_after and f"{name} {m.lower_after}".lower() == known.lower():
        return True
    # "Tổng thống Ignacio López" after "Ignacio López Herrera": a Latin name
    # without its second family name
    short, full = name.split(), known.split()
    return (
        len(short) >= 2
        and len(full) > len(short)
        and all(is_latin_token(w) for w in full)
        and [w.lower() for w in full[: len(short)]] == [w.lower() for w in short]
    )


def keep_credible(mentions: list[Mention], fuller: dict[str, str]) -> list[Mention]:
    """Keep a one-word Latin name (``Tổng thống Putin``) only when the document
    or the gazetteer gives a fuller name for it: alone, ``Chủ tịch Barcelona``,
    ``CEO Bkav`` or ``Jakarta, Ngoại trưởng …`` name places and bodies."""
    last_names = {m.name.split()[-1].lower() for m in mentions if len(m.name.split()) > 1}
    return [
        m
        for m in mentions
        if len(m.name.split()) > 1
        or m.name.lower() in last_names
        or len(fullest(fuller, m.name).split()) > 1
        or listed_country(m.name) is not None
    ]


# A run of up to four capitalised Latin-script words ("Vladimir Putin", "V. Putin").
_LATIN_RUN = regex.compile(
    r"(?<![\p{L}])(?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]*)[ ]){1,3}\p{Lu}[\p{L}'’\-]*(?![\p{L}])"
)
_ADMIN_UNITS = word_set("administrative_units")
_LONGEST_UNIT = max(len(w) for w in _ADMIN_UNITS) + 1
# What may open a run of capitalised words without being a first name.
_KNOWN_HEADS = ("countries", "places", "bodies", "titles")


def full_latin_names(gaz: Gazetteer) -> dict[str, str]:
    """The longest Latin-script name the text writes for each last name, in one
    pass (``người đồng cấp Nga Vladimir Putin`` gives Putin → Vladimir Putin)."""
    out: dict[str, str] = {}
    text = gaz.analysis.clean.text
    head_ends = {hit.end for hit in gaz.scan("org_heads")}
    for m in _LATIN_RUN.finditer(text):
        words = m.group().split()
        start = m.start()
        if _opens_with_a_name_of_its_own(head_ends, text, start):
            # "Công ty Minh Phát", "bang Victoria Daniel Andrews": the first word
            # is the body's or the place's
            start += len(words.pop(0)) + 1
        skip = function_words_before_name(words)  # "Theo Dmitry Trenin"
        start += sum(len(w) + 1 for w in words[:skip])
        words = _without_known_head(gaz, start, m.end(), words[skip:])
        while words and not _is_given_name(words[0]):
            words.pop(0)
        if len(words) < 2 or not all(is_latin_token(w) for w in words):
            continue
        last = words[-1].lower()
        if len(words) > len(out.get(last, "").split()):
            out[last] = " ".join(words)
    return out


def _opens_with_a_name_of_its_own(head_ends: set[int], text: str, start: int) -> bool:
    """Whether the run at ``start`` follows a body's head ("Công ty", "Tập
    đoàn"; ``head_ends`` are where they end) or an administrative unit
    ("bang", "tỉnh"), whose name it opens with."""
    end = start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end in head_ends:
        return True
    word = text[max(0, end - _LONGEST_UNIT) : end].rsplit(" ", 1)[-1]
    return word.islower() and word in _ADMIN_UNITS


def _without_known_head(gaz: Gazetteer, start: int, end: int, words: list[str]) -> list[str]:
    """Drop a country, place, body or title opening a run of capitalised words
    (single-spaced, from ``start`` to ``end``): in "… tại Việt Nam Marc
    Knapper", "Nam" is not Marc Knapper's first name."""
    pos = start
    while words:
        hit = gaz.longest(pos, _KNOWN_HEADS, end)
        if hit is None:
            return words
        while words and pos < hit.end:  # drop the words the entry covers
            pos += len(words.pop(0)) + 1
    return words


def _is_given_name(word: str) -> bool:
    return is_latin_token(word) and not any(
        word in lex for lex in (lexicons.COUNTRIES, lexicons.TITLES, lexicons.BODIES)
    )


def fullest(fuller: dict[str, str], name: str) -> str:
    """``Putin`` → ``Vladimir Putin`` when the document writes the name in full."""
    tokens = name.split()
    if len(tokens) > 2 or not all(is_latin_token(t) for t in tokens):
        return name
    candidate = fuller.get(tokens[-1].lower())
    if candidate and len(candidate.split()) > len(tokens) and same_person(name, candidate):
        return candidate
    return name


# The people gazetteer's entries by last name, with the entries it was built
# from: a changed lexicon is a new mapping, and the index is built again.
_BY_LAST: list[tuple[Mapping[str, str], dict[str, list[tuple[str, str]]]]] = []


def _people_by_last_name() -> dict[str, list[tuple[str, str]]]:
    entries = lexicons.PEOPLE.entries
    kept = _BY_LAST[0] if _BY_LAST else None
    if kept is not None and kept[0] is entries:
        return kept[1]
    index: dict[str, list[tuple[str, str]]] = {}
    for person, value in entries.items():
        index.setdefault(person.split()[-1], []).append((person, value))
    _BY_LAST[:] = [(entries, index)]  # one assignment: safe for a reader in another thread
    return index


def listed(name: str) -> tuple[str, str] | None:
    """``(country, role)`` of ``name`` in the people gazetteer, also written short
    (``Erdogan``, ``V. Putin``) when that fits exactly one listed person. An
    empty country is an international post; an empty role, one the title gives."""
    exact = lexicons.PEOPLE.get(name)
    if exact is None:
        last = key(name).split()[-1]
        fits = {
            value
            for person, value in _people_by_last_name().get(last, ())
            if same_person(key(name), person)
        }
        if len(fits) != 1:
            return None
        exact = fits.pop()
    code, _, role = exact.partition(" ")
    return code, role


def listed_country(name: str) -> str | None:
    """The people gazetteer's country for ``name`` ("" international), if listed."""
    found = listed(name)
    return None if found is None else found[0]
