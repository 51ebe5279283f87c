"""Event places: where each report says the event happened (events/locations.py).

Events gain ``place`` (the words), ``place_name`` (the gazetteer's name), ``place_country`` (the
state it lies in), ``place_lat``/``place_lon`` and ``place_kind`` (city, territory, or state at
its capital). Reports stored before keep them empty: the place is read from the sentence's parse
at coding time, which the store does not keep; re-ingesting an article does not recode it either,
so a store that wants places for old reports is built again.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy import inspect

from utkikk.store import schema as t

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

NEW_EVENT_COLUMNS = ("place", "place_name", "place_country", "place_lat", "place_lon", "place_kind")


def upgrade() -> None:
    have = {c["name"] for c in inspect(op.get_bind()).get_columns("events")}
    # 0001 creates tables as schema.py describes them now: on a new store these exist already
    missing = [name for name in NEW_EVENT_COLUMNS if name not in have]
    if missing:
        with op.batch_alter_table("events") as batch:
            for name in missing:
                batch.add_column(sa.Column(name, t.events.c[name].type, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name in NEW_EVENT_COLUMNS:
            batch.drop_column(name)
