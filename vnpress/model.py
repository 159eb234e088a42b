"""Typed value classes for everything vnpress extracts, and the `Document` holding them.

Every item is a frozen, slotted ``attrs`` class carrying ``text``, ``start`` and
``end``: offsets into the exact string the caller passed in, so that
``document.text[item.start:item.end] == item.text`` always holds.

The JSON shape (`Document.to_dict`) is the stable contract ``vnpress/1`` described
in ``docs/schema.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, ClassVar, Literal

import attrs

from vnpress.published import coerce_published
from vnpress.text.clean import CleanText

SCHEMA = "vnpress/1"

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


def _strings(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the caller's text: ``text == document.text[start:end]``."""

    text: str
    start: int
    end: int

    KIND: ClassVar[str] = "items"

    def to_dict(self) -> dict[str, Any]:
        """The item as plain JSON-ready data (tuples become lists)."""
        plain: dict[str, Any] = _plain(attrs.asdict(self, recurse=True))
        return plain

    def _repr_html_(self) -> str:
        from vnpress.display import item_html

        return item_html(self.KIND, self)


@attrs.frozen(kw_only=True)
class Date(Span):
    """A calendar expression normalised to an ISO 8601 value."""

    KIND: ClassVar[str] = "dates"

    value: str
    grain: Grain
    kind: DateKind = "point"
    part_of_day: PartOfDay | None = None
    time: str | None = None
    relative: bool = False


@attrs.frozen(kw_only=True)
class Official(Span):
    """One mention of a person named together with an office."""

    KIND: ClassVar[str] = "officials"

    name: str
    titles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    role: Role = "other"
    country: str | None = None
    organization: str | None = None
    person_id: str = ""


@attrs.frozen(kw_only=True)
class Agreement(Span):
    """A formal document signed, exchanged, in force, negotiated or planned."""

    KIND: ClassVar[str] = "agreements"

    type: AgreementType
    title: str
    parties: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    subject: str | None = None
    period: str | None = None
    status: AgreementStatus = "mentioned"


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

    KIND: ClassVar[str] = "commitments"

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


#: The item class stored under each built-in field of a document.
ITEM_TYPES: Mapping[str, type[Span]] = {
    "dates": Date,
    "officials": Official,
    "agreements": Agreement,
    "commitments": Commitment,
}


def _items(value: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _extensions(value: Mapping[str, Sequence[Any]]) -> Mapping[str, tuple[Any, ...]]:
    return {key: tuple(items) for key, items in value.items()}


@attrs.frozen(kw_only=True)
class Document:
    """A text, its publication date, and what the parsers found in it.

    Build one with `vnpress.parse` or a `vnpress.Pipeline`; parsers never mutate
    a document, they return a new one (`with_items`).
    """

    BUILTIN_FIELDS: ClassVar[tuple[str, ...]] = tuple(ITEM_TYPES)

    text: str
    published: date | None = attrs.field(default=None, converter=coerce_published)
    dates: tuple[Date, ...] = attrs.field(default=(), converter=_items)
    officials: tuple[Official, ...] = attrs.field(default=(), converter=_items)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=_items)
    commitments: tuple[Commitment, ...] = attrs.field(default=(), converter=_items)
    #: Items of third-party parsers, by parser name.
    extensions: Mapping[str, tuple[Any, ...]] = attrs.field(
        factory=dict, converter=_extensions, eq=False
    )
    #: Problems noticed in the input (e.g. likely mojibake); never raised.
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    # The cleaned text, built on first use and shared by every copy `with_items` makes.
    _clean: CleanText | None = attrs.field(default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str):
            hint = " (decode bytes first)" if isinstance(self.text, (bytes, bytearray)) else ""
            raise TypeError(f"text must be str, not {type(self.text).__name__}{hint}")

    @property
    def clean(self) -> CleanText:
        """The cleaned text parsers match on, with offsets back to `text`."""
        if self._clean is None:
            object.__setattr__(self, "_clean", CleanText(self.text))
        assert self._clean is not None
        return self._clean

    def items(self, name: str) -> tuple[Any, ...]:
        """The items a parser produced, by the parser's name."""
        if name in ITEM_TYPES:
            return tuple(getattr(self, name))
        return self.extensions.get(name, ())

    def with_items(self, name: str, items: Sequence[Any]) -> Document:
        """A copy of this document with ``items`` stored under parser ``name``."""
        if name in ITEM_TYPES:
            changes: dict[str, Any] = {name: tuple(items)}
            return attrs.evolve(self, **changes)
        extensions = dict(self.extensions)
        extensions[name] = tuple(items)
        return attrs.evolve(self, extensions=extensions)

    def with_warning(self, message: str) -> Document:
        return attrs.evolve(self, warnings=(*self.warnings, message))

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, name))} {name}" for name in ITEM_TYPES)
        preview = self.text[:40].replace("\n", " ")
        more = "…" if len(self.text) > 40 else ""
        return f"<Document {preview!r}{more} published={self.published}: {counts}>"

    def _repr_html_(self) -> str:
        """The article with every item highlighted (shown by Jupyter)."""
        from vnpress.display import render_html

        return render_html(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dictionary per item: ``parser`` (which found it), then its fields."""
        rows = []
        for name in ITEM_TYPES:
            for item in getattr(self, name):
                rows.append({"parser": name, **item.to_dict()})
        return rows

    def to_pandas(self) -> Any:
        """A pandas ``DataFrame`` with one row per item (needs ``pandas``)."""
        return to_frame([self])

    def to_json(self) -> str:
        """The schema ``vnpress/1`` dictionary as one line of JSON (for JSON Lines)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

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
        for name in ITEM_TYPES:
            out[name] = [item.to_dict() for item in getattr(self, name)]
        for name, items in self.extensions.items():
            out[name] = [item.to_dict() if hasattr(item, "to_dict") else item for item in items]
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str | None = None) -> Document:
        """Read back what `to_dict` wrote.

        The schema does not carry the input text; pass it as ``text`` unless the
        data was written with ``include_text=True``. Third-party fields come back
        as plain dictionaries under `extensions`.
        """
        schema = data.get("schema")
        if schema != SCHEMA:
            raise ValueError(f"unsupported schema {schema!r}; expected {SCHEMA!r}")
        if text is None:
            text = data.get("text", "")
        known = {"schema", "published", "text", "warnings", *ITEM_TYPES}
        fields: dict[str, Any] = {
            name: [item_type(**item) for item in data.get(name, [])]
            for name, item_type in ITEM_TYPES.items()
        }
        return cls(
            text=text,
            published=data.get("published"),
            extensions={k: list(v) for k, v in data.items() if k not in known},
            warnings=data.get("warnings", ()),
            **fields,
        )


def to_frame(docs: Sequence[Document] | Document) -> Any:
    """One pandas ``DataFrame`` row per item of ``docs``, with a ``doc`` column
    numbering the documents. pandas is optional: it is imported only here."""
    import importlib

    try:
        pd: Any = importlib.import_module("pandas")  # optional, and untyped
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("to_frame needs pandas: pip install pandas") from e
    if isinstance(docs, Document):
        docs = [docs]
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
