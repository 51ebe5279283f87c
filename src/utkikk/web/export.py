"""Event exports: CSV, Parquet and PLOVER-JSON bodies for event rows.

CSV and PLOVER-JSON are made a chunk at a time (:func:`csv_chunks`, :func:`plover_json_chunks`)
from an iterable of rows, so the server can stream an export from a database cursor and never
hold the whole body; :func:`to_csv` and :func:`to_plover_json` join the chunks for callers that
want one string. Parquet needs its footer written last and stays a whole body.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..analysis.plover import EXPORT_COLUMNS, flat_record, plover_record

CHUNK_ROWS = 500  # rows per chunk of a streamed body


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


def to_parquet(rows: Sequence[dict[str, Any]]) -> bytes:
    buf = io.BytesIO()
    df = to_frame(rows)
    for col in ("score", "place_lat", "place_lon"):
        df[col] = df[col].astype("float64")
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def to_plover_json(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(plover_json_chunks(rows))
