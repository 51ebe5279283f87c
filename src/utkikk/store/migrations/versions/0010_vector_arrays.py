"""Vectors on PostgreSQL as ``real[]`` arrays instead of float32 bytes in a ``bytea``.

Before this revision ``vectors.vec`` held each embedding as little-endian float32 bytes on both
back ends. SQLite keeps that (a BLOB is its compact form: there is no array type and no pgvector).
On PostgreSQL the column becomes ``real[]``, readable by the server (``array_length``, unnest, a
later cast to pgvector's ``vector``) and by any SQL client, where bytes were opaque.

Existing rows are converted, not dropped: in batches of ``BATCH`` rows by id, the bytes are read,
decoded in Python (the standard ``array`` module, float32 as stored, so every value is kept
exactly) and written into a new ``real[]`` column, which then replaces the old one. A row whose
byte length is not a multiple of 4 cannot be a vector; it is deleted, and ``utkikk index``
computes again what an article lacks. A store whose column is already an array (one made at
this revision: 0001 creates tables as schema.py describes them now) is left alone.

Downgrade turns the arrays back into bytes the same way.

Revision ID: 0010
Revises: 0009
"""

import sys
from array import array

import sqlalchemy as sa
from alembic import op
from sqlalchemy import bindparam, inspect, text
from sqlalchemy.dialects.postgresql import ARRAY, BYTEA, REAL

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BATCH = 2000


def _is_array(bind) -> bool:
    col = next(c for c in inspect(bind).get_columns("vectors") if c["name"] == "vec")
    return isinstance(col["type"], sa.ARRAY)


def decode(raw: bytes) -> list[float] | None:
    """float32 little-endian bytes -> Python floats (exact); None when it cannot be a vector."""
    raw = bytes(raw)
    if len(raw) % 4:
        return None
    values = array("f", raw)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


def encode(values: list[float]) -> bytes:
    """Python floats (from a real[]) -> float32 little-endian bytes, as the old layout stored them."""
    out = array("f", values)
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()


def _convert(bind, new_type, convert) -> None:
    """Fill ``vec_new`` from ``vec`` in batches by id, then let it replace ``vec``."""
    op.add_column("vectors", sa.Column("vec_new", new_type, nullable=True))
    update = text("UPDATE vectors SET vec_new = :v WHERE id = :id").bindparams(bindparam("v", type_=new_type))
    last = 0
    while True:
        rows = bind.execute(text("SELECT id, vec FROM vectors WHERE id > :last ORDER BY id LIMIT :n"),
                            {"last": last, "n": BATCH}).all()
        if not rows:
            break
        last = rows[-1][0]
        done, bad = [], []
        for rid, value in rows:
            new = convert(value)
            (bad.append(rid) if new is None else done.append({"id": rid, "v": new}))
        if done:
            bind.execute(update, done)
        if bad:
            bind.execute(text("DELETE FROM vectors WHERE id = ANY(:ids)"), {"ids": bad})
    op.drop_column("vectors", "vec")
    op.alter_column("vectors", "vec_new", new_column_name="vec", nullable=False)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or _is_array(bind):
        return
    _convert(bind, ARRAY(REAL, dimensions=1), decode)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or not _is_array(bind):
        return
    _convert(bind, BYTEA(), lambda v: None if v is None else encode(v))
