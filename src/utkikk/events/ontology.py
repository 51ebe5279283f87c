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


def _tone(type_: str, tone: str | None) -> dict | None:
    return _data().get("tones", {}).get(f"{type_}/{tone}") if tone else None


def tones(type_: str) -> tuple[str, ...]:
    """The tones a type is told apart by (REQUEST: appeal, demand); empty for the others."""
    return tuple(k.split("/", 1)[1] for k in _data().get("tones", {}) if k.split("/", 1)[0] == type_)


def score(type_: str, mode: str | None = None, tone: str | None = None) -> float | None:
    """Cooperation (+) / conflict (-) score of an event type, refined by its tone (a demand is not an
    appeal) or else by its mode when the mode shifts it."""
    if (t := _tone(type_, tone)) is not None:
        return float(t["score"])
    if mode and f"{type_}/{mode}" in _data().get("mode_scores", {}):
        return float(_data()["mode_scores"][f"{type_}/{mode}"])
    et = event_types().get(type_)
    return et.score if et else None


def is_symmetric(type_: str) -> bool:
    """AGREE, CONSULT and COOPERATE relate both sides equally: A–B is the same event as B–A."""
    return type_ in _data().get("symmetric", [])


def quad(type_: str, tone: str | None = None) -> str | None:
    """PLOVER's quad class of a type, or of its tone where the tone decides (a demand is verbal conflict)."""
    if (t := _tone(type_, tone)) is not None:
        return str(t["quad"])
    et = event_types().get(type_)
    return et.quad if et else None


def is_conflict(type_: str, tone: str | None = None) -> bool:
    return (quad(type_, tone) or "").endswith("conflict")
