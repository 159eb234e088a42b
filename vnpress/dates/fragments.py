"""The pieces date rules are made of, defined once, with the words each opens with.

Patterns match the folded, lower-cased text (`vnpress.text.clean.CleanText.lower`).
Every repetition is bounded, so a match never spans more than a few dozen
characters.
"""

from __future__ import annotations

import regex

from vnpress.dates import lexicon as lx
from vnpress.dates.rule import NUMBER, Opening, openings_of

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
# The year after a month or a quarter: "/2023", "năm 2023", "của năm 2018", "năm nay".
YEAR_TAIL = (
    rf"(?:{_O}[/.\-]{_O}(?P<y>{YEAR})|,?{_}(?:của{_})?năm{_}(?P<y>{YEAR})"
    rf"|{_}(?:của{_})?năm{_}(?P<yrel>nay|ngoái|trước|sau|tới))"
)
AFTER = rf"(?:{_}(?P<after>vừa{_}qua|vừa{_}rồi|sắp{_}tới|tới(?={_O}(?:[,.;)\n]|$)|{_}đây)))?"
LEAD_TIME = (
    rf"(?:(?:lúc{_})?(?P<hh>2[0-3]|[01]?\d){_O}(?:h|giờ|g|:){_O}(?P<mi>[0-5]\d)?"
    rf"(?:{_O}phút)?{_}(?:ngày{_})?)?"
)
LEAD_POD = rf"(?:(?P<pod>{POD})(?:{_}(?P<podrel>hôm{_}nay|hôm{_}qua|nay|qua))?{_})?"
LEAD_WEEKDAY = rf"(?:(?P<wd>{WEEKDAY}){_O}(?:,{_O}|(?P<paren>\(){_O})?)?"
# A clock time after a full date: "06/02/2023 8:00", "ngày 5/3/2024 lúc 9h30".
TAIL_TIME = (
    rf"(?:{_}(?:lúc{_})?(?P<th>2[0-3]|[01]?\d){_O}(?:h|giờ|:){_O}(?P<tm>[0-5]\d)(?![\p{{N}}]))?"
)

# -- what the pieces open with -------------------------------------------------

_UNITS = "năm|tháng|tuần|ngày"


def edge_opens(units: str) -> list[Opening]:
    """An edge word before ``units`` ("đầu tháng 6", "trung tuần tháng 5")."""
    return [
        *(f"{word}>{units}" for word in ("đầu", "cuối", "giữa")),
        *(f"{word}>tuần" for word in ("trung", "thượng", "hạ")),
    ]


def hoi_opens(units: str) -> list[Opening]:
    """``hồi`` before an edge word or ``units`` ("hồi tháng 6", "hồi đầu năm")."""
    return [f"hồi>đầu|cuối|giữa|trung|thượng|hạ|{units}"]


def number_words_before(after: str) -> list[Opening]:
    """A number word opens only a count of units: "hai tuần trước", "sáu tháng đầu năm".
    ("năm", five, is also the word for year, which opens rules whatever follows.)"""
    return [f"{word}>{after}" for word in lx.NUMBER_WORDS if word != "năm"]


POD_OPENS = openings_of(lx.PARTS_OF_DAY)
WEEKDAY_OPENS = openings_of(lx.WEEKDAYS)
HOLIDAY_OPENS = openings_of(lx.HOLIDAYS)
LEAD_TIME_OPENS: list[Opening] = [r"lúc>\d", NUMBER]
