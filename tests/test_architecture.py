"""The shared document view, and plugins that are treated exactly like the built-ins."""

from __future__ import annotations

import ast
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import attrs
import pytest

import vnpress
from vnpress import lexicons
from vnpress.cli import main
from vnpress.errors import ParserError
from vnpress.registry import Registry

PACKAGE = Path(vnpress.__file__).resolve().parent
TEXT = "Sáng 29.6, Tổng thống Nga Vladimir Putin tới #Hanoi và hội đàm tại #Kremlin."


@attrs.frozen(kw_only=True)
class Hashtag(vnpress.Span):
    """A plugin's item: a word after "#"."""

    tag: str
    COLOUR: ClassVar[str | None] = None  # the view picks one from the parser's name

    def describe(self) -> str:
        return f"#{self.tag}"


def find_hashtags(doc: vnpress.Document) -> list[Hashtag]:
    out = []
    for start, end in doc.analysis.sentences:
        text = doc.clean.text
        at = text.find("#", start, end)
        while at >= 0:
            stop = at + 1
            while stop < end and text[stop].isalnum():
                stop += 1
            out.append(Hashtag(**doc.clean.span_fields(at, stop), tag=text[at + 1 : stop]))
            at = text.find("#", stop, end)
    return out


@pytest.fixture
def hashtags() -> Iterator[str]:
    vnpress.registry.default.register("hashtags", find_hashtags, produces=Hashtag)
    try:
        yield "hashtags"
    finally:
        vnpress.registry.default.unregister("hashtags")


def test_registering_a_parser_does_not_change_what_parse_returns(hashtags: str) -> None:
    vnpress.registry.default.unregister(hashtags)
    before = vnpress.parse(TEXT, published="2017-06-29").to_dict()
    vnpress.registry.default.register(hashtags, find_hashtags, produces=Hashtag)
    assert vnpress.parse(TEXT, published="2017-06-29").to_dict() == before
    assert hashtags not in vnpress.parse(TEXT).kinds
    assert hashtags in vnpress.parse(TEXT, also=[hashtags]).kinds
    assert vnpress.Pipeline(also=[hashtags]).names[-1] == hashtags


def test_a_plugins_items_are_exported_like_the_built_ins(hashtags: str) -> None:
    doc = vnpress.parse(TEXT, published="2017-06-29", also=[hashtags])
    tags = doc.items(hashtags)
    assert [t.text for t in tags] == ["#Hanoi", "#Kremlin"]
    assert all(TEXT[t.start : t.end] == t.text for t in tags)
    data = doc.to_dict()
    hanoi, kremlin = TEXT.index("#Hanoi"), TEXT.index("#Kremlin")
    assert data[hashtags] == [
        {"text": "#Hanoi", "start": hanoi, "end": hanoi + 6, "tag": "Hanoi"},
        {"text": "#Kremlin", "start": kremlin, "end": kremlin + 8, "tag": "Kremlin"},
    ]
    again = vnpress.Document.from_dict(data, text=TEXT)
    assert again.items(hashtags) == tags  # read back as the class the parser declares
    records = [r for r in doc.to_records() if r["parser"] == hashtags]
    assert [r["tag"] for r in records] == ["Hanoi", "Kremlin"]
    pd = pytest.importorskip("pandas")
    frame = doc.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame[frame["parser"] == hashtags]["text"]) == ["#Hanoi", "#Kremlin"]


def test_a_plugins_items_are_highlighted_and_labelled_by_the_parsers_name(hashtags: str) -> None:
    html = vnpress.parse(TEXT, also=[hashtags])._repr_html_()
    assert html.count('class="vnpress-hashtags"') == 2
    assert ">HASHTAGS</span>#Hanoi</mark>" in html
    assert 'title="#Kremlin"' in html
    assert ">HASHTAGS</mark>" in html  # in the legend


def test_a_plugins_items_are_in_the_command_lines_table(
    hashtags: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(article), "--also", hashtags, "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "hashtags" in out and "#Kremlin" in out
    assert main(["parse", str(article), "--only", ","]) == 1
    assert "no parser named" in capsys.readouterr().err


def test_parse_html_maps_a_plugins_offsets_into_the_html(hashtags: str) -> None:
    html = f"<p>{TEXT.replace('Putin', '<b>Putin</b>')}</p>"
    doc = vnpress.parse_html(html, also=[hashtags])
    for name in doc.kinds:
        for item in doc.items(name):
            for start, end, text in item.OFFSETS:
                assert html[getattr(item, start) : getattr(item, end)] == getattr(item, text)
    assert [t.text for t in doc.items(hashtags)] == ["#Hanoi", "#Kremlin"]


def test_a_lexicon_refuses_values_outside_its_vocabulary() -> None:
    with pytest.raises(ValueError, match="'not_a_role' is not a role; use one of: ambassador"):
        lexicons.TITLES.add("Tổng Biên tập", "not_a_role")
    with pytest.raises(ValueError, match="ISO 3166-1"):
        lexicons.COUNTRIES.add("Bờ Biển Ngà", "Ivory Coast")
    with pytest.raises(ValueError, match="commitment kind"):
        lexicons.CUES.add("hứa hẹn", "promise")
    assert "tổng biên tập" not in lexicons.TITLES.entries
    lexicons.TITLES.add("Tổng Biên tập", "other")
    try:
        (o,) = vnpress.parse("Tổng Biên tập Báo Nhân Dân Ngô Văn Tuấn phát biểu.").officials
        assert (o.name, o.role) == ("Ngô Văn Tuấn", "other")
    finally:
        lexicons.TITLES.remove("Tổng Biên tập")


def test_a_parsers_failure_names_the_parser() -> None:
    reg = Registry(builtins={})

    @reg.parser("broken")
    def broken(doc: vnpress.Document) -> list[str]:
        raise KeyError("x")

    @reg.parser("empty")
    def empty(doc: vnpress.Document) -> list[str]:
        return None  # type: ignore[return-value]

    with pytest.raises(ParserError, match="parser 'broken' failed: KeyError"):
        vnpress.Pipeline(["broken"], registry=reg)("text")
    with pytest.raises(ParserError, match="parser 'empty' returned NoneType"):
        vnpress.Pipeline(["empty"], registry=reg)("text")
    for reserved in ("schema", "published", "warnings", "text", "id"):
        with pytest.raises(ValueError, match="key of every document"):
            reg.register(reserved, broken)


def test_items_in_a_span_and_the_gazetteer() -> None:
    doc = vnpress.parse(TEXT, published="2017-06-29")
    (putin,) = doc.officials
    assert doc.items_in("officials", putin.start + 2, putin.start + 3) == (putin,)
    assert doc.items_in("officials", 0, putin.start) == ()
    assert [d.text for d in doc.items_in("dates", 0, len(TEXT))] == ["Sáng 29.6"]
    gaz = doc.gazetteer
    hit = gaz.at("titles", doc.clean.text.index("Tổng thống"))
    assert hit is not None and hit.value == "head_of_state"
    assert gaz.countries(0, len(doc.clean.text)) == ["RU"]
    with pytest.raises(KeyError, match="known: titles"):
        gaz.at("nope", 0)


def _module_imports(path: Path, modules: set[str]) -> Iterator[str]:
    """The vnpress modules a file imports when it is imported (not in functions
    nor under TYPE_CHECKING): ``from vnpress.dates import lexicon`` imports the
    module ``vnpress.dates.lexicon``, ``from vnpress.model import Date`` the
    module ``vnpress.model``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("vnpress"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                yield sub if sub in modules else node.module
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("vnpress"))


def test_the_package_has_no_import_cycle() -> None:
    modules = {
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__"): p
        for p in PACKAGE.rglob("*.py")
    }
    graph = {
        name: {m for m in _module_imports(path, set(modules)) if m in modules and m != name}
        for name, path in modules.items()
    }
    cycles: list[str] = []

    def visit(name: str, path: list[str], done: set[str]) -> None:
        if name in path:
            cycles.append(" -> ".join([*path[path.index(name) :], name]))
            return
        if name in done:
            return
        for nxt in graph[name]:
            visit(nxt, [*path, name], done)
        done.add(name)

    done: set[str] = set()
    for name in sorted(graph):
        visit(name, [], done)
    assert cycles == []


def test_json_of_a_plugin_item_that_is_not_a_span() -> None:
    reg = Registry(builtins={})
    reg.register("words", lambda doc: doc.text.split())
    doc = vnpress.Pipeline(["words"], registry=reg)("hai bên")
    assert doc.to_dict()["words"] == ["hai", "bên"]
    assert doc.to_records() == [
        {"parser": "words", "value": "hai"},
        {"parser": "words", "value": "bên"},
    ]
    out = io.StringIO()
    from vnpress.cli import _table

    _table(doc, out)
    assert json.dumps("hai") in out.getvalue()
