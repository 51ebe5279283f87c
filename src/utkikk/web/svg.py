"""Server-side SVG charts: dyad series, actor timeline, network, event places. No build step, no
chart library, no map tiles.

Every label that comes from data is escaped; the functions return :class:`markupsafe.Markup`.
Each chart is a complete SVG document (namespace and its own style sheet inside), so the same
markup is shown in the page, served by the download endpoints and drawn onto a canvas for PNG.
Cooperation and conflict differ in position or shape as well as colour, so that a chart printed
in grey or read by a colour-blind analyst still tells them apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

COOP = "#2e7d5b"
CONF = "#c0392b"
MIXED = "#8a7a3c"
INK = "#333"
MUTED = "#5c646d"
GRID = "#ddd"
FONT = "system-ui, 'DejaVu Sans', sans-serif"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TICK_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)  # months between labelled ticks

# inside every SVG: the chart must look the same downloaded as on the page
STYLE = (f"<style>.tick{{font:12px {FONT};fill:{MUTED}}}.axis-title{{font:600 12px {FONT};fill:{INK}}}"
         f".legend{{font:12px {FONT};fill:{INK}}}.label{{font:700 12px {FONT};fill:{INK}}}</style>")


def _e(s: Any) -> str:
    return str(escape("" if s is None else s))


def _open(cls: str, width: int, height: int, label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="{cls}" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{_e(label)}">{STYLE}'
            f'<rect width="{width}" height="{height}" fill="#fff"/>')


def _triangle(x: float, y: float, r: float, up: bool, colour: str) -> str:
    """A marker: ▲ for cooperation, ▼ for conflict."""
    s = -1 if up else 1
    pts = f"{x:.1f},{y + s * r:.1f} {x - r:.1f},{y - s * r * 0.7:.1f} {x + r:.1f},{y - s * r * 0.7:.1f}"
    return f'<polygon points="{pts}" fill="{colour}" fill-opacity="0.85" stroke="#fff" stroke-width="0.6"/>'


def _y_title(x: float, y: float, text: str) -> str:
    return f'<text transform="translate({x:.1f},{y:.1f}) rotate(-90)" text-anchor="middle" class="axis-title">{_e(text)}</text>'


def month_label(month: str) -> str:
    """'2022-02' → 'Feb 2022' (tick labels an analyst reads without decoding)."""
    try:
        y, m = month.split("-")[:2]
        return f"{MONTHS[int(m) - 1]} {y}"
    except (ValueError, IndexError):
        return month


def dyad_chart(series: Sequence[dict[str, Any]], link: Callable[[str], str], *, width: int = 880,
               height: int = 340) -> Markup:
    """Monthly bars: cooperation above the axis, conflict below; a dashed line for the mean score.

    Each month is a link to the events behind it. Left axis: events per month; right axis: the
    mean PLOVER score (−10 … +10); months are labelled along the bottom.
    """
    if not series:
        return Markup('<p class="empty">No dated events for this dyad.</p>')
    left, right, top, bottom = 64, 64, 30, 56
    w, h = width - left - right, height - top - bottom
    mid = top + h / 2
    peak = max(max(p["cooperation"], p["conflict"]) for p in series) or 1
    n = len(series)
    step = w / n
    bw = max(2.0, min(28.0, step * 0.7))
    parts = [_open("chart dyad-chart", width, height, "monthly cooperation and conflict")]
    for frac in (1.0, 0.5):
        for sign in (-1, 1):
            y = mid - sign * frac * h / 2
            parts.append(f'<line x1="{left}" x2="{left + w}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
            parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{round(frac * peak, 1):g}</text>')
            parts.append(f'<text x="{left + w + 6}" y="{y + 4:.1f}" class="tick">{sign * frac * 10:+g}</text>')
    parts.append(f'<line x1="{left}" x2="{left + w}" y1="{mid}" y2="{mid}" stroke="{INK}"/>')
    parts.append(f'<text x="{left - 6}" y="{mid + 4}" text-anchor="end" class="tick">0</text>')
    parts.append(f'<text x="{left + w + 6}" y="{mid + 4}" class="tick">0</text>')
    parts.append(_y_title(16, mid, "events per month"))
    parts.append(_y_title(width - 12, mid, "mean score"))
    parts.append(f'<text x="{left + 6}" y="{top + 14}" class="legend" style="fill:{COOP}">▲ cooperation (above the axis)</text>')
    parts.append(f'<text x="{left + 6}" y="{top + h - 6}" class="legend" style="fill:{CONF}">▼ conflict (below the axis)</text>')
    parts.append(f'<text x="{left + w}" y="{top - 10}" text-anchor="end" class="legend">'
                 f'<tspan fill="{INK}">- -●- -</tspan> mean PLOVER score (right axis)</text>')
    label_every = max(1, round(n / 8))
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
            parts.append(f'<rect x="{cx - bw / 2:.1f}" y="{mid:.1f}" width="{bw:.1f}" height="{hf:.1f}" fill="{CONF}" '
                         f'fill-opacity="0.9" stroke="{CONF}" stroke-dasharray="3 2"/>')
        parts.append("</a>")
        if p["score_mean"] is not None:
            pts.append((cx, mid - p["score_mean"] / 10 * h / 2))
        if i % label_every == 0:
            parts.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{top + h}" y2="{top + h + 5}" stroke="{INK}"/>')
            parts.append(f'<text x="{cx:.1f}" y="{top + h + 18}" text-anchor="middle" class="tick">'
                         f'{_e(month_label(p["month"]))}</text>')
    if len(pts) > 1:
        d = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        parts.append(f'<polyline points="{d}" fill="none" stroke="{INK}" stroke-width="1.5" stroke-dasharray="4 3"/>')
    for x, y in pts:
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{INK}"/>')
    parts.append(f'<text x="{left + w / 2}" y="{height - 8}" text-anchor="middle" class="axis-title">month</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _day(d: str) -> int:
    parts = [int(x) for x in d.split("-")]
    while len(parts) < 3:
        parts.append(15 if len(parts) == 2 else 6)
    return date(*parts).toordinal()


def _month_index(d: str) -> int:
    y, m = (d.split("-") + ["07"])[:2]
    return int(y) * 12 + int(m) - 1


def _first_of(index: int) -> int:
    return date(index // 12, index % 12 + 1, 1).toordinal()


def month_ticks(first: str, last: str, *, most: int = 8) -> tuple[int, int, list[tuple[int, str]]]:
    """Axis domain (first of the first month … first of the month after the last) and ticks.

    Ticks fall on the first of a month, every 1, 2, 3, 6, 12 … months, as many as fit in ``most``;
    each is (day ordinal, label): 'Feb 2022', or just '2022' on yearly steps.
    """
    lo, hi = _month_index(first), _month_index(last) + 1
    months = hi - lo
    step = next((s for s in TICK_STEPS if months / s <= most), TICK_STEPS[-1])
    start = lo + (-lo) % step
    ticks = []
    for k in range(start, hi + 1, step):
        year, month = k // 12, k % 12 + 1
        label = str(year) if step % 12 == 0 else f"{MONTHS[month - 1]} {year}"
        ticks.append((_first_of(k), label))
    return _first_of(lo), _first_of(hi), ticks


def timeline(events: Sequence[dict[str, Any]], link: Callable[[dict[str, Any]], str], *, width: int = 880) -> Markup:
    """Events on a time axis: the actor as source on the upper lane, as target on the lower lane.

    Within a lane cooperation sits above the line (▲) and conflict below it (▼); month or year
    ticks run along the bottom axis.
    """
    dated = [e for e in events if e.get("date")]
    if not dated:
        return Markup('<p class="empty">No dated events.</p>')
    left, right, top = 100, 24, 34
    lanes = {"source": top + 40, "target": top + 130}
    axis_y = top + 180
    height = axis_y + 46
    lo, hi, ticks = month_ticks(min(e["date"] for e in dated), max(e["date"] for e in dated))
    span = max(hi - lo, 1)
    w = width - left - right

    def x_of(day: int) -> float:
        return left + (day - lo) / span * w

    parts = [_open("chart timeline", width, height, "event timeline")]
    parts.append(f'<text x="{left}" y="{top - 14}" class="legend"><tspan fill="{COOP}">▲ cooperation</tspan>'
                 f' above the lane · <tspan fill="{CONF}">▼ conflict</tspan> below it</text>')
    for day, label in ticks:
        x = x_of(day)
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{axis_y + 5}" stroke="{GRID}"/>')
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 19}" text-anchor="middle" class="tick">{_e(label)}</text>')
    parts.append(f'<line x1="{left}" x2="{left + w}" y1="{axis_y}" y2="{axis_y}" stroke="{INK}"/>')
    for lane, y in lanes.items():
        parts.append(f'<line x1="{left}" x2="{left + w}" y1="{y}" y2="{y}" stroke="{MUTED}"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" class="tick">as {lane}</text>')
    parts.append(_y_title(18, (lanes["source"] + lanes["target"]) / 2, "actor's role"))
    parts.append(f'<text x="{left + w / 2}" y="{height - 6}" text-anchor="middle" class="axis-title">date</text>')
    for e in dated:
        x = x_of(_day(e["date"]))
        conflict = bool(e.get("conflict"))
        offset = 9 + (e["id"] * 7) % 5 * 6  # spread markers that share a day
        y = lanes.get(e.get("role", "source"), lanes["source"]) + (offset if conflict else -offset)
        tip = f"{e['date']} {e['source']} {e['type']} {e['target']}: {e.get('sentence', '')[:140]}"
        parts.append(f'<a href="{_e(link(e))}" class="event {"conflict" if conflict else "cooperation"}">'
                     f'<title>{_e(tip)}</title>{_triangle(x, y, 6, not conflict, CONF if conflict else COOP)}</a>')
    parts.append("</svg>")
    return Markup("".join(parts))


TONES = {"cooperation": (COOP, "none"), "conflict": (CONF, "9 4"), "mixed": (MIXED, "2 4")}


def _network_legend() -> str:
    out = []
    for i, (tone, (colour, dash)) in enumerate(TONES.items()):
        y = 18 + i * 18
        out.append(f'<line x1="12" x2="46" y1="{y}" y2="{y}" stroke="{colour}" stroke-width="3" stroke-dasharray="{dash}"/>'
                   f'<text x="52" y="{y + 4}" class="legend">{tone}</text>')
    out.append('<text x="12" y="76" class="tick">line width = events; circle = activity</text>')
    return "".join(out)


def network_svg(net: dict[str, Any], node_link: Callable[[str], str], edge_link: Callable[[str, str], str],
                *, width: int = 880, height: int = 600) -> Markup:
    """Nodes sized by activity; edges by tone in colour and in stroke (solid green cooperation,
    dashed red conflict, dotted olive mixed), with a legend in the corner."""
    nodes = {n["code"]: n for n in net.get("nodes", [])}
    if not nodes:
        return Markup('<p class="empty">No relations in this period.</p>')
    pad = 60

    def xy(code: str) -> tuple[float, float]:
        n = nodes[code]
        return pad + n["x"] * (width - 2 * pad), pad + n["y"] * (height - 2 * pad)

    peak_e = max((e["events"] for e in net["edges"]), default=1) or 1
    peak_n = max(n["events"] for n in nodes.values()) or 1
    parts = [_open("chart network", width, height, "actor network"), _network_legend()]
    for e in net["edges"]:
        (x1, y1), (x2, y2) = xy(e["a"]), xy(e["b"])
        colour, dash = TONES.get(e["tone"], TONES["mixed"])
        sw = 1.5 + 6 * e["events"] / peak_e
        tip = f"{e['a']}–{e['b']}: {e['cooperation']} cooperative, {e['conflict']} conflictual (mean {e['score_mean']})"
        parts.append(f'<a href="{_e(edge_link(e["a"], e["b"]))}"><line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" '
                     f'y2="{y2:.1f}" stroke="{colour}" stroke-width="{sw:.1f}" stroke-opacity="0.7" '
                     f'stroke-dasharray="{dash}" class="edge {_e(e["tone"])}">'
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


# -- event places on a world map ----------------------------------------------------------------

WORLD = Path(__file__).parent / "world-land.txt"
MAP_NORTH, MAP_SOUTH = 84, -58  # latitudes the map shows (no town lies beyond)
LAND = "#d9dee3"
SEA = "#f7f9fb"


@cache
def _land_path() -> str:
    """The land cells of ``world-land.txt`` (tools/world_map.py) as one path in degree units:
    x = degrees east of 180°W, y = degrees south of 90°N. Runs repeated in the rows below merge
    into one rectangle, which keeps the path about a third of its cell-by-cell size."""
    rows: dict[int, set[tuple[int, int]]] = {}
    for line in WORLD.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row, runs = line.split(":", 1)
        rows[int(row)] = {(int(a), int(b)) for a, b in (r.split("-") for r in runs.split())}
    rects: list[tuple[int, int, int, int]] = []  # first column, last column, first row, rows
    open_: dict[tuple[int, int], int] = {}
    for r in range(181):
        here = rows.get(r, set())
        for run in [k for k in open_ if k not in here]:
            start = open_.pop(run)
            rects.append((run[0], run[1], start, r - start))
        for run in here:
            open_.setdefault(run, r)
    return "".join(f"M{a} {r}h{b - a + 1}v{n}h-{b - a + 1}z" for a, b, r, n in sorted(rects, key=lambda x: (x[2], x[0])))


def place_map(events: Sequence[dict[str, Any]], link: Callable[[dict[str, Any]], str], *,
              width: int = 880) -> Markup:
    """Where the events happened: one marker per place on an equirectangular world map, its area
    growing with the number of events there, ▲ where cooperation outnumbers conflict, ● otherwise.

    Why drawn here and offline: the app runs where no tile server can be reached, and a map
    that needs none also prints, downloads and screenshots the same. Each marker links to the
    place's latest event and names the place, its state and its count."""
    by_place: dict[tuple[str, float, float], list[dict[str, Any]]] = {}
    for e in events:
        if e.get("place_name") and e.get("place_lat") is not None and e.get("place_lon") is not None:
            key = (str(e["place_name"]), float(e["place_lat"]), float(e["place_lon"]))
            by_place.setdefault(key, []).append(e)
    without = sum(1 for e in events if not e.get("place_name"))
    if not by_place:
        return Markup('<p class="empty">No event of these names its place.</p>')
    k = width / 360
    height = round((MAP_NORTH - MAP_SOUTH) * k)
    parts = [_open("chart place-map", width, height, f"Map of event places: {len(by_place)} places"),
             f'<rect width="{width}" height="{height}" fill="{SEA}"/>',
             f'<path d="{_land_path()}" fill="{LAND}" shape-rendering="crispEdges" transform="scale({k:.4f}) translate(0,{MAP_NORTH - 90})"/>']
    most = max(len(v) for v in by_place.values())
    for (name, lat, lon), evs in sorted(by_place.items(), key=lambda kv: -len(kv[1])):
        x, y = (lon + 180) * k, (MAP_NORTH - lat) * k
        r = 3.5 + 6.5 * (len(evs) / most) ** 0.5
        conflict = sum(1 for e in evs if e.get("conflict"))
        country = evs[0].get("place_country") or ""
        title = (f"{name} ({country}): {len(evs)} event{'s' if len(evs) != 1 else ''}, "
                 f"{conflict} conflict, {len(evs) - conflict} cooperation")
        latest = max(evs, key=lambda e: (e.get("date") or "", e.get("id") or 0))
        mark = (_triangle(x, y, r, True, COOP) if conflict * 2 < len(evs) else
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{CONF}" fill-opacity="0.85" '
                f'stroke="#fff" stroke-width="0.8"/>')
        parts.append(f'<a href="{_e(link(latest))}" class="place" data-place="{_e(name)}" data-lat="{lat}" '
                     f'data-lon="{lon}"><title>{_e(title)}</title>{mark}</a>')
    legend = f"{len(by_place)} place{'s' if len(by_place) != 1 else ''}"
    if without:
        legend += f"; {without} event{'s' if without != 1 else ''} without a place"
    parts.append(f'<text x="8" y="{height - 8}" class="legend">▲ mostly cooperation · ● conflict · {_e(legend)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
