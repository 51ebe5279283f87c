"""Alerts: months in which a dyad's conflict or cooperation departs sharply from its own history.

Method (stated on the alerts page and in the README): for each undirected dyad and each side
(cooperation, conflict) we take the monthly count of distinct events ``k`` and compare it with the
dyad's own baseline, the mean count ``λ`` over the preceding ``window`` months (missing months are
zeros; at least ``min_history`` months of history are required, counted from the dyad's first
event). ``λ`` is floored at ``floor`` so a dyad that was silent does not alert on its first event.
The month is flagged when the Poisson upper-tail probability ``P(X ≥ k | λ)`` is below ``p_max``
and ``k ≥ min_count``. Only surges are flagged: a drop to zero is not news in a news-derived
series, because coverage itself comes and goes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from .series import month_range

DEFAULTS = {"window": 12, "min_history": 3, "p_max": 0.01, "min_count": 3, "floor": 0.25}


@dataclass
class Alert:
    a: str
    b: str
    month: str
    side: str  # conflict | cooperation
    count: int
    baseline: float
    p_value: float
    history_months: int

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["baseline"] = round(self.baseline, 3)
        d["p_value"] = float(f"{self.p_value:.3g}")
        d["ratio"] = round(self.count / self.baseline, 1) if self.baseline else None
        return d


def poisson_sf(k: int, lam: float) -> float:
    """P(X ≥ k) for X ~ Poisson(lam).

    Above the mean the upper tail is summed directly in log space (stable for tiny tails);
    at or below the mean 1 − P(X < k) is precise enough.
    """
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    log_lam = math.log(lam)
    if k <= lam:
        lower = sum(math.exp(-lam + i * log_lam - math.lgamma(i + 1)) for i in range(k))
        return min(1.0, max(0.0, 1.0 - lower))
    total = 0.0
    i = k
    log_term = -lam + k * log_lam - math.lgamma(k + 1)
    while True:
        t = math.exp(log_term)
        total += t
        if t <= total * 1e-15 or i > k + 10_000:
            break
        i += 1
        log_term += log_lam - math.log(i)
    return min(1.0, total)


def detect(
    counts: Mapping[tuple[str, str], Mapping[str, Mapping[str, int]]],
    *,
    window: int = DEFAULTS["window"],
    min_history: int = DEFAULTS["min_history"],
    p_max: float = DEFAULTS["p_max"],
    min_count: int = DEFAULTS["min_count"],
    floor: float = DEFAULTS["floor"],
) -> list[Alert]:
    """Flag surges. ``counts[(a, b)][month] = {"conflict": n, "cooperation": m}``.

    Returns alerts newest first, then by p-value.
    """
    alerts: list[Alert] = []
    for (a, b), by_month in counts.items():
        if not by_month:
            continue
        months = month_range(min(by_month), max(by_month))
        for side in ("conflict", "cooperation"):
            series = [int(by_month.get(m, {}).get(side, 0)) for m in months]
            for i, k in enumerate(series):
                if i < min_history or k < min_count:
                    continue
                hist = series[max(0, i - window): i]
                lam = max(sum(hist) / len(hist), floor)
                p = poisson_sf(k, lam)
                if p < p_max:
                    alerts.append(Alert(a, b, months[i], side, k, lam, p, len(hist)))
    alerts.sort(key=lambda al: (al.month, strength(al.p_value)), reverse=True)
    return alerts


def strength(p_value: float) -> float:
    """-log10 p: alerts of one month are listed strongest first (stored alerts sort on it too)."""
    return -math.log10(max(p_value, 1e-300))


def method_text(params: Mapping[str, Any] | None = None) -> str:
    """One paragraph describing the method with the parameters in force, for the page and the API."""
    p = {**DEFAULTS, **(params or {})}
    return (
        "For each dyad (A–B, both directions) and each side (cooperation, conflict), the number of distinct "
        f"events in a month, k, is compared with the dyad's own mean over the preceding {p['window']} months, λ "
        f"(months without events count as zero; at least {p['min_history']} months of history; λ is floored at "
        f"{p['floor']}). A month is flagged when the Poisson tail probability P(X ≥ k | λ) < {p['p_max']} and "
        f"k ≥ {p['min_count']}. Only rises are flagged."
    )
