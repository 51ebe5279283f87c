"""Alerts delivered: the Atom feed /alerts.atom, and a JSON webhook with retries, each alert once."""

from __future__ import annotations

import json
import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from utkikk.notify import alert_key, atom_feed, deliver_new_alerts, post_json
from utkikk.web import create_app
from utkikk.web.sample import build_sample_store

ATOM = "{http://www.w3.org/2005/Atom}"


class Hook(BaseHTTPRequestHandler):
    answers: list[int] = []
    received: list[dict] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        Hook.received.append({"type": self.headers.get("Content-Type"), "body": json.loads(body)})
        status = Hook.answers.pop(0) if Hook.answers else 200
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def hook():
    Hook.answers, Hook.received = [], []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/hook"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = build_sample_store(str(tmp_path_factory.mktemp("notify") / "s.db"))
    yield s
    s.close()


def test_webhook_retries_server_errors_and_stops_on_a_refusal(hook):
    pauses: list[float] = []
    Hook.answers = [503, 502, 200]
    assert post_json(hook, {"x": 1}, sleep=pauses.append) is True
    assert len(Hook.received) == 3 and pauses == [1.0, 2.0]
    assert Hook.received[0] == {"type": "application/json", "body": {"x": 1}}
    Hook.answers = [400]
    assert post_json(hook, {"x": 2}, sleep=pauses.append) is False
    assert len(Hook.received) == 4  # a 400 is not retried
    Hook.answers = [500] * 10
    assert post_json(hook, {"x": 3}, retries=3, sleep=lambda s: None) is False
    assert len(Hook.received) == 7
    # nobody listening: connection errors are retried, then given up
    assert post_json("http://127.0.0.1:9/none", {}, retries=2, sleep=pauses.append) is False


def test_new_alerts_are_posted_once(hook, store):
    Hook.answers = [503]
    assert deliver_new_alerts(store, hook, sleep=lambda s: None) == 1
    msg = Hook.received[-1]["body"]
    assert [(a["a"], a["b"], a["month"], a["side"]) for a in msg["alerts"]] == [("RUS", "UKR", "2022-02", "conflict")]
    assert "Poisson" in msg["method"] and msg["alerts"][0]["events"]
    n = len(Hook.received)
    assert deliver_new_alerts(store, hook, sleep=lambda s: None) == 0 and len(Hook.received) == n
    # another URL has not had it yet; a delivery that fails is tried again next time
    Hook.answers = [500] * 4
    assert deliver_new_alerts(store, hook + "2", sleep=lambda s: None) == 0
    assert deliver_new_alerts(store, hook + "2", sleep=lambda s: None) == 1


def test_alerts_atom_feed(store):
    with TestClient(create_app(store=store)) as c:
        r = c.get("/alerts.atom")
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
        feed = ET.fromstring(r.text)
        entries = feed.findall(f"{ATOM}entry")
        assert feed.find(f"{ATOM}title").text == "Utkikk alerts"
        assert "independent sources" in feed.find(f"{ATOM}subtitle").text
        assert [e.find(f"{ATOM}title").text for e in entries] == ["Russia – Ukraine: conflict in 2022-02"]
        e = entries[0]
        assert e.find(f"{ATOM}id").text.endswith(alert_key({"a": "RUS", "b": "UKR", "month": "2022-02",
                                                            "side": "conflict"}))
        assert e.find(f"{ATOM}link").get("href").endswith("/dyads/RUS/UKR?start=2022-02&end=2022-02")
        assert "ASSAULT" in e.find(f"{ATOM}content").text
        assert ET.fromstring(c.get("/alerts.atom", params={"start": "2023-01"}).text).findall(f"{ATOM}entry") == []
        assert 'href="/alerts.atom"' in c.get("/alerts").text


def test_overview_lists_what_arrived_since_a_time_by_ingestion_time(tmp_path):
    from datetime import datetime, timedelta

    from sqlalchemy import text as sql

    from utkikk.record import Article

    s = build_sample_store(str(tmp_path / "s.db"))
    with s.engine.begin() as conn:  # the sample was ingested "long ago"
        conn.execute(sql("UPDATE articles SET ingested_at = :t"), {"t": datetime(2020, 1, 1)})
    # an old article (published 2019) ingested now still counts as arrived
    s.add_article(Article(doc="late.txt", text="Et sent innkommet notat om Arktis og samarbeid i nord.",
                          title="Sent notat", lang="nb", published="2019-05-01"))
    with TestClient(create_app(store=s)) as c:
        d = c.get("/api/overview", params={"since": "24h"}).json()["arrived"]
        assert d["articles"] == 1 and [a["doc"] for a in d["latest"]] == ["late.txt"]
        assert c.get("/api/overview", params={"since": "2019-12-31"}).json()["arrived"]["articles"] == 13
        since = (datetime.utcnow() + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
        assert c.get("/api/overview", params={"since": since}).json()["arrived"]["articles"] == 0
        assert c.get("/api/overview").json()["arrived"] is None
        r = c.get("/api/overview", params={"since": "yesterday"})
        assert r.status_code == 400 and "span back from now" in r.json()["detail"]
        assert "Sent notat" in c.get("/", params={"since": "24h"}).text
    s.close()


def test_a_feed_entry_says_when_one_source_was_weighed_lower():
    al = {"a": "IRN", "b": "ISR", "month": "2025-06", "side": "conflict", "count": 2, "types": {"ASSAULT": 2},
          "sources": 1, "weight": 0.5, "severity": 2.0, "baseline": 0.002, "p_value": 0.0017}
    feed = ET.fromstring(atom_feed({"alerts": [al, {**al, "b": "USA", "sources": 2, "weight": 1.0}]}, "http://x"))
    lone, two = (e.find(f"{ATOM}summary").text for e in feed.findall(f"{ATOM}entry"))
    assert "from 1 independent source, counted ×0.5: weight 2.00" in lone
    assert "from 2 independent sources: weight 2.00" in two and "counted" not in two
