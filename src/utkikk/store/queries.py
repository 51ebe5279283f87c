"""Every read query the web app, the HTTP API and the Python API ask of a store.

Functions take a :class:`~utkikk.store.Store` and plain, validated arguments and return plain
dicts and lists, so the three front ends show the same numbers. Arguments coming from users go
through the ``check_*`` helpers, which raise :class:`QueryError` with a message a person can act
on (the web app turns it into a 400).

Event counts in series, networks and alerts are counts of *distinct real-world events* (event
groups), and only reports that count in the asked scope do (:mod:`utkikk.store.counting`:
asserted reports by default, planned ones on request; never negated, conditional, hypothetical,
demanded or retracted ones); event lists show every report with its article.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    and_,
    bindparam,
    case,
    distinct,
    func,
    literal_column,
    or_,
    select,
    text,
    union_all,
)

from ..analysis import alerts as alert_method
from ..analysis import network as network_method
from ..analysis.series import MonthPoint, month_range, monthly_series
from ..events.ontology import event_types
from ..record import SECTORS, SUPPORTED_LANGUAGES
from . import schema as t
from . import search as fts
from .counting import DEFAULT_SCOPE, check_scope, conflict_side, counted

MAX_LIMIT = 1000
MAX_EXPORT = 200_000


class QueryError(ValueError):
    """A bad argument; the message says what is wrong and what is accepted."""


# -- argument checks --------------------------------------------------------------------------

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}$")


def check_date(value: str | None, name: str = "date") -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise QueryError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    parts = [int(p) for p in value.split("-")]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        raise QueryError(f"{name} has no month {parts[1]}: {value!r}")
    if len(parts) > 2:
        import datetime as _dt

        try:
            _dt.date(*parts)
        except ValueError:
            raise QueryError(f"{name} is not a calendar date: {value!r}") from None
    return value


def check_code(value: str | None, name: str = "actor") -> str | None:
    """An actor code (ISO alpha-3 or an organisation's short code), upper-cased."""
    if value is None or value == "":
        return None
    value = value.strip()
    if value == "*":
        return value
    if not _CODE.match(value):
        raise QueryError(f"{name} must be an actor code such as NOR, RUS or NATO, got {value!r}")
    return value.upper()


def check_type(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    v = value.strip().upper()
    if v not in event_types():
        raise QueryError(f"type must be one of {', '.join(event_types())}, got {value!r}")
    return v


def check_lang(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    v = value.strip().lower()
    if v not in SUPPORTED_LANGUAGES:
        raise QueryError(f"lang must be one of {', '.join(SUPPORTED_LANGUAGES)}, got {value!r}")
    return v


def check_sector(value: str | None, name: str = "sector") -> str | None:
    """A sector code of :data:`utkikk.record.SECTORS` (GOV, MIL, LEG …), upper-cased."""
    if value is None or value == "":
        return None
    v = value.strip().upper()
    if v not in SECTORS:
        raise QueryError(f"{name} must be one of {', '.join(SECTORS)}, got {value!r}")
    return v


def check_range(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    s, e = check_date(start, "start"), check_date(end, "end")
    if s and e and s[: len(e)] > e:
        raise QueryError(f"start {s} is after end {e}")
    return s, e


def _end_key(end: str) -> str:
    """An upper bound that includes every date inside ``end`` ("2022-03" takes "2022-03-31")."""
    return end + "~"


# -- caching of whole-store aggregates --------------------------------------------------------

_cache: dict[tuple, Any] = {}
_cache_lock = threading.Lock()


def _version(store: Any) -> tuple:
    """Cheap fingerprint of the store's content: new articles, events or corrections change it."""
    with store.engine.connect() as conn:
        return tuple(conn.execute(select(
            select(func.max(t.articles.c.id)).scalar_subquery(),
            select(func.max(t.events.c.id)).scalar_subquery(),
            select(func.max(t.corrections.c.id)).scalar_subquery(),
            select(func.count()).select_from(t.articles).scalar_subquery(),
            select(func.max(t.vectors.c.id)).scalar_subquery(),
        )).one())


_computing: dict[tuple, threading.Lock] = {}  # one lock per answer being made (see _cached)


def _cached(store: Any, key: tuple, compute: Callable[[], Any]) -> Any:
    """Aggregates over the whole store are recomputed only when the store changes. One thread
    computes an answer; another that asks for the same answer meanwhile waits for it rather than
    computing it beside it: the server's warm-up (``web.app.warm_up``) makes the overview, seconds
    of work on a big store, in the background, and the first request for it must not double that."""
    full = (store.url, _version(store), *key)
    with _cache_lock:
        if full in _cache:
            return _cache[full]
        making = _computing.setdefault(full, threading.Lock())
    with making:
        with _cache_lock:
            if full in _cache:  # made by the thread we waited for
                return _cache[full]
        try:
            value = compute()
            with _cache_lock:
                if len(_cache) > 256:
                    _cache.clear()
                _cache[full] = value
        finally:
            with _cache_lock:
                _computing.pop(full, None)
    return value


def cached(store: Any, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, made once per store version and ``key`` (for the web app's answers):
    whatever depends only on the store's content and the request is constant until the store
    changes. Values are shared, so callers must not change them."""
    return _cached(store, key, compute)


# -- events -----------------------------------------------------------------------------------

E, A = t.events, t.articles
DATE = func.coalesce(E.c.date, A.c.published)
CONFLICT_SIDE = conflict_side()
PAIR_A = case((E.c.source < E.c.target, E.c.source), else_=E.c.target)
PAIR_B = case((E.c.source < E.c.target, E.c.target), else_=E.c.source)
WITH_TARGET = and_(E.c.target != "*", E.c.source != E.c.target)

# the monthly dyad aggregate (store/aggregates.py): one row per directed dyad and month
DM = t.dyad_months
DM_A = case((DM.c.source < DM.c.target, DM.c.source), else_=DM.c.target)
DM_B = case((DM.c.source < DM.c.target, DM.c.target), else_=DM.c.source)
DM_WITH_TARGET = and_(DM.c.target != "*", DM.c.source != DM.c.target)
DT = t.dyad_totals  # the same summed over months: whole-store pages read one row per dyad


def _dyad_source(months: list[Any]) -> Any:
    """dyad_totals when no period is asked for, else dyad_months (both have the summed columns)."""
    return DT if not months else DM


def check_scope_arg(value: str | None) -> str:
    try:
        return check_scope(value)
    except ValueError as exc:
        raise QueryError(str(exc)) from None


def _months(start: str | None, end: str | None) -> list[Any] | None:
    """Conditions on ``dyad_months.month`` for a period; None when a bound is a day (months can't say)."""
    if (start and len(start) > 7) or (end and len(end) > 7):
        return None
    c: list[Any] = []
    if start or end:
        c.append(DM.c.month != "")  # undated events fall outside every period
    if start:
        c.append(DM.c.month >= start)
    if end:
        c.append(DM.c.month <= _end_key(end))
    return c


def _mean(total: float | None, n: int | None) -> float | None:
    return round(total / n, 2) if n and total is not None else None


@dataclass(frozen=True)
class EventFilter:
    """What an event query selects. ``both``: the dyad in either direction (source ↔ target)."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None  # as source or target
    type: str | None = None
    start: str | None = None
    end: str | None = None
    lang: str | None = None
    outlet: str | None = None
    both: bool = False
    flagged: bool = False  # include every report, whatever its modality (an article's page)
    scope: str = DEFAULT_SCOPE  # which reports count when not ``flagged`` (store/counting.py)
    conflict: bool | None = None  # only conflict (True) or cooperation (False) types
    article_id: int | None = None
    # sector of a side (utkikk.record.SECTORS): ``sector`` of the actor's side with ``actor``,
    # else of either side; ``source_sector`` / ``target_sector`` of that side
    sector: str | None = None
    source_sector: str | None = None
    target_sector: str | None = None

    @classmethod
    def checked(cls, **kw: Any) -> EventFilter:
        """Build a filter from user input, validating every field."""
        start, end = check_range(kw.pop("start", None), kw.pop("end", None))
        return cls(
            source=check_code(kw.pop("source", None), "source"),
            target=check_code(kw.pop("target", None), "target"),
            actor=check_code(kw.pop("actor", None), "actor"),
            type=check_type(kw.pop("type", None)),
            start=start, end=end,
            lang=check_lang(kw.pop("lang", None)),
            outlet=(kw.pop("outlet", None) or None),
            scope=check_scope_arg(kw.pop("scope", None)),
            sector=check_sector(kw.pop("sector", None)),
            source_sector=check_sector(kw.pop("source_sector", None), "source_sector"),
            target_sector=check_sector(kw.pop("target_sector", None), "target_sector"),
            **kw,
        )

    def branches(self) -> list[list[Any]]:
        """Alternatives that each pin an indexed column (dyad direction, actor as source or target).

        ``where()`` joins them with OR; :func:`events` asks each separately so every lookup runs
        on its index (``ix_events_dyad``, ``ix_events_source``, ``ix_events_target``).
        """
        alts: list[list[Any]] = [[]]
        if self.source and self.target and self.both:
            alts = [[E.c.source == self.source, E.c.target == self.target]]
            if self.source != self.target:
                alts.append([E.c.source == self.target, E.c.target == self.source])
        else:
            if self.source:
                alts[0].append(E.c.source == self.source)
            if self.target:
                alts[0].append(E.c.target == self.target)
        if self.actor:  # disjoint: an event of the actor with itself is found as source only
            # with a sector, the actor's own side is in it ("RUS as MIL"), whichever side it is on
            src = [E.c.source_sector == self.sector] if self.sector else []
            tgt = [E.c.target_sector == self.sector] if self.sector else []
            alts = [b for a in alts for b in (a + [E.c.source == self.actor, *src],
                                              a + [E.c.target == self.actor, E.c.source != self.actor, *tgt])]
        return alts

    def common(self, date: Any = DATE) -> list[Any]:
        """The conditions besides :meth:`branches`, with ``date`` standing for the event's date."""
        c: list[Any] = []
        if self.type:
            c.append(E.c.type == self.type)
        if self.start:
            c.append(date >= self.start)
        if self.end:
            c.append(date <= _end_key(self.end))
        if self.lang:
            c.append(A.c.lang == self.lang)
        if self.outlet:
            c.append(A.c.outlet == self.outlet)
        if not self.flagged:
            c.append(counted(self.scope))
        if self.conflict is not None:
            c.append(CONFLICT_SIDE if self.conflict else ~CONFLICT_SIDE)
        if self.article_id is not None:
            c.append(E.c.article_id == self.article_id)
        if self.sector and not self.actor:  # with an actor, branches() ties it to the actor's side
            c.append(or_(E.c.source_sector == self.sector, E.c.target_sector == self.sector))
        if self.source_sector:
            c.append(E.c.source_sector == self.source_sector)
        if self.target_sector:
            c.append(E.c.target_sector == self.target_sector)
        return c

    def where(self) -> list[Any]:
        alts = self.branches()
        if not alts[0]:
            return self.common()
        return [and_(*alts[0]) if len(alts) == 1 else or_(*(and_(*a) for a in alts)), *self.common()]

    @property
    def needs_article(self) -> bool:
        """Whether the article's columns are needed beyond filling in missing event dates."""
        return bool(self.lang or self.outlet)


_EVENT_COLUMNS = (
    E.c.id, E.c.article_id, E.c.group_id, E.c.source, E.c.target, E.c.type, E.c.mode, E.c.context,
    E.c.negated, E.c.hypothetical, DATE.label("date"), E.c.score, E.c.speaker, E.c.sentence,
    E.c.sent_start, E.c.sent_end, E.c.trigger, E.c.trig_start, E.c.trig_end, E.c.pattern,
    E.c.modality, E.c.tone, E.c.quad, E.c.source_text, E.c.target_text, E.c.source_sector, E.c.target_sector,
    E.c.corrected, E.c.retracted,
    E.c.place, E.c.place_name, E.c.place_country, E.c.place_lat, E.c.place_lon, E.c.place_kind,
    A.c.title.label("article_title"), A.c.doc.label("article_doc"), A.c.outlet, A.c.lang, A.c.url,
    A.c.published,
)


def _event_dict(row: Any) -> dict[str, Any]:
    d = dict(row._mapping)
    if not d.get("quad"):
        et = event_types().get(d["type"])
        d["quad"] = et.quad if et else None
    d["conflict"] = bool(d["quad"] and d["quad"].endswith("conflict"))
    d["modality"] = d.get("modality") or ("negated" if d["negated"] else "hypothetical" if d["hypothetical"]
                                          else "asserted")
    d["corrected"] = bool(d.get("corrected"))
    d["retracted"] = bool(d.get("retracted"))
    d["negated"] = bool(d["negated"])
    d["hypothetical"] = bool(d["hypothetical"])
    d["context"] = d["context"] or []
    return d


def _candidates(f: EventFilter, n: int, order: str) -> Any:
    """Ids of at most ``n`` first events in each branch of ``f``, a superset of the first ``n`` overall.

    Each branch is asked twice: events with their own date, in index order of (actor, date), and
    events without one (dated by their article), so no query sorts all of an actor's events.
    """
    desc = order == "desc"
    parts = []
    for alt in f.branches():
        for dated in (True, False):
            if dated:
                conds = [*alt, E.c.date.is_not(None), *f.common(E.c.date)]
                key = E.c.date
            else:
                conds = [*alt, E.c.date.is_(None), *f.common(A.c.published)]
                key = A.c.published
            join = not dated or f.needs_article
            q = (select(E.c.id).select_from(E.join(A, A.c.id == E.c.article_id) if join else E).where(*conds)
                 .order_by(key.desc() if desc else key.asc(), E.c.id.desc() if desc else E.c.id).limit(n))
            parts.append(select(q.subquery().c.id))
    return union_all(*parts) if len(parts) > 1 else parts[0]


def _events_query(f: EventFilter, limit: int, offset: int, order: str) -> Any:
    if not 0 < limit <= MAX_EXPORT or offset < 0:
        raise QueryError(f"limit must be 1..{MAX_EXPORT} and offset ≥ 0")
    key = DATE.desc() if order == "desc" else DATE.asc()
    q = select(*_EVENT_COLUMNS).select_from(E.join(A, A.c.id == E.c.article_id))
    if f.article_id is None and limit + offset < MAX_LIMIT * 10:
        q = q.where(E.c.id.in_(_candidates(f, limit + offset, order)))
    else:
        q = q.where(*f.where())
    return q.order_by(key, E.c.id.desc() if order == "desc" else E.c.id).limit(limit).offset(offset)


def events(store: Any, f: EventFilter, *, limit: int = 100, offset: int = 0,
           order: str = "desc") -> list[dict[str, Any]]:
    """Event reports matching ``f``, newest first (``order="asc"``: oldest first)."""
    q = _events_query(f, limit, offset, order)
    with store.engine.connect() as conn:
        return [_event_dict(r) for r in conn.execute(q)]


EXPORT_CHUNK = 1000  # rows fetched from the cursor at a time by iter_events


def iter_events(store: Any, f: EventFilter, *, limit: int = MAX_EXPORT, order: str = "desc",
                chunk: int = EXPORT_CHUNK) -> Iterator[dict[str, Any]]:
    """The rows of :func:`events`, fetched ``chunk`` at a time from one cursor (a server-side one
    on PostgreSQL), so an export of 200,000 rows never holds them all: the server's memory stays
    bounded however many exports run at once. The query is checked before the first row, so a bad
    limit raises here, not halfway through a response."""
    q = _events_query(f, limit, 0, order)

    def rows() -> Iterator[dict[str, Any]]:
        with store.engine.connect() as conn:
            for part in conn.execution_options(yield_per=chunk).execute(q).partitions():
                yield from (_event_dict(r) for r in part)

    return rows()


def count_events(store: Any, f: EventFilter) -> int:
    """How many reports match ``f``: each (disjoint) branch on its index, dated events without the join.

    Cached until the store changes: the event list asks for it on every page, and with few
    filters it reads most of the events table (20 ms at 100,000 events), the list itself 4 ms."""
    return _cached(store, ("count_events", f), lambda: _count_events(store, f))


def _count_events(store: Any, f: EventFilter) -> int:
    parts = []
    for alt in f.branches():
        parts.append(select(func.count()).select_from(E.join(A, A.c.id == E.c.article_id) if f.needs_article else E)
                     .where(*alt, E.c.date.is_not(None), *f.common(E.c.date)).scalar_subquery())
        parts.append(select(func.count()).select_from(E.join(A, A.c.id == E.c.article_id))
                     .where(*alt, E.c.date.is_(None), *f.common(A.c.published)).scalar_subquery())
    with store.engine.connect() as conn:
        return int(sum(conn.execute(select(*parts)).one()))


# -- overview ---------------------------------------------------------------------------------


def latest_articles(store: Any, limit: int = 10, scope: str = DEFAULT_SCOPE) -> list[dict[str, Any]]:
    n_events = (select(func.count()).select_from(E).where(E.c.article_id == A.c.id, counted(scope))
                .scalar_subquery())
    q = (select(A.c.id, A.c.title, A.c.doc, A.c.lang, A.c.published, A.c.outlet, A.c.cluster_id,
                n_events.label("events"))
         .order_by(A.c.published.desc().nulls_last(), A.c.id.desc()).limit(limit))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def top_dyads(store: Any, limit: int = 10, start: str | None = None, end: str | None = None,
              scope: str = DEFAULT_SCOPE) -> list[dict[str, Any]]:
    """Most active undirected dyads by distinct events, with cooperation/conflict split."""
    def compute() -> list[dict[str, Any]]:
        months = _months(start, end)
        if months is None:
            return _top_dyads_scan(store, limit, start, end, scope)
        d = _dyad_source(months)
        pa = case((d.c.source < d.c.target, d.c.source), else_=d.c.target)
        pb = case((d.c.source < d.c.target, d.c.target), else_=d.c.source)
        n = func.sum(d.c.cooperation + d.c.conflict)
        q = (select(pa.label("a"), pb.label("b"), n.label("events"), func.sum(d.c.conflict).label("conflict"),
                    func.sum(d.c.score_sum).label("score_sum"), func.sum(d.c.scored).label("scored"))
             .where(d.c.scope == scope, d.c.target != "*", d.c.source != d.c.target, *months)
             .group_by(pa, pb).having(n > 0)
             .order_by(n.desc(), pa, pb).limit(limit))
        with store.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        return [{"a": r["a"], "b": r["b"], "events": r["events"], "conflict": r["conflict"],
                 "score_mean": _mean(r["score_sum"], r["scored"]), "cooperation": r["events"] - r["conflict"]}
                for r in rows]
    return _cached(store, ("top_dyads", limit, start, end, scope), compute)


def _top_dyads_scan(store: Any, limit: int, start: str | None, end: str | None,
                    scope: str) -> list[dict[str, Any]]:
    """top_dyads for a period bounded by a day, counted from the events themselves."""
    conds = [counted(scope), WITH_TARGET]
    if start:
        conds.append(DATE >= start)
    if end:
        conds.append(DATE <= _end_key(end))
    a, b = PAIR_A.label("a"), PAIR_B.label("b")
    q = (select(a, b, func.count(distinct(E.c.group_id)).label("events"),
                func.count(distinct(case((CONFLICT_SIDE, E.c.group_id)))).label("conflict"),
                func.avg(E.c.score).label("score_mean"))
         .select_from(E.join(A, A.c.id == E.c.article_id))
         .where(*conds).group_by(PAIR_A, PAIR_B)
         .order_by(func.count(distinct(E.c.group_id)).desc(), PAIR_A, PAIR_B).limit(limit))
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
    for r in rows:
        r["cooperation"] = r["events"] - r["conflict"]
        r["score_mean"] = round(r["score_mean"], 2) if r["score_mean"] is not None else None
    return rows


def check_since(value: str | None) -> datetime | None:
    """An ingestion-time cut-off: ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM[:SS]`` (UTC), or a span back
    from now (``90m``, ``24h``, ``7d``)."""
    if not value or not value.strip():
        return None
    v = value.strip()
    m = re.fullmatch(r"(\d+)\s*([mhd])", v, re.IGNORECASE)
    if m:
        unit = {"m": "minutes", "h": "hours", "d": "days"}[m.group(2).lower()]
        try:
            return datetime.now(UTC).replace(tzinfo=None) - timedelta(**{unit: int(m.group(1))})
        except OverflowError:  # "999999d": before the year 1
            return datetime(1, 1, 1)
    try:
        return datetime.fromisoformat(v.replace("Z", "")).replace(tzinfo=None)
    except ValueError:
        raise QueryError(f"since must be a date (2024-05-01), a time (2024-05-01T08:00) or a span "
                         f"back from now (24h, 7d), not {value!r}") from None


def arrived_since(store: Any, since: datetime, limit: int = 50, scope: str = DEFAULT_SCOPE) -> dict[str, Any]:
    """Articles stored at or after ``since`` (by ingestion time, whatever their publication date),
    newest first, with their counted events: what a watcher brought in since the analyst last looked."""
    n_events = (select(func.count()).select_from(E).where(E.c.article_id == A.c.id, counted(scope))
                .scalar_subquery())
    cond = A.c.ingested_at >= since
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(A).where(cond)).scalar() or 0
        events_total = conn.execute(select(func.count()).select_from(E.join(A, A.c.id == E.c.article_id))
                                    .where(cond, counted(scope))).scalar() or 0
        rows = [dict(r._mapping) for r in conn.execute(
            select(A.c.id, A.c.title, A.c.doc, A.c.lang, A.c.published, A.c.outlet, A.c.ingested_at,
                   n_events.label("events")).where(cond).order_by(A.c.ingested_at.desc(), A.c.id.desc()).limit(limit))]
    for r in rows:
        r["ingested_at"] = r["ingested_at"].strftime("%Y-%m-%dT%H:%M:%S") if r["ingested_at"] else None
    return {"since": since.strftime("%Y-%m-%dT%H:%M:%S"), "articles": total, "events": events_total, "latest": rows}


def overview(store: Any, scope: str = DEFAULT_SCOPE, since: str | None = None) -> dict[str, Any]:
    """The front page: counts per language and outlet, latest articles, busiest dyads, alerts, and
    (with ``since``) what was ingested since then."""
    cut = check_since(since)
    def counts() -> dict[str, Any]:
        with store.engine.connect() as conn:
            langs = {str(k): v for k, v in conn.execute(
                select(A.c.lang, func.count()).group_by(A.c.lang).order_by(func.count().desc()))}
            outlet = func.coalesce(A.c.outlet, A.c.agency, literal_column("'(unknown)'")).label("outlet")
            outlets = [{"outlet": k, "articles": v} for k, v in conn.execute(
                select(outlet, func.count()).group_by(outlet).order_by(func.count().desc()).limit(20))]
            n_articles = conn.execute(select(func.count()).select_from(A)).scalar()
            n_events = conn.execute(select(func.coalesce(func.sum(DT.c.reports), 0)).where(DT.c.scope == scope)).scalar()
            n_groups = conn.execute(select(func.count()).select_from(t.event_groups)).scalar()
            first, last = conn.execute(select(func.min(A.c.published), func.max(A.c.published))).one()
            n_actors = conn.execute(select(func.count(distinct(t.mentions.c.code)))).scalar()
        return {"articles": n_articles, "events": n_events, "distinct_events": n_groups, "actors": n_actors,
                "date_range": [first, last], "languages": langs, "outlets": outlets}

    return {
        "scope": scope,
        "counts": _cached(store, ("overview_counts", scope), counts),
        "latest_articles": latest_articles(store, scope=scope),
        "top_dyads": top_dyads(store, scope=scope),
        "alerts": alerts(store, limit=5, scope=scope)["alerts"],
        "arrived": arrived_since(store, cut, scope=scope) if cut is not None else None,
    }


# -- articles ---------------------------------------------------------------------------------


def article(store: Any, article_id: int) -> dict[str, Any] | None:
    """One article with its mentions, persons, quotes, events (flagged ones too) and duplicates."""
    with store.engine.connect() as conn:
        row = conn.execute(select(A).where(A.c.id == article_id)).first()
        if row is None:
            return None
        art = dict(row._mapping)
        art.pop("ingested_at", None)
        m = t.mentions
        art["mentions"] = [dict(r._mapping) for r in conn.execute(
            select(m.c.start, m.c.end, m.c.text, m.c.code, m.c.kind, m.c.person, m.c.sector)
            .where(m.c.article_id == article_id).order_by(m.c.start))]
        p = t.persons
        art["persons"] = [dict(r._mapping) for r in conn.execute(
            select(p.c.name, p.c.actor, p.c.role, p.c.mentions).where(p.c.article_id == article_id)
            .order_by(p.c.mentions.desc(), p.c.name))]
        qt = t.quotes
        art["quotes"] = [dict(r._mapping) for r in conn.execute(
            select(qt.c.speaker, qt.c.actor, qt.c.text, qt.c.sentence, qt.c.start, qt.c.end, qt.c.kind)
            .where(qt.c.article_id == article_id).order_by(qt.c.start))]
        dup = []
        if art.get("cluster_id") is not None:
            dup = [dict(r._mapping) for r in conn.execute(
                select(A.c.id, A.c.title, A.c.doc, A.c.outlet, A.c.lang, A.c.published, A.c.similarity)
                .where(A.c.cluster_id == art["cluster_id"], A.c.id != article_id).order_by(A.c.id))]
        art["cluster"] = dup
    art["events"] = events(store, EventFilter(article_id=article_id, flagged=True), limit=MAX_LIMIT, order="asc")
    return art


# -- actors -----------------------------------------------------------------------------------


def _kb() -> Any:
    try:
        from ..actors.kb import load

        return load()
    except Exception:  # noqa: BLE001 - the KB is optional for reading a store
        return None


def actor_name(code: str) -> str:
    """An actor's display name, or its code. Read from the actor files alone
    (:func:`..actors.kb.actor_names`), not the whole KB, so that a search, the alerts or a network
    do not wait seconds for the people's names to be folded on a fresh server."""
    try:
        from ..actors.kb import actor_names

        return actor_names().get(code, code)
    except Exception:  # noqa: BLE001 - the KB is optional for reading a store
        return code


def actor(store: Any, code: str, *, limit: int = 25, scope: str = DEFAULT_SCOPE) -> dict[str, Any] | None:
    """An actor: names, persons and roles over time, events as source and target, partners.

    Cached per store version: the target side and the partner table scan the actor's events.
    """
    return _cached(store, ("actor", code, limit, scope), lambda: _actor(store, code, limit, scope))


def _actor(store: Any, code: str, limit: int, scope: str) -> dict[str, Any] | None:
    kb = _kb()
    rec = (kb.actors.get(code) if kb is not None else None) or {}
    m = t.mentions
    with store.engine.connect() as conn:
        names = [{"text": txt, "mentions": n} for txt, n in conn.execute(
            select(m.c.text, func.count()).where(m.c.code == code).group_by(m.c.text)
            .order_by(func.count().desc(), m.c.text).limit(20))]
        n_mentions = conn.execute(select(func.count()).select_from(m).where(m.c.code == code)).scalar()
        n_articles = conn.execute(select(func.count(distinct(m.c.article_id))).where(m.c.code == code)).scalar()
        as_source = conn.execute(select(func.coalesce(func.sum(DT.c.reports), 0))
                                 .where(DT.c.scope == scope, DT.c.source == code)).scalar()
        as_target = conn.execute(select(func.coalesce(func.sum(DT.c.reports), 0))
                                 .where(DT.c.scope == scope, DT.c.target == code)).scalar()
        p = t.persons
        seen_persons = [dict(r._mapping) for r in conn.execute(
            select(p.c.name, p.c.role, func.count(distinct(p.c.article_id)).label("articles"),
                   func.min(A.c.published).label("first"), func.max(A.c.published).label("last"))
            .select_from(p.join(A, A.c.id == p.c.article_id)).where(p.c.actor == code)
            .group_by(p.c.name, p.c.role).order_by(func.min(A.c.published), p.c.name).limit(100))]
    if not (names or as_source or as_target or rec):
        return None
    kb_roles = []
    if kb is not None:
        for person in kb.persons:
            for r in person.roles:
                if r.actor == code:
                    kb_roles.append({"name": person.name, "role": r.role, "start": r.start, "end": r.end})
        kb_roles.sort(key=lambda r: (r["start"] or "", r["name"]))
    f_src = EventFilter(source=code, scope=scope)
    f_tgt = EventFilter(target=code, scope=scope)
    timeline = sorted(
        [dict(e, role="source") for e in events(store, f_src, limit=250)]
        + [dict(e, role="target") for e in events(store, f_tgt, limit=250)],
        key=lambda e: (e["date"] or "", e["id"]))
    return {
        "code": code,
        "name": rec.get("name") or actor_name(code),
        "kind": rec.get("kind"),
        "kb_names": rec.get("names") or {},
        "names_seen": names,
        "mentions": n_mentions,
        "articles": n_articles,
        "events_as_source": as_source,
        "events_as_target": as_target,
        "roles_kb": kb_roles,
        "roles_seen": seen_persons,
        "recent_as_source": events(store, f_src, limit=limit),
        "recent_as_target": events(store, f_tgt, limit=limit),
        "timeline": timeline,
        "scope": scope,
        **partners(store, code, scope=scope),
    }


def partners(store: Any, code: str, limit: int = 10, scope: str = DEFAULT_SCOPE) -> dict[str, list[dict[str, Any]]]:
    """Top partners (most cooperative events) and opponents (most conflictual), both directions."""
    rows: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for mine, theirs in ((DT.c.source, DT.c.target), (DT.c.target, DT.c.source)):
            q = (select(theirs.label("other"), func.sum(DT.c.cooperation), func.sum(DT.c.conflict),
                        func.sum(DT.c.score_sum), func.sum(DT.c.scored))
                 .where(DT.c.scope == scope, mine == code, DT.c.target != "*", DT.c.source != DT.c.target)
                 .group_by(theirs))
            for other, coop, conf, ssum, scored in conn.execute(q):
                r = rows.setdefault(other, {"other": other, "cooperation": 0, "conflict": 0, "ssum": 0.0, "n": 0})
                r["cooperation"] += coop or 0
                r["conflict"] += conf or 0
                r["ssum"] += ssum or 0.0
                r["n"] += scored or 0
    out = []
    for r in rows.values():
        out.append({"other": r["other"], "cooperation": r["cooperation"], "conflict": r["conflict"],
                    "score_mean": _mean(r["ssum"], r["n"]), "name": actor_name(r["other"])})
    coop = sorted((r for r in out if r["cooperation"]), key=lambda r: (-r["cooperation"], r["other"]))[:limit]
    conf = sorted((r for r in out if r["conflict"]), key=lambda r: (-r["conflict"], r["other"]))[:limit]
    return {"partners": coop, "opponents": conf}


# -- dyads ------------------------------------------------------------------------------------


def dyad(store: Any, a: str, b: str, *, start: str | None = None, end: str | None = None,
         limit: int = 200, scope: str = DEFAULT_SCOPE) -> dict[str, Any]:
    """Monthly cooperation/conflict series of A–B (both directions) and the events behind it."""
    return _cached(store, ("dyad", a, b, start, end, limit, scope),
                   lambda: _dyad(store, a, b, start, end, limit, scope))


def _dyad(store: Any, a: str, b: str, start: str | None, end: str | None, limit: int, scope: str) -> dict[str, Any]:
    months = _months(start, end)
    if months is None:
        return _dyad_scan(store, a, b, start, end, limit, scope)
    pair = or_(and_(DM.c.source == a, DM.c.target == b), and_(DM.c.source == b, DM.c.target == a))
    q = (select(DM.c.source, DM.c.target, DM.c.month, DM.c.cooperation, DM.c.conflict, DM.c.reports,
                DM.c.first_score_sum).where(DM.c.scope == scope, pair, *months).order_by(DM.c.month, DM.c.source))
    with store.engine.connect() as conn:
        cells = conn.execute(q).all()
    points: dict[str, MonthPoint] = {}
    by_dir: dict[str, int] = defaultdict(int)
    for src, tgt, month, coop, conf, reports, first_score in cells:
        by_dir[f"{src}→{tgt}"] += reports
        if not month:
            continue
        p = points.setdefault(month, MonthPoint(month))
        p.cooperation += coop
        p.conflict += conf
        p.reports += reports
        p.score_sum += first_score
    series = [points.get(m) or MonthPoint(m) for m in month_range(min(points), max(points))] if points else []
    f = EventFilter(source=a, target=b, both=True, start=start, end=end, scope=scope)
    return {
        "a": a, "b": b, "a_name": actor_name(a), "b_name": actor_name(b),
        "start": start, "end": end, "scope": scope,
        "series": [p.to_dict() for p in series],
        "reports": sum(by_dir.values()),
        "by_direction": dict(by_dir),
        "events": events(store, f, limit=limit) if limit else [],
    }


def _dyad_scan(store: Any, a: str, b: str, start: str | None, end: str | None, limit: int,
               scope: str) -> dict[str, Any]:
    """dyad for a period bounded by a day, counted from the events themselves."""
    f = EventFilter(source=a, target=b, both=True, start=start, end=end, scope=scope)
    rows = events(store, f, limit=MAX_EXPORT, order="asc")
    series = monthly_series({"date": r["date"], "score": r["score"], "conflict": r["conflict"],
                             "group_id": r["group_id"]} for r in rows)
    by_dir: dict[str, int] = defaultdict(int)
    for r in rows:
        by_dir[f"{r['source']}→{r['target']}"] += 1
    return {
        "a": a, "b": b, "a_name": actor_name(a), "b_name": actor_name(b),
        "start": start, "end": end, "scope": scope,
        "series": [p.to_dict() for p in series],
        "reports": len(rows),
        "by_direction": dict(by_dir),
        "events": list(reversed(rows))[:limit],
    }


# -- network ----------------------------------------------------------------------------------


def network(store: Any, *, start: str | None = None, end: str | None = None, max_edges: int = 60,
            scope: str = DEFAULT_SCOPE) -> dict[str, Any]:
    """Actors as nodes, undirected dyads as edges with cooperation/conflict counts, laid out in 2-D."""
    def compute() -> dict[str, Any]:
        months = _months(start, end)
        if months is None:
            rows = _pair_rows_scan(start, end, scope)
        else:  # directed rows, joined per dyad below
            d = _dyad_source(months)
            rows = (select(d.c.source.label("a"), d.c.target.label("b"), func.sum(d.c.cooperation).label("cooperation"),
                           func.sum(d.c.conflict).label("conflict"), func.sum(d.c.score_sum).label("score_total"),
                           func.sum(d.c.scored).label("scored"))
                    .where(d.c.scope == scope, d.c.target != "*", d.c.source != d.c.target, *months)
                    .group_by(d.c.source, d.c.target))
        pairs: dict[tuple[str, str], list[float]] = {}
        with store.engine.connect() as conn:
            for a, b, coop, conf, total, scored in conn.execute(rows):
                p = pairs.setdefault((min(a, b), max(a, b)), [0, 0, 0.0, 0])
                p[0] += coop or 0
                p[1] += conf or 0
                p[2] += total or 0.0
                p[3] += scored or 0
        # the mean score over reports, spread over the distinct events
        edges = [{"a": a, "b": b, "cooperation": coop, "conflict": conf,
                  "score_sum": (total / scored if scored else 0.0) * (coop + conf)}
                 for (a, b), (coop, conf, total, scored) in pairs.items() if coop + conf]
        net = network_method.build(edges, max_edges=max_edges).to_dict()
        for n in net["nodes"]:
            n["name"] = actor_name(n["code"])
        net.update(start=start, end=end, scope=scope)
        return net
    return _cached(store, ("network", start, end, max_edges, scope), compute)


def _pair_rows_scan(start: str | None, end: str | None, scope: str) -> Any:
    """network's per-pair counts for a period bounded by a day, from the events themselves."""
    conds = [counted(scope), WITH_TARGET]
    if start:
        conds.append(DATE >= start)
    if end:
        conds.append(DATE <= _end_key(end))
    return (select(PAIR_A.label("a"), PAIR_B.label("b"),
                   func.count(distinct(case((~CONFLICT_SIDE, E.c.group_id)))).label("cooperation"),
                   func.count(distinct(case((CONFLICT_SIDE, E.c.group_id)))).label("conflict"),
                   func.sum(E.c.score).label("score_total"), func.count(E.c.score).label("scored"))
            .select_from(E.join(A, A.c.id == E.c.article_id)).where(*conds).group_by(PAIR_A, PAIR_B))


# -- alerts -----------------------------------------------------------------------------------


def monthly_pair_counts(store: Any, scope: str = DEFAULT_SCOPE) -> dict[tuple[str, str], dict[str, dict[str, int]]]:
    """Distinct events per undirected dyad, month and side (events reported in two months count in both)."""
    q = (select(DM_A.label("a"), DM_B.label("b"), DM.c.month, func.sum(DM.c.cooperation_active),
                func.sum(DM.c.conflict_active))
         .where(DM.c.scope == scope, DM_WITH_TARGET, DM.c.month != "").group_by(DM_A, DM_B, DM.c.month))
    out: dict[tuple[str, str], dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    with store.engine.connect() as conn:
        for a, b, mon, coop, conf in conn.execute(q):
            if len(mon) != 7:
                continue
            if coop:
                out[(a, b)][mon]["cooperation"] = coop
            if conf:
                out[(a, b)][mon]["conflict"] = conf
    return out


def alert_reports(store: Any, scope: str = DEFAULT_SCOPE) -> list[alert_method.Report]:
    """Every counted report with a target, as alert detection reads it: dyad, month, side, event
    group, type, severity and independent source (agency, else outlet, else article)."""
    from ..events.ontology import score as plover_score

    q = (select(PAIR_A.label("a"), PAIR_B.label("b"), DATE.label("date"), E.c.quad, E.c.type, E.c.mode, E.c.tone,
                E.c.group_id, E.c.id, E.c.score, A.c.id.label("aid"), A.c.outlet, A.c.agency, A.c.cluster_id)
         .select_from(E.join(A, A.c.id == E.c.article_id)).where(counted(scope), WITH_TARGET))
    out = []
    with store.engine.connect() as conn:
        for r in conn.execute(q):
            if not r.date or len(r.date) < 7:
                continue
            sc = r.score if r.score is not None else plover_score(r.type, r.mode, r.tone)
            side = "conflict" if (r.quad or "").endswith("conflict") else "cooperation"
            out.append(alert_method.Report(
                r.a, r.b, r.date[:7], side, r.group_id if r.group_id is not None else f"e{r.id}", r.type,
                min(1.0, abs(sc or 0.0) / 10.0), r.agency or r.outlet or f"article:{r.aid}",
                r.cluster_id if r.cluster_id is not None else f"article:{r.aid}", r.aid))
    return out


def article_volume(store: Any) -> dict[str, int]:
    """Articles per publication month (YYYY-MM): the store's coverage, which alerts scale by."""
    month = func.substr(A.c.published, 1, 7)
    with store.engine.connect() as conn:
        return {m: n for m, n in conn.execute(select(month, func.count()).where(A.c.published.is_not(None))
                                              .group_by(month)) if m and len(m) == 7}


def alerts(store: Any, *, start: str | None = None, end: str | None = None, limit: int = 50,
           evidence: int = 5, scope: str = DEFAULT_SCOPE, **params: Any) -> dict[str, Any]:
    """Dyad-months whose conflict or cooperation surged, by severity and independent reports,
    against the dyad's own history and the store's base rate (:mod:`utkikk.analysis.alerts`).

    Each alert carries up to ``evidence`` of the events that made the month (the reports behind it).
    Computed on read and cached per store version: the baseline depends on the whole store's
    volume and base rates, which every ingest changes, so per-dyad alerts kept on write would go
    stale."""
    p = {**alert_method.DEFAULTS, **{k: v for k, v in params.items() if v is not None}}
    return _cached(store, ("alerts_page", start, end, limit, evidence, scope, tuple(sorted(p.items()))),
                   lambda: _alerts(store, start, end, limit, evidence, p, scope))


def _alerts(store: Any, start: str | None, end: str | None, limit: int, evidence: int,
            p: dict[str, Any], scope: str) -> dict[str, Any]:
    found = _cached(store, ("alerts", scope, tuple(sorted(p.items()))),
                    lambda: [a.to_dict() for a in alert_method.detect(alert_reports(store, scope),
                                                                      article_volume(store), **p)])
    sel = [a for a in found if (not start or a["month"] >= start[:7]) and (not end or a["month"] <= end[:7])]
    total = len(sel)
    out = []
    with store.engine.connect() as conn:
        for al in sel[:limit]:
            found_ev = []
            if evidence:
                stmt = _evidence_statement(al["side"] == "conflict", scope)
                found_ev = [_event_dict(r) for r in conn.execute(stmt, {
                    "a": al["a"], "b": al["b"], "lo": al["month"], "hi": _end_key(al["month"]), "n": evidence})]
            out.append({**al, "a_name": actor_name(al["a"]), "b_name": actor_name(al["b"]), "events": found_ev})
    return {"method": alert_method.method_text(p), "parameters": p, "total": total, "alerts": out, "scope": scope}


@cache
def _evidence_statement(conflict: bool, scope: str = DEFAULT_SCOPE) -> Any:
    """The newest asserted reports of one dyad (either direction) and month on one side (conflict or
    cooperation): the events behind an alert. Built once with bound parameters, as an alerts page
    asks it for every alert, and building the expression cost more than running it."""
    a, b, lo, hi, n = (bindparam(x) for x in ("a", "b", "lo", "hi", "n"))
    side = CONFLICT_SIDE if conflict else ~CONFLICT_SIDE
    parts = []
    for src, tgt in ((a, b), (b, a)):
        for dated in (True, False):
            date = E.c.date if dated else A.c.published
            q = (select(E.c.id).select_from(E if dated else E.join(A, A.c.id == E.c.article_id))
                 .where(E.c.source == src, E.c.target == tgt,
                        E.c.date.is_not(None) if dated else E.c.date.is_(None),
                        date >= lo, date <= hi, counted(scope), side)
                 .order_by(date.desc(), E.c.id.desc()).limit(n))
            parts.append(select(q.subquery().c.id))
    return (select(*_EVENT_COLUMNS).select_from(E.join(A, A.c.id == E.c.article_id))
            .where(E.c.id.in_(union_all(*parts))).order_by(DATE.desc(), E.c.id.desc()).limit(n))


# -- search -----------------------------------------------------------------------------------


SEARCH_MODES = ("hybrid", "fulltext", "semantic")
# Reciprocal-rank fusion: an article's hybrid score is the sum over the two rankings of
# 1 / (RRF_K + rank). RRF_K = 60 is the constant of Cormack et al. (2009); it needs no calibration
# of bm25 against cosine, whose scales have nothing in common.
RRF_K = 60
# articles the vector ranking adds to the full-text matches: the nearest SEMANTIC_TOP, and only
# those within SEMANTIC_MARGIN of the nearest one's cosine (e5's cosines of unrelated news sit
# around 0.75-0.80, so an absolute cut-off would not carry across queries)
SEMANTIC_TOP = 10
SEMANTIC_MARGIN = 0.04
MAX_FUSED = 1000


@dataclass(frozen=True)
class SearchFilter:
    """A checked search: a query (optional when an actor or event type is given) and filters."""

    q: str = ""
    lang: str | None = None
    start: str | None = None
    end: str | None = None
    actor: str | None = None
    type: str | None = None
    outlet: str | None = None
    mode: str = "hybrid"
    expand: bool = True

    @classmethod
    def checked(cls, q: str | None, **kw: Any) -> SearchFilter:
        q = (q or "").strip()
        if len(q) > 500:
            raise QueryError("q is too long (at most 500 characters)")
        actor, type_ = kw.get("actor"), kw.get("type")
        if q:
            try:
                parsed = fts.parse_query(q)
            except fts.SearchError as exc:
                raise QueryError(str(exc)) from None
            actor = actor or parsed.actor
            type_ = type_ or parsed.type
            if parsed.expr is None and not (actor or type_):
                raise QueryError("q must contain at least one word")
        elif not (actor or type_):
            raise QueryError("give q (words to find), an actor or an event type")
        mode = (kw.get("mode") or "hybrid").lower()
        if mode not in SEARCH_MODES:
            raise QueryError(f"mode must be one of {', '.join(SEARCH_MODES)}")
        start, end = check_range(kw.get("start"), kw.get("end"))
        return cls(q=q, lang=check_lang(kw.get("lang")), start=start, end=end,
                   actor=check_code(_resolve_actor(actor)), type=check_type(type_.upper() if type_ else None),
                   outlet=kw.get("outlet") or None, mode=mode, expand=kw.get("expand", True) is not False)


def _resolve_actor(value: str | None) -> str | None:
    """An actor filter given as a name ("Nord-Korea") is read as its code."""
    if not value:
        return None
    from . import concepts

    code = concepts.actor_for(fts.WORD.findall(value))
    return code or value


def search(store: Any, sf: SearchFilter, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Articles matching the query, best first, with highlighted snippets, events and actors.

    Cached until the store changes: ranking reads every matching article's index entry (bm25),
    15–30 ms for a common word at 100,000 events, and the same search is asked again and again
    (paging back, the same link followed, a dashboard's query). The answer is shared between
    callers, which only read it."""
    if not 0 < limit <= MAX_LIMIT or offset < 0:
        raise QueryError(f"limit must be 1..{MAX_LIMIT} and offset ≥ 0")
    return _cached(store, ("search", sf, limit, offset), lambda: _search(store, sf, limit, offset))


def _filter_sql(sf: SearchFilter) -> tuple[str, dict[str, Any]]:
    conds = ["1=1"]
    params: dict[str, Any] = {}
    if sf.lang:
        conds.append("a.lang = :lang")
        params["lang"] = sf.lang
    if sf.start:
        conds.append("a.published >= :start")
        params["start"] = sf.start
    if sf.end:
        conds.append("a.published <= :end")
        params["end"] = _end_key(sf.end)
    if sf.outlet:
        conds.append("a.outlet = :outlet")
        params["outlet"] = sf.outlet
    if sf.actor:
        conds.append("(EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.code = :actor)"
                     " OR EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id"
                     " AND (e.source = :actor OR e.target = :actor)))")
        params["actor"] = sf.actor
    if sf.type:
        conds.append("EXISTS (SELECT 1 FROM events e2 WHERE e2.article_id = a.id AND e2.type = :type"
                     " AND e2.modality = 'asserted' AND NOT e2.retracted)")
        params["type"] = sf.type
    return " AND ".join(conds), params


def _fulltext_ranking(conn: Any, expr: Any, where: str, params: dict[str, Any]) -> list[int]:
    """Article ids matching the expression under the filters, best first (bm25 / ts_rank)."""
    if fts.available(conn):
        matched, rank, match = fts.match_sql(conn, expr)
        rows = conn.execute(text(f"SELECT a.id, {rank} AS rank {matched} AND {where} ORDER BY rank, a.id "
                                 f"LIMIT {MAX_FUSED}"), {**params, "match": match}).all()
        return [r[0] for r in rows]
    return []  # pragma: no cover - other databases have no index


def _allowed(conn: Any, where: str, params: dict[str, Any]) -> set[int] | None:
    if where == "1=1":
        return None
    return {r[0] for r in conn.execute(text(f"SELECT a.id FROM articles a WHERE {where}"), params)}


def _excluded(conn: Any, parsed: Any) -> set[int]:
    """Articles matching a NOT of a one-clause query: kept out of the semantic ranking too."""
    if parsed.expr is None or len(parsed.expr.clauses) != 1 or not parsed.expr.clauses[0].negative:
        return set()
    neg = fts.Expr(tuple(fts.Clause((n,), ()) for n in parsed.expr.clauses[0].negative))
    return set(_fulltext_ranking(conn, neg, "1=1", {}))


def fuse(fulltext: Sequence[int], semantic: Sequence[int], k: int = RRF_K) -> list[int]:
    """Reciprocal-rank fusion of two rankings of ids, best first (ties: full-text order, then id)."""
    score: dict[int, float] = defaultdict(float)
    for ranking in (fulltext, semantic):
        for r, aid in enumerate(ranking, start=1):
            score[aid] += 1.0 / (k + r)
    ft_pos = {aid: i for i, aid in enumerate(fulltext)}
    return sorted(score, key=lambda a: (-score[a], ft_pos.get(a, len(ft_pos)), a))


def _search(store: Any, sf: SearchFilter, limit: int, offset: int) -> dict[str, Any]:
    from . import vectors

    # query words are expanded with the lemmas of all five languages even when results are
    # filtered to one: simplemma's Scandinavian dictionaries complement each other (search.py)
    parsed = fts.parse_query(sf.q, None, sf.expand) if sf.q else fts.ParsedQuery(None, ())
    where, params = _filter_sql(sf)
    mode = sf.mode
    semantic: list[tuple[int, float]] = []
    with store.engine.connect() as conn:
        if parsed.expr is None:  # actor-only or type-only: the filtered articles, newest first
            ranking = [r[0] for r in conn.execute(text(
                f"SELECT a.id FROM articles a WHERE {where} ORDER BY a.published DESC, a.id DESC "
                f"LIMIT {MAX_FUSED}"), params)]
            total = conn.execute(text(f"SELECT count(*) FROM articles a WHERE {where}"), params).scalar()
            mode = "filter"
        else:
            semantic_possible = bool(parsed.text.strip()) and vectors.has_vectors(store) \
                and vectors.model() is not None
            if not semantic_possible:
                mode = "fulltext"  # no vectors or no model: full text alone, said in the answer
            ft = _fulltext_ranking(conn, parsed.expr, where, params) if mode != "semantic" else []
            if mode != "fulltext":
                allowed = _allowed(conn, where, params)
                excluded = _excluded(conn, parsed)
                if excluded:
                    allowed = (allowed if allowed is not None else
                               {r[0] for r in conn.execute(text("SELECT id FROM articles"))}) - excluded
                top = SEMANTIC_TOP if mode == "hybrid" else MAX_FUSED
                semantic = vectors.nearest(store, parsed.text, limit=top, allowed=allowed)
                if mode == "hybrid" and semantic:
                    semantic = [(a, s) for a, s in semantic if s >= semantic[0][1] - SEMANTIC_MARGIN]
            if mode == "semantic":
                ranking = [a for a, _ in semantic]
            else:
                ranking = fuse(ft, [a for a, _ in semantic]) if semantic else ft
            total = len(ranking)
        page_ids = ranking[offset:offset + limit]
        rows = {r.id: r for r in conn.execute(select(
            A.c.id, A.c.title, A.c.doc, A.c.lang, A.c.published, A.c.outlet, A.c.text).where(A.c.id.in_(page_ids)))}
        findings = _result_findings(conn, page_ids)
    sims = dict(semantic)
    variants = parsed.highlight_variants()
    results = []
    for pos, aid in enumerate(page_ids, start=offset + 1):
        r = rows.get(aid)
        if r is None:
            continue
        d = {k: getattr(r, k) for k in ("id", "title", "doc", "lang", "published", "outlet")}
        title = r.title or r.doc
        d["snippet"] = str(fts.snippet(r.text, r.lang, sf.q, None, variants=variants))
        d["title_html"] = str(fts.highlight(title, fts.matched_spans(title, r.lang, variants)))
        d["rank"] = pos
        d["similarity"] = round(sims[aid], 3) if aid in sims else None
        d.update(findings.get(aid, {"events": [], "actors": []}))
        results.append(d)
    return {"q": sf.q, "mode": mode,
            "filters": {k: v for k, v in sf.__dict__.items() if k not in ("q", "mode", "expand") and v},
            "expansion": [t.describe() for t in parsed.terms],
            "total": total, "limit": limit, "offset": offset, "results": results}


def _result_findings(conn: Any, ids: Sequence[int], events_per: int = 5,
                     actors_per: int = 8) -> dict[int, dict[str, Any]]:
    """Each result's counted events (source, type, target, date) and its most mentioned actors."""
    out: dict[int, dict[str, Any]] = {aid: {"events": [], "actors": []} for aid in ids}
    if not ids:
        return out
    q = (select(E.c.article_id, E.c.id, E.c.source, E.c.type, E.c.target, E.c.date, E.c.quad)
         .where(E.c.article_id.in_(ids), counted(DEFAULT_SCOPE)).order_by(E.c.article_id, E.c.sent_start, E.c.id))
    for aid, eid, src, typ, tgt, date, quad in conn.execute(q):
        if len(out[aid]["events"]) < events_per:
            out[aid]["events"].append({"id": eid, "source": src, "type": typ, "target": tgt, "date": date,
                                       "quad": quad})
    M = t.mentions
    q2 = (select(M.c.article_id, M.c.code, func.count().label("n")).where(M.c.article_id.in_(ids))
          .group_by(M.c.article_id, M.c.code).order_by(M.c.article_id, func.count().desc(), M.c.code))
    for aid, code, n in conn.execute(q2):
        if len(out[aid]["actors"]) < actors_per:
            out[aid]["actors"].append({"code": code, "name": actor_name(code), "mentions": n})
    return out


def outlets(store: Any) -> list[str]:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(select(A.c.outlet).distinct().where(A.c.outlet.is_not(None))
                                           .order_by(A.c.outlet))]


def actor_codes(store: Any, limit: int = 300) -> list[str]:
    """Codes of the actors that appear in events, most active first (for filter menus)."""
    def compute() -> list[str]:
        with store.engine.connect() as conn:
            return [r[0] for r in conn.execute(
                select(E.c.source).where(E.c.source != "*").group_by(E.c.source)
                .order_by(func.count().desc()).limit(limit))]
    return _cached(store, ("actor_codes", limit), compute)


__all__ = [
    "EventFilter", "QueryError", "SearchFilter", "actor", "actor_codes", "actor_name", "alerts", "article", "cached",
    "check_code", "check_date", "check_lang", "check_range", "check_type", "count_events", "dyad", "events",
    "iter_events",
    "latest_articles", "network", "outlets", "overview", "partners", "search", "top_dyads",
]

