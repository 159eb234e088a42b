"""What a date expression says, before it is grounded against a reference date.

The grammar fills in only what the words give (``24/10`` has a day and a month
but no year; ``tuần trước`` is "one week before the reference"); `resolve`
then grounds it. Keeping the two apart, as Duckling and ctparse do, lets the
same expression resolve differently in a different article.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Literal

import attrs
from dateutil.relativedelta import relativedelta

from vnpress.model import Grain

Lean = Literal["past", "future"]

# How far from the publication date a year-less date may fall before it is
# taken to belong to the neighbouring year.
FAR_AHEAD_DAYS = 120
FAR_BACK_DAYS = 240
Unit = Literal["day", "week", "month", "quarter", "year"]


@attrs.frozen(kw_only=True)
class Partial:
    """A date point as the text gives it."""

    grain: Grain
    year: int | None = None
    #: The year as an offset from the reference year ("năm ngoái" is -1).
    year_shift: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    decade: int | None = None  # "199" for the 1990s
    century: int | None = None  # "20" for 2000-2099
    #: A point reached by moving from the reference ("hôm qua": day -1).
    shift_unit: Unit | None = None
    shift: int = 0
    #: A weekday (Monday 0) in the reference week moved by `shift` weeks.
    weekday: int | None = None
    #: Which way an incomplete date leans from the reference ("hồi tháng 6": past).
    lean: Lean | None = None
    two_digit_year: bool = False
    #: "cùng ngày": the day of the date before it in the text.
    same_day: bool = False
    #: "cùng kỳ năm 2022": the period of the date before it, in `year`.
    same_period: bool = False

    @property
    def needs_reference(self) -> bool:
        return (
            self.shift_unit is not None
            or self.weekday is not None
            or self.year_shift is not None
            or (self.year is None and self.grain in ("day", "month", "quarter"))
        )


@attrs.frozen
class Grounded:
    """A resolved ISO value and whether resolving it used another date."""

    value: str
    relative: bool
    year: int | None = None
    month: int | None = None
    day: int | None = None


def _two_digit(year: int, reference: date | None) -> int:
    pivot = (reference.year if reference else date.today().year) % 100 + 10
    return 2000 + year if year <= pivot else 1900 + year


def _iso_week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _valid_day(year: int | None, month: int, day: int) -> bool:
    # 2000 is a leap year, so "29/2" with no year stays possible.
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or 2000, month)[1]


def is_valid(p: Partial) -> bool:
    """False for impossible dates such as 31/2 or month 13."""
    if p.month is not None and not 1 <= p.month <= 12:
        return False
    if p.day is not None and p.month is not None:
        return _valid_day(p.year, p.month, p.day)
    return True


def _pick_year(p: Partial, reference: date, month: int, day: int) -> int:
    """The year that puts month/day where the text implies, around ``reference``."""
    candidates = [reference.year - 1, reference.year, reference.year + 1]

    def when(year: int) -> date:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, min(day, last))

    if p.lean == "past":
        past = [y for y in candidates if when(y) <= reference]
        return max(past)
    if p.lean == "future":
        future = [y for y in candidates if when(y) >= reference]
        return min(future)
    if p.grain in ("month", "quarter"):
        return reference.year  # "quý 3", "tháng 10": of the year the article is in
    # Otherwise the publication year, unless that puts the date far ahead (news
    # reports what happened: Christmas Eve in an April article is last year's)
    # or very far back ("ngày 3/1" in a late-December article is next year's).
    days = (when(reference.year) - reference).days
    if days > FAR_AHEAD_DAYS:
        return reference.year - 1
    if days < -FAR_BACK_DAYS:
        return reference.year + 1
    return reference.year


def resolve(p: Partial, reference: date | None, anchor_year: int | None = None) -> Grounded:
    """Ground ``p``: ``reference`` is the publication date, ``anchor_year`` the
    year the surrounding text is about (it wins over the reference).

    A date that would fall outside the calendar Python knows (``ngày mai``
    published 9999-12-31) is resolved as if there were no reference: its
    unknown parts stay ``X``.
    """
    try:
        grounded = _resolve(p, reference, anchor_year)
    except (OverflowError, ValueError):
        return _resolve(p, None, None)
    if grounded.year is not None and not MIN_YEAR <= grounded.year <= MAX_YEAR:
        return _resolve(p, None, None)
    return grounded


# The years a resolved date may take: those of `datetime.date`.
MIN_YEAR, MAX_YEAR = date.min.year, date.max.year


def _resolve(p: Partial, reference: date | None, anchor_year: int | None) -> Grounded:
    if p.shift_unit is not None or p.weekday is not None:
        return _resolve_shift(p, reference)
    if p.decade is not None:
        return Grounded(f"{p.decade:03d}", False)
    if p.century is not None:
        return Grounded(f"{p.century:02d}", False)

    if p.grain == "day" and p.month is None and p.day is not None:
        return _resolve_day_only(p, reference)

    relative = False
    year = p.year
    if year is not None and p.two_digit_year:
        year = _two_digit(year, reference)
    if year is None and p.year_shift is not None:
        if reference is not None:
            year = reference.year + p.year_shift
        relative = True
    if year is None and p.grain in ("day", "month", "quarter"):
        relative = True
        if anchor_year is not None:
            year = anchor_year
        elif reference is not None:
            month = p.month or 3 * (p.quarter or 1) - 2
            year = _pick_year(p, reference, month, p.day or 1)

    y = f"{year:04d}" if year is not None else "XXXX"
    if p.grain == "year":
        return Grounded(y, relative, year)
    if p.grain == "quarter":
        return Grounded(f"{y}-Q{p.quarter}", relative, year)
    assert p.month is not None
    if p.grain == "month" or p.day is None:
        return Grounded(f"{y}-{p.month:02d}", relative, year, p.month)
    return Grounded(f"{y}-{p.month:02d}-{p.day:02d}", relative, year, p.month, p.day)


def _resolve_day_only(p: Partial, reference: date | None) -> Grounded:
    assert p.day is not None
    if reference is None:
        return Grounded(f"XXXX-XX-{p.day:02d}", True)
    when = reference.replace(day=1)
    if p.day > reference.day and p.lean != "future":
        when = when - relativedelta(months=1)
    last = calendar.monthrange(when.year, when.month)[1]
    when = when.replace(day=min(p.day, last))
    return Grounded(when.isoformat(), True, when.year, when.month, when.day)


def _resolve_shift(p: Partial, reference: date | None) -> Grounded:
    unknown = {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "year": "XXXX",
    }
    if reference is None:
        return Grounded(unknown.get(p.grain, "XXXX"), True)
    if p.weekday is not None:
        when = _weekday(p, reference)
    else:
        assert p.shift_unit is not None
        when = reference + _step(p.shift_unit, p.shift)
    if p.grain == "week":
        return Grounded(_iso_week(when), True)
    if p.grain == "quarter":
        return Grounded(f"{when.year:04d}-Q{(when.month - 1) // 3 + 1}", True, when.year)
    if p.grain == "month":
        return Grounded(f"{when.year:04d}-{when.month:02d}", True, when.year, when.month)
    if p.grain == "year":
        return Grounded(f"{when.year:04d}", True, when.year)
    return Grounded(when.isoformat(), True, when.year, when.month, when.day)


def _step(unit: Unit, n: int) -> relativedelta:
    if unit == "day":
        return relativedelta(days=n)
    if unit == "week":
        return relativedelta(weeks=n)
    if unit == "month":
        return relativedelta(months=n)
    if unit == "quarter":
        return relativedelta(months=3 * n)
    return relativedelta(years=n)


def _weekday(p: Partial, reference: date) -> date:
    assert p.weekday is not None
    if p.shift_unit == "week":
        monday = reference - timedelta(days=reference.weekday())
        return monday + timedelta(weeks=p.shift, days=p.weekday)
    delta = (reference.weekday() - p.weekday) % 7
    if p.lean == "future":
        ahead = (p.weekday - reference.weekday()) % 7 or 7
        return reference + timedelta(days=ahead)
    if p.lean == "past" and delta == 0:
        delta = 7
    # A bare weekday in news is the most recent one: reports follow events.
    return reference - timedelta(days=delta)
