"""Many documents at once, over several processes, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence

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


# -- the `vnpress batch` command ------------------------------------------------


def read_inputs(source: str) -> Iterator[tuple[str, str, PublishedLike]]:
    """``(id, text, published)`` for each document of a folder of ``.txt`` files
    (id: the file's relative path) or of a JSON Lines file (``text`` and optional
    ``id`` and ``published``; id defaults to the line number)."""
    import json
    from pathlib import Path

    path = Path(source)
    if path.is_dir():
        for file in sorted(path.rglob("*.txt")):
            yield str(file.relative_to(path)), file.read_text(encoding="utf-8"), None
        return
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
            except (ValueError, KeyError, TypeError) as e:
                raise ValueError(f"{source}:{n}: expected a JSON object with a 'text'") from e
            yield str(record.get("id", n)), text, record.get("published")


def done_ids(out: str) -> set[str]:
    """Ids already written to ``out`` (for resuming); a torn last line is ignored."""
    import json
    from pathlib import Path

    ids: set[str] = set()
    path = Path(out)
    if not path.exists():
        return ids
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                continue
    return ids


def _drop_torn_line(out: str) -> None:
    """Cut a last line left half-written by an interrupted run, so that what is
    appended next starts on a line of its own."""
    import os

    if not os.path.exists(out):
        return
    with open(out, "rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        if size == 0:
            return
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return
        # Walk back to the last newline; a torn tail is never longer than one document.
        pos = size
        while pos > 0:
            step = min(65536, pos)
            f.seek(pos - step)
            chunk = f.read(step)
            k = chunk.rfind(b"\n")
            if k >= 0:
                f.truncate(pos - step + k + 1)
                return
            pos -= step
        f.truncate(0)


def run_batch(
    source: str,
    out: str,
    *,
    jobs: int = 1,
    only: Iterable[str] | None = None,
    published: PublishedLike = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[int, int]:
    """Parse every document of ``source`` into JSON Lines at ``out``, skipping
    those already there. Returns ``(parsed, skipped)``."""
    import json
    import time

    _drop_torn_line(out)
    skip = done_ids(out)
    pending = [(i, t, p or published) for i, t, p in read_inputs(source) if i not in skip]
    start, chars, parsed = time.perf_counter(), 0, 0
    with open(out, "a", encoding="utf-8") as sink:
        docs = parse_many(((t, p) for _, t, p in pending), jobs=jobs, only=only)
        for (doc_id, text, _), doc in zip(pending, docs, strict=True):
            sink.write(json.dumps({"id": doc_id, **doc.to_dict()}, ensure_ascii=False) + "\n")
            parsed += 1
            chars += len(text)
            if progress is not None and (parsed % 100 == 0 or parsed == len(pending)):
                sink.flush()
                rate = chars / max(time.perf_counter() - start, 1e-9)
                progress(f"{parsed}/{len(pending)} documents, {rate / 1e6:.2f} M chars/s")
    return parsed, len(skip)
