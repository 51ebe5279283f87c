"""Server-side SVG charts: dyad series, actor timeline, network. No JavaScript, no build step.

Every label that comes from data is escaped; the functions return :class:`markupsafe.Markup`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from markupsafe import Markup, escape

COOP = "#2e7d5b"
CONF = "#c0392b"
MIXED = "#8a7a3c"
INK = "#333"
GRID = "#ddd"


def _e(s: Any) -> str:
    return str(escape("" if s is None else s))


def dyad_chart(series: Sequence[dict[str, Any]], link: Callable[[str], str], *, width: int = 880,
               height: int = 320) -> Markup:
    """Monthly bars: cooperation above the axis, conflict below; a line for the mean score.

    Each month is a link to the events behind it.
    """
    if not series:
        return Markup('<p class="empty">No dated events for this dyad.</p>')
    left, right, top, bottom = 44, 44, 16, 44
    w, h = width - left - right, height - top - bottom
    mid = top + h / 2
    peak = max(max(p["cooperation"], p["conflict"]) for p in series) or 1
    n = len(series)
    step = w / n
    bw = max(2.0, min(28.0, step * 0.7))
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="monthly cooperation and conflict">']
    # grid and axes
    for frac in (1.0, 0.5):
        for sign in (-1, 1):
            y = mid - sign * frac * h / 2
            parts.append(f'<line x1="{left}" x2="{left + w}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
            parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{round(frac * peak, 1):g}</text>')
    parts.append(f'<line x1="{left}" x2="{left + w}" y1="{mid}" y2="{mid}" stroke="{INK}"/>')
    parts.append(f'<text x="{left - 6}" y="{mid + 4}" text-anchor="end" class="tick">0</text>')
    parts.append(f'<text x="{left + w + 6}" y="{top + 8}" class="tick">+10</text>')
    parts.append(f'<text x="{left + w + 6}" y="{top + h}" class="tick">−10</text>')
    parts.append(f'<text x="{left + 4}" y="{top + 10}" class="legend" fill="{COOP}">▲ cooperation (events)</text>')
    parts.append(f'<text x="{left + 4}" y="{top + h - 2}" class="legend" fill="{CONF}">▼ conflict (events)</text>')
    label_every = max(1, round(n / 12))
    pts = []
    for i, p in enumerate(series):
        cx = left + step * (i + 0.5)
        hc = p["cooperation"] / peak * h / 2
        hf = p["conflict"] / peak * h / 2
        tip = (f"{p['month']}: {p['cooperation']} cooperative, {p['conflict']} conflictual events"
               f" ({p['reports']} reports), mean score {p['score_mean'] if p['score_mean'] is not None else '–'}")
        parts.append(f'<a href="{_e(link(p["month"]))}" class="point"><title>{_e(tip)}</title>')
        parts.append(f'<rect x="{cx - step / 2:.1f}" y="{top}" width="{step:.1f}" height="{h}" fill="transparent"/>')
        if hc:
            parts.append(f'<rect x="{cx - bw / 2:.1f}" y="{mid - hc:.1f}" width="{bw:.1f}" height="{hc:.1f}" fill="{COOP}"/>')
        if hf:
            parts.append(f'<rect x="{cx - bw / 2:.1f}" y="{mid:.1f}" width="{bw:.1f}" height="{hf:.1f}" fill="{CONF}"/>')
        parts.append("</a>")
        if p["score_mean"] is not None:
            pts.append((cx, mid - p["score_mean"] / 10 * h / 2))
        if i % label_every == 0:
            parts.append(f'<text x="{cx:.1f}" y="{top + h + 16}" text-anchor="middle" class="tick">{_e(p["month"])}</text>')
    if len(pts) > 1:
        d = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        parts.append(f'<polyline points="{d}" fill="none" stroke="{INK}" stroke-width="1.5" stroke-dasharray="4 3"/>')
    for x, y in pts:
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{INK}"/>')
    parts.append(f'<text x="{left + w}" y="{height - 6}" text-anchor="end" class="legend">- - mean PLOVER score (right axis, −10…+10)</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _day(d: str) -> int:
    parts = [int(x) for x in d.split("-")]
    while len(parts) < 3:
        parts.append(15 if len(parts) == 2 else 6)
    return date(*parts).toordinal()


def timeline(events: Sequence[dict[str, Any]], link: Callable[[dict[str, Any]], str], *, width: int = 880) -> Markup:
    """Events on a time axis: the actor as source on the upper lane, as target on the lower lane."""
    dated = [e for e in events if e.get("date")]
    if not dated:
        return Markup('<p class="empty">No dated events.</p>')
    left, right = 90, 20
    lanes = {"source": 40, "target": 100}
    height = 150
    days = [_day(e["date"]) for e in dated]
    lo, hi = min(days), max(days)
    span = max(hi - lo, 1)
    w = width - left - right
    parts = [f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" aria-label="event timeline">']
    for lane, y in lanes.items():
        parts.append(f'<line x1="{left}" x2="{left + w}" y1="{y}" y2="{y}" stroke="{GRID}"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" class="tick">as {lane}</text>')
    for e, d in zip(dated, days, strict=True):
        x = left + (d - lo) / span * w if hi > lo else left + w / 2
        y = lanes.get(e.get("role", "source"), 40) + ((e["id"] * 7) % 21 - 10)
        colour = CONF if e.get("conflict") else COOP
        tip = f"{e['date']} {e['source']} {e['type']} {e['target']}: {e.get('sentence', '')[:140]}"
        parts.append(f'<a href="{_e(link(e))}"><circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}" '
                     f'fill-opacity="0.8"><title>{_e(tip)}</title></circle></a>')
    first, last = min(e["date"] for e in dated), max(e["date"] for e in dated)
    parts.append(f'<text x="{left}" y="{height - 8}" class="tick">{_e(first)}</text>')
    parts.append(f'<text x="{left + w}" y="{height - 8}" text-anchor="end" class="tick">{_e(last)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def network_svg(net: dict[str, Any], node_link: Callable[[str], str], edge_link: Callable[[str, str], str],
                *, width: int = 880, height: int = 600) -> Markup:
    """Nodes sized by activity; edges coloured by tone (green cooperation, red conflict, olive mixed)."""
    nodes = {n["code"]: n for n in net.get("nodes", [])}
    if not nodes:
        return Markup('<p class="empty">No relations in this period.</p>')
    pad = 60

    def xy(code: str) -> tuple[float, float]:
        n = nodes[code]
        return pad + n["x"] * (width - 2 * pad), pad + n["y"] * (height - 2 * pad)

    peak_e = max((e["events"] for e in net["edges"]), default=1) or 1
    peak_n = max(n["events"] for n in nodes.values()) or 1
    parts = [f'<svg class="chart network" viewBox="0 0 {width} {height}" role="img" aria-label="actor network">']
    for e in net["edges"]:
        (x1, y1), (x2, y2) = xy(e["a"]), xy(e["b"])
        colour = {"cooperation": COOP, "conflict": CONF}.get(e["tone"], MIXED)
        sw = 1.5 + 6 * e["events"] / peak_e
        tip = f"{e['a']}–{e['b']}: {e['cooperation']} cooperative, {e['conflict']} conflictual (mean {e['score_mean']})"
        parts.append(f'<a href="{_e(edge_link(e["a"], e["b"]))}"><line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" '
                     f'y2="{y2:.1f}" stroke="{colour}" stroke-width="{sw:.1f}" stroke-opacity="0.7">'
                     f'<title>{_e(tip)}</title></line></a>')
    for code, n in nodes.items():
        x, y = xy(code)
        r = 8 + 14 * (n["events"] / peak_n) ** 0.5
        parts.append(f'<a href="{_e(node_link(code))}" class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                     f'fill="#fff" stroke="{INK}" stroke-width="1.5"><title>{_e(n.get("name") or code)}: '
                     f'{n["events"]} events</title></circle>'
                     f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" class="label">{_e(code)}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))
