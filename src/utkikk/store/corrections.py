"""Analysts' corrections of coded events, and their export as gold annotations.

Why: an event the coder got wrong stays in every chart until someone can say so. A correction
marks a report wrong or fixes its type, source, target or modality. The report row takes the new
values at once, in the same transaction its dyads are recounted (``aggregates.recount_dyads``),
so every aggregate agrees; the row is flagged ``corrected`` (and ``retracted`` when marked wrong)
and the coder's original values stay in ``corrections.before``, so a page can show both.

:func:`export_gold` writes what the analysts decided in the gold format of
``../shared/gold/FORMAT.md``: per article, the reports confirmed or fixed as ``events`` and those
marked wrong as ``forbidden``, keyed by the article's file name, ready for the development set.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import insert, select, update

from ..events.ontology import event_types, quad, score, tones
from . import aggregates
from . import schema as t
from .counting import ALL_MODALITIES

ACTIONS = ("wrong", "fix")
FIELDS = ("source", "target", "type", "modality", "tone")
MAX_REASON = 2000


FORM_FIELDS = ("action", "reason", "source", "target", "type", "modality", "tone", "author")


class CorrectionIn(BaseModel):
    """A correction as the HTTP API takes it."""

    action: str = Field("fix", description="wrong (the event did not happen as coded) or fix")
    reason: str = Field(..., description="Why: shown with the correction and exported")
    source: str | None = Field(None, description="Corrected source actor code")
    target: str | None = Field(None, description="Corrected target actor code ('*' for none)")
    type: str | None = Field(None, description="Corrected PLOVER type")
    modality: str | None = Field(None, description="Corrected modality: " + ", ".join(ALL_MODALITIES))
    tone: str | None = Field(None, description="REQUEST: demand or appeal")
    author: str | None = Field(None, max_length=100, description="Who corrected (free text)")


class CorrectionError(ValueError):
    """A correction that cannot be applied; the message says which field and why."""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _checked(action: str, reason: str, changes: dict[str, str | None], row: Any) -> dict[str, Any]:
    """The corrected field values, validated against the ontology and the actor code form."""
    from .queries import QueryError, check_code

    if action not in ACTIONS:
        raise CorrectionError(f"action must be one of {', '.join(ACTIONS)}, got {action!r}")
    reason = (reason or "").strip()
    if not reason:
        raise CorrectionError("reason is required: say why the event is wrong or what was fixed")
    if len(reason) > MAX_REASON:
        raise CorrectionError(f"reason is too long ({len(reason)} characters, at most {MAX_REASON})")
    after = {f: getattr(row, f) for f in FIELDS}
    if action == "wrong":
        return after
    given = {k: v for k, v in changes.items() if v not in (None, "")}
    if not given:
        raise CorrectionError("a fix changes at least one of type, source, target, modality")
    if "type" in given:
        typ = str(given["type"]).strip().upper()
        if typ not in event_types():
            raise CorrectionError(f"type must be one of {', '.join(event_types())}, got {given['type']!r}")
        after["type"] = typ
    for side in ("source", "target"):
        if side in given:
            try:
                after[side] = check_code(str(given[side]), side)
            except QueryError as exc:
                raise CorrectionError(str(exc)) from None
    if after["source"] == after["target"]:
        raise CorrectionError(f"source and target are the same actor ({after['source']})")
    if "modality" in given:
        mod = str(given["modality"]).strip().lower()
        if mod not in ALL_MODALITIES:
            raise CorrectionError(f"modality must be one of {', '.join(ALL_MODALITIES)}, got {given['modality']!r}")
        after["modality"] = mod
    type_tones = tones(after["type"])
    if "tone" in given:
        if given["tone"] not in type_tones:
            raise CorrectionError(f"tone of {after['type']} must be one of {', '.join(type_tones) or '(none)'}, "
                                  f"got {given['tone']!r}")
        after["tone"] = given["tone"]
    elif after["tone"] not in type_tones:
        after["tone"] = type_tones[0] if type_tones else None
    return after


def correct(store: Any, event_id: int, *, action: str, reason: str, source: str | None = None,
            target: str | None = None, type: str | None = None, modality: str | None = None,
            tone: str | None = None, author: str | None = None) -> dict[str, Any]:
    """Apply one correction to report ``event_id``; returns the stored correction."""
    E = t.events
    with store._write() as conn:
        row = conn.execute(select(E).where(E.c.id == event_id)).first()
        if row is None:
            raise LookupError(f"no event {event_id}")
        after = _checked(action, reason, {"source": source, "target": target, "type": type,
                                          "modality": modality, "tone": tone}, row)
        first = conn.execute(select(t.corrections.c.before).where(t.corrections.c.event_id == event_id)
                             .order_by(t.corrections.c.id)).first()
        before = first[0] if first else {f: getattr(row, f) for f in FIELDS}  # always the coder's values
        mod = after["modality"] or "asserted"
        flags = {"negated": mod in ("negated", "denied"), "hypothetical": mod in ("conditional", "hypothetical")}
        counts = action != "wrong" and mod in ("asserted", "future")
        gid = row.group_id
        if not counts:
            _leave_group(conn, row)
            gid = None
        elif gid is None or (after["source"], after["target"], after["type"]) != (row.source, row.target, row.type):
            _leave_group(conn, row)
            gid = store._event_group(conn, after["source"], after["target"], after["type"], row.date)
        mode = row.mode if row.mode in event_types()[after["type"]].modes else None  # a retyped event keeps no foreign mode
        # the sector the coder read belongs to the actor it read: a side given another actor has none known
        sectors = {f"{side}_sector": None for side in ("source", "target") if after[side] != getattr(row, side)}
        conn.execute(update(E).where(E.c.id == event_id).values(**sectors,
            source=after["source"], target=after["target"], type=after["type"], mode=mode, modality=mod, tone=after["tone"],
            quad=quad(after["type"], after["tone"], mode), score=score(after["type"], mode, after["tone"]),
            group_id=gid, corrected=True, retracted=action == "wrong", **flags))
        at = _now()
        cid = conn.execute(insert(t.corrections).values(
            event_id=event_id, at=at, action=action, reason=reason.strip(), before=before, after=after,
            author=(author or None))).inserted_primary_key[0]
        aggregates.recount_dyads(conn, {(row.source, row.target), (after["source"], after["target"])})
    return {"id": cid, "event_id": event_id, "at": at.isoformat(timespec="seconds"), "action": action,
            "reason": reason.strip(), "before": before, "after": after, "author": author or None}


def _leave_group(conn: Any, row: Any) -> None:
    """The report no longer tells its event group's event: the group has one report fewer."""
    G = t.event_groups
    if row.group_id is not None:
        conn.execute(update(G).where(G.c.id == row.group_id).values(reports=G.c.reports - 1))


def corrections(store: Any, event_id: int | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Corrections, newest first (of one report when ``event_id``), with the report's article."""
    C, E, A = t.corrections, t.events, t.articles
    q = (select(C, A.c.id.label("article_id"), A.c.doc, E.c.sentence)
         .select_from(C.join(E, E.c.id == C.c.event_id).join(A, A.c.id == E.c.article_id))
         .order_by(C.c.id.desc()).limit(limit))
    if event_id is not None:
        q = q.where(C.c.event_id == event_id)
    with store.engine.connect() as conn:
        out = []
        for r in conn.execute(q):
            d = dict(r._mapping)
            d["at"] = d["at"].isoformat(timespec="seconds") if d["at"] else None
            out.append(d)
    return out


def latest_for(store: Any, event_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The newest correction of each of these reports, by report id."""
    if not event_ids:
        return {}
    Cn = t.corrections
    out: dict[int, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(event_ids), 500):
            q = select(Cn).where(Cn.c.event_id.in_(event_ids[i:i + 500])).order_by(Cn.c.id)
            for r in conn.execute(q):
                d = dict(r._mapping)
                d["at"] = d["at"].isoformat(timespec="seconds") if d["at"] else None
                out[r.event_id] = d
    return out


def _evidence(sentence: str, limit: int = 80) -> str:
    """A substring of the evidence sentence for the gold ``ev`` field: its first words."""
    words = " ".join(sentence.split())
    return words if len(words) <= limit else words[:limit].rsplit(" ", 1)[0]


def gold_records(store: Any) -> list[dict[str, Any]]:
    """One gold record per corrected article: its counted reports as ``events``, the reports
    analysts marked wrong as ``forbidden``."""
    E, A = t.events, t.articles
    with store.engine.connect() as conn:
        ids = [a for (a,) in conn.execute(select(E.c.article_id).distinct().where(E.c.corrected.is_(True))
                                          .order_by(E.c.article_id))]
        out = []
        for aid in ids:
            art = conn.execute(select(A.c.doc, A.c.lang, A.c.published).where(A.c.id == aid)).one()
            rows = conn.execute(select(E).where(E.c.article_id == aid).order_by(E.c.sent_start, E.c.id)).all()
            events, forbidden = [], []
            for r in rows:
                ev = _evidence(r.sentence)
                if r.retracted:
                    forbidden.append({"type": r.type, "actors": [r.source, r.target], "ev": ev})
                elif r.modality in ("asserted", None) and not (r.negated or r.hypothetical):
                    events.append({"src": r.source, "type": r.type, "tgt": r.target, "core": bool(r.corrected),
                                   "ev": ev, "alt": []})
            mentioned = conn.execute(select(t.mentions.c.code).distinct().where(t.mentions.c.article_id == aid))
            actors = sorted({c for (c,) in mentioned} | {c for r in rows if not r.retracted
                                                         for c in (r.source, r.target) if c != "*"})
            out.append({"doc": art.doc, "lang": art.lang, "published": (art.published or "")[:10] or None,
                        "actors": actors, "persons": {}, "quotes": [], "events": events, "forbidden": forbidden})
    return out


def export_gold(store: Any, out_dir: str | Path) -> list[Path]:
    """Write ``<doc>.gold.json`` per corrected article into ``out_dir``; returns the files written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for rec in gold_records(store):
        stem = Path(rec["doc"].replace("#", "_")).name
        stem = stem[:-4] if stem.endswith(".txt") else stem
        path = out / f"{stem}.gold.json"
        path.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written
