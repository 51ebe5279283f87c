"""Event counts per dyad and month, per dyad, and stored alerts, filled from existing events; new indexes.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from utkikk.store import aggregates
from utkikk.store import schema as t

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NEW_INDEXES = {"events": ("ix_events_group",), "articles": ("ix_articles_outlet",)}


def upgrade() -> None:
    bind = op.get_bind()
    # 0001 creates tables as schema.py describes them now, so on a new store these exist already
    for table in (t.dyad_months, t.dyad_totals, t.dyad_alerts):
        table.create(bind, checkfirst=True)
        for ix in table.indexes:
            ix.create(bind, checkfirst=True)
    for table, names in NEW_INDEXES.items():
        for ix in t.metadata.tables[table].indexes:
            if ix.name in names:
                ix.create(bind, checkfirst=True)
    aggregates.rebuild(bind)


def downgrade() -> None:
    for table, names in NEW_INDEXES.items():
        for name in names:
            op.drop_index(name, table_name=table)
    for table in ("dyad_alerts", "dyad_totals", "dyad_months"):
        op.drop_table(table)
