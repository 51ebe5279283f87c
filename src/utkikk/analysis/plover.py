"""Events as records in the PLOVER manual's JSON layout ("JSON Data Fields" chapter).

Core fields: id, date, source and recipient (lists of actor objects with code, actor_text, name and
agent: the sector the text gives the actor, also as source_agent / target_agent),
event (list of categories), mode, context, quad_code (1 verbal coop, 2 material coop, 3 verbal
conflict, 4 material conflict), event_scale (our cooperation–conflict score), event_text (the
trigger), text (the evidence sentence), text_info (offsets), cite_info (url, title, language,
publication), coder. Only asserted reports carry ``has_event: true``; ``modality`` says what the
others are (future, negated, conditional …), ``date_resolution`` how much of the date is known.
``geolocation`` is where the event happened as the sentence names it (events/locations.py): the
words, the gazetteer's name, the state it lies in, the point, and its kind; null where none.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..store.queries import actor_name

QUAD_CODE = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}
CODER = "utkikk"


PRECISION = {10: "day", 7: "month", 4: "year"}


def iso_date(text: str | None) -> tuple[str | None, str | None]:
    """``(ISO date, precision)`` of a stored date of day, month or year precision.

    Why: stored dates say only as much as the text did ("2022-03", "2014"); a column that mixes
    such strings cannot be parsed as dates. The ISO date is the first day of the period, and the
    precision says how much of it is known, so analysts can both parse and filter."""
    text = (text or "").strip()
    precision = PRECISION.get(len(text))
    if precision is None or not text[:4].isdigit():
        return None, None
    return {"day": text, "month": text + "-01", "year": text + "-01-01"}[precision], precision


def _actor(code: str | None, text: str | None, sector: str | None = None) -> dict[str, Any] | None:
    if code in (None, "*"):
        return None
    return {"code": code, "actor_text": text or None, "name": actor_name(code), "agent": sector or None}


def plover_record(e: Mapping[str, Any]) -> dict[str, Any]:
    """One event row (as :func:`utkikk.store.queries.events` returns it) in PLOVER's layout."""
    date, precision = iso_date(e.get("date"))
    modality = e.get("modality") or ("negated" if e.get("negated") else
                                      "hypothetical" if e.get("hypothetical") else "asserted")
    source = _actor(e.get("source"), e.get("source_text"), e.get("source_sector"))
    target = _actor(e.get("target"), e.get("target_text"), e.get("target_sector"))
    rec: dict[str, Any] = {
        "id": f"utkikk-{e['id']}",
        "has_event": modality == "asserted" and not e.get("retracted"),
        "modality": modality,
        "date": date,
        "date_resolution": precision,
        "source": [source] if source else [],
        "recipient": [target] if target else [],
        # PLOVER's agent of each side: the sector (CAMEO agent code) the text gives the actor
        "source_agent": e.get("source_sector") or None,
        "target_agent": e.get("target_sector") or None,
        "event": [e["type"]],
        "mode": [e["mode"]] if e.get("mode") else [],
        "tone": e.get("tone"),
        "context": list(e.get("context") or []),
        "quad_code": QUAD_CODE.get(e.get("quad") or ""),
        "event_scale": e.get("score"),
        "event_text": [e["trigger"]] if e.get("trigger") else [],
        "text": e.get("sentence"),
        "text_info": {"start": e.get("sent_start"), "end": e.get("sent_end"),
                      "trigger_start": e.get("trig_start"), "trigger_end": e.get("trig_end"), "is_story": False},
        "speaker": e.get("speaker"),
        "language": e.get("lang"),
        "publication": e.get("outlet"),
        "cite_info": {"url": e.get("url"), "title": e.get("article_title"), "language": e.get("lang"),
                      "publication": e.get("outlet"), "published": e.get("published"),
                      "citation": e.get("article_doc")},
        "coder": CODER,
        "corrected": bool(e.get("corrected")),
        "link": f"utkikk-group-{e['group_id']}" if e.get("group_id") is not None else None,
        "comment": None if modality == "asserted" else modality,
        "geolocation": _geolocation(e),
    }
    return rec


def _geolocation(e: Mapping[str, Any]) -> dict[str, Any] | None:
    if not e.get("place_name"):
        return None
    return {"text": e.get("place"), "placename": e.get("place_name"), "country": e.get("place_country"),
            "lat": e.get("place_lat"), "lon": e.get("place_lon"), "kind": e.get("place_kind")}


EXPORT_COLUMNS = [
    "id", "date", "date_precision", "date_text", "source", "source_name", "source_text", "source_sector", "target",
    "target_name", "target_text", "target_sector", "type", "mode", "tone", "quad", "score", "modality", "negated", "hypothetical", "corrected",
    "retracted", "context", "speaker", "trigger", "sentence", "group_id", "article_id", "article_title",
    "article_doc", "outlet", "lang", "url", "published",
    "place", "place_name", "place_country", "place_lat", "place_lon", "place_kind",
]


def flat_record(e: Mapping[str, Any]) -> dict[str, Any]:
    """One event row flattened for CSV/Parquet/DataFrames: ISO date with its precision (the stored
    text kept as ``date_text``), actor names, context joined with ';'."""
    d = {k: e.get(k) for k in EXPORT_COLUMNS}
    d["date_text"] = e.get("date")
    d["date"], d["date_precision"] = iso_date(e.get("date"))
    d["context"] = ";".join(e.get("context") or [])
    d["modality"] = e.get("modality") or ("negated" if e.get("negated") else
                                          "hypothetical" if e.get("hypothetical") else "asserted")
    for side in ("source", "target"):
        code = e.get(side)
        d[f"{side}_name"] = None if code in (None, "*") else actor_name(code)
    d["corrected"], d["retracted"] = bool(e.get("corrected")), bool(e.get("retracted"))
    return d
