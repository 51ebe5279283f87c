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


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    return to_frame(rows).to_csv(index=False)


def to_parquet(rows: Sequence[dict[str, Any]]) -> bytes:
    buf = io.BytesIO()
    df = to_frame(rows)
    for col in ("score",):
        df[col] = df[col].astype("float64")
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def to_plover_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps([plover_record(r) for r in rows], ensure_ascii=False, indent=1)
