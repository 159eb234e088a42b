"""How predicted items are matched to gold ones, kind by kind.

The rules are those of the evaluation scorer the project is measured with
(``shared/tools/score.py``), so that a user's figures mean the same:

* dates: spans overlap (one to one, greedily, in order); strict when the
  value agrees too;
* officials: one per person and document, matched by name (or an alias);
  titles count when one contains the other; role and country are checked;
* agreements: the same type and titles sharing half their words; parties
  are checked in order;
* commitments: the predicted cue overlaps the gold cue, or the whole
  predicted item contains it; strict when the kind agrees; the actor when
  one contains the other;
* events: the predicted trigger overlaps one of the gold event's mentions;
  strict when the type agrees; countries (as a set), date and place (half
  its words) are checked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from vnpress.evaluation.gold import GoldDocument, locate, norm, words

Span = tuple[int, int]


@attrs.define
class Counts:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: int, predicted: int, gold: int) -> None:
        self.tp += found
        self.fp += predicted - found
        self.fn += gold - found

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


@attrs.define
class Tally:
    """Everything one evaluation counts, and every error it notes."""

    counts: dict[str, Counts] = attrs.field(factory=dict)
    checks: dict[str, list[int]] = attrs.field(factory=dict)
    errors: list[tuple[str, str, str, str]] = attrs.field(factory=list)
    has_events: bool = False

    def count(self, metric: str, found: int, predicted: int, gold: int) -> None:
        self.counts.setdefault(metric, Counts()).add(found, predicted, gold)

    def check(self, metric: str, ok: bool) -> None:
        right, total = self.checks.setdefault(metric, [0, 0])
        self.checks[metric] = [right + ok, total + 1]

    def note(self, doc: str, kind: str, what: str, detail: str) -> None:
        self.errors.append((doc, kind, what, detail))


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _pairs(gold: list[Span], predicted: list[Span]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of overlapping spans, in gold order."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi not in used and _overlap(g, p):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def _around(text: str, a: int, b: int) -> str:
    return " ".join(text[max(0, a - 40) : b + 40].split())


def _false_alarm(t: Tally, doc: GoldDocument, kind: str, label: object, span: Span) -> None:
    """Note an item found where the gold has none: its label (a kind, a type),
    the text it covers and the text around it."""
    a, b = span
    where = _around(doc.text, a, b)
    t.note(doc.name, kind, "false alarm", f"{label} {doc.text[a:b]!r} in …{where}…")


def dates(doc: GoldDocument, pred: dict[str, Any], t: Tally) -> None:
    gold = doc.gold.get("dates", [])
    spans = [locate(doc.text, d["context"], d["text"]) for d in gold]
    found = pred.get("dates", [])
    pairs = _pairs(spans, [(d["start"], d["end"]) for d in found])
    t.count("dates", len(pairs), len(found), len(gold))
    right = [(gi, pi) for gi, pi in pairs if found[pi].get("value") == gold[gi]["value"]]
    t.count("dates_strict", len(right), len(found), len(gold))
    matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, d in enumerate(gold):
        if gi not in matched_g:
            t.note(doc.name, "dates", "missed", f"{d['text']!r} = {d['value']} in …{d['context']}…")
    for pi, d in enumerate(found):
        if pi not in matched_p:
            where = _around(doc.text, d["start"], d["end"])
            t.note(
                doc.name,
                "dates",
                "false alarm",
                f"{d.get('text')!r} = {d.get('value')} in …{where}…",
            )
    for gi, pi in pairs:
        if found[pi].get("value") != gold[gi]["value"]:
            t.note(
                doc.name,
                "dates",
                "wrong value",
                f"{gold[gi]['text']!r}: want {gold[gi]['value']}, got {found[pi].get('value')}",
            )


def _title_found(title: str, titles: list[str]) -> bool:
    g = norm(title).replace(" ", "")
    return any(g and (p := norm(x).replace(" ", "")) and (g in p or p in g) for x in titles)


def officials(doc: GoldDocument, pred: dict[str, Any], t: Tally) -> None:
    gold = doc.gold.get("officials", [])
    people: dict[str, dict[str, Any]] = {}
    for o in pred.get("officials", []):
        person = people.setdefault(
            norm(o.get("name")), {"titles": [], "role": o.get("role"), "country": o.get("country")}
        )
        person["titles"].extend(o.get("titles") or [])
    people.pop("", None)

    def names(o: dict[str, Any]) -> list[str]:
        return [o["name"], *o.get("aliases", [])]

    def found(o: dict[str, Any]) -> str | None:
        return next((norm(n) for n in names(o) if norm(n) in people), None)

    hits = [(o, k) for o in gold if (k := found(o)) is not None]
    # a person found under two of their names counts once
    doubles = sum(1 for o, k in hits for n in names(o) if norm(n) != k and norm(n) in people)
    t.count("officials", len(hits), len(people) - doubles, len(gold))
    hit_names = {k for _, k in hits} | {norm(n) for o, _ in hits for n in names(o)}
    for o in gold:
        if found(o) is None:
            t.note(doc.name, "officials", "missed", f"{o['name']!r} {o['titles']}")
    for k, person in people.items():
        if k not in hit_names:
            t.note(doc.name, "officials", "false alarm", f"{k!r} {person['titles']}")
    predicted_titles = sum(len({norm(x) for x in p["titles"]}) for p in people.values())
    title_hits = sum(
        1 for o, k in hits for x in o["titles"] if _title_found(x, people[k]["titles"])
    )
    t.count("official_titles", title_hits, predicted_titles, sum(len(o["titles"]) for o in gold))
    for o, k in hits:
        p = people[k]
        for x in o["titles"]:
            if not _title_found(x, p["titles"]):
                t.note(
                    doc.name,
                    "officials",
                    "missed title",
                    f"{o['name']!r}: {x!r}, got {p['titles']}",
                )
        if p["role"] != o.get("role") or p["country"] != o.get("country"):
            t.note(
                doc.name,
                "officials",
                "wrong role/country",
                f"{o['name']!r}: want {o.get('role')}/{o.get('country')}, "
                f"got {p['role']}/{p['country']}",
            )
        t.check("official_role", p["role"] == o.get("role"))
        t.check("official_country", p["country"] == o.get("country"))


def agreements(doc: GoldDocument, pred: dict[str, Any], t: Tally) -> None:
    gold = doc.gold.get("agreements", [])
    found = pred.get("agreements", [])
    used: set[int] = set()
    for g in gold:
        g_words = words(g["title"])
        for pi, p in enumerate(found):
            if pi in used or p.get("type") != g["type"]:
                continue
            p_words = words(p.get("title") or p.get("text") or "")
            if g_words and len(g_words & p_words) / len(g_words | p_words) >= 0.5:
                used.add(pi)
                same = [norm(x) for x in p.get("parties") or []] == [
                    norm(x) for x in g.get("parties") or []
                ]
                if not same:
                    t.note(
                        doc.name,
                        "agreements",
                        "wrong parties",
                        f"{g['title'][:80]!r}: want {g.get('parties')}, got {p.get('parties')}",
                    )
                t.check("agreement_parties", same)
                break
        else:
            t.note(doc.name, "agreements", "missed", f"{g['type']}: {g['title'][:100]!r}")
    for pi, p in enumerate(found):
        if pi not in used:
            t.note(
                doc.name,
                "agreements",
                "false alarm",
                f"{p.get('type')}: {p.get('title', '')[:100]!r}",
            )
    t.count("agreements", len(used), len(found), len(gold))


def commitments(doc: GoldDocument, pred: dict[str, Any], t: Tally) -> None:
    gold = doc.gold.get("commitments", [])
    cues = [locate(doc.text, c["context"], c["cue"]) for c in gold]
    found = pred.get("commitments", [])
    found_cues = [(c.get("cue_start", c["start"]), c.get("cue_end", c["end"])) for c in found]
    pairs = _pairs(cues, found_cues)
    # lenient about where the cue sits: a predicted item containing the gold cue matches
    used_g, used_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, g in enumerate(cues):
        if gi in used_g:
            continue
        for pi, c in enumerate(found):
            if pi not in used_p and c["start"] <= g[0] and g[1] <= c["end"]:
                pairs.append((gi, pi))
                used_p.add(pi)
                break
    t.count("commitments", len(pairs), len(found), len(gold))
    right = sum(1 for gi, pi in pairs if found[pi].get("kind") == gold[gi]["kind"])
    t.count("commitments_strict", right, len(found), len(gold))
    for gi, pi in pairs:
        ga, pa = norm(gold[gi].get("actor")), norm(found[pi].get("actor"))
        ok = bool(ga) and bool(pa) and (ga in pa or pa in ga)
        t.check("commitment_actor", ok)
        if not ok or found[pi].get("kind") != gold[gi]["kind"]:
            g = gold[gi]
            t.note(
                doc.name,
                "commitments",
                "wrong kind/actor",
                f"{g['cue']!r} in …{g['context']}…: want {g['kind']}/{g.get('actor')!r},"
                f" got {found[pi].get('kind')}/{found[pi].get('actor')!r}",
            )
    matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, c in enumerate(gold):
        if gi not in matched_g:
            t.note(
                doc.name, "commitments", "missed", f"{c['kind']} {c['cue']!r} in …{c['context']}…"
            )
    for pi, c in enumerate(found):
        if pi not in matched_p:
            _false_alarm(t, doc, "commitments", c.get("kind"), found_cues[pi])


def _place_found(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return not gold and not pred
    g, p = words(gold), words(pred)
    return len(g & p) / len(g | p) >= 0.5


def events(doc: GoldDocument, pred: dict[str, Any], t: Tally) -> None:
    if "events" not in doc.gold:
        return
    t.has_events = True
    gold = doc.gold["events"]
    spans = [
        [locate(doc.text, m["context"], m["trigger"]) for m in [e, *e.get("also", [])]]
        for e in gold
    ]
    found = pred.get("events", [])
    found_spans = [
        (e.get("trigger_start", e.get("start")), e.get("trigger_end", e.get("end"))) for e in found
    ]
    used: set[int] = set()
    pairs = []
    for gi, mentions in enumerate(spans):
        for pi, ps in enumerate(found_spans):
            if pi not in used and any(_overlap(s, ps) for s in mentions):
                used.add(pi)
                pairs.append((gi, pi))
                break
        else:
            e = gold[gi]
            t.note(
                doc.name, "events", "missed", f"{e['type']} {e['trigger']!r} in …{e['context']}…"
            )
    for pi, e in enumerate(found):
        if pi not in used:
            _false_alarm(t, doc, "events", e.get("type"), found_spans[pi])
    t.count("events", len(pairs), len(found), len(gold))
    t.count(
        "events_strict",
        sum(1 for gi, pi in pairs if found[pi].get("type") == gold[gi]["type"]),
        len(found),
        len(gold),
    )
    for gi, pi in pairs:
        g, p = gold[gi], found[pi]
        checks = {
            "event_participants": sorted(set(p.get("participant_countries") or []))
            == sorted(set(g.get("participant_countries") or [])),
            "event_date": p.get("date") == g.get("date"),
            "event_place": _place_found(g.get("place"), p.get("place")),
        }
        for metric, ok in checks.items():
            t.check(metric, ok)
        if not all(checks.values()) or p.get("type") != g["type"]:
            t.note(
                doc.name,
                "events",
                "wrong value",
                f"{g['trigger']!r}: want {g['type']} {g.get('participant_countries')} "
                f"{g.get('date')} "
                f"{g.get('place')!r}, got {p.get('type')} {p.get('participant_countries')} "
                f"{p.get('date')} {p.get('place')!r}",
            )


#: Every kind's matching, in the order the figures are listed.
KINDS: dict[str, Callable[[GoldDocument, dict[str, Any], Tally], None]] = {
    "dates": dates,
    "officials": officials,
    "agreements": agreements,
    "commitments": commitments,
    "events": events,
}
