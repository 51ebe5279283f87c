"""Python API for notebooks: the web app's queries as pandas DataFrames.

    >>> from utkikk import api
    >>> api.events("utkikk.db", source="RUS", target="UKR", both=True).head()
    >>> api.dyad_series("utkikk.db", "NOR", "RUS")
    >>> api.search("utkikk.db", "sanksjoner", lang="nb")

Every function takes the store as a path, SQLAlchemy URL or open :class:`~utkikk.store.Store`,
validates its arguments like the HTTP API does (``QueryError`` on bad input) and returns a
DataFrame; the numbers are the ones the web pages show. Counts hold asserted events only, as the
app's do by default; ``planned=True`` counts events announced as future or planned too.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

from .analysis.plover import EXPORT_COLUMNS, flat_record, plover_record
from .store import Store
from .store import queries as Q
from .store.queries import QueryError

DB = str | os.PathLike[str] | Store | None
_open: dict[str, Store] = {}


def _store(db: DB) -> Store:
    if isinstance(db, Store):
        return db
    key = str(db or os.environ.get("UTKIKK_DB") or "utkikk.db")
    if key not in _open:
        _open[key] = Store(key)
    return _open[key]


def _scope(planned: bool) -> str:
    """Counting scope: asserted events only (the default everywhere), or planned ones too."""
    return "planned" if planned else "asserted"


def events(db: DB = None, *, source: str | None = None, target: str | None = None, actor: str | None = None,
           type: str | None = None, start: str | None = None, end: str | None = None, lang: str | None = None,
           outlet: str | None = None, both: bool = False, flagged: bool = False, planned: bool = False,
           sector: str | None = None, source_sector: str | None = None, target_sector: str | None = None,
           limit: int = Q.MAX_EXPORT) -> pd.DataFrame:
    """Event reports with evidence, newest first as the app lists them (one row per report; the
    columns of the CSV export: ISO ``date`` with ``date_precision``, ``modality``, actor names,
    each side's sector). ``sector``: of the actor's side with ``actor``, else of either side."""
    f = Q.EventFilter.checked(source=source, target=target, actor=actor, type=type, start=start, end=end,
                              lang=lang, outlet=outlet, both=both, flagged=flagged, scope=_scope(planned),
                              sector=sector, source_sector=source_sector, target_sector=target_sector)
    rows = Q.events(_store(db), f, limit=limit, order="desc")
    return pd.DataFrame([flat_record(r) for r in rows], columns=EXPORT_COLUMNS)


EXPORT_FORMATS = {".csv": "csv", ".parquet": "parquet", ".json": "plover"}


def export_events(path: str | os.PathLike[str], db: DB = None, *, format: str | None = None,  # noqa: A002
                  planned: bool = False, limit: int = Q.MAX_EXPORT, **filters: Any) -> int:
    """Write the events of :func:`events` (same filters) to a file as CSV, Parquet or PLOVER-JSON
    (``format``: ``csv``, ``parquet`` or ``plover``; by default from the suffix) and return the rows
    written. Why beside :func:`events`: a DataFrame holds every row, and so did the export built
    from it; this streams from one cursor a chunk (a Parquet row group) at a time, the bytes the
    server's ``/api/events.csv``, ``.parquet`` and ``.plover.json`` send, so memory does not grow
    with the export. The file appears whole or not at all (written aside, then renamed)."""
    from .web import export

    fmt = format or EXPORT_FORMATS.get(Path(path).suffix.lower())
    writers = {"csv": export.csv_chunks, "parquet": export.parquet_chunks, "plover": export.plover_json_chunks}
    if fmt not in writers:
        raise QueryError(f"format must be one of {', '.join(writers)} (or a path ending in "
                         f"{', '.join(EXPORT_FORMATS)}), got {format or Path(path).suffix!r}")
    f = Q.EventFilter.checked(**filters, scope=_scope(planned))
    written = 0

    def counted() -> Any:
        nonlocal written
        for r in Q.iter_events(_store(db), f, limit=limit, order="desc"):
            written += 1
            yield r

    part = Path(f"{os.fspath(path)}.part")
    try:
        with open(part, "wb") as out:
            for chunk in writers[fmt](counted()):
                out.write(chunk if isinstance(chunk, bytes) else chunk.encode("utf-8"))
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return written


def plover(db: DB = None, **filters: Any) -> list[dict[str, Any]]:
    """The same events as PLOVER-JSON records (a list of dicts); ``planned=True`` as for :func:`events`."""
    scope = _scope(bool(filters.pop("planned", False)))
    f = Q.EventFilter.checked(**filters, scope=scope)
    return [plover_record(r) for r in Q.events(_store(db), f, limit=Q.MAX_EXPORT, order="desc")]


def search(db: DB = None, q: str = "", *, lang: str | None = None, start: str | None = None,
           end: str | None = None, actor: str | None = None, type: str | None = None,
           outlet: str | None = None, mode: str = "hybrid", limit: int = 100) -> pd.DataFrame:
    """Articles matching ``q`` best first, as the search page finds them (words expanded across the
    five languages, OR / NOT / phrases, hybrid ranking where the store has embeddings; ``q`` may be
    empty given an actor or a type), with HTML snippets and each article's events and actors."""
    sf = Q.SearchFilter.checked(q, lang=lang, start=start, end=end, actor=actor, type=type, outlet=outlet,
                                mode=mode)
    res = Q.search(_store(db), sf, limit=limit)
    return pd.DataFrame(res["results"], columns=["id", "title", "doc", "lang", "published", "outlet", "rank",
                                                 "similarity", "snippet", "events", "actors"])


def dyad_series(db: DB, a: str, b: str, *, start: str | None = None, end: str | None = None,
                planned: bool = False) -> pd.DataFrame:
    """Monthly cooperation/conflict counts and PLOVER scores of A–B (both directions); asserted
    events only unless ``planned``."""
    ca, cb = Q.check_code(a, "a"), Q.check_code(b, "b")
    if not ca or not cb:
        raise QueryError("a dyad needs two actor codes")
    s, e = Q.check_range(start, end)
    d = Q.dyad(_store(db), ca, cb, start=s, end=e, limit=0, scope=_scope(planned))
    return pd.DataFrame(d["series"], columns=["month", "cooperation", "conflict", "events", "reports", "score_sum",
                                              "score_mean"])


def actor(db: DB, code: str) -> dict[str, Any]:
    """Everything the actor page shows, as a dict (lists of dicts inside)."""
    c = Q.check_code(code, "code")
    data = Q.actor(_store(db), c) if c else None
    if data is None:
        raise QueryError(f"no actor {code!r} in this store")
    return data


def partners(db: DB, code: str, *, planned: bool = False) -> pd.DataFrame:
    """Every counterpart of an actor with cooperation and conflict counts."""
    c = Q.check_code(code, "code")
    p = Q.partners(_store(db), c or "", limit=10_000, scope=_scope(planned))
    rows = {r["other"]: r for r in p["partners"] + p["opponents"]}
    return pd.DataFrame(sorted(rows.values(), key=lambda r: -(r["cooperation"] + r["conflict"])),
                        columns=["other", "name", "cooperation", "conflict", "score_mean"])


def network(db: DB = None, *, start: str | None = None, end: str | None = None,
            max_edges: int = 10_000, planned: bool = False) -> pd.DataFrame:
    """Undirected dyads of a period with cooperation/conflict counts and tone (the network's edges)."""
    s, e = Q.check_range(start, end)
    net = Q.network(_store(db), start=s, end=e, max_edges=max_edges, scope=_scope(planned))
    return pd.DataFrame(net["edges"], columns=["a", "b", "cooperation", "conflict", "events", "score_mean", "tone"])


def alerts(db: DB = None, *, start: str | None = None, end: str | None = None, planned: bool = False,
           **params: Any) -> pd.DataFrame:
    """Dyad-months that surged against their own history (method: ``utkikk.analysis.alerts``), with
    the evidence the test weighed: severity S, independent sources and the weight w of a month
    fewer than ``min_sources`` report, so a notebook can tell a one-outlet alert from the rest."""
    s, e = Q.check_range(start, end)
    res = Q.alerts(_store(db), start=s, end=e, limit=100_000, evidence=0, scope=_scope(planned), **params)
    return pd.DataFrame(res["alerts"], columns=["a", "b", "month", "side", "count", "severity", "sources", "weight",
                                                "baseline", "ratio", "p_value", "history_months"])


def overview(db: DB = None, *, planned: bool = False) -> dict[str, Any]:
    """The overview page's numbers as a dict."""
    return Q.overview(_store(db), scope=_scope(planned))


__all__ = ["QueryError", "actor", "alerts", "dyad_series", "events", "network", "overview", "partners", "plover",
           "search"]
