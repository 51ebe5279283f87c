"""A pipeline component that fills token.lemma_ from simplemma.

Why: the treebank-trained pipelines carry no lemmatiser (training one would double the
training time), and spaCy ships no lookup tables for nb/nn/da/sv here. simplemma's lookup
tables are small, cover all five languages and need no download.
"""

from __future__ import annotations

from functools import lru_cache

import simplemma
from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "utkikk_simplemma"


@lru_cache(maxsize=200_000)
def _lemma(text: str, lang: str) -> str:
    lemma = simplemma.lemmatize(text, lang=lang)
    if lemma == text and not text.islower():
        # sentence-initial common nouns ("Regjeringen") are only found in lower case
        lower = text.lower()
        lowered = simplemma.lemmatize(lower, lang=lang)
        if lowered != lower:
            return lowered
    return lemma


def lemmatize(text: str, lang: str) -> str:
    """The lemma simplemma gives one word (cached), as the pipeline component would set it."""
    return _lemma(text, lang)


class SimplemmaLemmatizer:
    """Sets lemma_ on every token; names and punctuation keep their surface form."""

    def __init__(self, lang: str, overwrite: bool = True) -> None:
        self.lang = lang
        self.overwrite = overwrite

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if tok.lemma_ and not self.overwrite:
                continue
            if tok.is_punct or tok.pos_ == "PROPN" or tok.tag_ == "subst_prop":
                tok.lemma_ = tok.text
            else:
                tok.lemma_ = _lemma(tok.text, self.lang)
        return doc


@Language.factory(FACTORY, default_config={"lang": "nb", "overwrite": True})
def make_simplemma(nlp: Language, name: str, lang: str, overwrite: bool) -> SimplemmaLemmatizer:
    """spaCy factory; `lang` is a simplemma language code (nb, nn, da, sv, en)."""
    return SimplemmaLemmatizer(lang, overwrite)
