"""HTTP API: every endpoint's JSON, the exports, and the error answers (FastAPI TestClient)."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from utkikk.record import Article, Event, Mention
from utkikk.web import create_app
from utkikk.web.sample import build_sample_store

HOSTILE = '<script>alert("x")</script>'


def _hostile_article() -> Article:
    text = f"Kina kritiserte Japan i en uttalelse som inneholdt teksten {HOSTILE} om sanksjoner.\n"
    start = text.index("kritiserte")
    return Article(doc="hostile.txt", text=text, title="<img src=x onerror=alert(1)> Kina og Japan", lang="nb",
                   published="2023-05-02", outlet="Testavisen",
                   mentions=[Mention(0, 4, "Kina", "CHN", "name"), Mention(16, 21, "Japan", "JPN", "name")],
                   events=[Event("CHN", "JPN", "ACCUSE", date="2023-05-02", sentence=text.strip(), trigger="kritiserte",
                                 start=start, end=start + 10, sent_start=0, sent_end=len(text) - 1)])


@pytest.fixture(scope="module")
def client(module_db_url):
    store = build_sample_store(module_db_url)
    store.add_article(_hostile_article())
    with TestClient(create_app(store=store)) as c:
        yield c
    store.close()


def test_overview(client):
    d = client.get("/api/overview").json()
    assert d["counts"]["articles"] == 13
    assert d["counts"]["languages"]["nb"] == 5 and set(d["counts"]["languages"]) == {"nb", "nn", "da", "sv", "en"}
    assert {"outlet": "NRK", "articles": 3} in d["counts"]["outlets"]
    assert d["top_dyads"][0]["a"] == "RUS" and d["top_dyads"][0]["b"] == "UKR"
    assert d["latest_articles"][0]["published"] == "2024-03-07"
    assert d["alerts"][0]["month"] == "2022-02"


def test_search_norwegian_stemming_and_filters(client):
    d = client.get("/api/search", params={"q": "sanksjoner", "lang": "nb"}).json()
    titles = [r["title"] for r in d["results"]]
    assert "Russland har gått til angrep på Ukraina" in titles  # only "Sanksjonene" in its text
    hit = next(r for r in d["results"] if r["title"] == "Russland har gått til angrep på Ukraina")
    assert "<mark>Sanksjonene</mark>" in hit["snippet"]
    assert all(r["lang"] == "nb" for r in d["results"])
    # cross-language: the Danish and Swedish forms lemmatise to the same stem family
    da = client.get("/api/search", params={"q": "sanktionerne"}).json()
    assert any(r["lang"] == "da" for r in da["results"])
    filtered = client.get("/api/search", params={"q": "sanksjoner", "actor": "NOR", "type": "SANCTION",
                                                 "start": "2022-03", "end": "2022-03"}).json()
    assert [r["title"] for r in filtered["results"]] == ["Norge slutter seg til sanksjonene mot Russland"]
    assert client.get("/api/search", params={"q": "sanksjoner", "outlet": "VG"}).json()["total"] == 0


def test_search_escapes_untrusted_text(client):
    d = client.get("/api/search", params={"q": "uttalelse"}).json()
    r = d["results"][0]
    assert "<script>" not in r["snippet"] and "&lt;script&gt;" in r["snippet"]
    assert "<img" not in r["title_html"] and "&lt;img" in r["title_html"]


def test_events_filters_and_paging(client):
    d = client.get("/api/events", params={"source": "RUS", "target": "UKR", "type": "ASSAULT"}).json()
    assert d["total"] == 3 and all(e["type"] == "ASSAULT" for e in d["events"])
    assert d["events"][0]["date"] >= d["events"][-1]["date"]
    both = client.get("/api/events", params={"source": "UKR", "target": "RUS", "both": True}).json()
    assert {(e["source"], e["target"]) for e in both["events"]} == {("UKR", "RUS"), ("RUS", "UKR")}
    flagged = client.get("/api/events", params={"source": "NOR", "flagged": True}).json()
    assert any(e["hypothetical"] for e in flagged["events"])
    assert not any(e["hypothetical"] for e in client.get("/api/events", params={"source": "NOR"}).json()["events"])
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert len(page["events"]) == 2 and page["total"] == 31
    march = client.get("/api/events", params={"start": "2022-03", "end": "2022-03"}).json()
    assert march["total"] == 2 and all(e["date"].startswith("2022-03") for e in march["events"])


def test_exports(client):
    params = {"source": "RUS", "target": "UKR", "both": True}
    csv = client.get("/api/events.csv", params=params)
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    df = pd.read_csv(io.StringIO(csv.text))
    assert len(df) == 9 and {"id", "date", "source", "target", "type", "sentence", "outlet"} <= set(df.columns)
    pq = client.get("/api/events.parquet", params=params)
    assert pd.read_parquet(io.BytesIO(pq.content)).shape[0] == 9
    plover = client.get("/api/events.plover.json", params=params).json()
    assert len(plover) == 9
    rec = plover[0]
    assert {"id", "date", "source", "recipient", "event", "mode", "context", "quad_code", "text", "cite_info"} <= set(rec)
    assert rec["event"][0] in {"ACCUSE", "MOBILIZE", "ASSAULT", "SANCTION", "CONSULT"}


def test_article(client):
    arts = client.get("/api/overview").json()["latest_articles"]
    nrk = next(a for a in client.get("/api/search", params={"q": "folkeretten"}).json()["results"])
    d = client.get(f"/api/articles/{nrk['id']}").json()
    assert d["title"] == "Russland har gått til angrep på Ukraina"
    assert {m["code"] for m in d["mentions"]} >= {"RUS", "UKR", "NOR"}
    assert d["quotes"][0]["speaker"] == "Jonas Gahr Støre"
    assert len(d["events"]) == 4 and sum(e["hypothetical"] for e in d["events"]) == 1
    assert [c["outlet"] for c in d["cluster"]] == ["VG"]
    assert arts


def test_actor(client):
    d = client.get("/api/actors/nor").json()  # codes are case-insensitive
    assert d["code"] == "NOR" and d["events_as_source"] == 5
    assert {"Norge", "Noreg", "Norway"} <= {n["text"] for n in d["names_seen"]}
    assert {r["name"] for r in d["roles_seen"]} >= {"Jonas Gahr Støre", "Anniken Huitfeldt"}
    assert [p["other"] for p in d["opponents"]] == ["RUS"]
    assert {p["other"] for p in d["partners"]} == {"SWE", "UKR"}
    assert len(d["timeline"]) == 5


def test_dyad_series(client):
    d = client.get("/api/dyads/RUS/UKR").json()
    months = {p["month"]: p for p in d["series"]}
    assert list(months)[0] == "2021-11" and "2021-12" in months  # gap months are present
    assert months["2022-02"]["conflict"] == 4 and months["2022-02"]["cooperation"] == 1
    assert months["2022-02"]["reports"] == 7  # the VG copy reports the same two events again
    assert months["2021-12"]["events"] == 0
    part = client.get("/api/dyads/RUS/UKR", params={"start": "2022-02", "end": "2022-02"}).json()
    assert [p["month"] for p in part["series"]] == ["2022-02"]


def test_network(client):
    d = client.get("/api/network").json()
    edges = {(e["a"], e["b"]): e for e in d["edges"]}
    assert edges[("RUS", "UKR")]["tone"] == "conflict"
    assert edges[("DNK", "UKR")]["tone"] == "cooperation"
    assert {n["code"] for n in d["nodes"]} >= {"RUS", "UKR", "NOR", "SWE"}
    period = client.get("/api/network", params={"start": "2023", "end": "2023"}).json()
    assert {(e["a"], e["b"]) for e in period["edges"]} == {("DNK", "UKR"), ("SWE", "UKR"), ("CHN", "JPN")}


def test_alerts(client):
    d = client.get("/api/alerts").json()
    assert "Poisson" in d["method"] and d["parameters"]["p_max"] == 0.01
    al = d["alerts"][0]
    assert (al["a"], al["b"], al["month"], al["side"], al["count"]) == ("RUS", "UKR", "2022-02", "conflict", 4)
    assert al["events"] and all(e["conflict"] for e in al["events"])
    assert client.get("/api/alerts", params={"start": "2023-01"}).json()["total"] == 0
    assert client.get("/api/alerts", params={"min_count": 10}).json()["total"] == 0


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ["/api/overview", "/api/search", "/api/events", "/api/events.csv", "/api/events.parquet",
              "/api/events.plover.json", "/api/articles/{article_id}", "/api/actors/{code}", "/api/dyads/{a}/{b}",
              "/api/network", "/api/alerts"]:
        assert p in paths, p
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"source", "target", "type", "start", "end"} <= names


@pytest.mark.parametrize("url,status,needle", [
    ("/api/events?start=2022-13", 400, "month 13"),
    ("/api/events?start=2022-02-30", 400, "calendar date"),
    ("/api/events?start=yesterday", 400, "YYYY"),
    ("/api/events?start=2023&end=2022", 400, "after end"),
    ("/api/events?type=BOMB", 400, "type must be one of"),
    ("/api/events?source=%3Cb%3E", 400, "actor code"),
    ("/api/events?lang=de", 400, "lang must be one of"),
    ("/api/events?limit=abc", 422, "limit"),
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events.csv?end=13", 400, "YYYY"),
    ("/api/search", 422, "q"),
    ("/api/search?q=%21%21%21", 400, "at least one word"),
    ("/api/search?q=x&type=nope", 400, "type"),
    ("/api/articles/999999", 404, "no article"),
    ("/api/articles/abc", 422, "article_id"),
    ("/api/actors/XYZQ", 404, "no actor"),
    ("/api/actors/%3Cscript%3E", 400, "actor code"),
    ("/api/dyads/RUS/RUS", 400, "two different"),
    ("/api/dyads/RUS/UKR?start=2022-99", 400, "month 99"),
    ("/api/network?max_edges=0", 422, "max_edges"),
    ("/api/alerts?p_max=2", 422, "p_max"),
])
def test_errors_are_4xx_with_message(client, url, status, needle):
    r = client.get(url)
    assert r.status_code == status, r.text
    assert needle in json.loads(r.text)["detail"]


def test_page_errors_are_html(client):
    r = client.get("/events?type=BOMB")
    assert r.status_code == 400 and "text/html" in r.headers["content-type"] and "type must be one of" in r.text
    assert client.get("/actors/XYZQ").status_code == 404
    assert client.get("/no/such/page").status_code == 404
