"""JSON Lines: one article per line, `{title, text, date, url, source, author?, lang?}`.

A bad line is reported by its line number and the rest of the file is still read: one corrupt
record in a large export must not cost the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass
class JsonRecord:
    n: int  # 1-based line number
    fields: dict[str, Any] | None
    error: str | None = None


def iter_records(text: str) -> Iterator[JsonRecord]:
    """Each non-blank line as a parsed object, or with the reason it is not one."""
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield JsonRecord(n, None, f"line {n}: invalid JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            yield JsonRecord(n, None, f"line {n}: not a JSON object")
            continue
        text_field = obj.get("text")
        if not isinstance(text_field, str) or not text_field.strip():
            yield JsonRecord(n, None, f"line {n}: missing or empty 'text'")
            continue
        yield JsonRecord(n, obj)


def str_field(obj: dict[str, Any], key: str) -> str | None:
    """A field as a non-empty string (numbers and lists of names are joined), else None."""
    v = obj.get(key)
    if v is None:
        return None
    if isinstance(v, list):
        v = ", ".join(str(x) for x in v if x)
    v = str(v).strip()
    return v or None
