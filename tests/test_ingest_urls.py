"""URLs: feeds and pages fetched from a local server, with conditional GET and clear errors."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from utkikk.ingest import MemoryFeedState, read_inputs
from utkikk.record import Article, Reject

FIX = Path(__file__).parent / "fixtures" / "ingest"
ETAG = '"v1"'
MODIFIED = "Mon, 04 Mar 2024 10:00:00 GMT"


class _Handler(BaseHTTPRequestHandler):
    hits: list[tuple[str, str | None]] = []

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _send(self, code: int, ctype: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        type(self).hits.append((self.path, self.headers.get("If-None-Match")))
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == ETAG:
                self.send_response(304)
                self.end_headers()
                return
            self._send(200, "application/rss+xml", (FIX / "feed.rss").read_bytes(),
                       {"ETag": ETAG, "Last-Modified": MODIFIED})
        elif self.path == "/atom-as-octet":
            self._send(200, "application/octet-stream", (FIX / "feed.atom").read_bytes())
        elif self.path == "/page":
            self._send(200, "text/html; charset=utf-8", (FIX / "page.html").read_bytes())
        elif self.path == "/broken.xml":
            self._send(200, "application/xml", (FIX / "broken.rss").read_bytes())
        elif self.path.startswith("/redirect?to="):
            self.send_response(302)
            self.send_header("Location", self.path.split("=", 1)[1].replace("PORT", str(self.server.server_address[1])))
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"Norge og Sverige. ")
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/big":
            self._send(200, "text/plain", b"Norge og Sverige. " * 1000)
        else:
            self._send(404, "text/plain", b"not here")


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def client():
    with httpx.Client(timeout=5, trust_env=False) as c:
        yield c


def test_feed_url_items_and_conditional_get(server, client):
    state = MemoryFeedState()
    url = f"{server}/feed.xml"
    items = list(read_inputs([url], http=client, feed_state=state))
    assert [a.doc for a in items] == [f"{url}#1", f"{url}#2"]
    assert all(isinstance(a, Article) and a.outlet == "NRK" and a.source == url for a in items)
    assert state.get(url) == (ETAG, MODIFIED)
    # unchanged feed: the server answers 304 and nothing is read again
    assert list(read_inputs([url], http=client, feed_state=state)) == []
    assert _Handler.hits[-1] == ("/feed.xml", ETAG)


def test_feed_recognised_by_content_not_type(server, client):
    [art] = list(read_inputs([f"{server}/atom-as-octet"], http=client))
    assert art.fmt == "atom" and art.outlet == "The Guardian"


def test_html_page_url(server, client):
    url = f"{server}/page"
    [art] = list(read_inputs([url], http=client))
    assert isinstance(art, Article)
    assert (art.doc, art.url, art.fmt, art.lang, art.outlet) == (url, url, "html", "sv", "SVT")


def test_url_errors_do_not_stop_the_batch(server, client):
    good = str(FIX / "corpus" / "nb_ntb.txt")
    items = list(read_inputs([f"{server}/missing", good, f"{server}/broken.xml", good,
                              f"{server}/big", "http://127.0.0.1:9/closed"], http=client, max_bytes=5000))
    assert [type(i).__name__ for i in items] == ["Reject", "Article", "Reject", "Article", "Reject", "Reject"]
    assert items[0] == Reject(f"{server}/missing", "HTTP 404 Not Found")
    assert items[2].reason.startswith("malformed feed:")
    assert items[4] == Reject(f"{server}/big", "larger than 5000 bytes")
    assert items[5].source == "http://127.0.0.1:9/closed" and items[5].reason.startswith("fetch failed: ConnectError")


def test_own_client_is_made_when_none_given(server):
    [art] = list(read_inputs([f"{server}/page"]))
    assert isinstance(art, Article)


@pytest.fixture
def loopback_is_public(monkeypatch):
    """127.0.0.1 plays a public site, "localhost" the machine itself: no test reaches the internet."""
    from utkikk.ingest import fetch as fetch_mod

    monkeypatch.setattr(fetch_mod, "internal_address",
                        lambda url: "loopback address 127.0.0.1" if urlsplit(url).hostname == "localhost" else None)


def test_redirect_to_an_internal_address_is_refused(server, client, loopback_is_public):
    from utkikk.ingest.fetch import FetchError, fetch

    with pytest.raises(FetchError, match=r"redirect to an internal address refused \(loopback"):
        fetch(f"{server}/redirect?to=http://localhost:PORT/page", client, max_bytes=10**6)
    with pytest.raises(FetchError, match="redirect to a non-http"):
        fetch(f"{server}/redirect?to=file:///etc/passwd", client, max_bytes=10**6)
    ok = fetch(f"{server}/redirect?to=/page", client, max_bytes=10**6)  # public to public: followed
    assert ok.status == 200 and ok.url.endswith("/page")


def test_overall_deadline_cuts_a_dripping_server(server, client):
    from utkikk.ingest.fetch import FetchError, fetch

    with pytest.raises(FetchError, match="took longer than 0.5 s"):
        fetch(f"{server}/drip", client, max_bytes=10**6, deadline_s=0.5)


def test_cli_ingest_sends_conditional_get_from_the_store(server, tmp_path):
    from typer.testing import CliRunner

    from utkikk.cli import app as cli_app

    db = str(tmp_path / "feeds.db")
    _Handler.hits.clear()
    assert CliRunner().invoke(cli_app, ["ingest", f"{server}/feed.xml", "--db", db, "--quiet"]).exit_code == 0
    assert CliRunner().invoke(cli_app, ["ingest", f"{server}/feed.xml", "--db", db, "--quiet"]).exit_code == 0
    assert [h for h in _Handler.hits if h[0] == "/feed.xml"] == [("/feed.xml", None), ("/feed.xml", ETAG)]


@pytest.mark.parametrize("url,why", [("http://127.0.0.1:8000/", "loopback address 127.0.0.1"),
                                     ("http://10.1.2.3/", "private address 10.1.2.3"),
                                     ("http://169.254.169.254/latest/meta-data", "private address 169.254.169.254"),
                                     ("http://[::1]/", "loopback address ::1"),
                                     ("http://0.0.0.0/", "private address 0.0.0.0"),
                                     ("http://93.184.215.14/", None)])
def test_internal_addresses_are_told_apart(url, why):
    from utkikk.ingest.fetch import internal_address

    assert internal_address(url) == why
