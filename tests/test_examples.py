"""The examples run as a new user would run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _output(script: str) -> str:
    """What the example ``script`` prints, run from the examples folder."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        capture_output=True, text=True, check=True, cwd=EXAMPLES,
    ).stdout  # fmt: skip


def test_quickstart_script_runs() -> None:
    out = _output("quickstart.py")
    assert "official    'Jan Novák'" in out
    assert "meeting     Jan Novák <-> Lê Minh An" in out


def _executed_notebook(name: str) -> Any:
    """The example notebook ``name``, run top to bottom in a fresh kernel
    (skipped where the examples extra is not installed)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    nb = nbformat.read(EXAMPLES / name, as_version=4)
    nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    ).execute()
    return nb


def test_quickstart_notebook_executes() -> None:
    nb = _executed_notebook("quickstart.ipynb")
    html = nb.cells[1].outputs[0]["data"]["text/html"]
    assert 'class="vnpress-officials"' in html
    assert 'class="vnpress-dates"' in html
    assert any(o.get("output_type") == "display_data" for o in nb.cells[-1].outputs)


def test_diplomatic_week_script_runs() -> None:
    out = _output("diplomatic_week.py")
    assert "talks      held     2025-03-10" in out
    assert "within #1" in out
    assert "AU -> VN  042" in out and "VN -> AU  043" in out


def test_diplomatic_week_notebook_executes() -> None:
    nb = _executed_notebook("diplomatic_week.ipynb")
    html = nb.cells[1].outputs[0]["data"]["text/html"]
    assert 'class="vnpress-events"' in html
    assert sum(o.get("output_type") == "display_data" for o in nb.cells[-1].outputs) == 2
