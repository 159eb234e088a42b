"""Many documents at once, over several processes, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence

from vnpress.model import Document
from vnpress.pipeline import Pipeline, PublishedLike

Item = str | tuple[str, PublishedLike]
_PIPELINES: dict[tuple[str, ...] | None, Pipeline] = {}


def _pipeline(only: tuple[str, ...] | None) -> Pipeline:
    # One pipeline per worker process and parser selection, built on first use.
    if only not in _PIPELINES:
        _PIPELINES[only] = Pipeline(only)
    return _PIPELINES[only]


def _parse_chunk(chunk: Sequence[Item], only: tuple[str, ...] | None) -> list[Document]:
    pipeline = _pipeline(only)
    out = []
    for item in chunk:
        text, published = (item, None) if isinstance(item, str) else item
        out.append(pipeline(text, published))
    return out


def parse_many(
    texts: Iterable[Item],
    *,
    jobs: int = 1,
    only: Iterable[str] | None = None,
    chunk_size: int = 32,
) -> Iterator[Document]:
    """Parse many texts, each a ``str`` or a ``(text, published)`` pair.

    Documents come back in the order the texts were given, and are the same
    whatever ``jobs`` is. ``jobs=0`` uses every core. Work is sent to the worker
    processes in chunks of ``chunk_size`` texts, so that big corpora stream
    through in bounded memory.
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, got {jobs}")
    selected = tuple(only) if only is not None else None
    Pipeline(selected)  # unknown parser names fail here, in the caller's process
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    if workers <= 1:
        for chunk in _chunks(texts, chunk_size):
            yield from _parse_chunk(chunk, selected)
        return
    from concurrent.futures import ProcessPoolExecutor  # only when processes are wanted

    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = []
        for chunk in _chunks(texts, chunk_size):
            pending.append(pool.submit(_parse_chunk, chunk, selected))
            if len(pending) >= 2 * workers:  # keep the pool busy, memory bounded
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
