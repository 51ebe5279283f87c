"""Actor network for a period: nodes, undirected weighted edges and a 2-D layout.

The layout uses networkx's spring layout (seeded, so the same data draws the same picture) when
networkx is installed, and a circle ordered by degree otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Edge:
    a: str
    b: str
    cooperation: int = 0
    conflict: int = 0
    score_sum: float = 0.0

    @property
    def events(self) -> int:
        return self.cooperation + self.conflict

    @property
    def score_mean(self) -> float:
        return self.score_sum / self.events if self.events else 0.0

    @property
    def tone(self) -> str:
        """cooperation | conflict | mixed: the side holding at least two thirds of the events."""
        if self.conflict * 3 >= self.events * 2:
            return "conflict"
        if self.cooperation * 3 >= self.events * 2:
            return "cooperation"
        return "mixed"

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "cooperation": self.cooperation, "conflict": self.conflict,
                "events": self.events, "score_mean": round(self.score_mean, 2), "tone": self.tone}


@dataclass
class Network:
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> {events, x, y}
    edges: list[Edge] = field(default_factory=list)
    layout: str = "circular"

    def to_dict(self) -> dict[str, Any]:
        return {"layout": self.layout,
                "nodes": [{"code": c, **v} for c, v in self.nodes.items()],
                "edges": [e.to_dict() for e in self.edges]}


def build(rows: Iterable[Mapping[str, Any]], *, max_edges: int = 60) -> Network:
    """Rows with keys a, b, cooperation, conflict, score_sum (already grouped per pair)."""
    edges: dict[tuple[str, str], Edge] = {}
    for r in rows:
        a, b = sorted((r["a"], r["b"]))
        if a == b:
            continue
        e = edges.setdefault((a, b), Edge(a, b))
        e.cooperation += int(r.get("cooperation") or 0)
        e.conflict += int(r.get("conflict") or 0)
        e.score_sum += float(r.get("score_sum") or 0.0)
    kept = sorted(edges.values(), key=lambda e: (-e.events, e.a, e.b))[:max_edges]
    net = Network(edges=kept)
    for e in kept:
        for c in (e.a, e.b):
            net.nodes.setdefault(c, {"events": 0})["events"] += e.events
    _layout(net)
    return net


def _layout(net: Network) -> None:
    codes = sorted(net.nodes, key=lambda c: (-net.nodes[c]["events"], c))
    if not codes:
        return
    pos: dict[str, tuple[float, float]]
    try:
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(codes)
        for e in net.edges:
            g.add_edge(e.a, e.b, weight=math.log1p(e.events))
        raw = nx.spring_layout(g, seed=7, weight="weight", iterations=100)
        pos = {c: (float(raw[c][0]), float(raw[c][1])) for c in codes}
        net.layout = "spring (networkx)"
    except ImportError:
        n = len(codes)
        pos = {c: (math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i, c in enumerate(codes)}
        net.layout = "circular"
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    for c, (x, y) in pos.items():
        # normalise into [0, 1] so the renderer picks the canvas size
        net.nodes[c]["x"] = round((x - min(xs)) / span_x, 4) if len(codes) > 1 else 0.5
        net.nodes[c]["y"] = round((y - min(ys)) / span_y, 4) if len(codes) > 1 else 0.5
