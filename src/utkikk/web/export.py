"""Event exports: CSV, Parquet and PLOVER-JSON bodies for event rows.

Every format is made a chunk at a time (:func:`csv_chunks`, :func:`plover_json_chunks`,
:func:`parquet_chunks`) from an iterable of rows, so the server can stream an export from a
database cursor and never hold the whole body; :func:`to_csv`, :func:`to_plover_json` and
:func:`to_parquet` join the chunks for callers that want one value. Parquet is written a row group
at a time (:data:`PARQUET_GROUP_ROWS` rows) with its footer last, under one fixed schema
(:data:`PARQUET_TYPES`), so the types of a column never depend on which rows an export holds.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..analysis.plover import EXPORT_COLUMNS, flat_record, plover_record

CHUNK_ROWS = 500  # rows per chunk of a streamed body
PARQUET_GROUP_ROWS = 5_000  # rows per Parquet row group: one group is held at a time
# the Parquet type of each export column (the rest are strings): what pandas inferred for these
# columns when the export was one DataFrame, fixed, so a column that happens to be all null in one
# export is still a string (pandas made it a null column) and two exports read alike
PARQUET_TYPES = {"id": "int64", "group_id": "int64", "article_id": "int64",
                 "score": "float64", "place_lat": "float64", "place_lon": "float64",
                 "negated": "bool", "hypothetical": "bool", "corrected": "bool", "retracted": "bool"}


def to_frame(rows: Sequence[dict[str, Any]]) -> Any:
    import pandas as pd

    return pd.DataFrame([flat_record(r) for r in rows], columns=EXPORT_COLUMNS)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "@SUM")
    gets a leading apostrophe, as OWASP advises for CSV; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    """A value as pandas' ``to_csv`` wrote it before exports were streamed: None empty, floats
    and booleans by ``str`` — so a streamed export has the bytes of the old whole-body one."""
    return "" if value is None else neutralised(value)


def csv_chunks(rows: Iterable[dict[str, Any]], check: Callable[[], None] | None = None) -> Iterator[str]:
    """The CSV export (header, then one line per event row) in chunks of :data:`CHUNK_ROWS` rows.

    ``check`` is called before each chunk; it raises to stop a long export (a server shutting
    down), which cuts the response instead of ending it as if it were complete."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EXPORT_COLUMNS)
    for n, r in enumerate(rows, 1):
        rec = flat_record(r)
        w.writerow([_cell(rec[k]) for k in EXPORT_COLUMNS])
        if n % CHUNK_ROWS == 0:
            yield _drain(buf)
            if check:
                check()
    yield _drain(buf)


def _drain(buf: io.StringIO) -> str:
    out = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return out


def plover_json_chunks(rows: Iterable[dict[str, Any]],
                       check: Callable[[], None] | None = None) -> Iterator[str]:
    """The PLOVER-JSON export, the bytes of ``json.dumps(records, indent=1)``, record by record."""
    first, part = True, []
    for n, r in enumerate(rows, 1):
        item = json.dumps(plover_record(r), ensure_ascii=False, indent=1).replace("\n", "\n ")
        part.append(("[\n " if first else ",\n ") + item)
        first = False
        if n % CHUNK_ROWS == 0:
            yield "".join(part)
            part = []
            if check:
                check()
    yield "".join(part) + ("[]" if first else "\n]")


def to_csv(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(csv_chunks(rows))


def parquet_schema() -> Any:
    """The pyarrow schema of the Parquet export: :data:`EXPORT_COLUMNS` typed by :data:`PARQUET_TYPES`."""
    import pyarrow as pa

    types = {"int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(c, types.get(PARQUET_TYPES.get(c, ""), pa.large_string())) for c in EXPORT_COLUMNS])


_CONVERT: dict[str, Callable[[Any], Any]] = {"int64": int, "float64": float, "bool": bool}


def _parquet_record(r: dict[str, Any]) -> dict[str, Any]:
    rec = flat_record(r)
    for k, v in rec.items():
        if v is not None:
            rec[k] = _CONVERT.get(PARQUET_TYPES.get(k, ""), str)(v)
    return rec


class _Drain:
    """A write-only file for pyarrow whose bytes are taken out after each row group."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.pos = 0
        self.closed = False

    def write(self, data: Any) -> int:
        b = bytes(data)
        self.parts.append(b)
        self.pos += len(b)
        return len(b)

    def tell(self) -> int:
        return self.pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        out, self.parts = b"".join(self.parts), []
        return out


def parquet_chunks(rows: Iterable[dict[str, Any]], check: Callable[[], None] | None = None,
                   group_rows: int = PARQUET_GROUP_ROWS) -> Iterator[bytes]:
    """The Parquet export in pieces: the file's header and each row group as soon as it is
    written, then the footer. Memory holds one row group, not the export (a DataFrame of 200,000
    rows, then its file, was the old way). ``check`` as for :func:`csv_chunks`, between groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    sink = _Drain()
    writer = pq.ParquetWriter(sink, schema)
    try:
        group: list[dict[str, Any]] = []
        for r in rows:
            group.append(_parquet_record(r))
            if len(group) >= group_rows:
                writer.write_table(pa.Table.from_pylist(group, schema=schema))
                group = []
                yield sink.take()
                if check:
                    check()
        if group:
            writer.write_table(pa.Table.from_pylist(group, schema=schema))
    finally:
        writer.close()  # the footer: written even for no rows, so an empty export is a valid file
    yield sink.take()


def to_parquet(rows: Iterable[dict[str, Any]]) -> bytes:
    return b"".join(parquet_chunks(rows))


def to_plover_json(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(plover_json_chunks(rows))
