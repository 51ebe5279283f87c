"""Counts by modality, request tone, actor texts and analysts' corrections.

Events gain ``tone`` (a REQUEST's demand or appeal), ``quad`` (the side it counts on),
``source_text``/``target_text`` and the ``corrected``/``retracted`` flags; stores written before
get their quad from the type and an asserted/negated/hypothetical modality from the old flags.
The ``corrections`` table is new. The aggregate tables gain a ``scope`` key (asserted, or with
planned events too), so they are made again and refilled from ``events``.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy import inspect

from utkikk.events.ontology import event_types
from utkikk.store import aggregates
from utkikk.store import schema as t

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NEW_EVENT_COLUMNS = ("tone", "quad", "source_text", "target_text", "corrected", "retracted")


def upgrade() -> None:
    bind = op.get_bind()
    have = {c["name"] for c in inspect(bind).get_columns("events")}
    # 0001 creates tables as schema.py describes them now: on a new store these exist already
    if "quad" not in have:
        with op.batch_alter_table("events") as batch:
            for name in NEW_EVENT_COLUMNS:
                col = t.events.c[name]
                if isinstance(col.type, sa.Boolean):
                    batch.add_column(sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
                else:
                    batch.add_column(sa.Column(name, col.type, nullable=True))
        for name, et in event_types().items():
            bind.execute(t.events.update().where(t.events.c.type == name).values(quad=et.quad))
        e = t.events.c
        bind.execute(t.events.update().where(e.modality.is_(None), e.negated.is_(True)).values(modality="negated"))
        bind.execute(t.events.update().where(e.modality.is_(None), e.hypothetical.is_(True))
                     .values(modality="hypothetical"))
        bind.execute(t.events.update().where(e.modality.is_(None)).values(modality="asserted"))
    t.corrections.create(bind, checkfirst=True)
    for ix in t.corrections.indexes:
        ix.create(bind, checkfirst=True)
    aggregate_tables = (t.dyad_months, t.dyad_totals, t.dyad_alerts)
    if "scope" not in {c["name"] for c in inspect(bind).get_columns("dyad_months")}:
        for table in aggregate_tables:
            table.drop(bind)
        for table in aggregate_tables:
            table.create(bind)
            for ix in table.indexes:
                ix.create(bind, checkfirst=True)
    aggregates.rebuild(bind)


def downgrade() -> None:
    raise NotImplementedError("revision 0006 is not reversible: restore a backup made before it")
