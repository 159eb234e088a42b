"""`parse_many`, `run_batch` and the `vnpress batch` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnpress.batch import run_batch
from vnpress.cli import main


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text("Sáng 29.6, hai bên nhất trí hợp tác.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(
        "Tổng thống Nga Vladimir Putin phát biểu.", encoding="utf-8"
    )
    return folder


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_folder_becomes_json_lines_and_a_rerun_resumes(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert run_batch(str(_folder(tmp_path)), str(out), published="2017-06-29") == (2, 0)
    rows = _lines(out)
    assert [r["id"] for r in rows] == ["a.txt", "sub/b.txt"]
    assert rows[0]["schema"] == "vnpress/1"
    assert rows[0]["dates"][0]["value"] == "2017-06-29"
    assert run_batch(str(_folder(tmp_path)), str(out)) == (0, 2)  # nothing left to do
    assert len(_lines(out)) == 2


def test_an_interrupted_output_is_repaired_before_resuming(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch(str(_folder(tmp_path)), str(out))
    first = out.read_text(encoding="utf-8").splitlines()[0]
    out.write_text(first + "\n" + '{"id": "sub/b.txt", "sche', encoding="utf-8")  # torn
    assert run_batch(str(_folder(tmp_path)), str(out)) == (1, 1)
    assert [r["id"] for r in _lines(out)] == ["a.txt", "sub/b.txt"]


def test_json_lines_input(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "x", "text": "hôm nay", "published": "2024-10-25"}) + "\n"
        + json.dumps({"text": "hôm qua"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    run_batch(str(source), str(out), jobs=2, published="2021-01-02")
    rows = _lines(out)
    assert [(r["id"], r["dates"][0]["value"]) for r in rows] == [
        ("x", "2024-10-25"),
        ("2", "2021-01-01"),
    ]


def test_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    argv = ["batch", str(_folder(tmp_path)), "--out", str(out), "--jobs", "2", "--only", "dates"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "2/2 documents" in err and "done: 2 parsed, 0 already" in err
    assert main(["batch", str(tmp_path / "missing"), "--out", str(out)]) == 1
    assert "no such file or folder" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert main(["batch", str(bad), "--out", str(out)]) == 1
    assert "expected a JSON object with a 'text'" in capsys.readouterr().err
