"""Merge annotation batches into ``devset/<lang>.jsonl`` and draw the tune/check split once.

usage: .venv/bin/python tools/devset_merge.py PART.jsonl... [--seed S]

Records are checked (known PLOVER types, actor codes in the knowledge base, the sentence exists
and is not reserved) and merged per language, sorted by key. A record already in the set keeps
its split; a new one gets ``tune`` or ``check`` from a seeded draw (2/3 tune), so re-running the
merge never moves a sentence between the parts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from utkikk.actors.kb import load as knowledge_base
from utkikk.evaluation import corpora, devset
from utkikk.events.ontology import event_types

FIELDS = ("file", "sent", "lang", "split", "actors", "events", "forbidden", "note")


def check(rec: dict, codes: set[str], types: set[str], reserved: set[str]) -> list[str]:
    errs = []
    if rec["sent"] in reserved:
        errs.append("reserved sentence")
    try:
        corpora.sentence(rec["file"], rec["sent"])
    except KeyError as exc:
        errs.append(str(exc))
    for e in rec.get("events", []):
        if e.get("type") not in types:
            errs.append(f"unknown type {e.get('type')}")
        for c in (e.get("src"), e.get("tgt")):
            if c != "*" and c not in codes:
                errs.append(f"unknown code {c}")
    for f in rec.get("forbidden", []):
        if f.get("type") not in types:
            errs.append(f"unknown forbidden type {f.get('type')}")
    return errs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("parts", nargs="+", type=Path)
    ap.add_argument("--seed", type=int, default=20261204)
    a = ap.parse_args()
    codes = set(knowledge_base().actors) | {"UN"}
    types = set(event_types())
    new: dict[str, dict[str, dict]] = {}
    bad = 0
    for part in a.parts:
        for n, line in enumerate(part.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            errs = check(rec, codes, types, devset.reserved_keys(rec["file"]))
            if errs:
                bad += 1
                print(f"{part}:{n}: {rec.get('sent')}: {'; '.join(errs)}", file=sys.stderr)
                continue
            new.setdefault(rec["lang"], {})[rec["sent"]] = rec
    for lang, recs in new.items():
        old = {r["sent"]: r for r in devset.load(lang)}
        merged = {**old, **{k: {**r, "split": old[k]["split"]} if k in old else r for k, r in recs.items()}}
        fresh = sorted(k for k, r in merged.items() if "split" not in r)
        rng = random.Random(f"{a.seed}-{lang}")
        rng.shuffle(fresh)
        for i, k in enumerate(fresh):
            merged[k]["split"] = "check" if i % 3 == 2 else "tune"
        out = devset.DEVSET / f"{lang}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for k in sorted(merged):
                r = merged[k]
                fh.write(json.dumps({f: r[f] for f in FIELDS if f in r}, ensure_ascii=False) + "\n")
        n_tune = sum(r["split"] == "tune" for r in merged.values())
        print(f"{lang}: {len(merged)} sentences ({n_tune} tune, {len(merged) - n_tune} check) -> {out}")
    if bad:
        print(f"{bad} records rejected", file=sys.stderr)


if __name__ == "__main__":
    main()
