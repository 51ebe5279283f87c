"""Several `utkikk ingest` processes writing into one store at once, on SQLite and PostgreSQL.

Three writers start together on overlapping slices of the sample corpus (one of them in reverse
order); the store they leave must hold exactly what one serial run over all files stores: every
article once, the same events, the same near-duplicate clusters and the same event groups.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select, text

from utkikk.store import Store
from utkikk.store import schema as t

CORPUS = Path(__file__).parents[1] / "examples" / "corpus"
# wire copies (nb/da) and plain articles in four languages; WARC and feeds add nothing here
FILES = sorted(str(p) for lang in ("nb", "da", "sv", "nn") for p in (CORPUS / lang).iterdir() if p.is_file())


def _ingest(db: str, files: list[str], *options: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "utkikk", "ingest", "--quiet", *options, "--db", db, *files],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen[str]) -> None:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-3000:]


def _contents(db: str) -> dict[str, object]:
    """What the store holds, keyed by content (hashes), never by ids that depend on write order."""
    A, E = t.articles, t.events
    with Store(db) as store, store.engine.connect() as conn:
        arts = {r.id: r for r in conn.execute(select(A.c.id, A.c.content_hash, A.c.cluster_id))}
        clusters: dict[int, set[str]] = {}
        for r in arts.values():
            clusters.setdefault(r.cluster_id, set()).add(r.content_hash)
        events, groups = [], {}
        for r in conn.execute(select(E.c.article_id, E.c.group_id, E.c.source, E.c.target, E.c.type, E.c.modality,
                                     E.c.date, E.c.sent_start, E.c.trig_start)):
            key = (arts[r.article_id].content_hash, r.source, r.target, r.type, r.modality, r.date, r.sent_start,
                   r.trig_start)
            events.append(key)
            if r.group_id is not None:
                groups.setdefault(r.group_id, set()).add(key)
        sizes = sorted(r.size for r in conn.execute(select(t.clusters.c.size)))
        # sums of scores in another order differ in the last bits (-33.4 vs -33.400000000000006)
        totals = sorted(tuple(round(v, 6) if isinstance(v, float) else v for v in r)
                        for r in conn.execute(select(t.dyad_totals)))
    return {"articles": sorted(r.content_hash for r in arts.values()), "events": sorted(events),
            "clusters": {frozenset(c) for c in clusters.values()}, "cluster_sizes": sizes,
            "groups": {frozenset(g) for g in groups.values()}, "dyad_totals": totals}


def test_parallel_ingests_of_overlapping_inputs_equal_a_serial_run(db_url, another_db):
    serial = another_db()
    _finish(_ingest(serial, FILES))
    third = len(FILES) // 3
    slices = [FILES[: 2 * third], FILES[third:], FILES[::-1]]
    Store(db_url).close()  # an empty store; the writers race on its contents, not on creating it
    for proc in [_ingest(db_url, files) for files in slices]:
        _finish(proc)
    want, got = _contents(serial), _contents(db_url)
    assert len(want["articles"]) == len(set(want["articles"])) > 30
    assert want["events"], "the sample files yield events"
    for key in want:
        assert got[key] == want[key], key


def test_writers_racing_to_create_a_store_migrate_it_once(db_url):
    procs = [_ingest(db_url, FILES[:2], "--no-analyse") for _ in range(3)]
    for proc in procs:
        _finish(proc)
    with Store(db_url) as store, store.engine.connect() as conn:
        assert store.stats()["articles"] == 2
        assert conn.execute(select(func.count()).select_from(text("alembic_version"))).scalar() == 1
