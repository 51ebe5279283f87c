"""Events carry the sector of each side: ``source_sector`` and ``target_sector``.

The sector (GOV, MIL, LEG … ``utkikk.record.SECTORS``) is the one the mention that names the side
gives it ("Russlands forsvarsminister" -> MIL, "Stortinget" -> LEG): PLOVER's source and target
agent. Stores written before get it where their stored mentions say: the mention of the side's
actor, with the side's words, in the event's sentence. The rest stay empty until re-ingested.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy import inspect

from utkikk.store import schema as t

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

NEW_EVENT_COLUMNS = ("source_sector", "target_sector")


def upgrade() -> None:
    bind = op.get_bind()
    have = {c["name"] for c in inspect(bind).get_columns("events")}
    # 0001 creates tables as schema.py describes them now: on a new store these exist already
    missing = [name for name in NEW_EVENT_COLUMNS if name not in have]
    if not missing:
        return
    with op.batch_alter_table("events") as batch:
        for name in missing:
            batch.add_column(sa.Column(name, t.events.c[name].type, nullable=True))
    e, m = t.events.c, t.mentions.c
    for side in ("source", "target"):
        found = (sa.select(m.sector)
                 .where(m.article_id == e.article_id, m.code == e[side], m.text == e[f"{side}_text"],
                        m.start >= e.sent_start, m.start < e.sent_end, m.sector.is_not(None))
                 .order_by(m.start).limit(1).scalar_subquery())
        bind.execute(t.events.update().where(e[f"{side}_text"].is_not(None)).values({f"{side}_sector": found}))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name in NEW_EVENT_COLUMNS:
            batch.drop_column(name)
