"""Monthly event counts per directed dyad (table ``dyad_months``), kept in step with ``events``.

Why: the overview, network, alerts, actor partner lists and dyad series all count distinct events
per dyad and month. Counting them from ``events`` reads every report with its evidence sentence
(seconds on 100,000 events); the aggregate holds one narrow row per dyad and month.

Every row belongs to a ``scope`` (:mod:`utkikk.store.counting`): ``asserted`` counts asserted
reports only, ``planned`` adds the future and planned ones; a page reads one scope. What a row
holds, so that sums over rows give the numbers the pages showed when they scanned ``events`` (a
report's date is its own date, else its article's publication date, as in
:mod:`utkikk.store.queries`; its side is its stored quad, so a demand counts as conflict):

- ``cooperation`` / ``conflict``: events (event groups) whose *first* dated report (by date, then
  id) falls in this month; month ``""`` holds groups without any dated report. Every group counts
  in exactly one row, so sums over months are distinct-event totals.
- ``cooperation_active`` / ``conflict_active``: groups with at least one report in the month (the
  alerts' monthly count; an event reported across a month boundary counts in both months).
- ``reports``, ``scored``, ``score_sum``: asserted reports, those with a score, their score sum.
- ``first_score_sum``: the scores of the first reports counted in ``cooperation``/``conflict``.

``dyad_totals`` holds the same counts summed over months (whole-store pages read 1 row per dyad),
and ``dyad_alerts`` the alerts found with the default parameters, recomputed per undirected dyad.

Writes call :func:`update_for_article` after an article's events are stored; it recomputes the
contribution of every event group the article touches, before and after, adds the difference and
re-runs alert detection for the dyads whose counts changed. A correction calls
:func:`recount_dyads` for the dyads it takes a report from and gives it to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, func, insert, or_, select

from ..analysis.series import month_of
from ..events.ontology import is_conflict
from . import schema as t
from .counting import DEFAULT_SCOPE, SCOPES, counted

E, A, DM, DT, DA = t.events, t.articles, t.dyad_months, t.dyad_totals, t.dyad_alerts
COUNTS = ("cooperation", "conflict", "cooperation_active", "conflict_active", "reports", "scored", "score_sum",
          "first_score_sum")
TOTALS = ("cooperation", "conflict", "reports", "scored", "score_sum")
Key = tuple[str, str, str]  # source, target, month


def _report_rows(conn: Any, scope: str, *where: Any) -> list[Any]:
    q = (select(E.c.id, E.c.article_id, E.c.group_id, E.c.source, E.c.target, E.c.type, E.c.quad,
                func.coalesce(E.c.date, A.c.published).label("date"), E.c.score)
         .select_from(E.join(A, A.c.id == E.c.article_id)).where(counted(scope), *where))
    return list(conn.execute(q))


def _side(r: Any) -> str:
    conflict = r.quad.endswith("conflict") if r.quad else is_conflict(r.type)
    return "conflict" if conflict else "cooperation"


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
        side = _side(reps[0])
        dated = [r for r in reps if month_of(r.date)]
        first = min(dated, key=lambda r: (r.date, r.id)) if dated else min(reps, key=lambda r: r.id)
        cell = out[(first.source, first.target, month_of(first.date) or "")]
        cell[side] += 1
        cell["first_score_sum"] += first.score or 0.0
        for month in {month_of(r.date) or "" for r in reps}:
            out[(first.source, first.target, month)][side + "_active"] += 1
    return dict(out)


def recount(conn: Any, scope: str = DEFAULT_SCOPE, *where: Any) -> dict[Key, dict[str, float]]:
    """The table of one scope computed from ``events`` (for the backfill and for checking)."""
    return contributions(_report_rows(conn, scope, *where))


def _insert_cells(conn: Any, scope: str, cells: dict[Key, dict[str, float]]) -> None:
    if not cells:
        return
    conn.execute(insert(DM), [{"scope": scope, "source": s, "target": tg, "month": m, **c}
                              for (s, tg, m), c in cells.items()])
    totals: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: dict.fromkeys(TOTALS, 0))
    for (s, tg, _m), c in cells.items():
        for col in TOTALS:
            totals[(s, tg)][col] += c[col]
    conn.execute(insert(DT), [{"scope": scope, "source": s, "target": tg, **c} for (s, tg), c in totals.items()])


def rebuild(conn: Any) -> int:
    """Replace the aggregate tables' rows with a recount from ``events``; returns dyad_months' row
    count in the default scope."""
    for table in (DM, DT, DA):
        conn.execute(table.delete())
    n = 0
    for scope in SCOPES:
        cells = recount(conn, scope)
        _insert_cells(conn, scope, cells)
        _store_alerts(conn, scope, _pair_months(cells.items()))
        n = n or len(cells)
    return n


def recount_dyads(conn: Any, dyads: Iterable[tuple[str, str]]) -> None:
    """Recount these directed dyads from ``events`` in every scope, and their alerts (after a
    correction moved a report between dyads, types or modalities)."""
    dyads = sorted(set(dyads))
    if not dyads:
        return
    for scope in SCOPES:
        for s, tg in dyads:
            conn.execute(DM.delete().where(DM.c.scope == scope, DM.c.source == s, DM.c.target == tg))
            conn.execute(DT.delete().where(DT.c.scope == scope, DT.c.source == s, DT.c.target == tg))
            _insert_cells(conn, scope, recount(conn, scope, E.c.source == s, E.c.target == tg))
    _redetect(conn, {(min(s, tg), max(s, tg)) for s, tg in dyads if tg != "*" and s != tg})


def read_totals(conn: Any, scope: str = DEFAULT_SCOPE) -> dict[tuple[str, str], dict[str, float]]:
    return {(r.source, r.target): {c: getattr(r, c) for c in TOTALS}
            for r in conn.execute(select(DT).where(DT.c.scope == scope))}


def read_alerts(conn: Any, scope: str = DEFAULT_SCOPE) -> list[dict[str, Any]]:
    q = select(DA).where(DA.c.scope == scope).order_by(DA.c.a, DA.c.b, DA.c.month, DA.c.side)
    return [{k: v for k, v in r._mapping.items() if k != "scope"} for r in conn.execute(q)]


def _pair_months(cells: Iterable[tuple[Key, dict[str, float]]]) -> dict[tuple[str, str], dict[str, dict[str, int]]]:
    """Monthly distinct-event counts per undirected dyad, the input of alert detection."""
    out: dict[tuple[str, str], dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for (s, tg, month), c in cells:
        if tg == "*" or s == tg or len(month) != 7:
            continue
        cell = out[(min(s, tg), max(s, tg))][month]
        for side in ("cooperation", "conflict"):
            if c[side + "_active"]:
                cell[side] = cell.get(side, 0) + int(c[side + "_active"])
    return out


def _store_alerts(conn: Any, scope: str, counts: dict[tuple[str, str], dict[str, dict[str, int]]]) -> None:
    """No longer written (migration 0007 empties the table): alerts now weigh each dyad against
    the whole store's coverage and base rates, which every ingest changes, so they are computed
    on read (store/queries.py ``alerts``, cached per store version) rather than kept per dyad."""
    return None


def _redetect(conn: Any, pairs: set[tuple[str, str]]) -> None:
    """Formerly: the stored alerts of these dyads, found again (see :func:`_store_alerts`)."""
    for a, b in sorted(pairs):
        conn.execute(DA.delete().where(DA.c.a == a, DA.c.b == b))
        for scope in SCOPES:
            q = select(DM).where(DM.c.scope == scope, or_(and_(DM.c.source == a, DM.c.target == b),
                                                          and_(DM.c.source == b, DM.c.target == a)))
            _store_alerts(conn, scope, _pair_months(((r.source, r.target, r.month), r._mapping)
                                                    for r in conn.execute(q)))


def read(conn: Any, scope: str = DEFAULT_SCOPE) -> dict[Key, dict[str, float]]:
    """The table of one scope as stored, keyed like :func:`recount`."""
    return {(r.source, r.target, r.month): {c: getattr(r, c) for c in COUNTS}
            for r in conn.execute(select(DM).where(DM.c.scope == scope))}


def update_for_article(conn: Any, article_id: int) -> None:
    """Add what an article's newly written events change: their groups' counts after minus before."""
    pairs: set[tuple[str, str]] = set()
    for scope in SCOPES:
        pairs |= _update_scope(conn, scope, article_id)
    _redetect(conn, pairs)


def _update_scope(conn: Any, scope: str, article_id: int) -> set[tuple[str, str]]:
    gids = [g for (g,) in conn.execute(select(E.c.group_id).distinct().where(
        E.c.article_id == article_id, E.c.group_id.is_not(None), counted(scope)))]
    rows = _report_rows(conn, scope, E.c.article_id == article_id, E.c.group_id.is_(None))
    for i in range(0, len(gids), 500):
        rows += _report_rows(conn, scope, E.c.group_id.in_(gids[i:i + 500]))
    after = contributions(rows)
    before = contributions(r for r in rows if r.article_id != article_id)
    totals: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: dict.fromkeys(TOTALS, 0))
    for key, new in after.items():
        old = before.get(key, {})
        delta = {c: new[c] - old.get(c, 0) for c in COUNTS}
        if any(delta.values()):
            _add(conn, DM, (scope, *key), delta)
            for c in TOTALS:
                totals[key[:2]][c] += delta[c]
    for key2, delta in totals.items():
        if any(delta.values()):
            _add(conn, DT, (scope, *key2), delta)
    return {(min(s, tg), max(s, tg)) for s, tg in totals if tg != "*" and s != tg}


def _add(conn: Any, table: Any, key: tuple[str, ...], delta: dict[str, float]) -> None:
    """Add ``delta`` to one row of ``table``, creating it when missing (an upsert where the dialect has one)."""
    pk = list(table.primary_key.columns)
    values = {**{c.name: v for c, v in zip(pk, key, strict=True)}, **delta}
    dialect = conn.engine.dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as upsert
        else:
            from sqlalchemy.dialects.postgresql import insert as upsert
        stmt = upsert(table).values(**values)
        conn.execute(stmt.on_conflict_do_update(index_elements=pk,
                                                set_={c: table.c[c] + stmt.excluded[c] for c in delta}))
        return
    where = and_(*(c == v for c, v in zip(pk, key, strict=True)))
    if conn.execute(select(func.count()).select_from(table).where(where)).scalar():
        conn.execute(table.update().where(where).values({c: table.c[c] + v for c, v in delta.items()}))
    else:
        conn.execute(insert(table).values(**values))
