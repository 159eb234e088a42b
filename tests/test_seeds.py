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
