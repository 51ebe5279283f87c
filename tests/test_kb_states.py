"""Checks on the states part of the actor knowledge base (src/utkikk/actors/kb/states.yaml).

Why: the recogniser trusts this file blindly -- a name listed under two codes, a missing language
or a malformed code silently produces wrong actors. The spot checks pin down variants that news
actually uses and that a regeneration from CLDR alone would lose.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

STATES_YAML = Path(__file__).resolve().parents[1] / "src" / "utkikk" / "actors" / "kb" / "states.yaml"
LANGS = ("en", "nb", "nn", "da", "sv")
RECORD_KEYS = {"code", "name", "names", "adjectives", "demonyms", "metonyms", "metonyms_lang", "ambiguous"}


@pytest.fixture(scope="module")
def states() -> list[dict]:
    with STATES_YAML.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def by_code(states: list[dict]) -> dict[str, dict]:
    return {s["code"]: s for s in states}


def test_records_have_the_documented_keys(states: list[dict]) -> None:
    for s in states:
        assert RECORD_KEYS <= set(s), s["code"]
        assert set(s) <= RECORD_KEYS | {"valid"}, s["code"]
        assert isinstance(s["name"], str) and s["name"], s["code"]


def test_codes_are_three_upper_case_letters_and_unique(states: list[dict]) -> None:
    codes = [s["code"] for s in states]
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert len(codes) == len(set(codes))


def test_covers_un_members_observers_disputed_and_historical(by_code: dict[str, dict]) -> None:
    # 193 UN members + 2 observers + 4 historical + XKX, TWN, ESH
    assert len(by_code) >= 193 + 2 + 4 + 3
    for code in ("VAT", "PSE", "XKX", "TWN", "ESH", "SUN", "YUG", "DDR", "CSK", "NOR", "SSD", "TLS"):
        assert code in by_code


def test_every_state_has_names_in_all_five_languages(states: list[dict]) -> None:
    for s in states:
        assert set(s["names"]) == set(LANGS), s["code"]
        for lang in LANGS:
            names = s["names"][lang]
            assert names and all(isinstance(n, str) and n.strip() == n and n for n in names), (
                s["code"],
                lang,
            )


def test_no_name_maps_to_two_codes_within_a_language(states: list[dict]) -> None:
    for lang in LANGS:
        owner: dict[str, str] = {}
        for s in states:
            forms = (
                set(s["names"][lang]) | set(s["adjectives"].get(lang, [])) | set(s["demonyms"].get(lang, []))
            )
            for form in {f.casefold() for f in forms}:
                assert owner.setdefault(form, s["code"]) == s["code"], (lang, form, owner[form], s["code"])


def test_metonyms_belong_to_one_state(states: list[dict]) -> None:
    # within one language: "Forsvaret" is Norway's armed forces in nb and Denmark's in da
    owner: dict[tuple[str, str], str] = {}
    for s in states:
        for lang in LANGS:
            forms = set(s["metonyms"]) | set(s["metonyms_lang"].get(lang, []))
            for form in {f.casefold() for f in forms}:
                key = (lang, form)
                assert owner.setdefault(key, s["code"]) == s["code"], (key, owner[key], s["code"])


def test_per_language_fields_use_known_languages(states: list[dict]) -> None:
    for s in states:
        for key in ("adjectives", "demonyms", "metonyms_lang"):
            assert set(s[key]) <= set(LANGS), (s["code"], key)
            assert all(isinstance(v, list) and v for v in s[key].values()), (s["code"], key)


def test_brussels_is_not_a_metonym_for_belgium(by_code: dict[str, dict]) -> None:
    bel = by_code["BEL"]
    forms = {m.casefold() for m in bel["metonyms"]} | {
        m.casefold() for ms in bel["metonyms_lang"].values() for m in ms
    }
    assert not forms & {"brussel", "brussels", "bryssel", "bruxelles"}


def test_ambiguous_entries_are_listed_names(states: list[dict]) -> None:
    for s in states:
        all_names = {n for names in s["names"].values() for n in names}
        assert set(s["ambiguous"]) <= all_names, s["code"]


def test_valid_periods_are_ordered_dates(by_code: dict[str, dict]) -> None:
    for code, s in by_code.items():
        if "valid" not in s:
            continue
        start, end = s["valid"]["from"], s["valid"]["to"]
        assert start is None or isinstance(start, dt.date), code
        assert end is None or isinstance(end, dt.date), code
        if start and end:
            assert start < end, code
    for code in ("SUN", "YUG", "DDR", "CSK"):
        assert by_code[code]["valid"]["to"] is not None, code
    assert by_code["DDR"]["valid"]["to"] == dt.date(1990, 10, 3)
    assert by_code["SUN"]["valid"]["to"] < by_code["RUS"]["valid"]["from"] + dt.timedelta(days=2)


@pytest.mark.parametrize(
    ("code", "field", "lang", "form"),
    [
        ("PRK", "names", "nb", "Nord-Korea"),
        ("PRK", "names", "nb", "Nordkorea"),
        ("PRK", "names", "en", "DPRK"),
        ("KOR", "names", "da", "Sydkorea"),
        ("KOR", "names", "nb", "Sør-Korea"),
        ("USA", "names", "nb", "De forente stater"),
        ("USA", "names", "da", "Amerika"),
        ("GBR", "names", "nb", "Storbritannia"),
        ("GBR", "names", "en", "UK"),
        ("RUS", "names", "da", "Rusland"),
        ("RUS", "names", "sv", "Ryssland"),
        ("CHN", "names", "nb", "Kina"),
        ("TUR", "names", "nb", "Tyrkia"),
        ("TUR", "names", "da", "Tyrkiet"),
        ("TUR", "names", "sv", "Turkiet"),
        ("TUR", "names", "en", "Türkiye"),
        ("BLR", "names", "nb", "Hviterussland"),
        ("BLR", "names", "nb", "Belarus"),
        ("CIV", "names", "nb", "Elfenbenskysten"),
        ("CZE", "names", "nb", "Tsjekkia"),
        ("MKD", "names", "nb", "Nord-Makedonia"),
        ("MKD", "names", "sv", "Nordmakedonien"),
        ("BIH", "names", "nb", "Bosnia-Hercegovina"),
        ("COD", "names", "nb", "DR Kongo"),
        ("MMR", "names", "en", "Burma"),
        ("NLD", "names", "nb", "Holland"),
        ("NOR", "names", "nn", "Noreg"),
        ("SUN", "names", "nb", "Sovjetunionen"),
        ("RUS", "adjectives", "sv", "rysk"),
        ("RUS", "adjectives", "nb", "russisk"),
        ("RUS", "adjectives", "en", "Russian"),
        ("PRK", "adjectives", "nb", "nordkoreansk"),
        ("RUS", "demonyms", "nn", "russar"),
        ("RUS", "demonyms", "sv", "ryss"),
        ("FRA", "demonyms", "da", "franskmand"),
        ("UKR", "metonyms", None, "Kyiv"),
        ("RUS", "metonyms", None, "Kreml"),
        ("CHN", "metonyms", None, "Peking"),
        ("USA", "metonyms_lang", "sv", "Vita huset"),
        ("USA", "metonyms_lang", "da", "Det Hvide Hus"),
        ("GBR", "metonyms", None, "Downing Street"),
        ("PRK", "metonyms", None, "Pyongyang"),
    ],
)
def test_spot_checks(by_code: dict[str, dict], code: str, field: str, lang: str | None, form: str) -> None:
    values = by_code[code][field] if lang is None else by_code[code][field].get(lang, [])
    assert form in values


def test_confusable_names_are_marked_or_absent(by_code: dict[str, dict]) -> None:
    assert "Georgia" in by_code["GEO"]["ambiguous"]
    assert "Chad" in by_code["TCD"]["ambiguous"]
    assert "Niger" in by_code["NER"]["ambiguous"]
    # nb "finne" is the verb "to find": it must not be a demonym for Finland.
    assert "finne" not in by_code["FIN"]["demonyms"].get("nb", [])


def test_news_heavy_states_have_adjectives_in_every_language(by_code: dict[str, dict]) -> None:
    for code in "USA RUS UKR CHN PRK KOR ISR PSE IRN TUR DEU NOR SWE DNK".split():
        for lang in LANGS:
            assert by_code[code]["adjectives"].get(lang), (code, lang)
            assert by_code[code]["demonyms"].get(lang), (code, lang)
