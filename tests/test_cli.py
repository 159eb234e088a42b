from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnpress.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "press_release.txt"


def test_parse_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLE), "--published", "2025-03-12", "--only", "dates"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "vnpress/1"
    assert data["published"] == "2025-03-12"
    assert data["dates"][0]["value"] == "2025-03-11"


def test_parse_stdin_jsonl_and_table(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Sáng 29.6, hai bên hội đàm."))
    assert main(["parse", "-", "--published", "2017-06-29", "--format", "jsonl"]) == 0
    line = capsys.readouterr().out
    assert line.count("\n") == 1
    assert json.loads(line)["dates"][0]["value"] == "2017-06-29"

    monkeypatch.setattr(sys, "stdin", io.StringIO("Sáng 29.6, hai bên hội đàm."))
    assert main(["parse", "-", "--published", "2017-06-29", "--format", "table"]) == 0
    assert "Sáng 29.6" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse", "missing.txt"], "no such file: missing.txt"),
        (["parse", "-", "--published", "tomorrow"], "published must be an ISO date"),
        (["parse", "-", "--only", "dates,nope"], "unknown parser 'nope'"),
    ],
)
def test_errors_are_one_line_and_non_zero(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_python_dash_m_works() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "vnpress", "parse", "-", "--only", "dates"],
        input="hôm nay",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out)["dates"][0]["text"] == "hôm nay"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "-", "--format", "xml"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_import_is_light() -> None:
    """``import vnpress`` loads no optional dependency and compiles no pattern."""
    code = (
        "import sys, vnpress; "
        "print(sorted(m for m in ('underthesea', 'dateparser', 'pandas', 'dask', 'regex', "
        "'importlib.metadata', 'concurrent.futures') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        ("\ufeffSáng 29.6, hai bên hội đàm.".encode(), False),  # UTF-8 with a BOM
        ("Sáng 29.6, hai bên hội đàm.".encode("utf-16"), True),
        ("Sáng 29.6, hai bên cùng ăn.".encode("cp1258"), True),
    ],
)
def test_files_are_read_through_the_library_s_encoding_detection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, warned: bool
) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    assert main(["parse", str(path), "--published", "2017-06-29", "--format", "jsonl"]) == 0
    doc = json.loads(capsys.readouterr().out)
    (date,) = doc["dates"]
    assert (date["text"], date["start"]) == ("Sáng 29.6", 0)  # the BOM is not text
    assert ("warnings" in doc) == warned


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    import os
    import subprocess

    path = tmp_path / "in.txt"
    path.write_text("Sáng 29.6, hai bên hội đàm.", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    out = subprocess.run(
        [sys.executable, "-m", "vnpress", "parse", str(path), "--format", "jsonl"],
        capture_output=True, env=env, check=True,
    ).stdout  # fmt: skip
    assert "Sáng 29.6" in out.decode("utf-8")


def test_a_full_disk_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vnpress.cli

    def full(text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vnpress.cli, "_write", full)
    path = tmp_path / "in.txt"
    path.write_text("Sáng 29.6", encoding="utf-8")
    assert main(["parse", str(path)]) == 1
    assert (
        capsys.readouterr().err
        == "vnpress: error: cannot write the output: No space left on device\n"
    )


def test_a_folder_and_an_empty_parser_list_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert main(["parse", str(tmp_path), "--only", ","]) == 1
    assert "no parser named" in capsys.readouterr().err


def test_no_arguments_print_the_usage() -> None:
    done = subprocess.run([sys.executable, "-m", "vnpress"], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.startswith("usage: vnpress")


def test_the_table_shows_the_document_s_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<p>Sáng 29.6, hai bên hội đàm.</p>", encoding="utf-8")
    assert main(["parse", str(path), "--published", "2017-06-29", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "Sáng 29.6" in out
    assert "warning: the text looks like HTML" in out
