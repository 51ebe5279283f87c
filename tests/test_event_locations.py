"""Event places (events/locations.py): the place a sentence gives for an event, per language,
through the whole pipeline; the state's point at its capital; the place columns in the store
(and in a store made before them); the API, the exports, and the map on the pages.

The sentences are our own, about real events."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from utkikk.analysis.plover import EXPORT_COLUMNS
from utkikk.events.locations import resolve_place, state_point
from utkikk.pipeline import analyse
from utkikk.record import Article, Event, Mention
from utkikk.store import Store
from utkikk.store import queries as Q
from utkikk.web import create_app
from utkikk.web.sample import build_sample_store

# (lang, sentence, (source, type, target) of the event, place as written, resolved name, state, kind)
PLACED = [
    ("nb", "Statsminister Jonas Gahr Støre møtte president Volodymyr Zelenskyj i Kyiv mandag.",
     ("NOR", "CONSULT", "UKR"), "Kyiv", "Kyiv", "UKR", "city"),
    ("nb", "Israel angrep mål på Vestbredden natt til tirsdag.",
     ("ISR", "ASSAULT", "PSE"), "Vestbredden", "West Bank", "PSE", "territory"),
    ("nb", "I Vilnius undertegnet Litauen og Polen en ny forsvarsavtale.",
     ("LTU", "AGREE", "POL"), "Vilnius", "Vilnius", "LTU", "city"),
    ("nn", "Russland angreip byen Odesa med droner natt til søndag.",
     ("RUS", "ASSAULT", "UKR"), "Odesa", "Odesa", "UKR", "city"),
    ("nn", "Noreg og Sverige signerte ein avtale om forsvarssamarbeid i Stockholm.",
     ("NOR", "AGREE", "SWE"), "Stockholm", "Stockholm", "SWE", "city"),
    ("da", "Israel angreb mål i Gaza i nat.", ("ISR", "ASSAULT", "PSE"), "Gaza", "Gaza Strip", "PSE", "territory"),
    ("da", "Mette Frederiksen mødtes med Zelenskyj i Odense lørdag.",
     ("DNK", "CONSULT", "UKR"), "Odense", "Odense", "DNK", "city"),
    # "nær grænsen til Finland": a place preposition of places.yaml and a place noun before the state
    ("da", "Rusland har samlet tropper nær grænsen til Finland.",
     ("RUS", "MOBILIZE", "FIN"), "Finland", "Finland", "FIN", "state"),
    ("sv", "Ryssland angrep Charkiv med robotar under natten.",
     ("RUS", "ASSAULT", "UKR"), "Charkiv", "Kharkiv", "UKR", "city"),
    ("sv", "Sverige och Finland undertecknade avtalet med Turkiet i Madrid.",
     ("SWE", "AGREE", "TUR"), "Madrid", "Madrid", "ESP", "city"),
    ("sv", "Ryssland bombade mål på Krim.", ("RUS", "ASSAULT", "UKR"), "Krim", "Crimea", "UKR", "territory"),
    ("en", "Blinken met Zelensky in Kyiv on Monday.", ("USA", "CONSULT", "UKR"), "Kyiv", "Kyiv", "UKR", "city"),
    ("en", "Russia shelled Kharkiv overnight.", ("RUS", "ASSAULT", "UKR"), "Kharkiv", "Kharkiv", "UKR", "city"),
]

# sentences whose event has no place: nothing is made up
UNPLACED = [
    ("nn", "Russland angreip Ukraina i natt.", ("RUS", "ASSAULT", "UKR")),
    ("en", "Norway and Sweden signed a defence agreement.", ("NOR", "AGREE", "SWE")),
]


def _event(lang: str, sentence: str, triple: tuple[str, str, str]) -> Event:
    events = analyse(Article(doc="t", text=sentence, lang=lang, published="2023-05-10")).events
    found = [e for e in events if (e.source, e.type, e.target) == triple]
    assert found, f"no {triple} in {[(e.source, e.type, e.target) for e in events]}"
    return found[0]


@pytest.mark.parametrize(("lang", "sentence", "triple", "written", "name", "country", "kind"), PLACED,
                         ids=[f"{c[0]}-{c[1][:30]}" for c in PLACED])
def test_event_place_per_language(lang, sentence, triple, written, name, country, kind):
    e = _event(lang, sentence, triple)
    assert (e.place, e.place_name, e.place_country, e.place_kind) == (written, name, country, kind)
    assert -90 <= e.place_lat <= 90 and -180 <= e.place_lon <= 180


@pytest.mark.parametrize(("lang", "sentence", "triple"), UNPLACED, ids=[c[0] for c in UNPLACED])
def test_event_without_a_place_phrase_has_none(lang, sentence, triple):
    e = _event(lang, sentence, triple)
    assert e.place is None and e.place_lat is None and e.place_country is None


def test_a_state_is_drawn_at_its_capital_and_a_territory_at_its_point():
    oslo = resolve_place("Oslo", "nb")
    norway = state_point("NOR")
    assert norway is not None and norway.kind == "state" and norway.country == "NOR"
    assert (norway.lat, norway.lon) == (oslo.lat, oslo.lon)
    krim = resolve_place("Krim", "nn")
    assert (krim.name, krim.country, krim.kind) == ("Crimea", "UKR", "territory")
    assert resolve_place("Stortinget", "nb") is None  # no town: no place


def test_a_capital_read_as_its_state_is_still_the_city():
    moskva = resolve_place("Moskva", "nb", "RUS")
    assert (moskva.name, moskva.country, moskva.kind) == ("Moscow", "RUS", "city")


PLACE = dict(place="Vilnius", place_name="Vilnius", place_country="LTU", place_lat=54.6892, place_lon=25.2798,
             place_kind="city")


def _placed_article() -> Article:
    sentence = "Litauen og Polen signerte en avtale i Vilnius."
    art = Article(doc="p.txt", text=sentence, lang="nb", published="2023-07-11")
    art.mentions = [Mention(0, 7, "Litauen", "LTU", "name"), Mention(11, 16, "Polen", "POL", "name")]
    art.events = [Event(source="LTU", target="POL", type="AGREE", sentence=sentence, trigger="signerte", start=17,
                        end=25, sent_start=0, sent_end=len(sentence), date="2023-07-11", **PLACE)]
    return art


def test_place_round_trips_through_the_store(db_url):
    with Store(db_url) as store:
        store.add_article(_placed_article())
        (row,) = Q.events(store, Q.EventFilter(source="LTU"))
    assert {k: row[k] for k in PLACE} == PLACE


def test_a_store_made_before_places_gains_the_columns(db_url):
    with Store(db_url) as store:  # make it as revision 0008 left it: no place columns
        with store.engine.begin() as conn:
            for name in PLACE:
                conn.execute(text(f"ALTER TABLE events DROP COLUMN {name}"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0008'"))
    with Store(db_url) as store:
        have = {c["name"] for c in inspect(store.engine).get_columns("events")}
        assert set(PLACE) <= have
        store.add_article(_placed_article())
        assert Q.events(store, Q.EventFilter(source="LTU"))[0]["place_country"] == "LTU"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = build_sample_store(tmp_path_factory.mktemp("places") / "s.db")
    with TestClient(create_app(store=store)) as c:
        yield c
    store.close()


def test_api_and_exports_carry_the_place(client):
    events = client.get("/api/events", params={"source": "RUS", "target": "UKR", "type": "ASSAULT"}).json()
    rows = events["events"] if isinstance(events, dict) else events
    kharkiv = [e for e in rows if e.get("place_name") == "Kharkiv"]
    assert kharkiv and kharkiv[0]["place_country"] == "UKR" and kharkiv[0]["place_kind"] == "city"
    assert round(kharkiv[0]["place_lat"], 1) == 50.0 and round(kharkiv[0]["place_lon"], 1) == 36.3
    csv = client.get("/api/events.csv", params={"source": "USA", "target": "RUS"}).text.splitlines()
    header = csv[0].split(",")
    assert header[-6:] == EXPORT_COLUMNS[-6:] == ["place", "place_name", "place_country", "place_lat", "place_lon",
                                                  "place_kind"]
    assert any(line.endswith(",Genève,Geneva,CHE,46.2022,6.1457,city") for line in csv[1:])
    plover = json.loads(client.get("/api/events.plover.json", params={"source": "USA", "target": "RUS"}).text)
    geo = [r["geolocation"] for r in plover if r["geolocation"]]
    assert geo and geo[0]["placename"] == "Geneva" and geo[0]["country"] == "CHE"
    assert any(r["geolocation"] is None for r in plover)  # the events that name no place


@pytest.mark.parametrize(("url", "place"), [("/actors/UKR", "Kharkiv"), ("/dyads/USA/RUS", "Geneva"),
                                            ("/events", "Kharkiv")])
def test_pages_draw_the_map_with_the_place(client, url, place):
    html = client.get(url).text
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart place-map"' in html
    start = html.index('class="chart place-map"')
    svg = html[start:html.index("</svg>", start)]
    assert f'data-place="{place}"' in svg and "<title>" in svg
    assert "<path d=\"M" in svg  # the land backdrop, drawn inline: no tiles, nothing fetched
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")


def test_a_page_without_places_says_so(client):
    html = client.get("/actors/SWE").text
    assert "No event of these names its place." in html
