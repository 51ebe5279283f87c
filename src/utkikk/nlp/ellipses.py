"""A pipeline component that starts a sentence after an ellipsis followed by a capitalised word.

Why: web news cut a teaser short with "..." or "…" and run the next sentence on after it
("... fått många fler ... Under ett besök i Turkiet uppmanade Clinton ..."). The sentencizer
reads only single stop characters, so the two become one sentence: the words of the first
(its "inte", its subject) then govern the events of the second. An ellipsis followed by a
lower-case word is a pause inside one sentence and is left alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "utkikk_ellipses"
ELLIPSES = frozenset({"...", "…", "....", ". . ."})


class Ellipses:
    """Marks the capitalised word after an ellipsis as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[:-1]:
            if tok.text in ELLIPSES:
                nxt = doc[tok.i + 1]
                if nxt.is_alpha and nxt.text[:1].isupper():
                    nxt.is_sent_start = True
        return doc


@Language.factory(FACTORY)
def make_ellipses(nlp: Language, name: str) -> Ellipses:
    """spaCy factory: no settings."""
    return Ellipses()
