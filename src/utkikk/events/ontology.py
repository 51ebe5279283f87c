"""The PLOVER ontology as data: event types, modes, quad class and cooperation-conflict score."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..datafiles import load_yaml


@dataclass(frozen=True)
class EventType:
    name: str
    quad: str
    score: float
    modes: tuple[str, ...]
    description: str


@cache
def _data() -> dict:
    return load_yaml(Path(__file__).parent / "plover.yaml")


@cache
def event_types() -> dict[str, EventType]:
    """The 16 PLOVER types by name."""
    return {
        name: EventType(name, d["quad"], float(d["score"]), tuple(d.get("modes") or ()), d.get("description", ""))
        for name, d in _data()["types"].items()
    }


def score(type_: str, mode: str | None = None) -> float | None:
    """Cooperation (+) / conflict (-) score of an event type, refined by its mode when the mode shifts it."""
    if mode and f"{type_}/{mode}" in _data().get("mode_scores", {}):
        return float(_data()["mode_scores"][f"{type_}/{mode}"])
    et = event_types().get(type_)
    return et.score if et else None


def is_symmetric(type_: str) -> bool:
    """AGREE, CONSULT and COOPERATE relate both sides equally: A–B is the same event as B–A."""
    return type_ in _data().get("symmetric", [])


def is_conflict(type_: str) -> bool:
    et = event_types().get(type_)
    return bool(et and et.quad.endswith("conflict"))
