"""The data behind each chart as CSV, so an analyst can redraw or check a figure elsewhere.

One function per chart; the columns are those the chart draws, plus the ids that lead back to the
evidence. Event exports with every field live in :mod:`utkikk.web.export`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from .export import neutralised

TIMELINE_COLUMNS = ("event_id", "date", "role", "source", "type", "target", "quad", "conflict", "score",
                    "article_id", "sentence")
SERIES_COLUMNS = ("month", "cooperation", "conflict", "events", "reports", "score_mean")
NETWORK_COLUMNS = ("a", "b", "a_name", "b_name", "events", "cooperation", "conflict", "score_mean", "tone")


def _csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else neutralised(r.get(k))) for k in columns})
    return buf.getvalue()


def timeline_csv(events: Sequence[dict[str, Any]]) -> str:
    """One row per event on an actor's timeline (the actor's role: source or target)."""
    return _csv(TIMELINE_COLUMNS, ({**e, "event_id": e["id"], "conflict": int(bool(e.get("conflict")))}
                                   for e in events if e.get("date")))


def series_csv(series: Sequence[dict[str, Any]]) -> str:
    """One row per month of a dyad series, gap months included (as the chart shows them)."""
    return _csv(SERIES_COLUMNS, series)


def network_csv(net: dict[str, Any]) -> str:
    """One row per edge of the network, with the actors' names."""
    names = {n["code"]: n.get("name") or n["code"] for n in net.get("nodes", [])}
    return _csv(NETWORK_COLUMNS, ({**e, "a_name": names.get(e["a"]), "b_name": names.get(e["b"])}
                                  for e in net.get("edges", [])))


def csv_response_headers(filename: str) -> dict[str, str]:
    """Headers that make a browser save the body under ``filename``."""
    return {"Content-Disposition": f'attachment; filename="{filename}"'}
