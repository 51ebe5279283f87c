"""Monthly event counts per directed dyad (table ``dyad_months``), kept in step with ``events``.

Why: the overview, network, alerts, actor partner lists and dyad series all count distinct events
per dyad and month. Counting them from ``events`` reads every report with its evidence sentence
(seconds on 100,000 events); the aggregate holds one narrow row per dyad and month.

What a row holds, so that sums over rows give the numbers the pages showed when they scanned
``events`` (only asserted reports count: not negated, not hypothetical; a report's date is its
own date, else its article's publication date, as in :mod:`utkikk.store.queries`):

- ``cooperation`` / ``conflict``: events (event groups) whose *first* dated report (by date, then
  id) falls in this month; month ``""`` holds groups without any dated report. Every group counts
  in exactly one row, so sums over months are distinct-event totals.
- ``cooperation_active`` / ``conflict_active``: groups with at least one report in the month (the
  alerts' monthly count; an event reported across a month boundary counts in both months).
- ``reports``, ``scored``, ``score_sum``: asserted reports, those with a score, their score sum.
- ``first_score_sum``: the scores of the first reports counted in ``cooperation``/``conflict``.

Writes call :func:`update_for_article` after an article's events are stored; it recomputes the
contribution of every event group the article touches, before and after, and adds the difference.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, func, insert, select

from ..analysis.series import month_of
from ..events.ontology import is_conflict
from . import schema as t

E, A, DM = t.events, t.articles, t.dyad_months
ASSERTED = and_(E.c.negated.is_(False), E.c.hypothetical.is_(False))
COUNTS = ("cooperation", "conflict", "cooperation_active", "conflict_active", "reports", "scored", "score_sum",
          "first_score_sum")
Key = tuple[str, str, str]  # source, target, month


def _report_rows(conn: Any, *where: Any) -> list[Any]:
    q = (select(E.c.id, E.c.article_id, E.c.group_id, E.c.source, E.c.target, E.c.type,
                func.coalesce(E.c.date, A.c.published).label("date"), E.c.score)
         .select_from(E.join(A, A.c.id == E.c.article_id)).where(ASSERTED, *where))
    return list(conn.execute(q))


def contributions(rows: Iterable[Any]) -> dict[Key, dict[str, float]]:
    """The counts that asserted report rows (id, group_id, source, target, type, date, score) add up to.

    Rows of one group must all be present: a group counts once, in the month of its first report.
    """
    out: dict[Key, dict[str, float]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    groups: dict[Any, list[Any]] = defaultdict(list)
    for r in rows:
        cell = out[(r.source, r.target, month_of(r.date) or "")]
        cell["reports"] += 1
        if r.score is not None:
            cell["scored"] += 1
            cell["score_sum"] += r.score
        if r.group_id is not None:  # reports outside any group are not events (as count(distinct group_id))
            groups[r.group_id].append(r)
    for reps in groups.values():
        side = "conflict" if is_conflict(reps[0].type) else "cooperation"
        dated = [r for r in reps if month_of(r.date)]
        first = min(dated, key=lambda r: (r.date, r.id)) if dated else min(reps, key=lambda r: r.id)
        cell = out[(first.source, first.target, month_of(first.date) or "")]
        cell[side] += 1
        cell["first_score_sum"] += first.score or 0.0
        for month in {month_of(r.date) or "" for r in reps}:
            out[(first.source, first.target, month)][side + "_active"] += 1
    return dict(out)


def recount(conn: Any) -> dict[Key, dict[str, float]]:
    """The whole table computed from ``events`` (for the backfill and for checking)."""
    return contributions(_report_rows(conn))


def rebuild(conn: Any) -> int:
    """Replace the table's rows with a recount from ``events``; returns the number of rows."""
    conn.execute(DM.delete())
    rows = [{"source": s, "target": tg, "month": m, **c} for (s, tg, m), c in recount(conn).items()]
    if rows:
        conn.execute(insert(DM), rows)
    return len(rows)


def read(conn: Any) -> dict[Key, dict[str, float]]:
    """The table as stored, keyed like :func:`recount`."""
    return {(r.source, r.target, r.month): {c: getattr(r, c) for c in COUNTS} for r in conn.execute(select(DM))}


def update_for_article(conn: Any, article_id: int) -> None:
    """Add what an article's newly written events change: their groups' counts after minus before."""
    gids = [g for (g,) in conn.execute(select(E.c.group_id).distinct().where(
        E.c.article_id == article_id, E.c.group_id.is_not(None), ASSERTED))]
    rows = _report_rows(conn, E.c.article_id == article_id, E.c.group_id.is_(None))
    for i in range(0, len(gids), 500):
        rows += _report_rows(conn, E.c.group_id.in_(gids[i:i + 500]))
    after = contributions(rows)
    before = contributions(r for r in rows if r.article_id != article_id)
    for key, new in after.items():
        old = before.get(key, {})
        delta = {c: new[c] - old.get(c, 0) for c in COUNTS}
        if any(delta.values()):
            _add(conn, key, delta)


def _add(conn: Any, key: Key, delta: dict[str, float]) -> None:
    """Add ``delta`` to one row, creating it when missing (an upsert where the dialect has one)."""
    values = {"source": key[0], "target": key[1], "month": key[2], **delta}
    dialect = conn.engine.dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as upsert
        else:
            from sqlalchemy.dialects.postgresql import insert as upsert
        stmt = upsert(DM).values(**values)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[DM.c.source, DM.c.target, DM.c.month],
            set_={c: DM.c[c] + stmt.excluded[c] for c in COUNTS}))
        return
    where = and_(DM.c.source == key[0], DM.c.target == key[1], DM.c.month == key[2])
    if conn.execute(select(func.count()).select_from(DM).where(where)).scalar():
        conn.execute(DM.update().where(where).values({c: DM.c[c] + v for c, v in delta.items()}))
    else:
        conn.execute(insert(DM).values(**values))
