"""Language detection: the five supported languages, Bokmål vs Nynorsk, unsupported languages."""

from __future__ import annotations

import pytest

from utkikk.ingest import detect_language
from utkikk.ingest.language import nynorsk_score


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Regjeringen sier at den ikke vil sende flere soldater til Litauen før neste år, "
         "men at den vurderer å øke støtten til Ukraina.", "nb"),
        ("Regjeringa seier at ho ikkje vil sende fleire soldatar til Litauen før neste år, "
         "men at ho vurderer å auke støtta til Ukraina.", "nn"),
        ("Regeringen siger, at den ikke vil sende flere soldater til Litauen før næste år, "
         "men at den overvejer at øge støtten til Ukraine.", "da"),
        ("Regeringen säger att den inte vill skicka fler soldater till Litauen före nästa år, "
         "men att den överväger att öka stödet till Ukraina.", "sv"),
        ("The government says it will not send more troops to Lithuania before next year, "
         "but it is considering more support for Ukraine.", "en"),
    ],
)
def test_supported_languages(text, code):
    assert detect_language(text) == (code, True)


def test_german_is_recognised_and_unsupported():
    text = ("Die Bundesregierung will in diesem Jahr keine weiteren Soldaten nach Litauen schicken, "
            "prüft aber zusätzliche Hilfe für die Ukraine.")
    assert detect_language(text) == ("de", False)


def test_french_is_unsupported():
    text = "Le gouvernement français a annoncé une nouvelle aide militaire à l'Ukraine pour l'année prochaine."
    assert detect_language(text) == ("fr", False)


def test_nothing_to_detect():
    assert detect_language("") == ("und", False)
    assert detect_language("12 345 — 2022") == ("und", False)


def test_short_nynorsk_sentence_decided_by_function_words():
    assert detect_language("Eg veit ikkje kva dei meiner om det no.") == ("nn", True)
    assert detect_language("Jeg vet ikke hva de mener om det nå.") == ("nb", True)


def test_nynorsk_score_counts_markers():
    assert nynorsk_score("Eg trur ikkje at dei kjem frå Bergen.") > 0
    assert nynorsk_score("Jeg tror ikke at de kommer fra Bergen.") < 0
    assert nynorsk_score("Bergen og Oslo.") == 0


def test_clear_nynorsk_markers_override_a_bokmal_lean():
    # lingua leans Bokmål on this short sentence; "Noreg", "meir" and "seier" are Nynorsk only
    text = "Noreg og Sverige skal samarbeide meir om forsvaret i nord, seier forsvarsministeren."
    assert detect_language(text) == ("nn", True)


def test_bokmal_text_with_a_nynorsk_quote_stays_bokmal():
    text = ("– Eg er ikkje nøgd, sa han. Regjeringen sier at de ikke vil endre kurs, og at det er for "
            "tidlig å si noe om hva som skjer nå.")
    assert detect_language(text) == ("nb", True)
