"""HTTP API: every endpoint's JSON, the exports, and the error answers (FastAPI TestClient)."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from articles import accusation
from utkikk.web import create_app
from utkikk.web.sample import build_sample_store

HOSTILE = '<script>alert("x")</script>'


def _hostile_article():
    text = f"Kina kritiserte Japan i en uttalelse som inneholdt teksten {HOSTILE} om sanksjoner.\n"
    return accusation("hostile.txt", text, title="<img src=x onerror=alert(1)> Kina og Japan", outlet="Testavisen")


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
    assert len(page["events"]) == 2 and page["total"] == 29  # two planned aid reports are not counted
    assert client.get("/api/events", params={"planned": 1}).json()["total"] == 31
    march = client.get("/api/events", params={"start": "2022-03", "end": "2022-03"}).json()
    assert march["total"] == 1 and all(e["date"].startswith("2022-03") for e in march["events"])


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
    assert d["code"] == "NOR" and d["events_as_source"] == 4  # "Norge vil også sende våpen" is planned
    assert client.get("/api/actors/NOR", params={"planned": 1}).json()["events_as_source"] == 5
    assert {"Norge", "Noreg", "Norway"} <= {n["text"] for n in d["names_seen"]}
    assert {r["name"] for r in d["roles_seen"]} >= {"Jonas Gahr Støre", "Anniken Huitfeldt"}
    assert [p["other"] for p in d["opponents"]] == ["RUS"]
    assert {p["other"] for p in d["partners"]} == {"SWE"}
    planned = client.get("/api/actors/NOR", params={"planned": 1}).json()
    assert {p["other"] for p in planned["partners"]} == {"SWE", "UKR"}
    assert len(d["timeline"]) == 4


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
    assert al["sources"] == 2 and al["types"]["ASSAULT"] == 2 and al["severity"] > al["baseline"]
    assert client.get("/api/alerts", params={"min_sources": 3}).json()["total"] == 0
    assert client.get("/api/alerts", params={"min_severity": 50}).json()["total"] == 0


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ["/api/overview", "/api/search", "/api/events", "/api/events.csv", "/api/events.parquet",
              "/api/events.plover.json", "/api/articles/{article_id}", "/api/actors/{code}", "/api/dyads/{a}/{b}",
              "/api/network", "/api/alerts", "/api/actors", "/api/actors/{code}/timeline.svg",
              "/api/actors/{code}/timeline.csv", "/api/dyads/{a}/{b}/series.svg", "/api/dyads/{a}/{b}/series.csv",
              "/api/network.svg", "/api/network.csv"]:
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
    ("/api/search", 400, "an actor or an event type"),  # q is optional given an actor or a type
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


# ---------------------------------------------------------------- navigation (issue 14, part 3)


def test_actor_index_lists_every_actor_with_names(client):
    d = client.get("/api/actors").json()
    rows = {r["code"]: r for r in d["actors"]}
    assert d["total"] == len(rows) and {"RUS", "UKR", "NOR", "NATO", "CHN", "JPN", "FIN"} <= set(rows)
    rus = rows["RUS"]
    assert rus["names"] == {"nb": "Russland", "nn": "Russland", "da": "Rusland", "sv": "Ryssland", "en": "Russia"}
    assert rus["kind"] == "state" and rows["NATO"]["kind"] == "organisation"
    assert rus["events"] == rus["events_as_source"] + rus["events_as_target"] > 0
    assert rows["FIN"]["events"] == 0 and rows["FIN"]["mentions"] >= 1  # mentioned only: still listed
    assert d["actors"][0]["code"] == "RUS"  # most reported first
    page = client.get("/actors")
    assert page.status_code == 200 and "Ryssland" in page.text and 'href="/actors/FIN"' in page.text


@pytest.mark.parametrize("q,code", [
    ("russland", "RUS"), ("Rysslands", "RUS"), ("RUSLAND", "RUS"), ("rus", "RUS"), ("ukr", "UKR"),
    ("noreg", "NOR"), ("Nato", "NATO"), ("natos", "NATO"), ("sor-afrika", "ZAF"), ("Sør-Afrika", "ZAF"),
    ("Støre", "NOR"), ("store", "NOR"), ("tyrk", "TUR"),
])
def test_actor_type_ahead_matches_names_in_any_language(client, q, code):
    d = client.get("/api/actors", params={"q": q}).json()
    assert d["actors"], q
    assert d["actors"][0]["code"] == code, [a["code"] for a in d["actors"]]


def test_actor_type_ahead_ranks_and_limits(client):
    d = client.get("/api/actors", params={"q": "s", "limit": 3}).json()
    assert len(d["actors"]) == 3
    assert d["actors"][0]["code"] == "SWE"  # in the store, most reported, before KB-only actors
    only = client.get("/api/actors", params={"q": "s", "in_store": True, "limit": 50}).json()["actors"]
    assert only and all(a["events"] or a["mentions"] for a in only)
    assert client.get("/api/actors", params={"q": "zzzz"}).json()["actors"] == []
    person = client.get("/api/actors", params={"q": "huitfeldt"}).json()["actors"][0]
    assert person["code"] == "NOR" and "Huitfeldt" in person["via"]


def test_unknown_actor_404_suggests_the_closest(client):
    r = client.get("/api/actors/Russia")
    assert r.status_code == 404
    body = r.json()
    assert "no actor 'Russia'" in body["detail"]
    assert body["suggestions"][0]["code"] == "RUS" and body["suggestions"][0]["url"] == "/api/actors/RUS"
    page = client.get("/actors/Russia")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert 'href="/actors/RUS"' in page.text and "Did you mean" in page.text
    typo = client.get("/api/actors/Norwey").json()
    assert typo["suggestions"][0]["code"] == "NOR"


def test_unknown_dyad_side_404_keeps_the_known_side(client):
    r = client.get("/api/dyads/RUS/XXX")
    assert r.status_code == 404 and "no actor 'XXX'" in r.json()["detail"]
    assert all(s["url"].startswith("/api/dyads/RUS/") for s in r.json()["suggestions"])
    assert r.json()["suggestions"]
    page = client.get("/dyads/Ukraina/RUS")
    assert page.status_code == 404 and 'href="/dyads/UKR/RUS"' in page.text
    assert client.get("/dyads/RUS/XXX/").status_code == 404


def test_known_actor_without_events_says_so(client):
    a = client.get("/actors/FIN")
    assert a.status_code == 200 and "no events in this store" in a.text
    kb_only = client.get("/api/actors/ZAF")  # in the knowledge base, never in this store
    assert kb_only.status_code == 200 and kb_only.json()["events_as_source"] == 0
    d = client.get("/dyads/RUS/FIN")
    assert d.status_code == 200 and "No events between Russia (RUS) and Finland (FIN)" in d.text


def test_dyad_picker_resolves_names(client):
    r = client.get("/dyads", params={"a": "russland", "b": "Ukraine"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dyads/RUS/UKR"
    r = client.get("/dyads", params={"a": "nor", "b": "RUS", "start": "2022"}, follow_redirects=False)
    assert r.headers["location"] == "/dyads/NOR/RUS?start=2022"
    assert client.get("/dyads", params={"a": "Russland", "b": "Atlantis"}).status_code == 404
    picker = client.get("/dyads")
    assert picker.status_code == 200 and 'id="dyad-picker"' in picker.text
    assert 'id="dyad-picker"' in client.get("/").text and 'id="dyad-picker"' in client.get("/dyads/RUS/UKR").text


def test_event_filters_accept_names_on_pages(client):
    by_name = client.get("/events", params={"source": "Russland", "target": "ukraina"})
    by_code = client.get("/events", params={"source": "RUS", "target": "UKR"})
    assert by_name.status_code == 200
    assert by_name.text.count('<tr id="event-') == by_code.text.count('<tr id="event-') > 0
    assert 'name="source" value="RUS"' in by_name.text  # the field shows the resolved code
    assert 'data-actor' in by_name.text and "<select name=\"source\"" not in by_name.text


def test_article_text_anchors_each_evidence_sentence(client):
    art = next(a for a in client.get("/api/search", params={"q": "folkeretten"}).json()["results"])
    d = client.get(f"/api/articles/{art['id']}").json()
    html = client.get(f"/articles/{art['id']}").text
    for e in d["events"]:
        assert html.count(f'id="ev-{e["id"]}"') == 1  # one anchor per event, however the sentence is cut
        assert f'href="#ev-{e["id"]}"' in html
    ev = client.get("/api/events", params={"source": "NOR"}).json()["events"][0]
    assert f'/articles/{ev["article_id"]}#ev-{ev["id"]}' in client.get("/events", params={"source": "NOR"}).text


def test_chart_downloads(client):
    svg = client.get("/api/dyads/RUS/UKR/series.svg")
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.startswith('<svg xmlns="http://www.w3.org/2000/svg"') and "<style>" in svg.text
    assert "events per month" in svg.text and "Feb 2022" in svg.text
    series = pd.read_csv(io.StringIO(client.get("/api/dyads/RUS/UKR/series.csv").text))
    assert list(series["month"]) == ["2021-11", "2021-12", "2022-01", "2022-02"]
    assert series.loc[3, "conflict"] == 4
    part = pd.read_csv(io.StringIO(client.get("/api/dyads/RUS/UKR/series.csv", params={"start": "2022-02"}).text))
    assert list(part["month"]) == ["2022-02"]
    tl = client.get("/api/actors/NOR/timeline.csv")
    assert 'filename="utkikk-NOR-timeline.csv"' in tl.headers["content-disposition"]
    df = pd.read_csv(io.StringIO(tl.text))
    assert len(df) == 4 and set(df["role"]) <= {"source", "target"} and set(df["conflict"]) <= {0, 1}
    tsvg = client.get("/api/actors/NOR/timeline.svg").text
    assert "actor&#39;s role" in tsvg and "<polygon" in tsvg
    net = pd.read_csv(io.StringIO(client.get("/api/network.csv").text))
    assert ("RUS", "UKR", "conflict") in set(zip(net["a"], net["b"], net["tone"], strict=True))
    nsvg = client.get("/api/network.svg", params={"start": "2023", "end": "2023"}).text
    assert nsvg.count('class="edge ') == 3 and 'stroke-dasharray="9 4"' in nsvg  # legend: dashed conflict
    assert client.get("/api/actors/Russia/timeline.svg").status_code == 404
    assert client.get("/api/dyads/RUS/XXX/series.csv").status_code == 404


def test_month_ticks_fall_inside_the_axis():
    from utkikk.web.svg import month_ticks

    lo, hi, ticks = month_ticks("2021-11-12", "2022-02-28")
    assert [label for _, label in ticks] == ["Nov 2021", "Dec 2021", "Jan 2022", "Feb 2022", "Mar 2022"]
    assert all(lo <= day <= hi for day, _ in ticks)
    _, _, yearly = month_ticks("2015-03", "2024-07")
    labels = [label for _, label in yearly]
    assert 3 <= len(labels) <= 8 and all(lb.isdigit() for lb in labels)
    _, _, single = month_ticks("2023-05-02", "2023-05-02")
    assert [label for _, label in single] == ["May 2023", "Jun 2023"]
