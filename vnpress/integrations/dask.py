"""vnpress on a Dask cluster: parse a ``dask.bag`` of texts partition by partition.

    import dask.bag as db
    from vnpress.integrations.dask import parse_bag

    records = parse_bag(db.from_sequence(pairs, npartitions=64))   # (text, published)
    records.to_textfiles("out/*.jsonl")                              # via .map(json.dumps)

Each partition is parsed in its worker with `vnpress.parse_many`, which builds
one pipeline per worker process, so the lexicons are compiled once per worker,
not once per document.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from vnpress.batch import Item, parse_many


def _parse_partition(part: Iterable[Item], only: tuple[str, ...] | None) -> list[dict[str, Any]]:
    return [doc.to_dict() for doc in parse_many(part, only=only)]


def parse_bag(bag: Any, *, only: Iterable[str] | None = None) -> Any:
    """A bag of schema ``vnpress/1`` dictionaries, one per text of ``bag`` (each a
    ``str`` or a ``(text, published)`` pair), in the same order."""
    selected = tuple(only) if only is not None else None
    return bag.map_partitions(_parse_partition, selected)


def parse_dataframe(frame: Any, *, text: str = "text", published: str | None = None) -> Any:
    """A dask ``DataFrame`` column of schema ``vnpress/1`` JSON strings, one per row."""
    import json

    def parse_rows(part: Any) -> Any:
        pairs = zip(part[text], part[published] if published else [None] * len(part), strict=True)
        docs = parse_many(((t, p) for t, p in pairs))
        return part.assign(vnpress=[json.dumps(d.to_dict(), ensure_ascii=False) for d in docs])

    return frame.map_partitions(parse_rows)
