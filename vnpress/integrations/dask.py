"""vnpress on a Dask cluster: parse a ``dask.bag`` of texts, or a column of a
``dask.dataframe``, partition by partition.

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


def parse_dataframe(
    frame: Any,
    *,
    text: str = "text",
    published: str | None = None,
    only: Iterable[str] | None = None,
    column: str = "vnpress",
) -> Any:
    """``frame`` with a column ``column`` of schema ``vnpress/1`` JSON strings,
    one per row, parsed partition by partition.

    The output's metadata is given, not inferred: Dask's inference would call
    the parser on placeholder rows (``"a"`` for a date, missing text).
    """
    selected = tuple(only) if only is not None else None
    meta = frame._meta.assign(**{column: _empty_column(frame._meta)})
    return frame.map_partitions(
        _parse_rows, text, published, selected, column, meta=meta, enforce_metadata=False
    )


def _empty_column(like: Any) -> Any:
    """An empty object column with ``like``'s index, for the output's metadata."""
    pd = _pandas()
    return pd.Series([], dtype=object, index=like.index[:0])


def _parse_rows(
    part: Any, text: str, published: str | None, only: tuple[str, ...] | None, column: str
) -> Any:
    import json

    dates = part[published] if published else [None] * len(part)
    pairs = [(t, _published(p)) for t, p in zip(part[text], dates, strict=True)]
    docs = parse_many(pairs, only=only)
    return part.assign(**{column: [json.dumps(d.to_dict(), ensure_ascii=False) for d in docs]})


def _published(value: Any) -> Any:
    """A frame's missing value (``None``, ``NaN``, ``NaT``, ``pd.NA``) is no date."""
    pd = _pandas()
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value


def _pandas() -> Any:
    """pandas, untyped: a dataframe's partitions are pandas frames."""
    import importlib

    return importlib.import_module("pandas")
