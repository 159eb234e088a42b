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


def check(text: str) -> None:
    doc = vnpress.parse(text, "2024-10-25")
    for name in doc.BUILTIN_FIELDS:
        for item in doc.items(name):
            if not item.text or text[item.start : item.end] != item.text:
                raise AssertionError(f"bad offsets for {item!r} in {text!r}")
    for c in doc.commitments:
        if text[c.cue_start : c.cue_end] != c.cue:
            raise AssertionError(f"bad cue offsets for {c!r} in {text!r}")
    html_doc = vnpress.parse_html(text)
    for name in html_doc.BUILTIN_FIELDS:
        for item in html_doc.items(name):
            if text[item.start : item.end] != item.text:
                raise AssertionError(f"bad HTML offsets for {item!r} in {text!r}")


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
