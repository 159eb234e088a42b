"""Words of Vietnamese calendar expressions, written in new-style tone placement.

The grammar matches these against folded text (see `vnpress.text.tones`), case
insensitively, so ``Thứ Hai``, ``thứ hai`` and ``THỨ HAI`` are one entry.
"""

from __future__ import annotations

# Parts of the day that lead a date: "tối 24/10", "Sáng 29.6", "đêm qua".
PARTS_OF_DAY: dict[str, str] = {
    "rạng sáng": "morning",
    "sáng sớm": "morning",
    "sáng": "morning",
    "trưa": "noon",
    "chiều tối": "evening",
    "chiều": "afternoon",
    "tối": "evening",
    "nửa đêm": "night",
    "đêm": "night",
    "khuya": "night",
}

# Weekdays, Monday = 0 as in `datetime.date.weekday`.
WEEKDAYS: dict[str, int] = {
    "thứ hai": 0,
    "thứ 2": 0,
    "thứ ba": 1,
    "thứ 3": 1,
    "thứ tư": 2,
    "thứ 4": 2,
    "thứ năm": 3,
    "thứ 5": 3,
    "thứ sáu": 4,
    "thứ 6": 4,
    "thứ bảy": 5,
    "thứ bẩy": 5,
    "thứ 7": 5,
    "chủ nhật": 6,
}

# Months spelt out: "tháng mười", "tháng Giêng", "tháng Chạp".
MONTH_WORDS: dict[str, int] = {
    "giêng": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}
# Month words that are unambiguous on their own; the others ("tháng năm",
# "tháng ba") are also ordinary words and count only when capitalised or when
# a day or year is attached.
# Month words that, written "tháng năm" or "tháng một", are as often "months
# and years" or "one month": a month only capitalised or with a year.
AMBIGUOUS_MONTH_WORDS = frozenset({"năm", "một"})

# Small numbers spelt out ("mồng ba", "hai tuần trước", "quý hai").
NUMBER_WORDS: dict[str, int] = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}

ROMAN: dict[str, int] = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
    "xiii": 13,
    "xiv": 14,
    "xv": 15,
    "xvi": 16,
    "xvii": 17,
    "xviii": 18,
    "xix": 19,
    "xx": 20,
    "xxi": 21,
    "xxii": 22,
}

# "tuần này", "tháng trước", "năm ngoái": offset from the publication date.
_NEXT = {"tới": 1, "sau": 1, "kế tiếp": 1, "tiếp theo": 1, "tiếp": 1}
_THIS = {"này": 0, "hiện tại": 0}
RELATIVE_UNITS: dict[str, dict[str, int]] = {
    "tuần": {**_THIS, "qua": 0, "vừa qua": 0, "trước": -1, **_NEXT},
    "tháng": {**_THIS, "trước": -1, "qua": -1, "vừa qua": -1, **_NEXT},
    "quý": {**_THIS, "nay": 0, "trước": -1, "qua": -1, "vừa qua": -1, **_NEXT},
    # "năm qua" is the year before ("N năm qua", a duration, is not a date)
    "năm": {"nay": 0, "hiện tại": 0, "ngoái": -1, "trước": -1, "qua": -1, "vừa qua": -1, **_NEXT},
}

# "hôm nay", "ngày mai", and part of day + "nay"/"qua"/"mai": offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "hôm nay": 0,
    "ngày hôm nay": 0,
    "bữa nay": 0,
    "nay": 0,
    "hôm qua": -1,
    "ngày hôm qua": -1,
    "qua": -1,
    "hôm kia": -2,
    "ngày mai": 1,
    "mai": 1,
}

# Fixed-date holidays, month and day.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "đêm giáng sinh": (12, 24),
    "đêm noel": (12, 24),
    "giáng sinh": (12, 25),
    "noel": (12, 25),
    "tết dương lịch": (1, 1),
    "lễ tình nhân": (2, 14),
    "ngày quốc tế phụ nữ": (3, 8),
    "ngày quốc tế lao động": (5, 1),
    "ngày nhà giáo việt nam": (11, 20),
}

# Words after a number that make it a quantity, not a year ("2030 người").
COUNTERS = frozenset(
    """người ca tỷ tỉ triệu nghìn ngàn trăm đồng usd euro km m tấn chiếc căn lượt học
    bệnh đơn hộ trường doanh dự máy xe con cây ha héc liều mẫu điểm phiếu bài vụ
    lần bữa giờ phút giây ngày tuần tháng năm đô mét cm kg lít thùng suất dân hecta
    nhân binh quân tàu công hạt cơ trẻ em cuộc đợt tổ""".split()
)

# Words before a bare year that make it a date ("đến 2030", "trong 2020").
YEAR_CUES = frozenset(
    """vào đến tới trong từ sau trước cuối đầu giữa hồi năm khoảng tính
    hết kể là""".split()
)

# Words before a quantity, for telling fractions from dates ("chiếm 1/3").
QUANTITY_CUES = frozenset(
    """chiếm khoảng gần hơn còn bằng trên dưới mất tới đến giảm tăng được""".split()
)

# Words before "tháng"/"tuần"/"năm" that make it a duration or a plural, not a date.
NON_DATE_DETERMINERS = frozenset(
    """hàng mỗi các những vài mấy nhiều từng cả suốt mọi một hai ba bốn năm sáu bảy
    tám chín mười chục trăm nghìn ngàn vạn triệu tỷ""".split()
)
