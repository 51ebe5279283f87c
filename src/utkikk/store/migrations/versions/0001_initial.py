"""Initial schema: articles, clusters, rejects, actors, mentions, persons, quotes, events.

Revision ID: 0001
Revises:
"""

from alembic import op

from utkikk.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The first revision creates the tables as schema.py describes them at this revision;
    # later revisions change them with explicit operations.
    metadata.create_all(op.get_bind())


def downgrade() -> None:
    metadata.drop_all(op.get_bind())
