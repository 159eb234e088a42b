"""The ``agreements`` parser: documents signed, exchanged, in force or planned.

>>> [(a.type, a.parties, a.status) for a in find_agreements(
...     "Hai bên ký kết Bản ghi nhớ giữa Bộ Y tế Việt Nam và Bộ Y tế Lào về y tế dự phòng.")]
[('memorandum', ('Bộ Y tế Việt Nam', 'Bộ Y tế Lào'), 'signed')]
"""

from __future__ import annotations

from datetime import date, datetime

import regex

from vnpress import lexicons
from vnpress.agreements.extent import JOINT_TYPES, Found, mentions, signing_lists
from vnpress.agreements.parties import parties_and_subject
from vnpress.agreements.status import status_of
from vnpress.lexicons import body_country, key
from vnpress.model import Agreement, Date, Document
from vnpress.registry import declare

__all__ = ["find_agreements", "parse_agreements"]


@declare("agreements", requires=["dates"], produces=Agreement)
def parse_agreements(doc: Document) -> list[Agreement]:
    """Every formal document ``doc`` names, one entry per distinct document."""
    gaz = doc.gazetteer
    clean = gaz.analysis.clean
    typed = gaz.scan("agreement_types")
    listed = list(signing_lists(gaz))
    if not typed and not listed:
        return []
    taken = {f.start for f in listed}
    tokens, starts = gaz.analysis.tokens, gaz.analysis.token_starts
    found = sorted([*listed, *mentions(gaz, typed, taken)], key=lambda f: f.start)
    out: list[Agreement] = []
    seen: set[object] = set()
    for f in found:
        title = clean.tidy(f.start, f.end)
        parties, subject = parties_and_subject(title, len(f.type_word))
        if not _is_joint(f, title, parties):
            continue
        if not (f.listed or parties or title[0].isupper()) and _BETWEEN_WORD.search(title):
            continue  # "thỏa thuận ly hôn giữa X và vợ cũ": a private matter
        status = status_of(tokens, starts, f)
        if status == "mentioned" and not _is_named(title, len(f.type_word)):
            continue  # "thỏa thuận ngầm", "đã thỏa thuận rồi": the everyday word
        same = _identity(f.type_word, title, parties)
        if same in seen:
            continue  # one entry per document, however often it is named
        seen.add(same)
        span = clean.span_fields(f.start, f.end)
        out.append(
            Agreement(
                **span,
                type=lexicons.AGREEMENT_TYPES.entries[f.type_word],  # type: ignore[arg-type]
                title=title,
                parties=parties,
                subject=subject,
                period=_period(doc, span["start"], span["end"]),
                status=status,  # type: ignore[arg-type]
            )
        )
    return out


def find_agreements(text: str, published: date | datetime | str | None = None) -> list[Agreement]:
    """The agreements in ``text`` (``published`` only grounds their periods)."""
    from vnpress.pipeline import find_items

    return list(find_items("agreements", text, published))


def _is_named(title: str, type_length: int) -> bool:
    """A document with a name: a capital anywhere (``Hiệp định Paris``,
    ``thỏa thuận Brexit``) or a ``về``/``giữa`` complement."""
    rest = title[type_length:]
    return (
        title[0].isupper()
        or any(w[0].isupper() for w in rest.split())
        or bool(_NAMING_WORD.search(rest))
    )


def _identity(type_word: str, title: str, parties: tuple[str, ...]) -> object:
    """Two mentions of one document: the same type between the same parties
    (in any order), or the same title."""
    kind = lexicons.AGREEMENT_TYPES.entries[type_word]
    if len(parties) > 1:
        return kind, frozenset(key(p) for p in parties)
    return key(title)


def _is_joint(f: Found, title: str, parties: tuple[str, ...]) -> bool:
    """Plans, programmes, regulations and contracts are one body's own unless a
    second party shows: a signing list, ``giữa``, ``hợp tác``, or a foreign body."""
    if f.listed or f.type_word not in JOINT_TYPES:
        return True
    t = key(title)
    if parties or " hợp tác" in t:
        return True
    known, country = body_country(t)
    return known and country is None


def _period(doc: Document, start: int, end: int) -> str | None:
    """The validity period: an interval inside the name (``giai đoạn 2017-2022``),
    or ``DATE/..`` for ``… có hiệu lực (vào|từ) DATE`` right after it."""
    for d in doc.items_in("dates", start, end):
        if d.start >= start and d.end <= end and d.kind == "interval":
            return str(d.value)
    cue = _IN_FORCE_SINCE.match(doc.text[end : end + 80])
    if cue is not None:
        since = end + cue.end() - 1
        after: list[Date] = [
            d for d in doc.items_in("dates", since, since + 14) if d.start >= since
        ]
        if after:
            d = after[0]
            return d.value if d.kind == "interval" else f"{d.value}/.."
    return None


_NAMING_WORD = regex.compile(r"(?<![\p{L}])(?:về|giữa)(?![\p{L}])", regex.IGNORECASE)
_BETWEEN_WORD = regex.compile(r"(?<![\p{L}])giữa(?![\p{L}])", regex.IGNORECASE)
# "… đã có hiệu lực vào tháng 10.2016", "… có hiệu lực từ ngày 1/8"
_IN_FORCE_SINCE = regex.compile(
    r"[ ,]*(?:đã[ ]+|chính thức[ ]+|sẽ[ ]+)*có[ ]+hiệu[ ]+lực[ ]+(?:vào|từ|kể từ)?[ ]*",
    regex.IGNORECASE,
)
