"""The shipped spaCy pipelines load offline, parse their language, and expose role tables."""

from __future__ import annotations

import pytest

from utkikk.nlp import UnsupportedLanguage, blank, load, model_path, roles, supported_languages

# Sample sentences written for these tests (not taken from any corpus).
SAMPLES = {
    "nb": "Utenriksministeren møtte sin svenske kollega i Stockholm på tirsdag.",
    "nn": "Regjeringa sende ein delegasjon til Brussel for å forhandle med EU.",
    "da": "Statsministeren besøgte Berlin og talte med den tyske kansler om forsvaret.",
    "sv": "Sveriges regering skickade ett brev till Nato i går.",
    "en": "The foreign minister met her Swedish counterpart in Stockholm on Tuesday.",
}
SCHEMES = {"nb": "ndt", "nn": "ndt", "da": "ud", "sv": "ud", "en": "ud"}


def test_all_languages_configured() -> None:
    assert set(supported_languages()) == set(SAMPLES)


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_pipeline_loads_offline_and_parses(lang: str) -> None:
    assert (model_path(lang) / "config.cfg").is_file(), "run `make models`"
    nlp = load(lang)
    assert load(lang) is nlp  # cached
    assert {"tagger", "parser"} <= set(nlp.pipe_names)
    doc = nlp(SAMPLES[lang])
    assert doc.has_annotation("DEP") and doc.has_annotation("TAG")
    assert roles(lang)["scheme"] == SCHEMES[lang]
    # a well-formed tree: one root per sentence, every head inside its sentence
    for sent in doc.sents:
        assert sum(t.head.i == t.i for t in sent) == 1
        assert all(sent.start <= t.head.i < sent.end for t in sent)
    assert all(t.lemma_ for t in doc)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_norwegian_subject_and_object(lang: str) -> None:
    """nb/nn are trained on the full NDT train split; their SVO roles are reliable."""
    doc = load(lang)(SAMPLES[lang])
    table = roles(lang)
    assert doc[0].dep_ in table["subject"]
    assert any(t.dep_ in table["object"] for t in doc)


@pytest.mark.parametrize("lang", ["nb", "nn", "da", "sv"])
def test_named_entities(lang: str) -> None:
    doc = load(lang)(SAMPLES[lang])
    assert doc.ents, "expected at least one named entity"


def test_v2_inverted_subject_nb() -> None:
    """Verb-second order: the subject follows the finite verb after a fronted adverb."""
    doc = load("nb")("Derfor verdsetter NATO Japans bidrag.")
    nato = next(t for t in doc if t.text == "NATO")
    assert nato.dep_ in roles("nb")["subject"]
    assert nato.head.text == "verdsetter"


def test_nb_and_nn_lemmas_follow_the_variety() -> None:
    assert load("nb")("Landene samarbeider.")[0].lemma_ == "land"
    assert load("nn").get_pipe("utkikk_simplemma").lang == "nn"


def test_role_tables_have_the_same_keys() -> None:
    ndt, ud = roles("nb"), roles("en")
    assert set(ndt) == set(ud)
    assert ndt["pp_head"] == "preposition" and ud["pp_head"] == "noun"
    assert "obl:agent" in ud["passive_agent"] and ndt["object"] == ["DOBJ"]


def test_unsupported_language_is_a_clear_error() -> None:
    with pytest.raises(UnsupportedLanguage, match="supported"):
        load("fi")


def test_blank_fallback_has_sentences_and_lemmas() -> None:
    doc = blank("da")("Landene mødtes i går. De blev enige.")
    assert len(list(doc.sents)) == 2
    assert doc[0].lemma_ == "land"


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_line_breaks_stay_out_of_the_sentences_around_them(lang: str) -> None:
    """A paragraph break is a sentence of its own, tagged SPACE, and the word after it opens the
    next sentence: the parser never makes whitespace a root or a head of words."""
    headline = {"en": "Talks in Oslo"}.get(lang, "Samtaler i Oslo")
    text = f"{headline}\n\n{SAMPLES[lang]}\n{SAMPLES[lang]}"
    for nlp in (load(lang), blank(lang)):
        doc = nlp(text)
        sents = [s for s in doc.sents if not s.text.isspace()]
        assert [s.text for s in sents] == [headline, SAMPLES[lang], SAMPLES[lang]]
        spaces = [t for t in doc if t.is_space]
        assert spaces and all(t.pos_ == "SPACE" and t.is_sent_start for t in spaces)
        if doc.has_annotation("DEP"):
            assert all(not t.head.is_space for t in doc if not t.is_space)


@pytest.mark.parametrize("lang", ["nb", "da", "sv", "en"])
def test_tag_table_gives_the_attribute_rulers_parts_of_speech(lang: str) -> None:
    """The loaded pipeline sets POS from the tag by one table (utkikk.nlp.tag_pos) in place of
    the shipped attribute ruler: every token gets the part of speech the ruler gives it."""
    import spacy

    from utkikk.nlp import lemmas
    from utkikk.nlp.registry import language_entry

    nlp = load(lang)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "TagPos"
    shipped = spacy.load(model_path(lang), config={"components": {lemmas.FACTORY: {"lang": language_entry(lang)["lemma_lang"]}}})
    text = " ".join(SAMPLES.values())
    ours = nlp(text, disable=["parser", "ner"])
    theirs = shipped(text, disable=[n for n in ("parser", "ner") if n in shipped.pipe_names])
    assert [t.tag_ for t in ours] == [t.tag_ for t in theirs]
    assert [t.pos_ for t in ours] == [t.pos_ for t in theirs]
    assert any(t.pos_ for t in ours)
