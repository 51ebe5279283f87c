"""Analysed articles as flat rows for Parquet, and back.

An article row holds the metadata as columns (for Spark SQL, DuckDB, pandas) and the whole record
as JSON in ``record``, so ``utkikk load`` rebuilds exactly the Article that ``utkikk ingest`` would
have stored: mentions, persons, quotes and events included. Event rows repeat what an analyst
filters on (dyad, type, modality, date) with the article's content hash as the join key.
Partition columns ``year`` and ``month`` come from the article's date (an event's own date for
event rows); undated rows go to ``year=unknown``.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..record import Article, Event, Mention, Person, Quote, Reject

UNKNOWN = "unknown"

# the Article's own fields, copied as columns; then the derived ones
ARTICLE_FIELDS = ("content_hash", "doc", "source", "fmt", "title", "lang", "lang_supported", "published",
                  "date_precision", "outlet", "agency", "author", "url")
ARTICLE_COLUMNS = (*ARTICLE_FIELDS, "events", "record", "year", "month")
EVENT_COLUMNS = ("content_hash", "doc", "n", "source", "target", "type", "mode", "modality", "asserted", "reported", "date",
                 "speaker", "trigger", "sentence", "sent_start", "sent_end", "start", "end", "year", "month")
REJECT_COLUMNS = ("source", "reason")


def year_month(date: str | None) -> tuple[str, str]:
    """``("2022", "02")`` for 2022-02 or 2022-02-24; ``("2022", "unknown")`` for a bare year."""
    if not date or len(date) < 4 or not date[:4].isdigit():
        return UNKNOWN, UNKNOWN
    month = date[5:7] if len(date) >= 7 and date[5:7].isdigit() else UNKNOWN
    return date[:4], month


def article_row(art: Article) -> dict[str, Any]:
    year, month = year_month(art.published)
    row = {c: getattr(art, c) for c in ARTICLE_FIELDS}
    row.update(events=sum(e.asserted for e in art.events), record=json.dumps(asdict(art), ensure_ascii=False),
               year=year, month=month)
    return row


def event_rows(art: Article) -> list[dict[str, Any]]:
    out = []
    for n, e in enumerate(art.events):
        year, month = year_month(e.date or art.published)
        out.append({"content_hash": art.content_hash, "doc": art.doc, "n": n, "source": e.source,
                    "target": e.target, "type": e.type, "mode": e.mode, "modality": e.modality,
                    "asserted": e.asserted, "reported": e.reported, "date": e.date, "speaker": e.speaker, "trigger": e.trigger,
                    "sentence": e.sentence, "sent_start": e.sent_start, "sent_end": e.sent_end, "start": e.start,
                    "end": e.end, "year": year, "month": month})
    return out


def reject_row(rej: Reject) -> dict[str, Any]:
    return {"source": rej.source, "reason": rej.reason}


def article_from_record(record: str | dict[str, Any]) -> Article:
    """The Article an article row's ``record`` holds (the inverse of ``asdict``)."""
    d = json.loads(record) if isinstance(record, str) else dict(record)
    nested = {"mentions": Mention, "persons": Person, "quotes": Quote, "events": Event}
    parts = {k: [cls(**x) for x in d.pop(k, [])] for k, cls in nested.items()}
    return Article(**d, **parts)
