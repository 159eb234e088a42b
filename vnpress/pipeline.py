"""Run registered parsers over a text, in dependency order."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import attrs

from vnpress import registry as _registry
from vnpress.errors import ParserError
from vnpress.model import Document
from vnpress.registry import ParserSpec, Registry
from vnpress.text.encoding import encoding_problems
from vnpress.text.html import looks_like_html

PublishedLike = date | datetime | str | None


class Pipeline:
    """A fixed sequence of parsers.

    ``Pipeline(["commitments"])`` runs ``commitments`` and what it requires
    (``officials``, ``dates``), dependencies first; ``Pipeline()`` runs the
    built-in parsers, and ``Pipeline(also=["hashtags"])`` those and a
    registered plugin. A pipeline is reusable and holds no per-document state.

    Examples:
        >>> Pipeline(["dates"])("Sáng 29.6", published="2017-06-29").dates[0].value
        '2017-06-29'
    """

    def __init__(
        self,
        names: Iterable[str] | None = None,
        *,
        also: Iterable[str] = (),
        registry: Registry | None = None,
    ):
        self.registry = registry if registry is not None else _registry.default
        wanted = _listed(names) if names is not None else self.registry.defaults()
        wanted += [name for name in _listed(also) if name not in wanted]
        if not wanted:
            raise ValueError("a pipeline needs at least one parser")
        self.steps: tuple[ParserSpec, ...] = tuple(self.registry.resolve(wanted))

    @property
    def names(self) -> list[str]:
        """The parsers this pipeline runs, in order."""
        return [step.name for step in self.steps]

    def __repr__(self) -> str:
        return f"Pipeline({self.names!r})"

    def __call__(self, text: str, published: PublishedLike = None) -> Document:
        """Parse ``text``; ``published`` grounds relative dates (``hôm nay``).

        Text that looks wrongly decoded (mojibake, VNI, TCVN3) or that is HTML is
        parsed all the same, with a warning on the document saying so.
        """
        doc = Document(text=text, published=published)
        warnings = encoding_problems(text)
        if looks_like_html(text):
            warnings.append(
                "the text looks like HTML; parse it with vnpress.parse_html to skip the markup"
            )
        if doc.published is not None and doc.published.year in _CALENDAR_EDGES:
            warnings.append(
                f"published {doc.published.isoformat()} is at the edge of the calendar: "
                "relative dates that would fall outside it keep X parts"
            )
        if warnings:
            doc = attrs.evolve(doc, warnings=warnings)
        return self.run(doc)

    def run(self, doc: Document) -> Document:
        """Apply the parsers to an existing document, returning a new one.

        A parser that raises, or returns something that is not a sequence of
        items, stops the run with a `vnpress.errors.ParserError` naming it.
        """
        with _collector_paused(len(doc.text) >= PAUSE_COLLECTOR_FROM):
            for step in self.steps:
                doc = doc.with_items(step.name, _run(step, doc))
        return doc


# The first and last years of `datetime.date`.
_CALENDAR_EDGES = frozenset({1, 9999})


def _run(step: ParserSpec, doc: Document) -> tuple[object, ...]:
    try:
        items = step.func(doc)
    except ParserError:
        raise
    except Exception as e:
        raise ParserError(f"parser {step.name!r} failed: {type(e).__name__}: {e}") from e
    if items is None or isinstance(items, (str, bytes)) or not hasattr(items, "__iter__"):
        raise ParserError(
            f"parser {step.name!r} returned {type(items).__name__}, not a sequence of items"
        )
    return tuple(items)


def _listed(names: Iterable[str]) -> list[str]:
    """Parser names as a list; one name alone may be given as a string."""
    return [names] if isinstance(names, str) else list(names)


# From this many characters on, a parse pauses Python's cyclic garbage collector
# while it runs. A parse builds no reference cycles (a test checks), so the
# collector finds nothing in what it builds; but on each full pass it walks
# every object alive, and a multi-megabyte document keeps a million tokens
# alive: parsing 10 MB took 11.5 times as long as 1 MB with the collector
# running, 9.6 times without. News articles are far below this and parse with
# the collector untouched. Set it to `math.inf` to never pause.
PAUSE_COLLECTOR_FROM: float = 1_000_000


@contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector if ``pause`` and it is running;
    start it again afterwards, whatever happens. Cyclic garbage made by other
    threads in the meantime is collected then."""
    if not (pause and gc.isenabled()):
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse(
    text: str,
    published: PublishedLike = None,
    *,
    only: Iterable[str] | None = None,
    also: Iterable[str] = (),
) -> Document:
    """Parse ``text`` with the built-in parsers, or just ``only`` (and what they
    require); ``also`` adds registered plugins by name.

    ``published`` (a `date`, `datetime` or ISO string) is the publication date
    against which relative and year-less dates are resolved.
    """
    return Pipeline(only, also=also)(text, published)


def find_items(name: str, text: str, published: PublishedLike = None) -> tuple[Any, ...]:
    """What parser ``name`` (and what it requires) finds in ``text``: the body
    of each parser module's ``find_*`` function."""
    return Pipeline([name])(text, published).items(name)
