"""Indexes on events by target and by source with date, for actor pages and dyad series.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

from utkikk.store import schema as t

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW = ("ix_events_target", "ix_events_source")


def upgrade() -> None:
    bind = op.get_bind()
    for ix in t.events.indexes:
        if ix.name in NEW:
            ix.create(bind, checkfirst=True)


def downgrade() -> None:
    for name in NEW:
        op.drop_index(name, table_name="events")
