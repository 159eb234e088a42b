"""The ``officials`` parser: people named with their offices.

One `Official` per mention. Mentions of one person share a ``person_id`` and
carry the fullest form of the name the document uses. The work is done in
stages, a module each: mentions (`extract`), people (`linking`), the country
each serves (`country`), and what a title says (`titles`).

Examples:
    >>> found = find_officials("Tổng thống Nga Vladimir Putin hoan nghênh")
    >>> [(o.name, o.titles, o.role, o.country) for o in found]
    [('Vladimir Putin', ('Tổng thống',), 'head_of_state', 'RU')]
"""

from __future__ import annotations

from vnpress.model import Document, Official
from vnpress.officials.country import Evidence, country, main_foreign_country, titles_folded
from vnpress.officials.extract import find_mentions
from vnpress.officials.linking import full_latin_names, fullest, keep_credible, link, listed
from vnpress.officials.titles import (
    COUNTERPART,
    display_title,
    heads_international_body,
    is_bare,
    is_counterpart,
    organization,
    principal,
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
    # "người đồng cấp Trung Quốc Vương Nghị": a relation, not an office; a person
    # named only so is no official
    titled = {pid for m, pid in zip(mentions, people, strict=True) if _has_office(m.titles)}
    kept = [(m, pid) for m, pid in zip(mentions, people, strict=True) if pid in titled]
    if not kept:
        return []
    mentions, people = [m for m, _ in kept], [pid for _, pid in kept]
    full_names = {pid: fullest(fuller, name) for pid, name in full_names.items()}
    doc_country = main_foreign_country(gaz)
    gazetteer = {name: listed(name) for name in set(full_names.values())}
    # One country per person: what its strongest evidence gives, among its mentions.
    country_of: dict[int, tuple[int, str | None]] = {}
    for m, pid in zip(mentions, people, strict=True):
        known = gazetteer[full_names[pid]]
        evidence = Evidence(
            gaz, m, titles_folded(m), None if known is None else known[0], doc_country
        )
        answer, strength = country(evidence)
        if pid not in country_of or strength < country_of[pid][0]:
            country_of[pid] = (strength, answer)
    out: list[Official] = []
    role_of_person: dict[int, str] = {}
    previous_role = "other"
    for m, pid in zip(mentions, people, strict=True):
        name = full_names[pid]
        found = country_of[pid][1]
        title = principal(m.titles)
        role = role_of(title)
        known = gazetteer[name]
        if known is not None and known[1] and role == "other" and is_bare(title):
            role = known[1]  # "Chủ tịch Tập Cận Bình": the gazetteer knows the office
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


def _has_office(titles: tuple[str, ...]) -> bool:
    return any(not is_counterpart(t) for t in titles)


def find_officials(text: str) -> list[Official]:
    """The officials in ``text``."""
    from vnpress.pipeline import find_items

    return list(find_items("officials", text))
