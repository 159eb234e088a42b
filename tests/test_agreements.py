"""The agreements parser on sentences written for these tests."""

from __future__ import annotations

import pytest

from vnpress.agreements import find_agreements

SIGNING = (
    "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết các văn kiện hợp tác như: "
    "Bản ghi nhớ giữa Bộ Khoa học và Công nghệ Việt Nam và Viện Hàn lâm Khoa học Séc về "
    "hợp tác nghiên cứu; Thỏa thuận giữa Ngân hàng Nhà nước Việt Nam và Ngân hàng Quốc gia "
    "Séc trong lĩnh vực thanh toán; Chương trình hợp tác văn hóa giai đoạn 2025-2028 giữa "
    "Bộ Văn hóa, Thể thao và Du lịch và Bộ Văn hóa Séc và một số văn kiện hợp tác khác."
)


def test_inline_signing_list() -> None:
    found = find_agreements(SIGNING, published="2025-03-12")
    assert [(a.type, a.status) for a in found] == [
        ("memorandum", "signed"),
        ("agreement", "signed"),
        ("program", "signed"),
    ]
    memo, deal, programme = found
    assert memo.parties == ("Bộ Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học Séc")
    assert memo.subject == "hợp tác nghiên cứu"
    assert deal.parties == ("Ngân hàng Nhà nước Việt Nam", "Ngân hàng Quốc gia Séc")
    assert deal.subject == "thanh toán"
    assert programme.period == "2025/2028"
    assert programme.parties == ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa Séc")
    assert not programme.title.endswith("khác")


def test_numbered_list_across_lines() -> None:
    text = (
        "Các văn kiện được ký kết gồm:\n"
        "1. Bản ghi nhớ về hợp tác y tế giữa Bộ Y tế Việt Nam và Bộ Y tế Lào;\n"
        "2. Kế hoạch hợp tác giữa Đài Truyền hình Việt Nam và Đài Truyền hình Lào.\n"
        "Buổi lễ kết thúc lúc 11h."
    )
    found = find_agreements(text)
    assert [(a.type, a.parties) for a in found] == [
        ("memorandum", ("Bộ Y tế Việt Nam", "Bộ Y tế Lào")),
        ("plan", ("Đài Truyền hình Việt Nam", "Đài Truyền hình Lào")),
    ]


@pytest.mark.parametrize(
    ("text", "type_", "title", "parties", "status"),
    [
        (
            "Hai bên triển khai Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu đã có "
            "hiệu lực.",
            "agreement",
            "Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu",
            ("Việt Nam", "Liên minh châu Âu"),
            "in_force",
        ),
        (
            "Hai nước nhất trí sớm ký kết Hiệp định về dẫn độ.",
            "agreement",
            "Hiệp định về dẫn độ",
            (),
            "planned",
        ),
        (
            "Hai bên đang đàm phán Hiệp định thương mại tự do Việt Nam - Israel.",
            "agreement",
            "Hiệp định thương mại tự do Việt Nam - Israel",
            ("Việt Nam", "Israel"),
            "negotiating",
        ),
        (
            "Tranh chấp cần giải quyết trên cơ sở Công ước Liên hợp quốc về Luật Biển năm 1982.",
            "convention",
            "Công ước Liên hợp quốc về Luật Biển năm 1982",
            (),
            "in_force",
        ),
        (
            "Hai bên trao Nghị định thư giữa Chính phủ Việt Nam và Chính phủ Cuba về hợp tác "
            "nông nghiệp.",
            "protocol",
            "Nghị định thư giữa Chính phủ Việt Nam và Chính phủ Cuba về hợp tác nông nghiệp",
            ("Chính phủ Việt Nam", "Chính phủ Cuba"),
            "exchanged",
        ),
    ],
)
def test_single_mentions(
    text: str, type_: str, title: str, parties: tuple[str, ...], status: str
) -> None:
    (a,) = find_agreements(text)
    assert (a.type, a.title, a.parties, a.status) == (type_, title, parties, status)
    assert text[a.start : a.end] == a.text


def test_in_force_since_is_an_open_period() -> None:
    (a,) = find_agreements(
        "Hiệp định Thương mại tự do Việt Nam - Hàn Quốc đã có hiệu lực từ tháng 12/2015.",
        published="2024-01-01",
    )
    assert a.period == "2015-12/.."


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên hoan nghênh các văn kiện hợp tác đã ký.",  # generic
        "Cần thực hiện tốt các thỏa thuận giữa hai nước.",  # generic plural
        "Công việc được triển khai theo kế hoạch.",  # one body's plan
        "Chính phủ ban hành Nghị định 100/2019 và Luật Đầu tư.",  # one state's own acts
        "Ông tuyên bố Hà Nội sẽ mở cửa.",  # the verb
        "Hai đội đã thỏa thuận rồi.",  # the everyday word
        "Máy tính dùng giao thức mạng mới.",  # a technical protocol
    ],
)
def test_not_agreements(text: str) -> None:
    assert find_agreements(text) == []


def test_one_entry_per_document() -> None:
    text = (
        "Thỏa thuận hợp tác giữa Anh và Liên minh châu Âu có hiệu lực. "
        "Thỏa thuận hợp tác giữa Liên minh châu Âu và Anh được đánh giá cao."
    )
    assert len(find_agreements(text)) == 1


def found(text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(type, status, title, parties) of each document in ``text``."""
    return [(a.type, a.status, a.title, a.parties) for a in find_agreements(text, "2024-05-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 1. acronyms: each one listed after a type word is a document of its own
            "Việt Nam đã tham gia các hiệp định thương mại tự do (EVFTA, RCEP) với nhiều đối tác.",
            [("agreement", "mentioned", "hiệp định thương mại tự do EVFTA", ()),
             ("agreement", "mentioned", "hiệp định thương mại tự do RCEP", ())],
        ),
        (
            "Hai bên nhất trí tuân thủ UNCLOS 1982 và sớm hoàn tất đàm phán COC.",
            [("convention", "in_force", "UNCLOS 1982", ()),
             ("other", "negotiating", "COC", ())],
        ),
        ("Các bên cần thực hiện đầy đủ DOC.", [("declaration", "in_force", "DOC", ())]),
        ("Mục doc của trang web.", []),  # an acronym only in capitals
        (  # ... and an acronym after the full name is the same document
            "Hai bên ký Hiệp định Thương mại tự do Việt Nam - EU. EVFTA có hiệu lực từ năm 2020.",
            [("agreement", "signed", "Hiệp định Thương mại tự do Việt Nam - EU",
              ("Việt Nam", "EU"))],
        ),
        (  # 2. commas inside the parties' and the subject's names
            "Hai bộ ký Bản ghi nhớ giữa Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Bộ Giáo dục, "
            "Văn hóa, Khoa học Nhật Bản về hợp tác văn hóa.",
            [("memorandum", "signed",
              "Bản ghi nhớ giữa Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Bộ Giáo dục, Văn hóa, "
              "Khoa học Nhật Bản về hợp tác văn hóa",
              ("Bộ Văn hóa, Thể thao và Du lịch Việt Nam",
               "Bộ Giáo dục, Văn hóa, Khoa học Nhật Bản"))],
        ),
        (
            "Hai bên ký Thỏa thuận về quyền tác giả, quyền liên quan.",
            [("agreement", "signed", "Thỏa thuận về quyền tác giả, quyền liên quan", ())],
        ),
        (  # 3. parties outside the title
            "UBND tỉnh Hòa Sơn và Công ty Minh Phát đã ký kết thỏa thuận hợp tác du lịch.",
            [("agreement", "signed", "thỏa thuận hợp tác du lịch",
              ("UBND tỉnh Hòa Sơn", "Công ty Minh Phát"))],
        ),
        (
            "Tại buổi lễ trao Bản ghi nhớ về đào tạo điều dưỡng, ký giữa Bộ Y tế Việt Nam và Bộ "
            "Y tế Đức, hai bộ trưởng phát biểu.",
            [("memorandum", "exchanged", "Bản ghi nhớ về đào tạo điều dưỡng",
              ("Bộ Y tế Việt Nam", "Bộ Y tế Đức"))],
        ),
        (
            "Tháng trước, Thủ tướng Lê Minh An đã ký một thỏa thuận với Nhật Bản.",
            [("agreement", "signed", "thỏa thuận với Nhật Bản",
              ("Thủ tướng Lê Minh An", "Nhật Bản"))],
        ),
        (  # 4. joint documents by their own names
            "Hai bên ra Thông cáo báo chí chung.",
            [("joint_statement", "signed", "Thông cáo báo chí chung", ())],
        ),
        (
            "Hai nước thông qua Tuyên bố Tầm nhìn chung về hợp tác quốc phòng.",
            [("joint_statement", "signed", "Tuyên bố Tầm nhìn chung về hợp tác quốc phòng", ())],
        ),
        (  # 5. other signed documents
            "Hai Bộ trưởng trao đổi thư về việc gia hạn hiệp định.",
            [("other", "exchanged", "thư về việc gia hạn hiệp định", ())],
        ),
        ("Em thích đọc sách ở Thư viện Quốc gia.", []),
        (
            "Công ty Minh Phát trao Hợp đồng tài trợ, trang bị thiết bị cho Bệnh viện Hòa Sơn.",
            [("contract", "exchanged", "Hợp đồng tài trợ, trang bị thiết bị",
              ("Công ty Minh Phát", "Bệnh viện Hòa Sơn"))],
        ),
        (
            "Hai đơn vị ký biên bản bàn giao nhiệm vụ.",
            [("minutes", "signed", "biên bản bàn giao nhiệm vụ", ())],
        ),
        (
            "Hai bên ký biên bản ghi nhớ (MOU) về hợp tác đào tạo.",
            [("memorandum", "signed", "biên bản ghi nhớ (MOU) về hợp tác đào tạo", ())],
        ),
        (
            "Hai Bộ trưởng nhất trí sớm hoàn tất đàm phán Quy chế phối hợp tuần tra chung.",
            [("regulation", "negotiating", "Quy chế phối hợp tuần tra chung", ())],
        ),
        ("Sở Y tế ban hành Kế hoạch phòng chống dịch.", []),  # one body's own plan
        (  # 6. one document, one entry; and a generic mention is none
            "Hai bên ký Thỏa thuận Paris về biến đổi khí hậu. Thỏa thuận này mở ra cơ hội.",
            [("agreement", "signed", "Thỏa thuận Paris về biến đổi khí hậu", ())],
        ),
        ("Hai bên đánh giá cao các thỏa thuận hợp tác đã ký.", []),
        ("Hai bên đạt được một thỏa thuận mới.", []),
        (  # 7. status and period
            "Hai bên nhất trí sớm chính thức thông qua Quy chế phối hợp giữa hai Bộ.",
            [("regulation", "planned", "Quy chế phối hợp giữa hai Bộ", ("hai Bộ",))],
        ),
    ],
)  # fmt: skip
def test_patterns_of_documents(
    text: str, expected: list[tuple[str, str, str, tuple[str, ...]]]
) -> None:
    assert found(text) == expected


def test_a_period_in_the_name_and_a_target_year() -> None:
    (a,) = find_agreements("Hai bên ký Kế hoạch hợp tác năm 2024 giữa Bộ A và Bộ B.", "2024-05-01")
    assert a.period == "2024"
    (b,) = find_agreements("Hai bên ký Tuyên bố chung về hợp tác đến năm 2030.", "2024-05-01")
    assert b.period is None


def test_the_instrument_gazetteer_is_a_lexicon() -> None:
    from vnpress import lexicons

    assert lexicons.INSTRUMENTS.get("EVFTA") == "EVFTA"
    assert lexicons.INSTRUMENTS.get("Hiệp định Thương mại tự do Việt Nam – EU") == "EVFTA"
    assert lexicons.INSTRUMENTS.records["UNCLOS"][0] == "convention"
    lexicons.INSTRUMENTS.add("Hiệp định Abc", "TPP")
    try:
        assert found("Hai bên ký Hiệp định Abc.")[0][:2] == ("agreement", "signed")
    finally:
        lexicons.INSTRUMENTS.remove("Hiệp định Abc")
