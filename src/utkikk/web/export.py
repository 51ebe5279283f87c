"""Event exports: CSV, Parquet and PLOVER-JSON bodies for a list of event rows."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any

from ..analysis.plover import EXPORT_COLUMNS, flat_record, plover_record


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


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    import pandas as pd

    df = to_frame(rows)
    for col in df.columns:
        if not pd.api.types.is_numeric_dtype(df[col]) and not pd.api.types.is_bool_dtype(df[col]):
            df[col] = df[col].map(neutralised)
    return df.to_csv(index=False)


def to_parquet(rows: Sequence[dict[str, Any]]) -> bytes:
    buf = io.BytesIO()
    df = to_frame(rows)
    for col in ("score",):
        df[col] = df[col].astype("float64")
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def to_plover_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps([plover_record(r) for r in rows], ensure_ascii=False, indent=1)
