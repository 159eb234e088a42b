"""Many documents at once, over several processes, in a stable order.

`parse_many` is the library's way; `run_batch` the ``vnpress batch`` command's:
it streams its inputs, writes JSON Lines as it goes, resumes where a run
stopped, and reports a record it cannot parse (with its file or line and id)
without stopping the others.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, NamedTuple, TypeVar

import attrs

from vnpress.errors import VnpressError
from vnpress.model import Document
from vnpress.pipeline import Pipeline, PublishedLike

Item = str | tuple[str, PublishedLike]
T = TypeVar("T")
R = TypeVar("R")
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


def _workers(jobs: int) -> int:
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, got {jobs}")
    return (os.cpu_count() or 1) if jobs == 0 else jobs


def _map_chunks(
    work: Callable[[list[T], tuple[str, ...] | None], list[R]],
    items: Iterable[T],
    workers: int,
    only: tuple[str, ...] | None,
    chunk_size: int,
) -> Iterator[R]:
    """``work`` over ``items`` in chunks, in order, over ``workers`` processes;
    at most two chunks per worker are in flight, so memory stays bounded."""
    if workers <= 1:
        for chunk in _chunks(items, chunk_size):
            yield from work(chunk, only)
        return
    from concurrent.futures import ProcessPoolExecutor  # only when processes are wanted

    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = []
        for chunk in _chunks(items, chunk_size):
            pending.append(pool.submit(work, chunk, only))
            if len(pending) >= 2 * workers:  # keep the pool busy, memory bounded
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


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
    workers = _workers(jobs)
    selected = tuple(only) if only is not None else None
    Pipeline(selected)  # unknown parser names fail here, in the caller's process
    return _map_chunks(_parse_chunk, texts, workers, selected, chunk_size)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- the `vnpress batch` command ------------------------------------------------


@attrs.frozen
class Record:
    """One input of a batch: its id, where it came from, and its text and
    publication date, or why it could not be read."""

    id: str
    where: str  # "a.txt", "in.jsonl:12"
    text: str = ""
    published: PublishedLike = None
    error: str | None = None


class BatchResult(NamedTuple):
    """What a batch did: documents parsed, already in the output, and failed."""

    parsed: int
    skipped: int
    failed: int


class BatchError(VnpressError):
    """A batch cannot run at all (its output is in use by another batch)."""


def read_inputs(source: str) -> Iterator[Record]:
    """Each document of a folder of ``.txt`` files (id: the file's relative
    path) or of a JSON Lines file (``text`` and optional ``id`` and
    ``published``; id defaults to the line number), one at a time. A file that
    is not UTF-8, a line that is not a JSON object with a ``text``, or an id
    already used comes as a record with its ``error``."""
    import json
    from pathlib import Path

    path = Path(source)
    if path.is_dir():
        for file in sorted(path.rglob("*.txt")):
            name = str(file.relative_to(path))
            try:
                yield Record(name, name, file.read_text(encoding="utf-8"))
            except UnicodeDecodeError as e:
                yield Record(name, name, error=f"not UTF-8 ({e.reason} at byte {e.start})")
        return
    if not path.exists():
        raise FileNotFoundError(2, "No such file or directory", source)
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8", errors="surrogateescape") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{source}:{n}"
            try:
                record = json.loads(line)
                text = record["text"]
                doc_id = str(record.get("id", n))
            except (ValueError, KeyError, TypeError, AttributeError):
                yield Record(str(n), where, error="expected a JSON object with a 'text'")
                continue
            if doc_id in seen:
                yield Record(
                    doc_id, where, error=f"id {doc_id!r} already used at line {seen[doc_id]}"
                )
                continue
            seen[doc_id] = n
            if not isinstance(text, str):
                yield Record(doc_id, where, error="'text' is not a string")
                continue
            yield Record(doc_id, where, text, record.get("published"))


def done_ids(out: str) -> set[str]:
    """Ids already written to ``out`` (for resuming); a torn last line is ignored."""
    import json
    from pathlib import Path

    ids: set[str] = set()
    path = Path(out)
    if not path.exists():
        return ids
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                continue
    return ids


def _drop_torn_line(sink: IO[bytes]) -> None:
    """Cut a last line left half-written by an interrupted run, so that what is
    appended next starts on a line of its own."""
    sink.seek(0, os.SEEK_END)
    size = sink.tell()
    if size == 0:
        return
    sink.seek(size - 1)
    if sink.read(1) == b"\n":
        return
    # Walk back to the last newline; a torn tail is never longer than one document.
    pos = size
    while pos > 0:
        step = min(65536, pos)
        sink.seek(pos - step)
        chunk = sink.read(step)
        k = chunk.rfind(b"\n")
        if k >= 0:
            sink.truncate(pos - step + k + 1)
            return
        pos -= step
    sink.truncate(0)


def _lock(sink: IO[bytes], out: str) -> None:
    """Hold ``out`` for this batch alone: a second batch writing the same file
    would write every record twice."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX: no advisory locks
        return
    try:
        fcntl.flock(sink.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise BatchError(f"{out} is being written by another vnpress batch; wait for it") from None


def _parse_records(chunk: list[Record], only: tuple[str, ...] | None) -> list[Document | str]:
    """Each record parsed, or the reason it could not be: one bad record does
    not stop the others."""
    pipeline = _pipeline(only)
    out: list[Document | str] = []
    for r in chunk:
        if r.error is not None:
            out.append(r.error)
            continue
        try:
            r.text.encode("utf-8")  # a lone surrogate cannot be written out
            out.append(pipeline(r.text, r.published))
        except UnicodeEncodeError:
            out.append("text holds characters that are not valid Unicode (lone surrogates)")
        except (ValueError, TypeError, VnpressError) as e:
            out.append(str(e))
    return out


def run_batch(
    source: str,
    out: str,
    *,
    jobs: int = 1,
    only: Iterable[str] | None = None,
    published: PublishedLike = None,
    progress: Callable[[str], None] | None = None,
    failed: Callable[[str], None] | None = None,
) -> BatchResult:
    """Parse every document of ``source`` into JSON Lines at ``out``, skipping
    those already there.

    A record that cannot be read or parsed is written to ``out + ".errors"``
    (``{"id", "where", "error"}``, JSON Lines) and told to ``failed``; the
    others go on. A rerun tries the failed ones again. Raises `BatchError`
    when another batch is writing ``out``.
    """
    import json
    import time

    workers = _workers(jobs)
    selected = tuple(only) if only is not None else None
    Pipeline(selected)  # unknown parser names fail here, before any output
    with open(out, "ab+") as sink:
        _lock(sink, out)
        _drop_torn_line(sink)
        skip = done_ids(out)
        records = (
            attrs.evolve(r, published=r.published or published) if published is not None else r
            for r in read_inputs(source)
            if r.error is not None or r.id not in skip  # a clash is told again, never dropped
        )
        kept: deque[Record] = deque()  # the records in flight, in order

        def feed() -> Iterator[Record]:
            for r in records:
                kept.append(r)
                yield r

        start, chars, parsed, errors = time.perf_counter(), 0, 0, 0
        error_log: Any = None
        for result in _map_chunks(_parse_records, feed(), workers, selected, 32):
            record = kept.popleft()
            if isinstance(result, str):
                errors += 1
                if error_log is None:
                    error_log = open(out + ".errors", "a", encoding="utf-8")  # noqa: SIM115
                row = {"id": record.id, "where": record.where, "error": result}
                error_log.write(json.dumps(row, ensure_ascii=False) + "\n")
                if failed is not None:
                    failed(f"{record.where} (id {record.id!r}): {result}")
                continue
            line = json.dumps({"id": record.id, **result.to_dict()}, ensure_ascii=False)
            sink.write((line + "\n").encode("utf-8"))
            parsed += 1
            chars += len(record.text)
            if progress is not None and parsed % 100 == 0:
                sink.flush()
                rate = chars / max(time.perf_counter() - start, 1e-9)
                progress(f"{parsed} documents, {rate / 1e6:.2f} M chars/s")
        if error_log is not None:
            error_log.close()
    return BatchResult(parsed, len(skip), errors)
