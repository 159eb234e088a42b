from __future__ import annotations

import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import vnpress
from vnpress import Document, Pipeline
from vnpress.errors import DependencyCycleError, DuplicateParserError, UnknownParserError
from vnpress.registry import Registry


def _words(doc: Document) -> list[str]:
    return doc.text.split()


def test_decorator_registers_and_pipeline_runs_in_dependency_order() -> None:
    reg = Registry()
    calls: list[str] = []

    @reg.parser("first")
    def first(doc: Document) -> Sequence[Any]:
        calls.append("first")
        return ["a"]

    @reg.parser("second", requires=["first"])
    def second(doc: Document) -> Sequence[Any]:
        calls.append("second")
        return [len(doc.items("first"))]

    doc = Pipeline(["second"], registry=reg)("text")
    assert calls == ["first", "second"]
    assert doc.found == {"first": ("a",), "second": (1,)}
    assert Pipeline(["second"], registry=reg).names == ["first", "second"]


def test_unknown_duplicate_and_cyclic_parsers_raise_clear_errors() -> None:
    reg = Registry(builtins={})
    reg.register("words", _words)
    reg.register("words", _words)  # the same function again is fine
    with pytest.raises(DuplicateParserError, match="'words' is already registered"):
        reg.register("words", lambda doc: [])
    with pytest.raises(UnknownParserError, match="unknown parser 'nope'; available: words"):
        reg.get("nope")
    reg.register("a", _words, requires=["b"])
    reg.register("b", _words, requires=["a"])
    with pytest.raises(DependencyCycleError, match="a -> b -> a"):
        reg.resolve(["a"])


def test_builtins_load_lazily() -> None:
    reg = Registry()
    assert reg.get("dates").name == "dates"
    assert "dates" in reg.names()


def test_bad_names_are_refused() -> None:
    with pytest.raises(ValueError, match="identifier"):
        Registry().register("not a name", _words)
    with pytest.raises(TypeError, match="list of names"):
        Registry().register("x", _words, requires="dates")


def test_a_plugin_installed_as_a_distribution_is_found_through_its_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A tiny distribution, laid out on sys.path exactly as an installer leaves it.
    (tmp_path / "vnpress_shout.py").write_text(
        textwrap.dedent(
            """
            def shout(doc):
                return [word.upper() for word in doc.text.split() if word.isalpha()]
            shout.requires = ("dates",)
            """
        ),
        encoding="utf-8",
    )
    dist = tmp_path / "vnpress_shout-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: vnpress-shout\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[vnpress.parsers]\nshout = vnpress_shout:shout\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "vnpress_shout", raising=False)

    reg = Registry()
    assert "shout" in reg.names()
    doc = Pipeline(["shout"], registry=reg)("Sáng 29.6 hội đàm", published="2017-06-29")
    assert doc.items("shout") == ("SÁNG", "HỘI", "ĐÀM")
    assert [d.value for d in doc.dates] == ["2017-06-29"]  # its requirement ran first


def test_a_broken_entry_point_is_reported_once_and_the_others_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "vnpress_good.py").write_text(
        "def good(doc):\n    return [len(doc.text)]\n", encoding="utf-8"
    )
    dist = tmp_path / "vnpress_two-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: vnpress-two\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[vnpress.parsers]\nbad = vnpress_missing_module:nothing\ngood = vnpress_good:good\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    reg = Registry()
    with pytest.warns(RuntimeWarning, match="'bad'.*was not loaded"):
        names = reg.names()
    assert "good" in names and "bad" not in names
    assert len(reg.plugin_errors) == 1
    reg.names()  # asked again: reported once only
    assert len(reg.plugin_errors) == 1


def test_default_registry_and_top_level_parse() -> None:
    assert "dates" in vnpress.registry.names()
    doc = vnpress.parse("hôm nay", published="2024-10-25")
    assert [d.value for d in doc.dates] == ["2024-10-25"]
