"""When, where, at what level and in what state an event mention is told.

* **date**: the date in the mention's clause nearest its trigger; a visit
  prefers an interval (``từ ngày 28.6 đến ngày 1.7.2017``).
* **place**: ``tại``/``ở`` and a venue, a capital, a country or a capitalised
  name (``tại Điện Kremlin``, ``tại Kazan, Nga``); a visit's place is where it
  goes.
* **level** of a visit: ``cấp nhà nước``, ``chính thức``, ``làm việc``,
  ``hữu nghị`` in or after its trigger.
* **status**: ``planned`` after ``sẽ``, ``dự kiến`` …; ``invited`` after
  ``mời``, ``đề nghị``, ``kêu gọi`` … until the invitation is accepted
  (``nhận lời``) in the same or the next sentence.
* **frame**: ``trong khuôn khổ``, ``khi tham dự``, ``bên lề`` … right before
  the trigger: the other events of its sentence happen within this one.
"""

from __future__ import annotations

from bisect import bisect_left

import attrs

from vnpress.events.mentions import Mention
from vnpress.gazetteer import Gazetteer
from vnpress.model import Date, Document
from vnpress.text.marks import SENTENCE_STOPS
from vnpress.words import mapping, phrase_set, word_set

_LEVELS = mapping("visit_levels")
_FRAMES = phrase_set("event_frames")
_PLANNED = phrase_set("planned_markers")
_INVITED = phrase_set("invitation_markers")
_ACCEPTED = phrase_set("acceptance_markers")
_AT = word_set("place_prepositions")
_PLACE_KINDS = ("venues", "capitals", "places", "countries", "bodies")
# How far before a trigger its status and frame words are looked for.
_STATUS_REACH = 16
_FRAME_REACH = 3
# The longest unlisted capitalised place name, in tokens ("tại Kazan").
_PLACE_WORDS = 4
# Events that last days: an interval in their clause is their date.
_SPANNING = frozenset({"visit", "conference"})


@attrs.frozen
class Setting:
    date: str | None = None
    place: str | None = None
    place_country: str | None = None
    level: str | None = None
    status: str = "held"
    frame: bool = False


class SettingReader:
    """Reads the setting of each mention of one document."""

    def __init__(self, doc: Document) -> None:
        self.gaz: Gazetteer = doc.gazetteer
        analysis = self.gaz.analysis
        self.tokens = analysis.tokens
        self.clean = analysis.clean
        self._dates: list[tuple[int, int, Date]] = []
        for d in doc.dates:
            i, j = analysis.token_range(*self.clean.clean_span(d.start, d.end))
            if j > i:
                self._dates.append((i, j, d))
        self._date_starts = [i for i, _, _ in self._dates]
        self._sentence_ends: list[int] = [
            analysis.token_range(s, e)[1] for s, e in analysis.sentences
        ]

    def read(self, m: Mention, start: int, end: int) -> Setting:
        """The setting of mention ``m`` in its clause, tokens ``[start, end)``."""
        framed = self._framed(m, start)
        return Setting(
            date=self._date(m, start, end, framed=framed),
            place=(place := self._place(m, start, end))[0],
            place_country=place[1],
            level=self._level(m) if m.type == "visit" else None,
            status=self._status(m, start, end),
            frame=framed,
        )

    # -- date ------------------------------------------------------------

    def _segment_end(self, k: int, end: int) -> int:
        lows = self.tokens.lows
        while k < end and lows[k] != ",":
            k += 1
        return k

    def _date(self, m: Mention, start: int, end: int, *, framed: bool) -> str | None:
        lo = bisect_left(self._date_starts, start)
        hi = bisect_left(self._date_starts, end)
        # a date after the trigger is its own only within its comma's reach:
        # "… Hội nghị … tại Kazan, [theo thông cáo hôm nay]" is the report's day
        segment_end = self._segment_end(m.last, end)
        found = [
            (i, j, d)
            for i, j, d in self._dates[lo:hi]
            if j <= end and (j <= m.first or i < segment_end) and not (j <= m.first and framed)
        ]
        if not found:
            return None
        if m.type in _SPANNING:
            intervals = [f for f in found if f[2].kind == "interval"]
            found = intervals or found

        def distance(f: tuple[int, int, Date]) -> int:
            i, j, _ = f
            return m.first - j if j <= m.first else i - m.last + 1  # before, by a hair

        return min(found, key=distance)[2].value

    # -- place -----------------------------------------------------------

    def _place(self, m: Mention, start: int, end: int) -> tuple[str | None, str | None]:
        tokens = self.tokens
        best: tuple[int, str, str | None] | None = None
        # as for dates: after the trigger, only within its comma's reach
        for k in range(start, min(end, self._segment_end(m.last, end) + 1) - 1):
            if tokens.lows[k] not in _AT:
                continue
            found = self._place_at(k + 1, end)
            if found is None:
                continue
            distance = abs(k - m.first)
            if best is None or distance < best[0]:
                best = (distance, found[0], found[1])
        if best is not None:
            return best[1], best[2]
        return None, None

    def _place_at(self, k: int, end: int) -> tuple[str, str | None] | None:
        """A place named at token ``k``, with ``, <country>`` after it, and the
        country it is in."""
        tokens, starts = self.tokens, self.tokens.starts
        if k >= end or not tokens.text(k)[:1].isupper():
            return None
        if self.gaz.at("event_triggers", starts[k]) is not None:
            return None  # "tại Hội nghị": an event, not a place
        hit = self.gaz.longest(starts[k], _PLACE_KINDS)
        country: str | None = None
        if hit is not None:
            j = bisect_left(starts, hit.end)
            country = hit.value or ("VN" if hit.kind == "places" else None)
        else:
            j = k
            while j < end and j - k < _PLACE_WORDS and tokens.text(j)[:1].isupper():
                j += 1
        if j < end - 1 and tokens.text(j) == ",":
            after = self.gaz.at("countries", starts[j + 1])
            if after is not None:
                j = bisect_left(starts, after.end)  # "Kazan, Nga"
                country = after.value
        text = self.clean.original_text(starts[k], tokens.ends[j - 1])
        return text, country

    # -- level, status, frame ------------------------------------------------

    def _level(self, m: Mention) -> str | None:
        lows = self.tokens.lows
        words = lows[m.first : min(len(lows), m.last + 4)]
        for k in range(len(words)):
            for width in (3, 2):
                level = _LEVELS.get(" ".join(words[k : k + width]))
                if level is not None:
                    return level
        return None

    def _status(self, m: Mention, start: int, end: int) -> str:
        before = self._words_before(m.first, max(start, m.first - _STATUS_REACH))
        if _INVITED.anywhere(before) and not _ACCEPTED.anywhere(before):
            return "planned" if self._accepted_after(m.last) else "invited"
        if _PLANNED.anywhere(before):
            return "planned"
        return "held"

    def _accepted_after(self, k: int) -> bool:
        """``… mời X thăm Việt Nam; X vui vẻ nhận lời``: accepted in this
        sentence or the next."""
        s = bisect_left(self._sentence_ends, k + 1)
        stop = self._sentence_ends[min(s + 1, len(self._sentence_ends) - 1)]
        return _ACCEPTED.anywhere(self.tokens.lows[k:stop])

    def _framed(self, m: Mention, start: int) -> bool:
        return _FRAMES.anywhere(self._words_before(m.first, max(start, m.first - _FRAME_REACH)))

    def _words_before(self, first: int, start: int) -> list[str]:
        lows = self.tokens.lows
        out: list[str] = []
        for k in range(first - 1, start - 1, -1):
            if lows[k] in SENTENCE_STOPS:
                break
            out.append(lows[k])
        return out[::-1]
