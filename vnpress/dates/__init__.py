"""The ``dates`` parser: calendar expressions normalised to ISO 8601.

>>> [d.value for d in find_dates("Sáng 29.6, tại Điện Kremlin", published="2017-06-29")]
['2017-06-29']
>>> find_dates("từ ngày 28.6 đến ngày 1.7.2017")[0].value
'2017-06-28/2017-07-01'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import attrs

from vnpress.dates.grammar import Atom, join_ranges, scan
from vnpress.dates.partial import Grounded, Partial, resolve
from vnpress.model import Date, Document
from vnpress.text.clean import CleanText

__all__ = ["find_dates", "parse_dates"]


def parse_dates(doc: Document) -> list[Date]:
    """Every calendar expression of ``doc``, resolved against ``doc.published``."""
    return _dates(doc.clean, doc.published)


def find_dates(text: str, published: date | datetime | str | None = None) -> list[Date]:
    """The dates in ``text``; ``published`` grounds relative and year-less ones.

    Without ``published``, parts that cannot be known stay ``X`` (``XXXX-10-24``).
    """
    return parse_dates(Document(text=text, published=published))


def _dates(clean: CleanText, published: date | None) -> list[Date]:
    atoms = join_ranges(list(scan(clean.folded)), clean.folded)
    out: list[Date] = []
    explicit: list[tuple[int, int]] = []  # (position, year) of dates that state their year
    for atom in atoms:
        anchor = _anchor_year(clean, atom, explicit)
        value, relative, grain = _ground(atom, published, anchor)
        if value is None:
            continue
        start, end = _trim(clean.text, atom.start, atom.end)
        out.append(
            Date(
                **clean.span_fields(start, end),
                value=value,
                grain=grain,  # type: ignore[arg-type]
                kind="interval" if atom.end_point is not None else "point",
                part_of_day=atom.part_of_day,  # type: ignore[arg-type]
                time=atom.time,
                relative=relative,
            )
        )
        year = (atom.end_point or atom.point).year
        if year is not None and not (atom.end_point or atom.point).two_digit_year:
            explicit.append((atom.start, year))
    return out


def _anchor_year(clean: CleanText, atom: Atom, explicit: Sequence[tuple[int, int]]) -> int | None:
    """The year the sentence around ``atom`` is about, if an earlier date in it says so."""
    if not explicit:
        return None
    sentence_start, _ = clean.sentence_at(atom.start)
    for pos, year in reversed(explicit):
        if pos < sentence_start:
            return None
        return year
    return None


def _ground(atom: Atom, published: date | None, anchor: int | None) -> tuple[str | None, bool, str]:
    point, end_point = atom.point, atom.end_point
    if end_point is None:
        g = resolve(point, published, anchor)
        return g.value, g.relative, point.grain
    end = resolve(end_point, published, anchor)
    if point.year is None and point.year_shift is None and end.year is not None:
        point = attrs.evolve(point, year=_start_year(point, end))
    start = resolve(point, published, anchor)
    if end_point.year is None and start.year is not None and end.year != start.year:
        end = resolve(attrs.evolve(end_point, year=start.year), published)
    return f"{start.value}/{end.value}", start.relative or end.relative, point.grain


def _start_year(point: Partial, end: Grounded) -> int:
    """A year-less start takes the end's year, or the one before if it would come after."""
    assert end.year is not None
    later = (point.month or 1, point.day or 1) > (end.month or 12, end.day or 31)
    return end.year - 1 if later else end.year


_OPEN, _CLOSE = "(", ")"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and a bracket with no partner inside the span."""
    while start < end and text[start] in " (":
        if text[start] == "(" and _CLOSE in text[start:end]:
            break
        start += 1
    while end > start and text[end - 1] in " )":
        if text[end - 1] == ")" and _OPEN in text[start:end]:
            break
        end -= 1
    return start, end
