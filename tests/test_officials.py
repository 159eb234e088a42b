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
