"""Embeddings for semantic search: the ``vectors`` table (store/vectors.py).

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
    for ix in t.vectors.indexes:
        ix.create(bind, checkfirst=True)


def downgrade() -> None:
    op.drop_table("vectors")
