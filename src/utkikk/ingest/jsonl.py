"""JSON Lines: one article per line, `{title, text, date, url, source, author?, lang?}`.

A bad line is reported by its line number and the rest of the file is still read: one corrupt
record in a large export must not cost the others.
"""

from __future__ import annotations

import json
import re
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
        if _too_deep(line):
            yield JsonRecord(n, None, f"line {n}: nested deeper than {MAX_DEPTH} levels")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield JsonRecord(n, None, f"line {n}: invalid JSON: {exc.msg}")
            continue
        except (RecursionError, ValueError) as exc:
            yield JsonRecord(n, None, f"line {n}: unreadable JSON: {type(exc).__name__}")
            continue
        if not isinstance(obj, dict):
            yield JsonRecord(n, None, f"line {n}: not a JSON object")
            continue
        text_field = obj.get("text")
        if not isinstance(text_field, str) or not text_field.strip():
            yield JsonRecord(n, None, f"line {n}: missing or empty 'text'")
            continue
        yield JsonRecord(n, {k: _clean(v) for k, v in obj.items()})


MAX_DEPTH = 64  # an article record is flat; deeper nesting is garbage or an attack on the parser
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _too_deep(line: str) -> bool:
    """Whether brackets outside strings open deeper than MAX_DEPTH (json.loads would recurse
    once per level and fail with RecursionError, or worse, on a long line)."""
    if line.count("[") + line.count("{") <= MAX_DEPTH:
        return False
    depth, in_string, escaped = 0, False, False
    for ch in line:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def _clean(value: Any) -> Any:
    """Strings without lone surrogates ("\\ud800" is valid JSON but no text): each becomes U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def str_field(obj: dict[str, Any], key: str) -> str | None:
    """A field as a non-empty string (numbers and lists of names are joined), else None."""
    v = obj.get(key)
    if v is None:
        return None
    if isinstance(v, list):
        v = ", ".join(str(x) for x in v if x)
    v = str(v).strip()
    return v or None
