"""Events from a week of (invented) press releases: a timeline and a graph
of who met whom, from `Document.events` and `Document.dyads`.

    python examples/diplomatic_week.py     # prints the events and the dyads,
                                           # and draws events_timeline.png and
                                           # events_graph.png (with matplotlib)

The releases are in diplomatic_week.txt, each after a ``# date = YYYY-MM-DD``
line giving its publication date.
"""

from __future__ import annotations

import math
from pathlib import Path

import vnpress

HERE = Path(__file__).resolve().parent
# One colour per event type, for the timeline.
COLOURS = {
    "talks": "#2563eb", "meeting": "#16a34a", "call": "#9333ea", "visit": "#ea580c",
    "signing": "#0d9488", "conference": "#ca8a04", "ceremony": "#db2777", "press": "#64748b",
}  # fmt: skip


def releases(path: Path) -> list[tuple[str, str]]:
    """``(published, text)`` for each release of the file."""
    out: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# date = "):
            out.append((line.removeprefix("# date = ").strip(), []))
        elif out:
            out[-1][1].append(line)
    return [(published, "\n".join(lines)) for published, lines in out]


def parse_week(path: Path) -> list[vnpress.Document]:
    return [vnpress.parse(text, published=published) for published, text in releases(path)]


def show(docs: list[vnpress.Document]) -> None:
    for doc in docs:
        for n, e in enumerate(doc.events):
            within = f" within #{e.within}" if e.within is not None else ""
            print(
                f"  #{n} {e.type:10} {e.status:8} {e.date or '?':24} "
                f"{' – '.join(e.participants)} @ {e.place or '?'} [{e.cameo}]{within}"
            )
    print("dyads:")
    for doc in docs:
        for d in doc.dyads():
            print(
                f"  {d.source_country} -> {d.target_country}  {d.cameo}  {d.source} -> {d.target}"
            )


def _day(value: str | None) -> str | None:
    """The first day of a Date value (``2025-03-09/2025-03-11`` → ``2025-03-09``)."""
    if not value or len(value.split("/")[0]) != 10:
        return None
    return value.split("/")[0]


def plot_timeline(docs: list[vnpress.Document], path: Path) -> Path | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("(install matplotlib to draw the timeline)")
        return None
    from datetime import date

    rows = [
        (e, date.fromisoformat(day)) for doc in docs for e in doc.events if (day := _day(e.date))
    ]
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(rows) + 1.5))
    for y, (e, day) in enumerate(rows):
        ax.scatter([day], [y], s=120, color=COLOURS[e.type], zorder=2)
        countries = e.participant_countries
        shown = " – ".join(countries[:3]) + (
            f" +{len(countries) - 3}" if len(countries) > 3 else ""
        )
        ax.annotate(
            f"{e.type}: {shown}",
            (day, y), xytext=(8, -4), textcoords="offset points", fontsize=9,
        )  # fmt: skip
    ax.set_yticks([])
    ax.set_title("Events of the week")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def plot_graph(docs: list[vnpress.Document], path: Path) -> Path | None:
    """Countries (or groups, ``ASEAN``) as nodes, an edge for each pair that
    met: the events' dyads coded 04x (consult, visit)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("(install matplotlib to draw who met whom)")
        return None
    met = {
        tuple(sorted((d.source_country or d.source, d.target_country or d.target)))
        for doc in docs
        for d in doc.dyads()
        if d.produced_by == "events" and d.cameo.startswith("04")
        and (d.source_country or d.source) != (d.target_country or d.target)
    }  # fmt: skip
    nodes = sorted({c for pair in met for c in pair})
    where = {
        c: (math.cos(2 * math.pi * k / len(nodes)), math.sin(2 * math.pi * k / len(nodes)))
        for k, c in enumerate(nodes)
    }
    fig, ax = plt.subplots(figsize=(5, 5))
    for a, b in met:
        ax.plot(*zip(where[a], where[b], strict=True), color="#94a3b8", zorder=1)
    for c, (x, y) in where.items():
        ax.scatter([x], [y], s=900, color="#fde68a", zorder=2)
        ax.annotate(c, (x, y), ha="center", va="center", fontsize=11)
    ax.set_title("Who met whom")
    ax.axis("off")
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.5, 1.5)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


if __name__ == "__main__":
    week = parse_week(HERE / "diplomatic_week.txt")
    show(week)
    for drawn in (
        plot_timeline(week, HERE / "events_timeline.png"),
        plot_graph(week, HERE / "events_graph.png"),
    ):
        if drawn:
            print("drew", drawn)
