"""Utkikk: an evidence-backed map of international relations from Nordic and English news.

The small public surface::

    import utkikk
    art = utkikk.extract_text("Norge og Sverige signerte en avtale torsdag.", published="2024-03-07")
    for ev in art.events:
        print(ev.source, ev.type, ev.target, ev.sentence)

    for art in utkikk.extract(["examples/corpus"]):   # files, folders, globs, URLs
        ...

Stored data is queried through :mod:`utkikk.api` (pandas DataFrames) and served by
``utkikk serve``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .record import Article, Event, Mention, Person, Quote, Reject

__version__ = "0.1.0"
__all__ = ["Article", "Event", "Mention", "Person", "Quote", "Reject", "extract", "extract_text"]


def extract_text(text: str, *, lang: str | None = None, published: str | None = None, doc: str = "text") -> Article:
    """Analyse one article given as a string (language detected unless ``lang`` is given).

    ``published`` is a date (``2024-03-07``, ``2024-03``, or a written date such as "7. mars
    2024"); anything else raises ValueError, since it would become every event's date."""
    from .ingest import read_text
    from .ingest.dates import parse_date
    from .pipeline import analyse
    from .record import SUPPORTED_LANGUAGES

    if lang is not None and lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"{doc}: lang must be one of {', '.join(SUPPORTED_LANGUAGES)}, got {lang!r}")
    date = parse_date(published) if published else None
    if published and date is None:
        raise ValueError(f"{doc}: published is not a date: {published!r} (use YYYY-MM-DD or YYYY-MM)")
    art = read_text(text, doc=doc)
    if isinstance(art, Reject):
        raise ValueError(f"{doc}: {art.reason}")
    if lang:
        art.lang, art.lang_supported = lang, True
    if date:
        art.published, art.date_precision = date
    return analyse(art)


def extract(inputs: Iterable[str]) -> Iterator[Article | Reject]:
    """Read and analyse every article in files, folders, globs or URLs; bad inputs come back as Reject."""
    from .ingest import read_inputs
    from .pipeline import analyse

    for item in read_inputs(list(inputs)):
        yield item if isinstance(item, Reject) else analyse(item)
