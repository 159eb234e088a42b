"""Source-target rows (dyads) of one document, as event-data pipelines
(PETRARCH, Phoenix, ICEWS) take them: who did what, coded in CAMEO, to whom.

* **events** between sides: each side to each other side, with the event's
  code (talks, meetings, calls, conferences 040; a signing 057); a held visit
  gives the visitor → host row (042) and the host → visitor row (043); a
  planned or invited event, the first side → the others (036). An event with
  one side (a press conference) has no target and gives no row.
* **commitments** aimed at someone: the actor → each addressee, with the
  commitment's code (`vnpress.cameo.commitment_code`).
* **agreements** signed or exchanged between named parties: each party →
  each other party, 057.
"""

from __future__ import annotations

from itertools import permutations

from vnpress import lexicons
from vnpress.cameo import HOST_A_VISIT, SIGN, commitment_code
from vnpress.model import Document, Dyad, Event
from vnpress.text.tones import fold_tones

# The most sides of one event that give rows (each to each): a delegation's
# list does not make a hundred rows.
_MOST_SIDES = 4


def dyads(doc: Document) -> tuple[Dyad, ...]:
    """Every dyad of ``doc``, events first, then commitments, then agreements."""
    published = doc.published.isoformat() if doc.published else None
    rows: list[Dyad] = []
    served = {o.text: o.country for o in doc.officials if o.country}
    for event in doc.events:
        rows += _event_rows(event, served)
    for c in doc.commitments:
        if not c.addressees or not c.actor:
            continue
        source_country = c.actor_countries[0] if c.actor_countries else None
        one_country = len(c.addressee_countries) == 1
        for target in c.addressees:
            rows.append(
                Dyad(
                    date=published,
                    source=c.actor,
                    source_country=source_country,
                    target=target,
                    target_country=c.addressee_countries[0] if one_country else _country(target),
                    cameo=commitment_code(c.kind, c.cue),
                    produced_by="commitments",
                    kind=c.kind,
                    start=c.start,
                    end=c.end,
                )
            )
    for a in doc.agreements:
        if a.status not in ("signed", "exchanged"):
            continue
        for source, target in permutations(a.parties[:_MOST_SIDES], 2):
            rows.append(
                Dyad(
                    date=published,
                    source=source,
                    source_country=_country(source),
                    target=target,
                    target_country=_country(target),
                    cameo=SIGN,
                    produced_by="agreements",
                    kind=a.type,
                    start=a.start,
                    end=a.end,
                )
            )
    return tuple(rows)


def _event_rows(e: Event, served: dict[str, str]) -> list[Dyad]:
    sides = list(e.participants[:_MOST_SIDES])
    if len(sides) < 2:
        return []
    countries = _side_countries(e, sides, served)

    def row(i: int, j: int, cameo: str) -> Dyad:
        return Dyad(
            date=e.date,
            source=sides[i],
            source_country=countries[i],
            target=sides[j],
            target_country=countries[j],
            cameo=cameo,
            produced_by="events",
            kind=e.type,
            start=e.start,
            end=e.end,
        )

    if e.status != "held":
        return [row(0, j, e.cameo) for j in range(1, len(sides))]
    if e.type == "visit":
        host = len(sides) - 1  # where the visit goes, named last
        return [row(0, host, e.cameo), row(host, 0, HOST_A_VISIT)]
    return [
        row(i, j, e.cameo)
        for i, j in permutations(range(len(sides)), 2)
        if countries[i] is None or countries[i] != countries[j]
    ]


def _side_countries(e: Event, sides: list[str], served: dict[str, str]) -> list[str | None]:
    """The country of each side: the one its official serves, else the one its
    name holds (``Thủ tướng Úc``, ``Liên bang Nga``), else none (``ASEAN``)."""
    return [served.get(s) or _country(s) for s in sides]


def _country(text: str) -> str | None:
    """The country a side's name holds (``Tổng thống Nga Vladimir Putin``: RU)."""
    folded = fold_tones(text)
    for lexicon in (lexicons.COUNTRIES, lexicons.CAPITALS):
        m = lexicon.search(folded)
        if m is not None and m.value:
            return m.value
    return None
