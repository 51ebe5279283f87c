"""Structure checks for the organisation/group knowledge base and the per-language role,
inflection and coreference data.

These files are reviewed like code but edited by hand; the checks catch the mistakes hand edits
make (a code used twice, a name pointing at two actors, a YAML value that silently became a
boolean, a language left out) before the recogniser turns them into wrong events.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from utkikk.record import SECTORS as RECORD_SECTORS

SRC = Path(__file__).resolve().parents[1] / "src" / "utkikk"
KB = SRC / "actors" / "kb"
LANG = SRC / "lang"
LANGS = ("en", "nb", "nn", "da", "sv")
KINDS = {"organisation", "organ", "group"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB"}
assert set(RECORD_SECTORS) == SECTORS  # the one list the store and the API's sector filter read
# The README's role set plus the titles that only role phrases use.
ROLE_TITLES = {
    "President", "Vice President", "Prime Minister", "Chancellor", "Head of State",
    "Head of Government", "Foreign Minister", "Defence Minister", "Minister of Finance",
    "Secretary General", "President of the European Commission", "President of the European Council",
    "High Representative", "Director General", "Chairman", "Leader",
    "Ambassador", "Envoy", "Spokesperson", "Diplomat", "Negotiator", "Minister", "Official",
    "Chief of Defence", "Officer", "National Security Advisor",
    # offices only a home state has (roles.yaml home_offices)
    "State Secretary", "Member of Parliament", "Speaker of Parliament", "Police Director",
    "Director of Public Prosecutions",
}
MAIN_ORGS = (
    "NATO", "UN", "UNSC", "UNGA", "UNHCR", "UNICEF", "WFP", "UNRWA", "EU", "EUCOMM", "EUPARL",
    "EUCOUNCIL", "OSCE", "IAEA", "WHO", "WTO", "AU", "ASEAN", "G7", "G20", "BRICS", "SCO",
    "ARABLEAGUE", "GCC", "NORDICCOUNCIL", "COE", "ICC", "ICJ", "IMF", "WB", "OPEC", "ICRC",
    "INTERPOL", "CSTO", "QUAD",
)
MAIN_GROUPS = (
    "TALIBAN", "ISIL", "AQ", "HAMAS", "HEZBOLLAH", "HOUTHI", "WAGNER", "PIJ", "PKK", "SHABAAB",
    "BOKOHARAM", "HTS",
)


def _load(path: Path):
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def orgs() -> list[dict]:
    return _load(KB / "organisations.yaml")


@pytest.fixture(scope="module")
def groups() -> list[dict]:
    return _load(KB / "groups.yaml")


@pytest.fixture(scope="module")
def records(orgs, groups) -> dict[str, dict]:
    return {r["code"]: r for r in orgs + groups}


def _lower(names) -> list[str]:
    return [n.lower() for n in names]


# ----------------------------------------------------------------------------- records


def test_record_shape(orgs, groups):
    for rec in orgs + groups:
        assert set(rec) == {"code", "name", "kind", "parent", "names", "context_names", "seats"}, rec["code"]
        assert rec["kind"] in KINDS, rec["code"]
        assert isinstance(rec["name"], str) and rec["name"].strip()
        assert set(rec["names"]) == set(LANGS), rec["code"]
        assert set(rec["context_names"]) <= set(LANGS), rec["code"]
        assert all(isinstance(s, str) for s in rec["seats"]), rec["code"]
    assert all(r["kind"] == "group" for r in groups)
    assert all(r["kind"] != "group" for r in orgs)


def test_codes_unique_and_upper_case(orgs, groups):
    codes = [r["code"] for r in orgs + groups]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[A-Z][A-Z0-9]*", code), code


def test_parents_exist(records):
    for code, rec in records.items():
        if rec["parent"] is not None:
            assert rec["parent"] in records, code
            assert rec["parent"] != code
    organs = [r for r in records.values() if r["kind"] == "organ"]
    assert organs and all(r["parent"] for r in organs)


def test_names_are_clean_strings(records):
    for code, rec in records.items():
        for field in ("names", "context_names"):
            for lang, names in rec[field].items():
                assert names, (code, field, lang)
                for name in names:
                    # a YAML plain scalar can turn into a bool/number, or a comma can split a name
                    assert isinstance(name, str), (code, lang, name)
                    assert name == name.strip() and name, (code, lang, name)
                    assert "  " not in name, (code, lang, name)


def test_main_actors_named_in_every_language(records):
    for code in MAIN_ORGS + MAIN_GROUPS:
        assert code in records, code
        for lang in LANGS:
            assert records[code]["names"][lang], (code, lang)


def test_no_name_maps_to_two_codes(records):
    """A name (or context name) must point to one actor per language, ignoring case."""
    for lang in LANGS:
        owner: dict[str, str] = {}
        for code, rec in records.items():
            words = set(_lower(rec["names"][lang])) | set(_lower(rec["context_names"].get(lang, [])))
            for word in words:
                assert owner.setdefault(word, code) == code, (lang, word, owner[word], code)


def test_no_collision_with_states(records):
    """Organisation names must not also name a state (checked once states.yaml exists)."""
    path = KB / "states.yaml"
    if not path.exists():
        pytest.skip("states.yaml not written yet")
    states = _load(path) or []
    for lang in LANGS:
        state_names = {n.lower(): s["code"] for s in states for n in (s.get("names") or {}).get(lang) or []}
        for code, rec in records.items():
            for name in rec["names"][lang]:
                assert name.lower() not in state_names, (lang, name, code, state_names.get(name.lower()))


def test_spot_checks(records):
    assert "FN" in records["UN"]["names"]["nb"]
    assert "De forente nasjoner" in records["UN"]["names"]["nb"]
    assert "Dei sameinte nasjonane" in records["UN"]["names"]["nn"]
    assert "De Forenede Nationer" in records["UN"]["names"]["da"]
    assert "Förenta nationerna" in records["UN"]["names"]["sv"]
    assert records["UNSC"]["parent"] == "UN" and records["UNSC"]["kind"] == "organ"
    assert "sikkerhetsrådet" in _lower(records["UNSC"]["names"]["nb"])
    assert "sikkerhedsrådet" in _lower(records["UNSC"]["names"]["da"])
    assert "säkerhetsrådet" in _lower(records["UNSC"]["names"]["sv"])
    assert "EU-kommisjonen" in records["EUCOMM"]["names"]["nb"]
    assert "Europakommissionen" in records["EUCOMM"]["names"]["sv"]
    assert records["EUCOMM"]["parent"] == "EU"
    # the Council of Europe is not the European Council
    for lang in ("nb", "nn", "da", "sv"):
        assert "Europarådet" in records["COE"]["names"][lang]
    assert "alliansen" in records["NATO"]["context_names"]["nb"]
    assert "alliancen" in records["NATO"]["context_names"]["da"]
    assert "unionen" in records["EU"]["context_names"]["nb"]
    assert {"Brussel", "Brussels", "Bryssel"} <= set(records["NATO"]["seats"])
    assert "houthiene" in _lower(records["HOUTHI"]["names"]["nb"])
    assert "houthierne" in _lower(records["HOUTHI"]["names"]["da"])
    assert "huthirebellerna" in _lower(records["HOUTHI"]["names"]["sv"])
    assert "Ansar Allah" in records["HOUTHI"]["names"]["en"]
    assert {"IS", "ISIS", "Daesh"} <= set(records["ISIL"]["names"]["en"])
    assert "Islamiska staten" in records["ISIL"]["names"]["sv"]
    assert "Hizbollah" in records["HEZBOLLAH"]["names"]["nb"]
    assert "Wagner-gruppen" in records["WAGNER"]["names"]["nb"]
    assert records["ISKP"]["parent"] == "ISIL"


# ----------------------------------------------------------------------------- roles


@pytest.fixture(scope="module", params=LANGS)
def roles(request) -> tuple[str, dict]:
    return request.param, _load(LANG / request.param / "roles.yaml")


def test_roles_shape(roles):
    lang, data = roles
    required = {"roles", "compound_heads", "place_heads", "role_prefixes", "document_heads", "institutions"}
    assert required <= set(data) <= required | {"home_offices", "former", "royal_titles", "home_agencies",
                                                "agency_heads", "place_of", "private_titles"}, lang
    # English has no home press, so no home offices or agencies; every language says who is a former holder
    assert bool(data.get("home_offices")) == (lang != "en"), lang
    assert bool(data.get("home_agencies")) == bool(data.get("agency_heads")) == (lang != "en"), lang
    assert all(v in SECTORS for v in (data.get("home_agencies") or {}).values()), lang
    for key in ("former", "royal_titles", "private_titles"):
        words = data.get(key)
        assert words and all(isinstance(w, str) and w == w.strip().lower() for w in words), (lang, key)
    documents = data["document_heads"]
    assert documents and all(isinstance(w, str) and w == w.strip().lower() for w in documents), lang
    # a rank before a role: prefix -> the title word it adds ("vise" -> "Deputy")
    prefixes = data["role_prefixes"]
    assert isinstance(prefixes, dict) and all(
        isinstance(k, str) and k == k.lower() and v in ("Deputy", "Acting") for k, v in prefixes.items()), lang
    heads = data["place_heads"]
    assert heads and all(isinstance(w, str) and w == w.strip().lower() for w in heads), lang
    assert not set(heads) & set(data["compound_heads"]), lang  # a head is a role or a place, never both
    for section in ("roles", "compound_heads", "home_offices"):
        if section == "home_offices" and lang == "en":
            continue
        assert data[section], (lang, section)
        for word, value in data[section].items():
            assert isinstance(word, str) and word == word.strip().lower(), (lang, word)
            assert set(value) == {"role", "sector"}, (lang, word)
            assert value["role"] is None or value["role"] in ROLE_TITLES, (lang, word, value)
            assert value["sector"] in SECTORS, (lang, word, value)


def test_institutions_are_state_metonyms_with_a_sector(roles):
    """Each institution of ``roles.yaml`` is a metonym the KB gives a state in that language (else
    no mention would ever carry its sector), and its sector is one of the code list's."""
    lang, data = roles
    metonyms = set()
    for rec in _load(KB / "states.yaml"):
        metonyms |= {m.lower() for m in (rec.get("metonyms") or []) + ((rec.get("metonyms_lang") or {}).get(lang) or [])}
    inst = data["institutions"]
    assert inst, lang
    for name, sector in inst.items():
        assert sector in SECTORS, (lang, name, sector)
        assert name.lower() in metonyms, (lang, name)


def test_roles_cover_core_titles(roles):
    lang, data = roles
    titles = {v["role"] for v in data["roles"].values()}
    for title in ("Prime Minister", "President", "Foreign Minister", "Defence Minister",
                  "Secretary General", "Leader", "Chancellor", "Ambassador", "Spokesperson"):
        assert title in titles, (lang, title)
    sectors = {v["sector"] for v in data["roles"].values() if v["role"] is None}
    assert {"GOV", "MIL"} <= sectors, lang


@pytest.mark.parametrize("lang", LANGS)
def test_every_role_form_resolves_through_noun_suffixes(lang):
    """Stripping a noun suffix must never turn a listed role form into a different role."""
    roles = _load(LANG / lang / "roles.yaml")["roles"]
    suffixes = _load(LANG / lang / "inflection.yaml")["noun_suffixes"]
    for word, value in roles.items():
        for suf in suffixes:
            if suf and word.endswith(suf) and word[: -len(suf)] in roles:
                base = roles[word[: -len(suf)]]
                assert base["sector"] == value["sector"], (lang, word, suf, base, value)


def test_role_spot_checks():
    da = _load(LANG / "da" / "roles.yaml")["roles"]
    assert da["udenrigsminister"] == {"role": "Foreign Minister", "sector": "GOV"}
    assert da["udenrigsministeren"]["role"] == "Foreign Minister"
    nb = _load(LANG / "nb" / "roles.yaml")
    assert nb["roles"]["statsminister"]["role"] == "Prime Minister"
    assert nb["roles"]["utenriksministrene"]["role"] == "Foreign Minister"
    assert nb["roles"]["regjeringen"] == {"role": None, "sector": "GOV"}
    assert nb["roles"]["hæren"]["sector"] == "MIL"
    assert nb["compound_heads"]["sjefen"]["role"] == "Leader"
    assert _load(LANG / "nn" / "roles.yaml")["roles"]["utanriksminister"]["role"] == "Foreign Minister"
    assert _load(LANG / "sv" / "roles.yaml")["roles"]["utrikesminister"]["role"] == "Foreign Minister"
    en = _load(LANG / "en" / "roles.yaml")["roles"]
    assert en["secretary of state"]["role"] == "Foreign Minister"
    assert en["defense secretary"]["role"] == "Defence Minister"


# ----------------------------------------------------------------------------- inflection

INFLECTION_KEYS = {
    "genitive", "genitive_particles", "adjective_suffixes", "demonym_suffixes", "stem_drop",
    "compound_joiners", "noun_suffixes", "solid_compounds", "demonym_plurals",
    "participle_infinitives", "perfect_auxiliaries", "infinitive_variants",
}


@pytest.mark.parametrize("lang", LANGS)
def test_inflection_shape(lang):
    data = _load(LANG / lang / "inflection.yaml")
    assert set(data) == INFLECTION_KEYS
    for key in INFLECTION_KEYS - {"solid_compounds", "demonym_plurals", "participle_infinitives", "infinitive_variants"}:
        assert isinstance(data[key], list) and all(isinstance(x, str) for x in data[key]), (lang, key)
    assert data["genitive"] and "" not in data["genitive"]
    for key in ("adjective_suffixes", "demonym_suffixes", "noun_suffixes"):
        assert "" in data[key], (lang, key)
    assert data["compound_joiners"] == ["-"]
    assert all(len(pair) == 2 and all(isinstance(x, str) and x for x in pair) for pair in data["infinitive_variants"])
    assert set(data["solid_compounds"]) == {"enabled", "min_tail"}
    assert isinstance(data["solid_compounds"]["enabled"], bool)
    # irregular demonym plurals: ending -> its plural endings ("mann" -> ["menn", "mennene"])
    plurals = data["demonym_plurals"]
    assert isinstance(plurals, dict) and all(isinstance(v, list) and v for v in plurals.values()), lang
    # a participle's ending -> the infinitive endings to try ("C" doubles the consonant before it)
    rules = data["participle_infinitives"]
    assert isinstance(rules, dict) and all(
        isinstance(v, list) and v and all(isinstance(r, str) and r for r in v) for v in rules.values()), lang


def test_inflection_language_conventions():
    genitive = {lang: _load(LANG / lang / "inflection.yaml")["genitive"] for lang in LANGS}
    assert ":s" in genitive["sv"]              # "USA:s"
    assert "'s" in genitive["da"]              # "USA's"
    assert "s" in genitive["nb"]               # "USAs"
    assert "'s" in genitive["en"] and "s" not in genitive["en"]
    assert "sin" in _load(LANG / "nn" / "inflection.yaml")["genitive_particles"]


# ----------------------------------------------------------------------------- coreference

COREF_KEYS = {
    "person_singular", "plural", "country_singular", "country_plural", "leaders_plural", "person_role",
    "organisation", "group", "government", "possessive_singular", "home_state", "home_government",
    "home_institutions", "home_institution_endings", "person_object",
}
# optional: a home press's own words, and object pronouns where the language has forms of their own
OPTIONAL_COREF_KEYS = {"home_state", "home_government", "home_institutions", "home_institution_endings", "person_object"}


@pytest.mark.parametrize("lang", LANGS)
def test_coref_shape(lang):
    data = _load(LANG / lang / "coref.yaml")
    assert COREF_KEYS - OPTIONAL_COREF_KEYS <= set(data) <= COREF_KEYS
    assert bool(data.get("home_institutions")) == bool(data.get("home_state"))  # a home press names its own
    seen: dict[str, str] = defaultdict(str)
    for key, words in data.items():
        assert words and all(isinstance(w, str) and w == w.strip() for w in words), (lang, key)
        if key.startswith("home_"):
            continue  # home_government narrows "government" to the words that mean the home state's
        if key == "person_object":
            # narrows person_singular to its object forms ("ham", "henne")
            assert set(words) <= set(data["person_singular"]), (lang, words)
            continue
        for word in words:
            # one cue, one meaning
            assert not seen[word] or seen[word] == key, (lang, word, seen[word], key)
            seen[word] = key


def test_coref_spot_checks():
    nb = _load(LANG / "nb" / "coref.yaml")
    assert {"han", "hun"} <= set(nb["person_singular"])
    assert "landet" in nb["country_singular"] and "de to landene" in nb["country_plural"]
    assert "alliansen" in nb["organisation"]
    assert "ho" in _load(LANG / "nn" / "coref.yaml")["person_singular"]
    assert "länderna" in _load(LANG / "sv" / "coref.yaml")["country_plural"]
    assert "the country" in _load(LANG / "en" / "coref.yaml")["country_singular"]
