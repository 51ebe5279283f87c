"""Person names from proper nouns where the pipeline has no NER (English; lang/en/names.yaml).

Why: the English model is trained without NER, so people the knowledge base lacks were never
found: an Iraqi minister named with his title got no actor and a spokesman or an e-mail's
addressee was no person at all. The sentences are our own.
"""

from __future__ import annotations

import pytest

from utkikk.actors.names import proper_name_spans
from utkikk.nlp import load
from utkikk.pipeline import analyse
from utkikk.record import Article


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in proper_name_spans(load("en")(text), "en")]


@pytest.mark.parametrize(("text", "names"), [
    ("Iraqi Interior Minister Falah al-Naqib told reporters the police were ready.", ["Falah al-Naqib"]),
    ("Please send the figures to Melanie Smith and Robert Jones before Friday.", ["Melanie Smith", "Robert Jones"]),
    ("Osama bin Laden was named in a tape aired on Sunday.", ["Osama bin Laden"]),
    ("Secretary General Kofi Annan met Prime Minister Fouad Siniora in Beirut.", ["Kofi Annan", "Fouad Siniora"]),
])
def test_names_with_their_titles_left_off(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Officials at the White House said the convoy reached the Gaza Strip on Monday.",
    "The Interior Ministry and the Supreme Court rejected the appeal.",
    "Delegates from the United Nations met in New York.",
    "The delegation flew Air France and was advised by Goldman Sachs Capital Markets.",
])
def test_places_bodies_and_days_are_no_names(text: str) -> None:
    assert _names(text) == []


def test_an_unknown_minister_gets_the_actor_of_the_title() -> None:
    art = analyse(Article(doc="t", text="Iraqi Interior Minister Falah al-Naqib said the curfew would be lifted.",
                          lang="en", published="2004-11-10"))
    assert [(p.name, p.actor) for p in art.persons] == [("Falah al-Naqib", "IRQ")]


def test_a_private_person_is_listed_with_no_actor() -> None:
    art = analyse(Article(doc="t", text="Melanie Smith asked for the contract to be signed by Friday.",
                          lang="en", published="2001-05-02"))
    assert [(p.name, p.actor) for p in art.persons] == [("Melanie Smith", None)]


def test_languages_with_ner_read_no_names_from_proper_nouns() -> None:
    """The other pipelines have NER; the proper-noun reading is for English alone."""
    doc = load("nb")("Ola Nordmann kom til Oslo.")
    assert proper_name_spans(doc, "nb") == []
