"""Embeddings for semantic search: the ``vectors`` table (store/vectors.py); stored alerts emptied;
``alert_deliveries`` (alerts sent to a webhook, utkikk/notify.py).

Alerts are computed on read from this revision on (analysis/alerts.py weighs each dyad against the
whole store's coverage and base rates), so the rows the old method kept in ``dyad_alerts`` go.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

from utkikk.store import schema as t

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # 0001 creates tables as schema.py describes them now, so on a new store it exists already
    t.vectors.create(bind, checkfirst=True)
    t.alert_deliveries.create(bind, checkfirst=True)
    for ix in t.vectors.indexes:
        ix.create(bind, checkfirst=True)
    bind.execute(t.dyad_alerts.delete())


def downgrade() -> None:
    op.drop_table("alert_deliveries")
    op.drop_table("vectors")
