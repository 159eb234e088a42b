"""The rules of Vietnamese calendar expressions, most specific first.

Each rule is declared with its pattern, the words it can open with and its
handler together (see `vnpress.dates.rule`). A handler turns the match into
`Partial` values, or rejects it when the surrounding words say the text is a
quantity, a fraction, a duration or a year inside a name. The grammar tries
the rules in the order they are declared here, so that at any position the
most specific one is tried first (``ngày 22 và 23/4`` before ``ngày 22``).
"""

from __future__ import annotations

import calendar
from typing import Any

import attrs
import regex

from vnpress.dates import lexicon as lx
from vnpress.dates.fragments import (
    _O,
    _UNITS,
    AFTER,
    DAY,
    EDGE,
    END,
    END_DAY,
    HOI,
    HOLIDAY,
    HOLIDAY_OPENS,
    LEAD_POD,
    LEAD_TIME,
    LEAD_TIME_OPENS,
    LEAD_WEEKDAY,
    MONTH,
    MONTH_WORD,
    NUMBER_WORD,
    POD,
    POD_OPENS,
    TAIL_TIME,
    WEEKDAY,
    WEEKDAY_OPENS,
    YEAR,
    YEAR_TAIL,
    B,
    _,
    edge_opens,
    hoi_opens,
    number_words_before,
)
from vnpress.dates.partial import Partial, is_valid
from vnpress.dates.rule import BRACKET, NUMBER, Atom, rule

_PREV_WORD = regex.compile(r"([^\s]+)[ ]*$")
_NEXT_WORD = regex.compile(r"[ ]*([^\s,.;:!?()\"“”]+)")


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
    hh, mi = m.group("hh"), m.group("mi")
    if not hh:
        hh, mi = m.group("th"), m.group("tm")  # a clock time after the date
    return f"{int(hh):02d}:{mi or '00'}" if hh else None


def _year_fields(m: regex.Match[str]) -> dict[str, Any]:
    y = m.group("y")
    if y:
        return {"year": int(y), "two_digit_year": len(y) == 2}
    rel = m.group("yrel")
    if rel:
        return {"year_shift": lx.RELATIVE_UNITS["năm"][rel.lower()]}
    return {}


# -- the rules -----------------------------------------------------------------


@rule(
    "ago",
    rf"""{B}
  (?:(?P<this>ngày{_}này|thời{_}điểm{_}này|dịp{_}này)(?:{_}(?:của|cách{_}đây))?{_})?
  (?:cách{_}đây{_}(?P<n>\d{{1,3}}|{NUMBER_WORD}){_}(?P<unit>năm|tháng|tuần|ngày)
    |(?P<n>\d{{1,3}}|{NUMBER_WORD}){_}(?P<unit>năm|tháng|tuần|ngày){_}(?:về{_})?trước)
  (?![\p{{L}}\p{{N}}])""",
    opens=["ngày>này", "thời>điểm", "dịp>này", "cách>đây", NUMBER, *number_words_before(_UNITS)],
)
def _ago(m: regex.Match[str], text: str) -> Atom | None:
    if next_word(text, m.end()) in {"đó", "đấy", "khi", "nữa"}:
        return None
    n = _number(m.group("n"))
    unit = m.group("unit").lower()
    units = {"năm": "year", "tháng": "month", "tuần": "week", "ngày": "day"}
    grain = "day" if m.group("this") else units[unit]
    p = Partial(grain=grain, shift_unit=units[unit], shift=-(n or 0))  # type: ignore[arg-type]
    return Atom(m.start(), m.end(), p)


@rule(
    "months_of_year",
    rf"""{B}
  (?P<n>\d{{1,2}}|{NUMBER_WORD}|nửa){_}(?:tháng{_})?(?P<half>đầu|cuối){_}năm
  (?:{_}(?P<y>{YEAR})|{_}(?P<yrel>nay|ngoái|trước))?{END}""",
    opens=[NUMBER, *number_words_before("tháng|đầu|cuối"), "nửa>tháng|đầu|cuối"],
)
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


@rule(
    "day_range",
    rf"""{B}{LEAD_POD}
  (?:(?P<lead>từ){_})?(?:(?P<lead>ngày|mùng|mồng){_})?
  (?P<d>{DAY}){_O}(?P<conn>-|–|và|,|đến|tới){_O}(?:(?:ngày|mùng|mồng){_})?
  (?P<d2>{DAY})(?P<sep>[/.\-])(?P<m>{MONTH})(?:(?P=sep)(?P<y>{YEAR}))?{END}""",
    opens=[*POD_OPENS, r"từ>ngày|mùng|mồng|\d", "ngày", "mùng", "mồng", NUMBER],
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


_RANGE_WORDS = frozenset({"đến", "tới", "-", "–", "và"})
_DATE_CUES = frozenset(
    {"ngày", "hôm", "từ", "đến", "tới", "vào", "-", "–", "dịp", "lễ", "sau", "trước"}
)


@rule(
    "day",
    rf"""{B}{LEAD_TIME}{LEAD_POD}{LEAD_WEEKDAY}(?:(?P<cue>ngày|hôm|mồng|mùng){_})?
  (?P<d>{DAY})(?P<sep>[/.\-])(?P<m>{MONTH})(?:(?P=sep)(?P<y>{YEAR}|\d\d))?{END_DAY}
  (?(paren){_O}\)?)(?(y){TAIL_TIME}){AFTER}""",
    opens=[*LEAD_TIME_OPENS, *POD_OPENS, *WEEKDAY_OPENS, "ngày", "hôm", "mồng", "mùng", NUMBER],
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


@rule(
    "spelt",
    rf"""{B}{LEAD_TIME}{LEAD_POD}{LEAD_WEEKDAY}
  (?:ngày{_}(?:mồng|mùng){_}|(?P<cue>ngày|mồng|mùng){_})
  (?P<d>{DAY}|{NUMBER_WORD}){_}tháng{_}(?P<m>{MONTH}|{MONTH_WORD})
  (?:{_O}(?:,{_O})?(?:năm{_}|/{_O})(?P<y>{YEAR}))?{END}{AFTER}""",
    opens=[*LEAD_TIME_OPENS, *POD_OPENS, *WEEKDAY_OPENS, "ngày", "mồng", "mùng"],
)
def _spelt(m: regex.Match[str], text: str) -> Atom | None:
    d, mo, y = _number(m.group("d")), _number(m.group("m")), m.group("y")
    if not d or not mo:
        return None
    p = Partial(grain="day", day=d, month=mo, year=int(y) if y else None, lean=_lean(m))  # type: ignore[arg-type]
    if not is_valid(p):
        return None
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m), time=_time(m))


@rule(
    "spelt_full",
    rf"""{B}{LEAD_POD}(?P<d>{DAY}){_}tháng{_}(?P<m>{MONTH}|{MONTH_WORD}){_O},?{_O}
  năm{_}(?P<y>{YEAR}){END}{AFTER}""",
    opens=[*POD_OPENS, NUMBER],
)
def _spelt_full(m: regex.Match[str], text: str) -> Atom | None:
    """``12 tháng 10 năm 2017``: a day, a month and a year in words, no ``ngày``."""
    return _spelt(m, text)


@rule(
    "month_edge_day",
    rf"""{B}ngày{_}(?P<which>đầu{_}tiên|cuối{_}cùng){_}của{_}tháng{_}(?P<m>{MONTH}|{MONTH_WORD})
  {YEAR_TAIL}?{END}""",
    opens=["ngày>đầu|cuối"],
)
def _month_edge_day(m: regex.Match[str], text: str) -> Atom | None:
    """``ngày đầu tiên của tháng 3``: the first (or last) day of that month."""
    month = _number(m.group("m"))
    if not month:
        return None
    year = _year_fields(m)
    last = m.group("which").lower().startswith("cuối")
    day = calendar.monthrange(year.get("year") or 2001, month)[1] if last else 1
    return Atom(m.start(), m.end(), Partial(grain="day", day=day, month=month, **year))


@rule(
    "day_only",
    rf"""{B}{LEAD_POD}(?P<cue>ngày|hôm){_}(?P<d>{DAY})
  (?!{_O}(?:[/.\-]{_O}\d|tháng)|[\p{{L}}\p{{N}}]){AFTER}""",
    opens=[*POD_OPENS, "ngày", "hôm"],
)
def _day_only(m: regex.Match[str], text: str) -> Atom | None:
    before = prev_word(text, m.start())
    after_char = text[m.end() : m.end() + 1]
    if before in lx.NON_DATE_DETERMINERS or before in {"trong", "thứ"}:
        return None
    # "Ngày 28, ..." or "ngày 28 vừa qua": a day of a nearby month; "ngày 2 lần" is
    # not; "từ ngày 25 đến ngày 28 tháng 6" starts a range the end's month completes.
    if not (
        m.group("after")
        or after_char in {",", ")", ".", ";", ""}
        or next_word(text, m.end()) in _RANGE_WORDS
    ):
        return None
    p = Partial(grain="day", day=int(m.group("d")), lean=_lean(m))  # type: ignore[arg-type]
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m))


@rule(
    "month_range",
    rf"""{B}{EDGE}?(?:(?P<lead>từ){_})?tháng{_}(?P<m>{MONTH}){_O}(?:-|–|đến|tới){_O}
  (?:tháng{_})?(?P<m2>{MONTH})(?:{_O}[/.\-]{_O}(?P<y>{YEAR})|{_}năm{_}(?P<y>{YEAR}))?{END}""",
    opens=[*edge_opens("tháng"), "từ>tháng", "tháng"],
)
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


@rule(
    "month",
    rf"""{B}{HOI}?{EDGE}?tháng{_}(?P<m>{MONTH}|{MONTH_WORD}){YEAR_TAIL}?{END}{AFTER}""",
    opens=[*hoi_opens("tháng"), *edge_opens("tháng"), "tháng"],
)
def _month(m: regex.Match[str], text: str) -> Atom | None:
    if not (m.group("hoi") or m.group("edge")) and _not_a_date_before(text, m.start()):
        return None
    word = " ".join(m.group("m").lower().split())
    year = _year_fields(m)
    ambiguous = word in lx.AMBIGUOUS_MONTH_WORDS
    if ambiguous and not year and not text[m.start("m")].isupper():
        return None  # "tháng năm" is also just "months and years"
    if not year and next_word(text, m.end()) in lx.COUNTERS:
        return None  # "mỗi tháng 2 lần", "tháng ba lần"
    month = _number(word)
    p = Partial(grain="month", month=month, lean=_lean(m), **year)  # type: ignore[arg-type]
    return Atom(m.start(), m.end(), p)


@rule(
    "quarter",
    rf"""{B}{HOI}?{EDGE}?quý{_}
  (?P<q>[1-4]|iv|iii|ii|i|một|hai|ba|bốn|tư){YEAR_TAIL}?{END}""",
    opens=[*hoi_opens("quý"), *edge_opens("quý"), "quý"],
)
def _quarter(m: regex.Match[str], text: str) -> Atom | None:
    if _not_a_date_before(text, m.start()):
        return None
    q = _number(m.group("q"))
    p = Partial(
        grain="quarter", quarter=q, lean="past" if m.group("hoi") else None, **_year_fields(m)
    )
    return Atom(m.start(), m.end(), p)


@rule(
    "year_range",
    rf"""{B}
  (?:(?P<lead>giai{_}đoạn|nhiệm{_}kỳ|thời{_}kỳ|niên{_}khóa|năm{_}học|mùa{_}giải|từ{_}năm|năm|từ){_}
    |(?P<paren>\(){_O})?
  (?P<y>{YEAR}){_O}(?P<conn>-|–|—|đến|tới){_O}(?:năm{_})?(?P<y2>{YEAR}){END}(?(paren){_O}\))""",
    opens=[
        "giai>đoạn",
        "nhiệm>kỳ",
        "thời>kỳ",
        "niên>khóa",
        "năm",
        "mùa>giải",
        r"từ>năm|\d",
        BRACKET,
        NUMBER,
    ],
)
def _year_range(m: regex.Match[str], text: str) -> Atom | None:
    y1, y2 = int(m.group("y")), int(m.group("y2"))
    if not y1 < y2 <= y1 + 100:
        return None
    if m.group("conn").lower() in {"đến", "tới"} and not m.group("lead"):
        return None
    return Atom(m.start(), m.end(), Partial(grain="year", year=y1), Partial(grain="year", year=y2))


# "năm 2018 và 2019": a bare year listed after another.
_YEAR_BEFORE_AND = regex.compile(rf"{YEAR}{_}và{_}$")


@rule(
    "edge_unit",
    rf"""{B}{HOI}?(?P<edge>đầu|cuối|giữa){_}(?P<unit>năm|tháng|tuần)
  (?![ ]{{1,3}}(?:\d|nay|ngoái|trước|tới|sau|qua|này|vừa|kế|tiếp|học|tài|[a-zà-ỹđ]*\d))
  (?![\p{{L}}\p{{N}}])""",
    opens=["hồi>đầu|cuối|giữa", "đầu>năm|tháng|tuần", "cuối>năm|tháng|tuần", "giữa>năm|tháng|tuần"],
)
def _edge_unit(m: regex.Match[str], text: str) -> Atom | None:
    """``Hồi đầu năm``, ``cuối tháng``: part of the unit the article is in."""
    if _not_a_date_before(text, m.start()):
        return None
    units = {"tuần": "week", "tháng": "month", "năm": "year"}
    unit = units[m.group("unit").lower()]
    return Atom(m.start(), m.end(), Partial(grain=unit, shift_unit=unit, shift=0))  # type: ignore[arg-type]


@rule(
    "year",
    rf"""{B}{HOI}?{EDGE}?(?P<nam>năm{_})?(?P<y>{YEAR}){END}""",
    opens=[*hoi_opens(r"năm|\d"), *edge_opens(r"năm|\d"), "năm", NUMBER],
)
def _year(m: regex.Match[str], text: str) -> Atom | None:
    if next_word(text, m.end()) in lx.COUNTERS:
        return None  # "2030 người" is a quantity
    if not (m.group("nam") or m.group("hoi") or m.group("edge")):
        before = prev_word(text, m.start())
        listed = before == "và" and _YEAR_BEFORE_AND.search(text, max(0, m.start() - 16), m.start())
        if before not in lx.YEAR_CUES and not listed:
            return None  # "BRICS 2024", "APEC 2017": a year inside a name
    elif m.group("nam") and prev_word(text, m.start()).isdigit():
        return None
    return Atom(m.start(), m.end(), Partial(grain="year", year=int(m.group("y"))))


@rule(
    "decade",
    rf"""{B}(?:thập{_}(?:niên|kỷ)|những{_}năm|các{_}năm){_}
  (?P<dec>(?:1[89]|20)\d0|[1-9]0){END}""",
    opens=["thập>niên|kỷ", "những>năm", "các>năm"],
)
def _decade(m: regex.Match[str], text: str) -> Atom | None:
    dec = m.group("dec")
    if len(dec) == 2:
        dec = ("19" if int(dec) >= 30 else "20") + dec
    return Atom(m.start(), m.end(), Partial(grain="decade", decade=int(dec) // 10))


@rule(
    "century",
    rf"""{B}thế{_}kỷ{_}(?P<cen>xxi|xx|xix|xviii|2[01]|1[89]){END}""",
    opens=["thế>kỷ"],
)
def _century(m: regex.Match[str], text: str) -> Atom | None:
    n = _number(m.group("cen"))
    if not n:
        return None
    return Atom(m.start(), m.end(), Partial(grain="century", century=n - 1))


@rule(
    "rel_day",
    rf"""{B}
  (?:(?P<pod>{POD}){_}(?P<rel>hôm{_}nay|hôm{_}qua|hôm{_}kia|ngày{_}mai|nay|qua|mai)
    |(?P<rel>ngày{_}hôm{_}nay|ngày{_}hôm{_}qua|hôm{_}nay|hôm{_}qua|hôm{_}kia|ngày{_}mai|bữa{_}nay)
     (?:{_}(?P<pod>{POD}))?)
  (?![\p{{L}}\p{{N}}])""",
    opens=[*POD_OPENS, "ngày>hôm|mai", "hôm", "bữa>nay"],
)
def _rel_day(m: regex.Match[str], text: str) -> Atom | None:
    rel = " ".join(m.group("rel").lower().split())
    if rel == "mai" and m.group("rel")[0].isupper():
        return None  # "chiều Mai": a name
    p = Partial(grain="day", shift_unit="day", shift=lx.RELATIVE_DAYS[rel])
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m))


@rule(
    "rel_unit",
    rf"""{B}{HOI}?{EDGE}?(?P<unit>tuần|tháng|quý|năm){_}
  (?P<rel>này|nay|qua|vừa{_}qua|trước|tới|sau|ngoái|kế{_}tiếp|tiếp{_}theo|tiếp|hiện{_}tại)
  (?![\p{{L}}\p{{N}}])""",
    opens=[
        *hoi_opens("tuần|tháng|quý|năm"),
        *edge_opens("tuần|tháng|quý|năm"),
        "tuần",
        "tháng",
        "quý",
        "năm",
    ],
)
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
    units = {"tuần": "week", "tháng": "month", "quý": "quarter", "năm": "year"}
    p = Partial(grain=units[unit], shift_unit=units[unit], shift=shift)  # type: ignore[arg-type]
    return Atom(m.start(), m.end(), p)


def _is_weekday(words: str, cue: str | None) -> bool:
    """``Thứ Hai`` is a weekday; ``lần thứ hai`` and ``thứ 2`` are ordinals unless a cue says."""
    if cue or words.lower().startswith("chủ"):
        return True
    day_word = words.split()[-1]
    return day_word[0].isupper() and not day_word.isdigit()


@rule(
    "weekday",
    rf"""{B}{LEAD_POD}(?:(?P<cue>hôm|ngày|vào){_})?(?P<wd>{WEEKDAY})
  (?:{_}(?:của{_})?(?P<wrel>tuần{_}(?:này|trước|tới|sau|qua)|vừa{_}qua|vừa{_}rồi|tới|này|trước))?
  (?![\p{{L}}\p{{N}}])""",
    opens=[*POD_OPENS, "hôm", "ngày", "vào>thứ|chủ", *WEEKDAY_OPENS],
)
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


@rule(
    "same_day",
    rf"""{B}(?:(?P<pod>{POD}){_})?(?:trong{_})?cùng{_}ngày(?![\p{{L}}\p{{N}}])""",
    opens=[*POD_OPENS, "trong>cùng", "cùng>ngày"],
)
def _same_day(m: regex.Match[str], text: str) -> Atom | None:
    """``Chiều cùng ngày``: the day of the date before it (`vnpress.dates`)."""
    return Atom(m.start(), m.end(), Partial(grain="day", same_day=True), part_of_day=_pod(m))


@rule(
    "same_period",
    rf"""{B}cùng{_}kỳ{_}(?:của{_})?năm{_}(?:(?P<y>{YEAR})|(?P<yrel>ngoái|trước))
  (?![\p{{L}}\p{{N}}])""",
    opens=["cùng>kỳ"],
)
def _same_period(m: regex.Match[str], text: str) -> Atom | None:
    """``cùng kỳ năm 2022``: the period of the date before it, in that year."""
    return Atom(m.start(), m.end(), Partial(grain="year", same_period=True, **_year_fields(m)))


@rule(
    "holiday",
    rf"""{B}(?:(?P<hol>{HOLIDAY})|(?P<pod>{POD}){_}(?P<hol>{HOLIDAY}))
  (?:,?{_}(?:năm{_})?(?P<y>{YEAR}))?(?![\p{{L}}\p{{N}}])""",
    opens=[*HOLIDAY_OPENS, *POD_OPENS],
)
def _holiday(m: regex.Match[str], text: str) -> Atom | None:
    month, day = lx.HOLIDAYS[" ".join(m.group("hol").lower().split())]
    y = m.group("y")
    p = Partial(grain="day", month=month, day=day, year=int(y) if y else None)
    return Atom(m.start(), m.end(), p, part_of_day=_pod(m))
