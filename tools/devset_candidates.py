"""Pick development-set candidates: unreserved corpus sentences naming two or more political actors.

usage: .venv/bin/python tools/devset_candidates.py LANG N [--seed S] > keys.txt

Sentences are visited in a seeded random order (not the file's), reserved ones
(``shared/tools/reserved.py``) skipped, and the first N whose actor recognition finds two or
more distinct actor codes are printed as ``KEY<TAB>CODES``. Which sentences become candidates
depends only on the recogniser, never on the event coder, so the set does not favour the rules.
"""

from __future__ import annotations

import argparse
import random
import sys

from utkikk.evaluation import corpora
from utkikk.evaluation.devset import reserved_keys
from utkikk.pipeline import analyse_batch
from utkikk.record import Article


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--codes", type=int, default=2, help="distinct actor codes wanted (2: two or more; 1: exactly one)")
    a = ap.parse_args()
    rel = corpora.SOURCES[a.lang]
    sents = corpora.sentences(rel)
    reserved = reserved_keys(rel)
    keys = [k for k in sents if k not in reserved and len(sents[k].split()) >= 5]
    random.Random(a.seed).shuffle(keys)
    found = 0
    for start in range(0, len(keys), 200):
        chunk = keys[start:start + 200]
        arts = [Article(doc=k, text=sents[k], lang=a.lang) for k in chunk]
        for art in analyse_batch(arts):
            codes = sorted({m.code for m in art.mentions})
            if (len(codes) >= 2) if a.codes >= 2 else (len(codes) == a.codes):
                print(f"{art.doc}\t{' '.join(codes)}", flush=True)
                found += 1
                if found >= a.n:
                    return
    print(f"only {found} candidates in {rel}", file=sys.stderr)


if __name__ == "__main__":
    main()
