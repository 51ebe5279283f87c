"""Drop broad-lexicon entries that only add false events on the development set's tune part.

usage: .venv/bin/python tools/lexicon_prune.py [LANG...] [--dry-run] [--min-false N]

For every event the coder prints on the tune sentences, the pattern that produced it is
credited with a hit (the event matches the sentence's gold) or a false event (it matches none,
or it is a forbidden one). An entry of ``lexicon.yaml`` with N (default 2: one false event is
an anecdote, not a pattern) or more false events and no hit is removed
from the file and listed, with its counts, in ``devset/pruned-<lang>.txt`` (the English
generator reads that list too). Hand-made ``triggers.yaml`` entries are never touched: they are
reviewed by hand. The check part is never read.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from utkikk.evaluation import devset
from utkikk.events.triggers import lexicon
from utkikk.pipeline import analyse_batch
from utkikk.record import Article

LANG_DIR = Path(__file__).resolve().parents[1] / "src" / "utkikk" / "lang"
MATCH = re.compile(r"match:\s*(?:\"([^\"]*)\"|'([^']*)'|([^,}]+))")


def tally(lang: str) -> tuple[collections.Counter, collections.Counter]:
    """(hits, false events) per pattern over the tune part."""
    sg = devset.scorer()
    recs = devset.load(lang, "tune")
    arts = analyse_batch([Article(doc=devset.doc_name(r), text=devset.text(r), lang=lang) for r in recs])
    hits: collections.Counter = collections.Counter()
    false: collections.Counter = collections.Counter()
    for rec, art in zip(recs, arts, strict=True):
        gold = devset.gold_doc(rec)
        for ev in art.events:
            if not ev.asserted:
                continue
            e = {"source": ev.source, "target": ev.target, "type": ev.type, "sentence": ev.sentence}
            ok = any(sg.ev_match(e, g) for g in gold["events"])
            bad = any(sg.forbidden_hit(e, f) for f in gold["forbidden"])
            (hits if ok and not bad else false)[ev.pattern] += 1
    return hits, false


def pattern_of(line: str) -> str | None:
    m = MATCH.search(line)
    if not m or not line.lstrip().startswith("-"):
        return None
    return " ".join(next(g for g in m.groups() if g is not None).lower().split())


def main() -> None:
    argv = sys.argv[1:]
    min_false = 2
    if "--min-false" in argv:
        i = argv.index("--min-false")
        min_false = int(argv[i + 1])
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    dry = "--dry-run" in argv
    for lang in args or list(devset.LANGS):
        path = LANG_DIR / lang / "lexicon.yaml"
        if not path.is_file() or not devset.load(lang, "tune"):
            continue
        hand = {" ".join(str(t["match"]).lower().split())
                for t in (devset_lang_triggers(lang))}
        hits, false = tally(lang)
        drop = {p for p in false if hits[p] == 0 and false[p] >= min_false and p not in hand}
        lines = path.read_text(encoding="utf-8").splitlines()
        kept = [ln for ln in lines if pattern_of(ln) not in drop]
        print(f"{lang}: {len(drop)} entries dropped; broad patterns with hits: "
              f"{sum(1 for p in hits if p not in hand)}; {len(lexicon(lang).triggers)} patterns before")
        for p in sorted(drop):
            print(f"   - {p}  (false {false[p]})")
        if dry or not drop:
            continue
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")
        log = devset.DEVSET / f"pruned-{lang}.txt"
        old = log.read_text(encoding="utf-8").splitlines() if log.is_file() else []
        log.write_text("\n".join(sorted({*old, *(f"{p}\t{false[p]}" for p in drop)})) + "\n", encoding="utf-8")


def devset_lang_triggers(lang: str) -> list[dict]:
    from utkikk.actors.kb import lang_data

    return lang_data(lang, "triggers").get("triggers") or []


if __name__ == "__main__":
    main()
