"""Throughput of vnpress against its peers, measured side by side in one process.

    python benchmarks/run.py [--limit N]

Reads the articles of ../shared/corpus/unc, runs each system over the same
texts, prints a table and writes it to benchmarks/RESULTS.md. Peers that are
not installed are left out of the table, with a note.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unc"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def _published(text: str) -> str | None:
    for line in text.splitlines()[:5]:
        if line.startswith("# date = "):
            return line.removeprefix("# date = ").strip()
    return None


def _vnpress_dates() -> Callable[[str, str | None], object]:
    from vnpress.dates import find_dates

    return find_dates


def _vnpress_all() -> Callable[[str, str | None], object]:
    import vnpress

    return lambda text, published: vnpress.parse(text, published)


def _dateparser() -> Callable[[str, str | None], object]:
    from datetime import datetime

    from dateparser.search import search_dates

    def run(text: str, published: str | None) -> object:
        settings = {"PREFER_DATES_FROM": "past"}
        if published:
            settings["RELATIVE_BASE"] = datetime.strptime(published, "%Y%m%d")  # type: ignore[assignment]
        return search_dates(text, languages=["vi"], settings=settings)

    return run


SYSTEMS: dict[str, Callable[[], Callable[[str, str | None], object]]] = {
    "vnpress (all parsers)": _vnpress_all,
    "vnpress dates": _vnpress_dates,
    "dateparser.search_dates": _dateparser,
}


def measure(run: Callable[[str, str | None], object], texts: list[str]) -> float:
    """Characters per second over ``texts`` (after one warm-up call)."""
    run(texts[0], _published(texts[0]))
    start = time.perf_counter()
    for text in texts:
        run(text, _published(text))
    elapsed = time.perf_counter() - start
    return sum(map(len, texts)) / elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=300, help="articles to use (0: all)")
    args = ap.parse_args()
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        print(f"no corpus at {CORPUS}; nothing to measure")
        return 0
    texts = [p.read_text(encoding="utf-8") for p in files[: args.limit or None]]
    rows: list[tuple[str, float]] = []
    notes: list[str] = []
    for name, make in SYSTEMS.items():
        try:
            run = make()
        except ImportError as e:
            notes.append(f"{name}: not installed ({e.name})")
            continue
        rows.append((name, measure(run, texts)))
    base = dict(rows).get("dateparser.search_dates")
    lines = [
        f"Corpus: {len(texts)} articles, {sum(map(len, texts)):,} characters.",
        "",
        "| system | characters/s | × dateparser |",
        "|---|---:|---:|",
    ]
    for name, cps in rows:
        ratio = f"{cps / base:.1f}" if base else "n/a"
        lines.append(f"| {name} | {cps:,.0f} | {ratio} |")
    lines += [""] + [f"- {n}" for n in notes]
    table = "\n".join(lines).rstrip() + "\n"
    print(table)
    RESULTS.write_text("# Benchmark results\n\n" + table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
