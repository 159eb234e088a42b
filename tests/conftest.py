"""Shared fixtures. Texts by other people are read from ../shared, never copied here."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "unc"
SEEDS = SHARED / "seeds"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def published_of(text: str) -> str | None:
    """The ``# date = YYYYMMDD`` header of a corpus article."""
    for line in text.splitlines()[:5]:
        if line.startswith("# date = "):
            return line.removeprefix("# date = ").strip()
    return None


@pytest.fixture
def seed() -> object:
    def read(name: str) -> str:
        path = SEEDS / name
        if not path.is_file():
            pytest.skip(f"{path} is not available")
        return path.read_text(encoding="utf-8")

    return read
