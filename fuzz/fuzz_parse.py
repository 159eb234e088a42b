"""Coverage-guided fuzzing of the whole pipeline with atheris.

    python fuzz/fuzz_parse.py -max_total_time=60 [corpus_dir]

Every input is parsed as text and as HTML; the run stops at the first input
that raises or breaks an invariant (offsets index the input, no empty item).
Crashes it finds become regression tests in tests/test_fuzz_regressions.py.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import vnpress

# Vietnamese pieces the fuzzer splices in, so that it reaches the parsers' rules
# quickly instead of spending its time on random bytes.
PIECES = [
    "Thủ tướng ", "Tổng thống Nga ", "Vladimir Putin", "Bộ trưởng Bộ Ngoại giao ", "ông ",
    "ngày 24/10 ", "Sáng 29.6", "từ ngày 28.6 đến ngày 1.7.2017", "giai đoạn 2017-2022",
    "hôm nay", "Hiệp định ", "Bản ghi nhớ giữa ", " và ", "về ", "ký kết các văn kiện như: ",
    "hai bên nhất trí ", "sẽ ", "cho biết ", "“", "”", '"', "; ", ", ", ". ", "\n", "1.\n000",
    "&#34;", "\u00a0", "\u200b", "\u0301", "Uỷ ban ", "hoà ", "<p>", "</b>", "<!--", "(", ")",
]  # fmt: skip


def _check_offsets(doc: vnpress.Document, text: str, where: str) -> None:
    """Every span every item holds (its own, a cue, a trigger, other mentions)
    indexes ``text``; no item is empty."""
    for name in doc.kinds:
        for item in doc.items(name):
            if not isinstance(item, vnpress.Span):
                continue
            if not item.text:
                raise AssertionError(f"empty {name} item {item!r} in {text!r}")
            for start, end, field in item.OFFSETS:
                if text[getattr(item, start) : getattr(item, end)] != getattr(item, field):
                    raise AssertionError(f"bad {where} {field} offsets for {item!r} in {text!r}")
            for m in getattr(item, "also", ()):
                if text[m.trigger_start : m.trigger_end] != m.trigger:
                    raise AssertionError(f"bad {where} mention offsets for {item!r} in {text!r}")


def check(text: str) -> None:
    _check_offsets(vnpress.parse(text, "2024-10-25"), text, "text")
    _check_offsets(vnpress.parse_html(text), text, "HTML")


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    parts = []
    for _ in range(fdp.ConsumeIntInRange(0, 40)):
        if fdp.ConsumeBool():
            parts.append(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)])
        else:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 12)))
    check("".join(parts))


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
