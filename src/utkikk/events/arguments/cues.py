"""The words a sentence view reads, per language, loaded once.

Why a module of its own: coreference, subjects and targets all look words up here (pronouns,
country nouns, speech verbs, "according to" phrases, place and document heads), so the loading
sits at the bottom of the package and imports nothing of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ...actors.kb import lang_data


@dataclass(frozen=True)
class _ViewCues:
    """The words of one language a sentence view reads (built by ``_view_cues``)."""

    pron_sing: frozenset[str]
    first_person: frozenset[str]
    country_words: tuple[tuple[str, ...], ...]
    possessives: frozenset[str]
    complementizers: frozenset[str]
    home: str | None
    home_government: frozenset[str]
    country_plural: tuple[tuple[str, ...], ...]
    leaders_plural: tuple[tuple[str, ...], ...]
    plural_first: frozenset[str]
    speech_verbs: frozenset[str]
    pron_plural: frozenset[str]
    according_to: tuple[tuple[str, ...], ...] = ()
    person_role: tuple[tuple[str, ...], ...] = ()
    person_object: frozenset[str] = frozenset()
    government: frozenset[str] = frozenset()


@cache
def _view_cues(lang: str) -> _ViewCues:
    """The coreference, quote and modality words a sentence view reads, once per language."""
    coref, quotes = lang_data(lang, "coref"), lang_data(lang, "quotes")

    def words(d: dict, *keys: str) -> frozenset[str]:
        return frozenset(w.lower() for k in keys for w in d.get(k) or [])

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(w.lower().split()) for w in coref.get(key) or []), key=len, reverse=True))

    country_plural, leaders_plural = phrases("country_plural"), phrases("leaders_plural")
    return _ViewCues(
        words(coref, "person_singular"), words(quotes, "first_person_singular", "first_person_plural"),
        phrases("country_singular"), words(coref, "possessive_singular"),
        words(lang_data(lang, "modality"), "complementizers"), (coref.get("home_state") or [None])[0],
        words(coref, "home_government"), country_plural, leaders_plural,
        frozenset(p[0] for p in country_plural + leaders_plural), words(quotes, "speech_verbs"),
        words(coref, "plural"), tuple(tuple(w.lower().split()) for w in quotes.get("according_to") or []),
        phrases("person_role"), words(coref, "person_object"), words(coref, "government"),
    )


@cache
def _place_heads(lang: str) -> frozenset[str]:
    """Nouns that make a name before them a place's (``place_heads`` in ``roles.yaml``)."""
    return frozenset(str(w).lower() for w in lang_data(lang, "roles").get("place_heads") or [])


@cache
def _place_of(lang: str) -> frozenset[str]:
    """Words between a place head and the name after it ("Sea of Japan"; ``place_of`` in ``roles.yaml``)."""
    return frozenset(str(w).lower() for w in lang_data(lang, "roles").get("place_of") or [])


@cache
def _document_heads(lang: str) -> frozenset[str]:
    """Nouns that make a capital before them a name ("the Paris agreement"; ``document_heads`` in ``roles.yaml``)."""
    return frozenset(str(w).lower() for w in lang_data(lang, "roles").get("document_heads") or [])
