"""`vnpress evaluate` and `vnpress.evaluate` on gold written for these tests, and
against the evaluation scorer on the development gold (skipped without it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import vnpress
from tests.conftest import SHARED
from vnpress.cli import main
from vnpress.evaluation import GoldError

TEXT = (
    "Sáng 10/3, Thủ tướng Lê Minh An hội đàm với Thủ tướng Úc Peter Grant. "
    "Hai bên nhất trí nâng cấp quan hệ."
)
HEAD = "head_of_government"
GOLD = {
    "doc": "release.txt",
    "published": "2025-03-10",
    "dates": [{"text": "Sáng 10/3", "context": "Sáng 10/3, Thủ", "value": "2025-03-10"}],
    "officials": [
        {"name": "Lê Minh An", "titles": ["Thủ tướng"], "role": HEAD, "country": "VN"},
        {"name": "Peter Grant", "titles": ["Thủ tướng"], "role": HEAD, "country": "AU"},
    ],
    "agreements": [],
    "commitments": [
        {"cue": "nhất trí", "context": "Hai bên nhất trí nâng", "kind": "agree", "actor": "Hai bên"}
    ],
    "events": [
        {"type": "talks", "trigger": "hội đàm", "context": "An hội đàm với",
         "participant_countries": ["VN", "AU"], "date": "2025-03-10", "place": None}
    ],
}  # fmt: skip


def _gold(tmp_path: Path, gold: dict[str, object] = GOLD) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "release.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (folder / "release.txt").write_text(TEXT, encoding="utf-8")
    return folder


def test_evaluate_scores_the_gold_it_is_given(tmp_path: Path) -> None:
    result = vnpress.evaluate(_gold(tmp_path))
    m = result.metrics
    assert m["docs"] == 1
    assert (m["dates.f1"], m["dates.strict_f1"]) == (1.0, 1.0)
    assert (m["officials.f1"], m["official_country.accuracy"]) == (1.0, 1.0)
    assert (m["commitments.f1"], m["commitment_actor.accuracy"]) == (1.0, 1.0)
    assert (m["events.f1"], m["event_participants.accuracy"], m["event_date.accuracy"]) == (
        1.0,
    ) * 3
    assert result.errors == ()


def test_errors_are_listed(tmp_path: Path) -> None:
    gold = {
        **GOLD,
        "dates": [{"text": "Sáng 10/3", "context": "Sáng 10/3, Thủ", "value": "2025-03-11"}],
    }
    result = vnpress.evaluate(_gold(tmp_path, gold))
    assert result.metrics["dates.f1"] == 1.0 and result.metrics["dates.strict_f1"] == 0.0
    assert result.errors_of("dates") == (
        ("release.json", "dates", "wrong value", "'Sáng 10/3': want 2025-03-11, got 2025-03-10"),
    )


def test_a_gold_item_that_cannot_be_placed_is_a_clear_error(tmp_path: Path) -> None:
    gold = {**GOLD, "dates": [{"text": "x", "context": "not in the text", "value": "2025"}]}
    with pytest.raises(GoldError, match="context not found"):
        vnpress.evaluate(_gold(tmp_path, gold))


def test_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _gold(tmp_path)
    assert main(["evaluate", str(folder), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["events.strict_f1"] == 1.0
    assert main(["evaluate", str(folder)]) == 0
    assert "dates.strict_f1                  1.0" in capsys.readouterr().out
    assert main(["evaluate", str(tmp_path / "missing")]) == 1
    assert "no such folder" in capsys.readouterr().err


DEV = SHARED / "gold" / "dev"
SCORER = SHARED / "tools" / "score.py"


@pytest.mark.skipif(not (DEV.is_dir() and SCORER.is_file()), reason="needs ../shared")
def test_evaluate_agrees_with_the_evaluation_scorer(tmp_path: Path) -> None:
    figures = tmp_path / "score.json"
    subprocess.run(
        [sys.executable, str(SCORER), "score", str(DEV), "--json", str(figures)],
        check=True, capture_output=True,
    )  # fmt: skip
    theirs = json.loads(figures.read_text(encoding="utf-8"))
    ours = vnpress.evaluate(DEV, SHARED).metrics
    compared = [k for k, v in theirs.items() if "." in k and isinstance(v, float)]
    assert len(compared) > 30
    for name in compared:
        assert ours[name] == pytest.approx(theirs[name], abs=0.005), name
