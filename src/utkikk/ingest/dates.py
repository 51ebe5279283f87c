"""Publication dates from the many ways inputs state them.

The store and the event dating both need one form: `YYYY-MM-DD` with precision "day", or `YYYY-MM`
with precision "month". dateparser reads the written-out forms in the five languages; relative
dates ("i går", "yesterday") are refused because an archive file has no "today" to count from.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime

from ..record import SUPPORTED_LANGUAGES

_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["month", "year"],
}
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?\s*$")
_HAS_DAY = re.compile(r"\b\d{1,2}\b(?![.:]\d{2}\b(?!\.\d))")  # a number that is not a clock time


def _valid(y: int, m: int, d: int | None) -> bool:
    try:
        date(y, m, d or 1)
    except ValueError:
        return False
    return 1800 <= y <= 2100


def iso_date(value: str | None) -> tuple[str, str] | None:
    """(`YYYY-MM-DD`, "day") or (`YYYY-MM`, "month") from an ISO-like string, else None."""
    if not value:
        return None
    m = _ISO.match(value)
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    d = int(m.group(3)) if m.group(3) else None
    if not _valid(y, mo, d):
        return None
    if d is None:
        return f"{y:04d}-{mo:02d}", "month"
    return f"{y:04d}-{mo:02d}-{d:02d}", "day"


def parse_date(value: str | None, languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> tuple[str, str] | None:
    """Any absolute date string in the supported languages, as (iso, precision); None if not a date."""
    if not value or not value.strip():
        return None
    if _ISO.match(value):
        return iso_date(value)  # an impossible ISO date is not re-read as some other order
    import dateparser  # late: importing dateparser takes a moment

    try:
        dt = dateparser.parse(value, languages=list(languages), settings=_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    if dt is None or not _valid(dt.year, dt.month, dt.day):
        return None
    if _HAS_DAY.search(_strip_year(value)):
        return dt.strftime("%Y-%m-%d"), "day"
    return dt.strftime("%Y-%m"), "month"


def _strip_year(value: str) -> str:
    return re.sub(r"\b\d{4}\b", " ", value)


def from_struct_time(st: time.struct_time | None) -> tuple[str, str] | None:
    """A feedparser `*_parsed` value as (iso, "day")."""
    if not st:
        return None
    try:
        return datetime(*st[:3]).strftime("%Y-%m-%d"), "day"
    except (TypeError, ValueError):
        return None
