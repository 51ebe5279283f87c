"""Load the shipped spaCy pipelines: one cached Language per language code.

Why one function: every later stage (actors, events) must see the same tokenisation,
tags and trees, and loading must never download anything. A missing model directory
falls back to a blank pipeline (sentencizer + simplemma lemmas) with a warning, so the
rest of the system still runs, only without trees or entities.
"""

from __future__ import annotations

import logging
from functools import cache

import spacy
from spacy.language import Language

from utkikk.nlp import ellipses, lemmas, line_breaks
from utkikk.nlp.registry import language_entry, model_path

log = logging.getLogger(__name__)


@cache
def load(lang: str) -> Language:
    """The pipeline for lang (nb, nn, da, sv, en); raises UnsupportedLanguage otherwise."""
    entry = language_entry(lang)
    path = model_path(lang)
    if not (path / "config.cfg").is_file():
        log.warning("no trained pipeline at %s; using a blank %s pipeline (no parser/NER)", path, lang)
        return blank(lang)
    nlp = spacy.load(path, config={"components": {lemmas.FACTORY: {"lang": entry["lemma_lang"]}}})
    if "parser" in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        # punctuation decides sentences before the parser runs: a parser left to itself splits
        # sentences at any second root ("... og ba | Moskva trekke styrkene tilbake")
        nlp.add_pipe("sentencizer", before="parser")
    if "sentencizer" in nlp.pipe_names:
        nlp.add_pipe(line_breaks.FACTORY, after="sentencizer")
        nlp.add_pipe(ellipses.FACTORY, after=line_breaks.FACTORY)
    return nlp


def blank(lang: str) -> Language:
    """Tokenizer + sentencizer + simplemma lemmas: the fallback and the benchmark baseline."""
    entry = language_entry(lang)
    nlp = spacy.blank("nb" if lang == "nn" else lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(line_breaks.FACTORY)
    nlp.add_pipe(ellipses.FACTORY)
    nlp.add_pipe(lemmas.FACTORY, config={"lang": entry["lemma_lang"]})
    return nlp
