"""Full-text search: an FTS5 table of lemmatised article text (SQLite only).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from utkikk.store.search import create_table, drop_table

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_table(op.get_bind())


def downgrade() -> None:
    drop_table(op.get_bind())
