"""The two press releases the project started from (read from ../shared/seeds)."""

from __future__ import annotations

from collections.abc import Callable

import vnpress


def test_seed_000_dates(seed: Callable[[str], str]) -> None:
    text = seed("000_41399a70cdca298a.txt")
    dates = vnpress.parse(text, published="2024-10-25", only=["dates"]).dates
    found = {(d.text, d.value) for d in dates}
    assert ("tối 24/10", "2024-10-24") in found
    assert ("hồi tháng 6", "2024-06") in found
    assert ("hôm nay", "2024-10-25") in found
    evening = next(d for d in dates if d.text == "tối 24/10")
    assert evening.part_of_day == "evening"
    # The first line is in decomposed Unicode: the offsets still index it exactly.
    assert all(text[d.start : d.end] == d.text for d in dates)


def test_seed_004_dates(seed: Callable[[str], str]) -> None:
    text = seed("004_7562409eab096a98.txt")
    values = {d.value for d in vnpress.parse(text, "2017-06-29", only=["dates"]).dates}
    assert {"2017-06-29", "2017-06-28/2017-07-01", "2017/2022", "2016-10", "2020"} <= values


SEED_004_OFFICIALS = {
    "Trần Đại Quang": ("head_of_state", "VN"),
    "Vladimir Putin": ("head_of_state", "RU"),
    "Phạm Bình Minh": ("deputy_head_of_government", "VN"),
    "Hoàng Trung Hải": ("local_leader", "VN"),
    "Đào Việt Trung": ("other", "VN"),
    "Đinh Tiến Dũng": ("minister", "VN"),
    "Nguyễn Chí Dũng": ("minister", "VN"),
    "Trần Tuấn Anh": ("minister", "VN"),
    "Phùng Xuân Nhạ": ("minister", "VN"),
    "Trương Minh Tuấn": ("minister", "VN"),
    "Nguyễn Thanh Sơn": ("ambassador", "VN"),
    "Igor Shuvalov": ("deputy_head_of_government", "RU"),
    "Sergey Lavrov": ("minister", "RU"),
    "Sergey Shoigu": ("minister", "RU"),
    "Denis Manturov": ("minister", "RU"),
    "Aleksander Novak": ("minister", "RU"),
    "Dmitri Shugaev": ("other", "RU"),
}


def test_seed_004_officials_of_both_delegations(seed: Callable[[str], str]) -> None:
    text = seed("004_7562409eab096a98.txt")
    officials = vnpress.parse(text, "2017-06-29", only=["officials"]).officials
    first = {}
    for o in officials:
        first.setdefault(o.name, o)
    assert {n: (o.role, o.country) for n, o in first.items()} == SEED_004_OFFICIALS
    assert first["Phạm Bình Minh"].titles == ("Phó Thủ tướng Chính phủ", "Bộ trưởng Bộ Ngoại giao")
    assert first["Hoàng Trung Hải"].titles == ("Bí thư Thành ủy Hà Nội",)
    assert first["Igor Shuvalov"].titles[0] == "Phó Thủ tướng thứ nhất"
    putin = {o.person_id for o in officials if o.name == "Vladimir Putin"}
    assert len(putin) == 1  # "Tổng thống V. Putin" is the same person


def test_seed_004_agreements(seed: Callable[[str], str]) -> None:
    text = seed("004_7562409eab096a98.txt")
    found = vnpress.parse(text, "2017-06-29", only=["agreements"]).agreements
    signed = [a for a in found if a.status == "signed"]
    assert [a.type for a in signed] == [
        "regulation",
        "memorandum",
        "agreement",
        "agreement",
        "memorandum",
        "program",
        "plan",
    ]
    assert signed[1].parties == ("Bộ Khoa học và Công nghệ Việt Nam", "Tập đoàn Rosatom")
    assert signed[5].period == "2017/2022"
    fta = next(a for a in found if a.title.startswith("Hiệp định Thương mại tự do"))
    assert (fta.status, fta.period) == ("in_force", "2016-10/..")
    protocol = next(a for a in found if a.type == "protocol")
    assert protocol.parties == ("Chính phủ Việt Nam", "Chính phủ Nga")
    assert protocol.subject is not None and "phương tiện vận tải" in protocol.subject


def test_seed_000_commitments(seed: Callable[[str], str]) -> None:
    text = seed("000_41399a70cdca298a.txt")
    doc = vnpress.parse(text, "2024-10-25")
    by_cue = {(c.cue, c.actor): c for c in doc.commitments}
    oil_gas = by_cue[("nhất trí", "hai lãnh đạo")]
    assert oil_gas.kind == "agree"
    assert "dầu khí" in oil_gas.content
    assert len(oil_gas.actor_person_ids) == 2
    scholarships = by_cue[("thông báo sẽ", "Nga")]
    assert [(a.value, a.unit) for a in scholarships.amounts] == [(1000, "học bổng")]
    assert scholarships.actor_countries == ("RU",)
    ready = by_cue[("cho biết", "Thủ tướng Phạm Minh Chính")]
    assert ready.kind == "affirm"
    assert ready.content.startswith("Việt Nam sẵn sàng")


def test_seed_000_events(seed: Callable[[str], str]) -> None:
    events = vnpress.parse(seed("000_41399a70cdca298a.txt"), published="2024-10-25").events
    talks, summit, visit = events
    assert (talks.type, talks.participant_countries, talks.date) == (
        "talks",
        ("VN", "RU"),
        "2024-10-24",
    )
    assert talks.place == "Kazan, Nga"
    assert summit.type == "conference" and summit.trigger.startswith(
        "Hội nghị các Lãnh đạo Nhóm BRICS"
    )
    assert talks.within == events.index(summit)  # "khi tham dự Hội nghị …"
    assert (visit.type, visit.level, visit.date) == ("visit", "state", "2024-06")
    assert len(talks.also) == 1  # the headline and the lead are one event


def test_seed_004_events(seed: Callable[[str], str]) -> None:
    events = vnpress.parse(seed("004_7562409eab096a98.txt"), published="2017-06-29").events
    by_trigger = {e.trigger: e for e in events}
    visit = by_trigger["chuyến thăm chính thức"]
    assert (visit.level, visit.date, visit.status) == ("official", "2017-06-28/2017-07-01", "held")
    inside = [
        by_trigger[t]
        for t in ("hội đàm", "cuộc gặp hẹp", "chứng kiến lễ ký kết", "cuộc gặp gỡ với báo chí")
    ]
    assert [e.type for e in inside] == ["talks", "meeting", "signing", "press"]
    assert all(e.within == events.index(visit) for e in inside)
    assert all((e.date, e.place) == ("2017-06-29", "Điện Kremlin") for e in inside)
    invited = by_trigger["thăm chính thức"]
    assert (invited.status, invited.participant_countries) == ("planned", ("RU", "VN"))
