"""Ontology, report linking, event dates and modality cues: the engine's parts on their own."""

from __future__ import annotations

import pytest

from utkikk.events.dates import event_date
from utkikk.events.linking import same_event_window
from utkikk.events.modality import modality
from utkikk.events.ontology import event_types, is_conflict, is_symmetric, score

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_ontology_has_the_sixteen_types_with_signed_scores():
    types = event_types()
    assert set(types) == PLOVER
    assert all(types[t].score > 0 for t in ("AGREE", "AID", "COOPERATE"))
    assert all(types[t].score < 0 for t in ("ASSAULT", "SANCTION", "THREATEN", "ACCUSE"))
    assert score("ASSAULT") == -10.0
    assert score("AID", "military") != score("AID")
    assert is_symmetric("CONSULT") and not is_symmetric("AID")
    assert is_conflict("COERCE") and not is_conflict("SUPPORT")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("2022-02-24", "2022-02-26", True),
    ("2022-02-24", "2022-03-02", False),
    ("2022-02", "2022-02-14", True),
    ("2022-02", "2022-03", False),
    (None, None, True),
])
def test_reports_within_the_window_are_one_event(a, b, same):
    assert same_event_window(a, b) is same


@pytest.mark.parametrize(("lang", "sentence", "published", "expected"), [
    ("nb", "nato møttes torsdag i brussel", "2022-03-23", "2022-03-17"),
    ("nb", "avtalen ble signert i september", "2023-11-09", "2023-09"),
    ("nb", "avtalen ble signert i desember", "2023-11-09", "2022-12"),
    ("da", "ministrene mødes i morgen", "2020-04-01", "2020-04-02"),
    ("sv", "avtalet undertecknades i maj 2022", "2023-01-10", "2022-05"),
    ("en", "the treaty was signed in 1990", "2020-01-01", "1990"),
    ("nb", "de signerte avtalen", "2017-10", "2017-10"),
])
def test_event_dates_come_from_the_sentence_else_publication(lang, sentence, published, expected):
    assert event_date(sentence.split(), published, lang) == expected


@pytest.mark.parametrize(("lang", "sentence", "trigger", "expected"), [
    ("nb", "Norge har ikke signert avtalen", "signert", "negated"),
    ("nb", "Russland benekter enhver våpenhandel med Nord-Korea", "våpenhandel", "denied"),
    ("nb", "hvis en av dem blir angrepet , vil de hjelpe", "angrepet", "conditional"),
    ("nb", "Kina kan beslutte å gi støtte", "gi", "hypothetical"),
    ("nb", "Nato skal utplassere soldater", "utplassere", "future"),
    ("nb", "Kina har gitt Russland støtte", "gitt", "asserted"),
    ("da", "Der er ikke taget nogen beslutning om en reduktion", "reduktion", "negated"),
    ("sv", "Sverige har inte skrivit under avtalet", "skrivit", "negated"),
    ("en", "Russia denied that it had supplied weapons", "supplied", "denied"),
    ("en", "if Russia attacks , the alliance will respond", "attacks", "conditional"),
])
def test_modality_cues_in_the_trigger_clause(lang, sentence, trigger, expected):
    toks = sentence.split()
    lowers = [w.lower() for w in toks]
    assert modality(lowers, lowers, [lowers.index(trigger)], lang) == expected


@pytest.mark.parametrize("lang", ["nb", "nn", "da", "sv", "en"])
def test_trigger_lexicon_is_well_formed(lang):
    """Each language's triggers use PLOVER types and modes, and no pattern is listed twice."""
    from utkikk.events.triggers import lexicon

    lex = lexicon(lang)
    types = event_types()
    patterns = [t.pattern for t in lex.triggers]
    assert len(patterns) == len(set(patterns)), [p for p in patterns if patterns.count(p) > 1]
    assert {t.type for t in lex.triggers} == set(types), set(types) - {t.type for t in lex.triggers}
    for t in lex.triggers:
        assert t.mode is None or t.mode in types[t.type].modes, (t.pattern, t.mode)
        assert t.roles in ("subject_object", "speaker_to_subject"), t.pattern
