"""One event, many reports: decide whether two reports describe the same real-world event."""

from __future__ import annotations

from datetime import date

# Reports of the same dyad and type within this many days are one event. News reports an event
# on the day and up to a few days later; month-precise dates match any day of their month.
WINDOW_DAYS = 3


def _parse(d: str) -> tuple[date, bool]:
    parts = [int(p) for p in d.split("-")]
    if len(parts) == 3:
        return date(*parts), True
    return date(parts[0], parts[1] if len(parts) > 1 else 1, 1), False


def same_event_window(a: str | None, b: str | None, window: int = WINDOW_DAYS) -> bool:
    """True when two event dates are close enough for the reports to be of one event."""
    if not a or not b:
        return a == b
    try:
        da, day_a = _parse(a)
        db, day_b = _parse(b)
    except ValueError:
        return a == b
    if day_a and day_b:
        return abs((da - db).days) <= window
    return (da.year, da.month) == (db.year, db.month)
