"""Database tables (SQLAlchemy Core), designed once for every stage of the pipeline.

Migrations in ``migrations/versions`` create and change these tables; this module is the
description the code queries against. Columns use portable types so the same schema runs on
SQLite (embedded default) and PostgreSQL (shared server).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import ARRAY, REAL

metadata = MetaData()

clusters = Table(
    "clusters",
    metadata,
    Column("id", Integer, primary_key=True),
    # the first article of the cluster; wire copies and near-duplicates join it
    Column("first_article_id", Integer, nullable=True),
    Column("size", Integer, nullable=False, default=1),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc", String(512), nullable=False),
    Column("source", Text, nullable=False),
    Column("fmt", String(16), nullable=False),
    Column("title", Text),
    Column("lang", String(8)),
    Column("lang_supported", Boolean, nullable=False, default=True),
    Column("published", String(10)),  # YYYY-MM-DD or YYYY-MM
    Column("date_precision", String(8)),  # day | month
    Column("outlet", String(200)),
    Column("agency", String(200)),
    Column("author", String(300)),
    Column("url", Text),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("cluster_id", Integer, ForeignKey("clusters.id")),
    Column("duplicate_of", Integer, ForeignKey("articles.id")),  # exact copy seen under another name
    Column("similarity", Float),  # estimated Jaccard to the cluster's first article
    Column("ingested_at", DateTime, nullable=False),
)
Index("ix_articles_published", articles.c.published)
Index("ix_articles_lang", articles.c.lang)
Index("ix_articles_cluster", articles.c.cluster_id)

# MinHash signatures, kept so a later ingest can link near-duplicates to earlier articles
signatures = Table(
    "signatures",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True),
    Column("minhash", Text, nullable=False),  # JSON list of hash values
)

rejects = Table(
    "rejects",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False, unique=True),
    Column("reason", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

# conditional GET state for feeds fetched over http(s)
feed_state = Table(
    "feed_state",
    metadata,
    Column("url", String(2000), primary_key=True),
    Column("etag", String(500)),
    Column("modified", String(100)),
    Column("fetched_at", DateTime),
)

actors = Table(
    "actors",
    metadata,
    Column("code", String(32), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("kind", String(32)),  # state | organisation | group | person
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", String(500), nullable=False),
    Column("code", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("person", String(300)),
    Column("sector", String(16)),
)
Index("ix_mentions_article", mentions.c.article_id)
Index("ix_mentions_code", mentions.c.code)

persons = Table(
    "persons",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("name", String(300), nullable=False),
    Column("actor", String(32)),
    Column("role", String(300)),
    Column("mentions", Integer, nullable=False, default=1),
)
Index("ix_persons_article", persons.c.article_id)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("speaker", String(300)),
    Column("actor", String(32)),
    Column("text", Text, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
)
Index("ix_quotes_article", quotes.c.article_id)

# one row per real-world event; several reports (events rows) may point at it
event_groups = Table(
    "event_groups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", String(32), nullable=False),
    Column("target", String(32), nullable=False),
    Column("type", String(16), nullable=False),
    Column("date", String(10)),
    Column("reports", Integer, nullable=False, default=1),
)
Index("ix_event_groups_key", event_groups.c.source, event_groups.c.target, event_groups.c.type)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("group_id", Integer, ForeignKey("event_groups.id")),
    Column("source", String(32), nullable=False),
    Column("target", String(32), nullable=False),  # "*" when there is no target actor
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("context", JSON),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("modality", String(16)),  # asserted | future | negated | denied | conditional | hypothetical
    Column("date", String(10)),  # YYYY-MM-DD or YYYY-MM
    Column("score", Float),  # PLOVER cooperation-conflict score for type and mode
    Column("speaker", String(300)),
    Column("sentence", Text, nullable=False),
    Column("sent_start", Integer, nullable=False),
    Column("sent_end", Integer, nullable=False),
    Column("trigger", String(300)),
    Column("trig_start", Integer),
    Column("trig_end", Integer),
    Column("pattern", String(300)),
    Column("tone", String(16)),  # REQUEST: demand | appeal
    Column("quad", String(24)),  # PLOVER quad class of type and tone: which side the event counts on
    Column("source_text", String(300)),  # the words naming source and target in the sentence
    Column("target_text", String(300)),
    # the sector (utkikk.record.SECTORS) the words naming each side give it: PLOVER's agent
    Column("source_sector", String(8)),
    Column("target_sector", String(8)),
    # where it happened (events/locations.py): the words, the gazetteer's name, the state it lies
    # in, the point (WGS 84 degrees) and its kind (city | territory | state: a state's capital)
    Column("place", String(300)),
    Column("place_name", String(300)),
    Column("place_country", String(32)),
    Column("place_lat", Float),
    Column("place_lon", Float),
    Column("place_kind", String(16)),
    # an analyst's correction (table ``corrections``) has changed this row, or marked it wrong:
    # a retracted report counts nowhere; the coder's original values stay in ``corrections``
    Column("corrected", Boolean, nullable=False, default=False),
    Column("retracted", Boolean, nullable=False, default=False),
)
Index("ix_events_article", events.c.article_id)
Index("ix_events_dyad", events.c.source, events.c.target, events.c.date)
Index("ix_events_target", events.c.target, events.c.date)
Index("ix_events_source", events.c.source, events.c.date)
Index("ix_events_type", events.c.type)
Index("ix_events_date", events.c.date)
Index("ix_events_group", events.c.group_id)  # aggregates: the other reports of an event

# An analyst's override of one report: marked wrong, or type/source/target/modality fixed. The
# report row carries the new values; ``before`` keeps the coder's, so the original stays visible.
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("action", String(8), nullable=False),  # wrong | fix
    Column("reason", Text, nullable=False),
    Column("before", JSON, nullable=False),  # {source, target, type, modality, tone} as coded
    Column("after", JSON, nullable=False),  # the same fields as corrected (as before for "wrong")
    Column("author", String(100)),
)
Index("ix_corrections_event", corrections.c.event_id)

# Monthly event counts per directed dyad, kept in step with ``events`` on write (store/aggregates.py)
# so overview, network, alerts, partner lists and dyad series need not scan every report.
dyad_months = Table(
    "dyad_months",
    metadata,
    # "asserted": asserted reports only (the default everywhere); "planned": with future and
    # planned ones too (store/counting.py)
    Column("scope", String(8), primary_key=True),
    Column("source", String(32), primary_key=True),
    Column("target", String(32), primary_key=True),  # "*" when there is no target actor
    Column("month", String(7), primary_key=True),  # YYYY-MM; "" for events without a usable date
    # distinct events (event groups) first reported in this month: each group counts in one row
    Column("cooperation", Integer, nullable=False, default=0),
    Column("conflict", Integer, nullable=False, default=0),
    # distinct events with at least one report in this month (the alerts' monthly count)
    Column("cooperation_active", Integer, nullable=False, default=0),
    Column("conflict_active", Integer, nullable=False, default=0),
    Column("reports", Integer, nullable=False, default=0),  # asserted reports
    Column("scored", Integer, nullable=False, default=0),  # reports with a PLOVER score
    Column("score_sum", Float, nullable=False, default=0.0),  # sum of the reports' scores
    Column("first_score_sum", Float, nullable=False, default=0.0),  # sum of the first reports' scores
)
Index("ix_dyad_months_target", dyad_months.c.scope, dyad_months.c.target, dyad_months.c.source, dyad_months.c.month)
Index("ix_articles_outlet", articles.c.outlet, articles.c.agency)

# dyad_months summed over all months, per directed dyad (store/aggregates.py)
dyad_totals = Table(
    "dyad_totals",
    metadata,
    Column("scope", String(8), primary_key=True),
    Column("source", String(32), primary_key=True),
    Column("target", String(32), primary_key=True),
    Column("cooperation", Integer, nullable=False, default=0),
    Column("conflict", Integer, nullable=False, default=0),
    Column("reports", Integer, nullable=False, default=0),
    Column("scored", Integer, nullable=False, default=0),
    Column("score_sum", Float, nullable=False, default=0.0),
)
Index("ix_dyad_totals_target", dyad_totals.c.scope, dyad_totals.c.target, dyad_totals.c.source)

# alerts with the default parameters (analysis/alerts.py), recomputed for a dyad when its events change
dyad_alerts = Table(
    "dyad_alerts",
    metadata,
    Column("scope", String(8), primary_key=True),
    Column("a", String(32), primary_key=True),  # the undirected dyad, a < b
    Column("b", String(32), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("side", String(16), primary_key=True),  # conflict | cooperation
    Column("count", Integer, nullable=False),
    Column("baseline", Float, nullable=False),
    Column("p_value", Float, nullable=False),
    Column("history_months", Integer, nullable=False),
    Column("strength", Float, nullable=False),  # -log10 p, the order within a month
)
Index("ix_dyad_alerts_month", dyad_alerts.c.scope, dyad_alerts.c.month, dyad_alerts.c.strength)

# Embeddings for semantic search (store/vectors.py): one row per article (``event_id`` null) and per
# event sentence, L2-normalised, so a dot product is the cosine similarity. SQLite keeps the float32
# values as little-endian bytes in a BLOB; PostgreSQL as a ``real[]`` array (migration 0010 converts
# the bytea of older stores). See vectors.py on pgvector.
VECTOR = LargeBinary().with_variant(ARRAY(REAL, dimensions=1), "postgresql")
vectors = Table(
    "vectors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id")),
    Column("model", String(64), nullable=False),
    Column("dim", Integer, nullable=False),
    Column("vec", VECTOR, nullable=False),
)
Index("ix_vectors_article", vectors.c.article_id)

# Alerts already POSTed to a webhook (utkikk/notify.py), so each is sent once per URL
alert_deliveries = Table(
    "alert_deliveries",
    metadata,
    Column("url", String(2000), primary_key=True),
    Column("alert", String(120), primary_key=True),  # scope:a:b:month:side
    Column("at", DateTime, nullable=False),
)
