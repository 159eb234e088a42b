"""What a title says: its canonical role, the body it names, how it is shown."""

from __future__ import annotations

from vnpress import lexicons
from vnpress.lexicons import body_country, key
from vnpress.words import mapping, phrases, word_list

# "nguyên Bộ trưởng": words before a title's head that qualify it without being
# it, in the order they are stripped; "phó" also makes a head a deputy.
MODIFIERS = word_list("title_modifiers")
NEW = "tân"  # a modifier the title as written leaves out
(DEPUTY,) = word_list("deputy")
_DEPUTY_ROLE = {
    "head_of_state": "deputy_head_of_state",
    "head_of_government": "deputy_head_of_government",
    "minister": "deputy_minister",
}
# What follows a bare "Chủ tịch" decides the role; what follows "Giám đốc"
# may name a state agency rather than a company.
_CHAIR_OF = mapping("chair_roles")
_AGENCY = phrases("state_agency_heads")
# "Thủ tướng Chính phủ": bodies that name the office, not one the person runs.
_OFFICE_BODIES = phrases("office_bodies")
COUNTERPART = "counterpart"
# Words between a title and the country it serves: "Đại sứ tại Nhật Bản",
# "Tổng thống nước Cộng hòa Liên bang Brazil".
_BEFORE_COUNTRY = ("tại", "nước")
# "Ủy viên Bộ Chính trị, Thủ tướng …": membership written before the office.
_MEMBERSHIP = frozenset(phrases("membership_titles"))


def strip_modifiers(t: str, *, deputy: bool = False) -> str:
    """A folded title without its leading modifiers (and ``phó``, if ``deputy``)."""
    words = (*MODIFIERS, DEPUTY) if deputy else MODIFIERS
    for modifier in words:
        t = t.removeprefix(modifier + " ")
    return t


def role_of(title: str) -> str:
    """Role of a title as written (``Phó Thủ tướng Chính phủ`` → deputy head of government)."""
    t = strip_modifiers(key(title))
    deputy = t.startswith(DEPUTY + " ")
    t = t.removeprefix(DEPUTY + " ")
    m = lexicons.TITLES.match(t, 0)
    if m is None:
        return "other"
    head = m.key
    rest = t[m.end :].strip(" ,")
    role = m.value
    if head == "chủ tịch":
        role = next((r for words, r in _CHAIR_OF.items() if rest.startswith(words)), "")
        if not role:
            # "Chủ tịch Trung Quốc" leads a state; "Chủ tịch Liên đoàn …" a body.
            names_country = lexicons.COUNTRIES.match(rest, 0) is not None
            role = "head_of_state" if names_country else "other"
    elif (head in ("giám đốc", "tổng giám đốc") and rest.startswith(_AGENCY)) or (
        head == "bí thư" and not rest
    ):
        role = "other"  # the head of a state agency; a secretary of no named committee
    if role == "international_official" and _names_a_state(rest):
        role = "other"  # "Tổng Thư ký Bộ Ngoại giao và Thương mại Australia"
    if deputy:
        role = _DEPUTY_ROLE.get(role, role)
    return role


def _names_a_state(rest: str) -> bool:
    """Whether what follows a title names a state's own body or a country."""
    known, country = body_country(rest)
    return (known and country is not None) or bool(lexicons.COUNTRIES.search(rest))


def principal(titles: tuple[str, ...]) -> str:
    """The title that gives a person's role: the first, unless it is a party
    membership written before an office ("Ủy viên Bộ Chính trị, Thủ tướng …")."""
    for title in titles:
        if strip_modifiers(key(title), deputy=True) not in _MEMBERSHIP:
            return title
    return titles[0] if titles else ""


def heads_international_body(titles: tuple[str, ...]) -> bool:
    """Whether the first title heads a body that belongs to no country."""
    if not titles:
        return False
    known, country = body_country(key(titles[0]))
    return known and country is None


def is_bare(title: str) -> bool:
    """A title that is a lexicon entry by itself (``Chủ tịch``), naming no body."""
    return lexicons.TITLES.get(title) is not None


def is_counterpart(title: str) -> bool:
    """``người đồng cấp``: the office of the person met, not a title of one's own."""
    head = lexicons.TITLES.match(key(title), 0)
    return head is not None and head.value == COUNTERPART


def display_title(title: str) -> str:
    """The title without the country of the person's service: ``Tổng thống Nga`` and
    ``Bộ trưởng Ngoại giao Canada`` are ``Tổng thống``, ``Bộ trưởng Ngoại giao``; a
    country inside a body's name (``Ủy ban Liên chính phủ Việt Nam – Nga``) stays."""
    if key(title).startswith(NEW + " "):
        title = title[len(NEW) + 1 :].lstrip()  # "tân Thủ tướng": new in office, not a title
    t = key(title)
    head_start = len(t) - len(strip_modifiers(t, deputy=True))
    m = lexicons.TITLES.match(t, head_start)
    if m is None:
        return title
    rest = t[m.end :].lstrip()
    while rest:  # only countries (and "tại", "nước") after the head: drop them all
        c = lexicons.COUNTRIES.match(rest, 0)
        if c is None:
            link = next((w for w in _BEFORE_COUNTRY if rest.startswith(w + " ")), None)
            if link is not None:
                rest = rest[len(link) + 1 :]
                continue
            break
        rest = rest[c.end :].lstrip()
    else:
        return title[: m.end].rstrip()
    words = title.split()
    if "," not in title and len(words) > 2:
        for size in (6, 5, 4, 3, 2, 1):  # longest first: "Cộng hòa Séc", not "Séc"
            tail, before = " ".join(words[-size:]), words[-size - 1] if size < len(words) else ""
            if tail in lexicons.COUNTRIES and before not in ("-", "–", "tại"):
                kept = words[:-size]
                if kept and key(kept[-1]) == "nước":
                    kept = kept[:-1]  # "Thủ tướng Quốc vụ viện nước Cộng hòa …"
                return " ".join(kept)
    return title


def organization(titles: tuple[str, ...]) -> str | None:
    """The body a title names (``Bộ trưởng Bộ Ngoại giao`` → ``Bộ Ngoại giao``).

    ``Chính phủ`` in ``Thủ tướng Chính phủ`` names the office, not a body, so a
    more specific body in a later title is preferred.
    """
    found: list[str] = []
    for title in titles:
        t = key(title)
        head = lexicons.TITLES.match(t, 0)
        m = lexicons.ORG_HEADS.search(t, head.end if head else 0)
        if m is not None:
            found.append(title[m.start :].strip())
    specific = [f for f in found if key(f) not in _OFFICE_BODIES]
    best = specific or found
    return best[0] if best else None
