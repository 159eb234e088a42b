"""The dates parser on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnpress import Document, parse
from vnpress.dates import find_dates

PUBLISHED = "2024-10-25"  # a Friday


def _cases() -> list[tuple[str, str | None, str, str]]:
    """The rows of ``data/dates.tsv``: text, published, surface, value."""
    rows = []
    for line in (Path(__file__).parent / "data" / "dates.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            text, published, surface, value = line.split("\t")
            rows.append((text, published or None, surface, value))
    return rows


@pytest.mark.parametrize(("text", "published", "surface", "value"), _cases())
def test_date_cases(text: str, published: str | None, surface: str, value: str) -> None:
    dates = find_dates(text, published)
    if not surface:
        assert dates == []
    else:
        assert [(d.text, d.value) for d in dates][-1:] == [(surface, value)]
        assert len(dates) <= 2  # the case's date, and the one it refers to


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


def test_year_less_dates_take_the_year_of_their_sentence() -> None:
    dates = find_dates("Ngày 5/9/2020 ông nhậm chức và ngày 12/10 ông ra đi.", "2024-10-25")
    assert [d.value for d in dates] == ["2020-09-05", "2020-10-12"]


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


def test_every_rule_can_start_with_each_opening_it_declares() -> None:
    """A rule's declared openings are what the trigger fires on: one that its
    pattern cannot start with would be a rule that never fires there."""
    import regex

    from vnpress.dates.rule import BRACKET, NUMBER, RULES

    samples = {NUMBER: "1", BRACKET: "(", r"\d": "1"}
    wrong = []
    for rule in RULES:
        pattern = regex.compile(rule.pattern, regex.VERBOSE | regex.V0)
        for opening in rule.opens:
            word, _, after = opening.partition(">")
            texts = [samples.get(word, word)]
            if after:
                texts = [f"{word} {samples.get(a, a)}" for a in after.split("|")]
            wrong += [f"{rule.name}: {t!r}" for t in texts if not pattern.match(t, partial=True)]
    assert wrong == []


def test_a_rule_must_declare_where_it_starts() -> None:
    from vnpress.dates.rule import rule

    with pytest.raises(ValueError, match="must say what it opens with"):
        rule("nowhere", "x", opens=[])(lambda m, text: None)
    with pytest.raises(ValueError, match="declared twice"):
        rule("day", "x", opens=["x"])(lambda m, text: None)
