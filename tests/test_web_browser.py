"""Every page in a real headless Chromium against a live server on a fixture store.

Chromium is Debian's (/usr/bin/chromium, installed by tools/install-browser.sh), driven by the
Python playwright package; the tests skip only when that browser cannot be found. Each page's
screenshot is written to docs/screenshots/ for the README.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from utkikk.record import Article, Mention
from utkikk.web import create_app
from utkikk.web.sample import build_sample_store

CHROMIUM = os.environ.get("UTKIKK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="python playwright is not installed (pip install -e '.[test]')")
if not Path(CHROMIUM).exists():
    pytest.skip(f"chromium not found at {CHROMIUM}: run tools/install-browser.sh as root", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    db = tmp_path_factory.mktemp("web") / "t.db"
    store = build_sample_store(db)
    text = "Kina kritiserte Japan. <script>document.title='pwned'</script>\n"
    store.add_article(Article(doc="hostile.txt", text=text, title="<b>Fet</b> tittel", lang="nb",
                              published="2023-05-02", mentions=[Mention(0, 4, "Kina", "CHN", "name")]))
    port = _free_port()
    config = uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def page(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        pg.set_default_timeout(15_000)
        yield pg
        browser.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _visible(page, text: str) -> None:
    sync_api.expect(page.get_by_text(text, exact=False).first).to_be_visible()


def test_overview(page, server):
    page.goto(server + "/")
    sync_api.expect(page.locator("h1")).to_have_text("Overview")
    _visible(page, "Latest articles")
    _visible(page, "Sweden becomes NATO's 32nd member")
    sync_api.expect(page.locator("a[href='/dyads/RUS/UKR']").first).to_be_visible()
    _visible(page, "Articles per language")
    _visible(page, "Svenska Dagbladet")
    _visible(page, "conflict events in 2022-02")
    _shot(page, "overview")


def test_search_with_stemming_and_filter(page, server):
    page.goto(server + "/search")
    page.fill("input[name=q]", "sanksjoner")
    page.select_option("select[name=lang]", "nb")
    page.click("button[type=submit]")
    sync_api.expect(page.locator(".summary")).to_contain_text("for sanksjoner")
    sync_api.expect(page.locator("ol.results")).to_contain_text("Russland har gått til angrep på Ukraina")
    sync_api.expect(page.locator("ol.results mark").get_by_text("Sanksjonene", exact=True)).to_be_visible()
    _shot(page, "search")


def test_article_page_highlights_and_cluster(page, server):
    page.goto(server + "/search?q=folkeretten")
    page.click("ol.results a.title")
    sync_api.expect(page.locator("h1")).to_have_text("Russland har gått til angrep på Ukraina")
    sync_api.expect(page.locator("article.text a.actor", has_text="Russland").first).to_be_visible()
    sync_api.expect(page.locator("article.text mark.trigger.conflict", has_text="fordømte")).to_be_visible()
    sync_api.expect(page.locator("article.text span.quote").first).to_contain_text("brudd på folkeretten")
    sync_api.expect(page.locator("table.events")).to_contain_text("hypothetical")
    sync_api.expect(page.get_by_role("link", name="Russland angrep Ukraina i natt")).to_be_visible()
    _shot(page, "article")


def test_hostile_text_is_shown_not_run(page, server):
    page.goto(server + "/search?q=kritiserte")
    page.click("ol.results a.title")
    sync_api.expect(page.locator("h1")).to_have_text("<b>Fet</b> tittel")
    sync_api.expect(page.locator("article.text")).to_contain_text("<script>document.title='pwned'</script>")
    assert "pwned" not in page.title()


def test_actor_page(page, server):
    page.goto(server + "/actors/NOR")
    sync_api.expect(page.locator("h1")).to_contain_text("NOR")
    sync_api.expect(page.locator("svg.timeline circle")).to_have_count(5)
    _visible(page, "Top partners")
    sync_api.expect(page.locator("td", has_text="Anniken Huitfeldt").first).to_be_visible()
    sync_api.expect(page.locator("a[href='/dyads/NOR/RUS']").first).to_be_visible()
    _shot(page, "actor")


def test_dyad_page_and_click_through_to_events(page, server):
    page.goto(server + "/dyads/RUS/UKR")
    sync_api.expect(page.locator("h1 a[href='/actors/UKR']")).to_be_visible()
    bars = page.locator("svg.chart a.point")
    sync_api.expect(bars).to_have_count(4)  # 2021-11 … 2022-02, gap months included
    _visible(page, "Monthly cooperation and conflict")
    _shot(page, "dyad")
    page.locator("svg.chart a.point").nth(3).click()
    page.wait_for_url("**/events?**")
    sync_api.expect(page.locator(".summary")).to_contain_text("7 reports")
    sync_api.expect(page.locator("table.events")).to_contain_text("shelled")
    _shot(page, "events")


def test_network_page(page, server):
    page.goto(server + "/network")
    sync_api.expect(page.locator("h1")).to_have_text("Network")
    sync_api.expect(page.locator("svg.network a.node", has_text="UKR")).to_be_visible()
    assert page.locator("svg.network line").count() >= 10
    page.fill("input[name=start]", "2023")
    page.fill("input[name=end]", "2023")
    page.click("button[type=submit]")
    sync_api.expect(page.locator("svg.network line")).to_have_count(2)
    _shot(page, "network")


def test_alerts_page(page, server):
    page.goto(server + "/alerts")
    _visible(page, "Poisson tail probability")
    sync_api.expect(page.locator("section.alert h2").first).to_contain_text("conflict in 2022-02")
    sync_api.expect(page.locator("section.alert table.events").first).to_contain_text("ASSAULT")
    _shot(page, "alerts")


def test_api_page_and_bad_parameter(page, server):
    page.goto(server + "/api")
    sync_api.expect(page.locator("table.api")).to_contain_text("/api/events.plover.json")
    _shot(page, "api")
    resp = page.goto(server + "/events?start=2022-13")
    assert resp is not None and resp.status == 400
    sync_api.expect(page.locator(".error-message")).to_contain_text("start has no month 13")
