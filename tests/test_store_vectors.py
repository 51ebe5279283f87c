"""How the store keeps semantic-search vectors: a BLOB of float32 bytes on SQLite, a ``real[]``
array on PostgreSQL (store/vectors.py), and migration 0010, which turns the bytea of older
PostgreSQL stores into arrays without losing a value.

The vectors here are synthetic (seeded, L2-normalised), so the tests need no embedding model and
the nearest articles are compared exactly before and after a migration."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import ARRAY, LargeBinary, inspect, text

import utkikk.store as store_pkg
from utkikk.record import Article
from utkikk.store import Store, vectors
from utkikk.store import queries as Q


def _unit(rng: np.random.Generator, n: int) -> np.ndarray:
    m = rng.standard_normal((n, vectors.DIM)).astype(np.float32)
    return (m / np.linalg.norm(m, axis=1, keepdims=True)).astype(np.float32)


def _filled(url: str, n_articles: int = 12) -> tuple[dict[int, np.ndarray], np.ndarray]:
    """A store with articles and two vectors each (as if an article and a sentence); returns
    {vector row id: vector} and a few query vectors."""
    rng = np.random.default_rng(13)
    with Store(url) as s:
        aids = [s.add_article(Article(doc=f"a{i}.txt", text=f"Artikkel nummer {i} om noe helt eget {i * 7}.",
                                      lang="nb", published="2024-01-10")).article_id for i in range(n_articles)]
        mat = _unit(rng, 2 * n_articles)
        rows = [dict(article_id=aid, event_id=None, model=vectors.MODEL, dim=vectors.DIM, vec=mat[2 * i + k])
                for i, aid in enumerate(aids) for k in (0, 1)]
        vectors.write(s, rows)
        with s.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(text("SELECT id FROM vectors ORDER BY id"))]
    return dict(zip(ids, mat, strict=True)), _unit(rng, 5)


def _stored(url: str) -> dict[int, np.ndarray]:
    with Store(url) as s, s.engine.connect() as conn:
        return {rid: vectors.from_column(v) for rid, v in conn.execute(text("SELECT id, vec FROM vectors"))}


def _nearest(url: str, queries: np.ndarray) -> list[list[tuple[int, float]]]:
    Q._cache.clear()  # noqa: SLF001 - the matrix is cached by store content, which a migration keeps
    with Store(url) as s:
        return [vectors.nearest_to(s, q, limit=5) for q in queries]


def _column_type(url: str):
    with Store(url) as s:
        return next(c["type"] for c in inspect(s.engine).get_columns("vectors") if c["name"] == "vec")


def test_vectors_round_trip_in_the_backends_own_column_type(db_url, monkeypatch):
    stored, queries = _filled(db_url)
    back = _stored(db_url)
    assert back.keys() == stored.keys()
    assert all(np.array_equal(back[k], v) and back[k].dtype == np.float32 for k, v in stored.items())
    kind = _column_type(db_url)
    if db_url.startswith("postgresql"):
        assert isinstance(kind, ARRAY) and kind.item_type.__class__.__name__ == "REAL"
        with Store(db_url) as s, s.engine.connect() as conn:
            assert conn.execute(text("SELECT DISTINCT pg_typeof(vec)::text, array_length(vec, 1) FROM vectors")
                                ).all() == [("real[]", vectors.DIM)]
        # the matrix is read from the server's binary array form; the arrays as lists give the same
        Q._cache.clear()  # noqa: SLF001
        with Store(db_url) as s:
            fast = vectors._matrix(s)  # noqa: SLF001
            Q._cache.clear()  # noqa: SLF001
            monkeypatch.setattr(vectors, "_from_array_send", lambda data: None)
            slow = vectors._matrix(s)  # noqa: SLF001
            monkeypatch.undo()
        assert np.array_equal(fast[0], slow[0]) and np.array_equal(fast[1], slow[1])
        assert np.array_equal(fast[1], np.stack(list(stored.values())))
    else:
        assert isinstance(kind, LargeBinary)
    # ranked by cosine as before: the best article of each query is the one holding its best vector
    mat = np.stack(list(stored.values()))
    with Store(db_url) as s, s.engine.connect() as conn:
        aid_of = dict(conn.execute(text("SELECT id, article_id FROM vectors")).all())
    for q, got in zip(queries, _nearest(db_url, queries), strict=True):
        best_row = list(stored)[int(np.argmax(mat @ q))]
        assert got[0][0] == aid_of[best_row] and got[0][1] == pytest.approx(float(np.max(mat @ q)), abs=1e-6)


def _to_bytea_layout(url: str, bad_article: int) -> None:
    """Make a store look as revision 0009 left it on PostgreSQL: float32 bytes in a bytea, plus one
    row of bytes that cannot be a vector."""
    with Store(url) as s, s.engine.begin() as conn:
        rows = conn.execute(text("SELECT id, vec FROM vectors ORDER BY id")).all()
        conn.execute(text("ALTER TABLE vectors DROP COLUMN vec"))
        conn.execute(text("ALTER TABLE vectors ADD COLUMN vec bytea"))
        for rid, vec in rows:
            conn.execute(text("UPDATE vectors SET vec = :b WHERE id = :id"),
                         {"b": np.asarray(vec, dtype="<f4").tobytes(), "id": rid})
        conn.execute(text("ALTER TABLE vectors ALTER COLUMN vec SET NOT NULL"))
        conn.execute(text("INSERT INTO vectors (article_id, event_id, model, dim, vec) VALUES (:a, NULL, 'x', 384, :b)"),
                     {"a": bad_article, "b": b"\x00\x01\x02"})
        conn.execute(text("UPDATE alembic_version SET version_num = '0009'"))


@pytest.fixture(params=["postgresql"])
def pg_url(request) -> str:
    """A fresh PostgreSQL store (the bytea layout and its migration exist only there)."""
    return request.getfixturevalue("pg_cluster").database()


def test_migration_turns_bytea_vectors_into_arrays_and_keeps_them(pg_url):
    stored, queries = _filled(pg_url)
    before = _nearest(pg_url, queries)
    with Store(pg_url) as s, s.engine.connect() as conn:
        some_article = conn.execute(text("SELECT min(article_id) FROM vectors")).scalar()
    _to_bytea_layout(pg_url, some_article)
    with Store(pg_url) as s, s.engine.connect() as conn:  # opening the store runs 0010
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0010"
        col = next(c for c in inspect(conn).get_columns("vectors") if c["name"] == "vec")
    assert isinstance(col["type"], ARRAY) and col["nullable"] is False
    back = _stored(pg_url)
    assert back.keys() == stored.keys()  # the row that was no vector is gone, the rest kept
    assert all(np.array_equal(back[k], v) for k, v in stored.items())
    assert _nearest(pg_url, queries) == before  # the same nearest articles, the same scores


def test_downgrade_turns_arrays_back_into_bytes(pg_url):
    stored, queries = _filled(pg_url)
    before = _nearest(pg_url, queries)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(store_pkg.__file__).parent / "migrations"))
    with Store(pg_url) as s:
        with s._write() as conn:  # noqa: SLF001 - migrations run on the writer's connection
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0009")
        with s.engine.connect() as conn:
            raw = dict(conn.execute(text("SELECT id, vec FROM vectors")).all())
            assert conn.execute(text("SELECT DISTINCT pg_typeof(vec)::text FROM vectors")).scalar() == "bytea"
    assert all(bytes(raw[k]) == v.astype("<f4").tobytes() for k, v in stored.items())
    assert isinstance(_column_type(pg_url), ARRAY)  # opening it again upgrades it once more
    assert _nearest(pg_url, queries) == before
