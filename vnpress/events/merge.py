"""One event, however many mentions: the mentions of one document merged into
events, and which event each one happens within.

A mention joins the latest event of its type that it does not contradict: the
same status, no other proper name, no other date (a visit's interval holds
its days), no other destination for a visit, and sides that share a country
or a person when both name any. ``Tại cuộc hội đàm`` names no one and joins
the talks already reported; ``chuyến thăm Việt Nam của Tổng thống Putin`` is
not the President's visit to Russia.

An event happens within a visit or a conference that frames it in the same
sentence (``hội đàm … trong khuôn khổ chuyến thăm …``, ``hội đàm … khi tham
dự Hội nghị …``), or, failing that, within a visit whose days hold its date
and that shares a country with it.
"""

from __future__ import annotations

import attrs

from vnpress.events.mentions import Mention
from vnpress.events.setting import Setting
from vnpress.events.sides import Side
from vnpress.lexicons import key

# Events that hold others: visits and conferences.
_LARGER = frozenset({"visit", "conference"})
# The most events one event may be nested in, through each other.
_DEEPEST = 8
# The most sides one event keeps (a mention listing a delegation adds no more).
_MOST_SIDES = 4


@attrs.define
class Draft:
    """An event being gathered from its mentions."""

    type: str
    mentions: list[Mention]
    sides: list[Side]
    date: str | None
    place: str | None
    place_country: str | None
    level: str | None
    status: str
    name: str | None  # a proper name's key, for telling conferences apart
    sentence: int
    within: Draft | None = None
    # The meeting whose sides this one took ("Sau hội đàm, hai bên chứng kiến
    # lễ ký kết"): it happens on that day, at that place, within the same visit.
    follows: Draft | None = None

    @property
    def countries(self) -> list[str]:
        codes = [c for side in self.sides for c in side.countries]
        if self.place_country:
            codes.append(self.place_country)
        return list(dict.fromkeys(codes))

    @property
    def person_ids(self) -> list[str]:
        return list(dict.fromkeys(s.person_id for s in self.sides if s.person_id))

    @property
    def is_empty(self) -> bool:
        """No official and no country takes part: not an event between sides."""
        return not (self.countries or self.person_ids)

    def add(self, m: Mention, setting: Setting, sides: list[Side]) -> None:
        self.mentions.append(m)
        self.date = self.date or setting.date
        self.place = self.place or setting.place
        self.place_country = self.place_country or setting.place_country
        self.level = self.level or setting.level
        known = {(s.person_id or s.text) for s in self.sides}
        for side in sides:
            if len(self.sides) >= _MOST_SIDES:
                break
            if (side.person_id or side.text) not in known:
                self.sides.append(side)
                known.add(side.person_id or side.text)


def new_draft(
    m: Mention, setting: Setting, sides: list[Side], name: str | None, sentence: int
) -> Draft:
    return Draft(
        type=m.type,
        mentions=[m],
        sides=list(sides[:_MOST_SIDES]),
        date=setting.date,
        place=setting.place,
        place_country=setting.place_country,
        level=setting.level,
        status=setting.status,
        name=name,
        sentence=sentence,
    )


def joins(d: Draft, m: Mention, setting: Setting, sides: list[Side], name: str | None) -> bool:
    """Whether mention ``m`` (with its setting and sides) is of event ``d``."""
    if d.type != m.type or d.status != setting.status:
        return False
    if name and not (d.name and (name.startswith(d.name) or d.name.startswith(name))):
        return False  # a proper name is its own event (fuller or shorter, the same
        # name: "Hội nghị … ASEAN" and "Hội nghị … ASEAN lần thứ 57"); "Hội nghị" joins any
    if setting.date and d.date and not _same_time(d.date, setting.date):
        return False
    if d.type == "visit" and setting.place and d.place and not _same_place(d, setting):
        return False
    codes = {c for s in sides for c in s.countries}
    if d.type != "conference" and codes and d.countries and not codes & set(d.countries):
        return False  # a conference's mentions name different members taking part
    ids = {s.person_id for s in sides if s.person_id}
    return not (ids and d.person_ids and not ids & set(d.person_ids) and not codes)


def _same_place(d: Draft, setting: Setting) -> bool:
    """``Liên bang Nga`` and ``Nga`` are one destination: the same country."""
    if d.place_country and setting.place_country:
        return d.place_country == setting.place_country
    return key(d.place or "") == key(setting.place or "")


def _same_time(a: str, b: str) -> bool:
    """``2017-06-29`` is within ``2017-06-28/2017-07-01``; ``2024-10`` holds
    ``2024-10-24``."""
    return any(x == y or y.startswith(x) or _inside(y, x) for x, y in ((a, b), (b, a)))


def _inside(day: str, interval: str) -> bool:
    if "/" not in interval or "/" in day:
        return False
    lo, hi = interval.split("/", 1)
    return lo[: len(day)] <= day <= hi[: len(day)] or lo <= day <= hi


def place_within(drafts: list[Draft], framed: list[tuple[int, Draft, bool]]) -> None:
    """Set each draft's ``within``: the framing visit or conference of its
    sentence, else a visit whose days hold its date. ``framed`` lists
    ``(sentence, draft, framed)`` for every mention."""
    by_sentence: dict[int, list[tuple[Draft, bool]]] = {}
    for sentence, d, frame in framed:
        by_sentence.setdefault(sentence, []).append((d, frame))
    for mentions in by_sentence.values():
        frames = [d for d, frame in mentions if frame and d.type in _LARGER]
        for d, _ in mentions:
            outer = next((f for f in frames if f is not d), None)
            if outer is not None and d.within is None and not _holds(d, outer):
                d.within = outer
    for d in drafts:
        if d.follows is not None:
            d.date = d.date or d.follows.date
            d.place = d.place or d.follows.place
            if (
                d.within is None
                and d.follows.within is not None
                and not _holds(d, d.follows.within)
            ):
                d.within = d.follows.within
    visits = [d for d in drafts if d.type == "visit" and d.status == "held" and d.date]
    for d in drafts:
        if d.within is not None or d.type in _LARGER or not d.date:
            continue
        for v in visits:
            if v.date and _inside(d.date, v.date) and set(d.countries) & set(v.countries):
                d.within = v
                break


def _holds(inner: Draft, outer: Draft) -> bool:
    """Whether ``inner`` already (transitively) holds ``outer``: no cycles. A
    chain deeper than a few events is refused too (events nest a level or two)."""
    d: Draft | None = outer
    for _ in range(_DEEPEST):
        if d is None:
            return False
        if d is inner:
            return True
        d = d.within
    return True
