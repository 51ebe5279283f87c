"""The one module that talks to the database.

Callers hand over :class:`~utkikk.record.Article` records and ask questions; nothing outside
``utkikk.store`` writes SQL. The embedded default is one SQLite file in WAL mode; any SQLAlchemy
URL (``postgresql+psycopg://…``) selects a server instead, with the same schema and migrations.

Each article is written in its own transaction together with its mentions, quotes and events, so
an interrupted ingest leaves only whole articles behind and a re-run picks up where it stopped.

Several processes may write to one store at once (two ``utkikk ingest`` runs, Spark's loader).
Every write transaction takes the store's writer lock first — ``BEGIN IMMEDIATE`` on SQLite, a
transaction-scoped advisory lock on PostgreSQL — so the check for an article already stored, its
near-duplicate cluster and its event groups are decided as in some serial order of the writers;
the insert itself is ``ON CONFLICT DO NOTHING`` on the content hash as well. Reads take no lock.
The analysis, which is where the time goes, happens before and outside the lock.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, func, insert, make_url, select, text, update
from sqlalchemy.exc import OperationalError

from ..record import Article, Reject
from . import schema as t

if TYPE_CHECKING:  # imported where used: MinHash pulls in datasketch and SciPy (a second and more),
    # which a store that only reads (the web app, the API, exports) never needs
    from ..ingest.dedupe import Deduper

DEFAULT_DB = "utkikk.db"
# the key of PostgreSQL's advisory lock that serialises writers of one database
WRITER_LOCK = 0x75746B6B  # "utkk"


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """Turn a path or URL (or the UTKIKK_DB variable, or the default) into a SQLAlchemy URL."""
    db = str(db or os.environ.get("UTKIKK_DB") or DEFAULT_DB)
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class StoreError(RuntimeError):
    """A store that cannot be opened: a missing driver, an unreachable server. The message names
    the URL (password masked) and what to do, in one line."""


@dataclass
class Added:
    """What happened to one article on its way into the store."""

    article_id: int
    new: bool  # False: the same content was already stored
    cluster_id: int | None = None
    duplicate_of: int | None = None


class Store:
    """A connection to one Utkikk database, migrated to the current schema on open."""

    def __init__(self, db: str | os.PathLike[str] | None = None) -> None:
        self.url = database_url(db)
        shown = make_url(self.url).render_as_string(hide_password=True)
        try:
            self.engine: Engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
                event.listen(self.engine, "begin", _sqlite_begin)
            # the same pool; its transactions take the writer lock (see the module docstring)
            self._writer = self.engine.execution_options(utkikk_write=True)
            self._signatures_seen = 0  # the highest article id whose signature a Deduper of ours holds
            self._migrate()
        except ModuleNotFoundError as exc:
            raise StoreError(f"cannot open the store {shown}: its database driver ({exc.name}) is not installed; "
                             "for PostgreSQL run: pip install 'utkikk[postgres]'") from None
        except OperationalError as exc:
            reason = str(exc.orig or exc).strip().splitlines()[0]
            hint = ("check that its folder exists and is writable" if self.url.startswith("sqlite")
                    else "check that the server runs and the URL (user, host, port, database) is right")
            raise StoreError(f"cannot open the store {shown}: {reason}; {hint}") from None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction holding the store's writer lock until it commits or rolls back."""
        with self._writer.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITER_LOCK})
            yield conn

    def _migrate(self) -> None:
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with self._write() as conn:  # two processes opening a new store migrate it once
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def article_id_by_hash(self, content_hash: str) -> int | None:
        with self.engine.connect() as conn:
            return _id_by_hash(conn, content_hash)

    def deduper(self) -> Deduper:
        """A near-duplicate index holding every stored signature; pass it to :meth:`add_article`."""
        from ..ingest.dedupe import Deduper

        dedupe = Deduper()
        with self.engine.connect() as conn:
            self._catch_up(conn, dedupe)
        return dedupe

    def _catch_up(self, conn: Connection, dedupe: Deduper) -> None:
        """Add the signatures other writers stored since we last looked."""
        rows = conn.execute(select(t.signatures.c.article_id, t.signatures.c.minhash)
                            .where(t.signatures.c.article_id > self._signatures_seen)
                            .order_by(t.signatures.c.article_id))
        for aid, sig in rows:
            if str(aid) not in dedupe:
                dedupe.add_signature(str(aid), json.loads(sig))
            self._signatures_seen = max(self._signatures_seen, aid)

    def add_article(
        self,
        art: Article,
        *,
        dedupe: Deduper | None = None,
        near_duplicate_of: int | None = None,
        similarity: float | None = None,
        signature: list[int] | None = None,
    ) -> Added:
        """Store an article with everything the pipeline found in it, in one transaction.

        An article whose content is already stored is not stored again (idempotent re-ingest).
        With ``dedupe`` (from :meth:`deduper`) the article joins the cluster of its most similar
        stored article, decided under the writer lock so that concurrent writers agree;
        ``near_duplicate_of`` names that article instead.
        """
        if dedupe is not None and signature is None:
            from ..ingest.dedupe import signature as minhash_signature

            signature = minhash_signature(art.text)  # CPU work, done before the writer lock is taken
        with self._write() as conn:
            existing = _id_by_hash(conn, art.content_hash)
            if existing is not None:
                return Added(existing, new=False)
            if dedupe is not None:
                self._catch_up(conn, dedupe)
                if near_duplicate_of is None:
                    near, sim = dedupe.query_signature(signature)
                    if near is not None:
                        near_duplicate_of, similarity = int(near), sim
            cluster_id = None
            if near_duplicate_of is not None:
                cluster_id = conn.execute(
                    select(t.articles.c.cluster_id).where(t.articles.c.id == near_duplicate_of)
                ).scalar()
            aid = conn.execute(
                _insert_ignore(conn, t.articles, "content_hash").values(
                    doc=art.doc, source=art.source, fmt=art.fmt, title=art.title, lang=art.lang,
                    lang_supported=art.lang_supported, published=art.published,
                    date_precision=art.date_precision, outlet=art.outlet, agency=art.agency,
                    author=art.author, url=art.url, content_hash=art.content_hash, text=art.text,
                    similarity=similarity, ingested_at=_now(),
                ).returning(t.articles.c.id)
            ).scalar()
            if aid is None:  # stored meanwhile by a writer that does not take the lock
                return Added(_id_by_hash(conn, art.content_hash) or 0, new=False)
            if cluster_id is None:
                cluster_id = conn.execute(insert(t.clusters).values(first_article_id=aid, size=1)).inserted_primary_key[0]
            else:
                conn.execute(update(t.clusters).where(t.clusters.c.id == cluster_id).values(size=t.clusters.c.size + 1))
            conn.execute(update(t.articles).where(t.articles.c.id == aid).values(cluster_id=cluster_id))
            if signature is not None:
                conn.execute(insert(t.signatures).values(article_id=aid, minhash=json.dumps(signature)))
            self._write_findings(conn, aid, art)
            # a reject recorded by an earlier run for this source is cleared once it reads well
            conn.execute(t.rejects.delete().where(t.rejects.c.source == art.source))
        if dedupe is not None and signature is not None:
            dedupe.add_signature(str(aid), signature)
            self._signatures_seen = max(self._signatures_seen, aid)
        return Added(aid, new=True, cluster_id=cluster_id, duplicate_of=near_duplicate_of)

    def _write_findings(self, conn: Any, aid: int, art: Article) -> None:
        from ..events.ontology import quad as plover_quad
        from ..events.ontology import score as plover_score
        from .search import index_article

        index_article(conn, aid, art)  # full-text search (store/search.py)
        if art.mentions:
            conn.execute(insert(t.mentions), [
                dict(article_id=aid, start=m.start, end=m.end, text=m.text[:500], code=m.code, kind=m.kind,
                     person=m.person, sector=m.sector) for m in art.mentions
            ])
        if art.persons:
            conn.execute(insert(t.persons), [
                dict(article_id=aid, name=p.name, actor=p.actor, role=p.role, mentions=p.mentions) for p in art.persons
            ])
        if art.quotes:
            conn.execute(insert(t.quotes), [
                dict(article_id=aid, speaker=q.speaker, actor=q.actor, text=q.text, sentence=q.sentence,
                     start=q.start, end=q.end, kind=q.kind) for q in art.quotes
            ])
        for e in art.events:
            gid = None
            if e.asserted:
                gid = self._event_group(conn, e.source, e.target, e.type, e.date)
            conn.execute(insert(t.events).values(
                article_id=aid, group_id=gid, source=e.source, target=e.target, type=e.type, mode=e.mode,
                context=e.context, negated=e.negated, hypothetical=e.hypothetical, modality=e.modality, date=e.date,
                score=plover_score(e.type, e.mode, e.tone), speaker=e.speaker, sentence=e.sentence,
                sent_start=e.sent_start, sent_end=e.sent_end, trigger=e.trigger, trig_start=e.start,
                trig_end=e.end, pattern=e.pattern, tone=e.tone, quad=plover_quad(e.type, e.tone, e.mode),
                source_text=(e.source_text or "")[:300] or None, target_text=(e.target_text or "")[:300] or None,
                source_sector=e.source_sector, target_sector=e.target_sector,
                place=(e.place or "")[:300] or None, place_name=(e.place_name or "")[:300] or None,
                place_country=e.place_country, place_lat=e.place_lat, place_lon=e.place_lon, place_kind=e.place_kind,
            ))
        if art.events:  # monthly dyad counts the overview, network and alerts read (store/aggregates.py)
            from .aggregates import update_for_article

            update_for_article(conn, aid)

    def _event_group(self, conn: Any, source: str, target: str, type_: str, date: str | None) -> int:
        """Link a report to the real-world event it describes: same dyad and type, date within the window."""
        from ..events.linking import same_event_window

        rows = conn.execute(
            select(t.event_groups.c.id, t.event_groups.c.date).where(
                t.event_groups.c.source == source, t.event_groups.c.target == target,
                t.event_groups.c.type == type_,
            )
        ).all()
        for gid, gdate in rows:
            if same_event_window(gdate, date):
                conn.execute(update(t.event_groups).where(t.event_groups.c.id == gid)
                             .values(reports=t.event_groups.c.reports + 1))
                return gid
        return conn.execute(insert(t.event_groups).values(
            source=source, target=target, type=type_, date=date, reports=1)).inserted_primary_key[0]

    def add_reject(self, rej: Reject) -> None:
        with self._write() as conn:
            conn.execute(t.rejects.delete().where(t.rejects.c.source == rej.source))
            conn.execute(insert(t.rejects).values(source=rej.source, reason=rej.reason, at=_now()))

    def feed_state(self) -> Any:
        """This store as the ``FeedState`` of ``read_inputs``: validators kept between runs, so
        ingest sends conditional GETs and an unchanged feed costs a 304."""
        store = self

        class _StoreFeedState:
            def get(self, url: str) -> tuple[str | None, str | None] | None:
                return store.feed_state_get(url)

            def set(self, url: str, etag: str | None, modified: str | None) -> None:
                store.feed_state_set(url, etag, modified)

        return _StoreFeedState()

    def feed_state_get(self, url: str) -> tuple[str | None, str | None] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.feed_state.c.etag, t.feed_state.c.modified)
                               .where(t.feed_state.c.url == url)).first()
        return (row[0], row[1]) if row else None

    def feed_state_set(self, url: str, etag: str | None, modified: str | None) -> None:
        with self._write() as conn:
            conn.execute(t.feed_state.delete().where(t.feed_state.c.url == url))
            conn.execute(insert(t.feed_state).values(url=url, etag=etag, modified=modified, fetched_at=_now()))

    # -- reading ---------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts for `utkikk stats`: articles per language, clusters, rejects, date range, events."""
        with self.engine.connect() as conn:
            per_lang = dict(conn.execute(
                select(t.articles.c.lang, func.count()).group_by(t.articles.c.lang).order_by(t.articles.c.lang)
            ).all())
            n_articles = sum(per_lang.values())
            dup_clusters = conn.execute(select(func.count()).select_from(t.clusters).where(t.clusters.c.size > 1)).scalar()
            in_dup = conn.execute(select(func.coalesce(func.sum(t.clusters.c.size), 0))
                                  .where(t.clusters.c.size > 1)).scalar()
            first, last = conn.execute(select(func.min(t.articles.c.published), func.max(t.articles.c.published))).one()
            rejects = [dict(source=s, reason=r) for s, r in conn.execute(
                select(t.rejects.c.source, t.rejects.c.reason).order_by(t.rejects.c.source))]
            n_events = conn.execute(select(func.count()).select_from(t.events)
                                    .where(t.events.c.negated.is_(False), t.events.c.hypothetical.is_(False))).scalar()
            n_flagged = conn.execute(select(func.count()).select_from(t.events)
                                     .where((t.events.c.negated.is_(True)) | (t.events.c.hypothetical.is_(True)))).scalar()
            n_groups = conn.execute(select(func.count()).select_from(t.event_groups)).scalar()
            per_type = dict(conn.execute(
                select(t.events.c.type, func.count()).where(t.events.c.negated.is_(False), t.events.c.hypothetical.is_(False))
                .group_by(t.events.c.type).order_by(func.count().desc())).all())
            n_mentions = conn.execute(select(func.count()).select_from(t.mentions)).scalar()
            n_actors = conn.execute(select(func.count(func.distinct(t.mentions.c.code)))).scalar()
        return {
            "articles": n_articles,
            "languages": {str(k): v for k, v in per_lang.items()},
            "duplicate_clusters": dup_clusters,
            "articles_in_duplicate_clusters": in_dup,
            "date_range": [first, last],
            "rejects": rejects,
            "actor_mentions": n_mentions,
            "actors": n_actors,
            "events": n_events,
            "events_flagged": n_flagged,
            "event_groups": n_groups,
            "event_types": per_type,
        }


def _id_by_hash(conn: Connection, content_hash: str) -> int | None:
    return conn.execute(select(t.articles.c.id).where(t.articles.c.content_hash == content_hash)).scalar()


def _insert_ignore(conn: Connection, table: Any, key: str) -> Any:
    """INSERT … ON CONFLICT (key) DO NOTHING, in the dialect's own words."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(table).on_conflict_do_nothing(index_elements=[key])


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # transactions are begun by _sqlite_begin, not by the driver, so a writer can ask for IMMEDIATE
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """BEGIN IMMEDIATE for writers: the write lock is taken at once, waiting up to busy_timeout,
    rather than on the first write, where a reader turning writer can fail with SQLITE_BUSY."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("utkikk_write") else "BEGIN")


def open_store(db: str | os.PathLike[str] | None = None) -> Store:
    """Open (and create or migrate) the store at a path or SQLAlchemy URL."""
    return Store(db)
