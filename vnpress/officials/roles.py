"""The canonical role of a title, and the country a title names."""

from __future__ import annotations

import regex

from vnpress import lexicons
from vnpress.lexicons import key

_MODIFIERS = ("cựu ", "nguyên ", "quyền ", "tân ")
_DEPUTY = {
    "head_of_state": "deputy_head_of_state",
    "head_of_government": "deputy_head_of_government",
    "minister": "deputy_minister",
}
# What follows a bare "Chủ tịch" or "Giám đốc" decides the role.
_CHAIR_OF = [
    (("quốc hội", "thượng viện", "hạ viện", "duma", "nghị viện"), "legislature_leader"),
    (("ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "tỉnh", "thành phố", "tp"),
     "local_leader"),
    (("ủy ban châu âu", "hội đồng châu âu", "liên minh", "đại hội đồng", "ủy ban olympic"),
     "international_official"),
    (("tập đoàn", "công ty", "ngân hàng", "hđqt", "hội đồng quản trị", "tổng công ty"),
     "executive"),
    (("nước",), "head_of_state"),
]  # fmt: skip
_AGENCY = ("cơ quan", "cục", "tình báo", "sở", "vụ", "ban", "văn phòng", "trung tâm")


def role_of(title: str) -> str:
    """Role of a title as written (``Phó Thủ tướng Chính phủ`` → deputy head of government)."""
    t = key(title)
    for modifier in _MODIFIERS:
        t = t.removeprefix(modifier)
    deputy = t.startswith("phó ")
    t = t.removeprefix("phó ")
    m = lexicons.TITLES.match(t, 0)
    if m is None:
        return "other"
    head = key(m.group())
    rest = t[m.end() :].strip(" ,")
    role = lexicons.TITLES.entries[head]
    if head == "chủ tịch":
        role = next((r for words, r in _CHAIR_OF if rest.startswith(words)), "")
        if not role:
            # "Chủ tịch Trung Quốc" leads a state; "Chủ tịch Liên đoàn …" a body.
            names_country = lexicons.COUNTRIES.match(rest, 0) is not None
            role = "head_of_state" if names_country else "other"
    elif (head in ("giám đốc", "tổng giám đốc") and rest.startswith(_AGENCY)) or (
        head == "bí thư" and not rest
    ):
        role = "other"  # the head of a state agency; a secretary of no named committee
    if deputy:
        role = _DEPUTY.get(role, role)
    return role


_WORD_BEFORE = regex.compile(r"(\S+)[ ]+$")


def countries_in(text: str) -> list[str]:
    """ISO codes of the countries named in ``text`` (tone-folded, case kept), in order.

    A country is a proper noun: ``Tư pháp`` does not name France, and ``Anh``
    in ``Trần Tuấn Anh`` is part of a personal name, not England.
    """
    found = []
    for m in lexicons.COUNTRIES.finditer(text):
        if not text[m.start()].isupper():
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before and before.group(1)[0].isupper() and before.group(1) not in lexicons.TITLES:
            continue
        found.append(lexicons.COUNTRIES.entries[key(m.group())])
    return found


def body_country(text: str) -> tuple[bool, str | None]:
    """Whether ``text`` names a known body, and that body's country (None: international)."""
    m = lexicons.BODIES.search(text)
    if m is None:
        return False, None
    return True, lexicons.BODIES.entries[key(m.group())] or None
