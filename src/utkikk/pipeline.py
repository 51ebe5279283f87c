"""The pipeline stages in order: language model → actors → quotes → events.

Ingestion (``utkikk.ingest``) produces :class:`Article` records; :func:`analyse` runs every later
stage on one, each adding to the record. The CLI, the store loader and the Python API all call
this one function, so a figure in the web app and a line of ``extract --jsonl`` come from the
same code.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from .record import Article

log = logging.getLogger(__name__)


def analyse(art: Article) -> Article:
    """Run the language pipeline, actor recognition, quote attribution and event coding."""
    if not art.lang_supported or not art.lang or not art.text.strip():
        return art
    from .actors import recognise
    from .events import extract_events
    from .nlp import load

    nlp = load(art.lang)
    doc = nlp(art.text)
    recognise(art, doc)
    extract_events(art, doc)
    return art


class AnalysisError(RuntimeError):
    """Analysis of one article failed; the message names the article."""


def analyse_safely(art: Article) -> Article:
    """Like :func:`analyse`, but a failure is logged with the article's name and the article kept
    with what ingestion found: one article's failure never sinks a batch."""
    try:
        return analyse(art)
    except Exception as exc:
        log.error("analysis failed for %s: %s: %s", art.source or art.doc, type(exc).__name__, exc)
        art.mentions, art.persons, art.quotes, art.events = [], [], [], []
        return art


def analyse_all(articles: Iterable[Article]) -> Iterator[Article]:
    for art in articles:
        yield analyse_safely(art)
