"""The server's defences: security headers, the Host allow-list, integer bounds, safe links and
CSV cells that no spreadsheet runs as formulas."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from articles import accusation, sample_store_with
from utkikk.web import create_app
from utkikk.web.sample import build_sample_store

TEXT = "Kina kritiserte Japan for øvelsen.\n"


def _hostile():
    return accusation("formula.txt", TEXT, title="=HYPERLINK(\"http://evil\",\"x\")", outlet="@SUM(A1)",
                      url="javascript:alert(document.domain)", sentence="+cmd|' /C calc'!A0")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = sample_store_with(tmp_path_factory.mktemp("hard") / "h.db", _hostile())
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store=store)) as c:
        yield c


def test_security_headers_on_pages_api_and_errors(client):
    for path in ("/", "/api/overview", "/actors/NOSUCH", "/static/app.js"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp, path
        assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_no_inline_script_in_any_page(client):
    for path in ("/", "/events", "/actors", "/dyads/RUS/UKR", "/network", "/alerts", "/search?q=avtale"):
        html = client.get(path).text
        assert "<script>" not in html and ' onsubmit="' not in html and ' onclick="' not in html, path


def test_host_header_allow_list(store):
    with TestClient(create_app(store=store, allowed_hosts=["127.0.0.1", "localhost"]),
                    base_url="http://127.0.0.1") as c:
        assert c.get("/api/overview").status_code == 200
        assert c.get("/api/overview", headers={"host": "attacker.example"}).status_code == 400


@pytest.mark.parametrize("path", ["/api/events?offset=9223372036854775808", "/api/articles/9223372036854775808",
                                  "/articles/99999999999999999999", "/api/events/9223372036854775808/corrections"])
def test_huge_integers_are_a_422_not_a_500(client, path):
    r = client.get(path)
    assert r.status_code == 422, (path, r.status_code)


def test_only_http_links_are_rendered(client, store):
    art = next(a for a in client.get("/api/search", params={"q": "kritiserte"}).json()["results"]
               if a["doc"] == "formula.txt")
    html = client.get(f"/articles/{art['id']}").text
    assert 'href="javascript:' not in html and "javascript:alert(document.domain)" in html  # shown as text


def test_csv_cells_cannot_be_formulas(client):
    df = pd.read_csv(io.StringIO(client.get("/api/events.csv", params={"source": "CHN"}).text))
    row = df.iloc[0]
    assert row["article_title"].startswith("'=") and row["outlet"] == "'@SUM(A1)" and row["sentence"].startswith("'+")
    assert row["score"] == -2.0 or isinstance(row["score"], float)  # numbers stay numbers


def test_405_says_which_methods_are_allowed(client):
    r = client.delete("/api/events")
    assert r.status_code == 405 and r.headers["allow"] == "GET" and r.json()["detail"] == "Method Not Allowed"


WEIRD = ["9223372036854775808", "-1", "abc", "", "<script>", "2022-13", "ÆØÅ\u2028", "%00", "'; DROP TABLE events;--"]


def _paths(spec: dict) -> list[tuple[str, list[dict]]]:
    fill = {"code": "RUS", "a": "RUS", "b": "UKR", "article_id": "1", "event_id": "1"}
    out = []
    for path, ops in spec["paths"].items():
        if "get" not in ops:
            continue
        url = path
        for k, v in fill.items():
            url = url.replace("{" + k + "}", v)
        out.append((url, [p for p in ops["get"].get("parameters", []) if p["in"] == "query"]))
    return out


def test_every_get_endpoint_answers_bad_parameters_with_a_documented_4xx(client):
    """A walk over the OpenAPI schema: each query parameter of each GET endpoint with values of the
    wrong form, range or content. Never a 5xx; every 4xx is an ErrorBody (a `detail` string) and
    its status is documented for the endpoint."""
    spec = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in str(spec)  # the schema says what the errors really are
    seen = 0
    for url, params in _paths(spec):
        documented = set(spec["paths"][next(p for p in spec["paths"] if _matches(p, url))]["get"]["responses"])
        for p in params:
            for value in WEIRD:
                r = client.get(url, params={p["name"]: value})
                seen += 1
                assert r.status_code < 500, (url, p["name"], value, r.status_code)
                if r.status_code >= 400 and r.headers["content-type"].startswith("application/json"):
                    body = r.json()
                    assert isinstance(body.get("detail"), str), (url, p["name"], value, body)
                    assert str(r.status_code) in documented, (url, p["name"], value, r.status_code)
    assert seen > 300


def _matches(template: str, url: str) -> bool:
    t, u = template.strip("/").split("/"), url.strip("/").split("/")
    return len(t) == len(u) and all(a == b or a.startswith("{") for a, b in zip(t, u, strict=True))


def test_serve_with_two_workers_answers_and_shares_the_token(tmp_path):
    """`utkikk serve --workers 2`: both processes serve the store, and a correction made with the
    token works whichever worker takes it."""
    import os
    import subprocess
    import sys

    import httpx

    db = tmp_path / "w.db"
    build_sample_store(db).close()
    port = _free_port()
    env = dict(os.environ, UTKIKK_TOKEN="two-workers")
    proc = subprocess.Popen([sys.executable, "-m", "utkikk", "serve", "--db", str(db), "--port", str(port),
                             "--workers", "2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base)
        ev = httpx.get(base + "/api/events", params={"limit": 1}).json()["events"][0]
        for _ in range(4):  # requests spread over the workers: every one knows the token
            r = httpx.post(f"{base}/api/events/{ev['id']}/corrections", json={"action": "fix", "reason": "r", "modality": "asserted" if _ % 2 else "hypothetical"},
                           headers={"X-Utkikk-Token": "two-workers"})
            assert r.status_code == 201, r.text
        assert httpx.get(base + "/", headers={"host": "evil.example"}).status_code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_405_names_the_methods_of_every_route_on_the_path(client):
    """GET and POST of /api/events/{id}/corrections are two routes; Starlette alone would say POST."""
    r = client.request("OPTIONS", "/api/events/1/corrections")
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST"


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_stops_on_sigterm_with_status_0(tmp_path, workers):
    """SIGTERM: `utkikk serve` stops accepting, finishes, logs that it stopped and exits 0 within
    seconds, alone or with workers (a scheduler or systemd reads a non-zero status as a crash)."""
    import signal
    import subprocess
    import sys

    import httpx

    db = tmp_path / "s.db"
    build_sample_store(db).close()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "utkikk", "serve", "--db", str(db), "--port", str(port),
                             "--workers", str(workers), "--grace", "3"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        _wait_until_up(f"http://127.0.0.1:{port}")
        with httpx.stream("GET", f"http://127.0.0.1:{port}/api/events.csv") as r:  # one request done
            assert r.status_code == 200 and r.read().startswith(b"id,date,")
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out[-2000:]
    assert "SIGTERM" in out and ("stopped (SIGTERM)" in out or "Stopping parent process" in out), out[-2000:]
    with pytest.raises(httpx.ConnectError):  # nothing listens any more
        httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=2)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(base: str) -> None:
    import time

    import httpx

    for _ in range(300):
        try:
            if httpx.get(base + "/api/overview", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    pytest.fail("the server did not answer")
