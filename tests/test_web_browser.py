"""Every page in a real headless Chromium against a live server on a fixture store.

Chromium is Debian's (/usr/bin/chromium, installed by tools/install-browser.sh), driven by the
Python playwright package; the tests skip only when that browser cannot be found. Each page's
screenshot is written to docs/screenshots/ for the README.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest

from utkikk.record import Article, Mention
from utkikk.web import create_app
from utkikk.web.sample import build_sample_store

CHROMIUM = os.environ.get("UTKIKK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
TOKEN = "browser-test-token"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="python playwright is not installed (pip install -e '.[test]')")
if not Path(CHROMIUM).exists():
    pytest.skip(f"chromium not found at {CHROMIUM}: run tools/install-browser.sh as root", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _serve(store, token: str | None = None) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(store=store, token=token), host="127.0.0.1", port=port, log_level="warning")
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


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "t.db"
    store = build_sample_store(db)
    text = "Kina kritiserte Japan. <script>document.title='pwned'</script>\n"
    store.add_article(Article(doc="hostile.txt", text=text, title="<b>Fet</b> tittel", lang="nb",
                              published="2023-05-02", mentions=[Mention(0, 4, "Kina", "CHN", "name")]))
    with _serve(store) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory):
    """A server of its own, with a known write token: corrections change its store."""
    store = build_sample_store(tmp_path_factory.mktemp("write") / "w.db")
    with _serve(store, TOKEN) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def page(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        pg.set_default_timeout(15_000)
        yield pg
        browser.close()


def _shot(page, name: str, full_page: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


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


def test_cross_lingual_search(page, server):
    """An English word finds the Norwegian, Danish and Swedish articles, and says what it searched for."""
    page.goto(server + "/search")
    page.fill("input[name=q]", "sanctions")
    page.click("button[type=submit]")
    results = page.locator("ol.results")
    sync_api.expect(results).to_contain_text("Norge slutter seg til sanksjonene mot Russland")
    sync_api.expect(results.locator("mark").get_by_text("sanktioner", exact=True).first).to_be_visible()
    page.locator("details.expansion summary").click()
    sync_api.expect(page.locator("details.expansion")).to_contain_text("concept sanction")
    sync_api.expect(page.locator("details.expansion")).to_contain_text("sanksjon")
    # each result lists its events and actors
    sync_api.expect(results.locator(".result-events").first).to_contain_text("SANCTION")
    sync_api.expect(results.locator(".result-actors a.actor").first).to_be_visible()
    _shot(page, "search-cross-lingual")


def test_boolean_search(page, server):
    page.goto(server + "/search?q=" + "sanksjoner NOT Biden".replace(" ", "+"))
    results = page.locator("ol.results")
    sync_api.expect(results).to_contain_text("Norge slutter seg til sanksjonene mot Russland")
    sync_api.expect(results).not_to_contain_text("Biden advarte Putin")
    n_not = results.locator("> li").count()
    page.goto(server + "/search?q=" + "sanksjoner OR folkeretten".replace(" ", "+"))
    sync_api.expect(page.locator("ol.results")).to_contain_text("Biden advarte Putin")
    assert page.locator("ol.results > li").count() > n_not
    _shot(page, "search-boolean")
    # a quoted phrase: its words in order and adjacent
    page.goto(server + "/search?mode=fulltext&q=" + quote('"sanksjonene mot Russland"'))
    sync_api.expect(page.locator("ol.results")).to_contain_text("Norge slutter seg til sanksjonene mot Russland")
    page.goto(server + "/search?mode=fulltext&q=" + quote('"Russland mot sanksjonene"'))
    sync_api.expect(page.locator(".summary")).to_contain_text("0 articles")


def test_actor_only_search(page, server):
    page.goto(server + "/search")
    page.fill("input[name=actor]", "UKR")
    page.click("button[type=submit]")
    sync_api.expect(page.locator(".summary")).to_contain_text("with UKR")
    results = page.locator("ol.results")
    sync_api.expect(results.locator(".result-events").first).to_contain_text("UKR")
    assert results.locator("> li").count() >= 3
    _shot(page, "search-actor")


def test_alert_feed(page, server):
    page.goto(server + "/alerts")
    link = page.locator("a[href='/alerts.atom']")
    sync_api.expect(link).to_be_visible()
    resp = page.goto(server + "/alerts.atom")
    assert resp is not None and resp.status == 200
    assert resp.headers["content-type"].startswith("application/atom+xml")
    body = resp.text()
    assert "<feed" in body and "Russia – Ukraine: conflict in 2022-02" in body
    _shot(page, "alerts-atom")


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
    sync_api.expect(page.locator("svg.timeline a.event")).to_have_count(4)  # the planned aid is not counted
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
    assert page.locator("svg.network line.edge").count() >= 10
    page.fill("input[name=start]", "2023")
    page.fill("input[name=end]", "2023")
    page.click("button[type=submit]")
    sync_api.expect(page.locator("svg.network line.edge")).to_have_count(2)
    _shot(page, "network")


def test_alerts_page(page, server):
    page.goto(server + "/alerts")
    _visible(page, "Poisson tail")
    _visible(page, "independent sources")
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


# ---------------------------------------------------------------- navigation (issue 14, part 3)

HIT_BG = "rgb(255, 224, 138)"  # .sent.hit in style.css


def test_actor_index_and_type_ahead(page, server):
    page.goto(server + "/actors")
    sync_api.expect(page.locator("h1")).to_have_text("Actors")
    row = page.locator("table.actors tr", has=page.locator("a.code", has_text="RUS"))
    for name in ("Russland", "Rusland", "Ryssland", "Russia"):
        sync_api.expect(row).to_contain_text(name)
    sync_api.expect(row).to_contain_text("state")
    fin = page.locator("table.actors tr", has=page.locator("a.code", has_text="FIN"))
    sync_api.expect(fin).to_contain_text("Finland")  # mentioned, no events: still listed
    page.fill("#actor-filter", "ryssl")
    sync_api.expect(page.locator("table.actors tbody tr:visible")).to_have_count(1)
    sync_api.expect(page.locator("#actor-count")).to_contain_text("1 of")
    # type-ahead on the events page: a Swedish genitive, lower case, finds Russia by name
    page.goto(server + "/events")
    page.locator("form.filters input[name=source]").press_sequentially("rysslands", delay=20)
    option = page.locator(".ta-list li", has_text="RUS — Russia")
    sync_api.expect(option).to_be_visible()
    _shot(page, "type-ahead", full_page=False)
    option.click()
    sync_api.expect(page.locator("form.filters input[name=source]")).to_have_value("RUS")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?**source=RUS**")
    sync_api.expect(page.locator(".summary")).to_contain_text("6 reports")
    page.goto(server + "/actors")
    _shot(page, "actors")


def test_dyad_picker_takes_names(page, server):
    page.goto(server + "/")
    picker = page.locator("#dyad-picker")
    picker.locator("input[name=a]").press_sequentially("Norg", delay=20)
    sync_api.expect(picker.locator(".ta-list li", has_text="NOR — Norway")).to_be_visible()
    picker.locator("input[name=a]").press("ArrowDown")
    picker.locator("input[name=a]").press("Enter")
    sync_api.expect(picker.locator("input[name=a]")).to_have_value("NOR")
    picker.locator("input[name=b]").fill("Russland")  # a name typed in full, no suggestion chosen
    picker.locator("button[type=submit]").click()
    page.wait_for_url("**/dyads/NOR/RUS")
    sync_api.expect(page.locator("h1")).to_contain_text("Norway")
    sync_api.expect(page.locator("#dyad-picker input[name=b]")).to_have_value("RUS")


def test_unknown_actor_is_a_404_with_suggestions(page, server):
    resp = page.goto(server + "/actors/Russia")
    assert resp is not None and resp.status == 404
    sync_api.expect(page.locator(".error-message")).to_contain_text("no actor 'Russia'")
    link = page.locator("ul.suggestions a[href='/actors/RUS']")
    sync_api.expect(link).to_be_visible()
    sync_api.expect(link).to_contain_text("Russia")
    _shot(page, "not-found")
    link.click()
    page.wait_for_url("**/actors/RUS")
    resp = page.goto(server + "/dyads/RUS/XXX")
    assert resp is not None and resp.status == 404
    sync_api.expect(page.locator("h2")).to_contain_text("most reported")
    sync_api.expect(page.locator("ul.suggestions a").first).to_have_attribute("href", "/dyads/RUS/UKR")
    # a known actor without events says so instead of showing empty charts
    page.goto(server + "/actors/FIN")
    sync_api.expect(page.locator(".notice")).to_contain_text("no events in this store")
    page.goto(server + "/dyads/RUS/FIN")
    sync_api.expect(page.locator(".notice")).to_contain_text("No events between Russia (RUS) and Finland (FIN)")


def test_event_link_highlights_its_sentence(page, server):
    page.set_viewport_size({"width": 1000, "height": 420})  # short: the sentence must be scrolled to
    try:
        page.goto(server + "/events?source=NOR&type=SANCTION")
        link = page.locator("table.events td a[href*='#ev-']").first
        evidence = page.locator("table.events td.evidence").first.inner_text()
        href = link.get_attribute("href")
        assert href and "#ev-" in href
        link.click()
        page.wait_for_url("**/articles/**#ev-*")
        ev = href.split("#ev-")[1]
        target = page.locator(f"#ev-{ev}")
        sync_api.expect(target).to_have_class("sent hit")
        sync_api.expect(target).to_be_in_viewport()
        assert target.evaluate("el => getComputedStyle(el).backgroundColor") == HIT_BG
        assert page.evaluate("window.scrollY") > 0  # the page was scrolled down to it
        marked = " ".join(page.locator(".sent.hit").all_inner_texts())
        assert evidence.split(" — ")[0].strip()[:40] in " ".join(marked.split())
        # every piece of the sentence is marked, and no other sentence is
        assert page.locator(f".sent[data-ev='{ev}']").count() == page.locator(".sent.hit").count() >= 1
        plain = page.locator(f".sent:not([data-ev='{ev}'])")
        if plain.count():
            assert plain.first.evaluate("el => getComputedStyle(el).backgroundColor") != HIT_BG
        _shot(page, "article-highlight", full_page=False)
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def test_chart_downloads(page, server, tmp_path):
    import csv
    import io

    page.goto(server + "/dyads/RUS/UKR")
    svg_href = page.locator(".downloads a.dl-svg").get_attribute("href")
    csv_href = page.locator(".downloads a.dl-csv").get_attribute("href")
    r = page.request.get(server + svg_href)
    assert r.status == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert r.text().startswith("<svg xmlns=\"http://www.w3.org/2000/svg\"") and "events per month" in r.text()
    r = page.request.get(server + csv_href)
    rows = list(csv.DictReader(io.StringIO(r.text())))
    assert r.headers["content-type"].startswith("text/csv")
    assert [x["month"] for x in rows] == ["2021-11", "2021-12", "2022-01", "2022-02"]
    assert rows[-1]["conflict"] == "4" and rows[-1]["cooperation"] == "1"
    with page.expect_download() as dl:
        page.click(".downloads a.dl-png")
    path = tmp_path / "chart.png"
    dl.value.save_as(path)
    assert dl.value.suggested_filename == "utkikk-RUS-UKR-series.png"
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width == 2 * 880  # drawn at twice the chart's size
    for url in ("/actors/RUS", "/network"):
        page.goto(server + url)
        for a in ("a.dl-svg", "a.dl-csv"):
            r = page.request.get(server + page.locator(".downloads " + a).get_attribute("href"))
            assert r.status == 200 and r.body()
    # the timeline has month ticks along the axis and both marker shapes, with a legend
    page.goto(server + "/actors/RUS")
    ticks = page.locator("svg.timeline text.tick").all_text_contents()
    dates = [t for t in ticks if re.fullmatch(r"([A-Z][a-z]{2} )?20\d\d", t)]
    assert len(set(dates)) >= 3, ticks  # labelled ticks along the axis, not just its two ends
    assert page.locator("svg.timeline a.event.conflict").count() and page.locator("svg.timeline a.event.cooperation").count()
    sync_api.expect(page.locator("svg.timeline")).to_contain_text("conflict below it")
    page.locator("svg.timeline").screenshot(path=str(SHOTS / "actor-timeline.png"))


NARROW_PAGES = ["/", "/search?q=sanksjoner", "/events", "/actors", "/actors/RUS", "/dyads/RUS/UKR", "/network",
                "/alerts", "/api", "/dyads", "/actors/Russia"]


def test_every_page_fits_400px(page, server):
    page.set_viewport_size({"width": 400, "height": 800})
    try:
        page.goto(server + "/search?q=folkeretten")
        article = page.locator("ol.results a.title").first.get_attribute("href")
        wide = {}
        for url in [*NARROW_PAGES, article]:
            page.goto(server + url)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 402:
                wide[url] = width
            chart = page.locator("svg.chart")
            if chart.count():
                assert chart.first.bounding_box()["width"] <= 400
        assert not wide, f"pages wider than 400 px: {wide}"
        page.goto(server + "/events?source=RUS&target=UKR&both=1")
        # the evidence column wraps: one cell is taller than a line and no wider than the screen
        cells = page.evaluate("""[...document.querySelectorAll('td.evidence')].filter(td => td.innerText.length > 80)
            .map(td => ({w: td.getBoundingClientRect().width, h: td.getBoundingClientRect().height,
                         over: td.scrollWidth - td.clientWidth}))""")
        assert cells and all(c["w"] <= 400 and c["h"] > 30 and c["over"] <= 0 for c in cells), cells
        _shot(page, "narrow-400")
        page.goto(server + "/dyads/RUS/UKR")
        _shot(page, "narrow-400-dyad")
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def test_planned_events_are_marked_and_counted_only_on_request(page, server):
    page.goto(server + "/actors/NOR")
    switch = page.locator("#scope-switch")
    sync_api.expect(switch).to_contain_text("asserted only")
    switch.click()
    page.wait_for_url("**/actors/NOR?planned=1")
    sync_api.expect(page.locator("#scope-switch")).to_have_class(re.compile(r"\bon\b"))
    sync_api.expect(page.locator("svg.timeline a.event")).to_have_count(5)  # now with "vil også sende våpen"
    page.goto(server + "/events?source=NOR&planned=1")
    row = page.locator("table.events tr.planned", has_text="sende")
    sync_api.expect(row).to_have_count(1)
    sync_api.expect(row.locator(".flag.planned")).to_have_text("planned")
    _shot(page, "planned")
    page.goto(server + "/events?source=NOR")  # asserted only: the planned report is not listed
    sync_api.expect(page.locator("table.events tr.planned")).to_have_count(0)


def test_a_correction_changes_the_dyad_chart(page, writable_server):
    server = writable_server
    feb = page.locator("svg.chart a.point title").nth(3)
    page.goto(server + "/dyads/RUS/UKR")
    sync_api.expect(feb).to_have_text(re.compile(r"^2022-02: 1 cooperative, 4 conflictual events"))
    page.goto(server + "/events?source=RUS&target=UKR&type=ASSAULT&start=2022-02&end=2022-02")
    row = page.locator("table.events tbody tr", has_text="shelled")
    row.locator("details.correct summary").click()
    form = row.locator("form.correction")
    form.locator("select[name=action]").select_option("wrong")
    form.locator("input[name=reason]").fill("artillery fire by separatists, not by Russia's forces")
    form.locator("input[name=token]").fill("not the token")
    form.locator("button[type=submit]").click()
    sync_api.expect(page.locator("body")).to_contain_text("write token")  # refused: nothing changed
    page.goto(server + "/dyads/RUS/UKR")
    sync_api.expect(feb).to_have_text(re.compile(r"^2022-02: 1 cooperative, 4 conflictual events"))
    page.goto(server + "/events?source=RUS&target=UKR&type=ASSAULT&start=2022-02&end=2022-02")
    row.locator("details.correct summary").click()
    form.locator("select[name=action]").select_option("wrong")
    form.locator("input[name=reason]").fill("artillery fire by separatists, not by Russia's forces")
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("button[type=submit]").click()
    page.wait_for_url("**/events?source=RUS**")  # back where the analyst was
    sync_api.expect(page.locator("table.events tbody tr", has_text="shelled")).to_have_count(0)
    page.goto(server + "/dyads/RUS/UKR")
    sync_api.expect(feb).to_have_text(re.compile(r"^2022-02: 1 cooperative, 3 conflictual events"))
    page.goto(server + "/events?source=RUS&target=UKR&flagged=1")  # every report: the original stays, marked
    kept = page.locator("table.events tbody tr", has_text="shelled")
    sync_api.expect(kept.locator(".flag.wrong")).to_have_text("marked wrong")
    sync_api.expect(kept.locator(".flag.corrected")).to_have_attribute("title", re.compile("separatists"))
    kept.scroll_into_view_if_needed()
    _shot(page, "correction", full_page=False)
