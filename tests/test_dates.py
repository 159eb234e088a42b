"""The dates parser on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnpress import Document, parse
from vnpress.dates import find_dates

PUBLISHED = "2024-10-25"  # a Friday


def only(text: str, published: str | None = PUBLISHED) -> tuple[str, str]:
    dates = find_dates(text, published)
    assert len(dates) == 1, dates
    return dates[0].text, dates[0].value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Đoàn đến nơi tối 24/10 theo giờ địa phương.", "tối 24/10", "2024-10-24"),
        ("Sáng 29.6, hai bên hội đàm.", "Sáng 29.6", "2024-06-29"),
        ("Lễ ký diễn ra ngày 1.7.2017 tại Hà Nội.", "ngày 1.7.2017", "2017-07-01"),
        ("Ông sinh ngày 03/09/1991.", "ngày 03/09/1991", "1991-09-03"),
        ("Ông sinh ngày 3/9/91.", "ngày 3/9/91", "1991-09-03"),
        ("Hạn chót là ngày 12 tháng 10 năm 2017.", "ngày 12 tháng 10 năm 2017", "2017-10-12"),
        ("Lễ hội vào mồng 3 tháng Mười.", "mồng 3 tháng Mười", "2024-10-03"),
        ("Hội chợ mở vào tháng mười.", "tháng mười", "2024-10"),
        ("Cuộc họp Thứ Hai (21/10) kéo dài.", "Thứ Hai (21/10)", "2024-10-21"),
        ("Ông cho biết sáng nay 25/10 sẽ khai mạc.", "sáng nay 25/10", "2024-10-25"),
        ("Hiệp định có hiệu lực từ tháng 10.2016.", "tháng 10.2016", "2016-10"),
        ("Giá tăng trong tháng 2/2023.", "tháng 2/2023", "2023-02"),
        ("Hai nước lập quan hệ năm 2012.", "năm 2012", "2012"),
        ("Doanh thu quý 3 tăng mạnh.", "quý 3", "2024-Q3"),
        ("Kết quả quý 4 năm 2018 khả quan.", "quý 4 năm 2018", "2018-Q4"),
        ("Dự án khởi công đầu năm 2021.", "đầu năm 2021", "2021"),
        ("Công trình xong vào cuối tháng 4.", "cuối tháng 4", "2024-04"),
        (
            "Chuyến thăm từ ngày 28.6 đến ngày 1.7.2017.",
            "từ ngày 28.6 đến ngày 1.7.2017",
            "2017-06-28/2017-07-01",
        ),
        ("Hội chợ diễn ra từ 19-21/12.", "từ 19-21/12", "2024-12-19/2024-12-21"),
        ("Đợt thi từ 25/03 đến 26/3.", "từ 25/03 đến 26/3", "2024-03-25/2024-03-26"),
        ("Chương trình giai đoạn 2017-2022 đã xong.", "giai đoạn 2017-2022", "2017/2022"),
        ("Ông giữ chức trong nhiệm kỳ 2016-2021.", "nhiệm kỳ 2016-2021", "2016/2021"),
        ("Triển lãm ảnh (1975-2025) mở cửa.", "(1975-2025)", "1975/2025"),
        (
            "Hai đoàn gặp nhau trong hai ngày 22 và 23/4.",
            "ngày 22 và 23/4",
            "2024-04-22/2024-04-23",
        ),
        ("Thông cáo phát đi hôm nay.", "hôm nay", "2024-10-25"),
        ("Ông tới Hà Nội hôm qua.", "hôm qua", "2024-10-24"),
        ("Đoàn sẽ tới ngày mai.", "ngày mai", "2024-10-26"),
        ("Hội nghị kết thúc hôm kia.", "hôm kia", "2024-10-23"),
        ("Báo cáo công bố tuần trước.", "tuần trước", "2024-W42"),
        ("Kết quả có trong tháng sau.", "tháng sau", "2024-11"),
        ("Xuất khẩu giảm so với năm ngoái.", "năm ngoái", "2023"),
        ("Mục tiêu năm nay là tăng trưởng.", "năm nay", "2024"),
        ("Tổng thống thăm Việt Nam hồi tháng 6.", "hồi tháng 6", "2024-06"),
        ("Cuộc gặp hôm thứ Ba vừa rồi.", "hôm thứ Ba vừa rồi", "2024-10-22"),
        ("Hai bên sẽ gặp lại thứ năm tuần tới.", "thứ năm tuần tới", "2024-10-31"),
        ("Lễ khai mạc tối nay.", "tối nay", "2024-10-25"),
        ("Hồi tháng 10 năm ngoái, giá dầu tăng.", "Hồi tháng 10 năm ngoái", "2023-10"),
        ("Mục tiêu đến 2030 là giảm phát thải.", "2030", "2030"),
        ("Sản lượng 6 tháng đầu năm 2021 tăng.", "6 tháng đầu năm 2021", "2021-01/2021-06"),
        ("Ngày 28, ông đã ký.", "Ngày 28", "2024-09-28"),
        ("Phong trào nổi lên từ thập niên 1990.", "thập niên 1990", "199"),
        ("Trong đêm Giáng sinh, tuyết rơi.", "đêm Giáng sinh", "2024-12-24"),
    ],
)
def test_expression_value(text: str, surface: str, value: str) -> None:
    assert only(text) == (surface, value)


def test_leading_part_of_day_and_clock_time() -> None:
    (d,) = find_dates("Lúc 10h30 ngày 24/10, hai bên ký kết.", PUBLISHED)
    assert (d.value, d.time, d.part_of_day) == ("2024-10-24", "10:30", None)
    (d,) = find_dates("Chiều ngày 1/10, Đại sứ phát biểu.", "2020-10-01")
    assert (d.text, d.value, d.part_of_day, d.relative) == (
        "Chiều ngày 1/10",
        "2020-10-01",
        "afternoon",
        True,
    )


def test_interval_fields() -> None:
    (d,) = find_dates("từ ngày 28.6 đến ngày 1.7.2017")
    assert (d.kind, d.grain, d.relative) == ("interval", "day", False)


@pytest.mark.parametrize(
    "text",
    [
        "Lạm phát 1,5% và chỉ số 29.6 điểm.",
        "Hội nghị BRICS 2024 và APEC 2017 bàn về Covid-19.",
        "Ông làm việc 3 năm, kỷ niệm 75 năm thành lập.",
        "Đội nhà thắng 2-1 trên sân khách.",
        "Nhóm này chiếm 1/3 dân số.",
        "Dịch vụ hoạt động 24/7.",
        "Đây là lần thứ hai ông tới.",
        "Mỗi tháng 2 lần, hàng tháng đều đặn.",
        "Dự án thu hút 2030 người tham gia.",
        "Loài này tuyệt chủng hàng trăm nghìn năm trước.",
        "Thời gian qua, gần đây và hiện nay đều khó.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_year_less_dates_take_the_publication_year_unless_far_off() -> None:
    assert only("Ngày 15/5 luật có hiệu lực.", "2021-04-23")[1] == "2021-05-15"
    assert only("Lễ hội vào mồng 3 tháng Ba.", "2024-10-25")[1] == "2024-03-03"
    assert only("Ngày 3/1 hội nghị mở màn.", "2020-12-28")[1] == "2021-01-03"
    assert only("Hiệp định ký vào đêm Giáng sinh.", "2021-04-29")[1] == "2020-12-24"
    assert only("Tuyết rơi hồi tháng 12.", "2021-02-10")[1] == "2020-12"
    assert only("Hội nghị họp vào tháng 12 tới.", "2021-02-10")[1] == "2021-12"


def test_year_less_dates_take_the_year_of_their_sentence() -> None:
    dates = find_dates("Ngày 5/9/2020 ông nhậm chức và ngày 12/10 ông ra đi.", "2024-10-25")
    assert [d.value for d in dates] == ["2020-09-05", "2020-10-12"]


def test_without_a_publication_date_unknown_parts_stay_x() -> None:
    assert only("tối 24/10 hội đàm", None)[1] == "XXXX-10-24"
    assert only("Thông cáo hôm nay", None)[1] == "XXXX-XX-XX"
    assert only("năm 2012", None)[1] == "2012"


def test_impossible_dates_are_dropped() -> None:
    assert find_dates("ngày 31/2 và ngày 30/13", PUBLISHED) == []


def test_offsets_index_the_callers_text_after_cleaning() -> None:
    text = "Thông\u00a0cáo &amp; tin: Sa\u0301ng 29.6, ho\u200bà bình"
    (d,) = find_dates(text, "2017-06-29")
    assert text[d.start : d.end] == d.text
    assert d.text == "Sa\u0301ng 29.6"
    assert d.value == "2017-06-29"


def test_parse_runs_the_dates_parser() -> None:
    doc = parse("Sáng 29.6, tại Điện Kremlin", published="2017-06-29", only=["dates"])
    assert isinstance(doc, Document)
    assert [d.value for d in doc.dates] == ["2017-06-29"]


_vietnamese_bits = st.sampled_from(
    [
        "ngày ",
        "tháng ",
        "năm ",
        "tối ",
        "Sáng ",
        "hôm nay",
        "từ ",
        "đến ",
        "quý ",
        "giai đoạn ",
        "24/10",
        "29.6",
        "1.7.2017",
        "2017-2022",
        "(",
        ")",
        " ",
        "\n",
        ",",
        ".",
        "-",
        "&#34;",
        "\u00a0",
        "\u200b",
        "\u0301",
        "1.\n000",
        "thứ Hai",
        "hồi ",
        "2030",
        "tuần trước",
        "Uỷ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_vietnamese_bits, max_size=25).map("".join), st.sampled_from([None, PUBLISHED]))
def test_offsets_are_exact_on_arbitrary_input(text: str, published: str | None) -> None:
    for d in find_dates(text, published):
        assert d.text and text[d.start : d.end] == d.text
        assert d.value
