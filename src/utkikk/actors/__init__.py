"""Actors: the knowledge base, recognition of actors and persons, coreference and quotes."""

from __future__ import annotations

from typing import Any

from ..record import Article


def recognise(art: Article, doc: Any | None = None) -> None:
    """Fill an article's mentions, persons and quotes (``doc``: the spaCy parse, if any)."""
    from .quotes import attribute_quotes
    from .recogniser import recognise_actors

    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if doc is not None else []
    recognise_actors(art, ents)
    attribute_quotes(art)
