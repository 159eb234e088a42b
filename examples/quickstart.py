"""vnpress in five steps, on the example press release next to this script.

    python examples/quickstart.py            # prints, and draws who_met_whom.png

1. parse a press release with every parser;
2. compose a pipeline of just two parsers;
3. register a parser of your own (meetings between officials);
4. get a table (pandas) and JSON Lines;
5. plot who met whom (matplotlib, if installed).
"""

from __future__ import annotations

import math
from pathlib import Path

import attrs

import vnpress

HERE = Path(__file__).resolve().parent
TEXT = (HERE / "press_release.txt").read_text(encoding="utf-8")
MEETING_VERBS = ("hội đàm", "tiếp", "gặp", "điện đàm", "hội kiến")


# 1. Every parser.
doc = vnpress.parse(TEXT, published="2025-03-12")
print(doc)
for date in doc.dates:
    print(f"  date        {date.text!r:32} {date.value}")
for person in doc.officials:
    print(f"  official    {person.name!r:32} {person.role}, {person.country}")
for agreement in doc.agreements:
    print(f"  agreement   {agreement.type:12} {agreement.status:9} {agreement.parties}")
for c in doc.commitments:
    print(f"  commitment  {c.kind:8} {c.actor!r}: {c.content[:50]}")

# 2. Only the parsers you need (and what they require).
pipeline = vnpress.Pipeline(["dates", "officials"])
light = pipeline(TEXT, published="2025-03-12")
print(pipeline, "->", len(light.dates), "dates,", len(light.officials), "officials")


# 3. A parser of your own: who met whom, from sentences with a meeting verb.
@attrs.frozen
class Meeting:
    text: str
    start: int
    end: int
    people: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return attrs.asdict(self)


@vnpress.parser("meetings", requires=["officials"])
def meetings(doc: vnpress.Document) -> list[Meeting]:
    found = []
    for start, end in doc.analysis.sentences:
        s_start, s_end = doc.clean.original_span(start, end)
        sentence = doc.text[s_start:s_end]
        if not any(verb in sentence for verb in MEETING_VERBS):
            continue
        people = {o.name for o in doc.officials if s_start <= o.start < s_end}
        if len(people) >= 2:
            found.append(Meeting(sentence, s_start, s_end, tuple(sorted(people))))
    return found


with_meetings = vnpress.Pipeline(["meetings"])(TEXT, published="2025-03-12")
for meeting in with_meetings.items("meetings"):
    print("  meeting    ", " <-> ".join(meeting.people))

# 4. A table, and JSON Lines.
try:
    print(doc.to_pandas()[["parser", "text", "start", "end"]].head())
except ImportError:
    print("(install pandas for doc.to_pandas())")
print(doc.to_json()[:120], "…")


# 5. Who met whom.
def plot(doc: vnpress.Document, path: Path) -> Path | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("(install matplotlib to draw who met whom)")
        return None
    names = sorted({name for m in doc.items("meetings") for name in m.people})
    where = {
        name: (math.cos(2 * math.pi * k / len(names)), math.sin(2 * math.pi * k / len(names)))
        for k, name in enumerate(names)
    }
    fig, ax = plt.subplots(figsize=(6, 6))
    for m in doc.items("meetings"):
        for a in m.people:
            for b in m.people:
                if a < b:
                    ax.plot(*zip(where[a], where[b], strict=True), color="#94a3b8", zorder=1)
    for name, (x, y) in where.items():
        ax.scatter([x], [y], s=600, color="#fed7aa", zorder=2)
        ax.annotate(name, (x, y), ha="center", va="center", fontsize=9)
    ax.set_title("Who met whom")
    ax.axis("off")
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.5, 1.5)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


if __name__ == "__main__":
    drawn = plot(with_meetings, HERE / "who_met_whom.png")
    if drawn:
        print("drew", drawn)
