"""The examples run as a new user would run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_quickstart_script_runs() -> None:
    out = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")],
        capture_output=True, text=True, check=True, cwd=EXAMPLES,
    ).stdout  # fmt: skip
    assert "official    'Jan Novák'" in out
    assert "meeting     Jan Novák <-> Lê Minh An" in out


def test_quickstart_notebook_executes() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    nb = nbformat.read(EXAMPLES / "quickstart.ipynb", as_version=4)
    nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    ).execute()
    html = nb.cells[1].outputs[0]["data"]["text/html"]
    assert 'class="vnpress-officials"' in html
    assert 'class="vnpress-dates"' in html
    assert any(o.get("output_type") == "display_data" for o in nb.cells[-1].outputs)


def test_diplomatic_week_script_runs() -> None:
    out = subprocess.run(
        [sys.executable, str(EXAMPLES / "diplomatic_week.py")],
        capture_output=True, text=True, check=True, cwd=EXAMPLES,
    ).stdout  # fmt: skip
    assert "talks      held     2025-03-10" in out
    assert "within #1" in out
    assert "AU -> VN  042" in out and "VN -> AU  043" in out


def test_diplomatic_week_notebook_executes() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    nb = nbformat.read(EXAMPLES / "diplomatic_week.ipynb", as_version=4)
    nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    ).execute()
    html = nb.cells[1].outputs[0]["data"]["text/html"]
    assert 'class="vnpress-events"' in html
    assert sum(o.get("output_type") == "display_data" for o in nb.cells[-1].outputs) == 2
