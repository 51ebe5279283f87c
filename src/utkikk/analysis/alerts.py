"""Alerts: dyad-months whose conflict or cooperation is out of proportion to what was expected.

Why this method. Counting events per dyad-month against the dyad's own mean, floored at 0.25,
failed both ways on a news-derived store: most dyads are quiet, so their baselines sat at the
floor and any month with three routine events (a visit, a call, a complaint) was flagged, while a
first-ever invasion reported as two events did not reach the threshold. What matters to an analyst
is how *severe* the events are, how many *independent* reports carry them, and how that compares
with the dyad's past and with how often such events happen at all, given how much news the store
holds that month. So, for each undirected dyad, side (conflict, cooperation) and month:

- **Weight** ``S``: the distinct events (event groups) of the month, each weighted by its PLOVER
  score's magnitude over 10 (an assault 1.0, a sanction 0.5, a consultation 0.1) times the number
  of independent reports of it (at most ``max_reports``), summed. A report's source is the
  article's agency, else its outlet, else the article itself; wire copies that the de-duplicator
  put in one cluster count once, and so does an outlet repeating itself.
- **Independent reports** ``n``: distinct sources of the month's reports (as above). A month
  carried by fewer than ``min_sources`` (one source, by default) is tested with its weight times
  ``single_source_weight`` (0.5): one outlet's account is weaker evidence (one article's coding
  errors, one outlet's emphasis), but dropping it hid real escalations that a store happens to
  hold one report of (on the sample corpus the Israel–Iran strikes of June 2025, one TT article)
  and would leave a store fed by one outlet without alerts at all. ``single_source_weight=0``
  drops such months, as before.
- **Coverage** ``v``: the store's articles published that month, less those reporting this dyad,
  over its mean month (months with articles), so a month the store covers heavily expects more
  events of every dyad, while the articles a surge itself brings do not raise its own baseline.
- **Base rate** ``μ``: the store-wide expectation for one dyad-month, summed over event types:
  ``Σ_type w_type · (events of the type / (dyads × months covered))``.
- **Baseline** ``λ = v · (β·μ + Σ S_i/v_i) / (β + h)`` over the ``h ≤ window`` preceding months
  covered by the store: the dyad's own coverage-adjusted history, shrunk towards the base rate with
  the weight of ``β = prior_months`` months (a gamma prior on the Poisson rate). A dyad with no
  history gets the base rate, so a first-ever invasion stands out against it, while a dyad with a
  busy past needs a month well above that past.
- **Test**: the Poisson tail ``P(X ≥ w·S | λ)``, with ``w`` = 1, or ``single_source_weight`` for
  a month of fewer than ``min_sources`` sources, taken for non-integer values through the
  regularised incomplete gamma function (``P(X ≥ k) = P(k, λ)`` for whole ``k``). Flagged when
  below ``p_max``, with ``S ≥ min_severity`` and at least ``min_count`` distinct events. An
  outlet repeating one story is still one source of one event (the reports of one event share
  its group), so its weight stays that of the event alone.

Only rises are flagged: a drop in a news-derived series is usually a drop in coverage.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from .series import month_range

DEFAULTS: dict[str, Any] = {"window": 12, "prior_months": 6, "p_max": 0.01, "min_severity": 1.5,
                            "min_sources": 2, "min_count": 1, "max_reports": 3, "single_source_weight": 0.5}


@dataclass
class Alert:
    a: str
    b: str
    month: str
    side: str  # conflict | cooperation
    count: int  # distinct events
    baseline: float  # λ, in severity units
    p_value: float
    history_months: int
    severity: float = 0.0  # S: severity × independent reports, summed over the events
    sources: int = 0  # independent reports
    coverage: float = 1.0  # v
    types: dict[str, int] = field(default_factory=dict)
    weight: float = 1.0  # w: 1, or single_source_weight for a month of fewer than min_sources sources

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["baseline"] = round(self.baseline, 3)
        d["severity"] = round(self.severity, 2)
        d["coverage"] = round(self.coverage, 2)
        d["p_value"] = float(f"{self.p_value:.3g}")
        d["ratio"] = round(self.weight * self.severity / self.baseline, 1) if self.baseline else None
        return d


@dataclass(frozen=True)
class Report:
    """One counted event report, as alert detection needs it."""

    a: str  # the undirected dyad, a < b
    b: str
    month: str  # YYYY-MM
    side: str  # conflict | cooperation
    event: Any  # the event group (reports of one real-world event share it)
    type: str
    severity: float  # |PLOVER score| / 10, in 0..1
    source: str  # agency, else outlet, else the article
    cluster: Any  # the article's near-duplicate cluster
    article: Any = None  # the article's id: its own dyad's articles are left out of the coverage


def poisson_sf(k: int, lam: float) -> float:
    """P(X ≥ k) for X ~ Poisson(lam), whole k (the incomplete gamma below gives it for any k ≥ 0)."""
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    return gamma_p(float(k), lam)


def gamma_p(a: float, x: float) -> float:
    """The regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for a > 0, x ≥ 0.

    Series for x < a + 1, continued fraction (modified Lentz) otherwise, as in Numerical Recipes;
    relative precision about 1e-14. For whole a it is the Poisson tail P(X ≥ a | λ = x)."""
    if x <= 0:
        return 0.0
    if a <= 0:
        return 1.0
    log_front = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1:
        term = total = 1.0 / a
        n = a
        for _ in range(10_000):
            n += 1
            term *= x / n
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return min(1.0, max(0.0, math.exp(log_front) * total))
    tiny = 1e-300
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, 10_000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-15:
            break
    return min(1.0, max(0.0, 1.0 - math.exp(log_front) * h))


def mean_volume(volume: Mapping[str, int]) -> float:
    """The mean articles of the months that have any."""
    with_articles = [n for n in volume.values() if n > 0]
    return sum(with_articles) / len(with_articles) if with_articles else 1.0


def detect(reports: Iterable[Report], volume: Mapping[str, int] | None = None, **params: Any) -> list[Alert]:
    """Flag dyad-months (see the module docstring). ``volume[month]`` = articles published that month.

    Returns alerts newest first, then strongest first."""
    p = {**DEFAULTS, **{k: v for k, v in params.items() if v is not None}}
    cells: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = defaultdict(dict)  # (a, b, side) → month
    months_seen: set[str] = set()
    own: dict[tuple[str, str, str], set[Any]] = defaultdict(set)  # the articles reporting a dyad-month
    for r in reports:
        if len(r.month) != 7:
            continue
        months_seen.add(r.month)
        own[(r.a, r.b, r.month)].add(r.article)
        cell = cells[(r.a, r.b, r.side)].setdefault(r.month, {"events": {}, "sources": set(), "clusters": set(),
                                                               "types": defaultdict(int)})
        ev = cell["events"].get(r.event)
        if ev is None:
            cell["types"][r.type] += 1
            ev = cell["events"][r.event] = {"severity": 0.0, "sources": set(), "clusters": set()}
        ev["severity"] = max(ev["severity"], r.severity)
        for target in (ev, cell):
            target["sources"].add(r.source)
            target["clusters"].add(r.cluster)
    cap = int(p["max_reports"])

    def weight(c: dict[str, Any]) -> float:
        return sum(e["severity"] * min(cap, len(e["sources"]), len(e["clusters"])) for e in c["events"].values())

    volume = dict(volume or {})
    all_months = months_seen | {m for m, n in volume.items() if n > 0 and len(m) == 7}
    if not all_months:
        return []
    months = month_range(min(all_months), max(all_months))
    index = {m: i for i, m in enumerate(months)}
    mean = mean_volume(volume) if volume else 1.0

    def cov(a: str, b: str, m: str) -> float:
        if not volume:
            return 1.0
        return max(volume.get(m, 0) - len(own.get((a, b, m), ())), 1) / mean
    # base rate per side: severity per dyad-month over the months covered
    base: dict[str, float] = {}
    for side in ("conflict", "cooperation"):
        dyads = {(a, b) for (a, b, s) in cells if s == side}
        total = sum(weight(c) for (a, b, s), by in cells.items() if s == side for c in by.values())
        base[side] = total / (len(dyads) * len(months)) if dyads else 0.0
    beta = float(p["prior_months"])
    out: list[Alert] = []
    for (a, b, side), by_month in cells.items():
        adjusted = {m: weight(c) / cov(a, b, m) for m, c in by_month.items()}
        for m, c in by_month.items():
            severity = weight(c)
            n_events = len(c["events"])
            n_sources = min(len(c["sources"]), len(c["clusters"]))
            w = 1.0 if n_sources >= p["min_sources"] else float(p["single_source_weight"])
            if severity < p["min_severity"] or n_events < p["min_count"] or w <= 0:
                continue
            i = index[m]
            hist = months[max(0, i - int(p["window"])): i]
            lam = cov(a, b, m) * (beta * base[side] + sum(adjusted.get(h, 0.0) for h in hist)) / (beta + len(hist))
            pv = gamma_p(w * severity, lam) if lam > 0 else 0.0
            if pv < p["p_max"]:
                out.append(Alert(a, b, m, side, n_events, lam, pv, len(hist), severity, n_sources, cov(a, b, m),
                                 dict(sorted(c["types"].items())), w))
    out.sort(key=lambda al: (al.month, strength(al.p_value), al.a, al.b), reverse=True)
    return out


def strength(p_value: float) -> float:
    """-log10 p: alerts of one month are listed strongest first."""
    return -math.log10(max(p_value, 1e-300))


def method_text(params: Mapping[str, Any] | None = None) -> str:
    """One paragraph describing the method with the parameters in force, for the page, the API and the feed."""
    p = {**DEFAULTS, **(params or {})}
    return (
        "For each dyad (A–B, both directions), side (conflict, cooperation) and month, each distinct event is "
        "weighted by its severity (|PLOVER score| / 10: an assault 1, a sanction 0.5, a consultation 0.1) times its "
        f"independent reports (agency, else outlet, else article; wire copies once; at most {p['max_reports']}), "
        "and the weights summed, S. The expectation λ is the dyad's own S over the preceding "
        f"{p['window']} months, each month divided by the store's coverage (its articles that month over the mean "
        f"month, not counting the articles on this dyad), shrunk towards the store-wide base rate of the side's event types with the weight of "
        f"{p['prior_months']} months, and scaled by this month's coverage. A month is flagged when the Poisson tail "
        f"P(X ≥ w·S | λ) < {p['p_max']} and S ≥ {p['min_severity']}, where w = 1 when at least {p['min_sources']} "
        f"independent sources report the month and w = {p['single_source_weight']} when fewer do (weaker evidence, "
        "weighed lower rather than dropped). A first event of a quiet dyad is judged against the base rate; "
        "only rises are flagged."
    )
