"""What a package index and a new user see: metadata, README, CHANGELOG, docs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import vnpress

ROOT = Path(__file__).resolve().parents[1]
tomllib = pytest.importorskip("tomllib")


def _project() -> dict[str, object]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data  # type: ignore[no-any-return]


def test_python_versions_are_classified_from_the_lowest_supported() -> None:
    project = _project()["project"]
    assert isinstance(project, dict)
    lowest = project["requires-python"].removeprefix(">=")
    versions = [c.rsplit(" ", 1)[1] for c in project["classifiers"] if re.search(r":: 3\.\d+$", c)]
    assert versions[0] == lowest and len(versions) >= 3


def test_the_readme_has_no_links_that_break_on_an_index_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert not re.search(r"\]\((?!https?://|#)[^)]+\)", readme)


def test_the_changelog_has_a_dated_section_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## \[{re.escape(vnpress.__version__)}\] - \d{{4}}-\d\d-\d\d$", changelog, re.M
    )


def test_the_sdist_carries_what_builds_the_docs() -> None:
    sdist = _project()["tool"]["hatch"]["build"]["targets"]["sdist"]  # type: ignore[index]
    assert {"mkdocs.yml", "docs", "tests"} <= set(sdist["include"])


def test_the_docs_say_how_to_install_it_accurately() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    assert "not on a package index yet" in index
