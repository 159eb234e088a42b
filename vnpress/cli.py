"""The ``vnpress`` command: ``vnpress parse FILE|- [--published DATE] [--only ...] [--format ...]``,
``vnpress batch SOURCE --out FILE``, ``vnpress evaluate GOLD_DIR [--docs ROOT]``.

``--format dyads`` writes the document's source-target-CAMEO rows as
tab-separated values with a header (`vnpress.model.Dyad.COLUMNS`).

Errors are one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from vnpress._version import __version__
from vnpress.errors import VnpressError
from vnpress.inputs import parse_bytes
from vnpress.model import Document, Dyad, Span
from vnpress.pipeline import Pipeline
from vnpress.published import coerce_published

EXIT_USAGE = 2
EXIT_ERROR = 1
EXIT_INTERRUPTED = 130  # as a shell reports Ctrl-C


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"vnpress: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="vnpress", description="Structured data from Vietnamese press text.")
    ap.add_argument("--version", action="version", version=f"vnpress {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser("parse", help="parse one text file (or - for standard input)")
    p.add_argument("file", help="a UTF-8 text file, or - to read standard input")
    p.add_argument("--published", help="publication date, ISO (2024-10-25)")
    p.add_argument("--only", help="comma-separated parsers to run (default: the built-in ones)")
    p.add_argument("--also", help="comma-separated registered plugins to run as well")
    p.add_argument("--format", choices=["json", "jsonl", "table", "dyads"], default="json")
    b = sub.add_parser(
        "batch", help="parse a folder of .txt files or a JSON Lines file into JSON Lines"
    )
    b.add_argument(
        "source", help="a folder of .txt files, or a .jsonl file of {text, id, published}"
    )
    b.add_argument("--out", required=True, help="JSON Lines output; a rerun skips what it holds")
    b.add_argument("--jobs", type=int, default=1, help="worker processes (0: every core)")
    b.add_argument("--only", help="comma-separated parsers to run (default: all)")
    b.add_argument("--published", help="publication date for inputs that give none")
    b.add_argument("--quiet", action="store_true", help="no progress on stderr")
    e = sub.add_parser("evaluate", help="score vnpress on gold annotations (docs/evaluate.md)")
    e.add_argument("gold_dir", help="a folder of gold .json files")
    e.add_argument("--docs", help="the folder the gold files' 'doc' paths are relative to")
    e.add_argument("--format", choices=["table", "json"], default="table")
    e.add_argument(
        "--errors",
        nargs="?",
        const="all",
        choices=["all", "dates", "officials", "agreements", "commitments", "events"],
        help="list every miss, false alarm and wrong value (of one kind)",
    )
    e.add_argument("--only", help="comma-separated parsers to run (default: the built-in ones)")
    return ap


def _read(path: str) -> bytes:
    """The bytes of ``path`` or of standard input (``-``): decoded by the
    library's own detection (UTF-8 with or without a BOM, UTF-16, CP1258)."""
    if path == "-":
        raw = getattr(sys.stdin, "buffer", None)
        # a replaced stdin (tests, notebooks) gives str: already decoded
        return raw.read() if raw is not None else sys.stdin.read().encode("utf-8")
    with open(path, "rb") as handle:
        return handle.read()


def _write(text: str) -> None:
    """``text`` to standard output as UTF-8, whatever the locale says."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None:  # a replaced stdout (tests, notebooks) takes str
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        out.write(text.encode("utf-8"))
        out.flush()


def _table(doc: Document, out: TextIO) -> None:
    """One row per item of every parser, then the document's warnings."""
    rows = [_row(name, item) for name in doc.kinds for item in doc.items(name)]
    if not rows:
        out.write("(nothing found)\n")
    else:
        widths = [max(len(r[i]) for r in rows) for i in range(3)]
        widths[2] = min(widths[2], 48)
        for kind, span, text, summary in rows:
            text = text.replace("\n", " ")
            text = text if len(text) <= 48 else text[:47] + "…"
            out.write(f"{kind:<{widths[0]}}  {span:>{widths[1]}}  {text:<{widths[2]}}  {summary}\n")
    for warning in doc.warnings:
        out.write(f"warning: {warning}\n")


def write_dyads(doc: Document, out: TextIO) -> None:
    """``doc``'s dyads as TSV: a header, then one row each (empty for none)."""
    out.write("\t".join(Dyad.COLUMNS) + "\n")
    for dyad in doc.dyads():
        values = dyad.to_dict()
        cells = ("" if values[c] is None else str(values[c]) for c in Dyad.COLUMNS)
        out.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells) + "\n")


def _row(name: str, item: Any) -> tuple[str, str, str, str]:
    if isinstance(item, Span):
        return name, f"{item.start}-{item.end}", item.text, item.describe()
    return name, "", "", json.dumps(item, ensure_ascii=False, default=str)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    args = parser.parse_args(argv)
    if args.command == "batch":
        return _batch(args)
    if args.command == "evaluate":
        return _evaluate(args)
    try:
        published = coerce_published(args.published)
        only, also = _names(args.only), _names(args.also) or ()
        Pipeline(only, also=also)  # unknown names fail before the file is read
        data = _read(args.file)
        doc = parse_bytes(data, published, only=only, also=also)
    except FileNotFoundError:
        return _fail(f"no such file: {args.file}")
    except IsADirectoryError:
        return _fail(f"{args.file} is a folder; use vnpress batch for folders")
    except OSError as e:
        return _fail(f"cannot read {args.file}: {e.strerror or e}")
    except (ValueError, TypeError, VnpressError) as e:
        return _fail(str(e))
    try:
        _write(_render(doc, args.format))
    except BrokenPipeError:
        return 0  # "| head": the reader has what it wanted
    except OSError as e:
        return _fail(f"cannot write the output: {e.strerror or e}")
    return 0


def _render(doc: Document, fmt: str) -> str:
    out = io.StringIO()
    if fmt == "dyads":
        write_dyads(doc, out)
    elif fmt == "json":
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n")
    elif fmt == "jsonl":
        out.write(doc.to_json() + "\n")
    else:
        _table(doc, out)
    return out.getvalue()


def _batch(args: argparse.Namespace) -> int:
    from vnpress.batch import run_batch

    def progress(line: str) -> None:
        sys.stderr.write(f"vnpress: {line}\n")

    def failed(line: str) -> None:
        sys.stderr.write(f"vnpress: failed: {line}\n")

    try:
        result = run_batch(
            args.source,
            args.out,
            jobs=args.jobs,
            only=_names(args.only),
            published=coerce_published(args.published),
            progress=None if args.quiet else progress,
            failed=failed,
        )
    except KeyboardInterrupt:
        sys.stderr.write(
            f"vnpress: interrupted; run the same command again to resume into {args.out}\n"
        )
        return EXIT_INTERRUPTED
    except FileNotFoundError as e:
        return _fail(f"no such file or folder: {e.filename}")
    except (OSError, UnicodeDecodeError) as e:
        return _fail(str(e))
    except (ValueError, TypeError, VnpressError) as e:
        return _fail(str(e))
    if not args.quiet:
        progress(f"done: {result.parsed} parsed, {result.skipped} already in {args.out}")
    if result.failed:
        return _fail(
            f"{result.failed} documents failed; see {args.out}.errors (a rerun tries them again)"
        )
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from vnpress.evaluation import GoldError, evaluate

    try:
        result = evaluate(args.gold_dir, args.docs, only=_names(args.only))
    except FileNotFoundError as e:
        return _fail(f"no such folder: {e.filename}")
    except (GoldError, OSError, ValueError, VnpressError) as e:
        return _fail(str(e))
    if args.errors:
        rows = result.errors if args.errors == "all" else result.errors_of(args.errors)
        _write("".join("\t".join(row) + "\n" for row in rows))
    elif args.format == "json":
        _write(json.dumps(result.metrics, ensure_ascii=False, indent=2) + "\n")
    else:
        _write("".join(f"{name:32} {value}\n" for name, value in result.metrics.items()))
    return 0


def _names(listed: str | None) -> list[str] | None:
    """``--only a,b``: the names, or None when the option is not given."""
    if listed is None:
        return None
    names = [n.strip() for n in listed.split(",") if n.strip()]
    if not names:
        raise ValueError(f"no parser named in {listed!r}")
    return names


def _fail(message: str) -> int:
    sys.stderr.write(f"vnpress: error: {message}\n")
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
