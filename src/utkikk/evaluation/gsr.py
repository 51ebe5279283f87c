"""PLOVER's gold-standard records (``../shared/data/plover/PLOVER_GSR_CAMEO.json``) as an English
development set: one sentence and one coded event per record, from the CAMEO manual's examples.

Why: the English dev sentences of the treebank are few and mostly not about states; the GSR gives
about 200 sentences with an event between two states, one per CAMEO category, so it measures how
widely the English lexicon and argument rules reach. The text is read at run time, never copied.

The file predates PLOVER 2021, so its labels are mapped (DEMAND is REQUEST; FIGHT is ASSAULT;
DISAPPROVE and INVESTIGATE are ACCUSE), and PLOVER codes an announced intent to cooperate as
AGREE: a ``future`` event of a cooperative type counts as AGREE. Records whose source and target
are the same state (domestic events, told apart only by sector) are left out: the coder works at
the level of states and organisations. Each record's part, ``tune`` (2/3) or ``check`` (1/3), is
fixed by a hash of its id.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ..record import Article, Event
from .corpora import CorpusMissing, data_dir

PATH = "plover/PLOVER_GSR_CAMEO.json"
LABELS = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
# an intent to do one of these is, in PLOVER, an agreement (CAMEO 03 "express intent to cooperate")
INTENT_IS_AGREE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    type: str
    sources: frozenset[str]
    targets: frozenset[str]

    @property
    def split(self) -> str:
        return "check" if int(hashlib.sha1(self.id.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def _codes(value: Any) -> frozenset[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return frozenset(str(x.get("code") if isinstance(x, dict) else x) for x in items)


def load(split: str = "all") -> list[Record]:
    """The international records of one part (``tune``, ``check`` or ``all``)."""
    path = data_dir() / PATH
    if not path.exists():
        raise CorpusMissing(f"{path}: the PLOVER gold-standard records are not beside the checkout")
    out = []
    for r in json.loads(path.read_text(encoding="utf-8")):
        if not r.get("text") or r.get("event") in (None, "DOCUMENT"):
            continue
        src, tgt = _codes(r.get("source")), _codes(r.get("target"))
        if not src or not tgt or src & tgt or "None" in src | tgt:
            continue
        rec = Record(r["id"], r["text"], LABELS.get(r["event"], r["event"]), src, tgt)
        if split in ("all", rec.split):
            out.append(rec)
    return out


def as_plover(event: Event) -> str:
    """The type PLOVER's records give an event: an announced cooperative act is AGREE."""
    return "AGREE" if event.modality == "future" and event.type in INTENT_IS_AGREE else event.type


def score(records: list[Record], articles: list[Article]) -> dict[str, float | int]:
    """Share of records whose event type is found in its sentence, and with source and target right."""
    typed = full = 0
    for rec, art in zip(records, articles, strict=True):
        evs = [e for e in art.events if e.asserted and as_plover(e) == rec.type]
        typed += bool(evs)
        full += any(e.source in rec.sources and e.target in rec.targets for e in evs)
    n = len(records)
    return {"records": n, "type": round(typed / n, 3) if n else 0.0, "triple": round(full / n, 3) if n else 0.0}


def articles(records: list[Record]) -> list[Article]:
    return [Article(doc=rec.id, text=rec.text, lang="en") for rec in records]
