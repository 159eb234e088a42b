from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vnpress.text import CleanText, OffsetMap, fold_tones, split_sentences


def test_numbers_broken_across_lines_are_joined() -> None:
    ct = CleanText("cấp 1.\n000 học bổng")
    assert ct.text == "cấp 1.000 học bổng"
    assert ct.original_text(4, 9) == "1.\n000"


def test_html_entities_and_invisible_characters() -> None:
    ct = CleanText("Ông nói &#34;tốt&#34;\u200b và&nbsp;đi")
    assert ct.text == 'Ông nói "tốt" và đi'
    start = ct.text.index('"tốt"')
    assert ct.original_text(start, start + 5) == "&#34;tốt&#34;"


def test_decomposed_unicode_is_composed_and_mapped_back() -> None:
    decomposed = unicodedata.normalize("NFD", "Thủ tướng Phạm Minh Chính")
    ct = CleanText(decomposed)
    assert ct.text == "Thủ tướng Phạm Minh Chính"
    assert unicodedata.normalize("NFC", ct.original_text(0, 3)) == "Thủ"


def test_odd_spaces_become_plain_spaces_in_place() -> None:
    ct = CleanText("Hà\u00a0Nội\u2009ngày\t1/1")
    assert ct.text == "Hà Nội ngày 1/1"
    assert not ct.offsets


def test_hard_wrapped_lines_are_joined() -> None:
    assert CleanText("hai bên\nnhất trí").text == "hai bên nhất trí"
    assert CleanText("Mát-\nxcơ").text == "Mát-xcơ"
    assert CleanText("Hết.\nMới").text == "Hết.\nMới"


def test_tone_folding_keeps_length_and_spares_closed_syllables() -> None:
    assert fold_tones("hoà bình, Uỷ ban, thuỷ, HOÀ") == "hòa bình, Ủy ban, thủy, HÒA"
    assert fold_tones("hoàn thành quý") == "hoàn thành quý"


def test_sentences_do_not_break_on_abbreviations_initials_or_numbers() -> None:
    text = "Tổng thống V. Putin tới TP.HCM ngày 29.6. Ông tặng 1.000 cuốn sách. GS. Lê An nói."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Tổng thống V. Putin tới TP.HCM ngày 29.6.",
        "Ông tặng 1.000 cuốn sách.",
        "GS. Lê An nói.",
    ]


def test_offset_map_between_and_inside_edits() -> None:
    m = OffsetMap()
    m.add(2, 3, 2, 7)  # "&amp;" at 2..7 became "&" at 2..3
    m.add(5, 5, 9, 10)  # a zero-width character at 9 was dropped
    assert m.span(0, 2) == (0, 2)
    assert m.span(2, 3) == (2, 7)
    assert m.span(3, 5) == (7, 9)
    assert m.span(5, 6) == (10, 11)
    assert m.span(4, 4) == (8, 8)


_alphabet = st.sampled_from(
    [
        *'aăâđeêoôơuưy AĐ.,;:\n\t\u00a0\u200b&#;0123456789/-()"“”',
        *["\u0300", "\u0301", "\u0323", "&amp;", "&#34;", "1.\n000", "hoà", "Uỷ", "ngày "],
    ]
)


@given(st.lists(_alphabet, max_size=60).map("".join))
def test_every_clean_span_maps_inside_the_original(text: str) -> None:
    ct = CleanText(text)
    n = len(ct.text)
    assert len(ct.folded) == n
    previous = 0
    for i in range(n + 1):
        start, end = ct.original_span(i, i)
        assert 0 <= start == end <= len(text)
        assert start >= previous
        previous = start
    for i in range(n):
        start, end = ct.original_span(i, i + 1)
        assert 0 <= start < end <= len(text)


def test_marks_after_an_invisible_character_keep_their_offsets() -> None:
    # the zero-width space is dropped; the marks it carried stay, reordered
    ct = CleanText("\u200b\u0300\u0323")
    assert ct.text == "\u0323\u0300"
    # reordered, each mark maps to the pair it came from, inside the original
    assert [ct.original_span(i, i + 1) for i in range(2)] == [(1, 3), (1, 3)]
