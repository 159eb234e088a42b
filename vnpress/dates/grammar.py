"""The grammar of Vietnamese calendar expressions.

Every rule is a named alternative, ordered so that at any position the most
specific rule is tried first (``ngày 22 và 23/4`` before ``ngày 22``); a
position tries, in that order, only the rules that can open with its first
characters (`grammar_for`). Each rule turns its match into `Partial` values; checks on
the surrounding words then reject quantities, fractions, durations and years
inside names. Every repetition in the pattern is bounded, so a match never
spans more than a few dozen characters and scanning is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Any

import attrs
import regex

from vnpress.dates import lexicon as lx
from vnpress.dates.partial import Partial, is_valid
from vnpress.text.wordscan import WordPattern

_ = r"[ ]{1,3}"  # the space between two words
_O = r"[ ]{0,3}"
B = r"(?<![\p{L}\p{N}])"  # a token starts here
END = r"(?![\p{L}\p{N}]|[.,/\-]\d|%)"  # and ends here
# A day/month ends where its own separator does not go on: "30/4-1/5" is two dates.
END_DAY = r"(?![\p{L}\p{N}]|(?P=sep)\d|[.,]\d|%)"


def _alt(words: object) -> str:
    """A regex alternation of words, longest first, spaces made flexible."""
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", _) for w in ordered) + ")"


POD = _alt(lx.PARTS_OF_DAY)
WEEKDAY = _alt(lx.WEEKDAYS)
MONTH_WORD = _alt(lx.MONTH_WORDS)
NUMBER_WORD = _alt(lx.NUMBER_WORDS)
HOLIDAY = _alt(lx.HOLIDAYS)
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
MONTH = r"(?:1[0-2]|0?[1-9])"
YEAR = r"(?:1[89]\d\d|20\d\d)"
EDGE = rf"(?:(?P<edge>đầu|cuối|giữa|trung{_}tuần|thượng{_}tuần|hạ{_}tuần){_})"
HOI = rf"(?:(?P<hoi>hồi){_})"
YEAR_TAIL = (
    rf"(?:{_O}[/.\-]{_O}(?P<y>{YEAR})|,?{_}năm{_}(?P<y>{YEAR})"
    rf"|{_}năm{_}(?P<yrel>nay|ngoái|trước|sau|tới))"
)
AFTER = rf"(?:{_}(?P<after>vừa{_}qua|vừa{_}rồi|sắp{_}tới|tới(?={_O}(?:[,.;)\n]|$)|{_}đây)))?"
LEAD_TIME = (
    rf"(?:(?:lúc{_})?(?P<hh>2[0-3]|[01]?\d){_O}(?:h|giờ|g|:){_O}(?P<mi>[0-5]\d)?"
    rf"(?:{_O}phút)?{_}(?:ngày{_})?)?"
)
LEAD_POD = rf"(?:(?P<pod>{POD})(?:{_}(?P<podrel>hôm{_}nay|hôm{_}qua|nay|qua))?{_})?"
LEAD_WEEKDAY = rf"(?:(?P<wd>{WEEKDAY}){_O}(?:,{_O}|(?P<paren>\(){_O})?)?"

# The rules by name, most specific first; `RULES` tries them in this order.
RULE_PATTERNS: dict[str, str] = {
    "ago": rf"""{B}
  (?:(?P<this>ngày{_}này|thời{_}điểm{_}này|dịp{_}này)(?:{_}(?:của|cách{_}đây))?{_})?
  (?:cách{_}đây{_}(?P<n>\d{{1,3}}|{NUMBER_WORD}){_}(?P<unit>năm|tháng|tuần|ngày)
    |(?P<n>\d{{1,3}}|{NUMBER_WORD}){_}(?P<unit>năm|tháng|tuần|ngày){_}(?:về{_})?trước)
  (?![\p{{L}}\p{{N}}])""",
    "months_of_year": rf"""{B}
  (?P<n>\d{{1,2}}|{NUMBER_WORD}|nửa){_}(?:tháng{_})?(?P<half>đầu|cuối){_}năm
  (?:{_}(?P<y>{YEAR})|{_}(?P<yrel>nay|ngoái|trước))?{END}""",
    "day_range": rf"""{B}{LEAD_POD}
  (?:(?P<lead>từ){_})?(?:(?P<lead>ngày){_})?
  (?P<d>{DAY}){_O}(?P<conn>-|–|và|,|đến|tới){_O}(?:ngày{_})?
  (?P<d2>{DAY})(?P<sep>[/.\-])(?P<m>{MONTH})(?:(?P=sep)(?P<y>{YEAR}))?{END}""",
    "day": rf"""{B}{LEAD_TIME}{LEAD_POD}{LEAD_WEEKDAY}(?:(?P<cue>ngày|hôm|mồng|mùng){_})?
  (?P<d>{DAY})(?P<sep>[/.\-])(?P<m>{MONTH})(?:(?P=sep)(?P<y>{YEAR}|\d\d))?{END_DAY}
  (?(paren){_O}\)?){AFTER}""",
    "spelt": rf"""{B}{LEAD_TIME}{LEAD_POD}{LEAD_WEEKDAY}
  (?:ngày{_}(?:mồng|mùng){_}|(?P<cue>ngày|mồng|mùng){_})
  (?P<d>{DAY}|{NUMBER_WORD}){_}tháng{_}(?P<m>{MONTH}|{MONTH_WORD})
  (?:{_O}(?:,{_O})?(?:năm{_}|/{_O})(?P<y>{YEAR}))?{END}{AFTER}""",
    "day_only": rf"""{B}{LEAD_POD}(?P<cue>ngày|hôm){_}(?P<d>{DAY})
  (?!{_O}(?:[/.\-]{_O}\d|tháng)|[\p{{L}}\p{{N}}]){AFTER}""",
    "month_range": rf"""{B}{EDGE}?(?:(?P<lead>từ){_})?tháng{_}(?P<m>{MONTH}){_O}(?:-|–|đến|tới){_O}
  (?:tháng{_})?(?P<m2>{MONTH})(?:{_O}[/.\-]{_O}(?P<y>{YEAR})|{_}năm{_}(?P<y>{YEAR}))?{END}""",
    "month": rf"""{B}{HOI}?{EDGE}?tháng{_}(?P<m>{MONTH}|{MONTH_WORD}){YEAR_TAIL}?{END}{AFTER}""",
    "quarter": rf"""{B}{HOI}?{EDGE}?quý{_}
  (?P<q>[1-4]|iv|iii|ii|i|một|hai|ba|bốn|tư){YEAR_TAIL}?{END}""",
    "year_range": rf"""{B}
  (?:(?P<lead>giai{_}đoạn|nhiệm{_}kỳ|thời{_}kỳ|niên{_}khóa|năm{_}học|mùa{_}giải|từ{_}năm|năm|từ){_}
    |(?P<paren>\(){_O})?
  (?P<y>{YEAR}){_O}(?P<conn>-|–|—|đến|tới){_O}(?:năm{_})?(?P<y2>{YEAR}){END}(?(paren){_O}\))""",
    "year": rf"""{B}{HOI}?{EDGE}?(?P<nam>năm{_})?(?P<y>{YEAR}){END}""",
    "decade": rf"""{B}(?:thập{_}(?:niên|kỷ)|những{_}năm|các{_}năm){_}
  (?P<dec>(?:1[89]|20)\d0|[1-9]0){END}""",
    "century": rf"""{B}thế{_}kỷ{_}(?P<cen>xxi|xx|xix|xviii|2[01]|1[89]){END}""",
    "rel_day": rf"""{B}
  (?:(?P<pod>{POD}){_}(?P<rel>hôm{_}nay|hôm{_}qua|hôm{_}kia|ngày{_}mai|nay|qua|mai)
    |(?P<rel>ngày{_}hôm{_}nay|ngày{_}hôm{_}qua|hôm{_}nay|hôm{_}qua|hôm{_}kia|ngày{_}mai|bữa{_}nay)
     (?:{_}(?P<pod>{POD}))?)
  (?![\p{{L}}\p{{N}}])""",
    "rel_unit": rf"""{B}{HOI}?{EDGE}?(?P<unit>tuần|tháng|năm){_}
  (?P<rel>này|nay|qua|vừa{_}qua|trước|tới|sau|ngoái|kế{_}tiếp)(?![\p{{L}}\p{{N}}])""",
    "weekday": rf"""{B}{LEAD_POD}(?:(?P<cue>hôm|ngày|vào){_})?(?P<wd>{WEEKDAY})
  (?:{_}(?P<wrel>tuần{_}(?:này|trước|tới|sau|qua)|vừa{_}qua|vừa{_}rồi|tới|này|trước))?
  (?![\p{{L}}\p{{N}}])""",
    "holiday": rf"""{B}(?:(?P<hol>{HOLIDAY})|(?P<pod>{POD}){_}(?P<hol>{HOLIDAY}))
  (?:,?{_}(?:năm{_})?(?P<y>{YEAR}))?(?![\p{{L}}\p{{N}}])""",
}
RULES = "\n|".join(f"(?P<{name}>{body})" for name, body in RULE_PATTERNS.items())

# The grammar is matched against the lower-cased text, which is a third faster
# than matching case-insensitively; the handlers read case from the text itself.
_PREV_WORD = regex.compile(r"([^\s]+)[ ]*$")
_NEXT_WORD = regex.compile(r"[ ]*([^\s,.;:!?()\"“”]+)")
_RANGE_GAP = regex.compile(
    rf"{_O}(?:-|–|—|đến|tới|cho{_}đến|đến{_}hết|tới{_}hết){_O}(?:ngày{_})?", regex.IGNORECASE
)
_FROM = regex.compile(rf"(?:từ|kể{_}từ){_}$", regex.IGNORECASE)


@attrs.frozen
class Atom:
    """One calendar expression found in the folded text (clean offsets)."""

    start: int
    end: int
    point: Partial
    end_point: Partial | None = None  # set for an interval
    part_of_day: str | None = None
    time: str | None = None


def prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 32), pos)
    return m.group(1).lower().strip("\"“”'(") if m else ""


def next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos, min(len(text), pos + 32))
    return m.group(1).lower() if m else ""


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return lx.NUMBER_WORDS.get(word) or lx.MONTH_WORDS.get(word) or lx.ROMAN.get(word)


def _lean(m: regex.Match[str]) -> str | None:
    after = (m.group("after") or "").lower()
    if m.group("hoi") or after.startswith("vừa"):
        return "past"
    if after.endswith("tới"):
        return "future"
    return None


def _pod(m: regex.Match[str]) -> str | None:
    pod = m.group("pod")
    return lx.PARTS_OF_DAY[" ".join(pod.lower().split())] if pod else None


def _time(m: regex.Match[str]) -> str | None:
    hh = m.group("hh")
    return f"{int(hh):02d}:{m.group('mi') or '00'}" if hh else None


def _year_fields(m: regex.Match[str]) -> dict[str, Any]:
    y = m.group("y")
    if y:
        return {"year": int(y), "two_digit_year": len(y) == 2}
    rel = m.group("yrel")
    if rel:
        return {"year_shift": lx.RELATIVE_UNITS["năm"][rel.lower()]}
    return {}


# -- rules: each returns an Atom or None when the context says "not a date" ---


def _ago(m: regex.Match[str], text: str) -> Atom | None:
    if next_word(text, m.end()) in {"đó", "đấy", "khi", "nữa"}:
        return None
    n = _number(m.group("n"))
    unit = m.group("unit").lower()
    units = {"năm": "year", "tháng": "month", "tuần": "week", "ngày": "day"}
    grain = "day" if m.group("this") else units[unit]
    p = Partial(grain=grain, shift_unit=units[unit], shift=-(n or 0))  # type: ignore[arg-type]
    return Atom(m.start(), m.end(), p)


def _months_of_year(m: regex.Match[str], text: str) -> Atom | None:
    n_word = m.group("n").lower()
    n = 6 if n_word == "nửa" else _number(n_word)
    if not n or n > 12:
        return None
    year = _year_fields(m)
    first, last = (1, n) if m.group("half").lower() == "đầu" else (13 - n, 12)
    return Atom(
        m.start(),
        m.end(),
        Partial(grain="month", month=first, **year),
        Partial(grain="month", month=last, **year),
    )


def _day_range(m: regex.Match[str], text: str) -> Atom | None:
    d1, d2 = int(m.group("d")), int(m.group("d2"))
    conn = m.group("conn").lower()
    if d1 >= d2 or (conn not in {"-", "–"} and not m.group("lead")):
        return None
    month, year = int(m.group("m")), m.group("y")
    start = Partial(grain="day", day=d1, month=month, year=int(year) if year else None)
    end = attrs.evolve(start, day=d2)
    if not (is_valid(start) and is_valid(end)):
        return None
    return Atom(m.start(), m.end(), start, end, part_of_day=_pod(m))


_DATE_CUES = frozenset(
    {"ngày", "hôm", "từ", "đến", "tới", "vào", "-", "–", "dịp", "lễ", "sau", "trước"}
)


def _numeric_day(m: regex.Match[str], text: str) -> Atom | None:
    d, mo, sep, y = int(m.group("d")), int(m.group("m")), m.group("sep"), m.group("y")
    if m.group("wd") and not _is_weekday(m.group("wd"), m.group("paren") or m.group("cue")):
        return None
    has_cue = any(m.group(g) for g in ("cue", "pod", "wd", "hh"))
    if (d, mo) == (24, 7) and not (m.group("cue") or y):
        return None  # "24/7": around the clock
    if not has_cue and not y:
        before = prev_word(text, m.start())
        if sep != "/" and before not in _DATE_CUES and before not in lx.PARTS_OF_DAY:
            return None  # "29.6" and "2-1" are numbers and scores unless a cue says date
        if sep == "/" and _looks_like_fraction(d, mo, before, next_word(text, m.end())):
            return None
    p = Partial(
        grain="day",
        day=d,
        month=mo,
        year=int(y) if y else None,
        two_digit_year=bool(y) and len(y) == 2,
        lean=_lean(m),  # type: ignore[arg-type]
    )
    if not is_valid(p):
        return None
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m), time=_time(m))


def _looks_like_fraction(num: int, den: int, before: str, after: str) -> bool:
    return num < den and (before in lx.QUANTITY_CUES or after in lx.COUNTERS or after == "số")


def _spelt(m: regex.Match[str], text: str) -> Atom | None:
    d, mo, y = _number(m.group("d")), _number(m.group("m")), m.group("y")
    if not d or not mo:
        return None
    p = Partial(grain="day", day=d, month=mo, year=int(y) if y else None, lean=_lean(m))  # type: ignore[arg-type]
    if not is_valid(p):
        return None
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m), time=_time(m))


def _day_only(m: regex.Match[str], text: str) -> Atom | None:
    before = prev_word(text, m.start())
    after_char = text[m.end() : m.end() + 1]
    if before in lx.NON_DATE_DETERMINERS or before in {"trong", "thứ"}:
        return None
    # "Ngày 28, ..." or "ngày 28 vừa qua": a day of a nearby month; "ngày 2 lần" is not.
    if not (m.group("after") or after_char in {",", ")", ".", ";", ""}):
        return None
    p = Partial(grain="day", day=int(m.group("d")), lean=_lean(m))  # type: ignore[arg-type]
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m))


def _month_range(m: regex.Match[str], text: str) -> Atom | None:
    m1, m2 = int(m.group("m")), int(m.group("m2"))
    if m1 >= m2 or _not_a_date_before(text, m.start()):
        return None
    y = m.group("y")
    start = Partial(grain="month", month=m1, year=int(y) if y else None)
    return Atom(m.start(), m.end(), start, attrs.evolve(start, month=m2))


def _not_a_date_before(text: str, pos: int) -> bool:
    """``3 tháng``, ``hàng tháng``, ``các năm``: a duration or a plural."""
    before = prev_word(text, pos)
    return before.isdigit() or before in lx.NON_DATE_DETERMINERS


def _month(m: regex.Match[str], text: str) -> Atom | None:
    if not (m.group("hoi") or m.group("edge")) and _not_a_date_before(text, m.start()):
        return None
    word = " ".join(m.group("m").lower().split())
    year = _year_fields(m)
    ambiguous = not word.isdigit() and word not in lx.UNAMBIGUOUS_MONTH_WORDS
    if ambiguous and not year and not text[m.start("m")].isupper():
        return None  # "tháng năm" is also just "months and years"
    if word.isdigit() and next_word(text, m.end()) in lx.COUNTERS:
        return None  # "mỗi tháng 2 lần"
    month = _number(word)
    p = Partial(grain="month", month=month, lean=_lean(m), **year)  # type: ignore[arg-type]
    return Atom(m.start(), m.end(), p)


def _quarter(m: regex.Match[str], text: str) -> Atom | None:
    if _not_a_date_before(text, m.start()):
        return None
    q = _number(m.group("q"))
    p = Partial(
        grain="quarter", quarter=q, lean="past" if m.group("hoi") else None, **_year_fields(m)
    )
    return Atom(m.start(), m.end(), p)


def _year_range(m: regex.Match[str], text: str) -> Atom | None:
    y1, y2 = int(m.group("y")), int(m.group("y2"))
    if not y1 < y2 <= y1 + 100:
        return None
    if m.group("conn").lower() in {"đến", "tới"} and not m.group("lead"):
        return None
    return Atom(m.start(), m.end(), Partial(grain="year", year=y1), Partial(grain="year", year=y2))


def _year(m: regex.Match[str], text: str) -> Atom | None:
    if next_word(text, m.end()) in lx.COUNTERS:
        return None  # "2030 người" is a quantity
    if not (m.group("nam") or m.group("hoi") or m.group("edge")):
        before = prev_word(text, m.start())
        if before not in lx.YEAR_CUES:
            return None  # "BRICS 2024", "APEC 2017": a year inside a name
    elif m.group("nam") and prev_word(text, m.start()).isdigit():
        return None
    return Atom(m.start(), m.end(), Partial(grain="year", year=int(m.group("y"))))


def _decade(m: regex.Match[str], text: str) -> Atom | None:
    dec = m.group("dec")
    if len(dec) == 2:
        dec = ("19" if int(dec) >= 30 else "20") + dec
    return Atom(m.start(), m.end(), Partial(grain="decade", decade=int(dec) // 10))


def _century(m: regex.Match[str], text: str) -> Atom | None:
    n = _number(m.group("cen"))
    if not n:
        return None
    return Atom(m.start(), m.end(), Partial(grain="century", century=n - 1))


def _rel_day(m: regex.Match[str], text: str) -> Atom | None:
    rel = " ".join(m.group("rel").lower().split())
    if rel == "mai" and m.group("rel")[0].isupper():
        return None  # "chiều Mai": a name
    p = Partial(grain="day", shift_unit="day", shift=lx.RELATIVE_DAYS[rel])
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m))


def _rel_unit(m: regex.Match[str], text: str) -> Atom | None:
    unit = m.group("unit").lower()
    rel = " ".join(m.group("rel").lower().split())
    shift = lx.RELATIVE_UNITS[unit].get(rel)
    if shift is None:
        return None
    if not (m.group("hoi") or m.group("edge")) and _not_a_date_before(text, m.start()):
        return None
    if next_word(text, m.end()) in {"đó", "đấy", "nữa"}:
        return None  # "năm sau đó": relative to another event
    units = {"tuần": "week", "tháng": "month", "năm": "year"}
    p = Partial(grain=units[unit], shift_unit=units[unit], shift=shift)  # type: ignore[arg-type]
    return Atom(m.start(), m.end(), p)


def _is_weekday(words: str, cue: str | None) -> bool:
    """``Thứ Hai`` is a weekday; ``lần thứ hai`` and ``thứ 2`` are ordinals unless a cue says."""
    if cue or words.lower().startswith("chủ"):
        return True
    day_word = words.split()[-1]
    return day_word[0].isupper() and not day_word.isdigit()


def _weekday(m: regex.Match[str], text: str) -> Atom | None:
    wd_text = " ".join(m.group("wd").split())
    wrel = " ".join((m.group("wrel") or "").lower().split())
    if not _is_weekday(wd_text, m.group("pod") or m.group("cue") or wrel):
        return None
    weekday = lx.WEEKDAYS[wd_text.lower()]
    if wrel.startswith("tuần"):
        shift = lx.RELATIVE_UNITS["tuần"][wrel.split(" ", 1)[1]]
        p = Partial(grain="day", weekday=weekday, shift_unit="week", shift=shift)
    else:
        lean = "past" if wrel.startswith("vừa") or wrel == "trước" else None
        lean = "future" if wrel == "tới" else lean
        p = Partial(grain="day", weekday=weekday, lean=lean)  # type: ignore[arg-type]
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m))


def _holiday(m: regex.Match[str], text: str) -> Atom | None:
    month, day = lx.HOLIDAYS[" ".join(m.group("hol").lower().split())]
    y = m.group("y")
    p = Partial(grain="day", month=month, day=day, year=int(y) if y else None)
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m))


Handler = Callable[[regex.Match[str], str], Atom | None]
RULE_HANDLERS: dict[str, Handler] = {
    "ago": _ago,
    "months_of_year": _months_of_year,
    "day_range": _day_range,
    "day": _numeric_day,
    "spelt": _spelt,
    "day_only": _day_only,
    "month_range": _month_range,
    "month": _month,
    "quarter": _quarter,
    "year_range": _year_range,
    "year": _year,
    "decade": _decade,
    "century": _century,
    "rel_day": _rel_day,
    "rel_unit": _rel_unit,
    "weekday": _weekday,
    "holiday": _holiday,
}


Grammar = tuple[regex.Pattern[str], tuple[tuple[int, Handler], ...]]


_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")


@cache
def _rule(name: str) -> regex.Pattern[str]:
    return regex.compile(RULE_PATTERNS[name], regex.VERBOSE | regex.V0)


@lru_cache(maxsize=256)
def _grammar(names: tuple[str, ...]) -> Grammar:
    """The rules ``names``, in grammar order, as one pattern, with (group index,
    handler) for each: the rules share group names, so `Match.lastgroup` does
    not name the rule that matched; each rule's own group is tested instead."""
    body = "\n|".join(f"(?P<{name}>{RULE_PATTERNS[name]})" for name in names)
    # The handlers share helpers that read groups of other rules ("hoi",
    # "after"); a branch that never matches defines them, unset.
    missing = set(_GROUP_NAME.findall(RULES)) - set(_GROUP_NAME.findall(body))
    body += "\n|(?!)" + "".join(f"(?P<{name}>)" for name in sorted(missing))
    pattern = regex.compile(body, regex.VERBOSE | regex.V0)
    return pattern, tuple((pattern.groupindex[name], RULE_HANDLERS[name]) for name in names)


@lru_cache(maxsize=4096)
def grammar_for(opening: str) -> Grammar | None:
    """The part of the grammar that can match a text opening with ``opening``.

    A number can open a date, a quantity ("53,1%") or a year; "năm" a year, a
    duration or a relative year, never a weekday. Trying only the rules that
    can start with the first few characters found there (which `regex` tells
    by a partial match) makes a try about twice as fast as trying all of
    them, in the same order, with the same result; and a trigger no rule can
    start with costs no try at all.
    """
    names = tuple(name for name in RULE_PATTERNS if _rule(name).match(opening, partial=True))
    return _grammar(names) if names else None


def whole_grammar() -> regex.Pattern[str]:
    """Every rule in one pattern, compiled on first use: what `grammar_for`'s
    parts must agree with. Parsing never needs it whole."""
    return _grammar(tuple(RULE_PATTERNS))[0]


def _first_words() -> set[str]:
    words = {
        "ngày", "hôm", "mồng", "mùng", "lúc", "từ", "tháng", "quý", "năm", "tuần", "hồi",
        "đầu", "cuối", "giữa", "trung", "thượng", "hạ", "giai", "nhiệm", "thời", "niên",
        "mùa", "thập", "những", "các", "thế", "bữa", "vào", "cách", "dịp", "nửa", "thứ", "chủ",
    }  # fmt: skip
    for lexicon in (lx.PARTS_OF_DAY, lx.NUMBER_WORDS, lx.HOLIDAYS):
        words.update(phrase.split()[0] for phrase in lexicon)
    return words


_EDGE_OR_UNIT = r"đầu|cuối|giữa|trung|thượng|hạ|tháng|quý|năm|tuần|\d"
_UNIT = "năm|tháng|tuần|ngày"
# First words that open a rule only before certain words, read off the rules
# above: "các" opens only "các năm 1990", "vào" only "vào thứ Hai", a number
# word only "hai tuần trước" or "sáu tháng đầu năm". Common words as they are,
# letting each of them try the whole grammar would be most of the scanning cost.
_OPENS_BEFORE: dict[str, str] = {
    "các": "năm",
    "những": "năm",
    "thập": "niên|kỷ",
    "thế": "kỷ",
    "giai": "đoạn",
    "nhiệm": "kỳ",
    "thời": "kỳ|điểm",
    "niên": "khóa",
    "mùa": "giải",
    "cách": "đây",
    "dịp": "này",
    "vào": "thứ|chủ",
    "chủ": "nhật",
    "lễ": "tình",
    "lúc": r"\d",
    "từ": r"\d|ngày|tháng|năm",
    "hồi": _EDGE_OR_UNIT,
    "đầu": _EDGE_OR_UNIT,
    "cuối": _EDGE_OR_UNIT,
    "giữa": _EDGE_OR_UNIT,
    "trung": "tuần",
    "thượng": "tuần",
    "hạ": "tuần",
    "nửa": "đêm|đầu|cuối|tháng",
    **{w: f"{_UNIT}|đầu|cuối" for w in lx.NUMBER_WORDS if w != "năm"},
}


def _trigger() -> WordPattern:
    """What a rule opens with, as one alternative per first character."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(_first_words() - _OPENS_BEFORE.keys()):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]) + r"(?![^\W_])")
    for word, after in _OPENS_BEFORE.items():
        by_first.setdefault(word[0], []).append(f"{re.escape(word[1:])}(?=[ ]{{1,3}}(?:{after}))")
    for digit in "0123456789":
        by_first[digit] = [_NUMBER_OPENS[digit]]
    by_first["("] = [r"(?=[ ]{0,3}(?:1[89]|20)\d\d)"]
    body = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in by_first.items())
    return WordPattern(body, by_first)


# A number opens a rule only as a year, or before a date separator, an hour
# mark, a range word or a unit: "1.000 người" is tried, "15 người" is not.
# By first digit; the rest of the number follows it.
_BEFORE_NUMBER_END = rf"(?=[ ]{{0,3}}(?:[/.\-–,:hg]|giờ|và|đến|tới|{_UNIT}|đầu|cuối))"
_NUMBER_OPENS = {
    digit: {"1": r"[89]\d\d(?!\d)|", "2": r"0\d\d(?!\d)|"}.get(digit, "")
    + rf"\d{{0,2}}{_BEFORE_NUMBER_END}"
    for digit in "0123456789"
}
# Every rule starts with a number, a bracket or one of a few words, at the start
# of a word. Finding those first with a cheap pattern, and trying the grammar
# only there, is many times faster than letting the grammar try every
# position. Each condition here is implied by the rules, so a position skipped
# is one where no rule can match.
TRIGGER = _trigger()
triggers = TRIGGER.starts


# How many characters of a trigger choose its part of the grammar: three tell
# "tháng" from "thứ" and "thế", and a year ("201") from a day ("20/").
_OPENING = 3


def scan(text: str, low: str, others: list[int] | None = None) -> Iterator[Atom]:
    """Every calendar expression in ``text`` (folded), left to right, not overlapping;
    ``low`` is ``text`` in lower case, ``others`` its word starts that are not
    after a space (`vnpress.text.wordscan.other_starts`).

    When the context rejects a match, the next trigger after its start gets its
    chance, so a shorter expression inside it is still found.
    """
    pos = 0
    for start in triggers(low, others):
        if start < pos:
            continue
        grammar = grammar_for(low[start : start + _OPENING])
        if grammar is None:
            continue
        pattern, dispatch = grammar
        m = pattern.match(low, start)
        if m is None:
            continue
        atom = next((handler(m, text) for index, handler in dispatch if m.start(index) >= 0), None)
        if atom is not None:
            yield atom
            pos = m.end()


def join_ranges(atoms: list[Atom], text: str) -> list[Atom]:
    """Merge ``A đến B`` / ``A - B`` into one interval, taking a leading ``từ``."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.end_point is None:
            b = atoms[i + 1]
            gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
            if gap and b.end_point is None and _compatible(a.point, b.point):
                start = a.start
                lead = _FROM.search(text, max(0, start - 12), start)
                if lead:
                    start = lead.start()
                out.append(
                    Atom(start, b.end, a.point, b.point, a.part_of_day or b.part_of_day, a.time)
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _compatible(a: Partial, b: Partial) -> bool:
    if a.shift_unit or b.shift_unit or a.weekday is not None or b.weekday is not None:
        return False
    return a.grain == b.grain
