"""Sectors on events (issue #17): each side of an event carries the sector the words naming it
give (PLOVER's source/target agent): a role phrase ("Russlands forsvarsminister" -> MIL), an
institution ("Stortinget" -> LEG, "Kreml" -> GOV), an adjective with a role noun ("den russiske
hæren" -> MIL), the home government ("Regjeringen" -> GOV). Stored, exported (CSV, Parquet,
PLOVER-JSON, ``extract --jsonl``) and filterable (``sector``, ``source_sector``,
``target_sector``) in the API and on the events page, in every language. Sentences written for
these tests about real events."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text as sql

from utkikk import api
from utkikk.pipeline import analyse
from utkikk.record import SECTORS, Article, Event, Mention
from utkikk.store import Store
from utkikk.store import queries as Q
from utkikk.web import create_app
from utkikk.web.sample import build_sample_store

# (lang, sentence, asserted events as (source, type, target, source_sector, target_sector))
CASES = [
    # a role phrase names the source's sector
    ("nb", "Russlands forsvarsminister truet Finland etter Nato-søknaden.", [("RUS", "THREATEN", "FIN", "MIL", None)]),
    ("nn", "Russlands forsvarsminister truga Finland etter Nato-søknaden.", [("RUS", "THREATEN", "FIN", "MIL", None)]),
    ("da", "Ruslands forsvarsminister truede Finland efter NATO-ansøgningen.", [("RUS", "THREATEN", "FIN", "MIL", None)]),
    ("sv", "Rysslands försvarsminister hotade Finland efter Natoansökan.", [("RUS", "THREATEN", "FIN", "MIL", None)]),
    ("en", "Belarus's opposition urged the EU to impose new sanctions.", [("BLR", "REQUEST", "EU", "OPP", None)]),
    ("nb", "Hviterusslands opposisjon ba EU om nye sanksjoner.", [("BLR", "REQUEST", "EU", "OPP", None)]),
    # ... and the target's
    ("nb", "USA kritiserte Irans regjering for atomprogrammet.", [("USA", "ACCUSE", "IRN", None, "GOV")]),
    ("nn", "USA kritiserte Irans regjering for atomprogrammet sitt.", [("USA", "ACCUSE", "IRN", None, "GOV")]),
    ("da", "USA kritiserede Irans regering for atomprogrammet.", [("USA", "ACCUSE", "IRN", None, "GOV")]),
    ("sv", "USA kritiserade Irans regering för kärnprogrammet.", [("USA", "ACCUSE", "IRN", None, "GOV")]),
    ("en", "The United States criticised Iran's government over its nuclear programme.",
     [("USA", "ACCUSE", "IRN", None, "GOV")]),
    # an adjective before a role noun: the army
    ("nb", "Den russiske hæren invaderte Ukraina i februar 2022.", [("RUS", "ASSAULT", "UKR", "MIL", None)]),
    ("nn", "Den russiske hæren invaderte Ukraina i februar for to år sidan.", [("RUS", "ASSAULT", "UKR", "MIL", None)]),
    ("da", "Den russiske hær invaderede Ukraine i februar 2022.", [("RUS", "ASSAULT", "UKR", "MIL", None)]),
    ("sv", "Den ryska armén invaderade Ukraina i februari 2022.", [("RUS", "ASSAULT", "UKR", "MIL", None)]),
    ("en", "The Russian army invaded Ukraine in February 2022.", [("RUS", "ASSAULT", "UKR", "MIL", None)]),
    # an institution the KB knows as the state's metonym: its parliament, its executive, its military
    ("nb", "Stortinget vedtok i 2023 å gi Ukraina 75 milliarder kroner i støtte.", [("NOR", "AID", "UKR", "LEG", None)]),
    ("nn", "Stortinget vedtok i 2023 å gje Ukraina 75 milliardar kroner i støtte.", [("NOR", "AID", "UKR", "LEG", None)]),
    ("da", "Folketinget besluttede i 2023 at give Ukraine kampfly.", [("DNK", "AID", "UKR", "LEG", None)]),
    ("sv", "Riksdagen beslutade 2023 att skicka stridsvagnar till Ukraina.", [("SWE", "AID", "UKR", "LEG", None)]),
    ("en", "The White House accused Russia of war crimes in Bucha.", [("USA", "ACCUSE", "RUS", "GOV", None)]),
    ("en", "Kremlin accused the Pentagon of escalating the war.", [("RUS", "ACCUSE", "USA", "GOV", "MIL")]),
    ("nb", "Kreml anklaget Pentagon for å true Russland.", [("RUS", "ACCUSE", "USA", "GOV", "MIL")]),
    # the home government, named by the noun alone
    ("nb", "Regjeringen innførte sanksjoner mot Russland i mars 2022.", [("NOR", "SANCTION", "RUS", "GOV", None)]),
    ("nn", "Regjeringa fordømde Russlands angrep på Ukraina.",
     [("NOR", "ACCUSE", "RUS", "GOV", None), ("RUS", "ASSAULT", "UKR", None, None)]),
    # the text names no sector: none is guessed
    ("nb", "Norge og Sverige signerte en avtale om energi.", [("NOR", "AGREE", "SWE", None, None)]),
]
LANGS = ("nb", "nn", "da", "sv", "en")


def _art(lang: str, text: str, doc: str = "t.txt") -> Article:
    return analyse(Article(doc=doc, text=text, lang=lang, published="2023-06-01"))


def _sides(art: Article) -> list[tuple]:
    return [(e.source, e.type, e.target, e.source_sector, e.target_sector) for e in art.events if e.asserted]


def test_every_language_has_a_case():
    assert {c[0] for c in CASES} == set(LANGS)
    assert len({c[1] for c in CASES}) == len(CASES)  # the store keeps one copy of a text


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_event_sides_carry_the_sector_the_text_gives(lang, text, expected):
    assert _sides(_art(lang, text)) == expected


def test_extract_jsonl_events_carry_the_sector_keys_beside_the_old_ones():
    ev = _art("nb", "Stortinget vedtok i 2023 å gi Ukraina 75 milliarder kroner i støtte.").to_json()["events"][0]
    assert {"source", "target", "type", "source_text", "target_text"} <= set(ev)
    assert (ev["source_sector"], ev["target_sector"]) == ("LEG", None)


def test_a_sector_is_one_of_the_code_list():
    for lang, text, _ in CASES:
        for e in _art(lang, text).events:
            assert e.source_sector in (None, *SECTORS) and e.target_sector in (None, *SECTORS)


# ----------------------------------------------------------------------------- store

ROUND_TRIP = {
    "nb": "Russlands forsvarsminister truet Finland etter Nato-søknaden. USA kritiserte Irans regjering for "
          "atomprogrammet.",
    "nn": "Russlands forsvarsminister truga Finland etter Nato-søknaden. USA kritiserte Irans regjering for "
          "atomprogrammet.",
    "da": "Folketinget besluttede i 2023 at give Ukraine kampfly. USA kritiserede Irans regering for atomprogrammet.",
    "sv": "Riksdagen beslutade 2023 att skicka stridsvagnar till Ukraina. Den ryska armén invaderade Ukraina i "
          "februari 2022.",
    "en": "Kremlin accused the Pentagon of escalating the war. Belarus's opposition urged the EU to impose new "
          "sanctions.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_sectors_survive_the_store(db_url, lang):
    art = _art(lang, ROUND_TRIP[lang], doc=f"{lang}.txt")
    coded = sorted((e.source, e.type, e.target, e.source_sector, e.target_sector) for e in art.events)
    assert any(c[3] or c[4] for c in coded)
    with Store(db_url) as store:
        store.add_article(art)
        rows = Q.events(store, Q.EventFilter(flagged=True), limit=100)
    assert sorted((r["source"], r["type"], r["target"], r["source_sector"], r["target_sector"]) for r in rows) == coded


def test_an_older_store_gets_the_columns_and_the_sectors_its_mentions_give(db_url):
    text = "Stortinget vedtok støtte til Ukraina."
    art = Article(doc="old.txt", text=text, lang="nb", published="2023-06-01",
                  mentions=[Mention(0, 10, "Stortinget", "NOR", "metonym", sector="LEG"),
                            Mention(29, 36, "Ukraina", "UKR", "name")],
                  events=[Event("NOR", "UKR", "SUPPORT", sentence=text, trigger="støtte", start=18, end=24,
                                sent_start=0, sent_end=len(text), source_text="Stortinget", target_text="Ukraina",
                                source_sector="LEG")])
    with Store(db_url) as store:
        store.add_article(art)
        with store.engine.begin() as conn:  # as a store written before revision 0008 was
            conn.execute(sql("ALTER TABLE events DROP COLUMN source_sector"))
            conn.execute(sql("ALTER TABLE events DROP COLUMN target_sector"))
            conn.execute(sql("UPDATE alembic_version SET version_num = '0007'"))
    with Store(db_url) as store:
        row = Q.events(store, Q.EventFilter(), limit=10)[0]
    assert (row["source"], row["source_sector"], row["target_sector"]) == ("NOR", "LEG", None)


def test_a_corrected_side_loses_the_sector_of_the_actor_it_had(db_url):
    from utkikk.store.corrections import correct

    with Store(db_url) as store:
        store.add_article(_art("nb", "Kreml anklaget Pentagon for å true Russland."))
        ev = Q.events(store, Q.EventFilter(), limit=10)[0]
        correct(store, ev["id"], action="fix", reason="the speaker was Belarus", source="BLR")
        row = Q.events(store, Q.EventFilter(), limit=10)[0]
    assert (row["source"], row["source_sector"], row["target_sector"]) == ("BLR", None, "MIL")


# ----------------------------------------------------------------------------- API and app

@pytest.fixture(scope="module")
def client(module_db_url):
    store = build_sample_store(module_db_url)
    for i, (lang, text, _) in enumerate(CASES):
        store.add_article(_art(lang, text, doc=f"sector-{i}.txt"))
    with TestClient(create_app(store=store)) as c:
        yield c
    store.close()


def _events(client, **params) -> list[dict]:
    d = client.get("/api/events", params={**params, "limit": 500}).json()
    assert d["total"] == len(d["events"])
    return d["events"]


@pytest.mark.parametrize("lang", LANGS)
def test_api_sector_filter_returns_only_events_with_that_sector(client, lang):
    expected = {(s, t, g, ss, ts) for cl, _, evs in CASES if cl == lang for s, t, g, ss, ts in evs}
    for sector in ("MIL", "GOV", "LEG", "OPP"):
        got = _events(client, lang=lang, sector=sector)
        assert all(sector in (e["source_sector"], e["target_sector"]) for e in got), (lang, sector)
        want = {x for x in expected if sector in x[3:]}
        assert {(e["source"], e["type"], e["target"], e["source_sector"], e["target_sector"]) for e in got} == want


def test_api_source_and_target_sector_filters_pick_their_side(client):
    leg = _events(client, source_sector="LEG")
    assert {e["source"] for e in leg} == {"NOR", "DNK", "SWE"} and all(e["source_sector"] == "LEG" for e in leg)
    gov = _events(client, target_sector="gov")  # codes are upper-cased, as actor codes are
    assert gov and all(e["target_sector"] == "GOV" for e in gov)
    assert {e["source"] for e in gov} == {"USA"}
    assert _events(client, source_sector="MIL", target_sector="GOV") == []


def test_api_sector_with_an_actor_is_the_sector_of_that_actors_side(client):
    # "Kremlin accused the Pentagon": RUS as GOV, USA as MIL
    assert all(e["source"] != "RUS" or e["target"] != "USA" for e in _events(client, actor="RUS", sector="MIL"))
    usa_mil = _events(client, actor="USA", sector="MIL")
    assert usa_mil and all(e["target"] == "USA" and e["target_sector"] == "MIL" for e in usa_mil)
    rus_gov = _events(client, actor="RUS", sector="GOV")
    assert {(e["source"], e["target"]) for e in rus_gov} == {("RUS", "USA")}


def test_api_refuses_a_sector_outside_the_list(client):
    r = client.get("/api/events", params={"sector": "XYZ"})
    assert r.status_code == 400 and "sector must be one of GOV" in r.json()["detail"]
    assert client.get("/api/events.csv", params={"target_sector": "nope"}).status_code == 400


def test_openapi_documents_the_sector_parameters(client):
    params = {p["name"]: p for p in client.get("/openapi.json").json()["paths"]["/api/events"]["get"]["parameters"]}
    assert {"sector", "source_sector", "target_sector"} <= set(params)
    assert set(SECTORS) <= set(params["sector"]["schema"].get("enum") or
                               next(s for s in params["sector"]["schema"]["anyOf"] if "enum" in s)["enum"])
    assert "MIL" in params["sector"]["description"]


def test_exports_carry_the_sectors(client):
    csv = pd.read_csv(io.StringIO(client.get("/api/events.csv", params={"source_sector": "LEG"}).text))
    assert {"source_sector", "target_sector"} <= set(csv.columns)
    assert set(csv.source_sector) == {"LEG"} and len(csv) == 4
    parquet = pd.read_parquet(io.BytesIO(client.get("/api/events.parquet", params={"sector": "MIL"}).content))
    assert len(parquet) and all("MIL" in (s, t) for s, t in zip(parquet.source_sector, parquet.target_sector,
                                                                 strict=True))
    plover = client.get("/api/events.plover.json", params={"source": "RUS", "target": "USA"}).json()
    rec = next(r for r in plover if r["text"].startswith("Kremlin"))
    assert (rec["source_agent"], rec["target_agent"]) == ("GOV", "MIL")
    assert rec["source"][0]["agent"] == "GOV" and rec["recipient"][0]["agent"] == "MIL"
    plain = client.get("/api/events.plover.json", params={"source": "NOR", "target": "SWE"}).json()
    assert plain and all(r["source_agent"] is None and r["source"][0]["agent"] is None for r in plain)


def test_python_api_filters_and_exports_sectors(client):
    df = api.events(client.app.state.store, sector="LEG")
    assert len(df) == 4 and set(df.source_sector) == {"LEG"}


def test_events_page_filters_by_sector_and_shows_it(client):
    page = client.get("/events", params={"sector": "LEG"}).text
    assert '<option value="LEG" title="legislature, parliament" selected>LEG</option>' in page
    assert "4 reports" in page
    assert 'class="muted sector" title="sector">LEG<' in page
    assert "/api/events.csv?sector=LEG" in page  # the export links keep the filter


def test_an_actor_only_an_event_names_is_listed_among_the_articles_actors():
    # "regjeringa" with no state named before it is the home government: no mention of Norway,
    # but the event's source, so the article is about Norway too
    out = _art("nn", "Regjeringa sende i fjor seks jagarfly til Libya.").to_json()
    assert {(e["source"], e["target"]) for e in out["events"]} == {("NOR", "LBY")}
    assert {a["code"] for a in out["actors"]} == {"NOR", "LBY"}
