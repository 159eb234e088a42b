"""The ``events`` parser: talks, meetings, calls, visits, signings, conferences,
ceremonies and press events; who took part on which side, when, where,
within which visit or summit, with CAMEO codes.

Examples:
    >>> [(e.type, e.participants, e.date) for e in find_events(
    ...     "Sáng 29/6, Chủ tịch nước Trần Văn Bình hội đàm với Tổng thống Nga Vladimir Putin.",
    ...     published="2017-06-29")]
    [('talks', ('Chủ tịch nước Trần Văn Bình', 'Tổng thống Nga Vladimir Putin'), '2017-06-29')]

How it reads a document: `mentions` finds the triggers (``data/events.tsv``),
`sides` who takes part around each, `setting` its date, place, level and
status, and `merge` gathers the mentions of one event and places each event
within the visit or conference that holds it. `cameo` gives the codes and
`dyads` the source-target rows.
"""

from __future__ import annotations

from datetime import date, datetime

import attrs

from vnpress.cameo import event_code
from vnpress.events.mentions import Mention, find_mentions
from vnpress.events.merge import Draft, joins, new_draft, place_within
from vnpress.events.setting import Setting, SettingReader
from vnpress.events.sides import Side, SideFinder
from vnpress.lexicons import key
from vnpress.model import Document, Event, EventMention
from vnpress.registry import declare
from vnpress.text.tokens import Tokens
from vnpress.words import phrase_set

__all__ = ["find_events", "parse_events"]

# How many earlier events of its type a mention may join: the ones still being
# told of (a document of a thousand conferences costs linear time).
_MERGE_REACH = 16
# The most tokens a clause runs on either side of its trigger.
_CLAUSE_REACH = 80
# Marks that end an event's clause: what is told of it stops there.
_CLAUSE_ENDS = frozenset({";"})


@declare("events", requires=["dates", "officials", "agreements"], produces=Event)
def parse_events(doc: Document) -> list[Event]:
    """The events of ``doc``, each once, in the order they are first mentioned."""
    gaz = doc.gazetteer
    if not gaz.scan("event_triggers"):
        return []
    analysis = gaz.analysis
    tokens = analysis.tokens
    finder = SideFinder(doc)
    reader = SettingReader(doc)
    documents = _document_starts(doc)

    def starts_object(k: int, what: str) -> bool:
        if what == "documents":
            return k in documents
        if what == "people":
            return finder.starts_person(k)
        return finder.starts_side(k)

    drafts: list[Draft] = []
    by_type: dict[str, list[Draft]] = {}  # the drafts of each type, in order
    framed: list[tuple[int, Draft, bool]] = []
    scenes: dict[int, Draft] = {}  # by sentence: the event a "Sau …," scene names
    for m in find_mentions(gaz, starts_object):
        sentence = analysis.sentence_index(tokens.starts[m.first])
        start, end = _clause(tokens, analysis.sentence_tokens(tokens.starts[m.first]), m)
        setting = reader.read(m, start, end)
        sides = _sides(finder, m, start, end, framed=setting.frame)
        follows = None
        if not sides and finder.both_sides(start, m.first):
            follows = _met(drafts)  # "hai Bộ trưởng chứng kiến ký kết …": the sides met
            sides = list(follows.sides) if follows is not None else []
        scene = not sides and _opens_sentence(tokens, start, m)
        if scene:
            sides = finder.subject_after(m.last, end)  # "Tại cuộc họp báo …, Thủ tướng Y …"
        if m.type == "visit":
            setting = _visit_place(setting, sides)
        after_scene = _after_scene_word(tokens, start, m)
        if m.form == "verb" and not sides and not after_scene:
            continue  # "gặp", "thăm" with no one named: not a session we can place
        name = key(_trigger_text(doc, tokens, m)) if m.named else None
        # "Trong buổi họp báo, X …": a scene already told of, whoever speaks in it
        told_sides = [] if scene else sides
        recent = by_type.setdefault(m.type, [])
        draft = next(
            (d for d in reversed(recent[-_MERGE_REACH:]) if joins(d, m, setting, told_sides, name)),
            None,
        )
        if draft is None:
            draft = new_draft(m, setting, sides, name, sentence)
            # "Sau hội đàm, hai bên chứng kiến lễ ký kết": after the event a
            # scene names, on its day, at its place, within what holds it
            draft.follows = follows or scenes.get(sentence)
            drafts.append(draft)
            recent.append(draft)
        else:
            draft.add(m, setting, sides)
        if after_scene:
            scenes.setdefault(sentence, draft)
        framed.append((sentence, draft, setting.frame))
    kept = [d for d in drafts if not d.is_empty]
    place_within(kept, [(s, d, f) for s, d, f in framed if not d.is_empty])
    index = {id(d): n for n, d in enumerate(kept)}
    return [_event(doc, tokens, d, index) for d in kept]


def find_events(text: str, published: date | datetime | str | None = None) -> list[Event]:
    """The events in ``text`` (runs the dates, officials and agreements parsers first)."""
    from vnpress.pipeline import find_items

    return list(find_items("events", text, published))


def _document_starts(doc: Document) -> set[int]:
    """The tokens where an agreement's mention starts: what ``ký`` signs."""
    analysis = doc.analysis
    clean = analysis.clean
    out: set[int] = set()
    for a in doc.agreements:
        i, j = analysis.token_range(*clean.clean_span(a.start, a.end))
        if j > i:
            out.add(i)
            if i > 0 and analysis.tokens.lows[i - 1] in ("một", "các", "những", "hai", "nhiều"):
                out.add(i - 1)
    return out


def _clause(tokens: Tokens, sentence: tuple[int, int], m: Mention) -> tuple[int, int]:
    """The stretch of the sentence what is told of the mention stays in:
    between the semicolons around its trigger, and no further than a long
    clause runs (a sentence that never ends costs linear time)."""
    start, end = max(sentence[0], m.first - _CLAUSE_REACH), min(sentence[1], m.last + _CLAUSE_REACH)
    lows = tokens.lows
    for k in range(m.first - 1, start - 1, -1):
        if lows[k] in _CLAUSE_ENDS:
            start = k + 1
            break
    for k in range(m.last, end):
        if lows[k] in _CLAUSE_ENDS:
            end = k
            break
    return start, end


def _sides(finder: SideFinder, m: Mention, start: int, end: int, *, framed: bool) -> list[Side]:
    """The mention's sides in order: for a visit, the visitor first and then
    where it goes; otherwise the subject side, then the other. A framing
    mention (``hội đàm với B trong khuôn khổ chuyến thăm …``) takes the
    clause's subject, not the side met; a visit without a frame the official
    right before it (``mời Tổng thống B thăm …``: B visits)."""
    if framed:
        left = finder.subject(start, m.first)
    elif m.type == "visit":
        left = finder.before(start, m.first, most=1)
    else:
        left = finder.before(start, m.first)
    right = [] if m.type == "press" else finder.after(m.last, end)  # "với báo chí Nga"
    if not right and m.type == "signing":
        right = finder.with_after(m.last, end)  # "ký một thỏa thuận với Kuwait"
    if m.type == "visit":
        visitor = finder.visitor_after(m.last, end)
        if visitor is not None:
            left = [visitor]
            right = [s for s in right if s.first != visitor.first]
    named = finder.named_in(m.first, m.last) if m.named else []  # "Hội nghị … ASEAN …"
    out: list[Side] = []
    for side in left + right + named:
        if all(side.first != s.first for s in out):
            out.append(side)
    return out


# Events between sides, whose sides "hai bên" later refers to: sessions first.
_SESSIONS = frozenset({"talks", "meeting", "call"})
_BETWEEN_SIDES = _SESSIONS | {"visit"}


def _met(drafts: list[Draft]) -> Draft | None:
    """The latest talks, meeting or call that names its sides, else the
    latest such visit (among the last few events)."""
    for kinds in (_SESSIONS, _BETWEEN_SIDES):
        for d in reversed(drafts[-_MERGE_REACH:]):
            if d.type in kinds and d.sides:
                return d
    return None


_SCENE_OPENERS = phrase_set("scene_openers")


def _after_scene_word(tokens: Tokens, start: int, m: Mention) -> bool:
    """``Sau hội đàm``, ``Kết thúc buổi ký kết``: a word setting a scene stands
    right before the trigger."""
    return m.first > start and _SCENE_OPENERS.ending_at(tokens.lows, m.first - 1) is not None


def _opens_sentence(tokens: Tokens, start: int, m: Mention) -> bool:
    """``Tại cuộc họp báo …, X …``: the mention opens its clause as a scene."""
    return m.first - start <= 2 and _after_scene_word(tokens, start, m)


def _visit_place(setting: Setting, sides: list[Side]) -> Setting:
    """A visit's place is where it goes: the country or capital it names
    after its visitor (``thăm chính thức Liên bang Nga``), if any."""
    goes_to = [s for s in sides[1:] if s.person_id is None and s.countries]
    if not goes_to:
        return setting
    where = goes_to[0]
    return attrs.evolve(setting, place=where.text, place_country=where.countries[0])


def _trigger_text(doc: Document, tokens: Tokens, m: Mention) -> str:
    return doc.clean.original_text(tokens.starts[m.first], tokens.ends[m.last - 1])


def _mention(doc: Document, tokens: Tokens, m: Mention) -> EventMention:
    found = doc.clean.span_fields(tokens.starts[m.first], tokens.ends[m.last - 1])
    return EventMention(
        trigger=found["text"], trigger_start=found["start"], trigger_end=found["end"]
    )


def _event(doc: Document, tokens: Tokens, d: Draft, index: dict[int, int]) -> Event:
    clean = doc.clean
    first = d.mentions[0]
    trigger = clean.span_fields(tokens.starts[first.first], tokens.ends[first.last - 1])
    near = [s for s in d.sides if abs(s.first - first.first) < 40]
    lo = min([first.first] + [s.first for s in near])
    hi = max([first.last] + [s.last for s in near])
    span = clean.span_fields(tokens.starts[lo], tokens.ends[hi - 1])
    also = [_mention(doc, tokens, m) for m in d.mentions[1:]]
    return Event(
        **span,
        type=d.type,  # type: ignore[arg-type]
        trigger=trigger["text"],
        trigger_start=trigger["start"],
        trigger_end=trigger["end"],
        participants=tuple(s.text for s in d.sides),
        participant_person_ids=tuple(d.person_ids),
        participant_countries=tuple(d.countries),
        date=d.date,
        place=d.place,
        level=d.level,  # type: ignore[arg-type]
        status=d.status,  # type: ignore[arg-type]
        within=index.get(id(d.within)) if d.within is not None else None,
        cameo=event_code(d.type, d.status, [m.words for m in d.mentions]),
        also=also,
    )
