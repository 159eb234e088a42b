"""Hostile and broken input: encodings, HTML, determinism, linear time."""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import vnpress
from vnpress.text.encoding import decode_bytes

EXAMPLE = (Path(__file__).resolve().parents[1] / "examples" / "press_release.txt").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"), ("cp1258", "cp1258")],
)
def test_parse_bytes_detects_the_encoding(encoding: str, expected: str) -> None:
    # CP1258 holds few letters precomposed (tones are combining marks), so the
    # sentence keeps to those.
    text = "Sáng 29.6, ông Putin đi."
    assert decode_bytes(text.encode(encoding)) == (text, expected)
    doc = vnpress.parse_bytes(text.encode(encoding), "2017-06-29")
    assert [d.value for d in doc.dates] == ["2017-06-29"]
    assert doc.warnings == (() if expected == "utf-8" else (f"decoded as {expected} (detected)",))


def test_parse_bytes_with_a_given_encoding_and_bad_input() -> None:
    assert vnpress.parse_bytes("hôm nay".encode("cp1258"), encoding="cp1258").dates
    with pytest.raises(TypeError, match="bytes"):
        vnpress.parse_bytes("text")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("Viá»‡t Nam vÃ  Nga Ä‘Ã£ kÃ½ káº¿t hiá»‡p Ä‘á»‹nh", "UTF-8 read as Windows-1252"),
        ("Vieät Nam vaø Nga ñaõ kyù keát hieäp ñònh hôïp taùc", "VNI"),
        ("ViÖt Nam vµ Nga ®· ký kÕt hiÖp ®Þnh hîp t¸c", "TCVN3"),
        ("<p>Sáng 29.6</p><p>hội đàm</p>", "HTML"),
    ],
)
def test_wrongly_decoded_text_and_html_are_reported(text: str, warning: str) -> None:
    doc = vnpress.parse(text)
    assert any(warning in w for w in doc.warnings), doc.warnings


def test_clean_vietnamese_has_no_warnings() -> None:
    assert vnpress.parse(EXAMPLE).warnings == ()


def test_parse_html_offsets_index_the_html() -> None:
    html = (
        "<html><head><style>p{}</style></head><body><p>Sáng 29.6, <b>Tổng thống</b> "
        "Vladimir Putin&nbsp;và Thủ tướng Phạm Minh Chính nhất trí hợp tác.</p>"
        "<!-- chú thích --><script>var x = '<p>';</script></body></html>"
    )
    doc = vnpress.parse_html(html, "2017-06-29")
    assert [d.value for d in doc.dates] == ["2017-06-29"]
    assert [o.name for o in doc.officials] == ["Vladimir Putin", "Phạm Minh Chính"]
    for name in doc.kinds:
        for item in doc.items(name):
            assert html[item.start : item.end] == item.text
    (c,) = doc.commitments
    assert html[c.cue_start : c.cue_end] == c.cue == "nhất trí"


def test_strip_html_text_and_map() -> None:
    stripped = vnpress.strip_html("<div>Hai&nbsp;bên</div><p>nhất <i>trí</i></p>")
    assert stripped.text == "\nHai\u00a0bên\n\nnhất trí\n"
    i = stripped.text.index("trí")
    start, end = stripped.html_span(i, i + 3)
    assert stripped.html[start:end] == "trí"


def _json(docs: list[vnpress.Document]) -> str:
    return json.dumps([d.to_dict() for d in docs], ensure_ascii=False, sort_keys=True)


def test_output_is_deterministic_across_runs_and_jobs() -> None:
    texts = [(EXAMPLE, "2025-03-12"), ("Hai bên nhất trí hôm nay.", "2024-10-25"), "", "x"] * 3
    first = _json(
        [vnpress.parse(t, p) for t, p in (x if isinstance(x, tuple) else (x, None) for x in texts)]
    )
    assert _json(list(vnpress.parse_many(texts, jobs=1))) == first
    assert _json(list(vnpress.parse_many(texts, jobs=2, chunk_size=2))) == first
    assert (
        _json(
            [
                vnpress.parse(t, p)
                for t, p in (x if isinstance(x, tuple) else (x, None) for x in texts)
            ]
        )
        == first
    )


def test_parse_many_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(vnpress.parse_many(["x"], jobs=-1))
    with pytest.raises(vnpress.UnknownParserError):
        list(vnpress.parse_many(["x"], only=["nope"]))


# -- linear time on adversarial input ---------------------------------------------

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "titles": lambda n: ("Bộ trưởng " * n)[:n],
    "one-word names": lambda n: ("Tổng thống Putin nói. " * n)[:n],
    "many names": lambda n: "".join(
        f"Bộ trưởng Nguyễn Văn {chr(65 + i % 26)}{i}, " for i in range(n)
    )[:n],
    "dates": lambda n: ("ngày " * n)[:n],
    "digits and dots": lambda n: ("1.2.3.4/5-6 " * n)[:n],
    "nested quotes": lambda n: ('"“' * n + '”"' * n)[:n],
    "capitalised syllables": lambda n: ("Nguyễn Văn An Bình " * n)[:n],
    "semicolons": lambda n: (";" * (n // 2) + "Bản ghi nhớ giữa A và B;" * n)[:n],
    "cue verbs": lambda n: ("hai bên nhất trí, sẽ, cho biết, " * n)[:n],
    "html-like": lambda n: ("<script><!--<p>" * n)[:n],
    "white space": lambda n: "ngày" + " " * n,
    "commas and spaces": lambda n: ("Bản ghi nhớ giữa A" + " ,, ,," * n)[:n],
    "many short sentences": lambda n: ("Hai bên nhất trí hợp tác. " * n)[:n],
}


def _seconds(text: str) -> float:
    """Best of three, with the garbage collector off as `timeit` has it: a full
    collection walks every object the test session holds, a cost of the
    session's heap, which one input size may trigger and the other not."""
    best = float("inf")
    for _ in range(3):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            vnpress.parse(text, "2024-10-25")
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_costs_linear_time(name: str) -> None:
    """Measured as ratios, not absolute times: doubling the input at most about
    doubles the time, and the input costs a bounded multiple of normal text."""
    size = 25_000
    normal = (EXAMPLE * (2 * size // len(EXAMPLE) + 1))[: 2 * size]
    make = ADVERSARIAL[name]
    # A quadratic cost shows as about 4x on doubling; a busy machine can blur one
    # measurement, so a ratio over the bound is measured once more before failing.
    growth, against_normal = [], []
    for _ in range(2):
        small, large = _seconds(make(size)), _seconds(make(2 * size))
        growth.append(large / max(small, 1e-3))
        against_normal.append(large / _seconds(normal))
        if growth[-1] < 3.5 and against_normal[-1] < 20:
            break
    assert min(growth) < 3.5, growth
    assert min(against_normal) < 20, against_normal
