"""Notebook display: the HTML, and what a real browser shows of it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import vnpress
from vnpress.display import render_html

# Every built-in kind with items in TEXT, and its highlight.
COLOURS = {
    kind: cls.COLOUR or ""
    for kind, cls in [
        ("dates", vnpress.Date),
        ("officials", vnpress.Official),
        ("agreements", vnpress.Agreement),
        ("commitments", vnpress.Commitment),
    ]
}

TEXT = (
    "Sáng 29.6, Tổng thống Nga Vladimir Putin và Thủ tướng Phạm Minh Chính chứng kiến "
    "lễ ký kết Bản ghi nhớ giữa Bộ Y tế Việt Nam và Bộ Y tế Nga về y tế dự phòng. "
    "Hai bên nhất trí tăng cường hợp tác <dầu khí> & năng lượng."
)


def _doc() -> vnpress.Document:
    return vnpress.parse(TEXT, published="2017-06-29")


def test_repr_html_marks_every_item_with_its_value_on_hover() -> None:
    html = _doc()._repr_html_()
    for kind in COLOURS:
        assert f'class="vnpress-{kind}"' in html
    assert 'title="2017-06-29 · morning"' in html
    assert "Vladimir Putin · head_of_state · RU · p1" in html
    assert "&lt;dầu khí&gt; &amp; năng lượng" in html  # the text itself is escaped
    assert html.count("<mark") == html.count("</mark>")


def test_items_and_documents_have_readable_reprs() -> None:
    doc = _doc()
    assert repr(doc).startswith("<Document 'Sáng 29.6, Tổng thống Nga Vladimir Putin'…")
    assert "1 dates, 2 officials, 1 agreements, 1 commitments" in repr(doc)
    assert "Date(text='Sáng 29.6'" in repr(doc.dates[0])
    assert "2017-06-29" in doc.dates[0]._repr_html_()


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="no Chromium on this machine")
def test_a_headless_browser_shows_the_highlights(tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image")
    page = tmp_path / "doc.html"
    page.write_text(
        "<html><head><meta charset='utf-8'></head><body style='font-size:22px'>"
        + render_html(_doc(), legend=False)
        + "</body></html>",
        encoding="utf-8",
    )
    shot = tmp_path / "shot.png"
    subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars",
         "--window-size=1000,600", f"--screenshot={shot}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    colours = image.open(shot).convert("RGB").getcolors(maxcolors=1 << 24)
    seen = {colour: n for n, colour in colours}
    counts = {
        kind: seen.get(tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)), 0)
        for kind, c in COLOURS.items()
    }
    assert all(n > 200 for n in counts.values()), counts  # every kind is visibly marked
