"""Typed value classes for everything vnpress extracts, and the `Document` holding them.

Every item is a frozen, slotted ``attrs`` class carrying ``text``, ``start`` and
``end``: offsets into the exact string the caller passed in, so that
``document.text[item.start:item.end] == item.text`` always holds.

An item class says how it is shown and moved (`Span.LABEL`, `Span.COLOUR`,
`Span.OFFSETS`, `Span.describe`), so the HTML view, the command line's table,
`Document.to_records` and `vnpress.parse_html` treat a plugin's `Span` items
exactly as they treat the built-in ones.

The JSON shape (`Document.to_dict`) is the stable contract ``vnpress/1`` described
in ``docs/schema.md``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

import attrs

from vnpress.published import coerce_published

if TYPE_CHECKING:
    from vnpress.gazetteer import Gazetteer
    from vnpress.text.analysis import Analysis
    from vnpress.text.clean import CleanText

SCHEMA = "vnpress/1"
#: The kinds every ``vnpress/1`` document lists, found or not, in this order.
SCHEMA_KINDS = ("dates", "officials", "agreements", "commitments", "events")

Grain = Literal["day", "week", "month", "quarter", "year", "decade", "century"]
DateKind = Literal["point", "interval"]
PartOfDay = Literal["morning", "noon", "afternoon", "evening", "night"]
Role = Literal[
    "head_of_state",
    "deputy_head_of_state",
    "head_of_government",
    "deputy_head_of_government",
    "party_leader",
    "legislature_leader",
    "minister",
    "deputy_minister",
    "ambassador",
    "local_leader",
    "military",
    "spokesperson",
    "international_official",
    "executive",
    "other",
]
AgreementType = Literal[
    "treaty",
    "agreement",
    "memorandum",
    "protocol",
    "minutes",
    "joint_statement",
    "declaration",
    "plan",
    "program",
    "regulation",
    "contract",
    "letter_of_intent",
    "convention",
    "other",
]
AgreementStatus = Literal["signed", "exchanged", "in_force", "negotiating", "planned", "mentioned"]
CommitmentKind = Literal["agree", "pledge", "propose", "request", "support", "affirm"]
EventType = Literal[
    "talks", "meeting", "call", "visit", "signing", "conference", "ceremony", "press"
]
EventStatus = Literal["held", "planned", "invited"]
VisitLevel = Literal["state", "official", "working", "friendship"]

S = TypeVar("S", bound="Span")
#: Original ``(start, end)`` -> new ``(start, end)``, as `Span.moved` takes it.
SpanMap = Callable[[int, int], tuple[int, int]]


def _strings(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the caller's text: ``text == document.text[start:end]``.

    Subclass it for a parser's items. The class variables say how its items
    are shown; they default to the parser's name and a colour of its own.
    """

    text: str
    start: int
    end: int

    #: The tag the HTML view and the table show (None: the parser's name, upper case).
    LABEL: ClassVar[str | None] = None
    #: The HTML view's highlight (None: one picked from the parser's name).
    COLOUR: ClassVar[str | None] = None
    #: ``(start field, end field, text field)`` of every span an item holds,
    #: the item's own first: what `moved` rewrites.
    OFFSETS: ClassVar[tuple[tuple[str, str, str], ...]] = (("start", "end", "text"),)

    def to_dict(self) -> dict[str, Any]:
        """The item as plain JSON-ready data (tuples become lists)."""
        plain: dict[str, Any] = _plain(attrs.asdict(self, recurse=True))
        return plain

    def marked(self) -> tuple[int, int]:
        """The span the HTML view highlights (a commitment marks only its cue)."""
        return self.start, self.end

    def describe(self) -> str:
        """A one-line summary: the HTML view's hover text and the table's last column."""
        return type(self).__name__

    def moved(self: S, span_map: SpanMap, text: str) -> S:
        """This item with every span mapped into another string ``text``
        (`vnpress.parse_html` maps the stripped text's offsets into the HTML)."""
        changes: dict[str, Any] = {}
        for start_field, end_field, text_field in self.OFFSETS:
            start, end = span_map(getattr(self, start_field), getattr(self, end_field))
            changes.update({start_field: start, end_field: end, text_field: text[start:end]})
        return attrs.evolve(self, **changes)

    def _repr_html_(self) -> str:
        from vnpress.display import item_html

        return item_html(self)


def _joined(*parts: object) -> str:
    """The parts that are set, as ``a · b · c`` (tuples joined by commas)."""
    shown = [", ".join(p) if isinstance(p, tuple) else str(p) for p in parts if p]
    return " · ".join(shown)


@attrs.frozen(kw_only=True)
class Date(Span):
    """A calendar expression normalised to an ISO 8601 value."""

    LABEL: ClassVar[str | None] = "DATE"
    COLOUR: ClassVar[str | None] = "#bfdbfe"  # blue

    value: str
    grain: Grain
    kind: DateKind = "point"
    part_of_day: PartOfDay | None = None
    time: str | None = None
    relative: bool = False

    def describe(self) -> str:
        return _joined(self.value, self.part_of_day, self.time)


@attrs.frozen(kw_only=True)
class Official(Span):
    """One mention of a person named together with an office."""

    LABEL: ClassVar[str | None] = "OFFICIAL"
    COLOUR: ClassVar[str | None] = "#fed7aa"  # orange

    name: str
    titles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    role: Role = "other"
    country: str | None = None
    organization: str | None = None
    person_id: str = ""

    def describe(self) -> str:
        return _joined(self.name, self.role, self.country or "?", self.person_id)


@attrs.frozen(kw_only=True)
class Agreement(Span):
    """A formal document signed, exchanged, in force, negotiated or planned."""

    LABEL: ClassVar[str | None] = "AGREEMENT"
    COLOUR: ClassVar[str | None] = "#bbf7d0"  # green

    type: AgreementType
    title: str
    parties: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    subject: str | None = None
    period: str | None = None
    status: AgreementStatus = "mentioned"
    #: CAMEO code (`vnpress.cameo.agreement_code`): 057 signed, or null.
    cameo: str | None = None

    def describe(self) -> str:
        return _joined(self.type, self.status, " / ".join(self.parties))


@attrs.frozen(kw_only=True)
class Amount:
    """A number with its unit (``1.000 học bổng`` is 1000 ``học bổng``)."""

    text: str
    value: float | int
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


def _amounts(value: Sequence[Amount | Mapping[str, Any]]) -> tuple[Amount, ...]:
    return tuple(a if isinstance(a, Amount) else Amount(**a) for a in value)


@attrs.frozen(kw_only=True)
class Commitment(Span):
    """An actor agreeing, pledging, proposing, requesting, supporting or affirming."""

    LABEL: ClassVar[str | None] = "COMMITMENT"
    COLOUR: ClassVar[str | None] = "#e9d5ff"  # purple
    OFFSETS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("start", "end", "text"),
        ("cue_start", "cue_end", "cue"),
    )

    kind: CommitmentKind
    cue: str
    cue_start: int
    cue_end: int
    actor: str | None = None
    actor_person_ids: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    actor_countries: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    content: str = ""
    quoted: bool = False
    amounts: tuple[Amount, ...] = attrs.field(default=(), converter=_amounts)
    deadline: str | None = None
    # Who a proposal, request, directive, invitation or support is aimed at.
    addressees: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    addressee_person_ids: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    addressee_countries: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: CAMEO code (`vnpress.cameo.commitment_code`): 030, 020, 051, 010, 036.
    cameo: str | None = None

    def marked(self) -> tuple[int, int]:
        # the cue only, so that the clause's dates and officials show inside it
        return self.cue_start, self.cue_end

    def describe(self) -> str:
        return f"{self.kind} · {self.actor or '?'}: {self.content}"


@attrs.frozen(kw_only=True)
class EventMention:
    """Another mention of an event: its trigger and the trigger's offsets."""

    trigger: str
    trigger_start: int
    trigger_end: int

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def moved(self, span_map: SpanMap, text: str) -> EventMention:
        start, end = span_map(self.trigger_start, self.trigger_end)
        return EventMention(trigger=text[start:end], trigger_start=start, trigger_end=end)


def _mentions(value: Sequence[EventMention | Mapping[str, Any]]) -> tuple[EventMention, ...]:
    return tuple(m if isinstance(m, EventMention) else EventMention(**m) for m in value)


@attrs.frozen(kw_only=True)
class Event(Span):
    """A meeting, call, visit, signing, conference, ceremony or press event,
    however many times the text mentions it. The span is its first mention:
    the trigger with the sides named next to it."""

    LABEL: ClassVar[str | None] = "EVENT"
    COLOUR: ClassVar[str | None] = "#fde68a"  # amber
    OFFSETS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("start", "end", "text"),
        ("trigger_start", "trigger_end", "trigger"),
    )

    type: EventType
    trigger: str
    trigger_start: int
    trigger_end: int
    participants: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    participant_person_ids: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    participant_countries: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    date: str | None = None
    place: str | None = None
    level: VisitLevel | None = None
    status: EventStatus = "held"
    within: int | None = None
    cameo: str = "040"
    #: The other mentions of the same event, in order.
    also: tuple[EventMention, ...] = attrs.field(default=(), converter=_mentions)

    def marked(self) -> tuple[int, int]:
        return self.trigger_start, self.trigger_end

    def describe(self) -> str:
        return _joined(self.type, self.status, " – ".join(self.participants), self.date, self.place)

    def moved(self, span_map: SpanMap, text: str) -> Event:
        moved = super().moved(span_map, text)
        return attrs.evolve(moved, also=tuple(m.moved(span_map, text) for m in self.also))


@attrs.frozen(kw_only=True)
class Dyad:
    """One source-target row of the event-data tradition (PETRARCH, Phoenix,
    ICEWS): who did what (a CAMEO code) to whom, when, and what in the text
    said so (``produced_by`` and its offsets)."""

    date: str | None
    source: str
    source_country: str | None
    target: str
    target_country: str | None
    cameo: str
    produced_by: str  # "events", "commitments" or "agreements"
    kind: str  # the event's type, the commitment's kind, the agreement's type
    start: int
    end: int

    #: Column order of `Document.dyads` as a table (the TSV header).
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "date", "source", "source_country", "target", "target_country",
        "cameo", "produced_by", "kind", "start", "end",
    )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


class _Found(dict[str, tuple[Any, ...]]):
    """A document's items by parser: a dictionary that cannot be changed."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("a document's items cannot be changed; use Document.with_items")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type, tuple[dict[str, tuple[Any, ...]]]]:
        return type(self), (dict(self),)

    def __init__(self, items: Mapping[str, tuple[Any, ...]] = {}) -> None:
        dict.__init__(self, items)


def _found(value: Mapping[str, Iterable[Any]]) -> Mapping[str, tuple[Any, ...]]:
    return _Found({name: tuple(items) for name, items in value.items()})


def _what_was_found(found: Mapping[str, tuple[Any, ...]]) -> frozenset[tuple[str, tuple[Any, ...]]]:
    """What two documents must share to be equal: a parser that ran and found
    nothing is the same as one that did not run (as in the JSON)."""
    return frozenset((name, items) for name, items in found.items() if items)


@attrs.frozen(kw_only=True)
class Document:
    """A text, its publication date, and what the parsers found in it.

    Build one with `vnpress.parse` or a `vnpress.Pipeline`; parsers never mutate
    a document, they return a new one (`with_items`). ``doc.dates`` and the
    other kinds are read-only views of ``doc.items(name)``.
    """

    text: str
    published: date | None = attrs.field(default=None, converter=coerce_published)
    #: The items each parser produced, by parser name, in the order they ran.
    found: Mapping[str, tuple[Any, ...]] = attrs.field(
        factory=dict, converter=_found, eq=_what_was_found
    )
    #: Problems noticed in the input (e.g. likely mojibake); never raised.
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    # The shared view of the text, built on first use and kept by every copy
    # `with_items` makes.
    _views: _Views = attrs.field(factory=lambda: _Views(), eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str):
            hint = " (decode bytes first)" if isinstance(self.text, (bytes, bytearray)) else ""
            raise TypeError(f"text must be str, not {type(self.text).__name__}{hint}")

    # -- the shared view ------------------------------------------------------

    @property
    def analysis(self) -> Analysis:
        """Sentences, tokens and word starts of the cleaned text (built once)."""
        return self._views.analysis(self.text)

    @property
    def clean(self) -> CleanText:
        """The cleaned text parsers match on, with offsets back to `text`."""
        return self.analysis.clean

    @property
    def gazetteer(self) -> Gazetteer:
        """Every lexicon's entries in the text (found once, on demand)."""
        return self._views.gazetteer(self.analysis)

    # -- items ------------------------------------------------------------------

    @property
    def dates(self) -> tuple[Date, ...]:
        return self.found.get("dates", ())

    @property
    def officials(self) -> tuple[Official, ...]:
        return self.found.get("officials", ())

    @property
    def agreements(self) -> tuple[Agreement, ...]:
        return self.found.get("agreements", ())

    @property
    def commitments(self) -> tuple[Commitment, ...]:
        return self.found.get("commitments", ())

    @property
    def events(self) -> tuple[Event, ...]:
        return self.found.get("events", ())

    def dyads(self) -> tuple[Dyad, ...]:
        """Source-target-CAMEO rows from the events, the commitments aimed at
        someone and the signed agreements (see `vnpress.events.dyads`)."""
        from vnpress.events.dyads import dyads

        return dyads(self)

    def items(self, name: str) -> tuple[Any, ...]:
        """The items parser ``name`` produced (empty if it did not run)."""
        return self.found.get(name, ())

    def items_in(self, name: str, start: int, end: int) -> tuple[Any, ...]:
        """The `Span` items of parser ``name`` that overlap ``[start, end)``
        (offsets into `text`), in order."""
        return self._views.index(name, self.items(name)).overlapping(start, end)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The names of the parsers whose items this document holds, in order."""
        return tuple(self.found)

    def with_items(self, name: str, items: Iterable[Any]) -> Document:
        """A copy of this document with ``items`` stored under parser ``name``."""
        return attrs.evolve(self, found={**self.found, name: tuple(items)})

    def with_warning(self, message: str) -> Document:
        return attrs.evolve(self, warnings=(*self.warnings, message))

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(items)} {name}" for name, items in self.found.items())
        preview = self.text[:40].replace("\n", " ")
        more = "…" if len(self.text) > 40 else ""
        return f"<Document {preview!r}{more} published={self.published}: {counts or 'nothing'}>"

    def _repr_html_(self) -> str:
        """The article with every item highlighted (shown by Jupyter)."""
        from vnpress.display import render_html

        return render_html(self)

    # -- export -------------------------------------------------------------------

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dictionary per item: ``parser`` (which found it), then its fields."""
        return [{"parser": name, **_record(item)} for name, items in self.found.items()
                for item in items]  # fmt: skip

    def to_pandas(self) -> Any:
        """A pandas ``DataFrame`` with one row per item (needs ``pandas``)."""
        return to_frame([self])

    def to_json(self) -> str:
        """The schema ``vnpress/1`` dictionary as one line of JSON (for JSON Lines)."""
        import json

        # allow_nan=False: a NaN or an infinity raises here, not later in a reader
        return json.dumps(self.to_dict(), ensure_ascii=False, allow_nan=False)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The document as schema ``vnpress/1`` JSON-ready data.

        ``include_text`` adds the input text under ``"text"``, so that
        `from_dict` can rebuild the document without being given it.
        """
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "published": self.published.isoformat() if self.published else None,
        }
        if include_text:
            out["text"] = self.text
        for name in SCHEMA_KINDS:
            out[name] = [_plain_item(item) for item in self.items(name)]
        for name, items in self.found.items():
            if name not in SCHEMA_KINDS:
                out[name] = [_plain_item(item) for item in items]
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str | None = None) -> Document:
        """Read back what `to_dict` wrote.

        The schema does not carry the input text; pass it as ``text`` unless the
        data was written with ``include_text=True``. Items come back as the
        class their parser declares (`vnpress.registry.ParserSpec.produces`);
        items of parsers not registered here come back as plain dictionaries.
        """
        from vnpress.registry import default

        schema = data.get("schema")
        if schema != SCHEMA:
            raise ValueError(f"unsupported schema {schema!r}; expected {SCHEMA!r}")
        if text is None:
            text = data.get("text", "")
        if not isinstance(text, str):
            raise ValueError(f"'text' must be a string, not {type(text).__name__}")
        found: dict[str, list[Any]] = {}
        for name, items in data.items():
            if name in _DOCUMENT_KEYS:
                continue
            if not isinstance(items, list):
                raise ValueError(f"{name!r} must be a list of items")
            item_type = default.item_type(name)
            found[name] = [
                _read_item(item_type, item, text, f"{name}[{n}]") if item_type else item
                for n, item in enumerate(items)
            ]
        return cls(
            text=text,
            published=data.get("published"),
            found=found,
            warnings=data.get("warnings", ()),
        )


def _read_item(item_type: type, data: Any, text: str, where: str) -> Any:
    """One item read back by `Document.from_dict`, checked: its fields, its
    vocabulary values and, where the text is known, that its offsets hold it."""
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: an item must be an object, not {type(data).__name__}")
    try:
        item = item_type(**data)
    except (TypeError, ValueError) as e:
        raise ValueError(f"{where}: {e}") from None
    for field, allowed in _vocabularies(item_type).items():
        value = getattr(item, field)
        if value is not None and value not in allowed:
            raise ValueError(f"{where}: {field} {value!r} is not one of {', '.join(allowed)}")
    if isinstance(item, Span):
        for start_field, end_field, text_field in item.OFFSETS:
            start, end = getattr(item, start_field), getattr(item, end_field)
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
                raise ValueError(
                    f"{where}: {start_field}/{end_field} {start!r}/{end!r} are not offsets"
                )
            if text and (end > len(text) or text[start:end] != getattr(item, text_field)):
                raise ValueError(
                    f"{where}: text[{start}:{end}] does not hold its {text_field} "
                    f"{getattr(item, text_field)!r}"
                )
    for n, m in enumerate(getattr(item, "also", ())):
        if (text and text[m.trigger_start : m.trigger_end] != m.trigger) or m.trigger_start < 0:
            raise ValueError(f"{where}: also[{n}] offsets do not hold its trigger {m.trigger!r}")
    for amount in getattr(item, "amounts", ()):
        if isinstance(amount.value, float) and not math.isfinite(amount.value):
            raise ValueError(f"{where}: an amount's value must be a finite number")
    return item


@cache
def _vocabularies(item_type: type) -> dict[str, tuple[str, ...]]:
    """The fields of ``item_type`` typed as a `Literal`, with their values."""
    import typing

    out: dict[str, tuple[str, ...]] = {}
    for field, hint in typing.get_type_hints(item_type).items():
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if typing.get_origin(hint) is Literal:
            out[field] = tuple(typing.get_args(hint))
        elif len(args) == 1 and typing.get_origin(args[0]) is Literal:
            out[field] = tuple(typing.get_args(args[0]))
    return out


#: Keys of a ``vnpress/1`` dictionary that are not a parser's items.
_DOCUMENT_KEYS = frozenset({"schema", "published", "text", "warnings", "id"})


class _Views:
    """What a document derives from its text, shared by the copies of it that
    parsers make. Nothing in it changes what the document is, so a document
    sent to another process leaves it behind (it is built again there if asked for)."""

    __slots__ = ("_analysis", "_gazetteer", "_indexes")

    def __reduce__(self) -> tuple[type, tuple[()]]:
        return type(self), ()

    def __init__(self) -> None:
        self._analysis: Analysis | None = None
        self._gazetteer: Gazetteer | None = None
        self._indexes: dict[str, tuple[tuple[Any, ...], _SpanIndex]] = {}

    def analysis(self, text: str) -> Analysis:
        if self._analysis is None:
            from vnpress.text.analysis import Analysis
            from vnpress.text.clean import CleanText

            self._analysis = Analysis(CleanText(text))
        return self._analysis

    def gazetteer(self, analysis: Analysis) -> Gazetteer:
        if self._gazetteer is None:
            from vnpress.gazetteer import Gazetteer

            self._gazetteer = Gazetteer(analysis)
        return self._gazetteer

    def index(self, name: str, items: tuple[Any, ...]) -> _SpanIndex:
        kept = self._indexes.get(name)
        if kept is None or kept[0] is not items:
            kept = self._indexes[name] = (items, _SpanIndex(items))
        return kept[1]


class _SpanIndex:
    """Items by position, for `Document.items_in`."""

    __slots__ = ("_by_start", "_longest", "_starts")

    def __init__(self, items: tuple[Any, ...]) -> None:
        spans = sorted((i for i in items if isinstance(i, Span)), key=lambda i: i.start)
        self._by_start = spans
        self._starts = [i.start for i in spans]
        self._longest = max((i.end - i.start for i in spans), default=0)

    def overlapping(self, start: int, end: int) -> tuple[Any, ...]:
        from bisect import bisect_left

        # an item overlapping [start, end) starts before `end`, and no earlier
        # than the longest item's length before `start`
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, max(end, start + 1))
        return tuple(
            i for i in self._by_start[lo:hi] if i.end > start and i.start < max(end, start + 1)
        )


def _plain_item(item: Any) -> Any:
    return item.to_dict() if hasattr(item, "to_dict") else item


def _record(item: Any) -> dict[str, Any]:
    """An item as a flat row: its fields, or ``value`` for an item that has none."""
    plain = _plain_item(item)
    return plain if isinstance(plain, dict) else {"value": plain}


def to_frame(docs: Sequence[Document] | Document, *, dyads: bool = False) -> Any:
    """One pandas ``DataFrame`` row per item of ``docs``, with a ``doc`` column
    numbering the documents; with ``dyads``, one row per `Dyad` instead
    (`Document.dyads`). pandas is optional: it is imported only here."""
    import importlib

    try:
        pd: Any = importlib.import_module("pandas")  # optional, and untyped
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("to_frame needs pandas: pip install pandas") from e
    if isinstance(docs, Document):
        docs = [docs]
    if dyads:
        table = [{"doc": n, **d.to_dict()} for n, doc in enumerate(docs) for d in doc.dyads()]
        return pd.DataFrame(table, columns=["doc", *Dyad.COLUMNS])
    rows = [{"doc": n, **row} for n, doc in enumerate(docs) for row in doc.to_records()]
    columns = ["doc", "parser", "text", "start", "end"]
    return pd.DataFrame(rows, columns=columns + sorted({k for r in rows for k in r} - set(columns)))


def write_jsonl(docs: Iterable[Document], path: str | Any) -> int:
    """Write one schema ``vnpress/1`` object per line; returns how many were written."""
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for doc in docs:
            out.write(doc.to_json() + "\n")
            n += 1
    return n


def _plain(value: Any) -> Any:
    """Tuples to lists, recursively, for JSON."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
