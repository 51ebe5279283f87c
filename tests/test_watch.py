"""``utkikk watch`` against feeds served by a local test server: one that changes between polls,
one that fails, one unchanged that answers a conditional GET with 304, one too large."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from utkikk.ingest.watch import Watcher, parse_duration, read_feed_list
from utkikk.store import Store

TEXTS = [
    "Regjeringen i Oslo la i dag fram en ny plan for beredskap i nordområdene. Planen skal styrke "
    "samarbeidet med nabolandene og gi kystvakten flere fartøy de neste årene.",
    "Utenriksministeren møtte sin svenske kollega i Stockholm onsdag. De to ble enige om å utvide "
    "det nordiske forsvarssamarbeidet og å holde flere felles øvelser i Østersjøen.",
    "Stortinget vedtok torsdag et nytt budsjett for bistand til Ukraina. Pengene skal gå til "
    "gjenoppbygging av strømnettet og til humanitær hjelp i de østlige delene av landet.",
]

UNCHANGED = ("Kommunen åpnet mandag et nytt senter for sivilt beredskap ved havna. Senteret skal "
             "samordne redningsarbeidet når uvær eller ulykker rammer kysten om vinteren.")


def _rss(items: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<item><title>{t}</title><link>https://example.org/{i}</link>"
                   f"<pubDate>Mon, 0{i + 1} Jan 2024 10:00:00 GMT</pubDate><description>{d}</description></item>"
                   for i, (t, d) in enumerate(items))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Testavisen</title>'
            f"{body}</channel></rss>").encode()


class Feeds(BaseHTTPRequestHandler):
    hits: dict[str, list[dict[str, str]]] = {}
    changing_round = 0

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        Feeds.hits.setdefault(self.path, []).append(dict(self.headers))
        if self.path == "/changing.xml":
            Feeds.changing_round += 1
            n = min(Feeds.changing_round, len(TEXTS))
            return self._send(200, _rss([(f"Sak {i}", TEXTS[i]) for i in range(n)]))
        if self.path == "/unchanged.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return None
            return self._send(200, _rss([("Fast sak", UNCHANGED)]), etag='"v1"')
        if self.path == "/big.xml":
            return self._send(200, _rss([("Stor", TEXTS[0] * 200)]))
        return self._send(500, b"down for maintenance")

    def _send(self, status: int, body: bytes, etag: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/rss+xml" if status == 200 else "text/plain")
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    Feeds.hits, Feeds.changing_round = {}, 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Feeds)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_watch_ingests_changes_backs_off_a_failing_feed_and_gets_304_for_an_unchanged_one(server, tmp_path):
    store = Store(str(tmp_path / "w.db"))
    clock, lines = Clock(), []
    urls = [f"{server}/changing.xml", f"{server}/failing.xml", f"{server}/unchanged.xml", f"{server}/big.xml"]
    w = Watcher(store, urls, 900.0, max_bytes=20_000, analyse=False, clock=clock, emit=lines.append)
    try:
        first = {p.url.rsplit("/", 1)[1]: p for p in w.poll_once()}
        assert (first["changing.xml"].status, first["changing.xml"].new) == ("ok", 1)
        assert first["failing.xml"].status == "error" and "500" in first["failing.xml"].error
        assert first["unchanged.xml"].new == 1
        assert first["big.xml"].status == "error" and "larger than" in first["big.xml"].error
        assert len(lines) == 4 and all(u in " ".join(lines) for u in urls)

        clock.now = 900.0  # one interval later: the failing feed waits 2 intervals, the others are due
        second = {p.url.rsplit("/", 1)[1]: p for p in w.poll_once()}
        assert set(second) == {"changing.xml", "unchanged.xml"}
        assert (second["changing.xml"].new, second["changing.xml"].known) == (1, 1)
        assert second["unchanged.xml"].status == "not-modified"
        assert Feeds.hits["/unchanged.xml"][-1].get("If-None-Match") == '"v1"'
        assert len(Feeds.hits["/failing.xml"]) == 1

        clock.now = 1800.0  # the failing feed is due again, fails again: now 4 intervals
        third = {p.url.rsplit("/", 1)[1]: p for p in w.poll_once()}
        assert third["failing.xml"].failures == 2 and third["failing.xml"].retry_in == 4 * 900.0
        assert third["changing.xml"].new == 1
        assert "2 failures in a row" in " ".join(lines)
    finally:
        w.close()
    with store.engine.connect() as conn:
        from sqlalchemy import text

        ingested = {r[0] for r in conn.execute(text("SELECT title FROM articles"))}
    assert ingested == {"Sak 0", "Sak 1", "Sak 2", "Fast sak"}
    store.close()


def test_the_validators_survive_a_restart_of_the_watcher(server, tmp_path):
    db = str(tmp_path / "w.db")
    for _ in range(2):
        store = Store(db)
        w = Watcher(store, [f"{server}/unchanged.xml"], 60.0, analyse=False, emit=lambda line: None)
        w.poll_once()
        w.close()
        store.close()
    assert [h.get("If-None-Match") for h in Feeds.hits["/unchanged.xml"]] == [None, '"v1"']


def test_durations_and_feed_lists(tmp_path):
    assert [parse_duration(x) for x in ("90", "30s", "15m", "1h", "1d")] == [90, 30, 900, 3600, 86400]
    for bad in ("", "15 minutes", "-5m", "0"):
        with pytest.raises(ValueError):
            parse_duration(bad)
    f = tmp_path / "feeds.txt"
    f.write_text("# our feeds\nhttps://a.example/rss\n\nhttps://b.example/atom  # b\nhttps://a.example/rss\n")
    assert read_feed_list(f) == ["https://a.example/rss", "https://b.example/atom"]
    f.write_text("ftp://x.example/feed\n")
    with pytest.raises(ValueError):
        read_feed_list(f)
