"""The real-text development set: annotations joined to corpus sentences and scored.

Each line of ``devset/<lang>.jsonl`` annotates one sentence as one gold document in the format
of ``shared/gold/FORMAT.md`` (``ev`` is empty: the document is the sentence), keyed by corpus
file and sentence key, with the trigger word of each event and the sentence's split (``tune`` or
``check``, drawn once at random when the set was built). Scoring runs the coder over the
sentences and hands its output to the shared scorer (``shared/tools/score_gold.py``) unchanged.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from . import corpora

ROOT = Path(__file__).resolve().parents[3]
DEVSET = ROOT / "devset"
LANGS = ("nb", "nn", "da", "sv", "en")


def _tool(name: str) -> ModuleType:
    path = corpora.data_dir().parent / "tools" / f"{name}.py"
    if not path.is_file():
        raise corpora.CorpusMissing(f"{path}: shared tool not found (is ../shared beside the checkout?)")
    spec = importlib.util.spec_from_file_location(f"shared_{name}", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@cache
def scorer() -> ModuleType:
    """``shared/tools/score_gold.py`` as a module: the same scorer the held-out measurement uses."""
    return _tool("score_gold")


def reserved_keys(rel: str) -> set[str]:
    """Keys of the sentences of a corpus file reserved for measurement (never annotate them)."""
    return set(_tool("reserved").reserved_keys(corpora.data_dir() / rel))


def load(lang: str, split: str | None = None) -> list[dict[str, Any]]:
    """The annotation records of one language, optionally of one split (``tune`` / ``check``)."""
    path = DEVSET / f"{lang}.jsonl"
    if not path.is_file():
        return []
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in recs if split is None or r.get("split") == split]


def gold_doc(rec: dict[str, Any]) -> dict[str, Any]:
    """One annotation as a gold document for the scorer."""
    code = scorer().code  # UN organs count as the UN, on the gold side too
    return {
        "doc": doc_name(rec), "lang": rec["lang"], "published": rec.get("published", ""),
        "actors": [code(a) for a in rec.get("actors", [])], "persons": {}, "quotes": [],
        "events": [{"src": code(e["src"]), "type": e["type"], "tgt": code(e["tgt"]), "core": e.get("core", True),
                    "alt": e.get("alt", []), "ev": ""} for e in rec.get("events", [])],
        "forbidden": [{"type": f["type"], "actors": [code(a) for a in f["actors"]], "ev": ""}
                      for f in rec.get("forbidden", [])],
    }


def doc_name(rec: dict[str, Any]) -> str:
    return f'{rec["file"]}#{rec["sent"]}'


def text(rec: dict[str, Any]) -> str:
    return corpora.sentence(rec["file"], rec["sent"])


def run(recs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Code every annotated sentence with the full pipeline; the ``extract --jsonl`` objects."""
    from ..pipeline import analyse_batch
    from ..record import Article

    recs = list(recs)
    arts = [Article(doc=doc_name(r), text=text(r), lang=r["lang"]) for r in recs]
    return [a.to_json() for a in analyse_batch(arts)]


def argument_counts(out: dict[str, Any], gold: dict[str, Any]) -> tuple[int, int]:
    """(core events whose type the coder found in their sentence, of those with source and target right).

    Why: event F1 mixes two failures, a missing trigger and wrong arguments; this separates the
    second ("with the right trigger, source and target are both right for N % of core events").
    A core event counts as typed when it is found, or when an event of its type was coded from
    its sentence (the one holding its evidence span ``ev``; the whole document where there is
    none, as in the development set's one-sentence documents)."""
    sg = scorer()
    evs = out.get("events") or []  # the printed events, as the scorer reads them
    typed = right = 0
    for g in gold.get("events") or []:
        if not g.get("core"):
            continue
        if any(sg.ev_match(e, g) for e in evs):  # found (the scorer counts it wherever it is told)
            typed += 1
            right += 1
            continue
        ev = sg.norm(g.get("ev") or "")
        types = {g["type"], *g.get("alt", [])}
        typed += any(e.get("type") in types and (not ev or ev in sg.norm(e.get("sentence") or "")) for e in evs)
    return typed, right


def score(recs: list[dict[str, Any]], outs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Totals over the records: event recall, precision, F1, forbidden hits, and the misses."""
    sg = scorer()
    outs = run(recs) if outs is None else outs
    by_doc = {o["doc"]: o for o in outs}
    tot = {"core_found": 0, "core_total": 0, "events_ok": 0, "events_out": 0, "forbidden_hits": 0,
           "typed": 0, "args_ok": 0}
    missed: list[str] = []
    spurious: list[str] = []
    for rec in recs:
        out, gold = by_doc.get(doc_name(rec), {}), gold_doc(rec)
        r = {**sg.score_doc(out, gold), **dict(zip(("typed", "args_ok"), argument_counts(out, gold), strict=True))}
        for k in tot:
            tot[k] += r[k]
        missed += [f"{doc_name(rec)}: {m}" for m in r["missed"]]
        spurious += [f"{doc_name(rec)}: {s}" for s in r["spurious"]]
    return {**_summary(len(recs), tot), "missed": missed, "spurious": spurious}


def score_files(paths: list[Path], gold_dir: Path) -> dict[str, Any]:
    """Read and code article files (as ``utkikk extract`` does) and score them against a gold folder."""
    from ..ingest import read_inputs
    from ..pipeline import analysed
    from ..record import Reject

    sg = scorer()
    outs = {}
    for item in analysed(read_inputs([str(p) for p in paths])):
        if not isinstance(item, Reject):
            outs[Path(item.doc).name] = item.to_json()
    tot = {"core_found": 0, "core_total": 0, "events_ok": 0, "events_out": 0, "forbidden_hits": 0,
           "typed": 0, "args_ok": 0}
    docs = 0
    for gp in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        out = outs.get(gold["doc"], {})
        r = {**sg.score_doc(out, gold), **dict(zip(("typed", "args_ok"), argument_counts(out, gold), strict=True))}
        docs += 1
        for k in tot:
            tot[k] += r[k]
    return _summary(docs, tot)


def _summary(docs: int, tot: dict[str, int]) -> dict[str, Any]:
    rec_ = tot["core_found"] / max(1, tot["core_total"])
    prec = tot["events_ok"] / max(1, tot["events_out"])
    f1 = 2 * rec_ * prec / max(1e-9, rec_ + prec)
    args = round(tot["args_ok"] / tot["typed"], 3) if tot.get("typed") else None
    return {"docs": docs, "recall": round(rec_, 3), "precision": round(prec, 3), "f1": round(f1, 3),
            "forbidden": tot["forbidden_hits"], "arg_acc": args, **tot}
