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


def _tone(type_: str, tone: str | None, mode: str | None = None) -> dict | None:
    """The entry of a tone, refined by the mode where the table has one (an appeal to yield)."""
    if not tone:
        return None
    table = _data().get("tones", {})
    return table.get(f"{type_}/{tone}/{mode}") or table.get(f"{type_}/{tone}")


def tones(type_: str) -> tuple[str, ...]:
    """The tones a type is told apart by (REQUEST: appeal, demand); empty for the others."""
    keys = (k.split("/") for k in _data().get("tones", {}))
    return tuple(dict.fromkeys(k[1] for k in keys if k[0] == type_))


def score(type_: str, mode: str | None = None, tone: str | None = None) -> float | None:
    """Cooperation (+) / conflict (-) score of an event type, refined by its tone (a demand is not an
    appeal) or else by its mode when the mode shifts it."""
    if (t := _tone(type_, tone, mode)) is not None:
        return float(t["score"])
    if mode and f"{type_}/{mode}" in _data().get("mode_scores", {}):
        return float(_data()["mode_scores"][f"{type_}/{mode}"])
    et = event_types().get(type_)
    return et.score if et else None


def is_symmetric(type_: str) -> bool:
    """AGREE, CONSULT and COOPERATE relate both sides equally: A–B is the same event as B–A."""
    return type_ in _data().get("symmetric", [])


def quad(type_: str, tone: str | None = None, mode: str | None = None) -> str | None:
    """PLOVER's quad class of a type, or of its tone (and mode) where they decide: a demand, or an
    appeal to yield, is verbal conflict."""
    if (t := _tone(type_, tone, mode)) is not None:
        return str(t["quad"])
    et = event_types().get(type_)
    return et.quad if et else None


def is_conflict(type_: str, tone: str | None = None, mode: str | None = None) -> bool:
    return (quad(type_, tone, mode) or "").endswith("conflict")
