"""The ``dates`` parser: calendar expressions normalised to ISO 8601.

Examples:
    >>> [d.value for d in find_dates("Sáng 29.6, tại Điện Kremlin", published="2017-06-29")]
    ['2017-06-29']
    >>> find_dates("từ ngày 28.6 đến ngày 1.7.2017")[0].value
    '2017-06-28/2017-07-01'
"""

from __future__ import annotations

from datetime import date, datetime

import attrs

from vnpress.dates.grammar import join_glosses, join_ranges, scan
from vnpress.dates.partial import Grounded, Partial, resolve
from vnpress.dates.rule import Atom
from vnpress.model import Date, Document
from vnpress.registry import declare
from vnpress.text.analysis import Analysis

__all__ = ["find_dates", "parse_dates"]


@declare("dates", produces=Date)
def parse_dates(doc: Document) -> list[Date]:
    """Every calendar expression of ``doc``, resolved against ``doc.published``."""
    return _dates(doc.analysis, doc.published)


def find_dates(text: str, published: date | datetime | str | None = None) -> list[Date]:
    """The dates in ``text``; ``published`` grounds relative and year-less ones.

    Without ``published``, parts that cannot be known stay ``X`` (``XXXX-10-24``).
    """
    return parse_dates(Document(text=text, published=published))


def _dates(analysis: Analysis, published: date | None) -> list[Date]:
    clean = analysis.clean
    found = list(scan(clean.folded, clean.lower, analysis.other_starts))
    atoms = join_glosses(join_ranges(found, clean.folded), clean.folded)
    out: list[Date] = []
    # The year of the last date in this sentence that states one: the sentence
    # is about that year ("ngày 3/4/2019 ... đến ngày 5/4"). A span of years
    # ("nhiệm kỳ 2025-2030") is no such year.
    anchor: int | None = None
    # The last period (a month, a quarter) of this sentence, for "cùng kỳ".
    period: Atom | None = None
    # Where the sentence is known to run to without a break since the anchor;
    # each stretch of text is looked at once.
    same_sentence_to = 0
    # The last day named, for "cùng ngày" (which may open the next sentence).
    last_day: str | None = None
    for atom in atoms:
        if anchor is not None or period is not None:
            if analysis.sentence_ends_between(same_sentence_to, atom.start):
                anchor = period = None
            same_sentence_to = atom.start
        value, relative, grain = _ground(atom, published, anchor, last_day, period)
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
        if grain == "day" and atom.end_point is None:
            last_day = value
        if grain in ("month", "quarter") and not atom.point.same_period:
            period, same_sentence_to = atom, atom.start
        last = atom.end_point or atom.point
        years_span = atom.end_point is not None and atom.point.grain == "year"
        if last.year is not None and not last.two_digit_year and not years_span:
            anchor, same_sentence_to = last.year, atom.start
    return out


def _ground(
    atom: Atom,
    published: date | None,
    anchor: int | None,
    last_day: str | None = None,
    period: Atom | None = None,
) -> tuple[str | None, bool, str]:
    point, end_point = atom.point, atom.end_point
    if point.same_day:
        # "Chiều cùng ngày": the day last named, else the day of publication
        day = last_day or (published.isoformat() if published else "XXXX-XX-XX")
        return day, True, "day"
    if point.same_period:
        year = resolve(point, published).value
        if period is None or not year.isdigit():
            return year, point.year is None, "year"
        # "Quý I/2023 … so với cùng kỳ năm 2022": that quarter, in 2022
        moved = Atom(
            period.start,
            period.end,
            attrs.evolve(period.point, year=int(year)),
            period.end_point and attrs.evolve(period.end_point, year=int(year)),
        )
        return _ground(moved, published, None)
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
