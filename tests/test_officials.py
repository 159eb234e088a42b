"""The officials parser on sentences written for these tests."""

from __future__ import annotations

import pytest

from vnpress import lexicons, parse
from vnpress.officials import find_officials


def people(text: str) -> dict[str, tuple[tuple[str, ...], str, str | None]]:
    """Name -> (titles of its first mention, role, country)."""
    out: dict[str, tuple[tuple[str, ...], str, str | None]] = {}
    for o in find_officials(text):
        out.setdefault(o.name, (o.titles, o.role, o.country))
    return out


@pytest.mark.parametrize(
    ("text", "name", "titles", "role", "country"),
    [
        (
            "Thủ tướng Lê Minh An hội đàm với khách.",
            "Lê Minh An",
            ("Thủ tướng",),
            "head_of_government",
            "VN",
        ),
        (
            "Tổng thống Pháp Jean Dupont phát biểu.",
            "Jean Dupont",
            ("Tổng thống",),
            "head_of_state",
            "FR",
        ),
        (
            "Chủ tịch nước Trần Văn Bình  đã tiếp đoàn.",
            "Trần Văn Bình",
            ("Chủ tịch nước",),
            "head_of_state",
            "VN",
        ),
        (
            "Bộ trưởng Bộ Công Thương Hồ Đức Phúc ký kết.",
            "Hồ Đức Phúc",
            ("Bộ trưởng Bộ Công Thương",),
            "minister",
            "VN",
        ),
        (
            "Bí thư Thành ủy Hà Nội Hoàng Minh Tâm dự lễ.",
            "Hoàng Minh Tâm",
            ("Bí thư Thành ủy Hà Nội",),
            "local_leader",
            "VN",
        ),
        (
            "Đại sứ Việt Nam tại Nhật Bản Phạm Quang Vinh trình quốc thư.",
            "Phạm Quang Vinh",
            ("Đại sứ",),
            "ambassador",
            "VN",
        ),
        (
            "Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên kiểm tra.",
            "Đỗ Xuân Tuyên",
            ("Thứ trưởng Bộ Y tế",),
            "deputy_minister",
            "VN",
        ),
        (
            "Phó Phát ngôn viên Bộ Ngoại giao Lê Thị Hằng trả lời.",
            "Lê Thị Hằng",
            ("Phó Phát ngôn viên Bộ Ngoại giao",),
            "spokesperson",
            "VN",
        ),
        (
            "Thượng tướng Nguyễn Văn Hùng thăm đơn vị.",
            "Nguyễn Văn Hùng",
            ("Thượng tướng",),
            "military",
            "VN",
        ),
        (
            "Chủ tịch Ủy ban châu Âu Anna Berg cho biết.",
            "Anna Berg",
            ("Chủ tịch Ủy ban châu Âu",),
            "international_official",
            None,
        ),
        (
            "Bộ trưởng Ngoại giao Canada Paul Martin Roy tới Hà Nội.",
            "Paul Martin Roy",
            ("Bộ trưởng Ngoại giao",),
            "minister",
            "CA",
        ),
    ],
)
def test_title_before_name(
    text: str, name: str, titles: tuple[str, ...], role: str, country: str | None
) -> None:
    assert people(text)[name] == (titles, role, country)


def test_several_titles_for_one_person() -> None:
    found = people("Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung dự họp.")
    assert found == {
        "Lê Hoài Trung": (
            ("Phó Thủ tướng Chính phủ", "Bộ trưởng Bộ Ngoại giao"),
            "deputy_head_of_government",
            "VN",
        )
    }


def test_delegation_lists_and_where_names_end() -> None:
    text = (
        "Về phía Canada có Bộ trưởng Quốc phòng Anne Moreau, Bộ trưởng Bộ Năng lượng "
        "Jonathan Wilkinson; về phía Việt Nam có Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng."
    )
    found = people(text)
    assert found["Anne Moreau"] == (("Bộ trưởng Quốc phòng",), "minister", "CA")
    assert found["Jonathan Wilkinson"][2] == "CA"  # the side, not the ministry, says whose
    assert found["Nguyễn Văn Thắng"] == (("Bộ trưởng Bộ Tài chính",), "minister", "VN")


def test_title_after_name() -> None:
    text = "Ông Nguyễn Văn Tâm, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết dịch đã được kiểm soát."
    assert people(text)["Nguyễn Văn Tâm"] == (
        ("Giám đốc Sở Y tế tỉnh Nghệ An",),
        "other",
        "VN",
    )
    text = "GS.TS Lê Văn Hải, Phó trưởng Ban Tuyên giáo Trung ương, phát biểu."
    assert people(text)["Lê Văn Hải"][0] == ("Phó trưởng Ban Tuyên giáo Trung ương",)


def test_one_person_many_mentions_share_an_id_and_the_fullest_name() -> None:
    text = (
        "Tổng thống Nga Vladimir Putin tiếp đoàn. Sau đó, Tổng thống Putin phát biểu. "
        "Tổng thống V. Putin cảm ơn."
    )
    found = find_officials(text)
    assert [o.name for o in found] == ["Vladimir Putin"] * 3
    assert len({o.person_id for o in found}) == 1
    assert [o.text for o in found] == [
        "Tổng thống Nga Vladimir Putin",
        "Tổng thống Putin",
        "Tổng thống V. Putin",
    ]


def test_sino_vietnamese_and_hyphenated_foreign_names() -> None:
    found = people("Chủ tịch Trung Quốc Tập Cận Bình gặp Ngoại trưởng Pháp Jean-Yves Le Drian.")
    assert found["Tập Cận Bình"][1:] == ("head_of_state", "CN")
    assert found["Jean-Yves Le Drian"][1:] == ("minister", "FR")


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Quốc phòng Nga nhấn mạnh hợp tác.",  # a title with no name
        "Hội nghị diễn ra tại Điện Kremlin, Liên bang Nga.",  # capitals, no office
        "Ông Nguyễn Văn Nam đã tới Hà Nội.",  # a person with no office
        "Chủ tịch Real Madrid phát biểu.",  # a body, not a person
        "Giáo viên chủ nhiệm Thanh Huy rất tận tâm.",  # a common noun, not an office
        "Chủ tịch UBND huyện Krông Nô chỉ đạo.",  # a place, not a person
    ],
)
def test_not_officials(text: str) -> None:
    assert find_officials(text) == []


def test_offsets_index_the_callers_text() -> None:
    text = "Th\u1ee7 t\u01b0\u1edbng&nbsp;Ph\u1ea1m Minh Ch\u00ednh h\u1ed9i \u0111\u00e0m"
    (o,) = parse(text, only=["officials"]).officials
    assert text[o.start : o.end] == o.text
    assert o.name == "Phạm Minh Chính"


def test_lexicons_can_be_extended_at_run_time() -> None:
    text = "Tổng Biên tập Báo Nhân Dân Ngô Văn Tuấn báo cáo."
    assert find_officials(text) == []
    lexicons.TITLES.add("Tổng Biên tập", "other")
    try:
        assert people(text)["Ngô Văn Tuấn"][0] == ("Tổng Biên tập Báo Nhân Dân",)
    finally:
        lexicons.TITLES.remove("Tổng Biên tập")
    assert find_officials(text) == []


def test_an_ambassador_posted_to_a_country_and_a_single_apposed_office() -> None:
    found = find_officials("Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper cho biết.")
    assert [(o.name, o.titles, o.country) for o in found] == [("Marc Knapper", ("Đại sứ",), "US")]
    found = find_officials("Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã tiếp đoàn.")
    assert [o.titles for o in found] == [("Thượng tướng",), ("Thứ trưởng Bộ Quốc phòng",)]
    assert len({o.person_id for o in found}) == 1


def everyone(text: str) -> dict[str, tuple[set[str], str, str | None]]:
    """Name -> (every title of every mention, role, country of the first)."""
    out: dict[str, tuple[set[str], str, str | None]] = {}
    for o in find_officials(text):
        out.setdefault(o.name, (set(), o.role, o.country))[0].update(o.titles)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 1. a name, then a chain of offices that opens with a membership title
            "Ông Trần Văn Khoa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lâm Đồng, phát biểu.",
            {"Trần Văn Khoa": ({"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Lâm Đồng"},
                               "local_leader", "VN")},
        ),
        (  # ... with a rank first
            "Thượng tướng Lê Minh Hòa, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an, dự lễ.",
            {"Lê Minh Hòa": ({"Thượng tướng", "Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"},
                             "military", "VN")},
        ),
        (  # 2. a chain before one name keeps its first title
            "Ủy viên Bộ Chính trị, Bí thư Thành ủy Cần Thơ Lê Minh Đức đến thăm.",
            {"Lê Minh Đức": ({"Ủy viên Bộ Chính trị", "Bí thư Thành ủy Cần Thơ"},
                             "local_leader", "VN")},
        ),
        (  # 3. a list of people, each office to its own name, each person's own country
            "Dự lễ có ông Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hòa Sơn, "
            "ông Phạm Quốc Bảo, Tổng Giám đốc Công ty Minh Phát, và đồng chí Khăm Phăn "
            "Phôm Ma Thát, Bộ trưởng Bộ Tài chính Lào.",
            {
                "Nguyễn Văn An": ({"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Hòa Sơn"},
                                  "local_leader", "VN"),
                "Phạm Quốc Bảo": ({"Tổng Giám đốc Công ty Minh Phát"}, "executive", "VN"),
                "Khăm Phăn Phôm Ma Thát": ({"Bộ trưởng Bộ Tài chính"}, "minister", "LA"),
            },
        ),
        (  # ... and an office is never glued to the next person's
            "Bộ trưởng Bộ Quốc phòng Việt Nam và Đại tướng Trần Quốc Hưng đã hội đàm.",
            {"Trần Quốc Hưng": ({"Đại tướng"}, "military", "VN")},
        ),
        (  # 4. commas inside a body's name, from the body lexicon
            "Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội Lê Quang Huy nói.",
            {"Lê Quang Huy": (
                {"Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"},
                "legislature_leader", "VN")},
        ),
        (  # 5. formal country names give the country and stay out of the title
            "Tổng thống nước Cộng hòa Liên bang Brazil Luiz Lula da Silva thăm Hà Nội.",
            {"Luiz Lula da Silva": ({"Tổng thống"}, "head_of_state", "BR")},
        ),
        (
            "Thủ tướng Quốc vụ viện nước Cộng hòa nhân dân Trung Hoa Lý Cường hội đàm.",
            {"Lý Cường": ({"Thủ tướng Quốc vụ viện"}, "head_of_government", "CN")},
        ),
        (  # 6. places that hold an office word are no one's title
            "Tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp Đại sứ.",
            {"Lương Cường": ({"Chủ tịch nước"}, "head_of_state", "VN")},
        ),
        (
            "Tại Văn phòng Chủ tịch nước, Chủ tịch nước Lương Cường tiếp đoàn.",
            {"Lương Cường": ({"Chủ tịch nước"}, "head_of_state", "VN")},
        ),
        (  # ... and a place before a bare title is not a person
            "Trở về từ chuyến thăm Đông Nam Á, Bộ trưởng Ngoại giao Mỹ Antony Blinken phát biểu.",
            {"Antony Blinken": ({"Bộ trưởng Ngoại giao"}, "minister", "US")},
        ),
        (  # 7. an event named for an office is no one's
            "Bên lề Hội nghị các Bộ trưởng Kinh tế ASEAN, Thứ trưởng Bộ Công Thương Phan Văn Tú "
            "gặp đối tác.",
            {"Phan Văn Tú": ({"Thứ trưởng Bộ Công Thương"}, "deputy_minister", "VN")},
        ),
        (  # 8. names written in Vietnamese syllables, partly lower-case
            "Bộ trưởng Nông nghiệp Lào Phết phim ma vông tiếp đoàn.",
            {"Phết phim ma vông": ({"Bộ trưởng Nông nghiệp"}, "minister", "LA")},
        ),
        (
            "Bộ trưởng Bộ Ngoại giao Lào Xa-lợm-xay Côm-ma-sít hội đàm với đoàn.",
            {"Xa-lợm-xay Côm-ma-sít": ({"Bộ trưởng Bộ Ngoại giao"}, "minister", "LA")},
        ),
        (  # 9. a personal name that holds a province's
            "Phó Thủ tướng Lê Thái Bình dự họp.",
            {"Lê Thái Bình": ({"Phó Thủ tướng"}, "deputy_head_of_government", "VN")},
        ),
        (  # ... but a body's name that ends in a place holds no person
            "Ông cảm ơn Giám đốc Trung tâm nội soi Bệnh viện Đại học Y Hà Nội.",
            {},
        ),
        (  # 10. foreign bodies
            "Ủy viên trưởng Nhân đại toàn quốc Triệu Lạc Tế hội kiến đoàn.",
            {"Triệu Lạc Tế": ({"Ủy viên trưởng Nhân đại toàn quốc"}, "legislature_leader", "CN")},
        ),
        (
            "Bộ trưởng Bộ Công Thương Lào Ma-lay-thong Côm-ma-xít ký kết.",
            {"Ma-lay-thong Côm-ma-xít": ({"Bộ trưởng Bộ Công Thương"}, "minister", "LA")},
        ),
        (
            "Chủ tịch Duma Quốc gia Vyacheslav Volodin tiếp đoàn.",
            {"Vyacheslav Volodin": ({"Chủ tịch Duma Quốc gia"}, "legislature_leader", "RU")},
        ),
        (  # 12. roles
            "Đoàn vào Lăng viếng Chủ tịch Hồ Chí Minh.",
            {"Hồ Chí Minh": ({"Chủ tịch"}, "head_of_state", "VN")},
        ),
        (
            "Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn phát biểu.",
            {"Lương Quốc Đoàn": ({"Chủ tịch Hội Nông dân"}, "executive", "VN")},
        ),
        (
            "Đồng chí Tô Lâm, Tổng Bí thư, phát biểu.",
            {"Tô Lâm": ({"Tổng Bí thư"}, "party_leader", "VN")},
        ),
        (  # 13. titles as written: "tân" (new) is left out, "nguyên" (former) kept
            "Tân Thủ tướng Nhật Bản Ishiba Shigeru nhậm chức.",
            {"Ishiba Shigeru": ({"Thủ tướng"}, "head_of_government", "JP")},
        ),
        (
            "Nguyên Thủ tướng Nguyễn Tấn Dũng dự lễ.",
            {"Nguyễn Tấn Dũng": ({"Nguyên Thủ tướng"}, "head_of_government", "VN")},
        ),
        (  # a full stop missing its space does not glue two sentences' words
            "Thượng tướng Ngụy Phượng Hòa, Bộ trưởng Bộ Quốc phòng Trung Quốc.Trong chuyến "
            "thăm, ông đến Huế.",
            {"Ngụy Phượng Hòa": ({"Thượng tướng", "Bộ trưởng Bộ Quốc phòng"}, "military", "CN")},
        ),
    ],
)  # fmt: skip
def test_patterns_of_official_writing(
    text: str, expected: dict[str, tuple[set[str], str, str | None]]
) -> None:
    assert everyone(text) == expected


def test_linking_short_forms_and_typos() -> None:
    found = find_officials(
        "Tổng thống Ignacio López Herrera phát biểu. Sau đó, Tổng thống Ignacio López nói thêm."
    )
    assert [o.name for o in found] == ["Ignacio López Herrera"] * 2
    assert len({o.person_id for o in found}) == 1
    found = find_officials("Thứ trưởng Nguyễn Văn An phát biểu. Thứ trưởng Nguyễn Văn an nói.")
    assert [o.name for o in found] == ["Nguyễn Văn An"] * 2
    assert len({o.person_id for o in found}) == 1


def test_a_monarch_keeps_the_country_the_text_ties_to_him() -> None:
    text = (
        "Quốc vương Campuchia Norodom Sihamoni tiếp đoàn. Sau đó, Quốc vương Norodom "
        "Sihamoni thăm Lào."
    )
    assert {o.country for o in find_officials(text)} == {"KH"}


def test_a_relation_is_not_an_office() -> None:
    text = "Ngoại trưởng Nga Sergey Lavrov và người đồng cấp Trung Quốc Vương Nghị hội đàm."
    assert set(everyone(text)) == {"Sergey Lavrov"}
