"""The commitments parser on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnpress.commitments import find_commitments
from vnpress.commitments.amounts import find_amounts, parse_number
from vnpress.pipeline import parse


def summary(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind, c.cue, c.actor) for c in find_commitments(text, published="2025-03-12")]


def _cases() -> list[tuple[str, list[tuple[str, ...]]]]:
    """The rows of ``data/commitments.tsv``: a text and its commitments."""
    rows = []
    for line in (
        (Path(__file__).parent / "data" / "commitments.tsv").read_text("utf-8").splitlines()
    ):
        if line and not line.startswith("#"):
            text, expected = line.split("\t")
            wanted = [] if expected == "-" else [tuple(c.split("|")) for c in expected.split(" ; ")]
            rows.append((text, wanted))
    return rows


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_commitment_cases(text: str, expected: list[tuple[str, ...]]) -> None:
    assert summary(text) == expected


def test_an_organisation_pledge_keeps_its_amount_and_deadline() -> None:
    (c,) = find_commitments("Tập đoàn Minh Phát cam kết đầu tư 2,5 tỷ USD đến năm 2030.")
    assert [(a.value, a.unit) for a in c.amounts] == [(2_500_000_000, "USD")]
    assert c.deadline == "2030"


def test_phia_keeps_its_country_at_a_sentence_start() -> None:
    (c,) = find_commitments("Phía Trung Quốc cam kết tạo điều kiện cho hàng hóa Việt Nam.")
    assert c.actor_countries == ("CN",)


def test_both_sides_are_the_sides_of_the_meeting_reported_there() -> None:
    text = (
        "Thủ tướng Lê Minh An hội đàm với Thủ tướng Lào Xỏn-xay Xi-phăn-đon. "
        "Hai bên nhất trí tăng cường hợp tác. "
        "Sau đó, Chủ tịch nước Trần Văn Bình tiếp Đại sứ Nhật Bản Ito Naoki. "
        "Hai bên thống nhất thúc đẩy đầu tư."
    )
    doc = parse(text, published="2025-03-12")
    names = {o.person_id: o.name for o in doc.officials}
    first, second = doc.commitments
    assert sorted(names[p] for p in first.actor_person_ids) == ["Lê Minh An", "Xỏn-xay Xi-phăn-đon"]
    assert sorted(names[p] for p in second.actor_person_ids) == ["Ito Naoki", "Trần Văn Bình"]
    assert set(second.actor_countries) == {"VN", "JP"}


def test_addressees_are_who_a_request_is_aimed_at() -> None:
    (c,) = find_commitments(
        "Thủ tướng Lê Minh An đề nghị Tổng thống Nga Vladimir Putin tiếp tục quan tâm."
    )
    assert c.addressees == ("Tổng thống Nga Vladimir Putin",)
    assert c.addressee_countries == ("RU",)
    assert len(c.addressee_person_ids) == 1 and c.addressee_person_ids != c.actor_person_ids
    (c,) = find_commitments(
        "Thủ tướng giao Bộ Tài chính, Bộ Công Thương chỉ đạo quyết liệt việc thu ngân sách."
    )
    assert c.addressees == ("Bộ Tài chính", "Bộ Công Thương")
    assert c.content == "Bộ Tài chính, Bộ Công Thương chỉ đạo quyết liệt việc thu ngân sách."
    (c,) = find_commitments("Việt Nam ủng hộ Lào tổ chức thành công Năm ASEAN.")
    assert (c.addressees, c.addressee_countries) == (("Lào",), ("LA",))
    (c,) = find_commitments("Ông kêu gọi mở cuộc điều tra độc lập.")
    assert c.addressees == ()  # a call for an action, aimed at no one named
    (c,) = find_commitments("Hai bên nhất trí tăng cường hợp tác.")
    assert c.addressees == ()  # agreeing is aimed at no one


def test_one_commitment_per_clause_on_its_first_cue() -> None:
    text = "Hai bên nhất trí tiếp tục khuyến khích và ủng hộ doanh nghiệp đầu tư."
    assert summary(text) == [("agree", "nhất trí", "Hai bên")]


def test_a_shared_subject_carries_across_clauses() -> None:
    text = "Hai bên nhất trí tăng cường hợp tác kinh tế; nhất trí mở rộng hợp tác giáo dục."
    assert summary(text) == [("agree", "nhất trí", "Hai bên"), ("agree", "nhất trí", "Hai bên")]


def test_reporting_verb_introducing_a_commitment_is_an_affirm() -> None:
    text = (
        "Thủ tướng Lê Minh An cho biết Việt Nam sẵn sàng tạo thuận lợi cho nhà đầu tư Séc, "
        "đồng thời đề nghị Séc sớm công nhận kinh tế thị trường của Việt Nam."
    )
    (told, proposed) = find_commitments(text)
    assert (told.kind, told.cue, told.actor) == ("affirm", "cho biết", "Thủ tướng Lê Minh An")
    assert told.content.startswith("Việt Nam sẵn sàng")
    assert told.actor_person_ids == ("p1",)
    assert told.actor_countries == ("VN",)
    assert (proposed.kind, proposed.cue, proposed.actor) == (
        "propose",
        "đề nghị",
        "Thủ tướng Lê Minh An",
    )


def test_reported_facts_are_not_commitments() -> None:
    assert (
        summary("Giám đốc Sở Y tế Trần Văn Bình cho biết, hiện bệnh viện đã cách ly 20 người.")
        == []
    )


def test_announced_future_with_amount() -> None:
    (c,) = find_commitments("Séc thông báo sẽ cấp 1.\n000 học bổng cho sinh viên Việt Nam.")
    assert (c.kind, c.cue, c.actor, c.actor_countries) == ("affirm", "thông báo sẽ", "Séc", ("CZ",))
    assert [(a.value, a.unit) for a in c.amounts] == [(1000, "học bổng")]


def test_pledge_with_amount_and_deadline() -> None:
    (c,) = find_commitments(
        "Hai nước phấn đấu nâng kim ngạch thương mại lên 10 tỷ USD vào năm 2030.",
        published="2025-03-12",
    )
    assert (c.kind, c.actor) == ("pledge", "Hai nước")
    assert [(a.value, a.unit) for a in c.amounts] == [(10_000_000_000, "USD")]
    assert c.deadline == "2030"


def test_both_leaders_and_pronouns_resolve_to_officials() -> None:
    text = (
        "Thủ tướng Lê Minh An hội đàm với Thủ tướng Séc Petr Fiala. "
        "Hai lãnh đạo nhất trí tăng cường hợp tác. Ông khẳng định Việt Nam luôn coi trọng Séc."
    )
    both, he = find_commitments(text)
    assert set(both.actor_person_ids) == {"p1", "p2"}
    assert set(both.actor_countries) == {"VN", "CZ"}
    assert (he.actor, he.actor_person_ids) == ("Ông", ("p2",))


def test_direct_quotes() -> None:
    (c,) = find_commitments('"Chúng tôi sẽ hỗ trợ Việt Nam chuyển đổi năng lượng", ông nói.')
    assert (c.kind, c.cue, c.actor, c.quoted) == ("pledge", "sẽ", "Chúng tôi", True)


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam luôn biết ơn sự ủng hộ của bạn bè quốc tế.",  # a noun
        "Hai bên không cam kết về thời hạn.",  # negated
        "Hội nghị sẽ diễn ra tại Hà Nội.",  # a prediction
        "Sáng kiến được đề xuất từ năm ngoái.",  # passive
        "Hai bên đã ký Bản ghi nhớ về hợp tác.",  # a past fact
        "Việt Nam coi trọng quan hệ với Séc.",  # "coi trọng" is not "coi"
        "Đoàn đã tới Cần Thơ và Bộ Ngoại giao.",  # names, not cues
    ],
)
def test_not_commitments(text: str) -> None:
    assert summary(text) == []


def test_offsets_are_exact() -> None:
    text = "Hai\u00a0bên nh\u1ea5t tr\u00ed t\u0103ng c\u01b0\u1eddng h\u1ee3p t\u00e1c."
    (c,) = find_commitments(text)
    assert text[c.start : c.end] == c.text
    assert text[c.cue_start : c.cue_end] == c.cue


@pytest.mark.parametrize(
    ("text", "value"), [("1.000", 1000), ("1,5", 1.5), ("2.500.000", 2_500_000), ("30", 30)]
)
def test_vietnamese_number_format(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_amounts_need_a_unit() -> None:
    assert [(a.text, a.value, a.unit) for a in find_amounts("tăng 30% lên 2,5 triệu tấn, 12")] == [
        ("30%", 30, "%"),
        ("2,5 triệu tấn", 2_500_000, "tấn"),
    ]


def test_a_name_ending_like_a_noun_marker_does_not_hide_the_cue() -> None:
    assert summary("Phía Nhật Bản cam kết sẽ tiếp tục hỗ trợ Việt Nam.") == [
        ("pledge", "cam kết", "Phía Nhật Bản")
    ]
    assert summary("Bộ trưởng Bộ Ngoại giao Lê Văn Minh dự họp.") == []  # "giao" in a name


def test_a_quote_after_a_reporting_verb_commits_its_own_subject() -> None:
    # the quote's own cue commits; the reporting verb before it only says who spoke
    found = find_commitments('Ông nhấn mạnh: "Chúng tôi sẵn sàng hợp tác".')
    assert [(c.kind, c.cue, c.actor, c.quoted) for c in found] == [
        ("pledge", "sẵn sàng", "Chúng tôi", True),
    ]
    # a quote with no cue of its own takes the reporting verb as its cue
    found = find_commitments('Ông nhấn mạnh: "Hòa bình là ưu tiên hàng đầu".')
    assert [(c.kind, c.cue, c.actor) for c in found] == [("affirm", "nhấn mạnh", "Ông")]


def test_a_new_subject_after_va_opens_a_new_clause() -> None:
    text = "Tổng thống Séc mời Chủ tịch nước thăm Séc và Chủ tịch nước đã nhận lời."
    assert summary(text) == [
        ("propose", "mời", "Tổng thống Séc"),
        ("agree", "nhận lời", "Chủ tịch nước"),
    ]
    assert summary("Việt Nam và Séc nhất trí tăng cường hợp tác.") == [
        ("agree", "nhất trí", "Việt Nam và Séc")
    ]
