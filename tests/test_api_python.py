"""The Python API returns the same numbers as the HTTP API, as DataFrames."""

from __future__ import annotations

import pandas as pd
import pytest

from utkikk import api
from utkikk.web.sample import build_sample_store


@pytest.fixture(scope="module")
def store(module_db_url):
    s = build_sample_store(module_db_url)
    yield s
    s.close()


def test_events_frame(store):
    df = api.events(store, source="RUS", target="UKR", both=True)
    assert isinstance(df, pd.DataFrame) and len(df) == 9
    assert list(df["date"]) == sorted(df["date"], reverse=True)  # newest first, as the app
    assert set(df["type"]) == {"ACCUSE", "MOBILIZE", "ASSAULT", "SANCTION", "CONSULT"}


def test_dyad_series_frame(store):
    df = api.dyad_series(store, "rus", "ukr")
    assert list(df["month"]) == ["2021-11", "2021-12", "2022-01", "2022-02"]
    assert df.set_index("month").loc["2022-02", "conflict"] == 4


def test_search_alerts_network_partners(store):
    assert "Norge slutter seg til sanksjonene mot Russland" in set(api.search(store, "sanksjoner")["title"])
    al = api.alerts(store)
    assert al.iloc[0][["a", "b", "month", "side"]].tolist() == ["RUS", "UKR", "2022-02", "conflict"]
    assert al.iloc[0]["sources"] >= 2 and al.iloc[0]["weight"] == 1.0 and al.iloc[0]["severity"] >= 1.5
    net = api.network(store, start="2023", end="2023")
    assert set(zip(net["a"], net["b"], strict=True)) == {("DNK", "UKR"), ("SWE", "UKR")}
    assert set(api.partners(store, "NOR")["other"]) == {"RUS", "SWE"}  # the aid to Ukraine is planned
    assert set(api.partners(store, "NOR", planned=True)["other"]) == {"RUS", "SWE", "UKR"}
    assert api.plover(store, source="SWE", type="AID")[0]["event"] == ["AID"]
    assert api.actor(store, "NOR")["events_as_source"] == 4


def test_bad_arguments_raise_query_error(store):
    with pytest.raises(api.QueryError):
        api.events(store, start="2022-13")
    with pytest.raises(api.QueryError):
        api.search(store, "!!!")
    with pytest.raises(api.QueryError):
        api.actor(store, "QQQQ")


@pytest.mark.parametrize("name", ["e.csv", "e.parquet", "e.json"])
def test_export_events_streams_the_servers_bytes_to_a_file(store, tmp_path, name):
    """api.export_events writes what the HTTP export sends (the same chunk writers, one cursor)
    and, for CSV and Parquet, what api.events holds."""
    from fastapi.testclient import TestClient

    from utkikk.web import create_app

    out = tmp_path / name
    n = api.export_events(out, store, source="RUS", target="UKR", both=True)
    frame = api.events(store, source="RUS", target="UKR", both=True)
    assert n == len(frame) == 9 and not (tmp_path / f"{name}.part").exists()
    route = {"e.csv": "/api/events.csv", "e.parquet": "/api/events.parquet", "e.json": "/api/events.plover.json"}[name]
    with TestClient(create_app(store=store)) as client:
        served = client.get(route, params={"source": "RUS", "target": "UKR", "both": "true"}).content
    if name != "e.parquet":  # Parquet: the same table (its footer names the writer's buffers)
        assert out.read_bytes() == served
    else:
        import io

        import pyarrow.parquet as pq

        assert pq.read_table(out).to_pylist() == pq.read_table(io.BytesIO(served)).to_pylist()
        assert list(pd.read_parquet(out)["id"]) == list(frame["id"])


def test_export_events_refuses_an_unknown_format_and_leaves_no_file(store, tmp_path):
    with pytest.raises(api.QueryError, match="format must be one of csv, parquet, plover"):
        api.export_events(tmp_path / "e.xlsx", store)
    with pytest.raises(api.QueryError):
        api.export_events(tmp_path / "e.csv", store, limit=0)
    assert list(tmp_path.iterdir()) == []
