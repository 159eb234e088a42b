"""Properties every parser keeps on any input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import vnpress

_BITS = st.sampled_from(
    ["Thủ tướng ", "Tổng thống Nga ", "Vladimir Putin", "Phạm Minh Chính", "Bộ trưởng Bộ ",
     "Ngoại giao ", "ông ", ", ", "; ", ". ", ": ", "\n", '"', "“", "”", "(", ")", "&#34;",
     "\u00a0", "\u200b", "\u0301", "hai bên ", "nhất trí ", "sẽ ", "cho biết ", "Việt Nam ",
     "Hiệp định ", "Bản ghi nhớ giữa ", " và ", "về ", "ký kết ", "ngày 24/10 ", "1.\n000 ",
     "học bổng ", "10 tỷ USD ", "giai đoạn 2017-2022 ", "Uỷ ban ", "hoà ", "X", "a", "1"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_BITS, max_size=30).map("".join), st.sampled_from([None, "2024-10-25"]))
def test_every_item_of_every_parser_indexes_the_callers_text(
    text: str, published: str | None
) -> None:
    doc = vnpress.parse(text, published)
    for name in doc.kinds:
        for item in doc.items(name):
            assert item.text, item
            assert text[item.start : item.end] == item.text
    for c in doc.commitments:
        assert text[c.cue_start : c.cue_end] == c.cue
        assert c.start <= c.cue_start < c.cue_end <= c.end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_parses(text: str) -> None:
    doc = vnpress.parse(text)
    assert vnpress.Document.from_dict(doc.to_dict(), text=text) == doc
