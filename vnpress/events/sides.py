"""Who takes part in an event mention: the sides named around its trigger.

The subject side is the officials (or, failing them, a country or a capital)
before the trigger in its clause (``Thủ tướng A [hội đàm] …``, ``Tokyo đã
[ký kết] …``); the other side is the official or country right after it
(``hội đàm [với] Tổng thống B``, ``thăm chính thức Liên bang Nga``), both of
``giữa A và B``, and the visitor after ``của`` (``chuyến thăm Việt Nam của
Tổng thống Putin``). A group acting through its members (``các nước ASEAN``,
``các ngoại trưởng EU``) takes in each member (``data/groups.tsv``).
"""

from __future__ import annotations

from bisect import bisect_left

import attrs

from vnpress.gazetteer import Gazetteer
from vnpress.lexicons import is_country_mention, word_before
from vnpress.model import Document, Official
from vnpress.words import phrases, word_set

# Words between a trigger and the side it meets: "hội đàm [với]", "gặp [gỡ với]".
_TO_SIDE = word_set("event_side_links")
_LEVELS = frozenset(phrases("visit_level_words"))
# Words that say a group acts through its members: "[các nước] ASEAN".
_MEMBERS = word_set("group_member_words")
# Words that start whom a host receives, besides officials: "tiếp [đoàn] …".
_PEOPLE_WORDS = word_set("received_people")
# Words that open a delegation's name, and the most words it runs.
_DELEGATIONS = frozenset({"đoàn", "phái"})
_DELEGATION_WORDS = 10
# Between the sides of a list after a trigger: "giữa A [với] B", "A [và] B".
_JOINERS = frozenset({"và", ",", "với"})
# How far from a trigger a side is looked for, in tokens.
_REACH = 6
_MOST_BEFORE = 2
# How far after a visit's trigger its visitor may follow "của" (past where
# and when: "chuyến thăm Việt Nam từ ngày 9 đến ngày 11/3 của Thủ tướng Úc").
_VISITOR_REACH = 16
# How far before a trigger its subject is looked for, in tokens.
_LOOK_BACK = 40


@attrs.frozen
class Side:
    """A side of an event as written, with what it resolves to."""

    text: str
    first: int  # token index
    last: int
    person_id: str | None = None
    countries: tuple[str, ...] = ()


class SideFinder:
    """The officials, countries and capitals of one document, by token, for
    finding the sides around each event mention."""

    def __init__(self, doc: Document) -> None:
        gaz = doc.gazetteer
        analysis = gaz.analysis
        self.tokens = analysis.tokens
        self.clean = analysis.clean
        self._official_at: dict[int, tuple[int, Official]] = {}
        for o in doc.officials:
            i, j = analysis.token_range(*self.clean.clean_span(o.start, o.end))
            if j > i:
                self._official_at[i] = (j, o)
        self._official_starts = sorted(self._official_at)
        # each token inside an official's mention, to the mention's first token
        self._inside_official = {
            k: i for i, (j, _) in self._official_at.items() for k in range(i, j)
        }
        folded = self.clean.folded
        self._place_at: dict[int, tuple[int, tuple[str, ...]]] = {}
        for kind in ("countries", "capitals"):
            for hit in gaz.scan(kind):
                if kind == "countries" and not is_country_mention(
                    folded, hit.start, word_before(folded, hit.start)
                ):
                    continue
                i, j = analysis.token_range(hit.start, hit.end)
                if j > i and hit.value and i not in self._place_at:
                    self._place_at[i] = (j, (hit.value,))
        for hit in gaz.scan("groups"):
            i, j = analysis.token_range(hit.start, hit.end)
            if j > i:
                members = tuple(hit.value.split())
                acting = "EU" if len(members) > 20 else None  # the EU as one party
                through_members = any(t in _MEMBERS for t in self.tokens.lows[max(0, i - 3) : i])
                codes = members if through_members or acting is None else (acting,)
                self._place_at[i] = (j, codes)
        self._titled: dict[int, tuple[int, tuple[str, ...]]] = {}
        self._titled_sides(gaz)

    def _titled_sides(self, gaz: Gazetteer) -> None:
        """``Ngoại trưởng Indonesia``: an office and its country, no name,
        stand for that country's side."""
        analysis = gaz.analysis
        for hit in gaz.scan("titles"):
            i, j = analysis.token_range(hit.start, hit.end)
            if j <= i or i in self._official_at or i in self._place_at or j not in self._place_at:
                continue
            end, codes = self._place_at[j]
            self._titled[i] = (end, codes)

    def starts_person(self, k: int) -> bool:
        """Whether an official or an office of a country starts at ``k``, or a
        delegation (``Đoàn``, ``đoàn``), or a form of address and a name."""
        return k in self._official_at or k in self._titled or self.tokens.lows[k] in _PEOPLE_WORDS

    def starts_side(self, k: int) -> bool:
        """Whether an official, a country or a capitalised name starts at ``k``."""
        return (
            k in self._official_at
            or k in self._place_at
            or k in self._titled
            or self.tokens.text(k)[:1].isupper()
        )

    def official_at(self, k: int) -> Side | None:
        found = self._official_at.get(k)
        if found is None:
            return None
        j, o = found
        return Side(o.text, k, j, o.person_id, (o.country,) if o.country else ())

    def country_at(self, k: int) -> Side | None:
        found = self._place_at.get(k)
        if found is None:
            return None
        j, codes = found
        return Side(self._text(k, j), k, j, None, codes)

    def side_at(self, k: int, end: int | None = None) -> Side | None:
        return (
            self.official_at(k)
            or self.titled_at(k)
            or self.delegation_at(k, len(self.tokens) if end is None else end)
            or self.country_at(k)
        )

    def titled_at(self, k: int) -> Side | None:
        found = self._titled.get(k)
        if found is None:
            return None
        j, codes = found
        return Side(self._text(k, j), k, j, None, codes)

    def _text(self, i: int, j: int) -> str:
        t = self.tokens
        return self.clean.original_text(t.starts[i], t.ends[j - 1])

    # -- around a trigger -------------------------------------------------------

    def subject(self, start: int, first: int) -> list[Side]:
        """The clause's subject: its first official before token ``first``."""
        k = bisect_left(self._official_starts, start)
        if k < len(self._official_starts) and self._official_starts[k] < first:
            side = self.official_at(self._official_starts[k])
            if side is not None and side.last <= first:
                return [side]
        return self.before(start, first, most=1)

    def before(self, start: int, first: int, most: int = _MOST_BEFORE) -> list[Side]:
        """The subject side before token ``first``, in its comma-clause (commas
        inside an official's mention do not count): up to ``most`` officials,
        the nearest first (``Thủ tướng A và Tổng thống B hội đàm``), or failing
        them the nearest office of a country, delegation, country or capital."""
        lows = self.tokens.lows
        floor = max(start, first - _LOOK_BACK)
        k = first - 1
        while k >= floor:
            if lows[k] == "," and k not in self._inside_official:
                break  # the subject is in the trigger's own comma-clause
            k -= 1
        floor = k + 1
        found: list[Side] = []
        other: Side | None = None
        k = first - 1
        while k >= floor and len(found) < most:
            owner = self._inside_official.get(k)
            if owner is not None:
                side = self.official_at(owner)
                if side is not None and side.last <= first:
                    found.append(side)
                k = owner - 1
                continue
            if other is None and (
                k in self._titled or k in self._place_at or lows[k] in _DELEGATIONS
            ):
                side = self.titled_at(k) or self.delegation_at(k, first) or self.country_at(k)
                if side is not None and side.last <= first:
                    other = side
            k -= 1
        if found:
            return found[::-1]
        return [other] if other is not None else []

    def named_in(self, first: int, last: int) -> list[Side]:
        """The countries and groups a conference's name holds (``Hội nghị Bộ
        trưởng Kinh tế ASEAN``): they take part."""
        out = []
        k = first
        while k < last:
            side = self.country_at(k)
            if side is not None:
                out.append(side)
                k = side.last
            else:
                k += 1
        return out

    def delegation_at(self, k: int, end: int) -> Side | None:
        """``Đoàn đại biểu Quân sự cấp cao Trung Quốc``: a delegation, standing
        for the country its name ends with."""
        if self.tokens.lows[k] not in _DELEGATIONS:
            return None
        for j in range(k + 1, min(end, k + _DELEGATION_WORDS)):
            place = self._place_at.get(j)
            if place is not None:
                return Side(self._text(k, place[0]), k, place[0], None, place[1])
            if not self.tokens.text(j).isalpha():
                break
        return None

    def after(self, last: int, end: int) -> list[Side]:
        """The other side: the official or country right after token ``last``
        (past ``với``, ``giữa``, a visit's level), and those joined to it by
        ``và``, up to ``end``."""
        lows = self.tokens.lows
        k = last
        while k < end and (lows[k] in _TO_SIDE or self._level_end(k) is not None):
            k = self._level_end(k) or k + 1
        found: list[Side] = []
        while k < end:
            side = self.side_at(k, end)
            if side is None:
                break
            found.append(side)
            k = side.last
            if k < end and lows[k] in _JOINERS:
                k += 1
                continue
            break
        return found

    def both_sides(self, start: int, first: int) -> bool:
        """Whether the clause's subject before ``first`` is both sides
        (``hai bên``, ``hai Bộ trưởng``): the sides of the meeting reported."""
        lows = self.tokens.lows
        return any(lows[k] == "hai" for k in range(max(start, first - 5), first))

    def subject_after(self, last: int, end: int) -> list[Side]:
        """``Tại cuộc họp báo …, Thủ tướng Y …``: the first official or titled
        side after the comma that closes the scene."""
        lows = self.tokens.lows
        k = last
        while k < end and lows[k] != ",":
            k += 1
        for i in range(k + 1, min(end, k + 1 + _REACH)):
            side = self.official_at(i) or self.titled_at(i)
            if side is not None:
                return [side]
        return []

    def with_after(self, last: int, end: int) -> list[Side]:
        """``ký một thỏa thuận [với] Kuwait``: the side after ``với`` further on
        in the trigger's comma-clause."""
        lows = self.tokens.lows
        for k in range(last, min(end, last + _REACH * 2)):
            if lows[k] == ",":
                break
            if lows[k] == "với":
                return self.after(k + 1, end)
        return []

    def visitor_after(self, last: int, end: int) -> Side | None:
        """``chuyến thăm Việt Nam [của] Tổng thống Putin``: the visitor."""
        lows = self.tokens.lows
        for k in range(last, min(end, last + _VISITOR_REACH)):
            if lows[k] == ",":
                break
            if lows[k] == "của" and k + 1 < end:
                return self.official_at(k + 1) or self.titled_at(k + 1) or self.country_at(k + 1)
        return None

    def _level_end(self, k: int) -> int | None:
        lows = self.tokens.lows
        for width in (3, 2, 1):
            if " ".join(lows[k : k + width]) in _LEVELS:
                return k + width
        return None
