"""Run registered parsers over a text, in dependency order."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime

import attrs

from vnpress import registry as _registry
from vnpress.model import Document
from vnpress.registry import ParserSpec, Registry
from vnpress.text.encoding import encoding_problems
from vnpress.text.html import looks_like_html

PublishedLike = date | datetime | str | None


class Pipeline:
    """A fixed sequence of parsers.

    ``Pipeline(["commitments"])`` runs ``commitments`` and what it requires
    (``officials``, ``dates``), dependencies first; ``Pipeline()`` runs every
    parser available. A pipeline is reusable and holds no per-document state.

    >>> Pipeline(["dates"])("Sáng 29.6", published="2017-06-29").dates[0].value
    '2017-06-29'
    """

    def __init__(self, names: Iterable[str] | None = None, *, registry: Registry | None = None):
        self.registry = registry if registry is not None else _registry.default
        if isinstance(names, str):
            names = [names]
        wanted = list(names) if names is not None else self.registry.names()
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
        if warnings:
            doc = attrs.evolve(doc, warnings=warnings)
        return self.run(doc)

    def run(self, doc: Document) -> Document:
        """Apply the parsers to an existing document, returning a new one."""
        with _collector_paused(len(doc.text) >= PAUSE_COLLECTOR_FROM):
            for step in self.steps:
                doc = doc.with_items(step.name, step.func(doc))
        return doc


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
) -> Document:
    """Parse ``text`` with every available parser (or just ``only`` and their requirements).

    ``published`` (a `date`, `datetime` or ISO string) is the publication date
    against which relative and year-less dates are resolved.
    """
    return Pipeline(only)(text, published)
