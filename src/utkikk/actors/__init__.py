"""Actors: the knowledge base, recognition of actors and persons, coreference and quotes."""

from __future__ import annotations

from typing import Any

from ..record import Article


def recognise(art: Article, doc: Any | None = None) -> None:
    """Fill an article's mentions, persons and quotes (``doc``: the spaCy parse, if any)."""
    from .quotes import attribute_quotes
    from .recogniser import recognise_actors

    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if doc is not None else []
    if doc is not None and not doc.has_annotation("ENT_IOB"):
        # a pipeline trained without NER (English): names from the tagger's proper nouns
        from .names import proper_name_spans

        ents = proper_name_spans(doc, art.lang or "")
    recognise_actors(art, ents)
    attribute_quotes(art)
