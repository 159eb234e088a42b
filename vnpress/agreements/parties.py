"""The signatories and the subject written in a document's name.

``giữa A và B`` names the parties; ``và`` inside a body's own name (``Bộ Khoa
học và Công nghệ``) is not a separator, so a split happens only where a new
body or country begins, judged with the lexicons the officials parser keeps.
A closing ``Việt Nam - Liên minh Kinh tế Á - Âu`` names them too, unless it
describes a body (``của Tổ Công tác cấp cao Việt – Nga``).
"""

from __future__ import annotations

import regex

from vnpress import lexicons
from vnpress.lexicons import key
from vnpress.text.tokens import GLUE
from vnpress.words import word_set

# "giữa A và B", not "giữa lúc" (amid) nor "giữa khi".
_BETWEEN = regex.compile(r"(?<![\p{L}])giữa[ ]+(?!lúc|khi|bối cảnh|thời điểm)", regex.IGNORECASE)
_SUBJECT = regex.compile(
    r"(?<![\p{L}])(?:về|trong lĩnh vực|trong các lĩnh vực)[ ]+", regex.IGNORECASE
)
# "giai đoạn 2017-2022": the period, which is not part of a party's name.
_PERIOD = regex.compile(
    r"[ ,]{0,4}(?:cho[ ]{1,3})?(?:giai đoạn|nhiệm kỳ|thời kỳ)[ ]{1,3}(?:từ[ ]{1,3})?"
    r"(?:năm[ ]{1,3})?\d{4}(?:[ ]{0,3}(?:[-–]|đến)[ ]{0,3}(?:năm[ ]{1,3})?\d{4})?",
    regex.IGNORECASE,
)
_SPLIT = regex.compile(r"[ ]{0,3}(?:,|(?<![\p{L}])và(?![\p{L}]))[ ]{0,3}", regex.IGNORECASE)
_PAIR = regex.compile(r"[ ]{1,3}[-–][ ]{1,3}")
_BOTH = regex.compile(
    r"(?<![\p{L}])hai[ ]+(?:nước|bên|phía|quốc gia|bộ)(?![\p{L}])", regex.IGNORECASE
)
# Short forms that pair countries in names: "Việt - Nga", "Nga - Trung".
SHORT_COUNTRIES = word_set("short_country_names")


def parties_and_subject(title: str, type_length: int) -> tuple[tuple[str, ...], str | None]:
    """``(parties, subject)`` written in ``title``; the type word is its first characters."""
    body = GLUE.sub(" ", _PERIOD.sub("", title))  # "giữaLiên minh": a typo
    between = _BETWEEN.search(body, type_length)
    subject_at = _SUBJECT.search(body, type_length)
    subject = None
    if subject_at is not None and (between is None or subject_at.start() < between.start()):
        # "Chương trình hợp tác trong lĩnh vực X giữa A và B": the subject comes first,
        # and a later "về" belongs to a party's name ("Tập đoàn … về hoạt động vũ trụ").
        end = between.start() if between is not None else len(body)
        subject = body[subject_at.end() : end].strip(" ,") or None
    if between is not None:
        rest = body[between.end() :]
        if subject is None:
            later = _SUBJECT.search(rest)
            if later is not None:
                subject = rest[later.end() :].strip(" ,") or None
                rest = rest[: later.start()]
        return _split_parties(rest), subject
    if subject_at is not None:
        body = body[: subject_at.start()]
    return _closing_pair(body[type_length:]), subject


# "… Bắc Ireland ngày 28/10/2004": when it was signed, not who signed it.
_DATE_TAIL = regex.compile(
    r"[ ,]{0,4}(?:ký[ ]{1,3})?(?:ngày|năm|tháng|hôm)[ ]{1,3}\d.*$", regex.IGNORECASE
)


def _split_parties(text: str) -> tuple[str, ...]:
    """The parties of ``giữa …``; fewer than two means none could be told apart."""
    text = _DATE_TAIL.sub("", text)
    parts: list[str] = []
    pos = 0
    for sep in _SPLIT.finditer(text):
        nxt = text[sep.end() :]
        if nxt and _begins_party(nxt):
            parts.append(text[pos : sep.start()])
            pos = sep.end()
    parts.append(text[pos:])
    found = tuple(p.strip(" ,") for p in parts if p.strip(" ,"))
    if len(found) == 1 and _BOTH.search(found[0]):
        return found  # "giữa Bộ Quốc phòng hai nước": both sides in one phrase
    return found if len(found) > 1 else ()


def _begins_party(text: str) -> bool:
    folded = key(text)
    return (
        any(
            lex.match(folded, 0) is not None
            for lex in (lexicons.ORG_HEADS, lexicons.BODIES, lexicons.COUNTRIES)
        )
        and text[0].isupper()
    )


def _closing_pair(text: str) -> tuple[str, ...]:
    """``… Việt Nam - Liên minh Kinh tế Á - Âu`` at the end of a name."""
    for dash in _PAIR.finditer(text):
        left = text[: dash.start()]
        if "của " in key(left):
            return ()  # the pair describes a body: "của Tổ Công tác cấp cao Việt – Nga"
        words = left.split()
        for size in (3, 2, 1):
            party = " ".join(words[-size:])
            if party in lexicons.COUNTRIES or (size == 1 and key(party) in SHORT_COUNTRIES):
                right = text[dash.end() :].strip()
                if right and right[0].isupper():
                    return party, right
        break
    return ()
