"""The ``vnpress`` command: ``vnpress parse FILE|- [--published DATE] [--only ...] [--format ...]``.

``--format dyads`` writes the document's source-target-CAMEO rows as
tab-separated values with a header (`vnpress.model.Dyad.COLUMNS`).

Errors are one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from vnpress._version import __version__
from vnpress.errors import VnpressError
from vnpress.model import Document, Dyad, Span
from vnpress.pipeline import Pipeline
from vnpress.published import coerce_published

EXIT_USAGE = 2
EXIT_ERROR = 1


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
    return ap


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


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
    try:
        published = coerce_published(args.published)
        pipeline = Pipeline(_names(args.only), also=_names(args.also) or ())
        text = _read(args.file)
        doc = pipeline(text, published)
    except FileNotFoundError:
        return _fail(f"no such file: {args.file}")
    except (OSError, UnicodeDecodeError) as e:
        return _fail(f"cannot read {args.file}: {e}")
    except (ValueError, TypeError, VnpressError) as e:
        return _fail(str(e))
    if args.format == "dyads":
        write_dyads(doc, sys.stdout)
        return 0
    data = doc.to_dict()
    if args.format == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        _table(doc, sys.stdout)
    return 0


def _batch(args: argparse.Namespace) -> int:
    from vnpress.batch import run_batch

    def progress(line: str) -> None:
        sys.stderr.write(f"vnpress: {line}\n")

    try:
        parsed, skipped = run_batch(
            args.source,
            args.out,
            jobs=args.jobs,
            only=_names(args.only),
            published=coerce_published(args.published),
            progress=None if args.quiet else progress,
        )
    except FileNotFoundError as e:
        return _fail(f"no such file or folder: {e.filename}")
    except (OSError, UnicodeDecodeError) as e:
        return _fail(str(e))
    except (ValueError, TypeError, VnpressError) as e:
        return _fail(str(e))
    if not args.quiet:
        progress(f"done: {parsed} parsed, {skipped} already in {args.out}")
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
