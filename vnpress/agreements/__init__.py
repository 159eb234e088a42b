"""The ``agreements`` parser: documents signed, exchanged, in force or planned.

Examples:
    >>> [(a.type, a.parties, a.status) for a in find_agreements(
    ...     "Hai bên ký kết Bản ghi nhớ giữa Bộ Y tế Việt Nam và Bộ Y tế Lào về y tế dự phòng.")]
    [('memorandum', ('Bộ Y tế Việt Nam', 'Bộ Y tế Lào'), 'signed')]
"""

from __future__ import annotations

from datetime import date, datetime

import attrs
import regex

from vnpress import lexicons
from vnpress.agreements.extent import (
    JOINT_TYPES,
    Found,
    instruments,
    mentions,
    name_instruments,
    signing_lists,
)
from vnpress.agreements.parties import parties_and_subject
from vnpress.agreements.sides import both_sides, sentence_parties
from vnpress.agreements.status import status_of
from vnpress.cameo import agreement_code
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
    taken = {f.start for f in listed}
    named = [*listed, *mentions(gaz, typed, taken)]
    found = sorted([*name_instruments(gaz, named), *instruments(gaz, named)], key=lambda f: f.start)
    if not found:
        return []
    tokens, starts = gaz.analysis.tokens, gaz.analysis.token_starts
    out: list[Agreement] = []
    seen: set[object] = set()
    by_title: dict[str, int] = {}
    for f in found:
        title = f.title or clean.tidy(f.start, f.end)
        parties, subject = parties_and_subject(title, len(f.type_word))
        named_parties = bool(parties)
        status = status_of(tokens, starts, f)
        if not parties and f.instrument:
            parties = _fixed_parties(doc, f.instrument)
        if not parties and status in ("signed", "exchanged"):
            parties = sentence_parties(doc, f)
        if not (parties or _is_joint(f, title) or both_sides(doc, f)):
            continue  # a plan, programme or contract of one body's own
        if not (f.listed or named_parties or title[0].isupper()) and _BETWEEN_WORD.search(title):
            continue  # "thỏa thuận ly hôn giữa X và vợ cũ": a private matter
        if status == "mentioned" and not (f.instrument or _is_named(title, len(f.type_word))):
            continue  # "thỏa thuận ngầm", "đã thỏa thuận rồi": the everyday word
        same = _identity(f, title, parties)
        if same in seen:
            continue  # one entry per document, however often it is named
        seen.add(same)
        earlier = by_title.get(key(title))
        if earlier is not None:
            # named again: "ký một thỏa thuận hợp tác …; A và B ký thỏa thuận hợp tác"
            if parties and not out[earlier].parties:
                out[earlier] = attrs.evolve(out[earlier], parties=parties)
            continue
        by_title[key(title)] = len(out)
        span = clean.span_fields(f.start, f.end)
        out.append(
            Agreement(
                **span,
                type=f.type,
                title=title,
                parties=parties,
                subject=subject,
                period=_period(doc, span["start"], span["end"]),
                status=status,  # type: ignore[arg-type]
                cameo=agreement_code(status),
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


def _identity(f: Found, title: str, parties: tuple[str, ...]) -> object:
    """Two mentions of one document: one instrument (its acronym and its name),
    the same type between the same parties (in any order), or the same title."""
    if f.instrument:
        return f.instrument
    if len(parties) > 1:
        return f.type, frozenset(key(p) for p in parties)
    return key(title)


def _fixed_parties(doc: Document, instrument: str) -> tuple[str, ...]:
    """An instrument's fixed parties (``EVFTA``: Việt Nam and the EU), when the
    document names each of them."""
    parties = tuple(p.strip() for p in lexicons.INSTRUMENTS.records[instrument][1].split(";"))
    written = key(doc.clean.text)
    return parties if all(p and key(p) in written for p in parties) else ()


def _is_joint(f: Found, title: str) -> bool:
    """Plans, programmes, regulations and contracts are one body's own unless a
    second party shows: a signing list, ``hợp tác``, or a foreign body (parties
    named in or around the name, or both sides as the subject, show it too)."""
    if f.listed or f.instrument or f.type_word not in JOINT_TYPES:
        return True
    t = key(title)
    if " hợp tác" in t:
        return True
    known, country = body_country(t)
    return known and country is None


def _period(doc: Document, start: int, end: int) -> str | None:
    """The validity period: an interval inside the name (``giai đoạn 2017-2022``),
    or ``DATE/..`` for ``… có hiệu lực (vào|từ) DATE`` right after it."""
    inside = [d for d in doc.items_in("dates", start, end) if d.start >= start and d.end <= end]
    for d in inside:
        if d.kind == "interval":
            return str(d.value)
    for d in inside:
        # "Kế hoạch hợp tác năm 2024": the year it is for; not "đến năm 2030", a target
        before = doc.text[max(start, d.start - 8) : d.start].split()
        if d.grain == "year" and not (before and before[-1].lower() in _TARGET_WORDS):
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


# "đến năm 2030": a year a name looks to, not one it is for.
_TARGET_WORDS = frozenset({"đến", "tới", "trước", "sau"})
_NAMING_WORD = regex.compile(r"(?<![\p{L}])(?:về|giữa)(?![\p{L}])", regex.IGNORECASE)
_BETWEEN_WORD = regex.compile(r"(?<![\p{L}])giữa(?![\p{L}])", regex.IGNORECASE)
# "… đã có hiệu lực vào tháng 10.2016", "… có hiệu lực từ ngày 1/8"
_IN_FORCE_SINCE = regex.compile(
    r"[ ,]*(?:đã[ ]+|chính thức[ ]+|sẽ[ ]+)*có[ ]+hiệu[ ]+lực[ ]+(?:vào|từ|kể từ)?[ ]*",
    regex.IGNORECASE,
)
