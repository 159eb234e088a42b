"""The events parser on sentences written for these tests."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from vnpress import parse
from vnpress.cli import write_dyads
from vnpress.events import find_events

PUBLISHED = "2025-03-12"


def _cases() -> list[tuple[str, list[tuple[str, str, tuple[str, ...]]]]]:
    """The rows of ``data/events.tsv``: a text and its events."""
    rows = []
    cases = Path(__file__).parent / "data" / "events.tsv"
    for line in cases.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            text, expected = line.split("\t")
            wanted = []
            if expected != "-":
                for e in expected.split(" ; "):
                    kind, status, codes = e.split("|")
                    wanted.append((kind, status, tuple(codes.split(","))))
            rows.append((text, wanted))
    return rows


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_event_cases(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    found = find_events(text, PUBLISHED)
    assert [(e.type, e.status, e.participant_countries) for e in found] == expected


TWO_DAYS = (
    "Thủ tướng Lê Minh An hội đàm với Thủ tướng Úc Peter Grant.\n"
    "Sáng 10/3, tại Nhà Quốc hội, Thủ tướng Lê Minh An đã hội đàm với Thủ tướng Úc Peter Grant "
    "trong khuôn khổ chuyến thăm chính thức Việt Nam từ ngày 9 đến ngày 11/3/2025 "
    "của Thủ tướng Úc.\n"
    "Tại cuộc hội đàm, hai bên nhất trí nâng cấp quan hệ.\n"
    "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết bốn văn kiện hợp tác."
)


def test_mentions_of_one_event_are_merged() -> None:
    talks, _, _ = find_events(TWO_DAYS, PUBLISHED)
    assert talks.type == "talks"
    assert [m.trigger for m in talks.also] == ["hội đàm", "cuộc hội đàm", "hội đàm"]
    assert (talks.date, talks.place) == ("2025-03-10", "Nhà Quốc hội")
    assert talks.participants == ("Thủ tướng Lê Minh An", "Thủ tướng Úc Peter Grant")
    assert talks.participant_countries == ("VN", "AU")
    assert TWO_DAYS[talks.trigger_start : talks.trigger_end] == talks.trigger
    for m in talks.also:
        assert TWO_DAYS[m.trigger_start : m.trigger_end] == m.trigger


def test_a_visit_goes_somewhere_and_holds_what_happens_in_it() -> None:
    talks, visit, signing = find_events(TWO_DAYS, PUBLISHED)
    assert (visit.type, visit.level, visit.date) == ("visit", "official", "2025-03-09/2025-03-11")
    assert visit.participants[0] == "Thủ tướng Úc"  # the visitor first
    assert visit.place == "Việt Nam"
    assert talks.within == 1  # framed by "trong khuôn khổ chuyến thăm"
    assert signing.within == 1  # its sides are the talks'; its day is within the visit
    assert signing.participant_countries == ("VN", "AU")


def test_talks_within_a_summit_they_are_held_at() -> None:
    text = (
        "Thủ tướng Lê Minh An tối 24/10 hội đàm với Tổng thống Nga Vladimir Putin khi tham dự "
        "Hội nghị Thượng đỉnh BRICS 2024 tại Kazan, Nga."
    )
    talks, summit = find_events(text, "2024-10-25")
    assert (talks.date, talks.place, talks.within) == ("2024-10-24", "Kazan, Nga", 1)
    assert summit.trigger == "Hội nghị Thượng đỉnh BRICS 2024"
    assert summit.date is None  # the talks' evening is not the summit's date


def test_an_invitation_accepted_is_planned() -> None:
    text = (
        "Thủ tướng Lê Minh An mời Tổng thống Pháp Jean Martin thăm chính thức Việt Nam. "
        "Tổng thống Jean Martin vui vẻ nhận lời."
    )
    (visit,) = find_events(text, PUBLISHED)
    assert (visit.status, visit.cameo, visit.level) == ("planned", "036", "official")
    assert visit.participants == ("Tổng thống Pháp Jean Martin", "Việt Nam")


def test_cameo_codes_by_type() -> None:
    codes = {e.type: e.cameo for e in find_events(TWO_DAYS, PUBLISHED)}
    assert codes == {"talks": "040", "visit": "042", "signing": "057"}


def test_dyads_from_events_commitments_and_agreements() -> None:
    text = (
        "Tổng thống Pháp Jean Martin thăm chính thức Việt Nam. "
        "Thủ tướng Lê Minh An đề nghị Tổng thống Jean Martin thúc đẩy đầu tư. "
        "Hai bên đã ký Hiệp định hợp tác giữa Bộ Y tế Việt Nam và Bộ Y tế Pháp."
    )
    doc = parse(text, published=PUBLISHED)
    rows = {(d.source_country, d.target_country, d.cameo, d.produced_by) for d in doc.dyads()}
    assert ("FR", "VN", "042", "events") in rows
    assert ("VN", "FR", "043", "events") in rows  # the host's side of the visit
    assert ("VN", "FR", "020", "commitments") in rows
    assert ("VN", "FR", "057", "agreements") in rows and ("FR", "VN", "057", "agreements") in rows


def test_dyads_as_tsv_and_frame() -> None:
    doc = parse(
        "Thủ tướng Lê Minh An hội đàm với Tổng thống Nga Vladimir Putin.", published=PUBLISHED
    )
    out = io.StringIO()
    write_dyads(doc, out)
    header, *rows = out.getvalue().splitlines()
    assert header.split("\t")[:6] == [
        "date", "source", "source_country", "target", "target_country", "cameo"
    ]  # fmt: skip
    assert [r.split("\t")[2:6] for r in rows] == [
        ["VN", "Tổng thống Nga Vladimir Putin", "RU", "040"],
        ["RU", "Thủ tướng Lê Minh An", "VN", "040"],
    ]
    pd = pytest.importorskip("pandas")
    frame = doc.to_pandas()
    assert "events" in set(frame["parser"])
    from vnpress.model import to_frame

    dyads = to_frame(doc, dyads=True)
    assert isinstance(dyads, pd.DataFrame) and list(dyads["cameo"]) == ["040", "040"]


def test_events_round_trip_and_move_into_html() -> None:
    from vnpress import Document, parse_html

    doc = parse(TWO_DAYS, published=PUBLISHED)
    again = Document.from_dict(doc.to_dict(), text=TWO_DAYS)
    assert again.events == doc.events
    html = "<p>" + TWO_DAYS.replace("\n", "</p><p>") + "</p>"
    from_html = parse_html(html, published=PUBLISHED)
    for e in from_html.events:
        assert from_html.text[e.trigger_start : e.trigger_end] == e.trigger
        assert all(from_html.text[m.trigger_start : m.trigger_end] == m.trigger for m in e.also)


def test_cli_writes_dyads_as_tsv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vnpress.cli import main

    release = tmp_path / "release.txt"
    release.write_text("Tổng thống Pháp Jean Martin thăm chính thức Việt Nam.", encoding="utf-8")
    assert main(["parse", str(release), "--published", PUBLISHED, "--format", "dyads"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("date\tsource\tsource_country")
    assert [line.split("\t")[5] for line in lines[1:]] == ["042", "043"]
