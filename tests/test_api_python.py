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
