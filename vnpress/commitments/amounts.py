"""Numbers with their units: ``10 tỷ USD``, ``1.000 học bổng``, ``30%``.

Vietnamese writes ``.`` between thousands and ``,`` before decimals
(``1.000``, ``1,5``); ``tỷ``, ``triệu``, ``nghìn`` multiply.
"""

from __future__ import annotations

import regex

from vnpress.model import Amount

_MULTIPLIERS = {"nghìn tỷ": 10**12, "tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6,
                "nghìn": 10**3, "ngàn": 10**3}  # fmt: skip
UNITS = (
    "USD|đô la Mỹ|đô la|đồng|VND|VNĐ|euro|EUR|yen|yên|nhân dân tệ|rúp|bảng Anh|%|phần trăm"
    "|học bổng|tấn|km|ha|hecta|MW|GW|kWh|người|liều|ca|suất|dự án|doanh nghiệp|lao động"
    "|sinh viên|thùng|m3|chiếc|tàu|máy bay"
)
_AMOUNT = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])(?P<number>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)"
    rf"(?:[ ]?(?P<mult>nghìn tỷ|tỷ|tỉ|triệu|nghìn|ngàn))?"
    rf"(?:[ ]?(?P<unit>{UNITS}))?(?![\p{{L}}\p{{N}}])",
    regex.IGNORECASE,
)


def parse_number(text: str) -> float | int:
    """``1.000`` → 1000, ``1,5`` → 1.5."""
    whole, _, decimals = text.replace(".", "").partition(",")
    return float(f"{whole}.{decimals}") if decimals else int(whole)


def find_amounts(text: str) -> list[Amount]:
    """The amounts in ``text`` that carry a unit or a multiplier."""
    out = []
    for m in _AMOUNT.finditer(text):
        if not (m.group("unit") or m.group("mult")):
            continue
        value = parse_number(m.group("number"))
        mult = m.group("mult")
        if mult:
            value = value * _MULTIPLIERS[mult.lower()]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
        unit = m.group("unit")
        out.append(Amount(text=m.group().strip(), value=value, unit=unit))
    return out
