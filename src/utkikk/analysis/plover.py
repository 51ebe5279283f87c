"""Events as records in the PLOVER manual's JSON layout ("JSON Data Fields" chapter).

Core fields: id, date, source and recipient (lists of actor objects with code, sector, actor_text),
event (list of categories), mode, context, quad_code (1 verbal coop, 2 material coop, 3 verbal
conflict, 4 material conflict), event_scale (our cooperation–conflict score), event_text (the
trigger), text (the evidence sentence), text_info (offsets), cite_info (url, title, language,
publication), coder. Negated/hypothetical reports carry ``has_event: false``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

QUAD_CODE = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}
CODER = "utkikk"


def plover_record(e: Mapping[str, Any]) -> dict[str, Any]:
    """One event row (as :func:`utkikk.store.queries.events` returns it) in PLOVER's layout."""
    date = e.get("date") or ""
    rec: dict[str, Any] = {
        "id": f"utkikk-{e['id']}",
        "has_event": not (e.get("negated") or e.get("hypothetical")),
        "date": date if len(date) == 10 else (date + "-01" if len(date) == 7 else date),
        "source": [{"code": e["source"], "actor_text": None}],
        "recipient": [] if e.get("target") in (None, "*") else [{"code": e["target"]}],
        "event": [e["type"]],
        "mode": [e["mode"]] if e.get("mode") else [],
        "context": list(e.get("context") or []),
        "quad_code": QUAD_CODE.get(e.get("quad") or ""),
        "event_scale": e.get("score"),
        "event_text": [e["trigger"]] if e.get("trigger") else [],
        "text": e.get("sentence"),
        "text_info": {"start": e.get("sent_start"), "end": e.get("sent_end"), "is_story": False},
        "cite_info": {"url": e.get("url"), "title": e.get("article_title"), "language": e.get("lang"),
                      "publication": e.get("outlet"), "citation": e.get("article_doc")},
        "coder": CODER,
        "link": f"utkikk-group-{e['group_id']}" if e.get("group_id") is not None else None,
        "comment": "; ".join(k for k in ("negated", "hypothetical") if e.get(k)) or None,
    }
    if len(date) == 7:
        rec["date_resolution"] = "month"
    if e.get("speaker"):
        rec["source"][0]["actor_text"] = None
        rec["speaker"] = e["speaker"]
    return rec


EXPORT_COLUMNS = [
    "id", "date", "source", "target", "type", "mode", "quad", "score", "negated", "hypothetical", "context",
    "speaker", "trigger", "sentence", "group_id", "article_id", "article_title", "article_doc", "outlet", "lang",
    "url", "published",
]


def flat_record(e: Mapping[str, Any]) -> dict[str, Any]:
    """One event row flattened for CSV/Parquet/DataFrames (context joined with ';')."""
    d = {k: e.get(k) for k in EXPORT_COLUMNS}
    d["context"] = ";".join(e.get("context") or [])
    return d
