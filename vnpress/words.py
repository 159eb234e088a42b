"""The closed word classes the parsers rely on, read from ``data/words.txt``.

Each class is one section of that file, named for what it is
(``honorifics``, ``negations``, ``reporting_verbs`` …), so that a word list
lives in one place and can be read and extended as data::

    from vnpress import words
    words.word_set("negations")        # frozenset({'không', 'chưa', …})
    words.phrases("reporting_verbs")   # ('cho biết', 'cho rằng', …)
    words.mapping("status_cues")       # {'sớm ký': 'planned', …}

The file is read once, on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from types import MappingProxyType
from typing import NamedTuple

from vnpress._data import read_data


class _Section(NamedTuple):
    layout: str  # "words", "phrases" or "map"
    lines: tuple[str, ...]


@cache
def _sections() -> dict[str, _Section]:
    text = read_data("words.txt")
    sections: dict[str, tuple[str, list[str]]] = {}
    current: list[str] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            name, _, layout = line.strip("[] ").partition(":")
            layout = layout.strip() or "words"
            if layout not in ("words", "phrases", "map"):
                raise ValueError(f"words.txt:{n}: unknown layout {layout!r}")
            current = []
            sections[name.strip()] = (layout, current)
        elif current is None:
            raise ValueError(f"words.txt:{n}: an entry before the first [section]")
        else:
            current.append(line.strip())
    return {name: _Section(layout, tuple(lines)) for name, (layout, lines) in sections.items()}


def _section(name: str, layout: str) -> _Section:
    sections = _sections()
    try:
        section = sections[name]
    except KeyError:
        known = ", ".join(sorted(sections))
        raise KeyError(f"no word class {name!r} in words.txt; known: {known}") from None
    if section.layout != layout:
        raise TypeError(f"word class {name!r} is laid out as {section.layout}, not {layout}")
    return section


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The words of class ``name``, in the file's order."""
    return tuple(word for line in _section(name, "words").lines for word in line.split())


@cache
def word_set(name: str) -> frozenset[str]:
    """The words of class ``name``."""
    return frozenset(word_list(name))


@cache
def phrases(name: str) -> tuple[str, ...]:
    """The phrases of class ``name``, in the file's order."""
    return _section(name, "phrases").lines


@cache
def mapping(name: str) -> MappingProxyType[str, str]:
    """Class ``name`` as ``{phrase: value}``, in the file's order."""
    pairs = (line.split("\t", 1) for line in _section(name, "map").lines)
    return MappingProxyType({phrase.strip(): value.strip() for phrase, value in pairs})


def names() -> list[str]:
    """Every word class the file holds."""
    return sorted(_sections())


class PhraseSet:
    """Phrases (of one word class) looked up in a list of lower-case words:
    ``starting_at(words, k)`` and ``ending_at(words, k)`` test the first (or
    last) word before joining any, since most words open no phrase."""

    __slots__ = ("_firsts", "_lasts", "_phrases", "_widths")

    def __init__(self, phrases: Iterable[str]) -> None:
        self._phrases = frozenset(phrases)
        self._firsts = frozenset(p.split()[0] for p in self._phrases)
        self._lasts = frozenset(p.split()[-1] for p in self._phrases)
        self._widths = tuple(sorted({len(p.split()) for p in self._phrases}, reverse=True))

    def __contains__(self, phrase: object) -> bool:
        return phrase in self._phrases

    def __or__(self, other: PhraseSet) -> PhraseSet:
        return PhraseSet(self._phrases | other._phrases)

    def starting_at(self, words: Sequence[str], k: int) -> int | None:
        """The index after the longest phrase starting at ``words[k]``, or None."""
        if k >= len(words) or words[k] not in self._firsts:
            return None
        for width in self._widths:
            if k + width <= len(words) and " ".join(words[k : k + width]) in self._phrases:
                return k + width
        return None

    def anywhere(self, words: Sequence[str]) -> bool:
        """Whether one of the phrases stands anywhere in ``words``."""
        return any(self.starting_at(words, k) is not None for k in range(len(words)))

    def ending_at(self, words: Sequence[str], k: int) -> int | None:
        """The index of the first word of the longest phrase ending with
        ``words[k]``, or None."""
        if k < 0 or words[k] not in self._lasts:
            return None
        for width in self._widths:
            if k - width + 1 >= 0 and " ".join(words[k - width + 1 : k + 1]) in self._phrases:
                return k - width + 1
        return None


def phrase_set(name: str) -> PhraseSet:
    """The phrases of section ``name`` as a `PhraseSet`."""
    return PhraseSet(phrases(name))
