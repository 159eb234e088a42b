"""vnpress against its peers, measured side by side in one run.

    python benchmarks/run.py [--peer-docs N]

Reads the articles of ../shared/corpus/unc, and writes benchmarks/RESULTS.md:

* throughput of each system on the same articles (the slow peers on the first
  ``--peer-docs`` of them), its ratio to vnpress, and its peak Python memory;
* the whole pipeline over the whole corpus in a fresh process (chars/s, peak RSS);
* how cost grows: one 10 MB document against one 1 MB document;
* a fresh process parsing its first article (import and first parse) against
  dateparser's fresh process searching the same article, and ``import
  vnpress`` against ``import dateparser``: processes taking turns, ratios the
  median of same-round ratios.

Peers that are not installed are left out, with a note.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unc"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
REPEATS = 3  # passes over the articles for each system, the same for all
BLOCK = 50  # articles a system parses in one turn
IMPORT_RUNS = 10  # the best of several: start-up time varies with the machine's load

Runner = Callable[[str, str | None], object]


def _published(text: str) -> str | None:
    for line in text.splitlines()[:5]:
        if line.startswith("# date = "):
            return line.removeprefix("# date = ").strip()
    return None


def _vnpress_all() -> Runner:
    import vnpress

    return lambda text, published: vnpress.parse(text, published)


def _vnpress_dates() -> Runner:
    from vnpress.dates import find_dates

    return find_dates


def _dateparser() -> Runner:
    from datetime import datetime

    from dateparser.search import search_dates

    def run(text: str, published: str | None) -> object:
        settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
        if published:
            settings["RELATIVE_BASE"] = datetime.strptime(published, "%Y%m%d")
        return search_dates(text, languages=["vi"], settings=settings)

    return run


def _underthesea() -> Runner:
    import underthesea

    def run(text: str, published: str | None) -> object:
        return [underthesea.ner(s) for s in underthesea.sent_tokenize(text)]

    run(".", None)  # loads its model outside the timing
    return run


def side_by_side(runners: dict[str, Runner], texts: list[str]) -> dict[str, list[float]]:
    """Seconds each system spends on ``texts``, in each of `REPEATS` passes.

    The systems take turns, `BLOCK` articles at a time, so that each pass of
    each system sees the same load on the machine: on a shared machine that
    load changes from minute to minute, and systems measured one after the
    other can differ by a third for that alone. (Turns of one article each
    would also measure each system with caches its peers have just emptied.)
    vnpress is first run over every article once, so that patterns it compiles
    on first use are not timed (a one-time cost a process parsing an archive
    pays once); each peer is first run on one article, which loads its models.
    """
    for name, run in runners.items():
        for text in texts if name.startswith("vnpress") else texts[:1]:
            run(text, _published(text))
    pairs = [(text, _published(text)) for text in texts]
    blocks = [pairs[i : i + BLOCK] for i in range(0, len(pairs), BLOCK)]
    seconds = {name: [0.0] * REPEATS for name in runners}
    for n in range(REPEATS):
        for block in blocks:
            for name, run in runners.items():
                start = time.perf_counter()
                for text, published in block:
                    run(text, published)
                seconds[name][n] += time.perf_counter() - start
    return seconds


def peak_memory(run: Runner, texts: list[str]) -> float:
    """Peak traced memory (MB) over the first 20 of ``texts``, in a pass of its
    own: tracing allocations slows Python code several times over."""
    tracemalloc.start()
    for text in texts[:20]:
        run(text, _published(text))
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


def faster_by(seconds: dict[str, list[float]], peer: str, system: str) -> float:
    """How many times faster ``system`` is than ``peer``: the median over the
    passes of the ratio of their times in the same pass."""
    return statistics.median(p / s for p, s in zip(seconds[peer], seconds[system], strict=True))


_WHOLE_CORPUS = """
import resource, sys, time
from pathlib import Path
import vnpress
files = sorted(Path(sys.argv[1]).glob("*.txt"))
chars, start = 0, time.perf_counter()
for f in files:
    text = f.read_text(encoding="utf-8")
    chars += len(text)
    vnpress.parse(text)
elapsed = time.perf_counter() - start
# VmHWM is this process image's own peak; ru_maxrss would carry over the peak
# of the parent it was forked from.
try:
    status = Path("/proc/self/status").read_text()
    peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(len(files), chars, chars / elapsed, peak)
"""


def whole_corpus() -> tuple[int, int, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", _WHOLE_CORPUS, str(CORPUS)],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return int(out[0]), int(out[1]), float(out[2]), float(out[3])


def scaling(texts: list[str]) -> tuple[float, float, float]:
    """Seconds to parse a 1 MB document and one 10 MB document of corpus text,
    and how many times longer the second takes.

    The 1 MB time is the mean over the ten 1 MB parts of the 10 MB document,
    each parsed on its own: the same text, so that the ratio measures how cost
    grows with length and not a change of topic (the articles are sorted by
    section, and sections differ in cost). In each of `REPEATS` rounds, half
    of the parts are parsed before the 10 MB document and half after, so that
    a drift in the machine's speed falls on both alike; the ratio is the median
    of the rounds' ratios, each time the best of the rounds.
    """
    import vnpress

    ten = "\n".join(texts)
    while len(ten) < 10_000_000:
        ten += "\n" + ten
    ten = ten[:10_000_000]
    parts = [ten[i : i + 1_000_000] for i in range(0, len(ten), 1_000_000)]

    def seconds(docs: list[str]) -> float:
        start = time.perf_counter()
        for doc in docs:
            vnpress.parse(doc, "2021-04-20")
        return time.perf_counter() - start

    ones, wholes = [], []
    for _ in range(REPEATS):
        before = seconds(parts[:5])
        wholes.append(seconds([ten]))
        ones.append((before + seconds(parts[5:])) / len(parts))
    growth = statistics.median(w / o for w, o in zip(wholes, ones, strict=True))
    return min(ones), min(wholes), growth


_FIRST_ARTICLE = {
    "vnpress": "import vnpress, sys\nvnpress.parse(open(sys.argv[1]).read(), '2021-04-20')",
    "dateparser": (
        "import sys\nfrom dateparser.search import search_dates\n"
        "search_dates(open(sys.argv[1]).read(), languages=['vi'])"
    ),
}
_IMPORT = {"vnpress": "import vnpress", "dateparser": "import dateparser"}


def fresh_processes(programs: dict[str, str], *args: str) -> dict[str, list[float]]:
    """Wall seconds of each program in a fresh interpreter, the programs taking
    turns `IMPORT_RUNS` times. Bytecode caches are on, as a user's are (this
    machine's environment may turn them off), and each program runs once
    first so that the caches exist."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args], check=True, env=env,
                       capture_output=True)  # fmt: skip
        return time.perf_counter() - start

    for code in programs.values():
        run(code)
    seconds: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(IMPORT_RUNS):
        for name, code in programs.items():
            seconds[name].append(run(code))
    return seconds


def same_round_ratio(seconds: dict[str, list[float]], system: str, peer: str) -> float:
    """``system``'s time over ``peer``'s, the median of the rounds' ratios."""
    return statistics.median(a / b for a, b in zip(seconds[system], seconds[peer], strict=True))


def _targets(ratios: dict[str, float], rss: float, growth: float) -> list[str]:
    """The targets of the speed issue, each with what this run measured."""
    checks = []
    for name, wanted, faster in (
        ("whole pipeline / dateparser", 30, True),
        ("whole pipeline / underthesea.ner", 200, True),
        ("dates parser / dateparser", 150, True),
        ("first article, fresh process / dateparser's", 0.5, False),
        ("import vnpress / import dateparser", 0.3, False),
    ):
        if name in ratios:
            got = ratios[name]
            ok = got >= wanted if faster else got <= wanted
            checks.append((name, f"{got:.2f}×", f"{'≥' if faster else '≤'} {wanted}×", ok))
    checks += [
        ("peak memory, whole corpus", f"{rss:.0f} MB", "< 100 MB", rss < 100),
        ("10 MB document / 1 MB document", f"{growth:.1f}×", "≤ 11×", growth <= 11),
    ]
    out = ["| target | measured | wanted | met |", "|---|---:|---:|---|"]
    out += [
        f"| {name} | {got} | {want} | {'yes' if ok else 'no'} |" for name, got, want, ok in checks
    ]
    return ["", *out, ""]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=600, help="articles for vnpress and dateparser")
    ap.add_argument("--peer-docs", type=int, default=40, help="articles for underthesea")
    args = ap.parse_args()
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        print(f"no corpus at {CORPUS}; nothing to measure")
        return 0
    texts = [p.read_text(encoding="utf-8") for p in files]
    sample, small = texts[: args.docs], texts[: args.peer_docs]
    lines = ["# Benchmark results", "", "Produced by `python benchmarks/run.py` in one run.", ""]
    notes: list[str] = []

    rows: list[tuple[str, int, float, float, str | None]] = []
    ratios: dict[str, float] = {}
    vn_all, vn_dates = _vnpress_all(), _vnpress_dates()
    peers: dict[str, Runner] = {}
    for name, make in (("dateparser", _dateparser), ("underthesea", _underthesea)):
        try:
            peers[name] = make()
        except ImportError as e:
            notes.append(f"{name}: not installed ({e.name})")
    big = side_by_side(
        {"vnpress": vn_all, "vnpress dates": vn_dates}
        | ({"dateparser": peers["dateparser"]} if "dateparser" in peers else {}),
        sample,
    )
    chars = sum(map(len, sample))
    rows.append(("vnpress (all five parsers)", len(sample), chars / min(big["vnpress"]),
                 peak_memory(vn_all, sample), None))  # fmt: skip
    rows.append(("vnpress dates parser", len(sample), chars / min(big["vnpress dates"]),
                 peak_memory(vn_dates, sample), None))  # fmt: skip
    if "dateparser" in big:
        ratios["whole pipeline / dateparser"] = faster_by(big, "dateparser", "vnpress")
        ratios["dates parser / dateparser"] = faster_by(big, "dateparser", "vnpress dates")
        rows.append(("dateparser.search_dates(languages=['vi'])", len(sample),
                     chars / min(big["dateparser"]), peak_memory(peers["dateparser"], sample),
                     f"{ratios['whole pipeline / dateparser']:.1f}× / "
                     f"{ratios['dates parser / dateparser']:.1f}×"))  # fmt: skip
    if "underthesea" in peers:
        few = side_by_side({"vnpress": vn_all, "underthesea": peers["underthesea"]}, small)
        ratios["whole pipeline / underthesea.ner"] = faster_by(few, "underthesea", "vnpress")
        rows.append(("underthesea.ner", len(small),
                     sum(map(len, small)) / min(few["underthesea"]),
                     peak_memory(peers["underthesea"], small),
                     f"{ratios['whole pipeline / underthesea.ner']:.1f}×"))  # fmt: skip

    lines += [
        f"Corpus `shared/corpus/unc`: {len(texts)} articles, {sum(map(len, texts)):,} characters.",
        "",
        "| system | articles | characters/s | peak Python memory, 20 articles (MB) "
        "| vnpress is faster by |",
        "|---|---:|---:|---:|---|",
    ]
    for name, n, cps, peak, ratio in rows:
        lines.append(f"| {name} | {n} | {cps:,.0f} | {peak:.1f} | {ratio or ''} |")
    lines += [
        "",
        "The ratio against dateparser is the whole pipeline's, then the dates parser's. "
        "The ratio against underthesea is the whole pipeline's on the same articles. "
        f"The systems took turns, {BLOCK} articles at a time, in each of {REPEATS} passes; "
        "characters/s is a system's best pass, a ratio the median over the passes "
        "of the two systems' times in the same pass.",
        "",
    ]

    n, chars, cps, rss = whole_corpus()
    one, ten, growth = scaling(texts)
    article = next(p for p in files if 4_000 <= p.stat().st_size <= 8_000)
    programs = _FIRST_ARTICLE if "dateparser" in peers else {"vnpress": _FIRST_ARTICLE["vnpress"]}
    first = fresh_processes(programs, str(article))
    imports = fresh_processes(_IMPORT if "dateparser" in peers else {"vnpress": "import vnpress"})
    if "dateparser" in peers:
        ratios["first article, fresh process / dateparser's"] = same_round_ratio(
            first, "vnpress", "dateparser"
        )
        ratios["import vnpress / import dateparser"] = same_round_ratio(
            imports, "vnpress", "dateparser"
        )
    lines += [
        "| measure | value |",
        "|---|---:|",
        f"| whole pipeline, whole corpus ({n} articles, {chars:,} chars), fresh process | "
        f"{cps:,.0f} chars/s |",
        f"| peak memory (RSS) of that run | {rss:.0f} MB |",
        f"| one 1 MB document (mean of the ten parts of the 10 MB one) | {one:.2f} s |",
        f"| one 10 MB document | {ten:.2f} s ({growth:.1f}× the 1 MB one, "
        "the median of the rounds) |",
        f"| a fresh process parsing its first article ({article.name}, median of "
        f"{IMPORT_RUNS}) | {statistics.median(first['vnpress']) * 1000:.0f} ms |",
        f'| `python -c "import vnpress"` (median of {IMPORT_RUNS}, with interpreter start) | '
        f"{statistics.median(imports['vnpress']) * 1000:.0f} ms |",
        "",
        "Warm-up: vnpress parses every sampled article once before the timed passes "
        "(patterns compile on first use); each peer parses one article first (loads "
        "its models). The fresh-process figures include all of that, and interpreter "
        "start.",
        "",
    ]
    lines += _targets(ratios, rss, growth)
    lines += [f"- {note}" for note in notes]
    text = "\n".join(lines).rstrip() + "\n"
    print(text)
    RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
