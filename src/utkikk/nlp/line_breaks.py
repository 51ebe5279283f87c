"""A pipeline component that gives each line break a sentence of its own, away from the words.

Why: an article's paragraphs are separated by line breaks, which spaCy keeps as whitespace
tokens. The sentencizer starts the next sentence *at* such a token, and the treebank-trained
tagger and parser, which never saw one, call it a verb and make it the root ("\\n\\n Både
Danmark og Grønland har avvist ..." loses its first subject); a headline without a full stop
ran on into the first sentence of the text. This component runs after the sentencizer and
before the parser: whitespace that holds a line break, or that the sentencizer made a sentence
start, becomes a one-token sentence tagged ``SPACE``, and the word after it opens the next
sentence. Event coding cuts its units at the same line breaks (``utkikk.events.segments``) and
drops the whitespace ones; hard-wrapped lines inside a sentence were joined before parsing
(``utkikk.pipeline.unwrapped``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "utkikk_line_breaks"


class LineBreaks:
    """Fences whitespace tokens off into sentences of their own."""

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        for tok in doc:
            if not tok.is_space:
                continue
            tok.pos_ = "SPACE"
            if tok.i and ("\n" in tok.text or tok.is_sent_start):
                tok.is_sent_start = True
                if tok.i + 1 < n:
                    doc[tok.i + 1].is_sent_start = True
        return doc


@Language.factory(FACTORY)
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    """spaCy factory: no settings."""
    return LineBreaks()
