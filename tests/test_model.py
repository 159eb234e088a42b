from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import attrs
import pytest

from vnpress import Agreement, Amount, Commitment, Date, Document, Official, parse


def _document() -> Document:
    text = "Sáng 29.6, Tổng thống Putin nhất trí cấp 1.000 học bổng. Hiệp định X"
    return Document(
        text=text,
        published="2017-06-29",
        found={
            "dates": [
                Date(
                    text="Sáng 29.6",
                    start=0,
                    end=9,
                    value="2017-06-29",
                    grain="day",
                    part_of_day="morning",
                    relative=True,
                )
            ],
            "officials": [
                Official(
                    text="Tổng thống Putin",
                    start=11,
                    end=27,
                    name="Vladimir Putin",
                    titles=["Tổng thống"],
                    role="head_of_state",
                    country="RU",
                    person_id="p1",
                )
            ],
            "agreements": [
                Agreement(
                    text="Hiệp định X",
                    start=57,
                    end=68,
                    type="agreement",
                    title="Hiệp định X",
                    parties=["A", "B"],
                    status="signed",
                )
            ],
            "commitments": [
                Commitment(
                    text="nhất trí cấp 1.000 học bổng",
                    start=28,
                    end=55,
                    kind="agree",
                    cue="nhất trí",
                    cue_start=28,
                    cue_end=36,
                    actor="Tổng thống Putin",
                    actor_person_ids=["p1"],
                    actor_countries=["RU"],
                    content="cấp 1.000 học bổng",
                    amounts=[Amount(text="1.000 học bổng", value=1000, unit="học bổng")],
                )
            ],
        },
    )


def test_to_dict_is_schema_vnpress_1() -> None:
    data = _document().to_dict()
    assert list(data) == [
        "schema", "published", "dates", "officials", "agreements", "commitments", "events"
    ]  # fmt: skip
    assert data["schema"] == "vnpress/1"
    assert data["published"] == "2017-06-29"
    assert data["dates"][0] == {
        "text": "Sáng 29.6",
        "start": 0,
        "end": 9,
        "value": "2017-06-29",
        "grain": "day",
        "kind": "point",
        "part_of_day": "morning",
        "time": None,
        "relative": True,
    }
    assert data["officials"][0]["titles"] == ["Tổng thống"]
    assert data["commitments"][0]["amounts"] == [
        {"text": "1.000 học bổng", "value": 1000, "unit": "học bổng"}
    ]
    json.dumps(data)  # JSON-ready


def test_from_dict_reads_back_what_to_dict_wrote() -> None:
    doc = _document()
    assert Document.from_dict(doc.to_dict(), text=doc.text) == doc
    assert Document.from_dict(doc.to_dict(include_text=True)) == doc


def test_from_dict_rejects_other_schemas() -> None:
    with pytest.raises(ValueError, match="vnpress/1"):
        Document.from_dict({"schema": "other/2"})


def test_items_are_frozen_and_hashable() -> None:
    d = _document().dates[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.value = "x"  # type: ignore[misc]
    assert hash(d) == hash(attrs.evolve(d))


@pytest.mark.parametrize(
    "published", [date(2024, 10, 25), datetime(2024, 10, 25, 9, 30), "2024-10-25", "20241025"]
)
def test_published_accepts_dates_datetimes_and_iso_strings(published: object) -> None:
    assert Document(text="", published=published).published == date(2024, 10, 25)


def test_bad_published_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match="'yesterday'"):
        parse("hôm nay", published="yesterday")
    with pytest.raises(TypeError, match="published"):
        parse("hôm nay", published=20241025)  # type: ignore[arg-type]


def test_bytes_are_refused_with_a_hint() -> None:
    with pytest.raises(TypeError, match="decode"):
        parse(b"ngay 1/1")  # type: ignore[arg-type]


def test_empty_text_gives_an_empty_document() -> None:
    doc = parse("   \n ", published="2024-10-25")
    assert doc.dates == () and doc.officials == () and doc.to_dict()["dates"] == []


def test_to_frame_json_and_json_lines(tmp_path: object) -> None:
    import json
    from pathlib import Path

    import vnpress

    pd = pytest.importorskip("pandas")
    doc = _document()
    frame = doc.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["parser"]) == ["dates", "officials", "agreements", "commitments"]
    assert list(frame.columns[:5]) == ["doc", "parser", "text", "start", "end"]
    both = vnpress.to_frame([doc, doc])
    assert list(both["doc"]) == [0] * 4 + [1] * 4
    assert json.loads(doc.to_json()) == doc.to_dict()
    out = Path(str(tmp_path)) / "docs.jsonl"
    assert vnpress.write_jsonl([doc, doc], out) == 2
    assert [
        json.loads(line)["schema"] for line in out.read_text(encoding="utf-8").splitlines()
    ] == [
        "vnpress/1",
        "vnpress/1",
    ]


def _round_trip_data() -> dict[str, Any]:
    import vnpress

    text = "Thủ tướng Lê Minh An hội đàm với Tổng thống Nga Vladimir Putin ngày 24/10."
    return vnpress.parse(text, published="2024-10-25").to_dict(include_text=True)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["dates"][0].update(start=999), "are not offsets"),
        (lambda d: d["dates"][0].update(text="zzz"), "does not hold its text"),
        (lambda d: d["officials"][0].update(role="king"), "role 'king' is not one of"),
        (lambda d: d["events"][0].update(trigger_start=-1), "are not offsets"),
        (
            lambda d: d["events"][0].update(
                also=[{"trigger": "x", "trigger_start": 0, "trigger_end": 1}]
            ),
            "also",
        ),
        (lambda d: d.update(dates="x"), "'dates' must be a list"),
        (lambda d: d["dates"].append(5), r"dates\[1\]: an item must be an object"),
        (lambda d: d["dates"][0].update(bogus=1), "unexpected keyword"),
        (
            lambda d: (
                d["commitments"].append(
                    {**d["commitments"][0], "amounts": [{"text": "x", "value": float("nan")}]}
                )
                if d["commitments"]
                else d["dates"][0].update(start=-5)
            ),
            "finite|are not offsets",
        ),
    ],
)
def test_from_dict_says_which_item_is_wrong(change: Any, message: str) -> None:
    data = _round_trip_data()
    change(data)
    with pytest.raises(ValueError, match=message):
        Document.from_dict(data)


def test_nan_never_makes_invalid_json() -> None:
    doc = Document(
        text="x",
        found={"commitments": [
            Commitment(text="x", start=0, end=1, kind="pledge", cue="x", cue_start=0, cue_end=1,
                       amounts=[Amount(text="x", value=float("nan"))])
        ]},
    )  # fmt: skip
    with pytest.raises(ValueError, match="JSON compliant"):
        doc.to_json()
