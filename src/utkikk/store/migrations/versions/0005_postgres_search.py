"""Full-text search on PostgreSQL: a tsvector table under a GIN index (store/search.py).

Revision 0002 made the search index on SQLite only; PostgreSQL stores made before this revision
searched by substring. New stores get the index from 0002; this revision adds it to older ones.

Revision ID: 0005
Revises: 0004
"""

from alembic import op
from sqlalchemy import inspect

from utkikk.store.search import TABLE, create_table

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql" and not inspect(bind).has_table(TABLE):
        create_table(bind)


def downgrade() -> None:
    pass  # the index belongs to the store from 0002 on; 0002's downgrade drops it
