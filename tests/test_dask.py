"""vnpress on a real Dask cluster (skipped when dask is not installed)."""

from __future__ import annotations

import pytest

import vnpress

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

TEXTS = [
    ("Sáng 29.6, Tổng thống Nga Vladimir Putin hội đàm.", "2017-06-29"),
    ("Hai bên nhất trí ký kết Bản ghi nhớ giữa Bộ Y tế Việt Nam và Bộ Y tế Lào.", None),
    ("hôm nay", "2024-10-25"),
] * 4


def test_a_bag_parses_on_a_local_cluster_like_parse_many() -> None:
    import dask.bag as db

    from vnpress.integrations.dask import parse_bag

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        records = parse_bag(db.from_sequence(TEXTS, npartitions=4)).compute()
    assert records == [doc.to_dict() for doc in vnpress.parse_many(TEXTS)]
    assert records[0]["officials"][0]["name"] == "Vladimir Putin"
    assert records[2]["dates"][0]["value"] == "2024-10-25"


def test_a_dataframe_parses_on_a_local_cluster_like_parse_many() -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    pytest.importorskip("pyarrow")
    import json

    from vnpress.integrations.dask import parse_dataframe

    frame = pd.DataFrame(
        {"text": [t for t, _ in TEXTS], "published": [p for _, p in TEXTS], "n": range(len(TEXTS))}
    )
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        parsed = parse_dataframe(
            dd.from_pandas(frame, npartitions=3), published="published"
        ).compute()
    assert list(parsed.columns) == ["text", "published", "n", "vnpress"]
    assert list(parsed["n"]) == list(range(len(TEXTS)))
    records = [json.loads(row) for row in parsed["vnpress"]]
    assert records == [doc.to_dict() for doc in vnpress.parse_many(TEXTS)]
