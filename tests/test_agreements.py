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
