"""The ``officials`` parser: people named with their offices.

One `Official` per mention. Mentions of one person share a ``person_id`` and
carry the fullest form of the name the document uses. The work is done in
stages, a module each: mentions (`extract`), people (`linking`), the country
each serves (`country`), and what a title says (`titles`).

>>> found = find_officials("Tổng thống Nga Vladimir Putin hoan nghênh")
>>> [(o.name, o.titles, o.role, o.country) for o in found]
[('Vladimir Putin', ('Tổng thống',), 'head_of_state', 'RU')]
"""

from __future__ import annotations

from vnpress.model import Document, Official
from vnpress.officials.country import Evidence, country, main_foreign_country, titles_folded
from vnpress.officials.extract import find_mentions
from vnpress.officials.linking import full_latin_names, fullest, keep_credible, link, listed_country
from vnpress.officials.titles import (
    COUNTERPART,
    display_title,
    heads_international_body,
    is_bare,
    is_counterpart,
    organization,
    role_of,
)
from vnpress.registry import declare

__all__ = ["find_officials", "parse_officials"]


@declare("officials", produces=Official)
def parse_officials(doc: Document) -> list[Official]:
    """Every mention of a person named with an office in ``doc``."""
    gaz = doc.gazetteer
    clean = gaz.analysis.clean
    mentions = list(find_mentions(gaz.analysis, gaz))
    if not mentions:
        return []
    fuller = full_latin_names(gaz)
    mentions = keep_credible(mentions, fuller)
    if not mentions:
        return []
    people, full_names = link(mentions)
    full_names = {pid: fullest(fuller, name) for pid, name in full_names.items()}
    doc_country = main_foreign_country(gaz)
    listed: dict[str, str | None] = {}  # per document: lexicons may change between parses
    out: list[Official] = []
    country_of: dict[int, str | None] = {}
    role_of_person: dict[int, str] = {}
    previous_role = "other"
    for m, pid in zip(mentions, people, strict=True):
        name = full_names[pid]
        if name not in listed:
            listed[name] = listed_country(name)
        found = country(Evidence(gaz, m, titles_folded(m), listed[name], doc_country))
        if found is None:
            found = country_of.get(pid)
        country_of.setdefault(pid, found)
        title = m.titles[0] if m.titles else ""
        role = role_of(title)
        if role == COUNTERPART:
            role = previous_role  # "người đồng cấp": the same office as the one met
        elif role == "other" and pid in role_of_person and is_bare(title):
            role = role_of_person[pid]  # "Chủ tịch" again, after "Chủ tịch nước"
        if role in ("executive", "other") and heads_international_body(m.titles):
            role = "international_official"  # "Tổng giám đốc Tổ chức Y tế Thế giới"
        role_of_person.setdefault(pid, role)
        previous_role = role
        if role == "international_official":
            found = None
        out.append(
            Official(
                **clean.span_fields(m.start, m.end),
                name=name,
                titles=[display_title(t) for t in m.titles if not is_counterpart(t)],
                role=role,  # type: ignore[arg-type]
                country=found,
                organization=organization(m.titles),
                person_id=f"p{pid}",
            )
        )
    return out


def find_officials(text: str) -> list[Official]:
    """The officials in ``text``."""
    from vnpress.pipeline import find_items

    return list(find_items("officials", text))
