"""Experiment: a trigger-and-type tagger trained on weak labels, measured against the lexicon alone.

usage: .venv/bin/python training/trigger_model/experiment.py LANG [--steps N]

1. Weak labels: every sentence of the language's development-set source file that is neither
   reserved (``shared/tools/reserved.py``) nor in the development set is coded by the lexicon
   (``utkikk.events.triggers.find_triggers`` over the shipped pipeline's lemmas and tags): each
   trigger's head token gets its PLOVER type, every other token ``O``. The tune part's own gold
   triggers are added with their annotated types (the correction by the tune set).
2. A spaCy tagger (tok2vec + tagger, CPU-sized) learns those labels from lower-cased words.
3. The coder runs on the development set twice, with the lexicon alone and with the tagger's
   predictions added as single-word triggers where the lexicon found none, and both are scored
   with the shared scorer on the tune and check parts.

Nothing is shipped: the figures go to ``training/trigger_model/RESULTS.md`` and decide whether a
model would earn a place in the pipeline (it must beat the lexicon on the check part without
losing precision).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

import utkikk.events as events_mod  # noqa: E402
from utkikk.evaluation import corpora, devset  # noqa: E402
from utkikk.events.triggers import Trigger, TriggerMatch, find_triggers  # noqa: E402
from utkikk.nlp import load  # noqa: E402

ONE_THREAD = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}


def weak_docs(lang: str, vocab: spacy.vocab.Vocab, limit: int) -> list[Doc]:
    rel = corpora.SOURCES[lang]
    sents = corpora.sentences(rel)
    skip = devset.reserved_keys(rel) | {r["sent"] for r in devset.load(lang)}
    keys = [k for k in sents if k not in skip]
    random.Random(7).shuffle(keys)
    keys = keys[:limit]
    nlp = load(lang)
    out = []
    for doc in nlp.pipe((sents[k] for k in keys), batch_size=64, disable=["ner"]):
        words = [t.lower_ for t in doc]
        tags = ["O"] * len(words)
        for m in find_triggers(words, [t.lemma_.lower() for t in doc], lang, [t.pos_ for t in doc]):
            tags[m.head] = m.trigger.type
        out.append(Doc(vocab, words=words, tags=tags))
    for rec in devset.load(lang, "tune"):
        doc = nlp(devset.text(rec))
        words = [t.lower_ for t in doc]
        tags = ["O"] * len(words)
        for e in rec["events"]:
            trig = (e.get("trigger") or "").lower()
            for i, w in enumerate(words):
                if w == trig:
                    tags[i] = e["type"]
        out.append(Doc(vocab, words=words, tags=tags))
    return out


def train(lang: str, steps: int, work: Path) -> spacy.language.Language:
    nlp = spacy.blank("nb" if lang == "nn" else lang)
    docs = weak_docs(lang, nlp.vocab, 20000)
    random.Random(1).shuffle(docs)
    n_dev = max(200, len(docs) // 20)
    DocBin(docs=docs[n_dev:]).to_disk(work / "train.spacy")
    DocBin(docs=docs[:n_dev]).to_disk(work / "dev.spacy")
    cfg = work / "config.cfg"
    subprocess.run([sys.executable, "-m", "spacy", "init", "config", str(cfg), "--lang", nlp.lang,
                    "--pipeline", "tagger", "--optimize", "efficiency", "--force"], check=True)
    subprocess.run([sys.executable, "-m", "spacy", "train", str(cfg), "--output", str(work / "out"),
                    "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy"),
                    "--training.max_steps", str(steps), "--training.eval_frequency", "500"],
                   check=True, env={**os.environ, **ONE_THREAD})
    print(f"{lang}: {len(docs) - n_dev} weak-labelled training sentences", flush=True)
    return spacy.load(work / "out" / "model-best")


def with_model(tagger: spacy.language.Language):
    """find_triggers plus the tagger's single-word triggers where the lexicon found none."""
    def find(lowers, lemmas, lang, pos=None):
        found = find_triggers(lowers, lemmas, lang, pos)
        used = {i for m in found for i in m.tokens}
        doc = tagger(Doc(tagger.vocab, words=list(lowers)))
        for i, tok in enumerate(doc):
            if tok.tag_ not in ("O", "") and i not in used and (pos is None or pos[i] in ("VERB", "NOUN", "ADJ")):
                found.append(TriggerMatch(Trigger((lowers[i],), tok.tag_, broad=True), [i]))
        return sorted(found, key=lambda m: m.tokens[0])
    return find


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang")
    ap.add_argument("--steps", type=int, default=3000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tagger = train(a.lang, a.steps, Path(tmp))
        rows = []
        for part in ("tune", "check"):
            recs = devset.load(a.lang, part)
            base = devset.score(recs)
            events_mod.find_triggers = with_model(tagger)
            model = devset.score(recs)
            events_mod.find_triggers = find_triggers
            for name, r in (("lexicon alone", base), ("lexicon + tagger", model)):
                rows.append(f'| {a.lang} | {part} | {name} | {r["recall"]} | {r["precision"]} | {r["f1"]} | {r["forbidden"]} |')
    print("\n".join(rows))
    res = HERE / "RESULTS.md"
    old = res.read_text(encoding="utf-8").splitlines() if res.is_file() else [
        "# Trigger tagger on weak labels against the lexicon alone",
        "", "`.venv/bin/python training/trigger_model/experiment.py LANG` (see its docstring).", "",
        "| lang | dev part | coder | event recall | event precision | event F1 | forbidden |",
        "|---|---|---|---|---|---|---|"]
    keep = [ln for ln in old if not ln.startswith(f"| {a.lang} |")]
    res.write_text("\n".join(keep + rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
