"""Monthly cooperation/conflict series for a dyad or an actor.

A series counts *real-world events* (event groups), not reports: a wire story printed by five
outlets is one event. Each month carries counts of cooperative and conflictual events and the sum
and mean of their PLOVER scores, so a chart can show both volume and tone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class MonthPoint:
    month: str  # YYYY-MM
    cooperation: int = 0
    conflict: int = 0
    score_sum: float = 0.0
    reports: int = 0

    @property
    def events(self) -> int:
        return self.cooperation + self.conflict

    @property
    def score_mean(self) -> float | None:
        return round(self.score_sum / self.events, 2) if self.events else None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["score_sum"] = round(self.score_sum, 2)
        d["events"] = self.events
        d["score_mean"] = self.score_mean
        return d


def month_of(date: str | None) -> str | None:
    """The YYYY-MM month of a YYYY-MM(-DD) date; None when the date is missing or malformed."""
    if not date or len(date) < 7 or date[4] != "-":
        return None
    return date[:7]


def month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive (YYYY-MM), so gaps show as zeros."""
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def monthly_series(rows: Iterable[Mapping[str, Any]], *, fill: bool = True) -> list[MonthPoint]:
    """Aggregate event rows (keys: date, score, conflict, group_id) into months.

    Rows sharing a ``group_id`` count once (the first report's month and score); rows without a
    date are left out, since they cannot be placed on a time axis.
    """
    points: dict[str, MonthPoint] = {}
    seen: set[Any] = set()
    for r in rows:
        month = month_of(r.get("date"))
        if month is None:
            continue
        p = points.setdefault(month, MonthPoint(month))
        p.reports += 1
        gid = r.get("group_id")
        key = gid if gid is not None else ("row", id(r))
        if key in seen:
            continue
        seen.add(key)
        if r.get("conflict"):
            p.conflict += 1
        else:
            p.cooperation += 1
        p.score_sum += float(r.get("score") or 0.0)
    if not points:
        return []
    months = month_range(min(points), max(points)) if fill else sorted(points)
    return [points.get(m) or MonthPoint(m) for m in months]
