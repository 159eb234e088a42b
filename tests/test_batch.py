"""`parse_many`, `run_batch` and the `vnpress batch` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnpress.batch import BatchError, run_batch
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
    assert run_batch(str(_folder(tmp_path)), str(out), published="2017-06-29") == (2, 0, 0)
    rows = _lines(out)
    assert [r["id"] for r in rows] == ["a.txt", "sub/b.txt"]
    assert rows[0]["schema"] == "vnpress/1"
    assert rows[0]["dates"][0]["value"] == "2017-06-29"
    assert run_batch(str(_folder(tmp_path)), str(out)) == (0, 2, 0)  # nothing left to do
    assert len(_lines(out)) == 2


def test_an_interrupted_output_is_repaired_before_resuming(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch(str(_folder(tmp_path)), str(out))
    first = out.read_text(encoding="utf-8").splitlines()[0]
    out.write_text(first + "\n" + '{"id": "sub/b.txt", "sche', encoding="utf-8")  # torn
    assert run_batch(str(_folder(tmp_path)), str(out)) == (1, 1, 0)
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
    assert "done: 2 parsed, 0 already" in err
    assert main(["batch", str(tmp_path / "missing"), "--out", str(out)]) == 1
    assert "no such file or folder" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert main(["batch", str(bad), "--out", str(tmp_path / "bad-out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"failed: {bad}:1 (id '1'): expected a JSON object with a 'text'" in err
    assert "1 documents failed" in err


def test_a_bad_record_is_reported_and_the_others_are_parsed(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": "Sáng 29.6, hai bên hội đàm."},
        {"id": "b", "text": "hôm nay", "published": "2024-02-30"},  # no such day
        {"id": "c", "text": "bad \ud800 text"},  # a lone surrogate
        {"id": "d", "text": "ngày mai", "published": "9999-12-31"},  # past the calendar
        {"id": "a", "text": "the same id again"},
        {"text": "hôm qua"},
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    told: list[str] = []
    result = run_batch(str(source), str(out), published="2024-10-25", failed=told.append)
    assert result == (3, 0, 4)
    assert [r["id"] for r in _lines(out)] == ["a", "d", "6"]
    errors = _lines(Path(str(out) + ".errors"))
    assert [(e["id"], e["where"].rsplit(":", 1)[1]) for e in errors] == [
        ("b", "2"), ("c", "3"), ("a", "5"), ("7", "7"),
    ]  # fmt: skip
    assert "already used at line 1" in errors[2]["error"]
    assert len(told) == 4 and "in.jsonl:2 (id 'b')" in told[0]
    # a rerun parses nothing twice, and tries the failed ones again
    assert run_batch(str(source), str(out), published="2024-10-25") == (0, 3, 4)


def test_a_file_that_is_not_utf8_is_reported_by_name(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "latin.txt").write_bytes("Vi\xeat Nam".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    told: list[str] = []
    assert run_batch(str(folder), str(out), failed=told.append) == (2, 0, 1)
    assert told[0].startswith("latin.txt (id 'latin.txt'): not UTF-8")


def test_a_second_batch_on_the_same_output_is_refused(tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "out.jsonl"
    with open(out, "ab") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with pytest.raises(BatchError, match="being written by another vnpress batch"):
            run_batch(str(_folder(tmp_path)), str(out))
    assert run_batch(str(_folder(tmp_path)), str(out)) == (2, 0, 0)


def test_ctrl_c_says_how_to_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vnpress.batch

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(vnpress.batch, "run_batch", interrupted)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(_folder(tmp_path)), "--out", str(out)]) == 130
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "run the same command again to resume" in err
