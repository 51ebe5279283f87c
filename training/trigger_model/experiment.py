"""Experiment: a trigger-and-type tagger trained on weak labels, measured against the lexicon alone.

usage: .venv/bin/python training/trigger_model/experiment.py LANG [LANG ...] [--steps N] [--limit N]

1. Weak labels: every sentence of the language's development-set source file that is neither
   reserved (``shared/tools/reserved.py``) nor in the development set is coded by the lexicon
   (``utkikk.events.triggers.find_triggers`` over the shipped pipeline's lemmas and tags): each
   trigger's head token gets its PLOVER type, every other token ``O``. The tune part's own gold
   triggers are added with their annotated types (the correction by the tune set).
2. A spaCy tagger (tok2vec + tagger, CPU-sized, one thread) learns those labels from lower-cased
   words.
3. The coder runs twice, with the lexicon alone (the shipped pipeline) and with the tagger's
   predictions added as single-word triggers where the lexicon found none, over the development
   set's tune and check parts and the real articles of ``../shared/real/LANG`` (scored against
   their ``*.gold.json`` with the shared scorer, as ``benchmarks/devset.py`` does).

Languages run one after another, each training its own tagger (kept in a temporary folder and
thrown away). The figures of each language replace its earlier ones in
``training/trigger_model/results.json`` (read by ``benchmarks/devset.py``, which never retrains)
and the table of ``training/trigger_model/RESULTS.md`` is redrawn from that file between its
markers. Nothing is shipped: a model would earn a place in the pipeline only by beating the
lexicon on the check part without losing precision.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
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


def train(lang: str, steps: int, work: Path, limit: int) -> tuple[spacy.language.Language, int]:
    nlp = spacy.blank("nb" if lang == "nn" else lang)
    docs = weak_docs(lang, nlp.vocab, limit)
    random.Random(1).shuffle(docs)
    n_dev = max(200, len(docs) // 20)
    DocBin(docs=docs[n_dev:]).to_disk(work / "train.spacy")
    DocBin(docs=docs[:n_dev]).to_disk(work / "dev.spacy")
    cfg = work / "config.cfg"
    subprocess.run([sys.executable, "-m", "spacy", "init", "config", str(cfg), "--lang", nlp.lang,
                    "--pipeline", "tagger", "--optimize", "efficiency", "--force"], check=True)
    subprocess.run([sys.executable, "-m", "spacy", "train", str(cfg), "--output", str(work / "out"),
                    "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy"),
                    "--training.max_steps", str(steps),
                    "--training.eval_frequency", str(min(500, steps))],  # the last step is evaluated too
                   check=True, env={**os.environ, **ONE_THREAD})
    print(f"{lang}: {len(docs) - n_dev} weak-labelled training sentences", flush=True)
    return spacy.load(work / "out" / "model-best"), len(docs) - n_dev


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


PARTS = ("tune", "check", "real")
CODERS = ("lexicon alone", "lexicon + tagger")
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
BEGIN, END = "<!-- table: written by experiment.py from results.json -->", "<!-- end of table -->"
KEYS = ("docs", "recall", "precision", "f1", "forbidden", "core_found", "core_total", "events_ok", "events_out")


def measure(lang: str, part: str) -> dict:
    """The coder's totals (as patched at the moment) on one part: ``tune``, ``check`` or ``real``."""
    if part == "real":
        real = corpora.data_dir().parent / "real" / lang
        r = devset.score_files(sorted(real.glob("*.txt")), real)
    else:
        r = devset.score(devset.load(lang, part))
    return {**{k: r[k] for k in KEYS}, "missed": r.get("missed", []), "spurious": r.get("spurious", [])}


def differences(base: dict, model: dict) -> dict:
    """What the tagger changed on a dev part: core events it found or lost, wrong events it added
    or removed (sentence keys and triples only, never the text)."""
    return {"found": minus(base["missed"], model["missed"]), "lost": minus(model["missed"], base["missed"]),
            "wrong_added": minus(model["spurious"], base["spurious"]),
            "wrong_removed": minus(base["spurious"], model["spurious"])}


def minus(a: list[str], b: list[str]) -> list[str]:
    """``a`` less ``b``, counting repeats."""
    left = list(a)
    for x in b:
        if x in left:
            left.remove(x)
    return left


def run_lang(lang: str, steps: int, limit: int, keep: Path | None = None) -> dict:
    wall, cpu = time.monotonic(), _cpu()
    with tempfile.TemporaryDirectory() as tmp:
        tagger, n_train = train(lang, steps, Path(tmp), limit)
        trained = time.monotonic() - wall
        parts: dict = {}
        for part in PARTS:
            base = measure(lang, part)
            events_mod.find_triggers = with_model(tagger)
            try:
                model = measure(lang, part)
            finally:
                events_mod.find_triggers = find_triggers
            parts[part] = {"lexicon alone": {k: base[k] for k in KEYS}, "lexicon + tagger": {k: model[k] for k in KEYS}}
            if part != "real":  # score_files gives totals only
                parts[part]["changes"] = differences(base, model)
        if keep:
            shutil.copytree(Path(tmp) / "out" / "model-best", keep, dirs_exist_ok=True)
    return {"date": datetime.date.today().isoformat(), "steps": steps, "weak_limit": limit,
            "train_sentences": n_train, "train_seconds": round(trained),
            "wall_seconds": round(time.monotonic() - wall), "cpu_seconds": round(_cpu() - cpu), "parts": parts}


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def wins(res: dict) -> bool:
    """The shipping rule: higher F1 on the check part and no lower precision there."""
    base, model = (res["parts"]["check"][c] for c in CODERS)
    return model["f1"] > base["f1"] and model["precision"] >= base["precision"]


def table(results: dict) -> list[str]:
    out = ["| lang | set | core events | coder | event recall | event precision | event F1 | forbidden |",
           "|---|---|---|---|---|---|---|---|"]
    for lang in devset.LANGS:
        if lang not in results:
            continue
        for part in PARTS:
            for coder in CODERS:
                r = results[lang]["parts"][part][coder]
                name = "shared/real" if part == "real" else f"dev {part}"
                out.append(f'| {lang} | {name} | {r["core_total"]} | {coder} | {r["recall"]} | {r["precision"]} '
                           f'| **{r["f1"]}** | {r["forbidden"]} |')
    return out


def write(results: dict) -> None:
    RESULTS_JSON.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    text = RESULTS_MD.read_text(encoding="utf-8") if RESULTS_MD.is_file() else \
        "# Trigger tagger on weak labels against the lexicon alone\n\n" + BEGIN + "\n" + END + "\n"
    if BEGIN not in text:
        text += "\n" + BEGIN + "\n" + END + "\n"
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1] if END in rest else "\n"
    RESULTS_MD.write_text(head + BEGIN + "\n" + "\n".join(table(results)) + "\n" + END + tail, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("langs", nargs="+", choices=devset.LANGS)
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--limit", type=int, default=20000, help="weak-labelled sentences at most")
    ap.add_argument("--keep", type=Path, help="copy the trained tagger here (a folder outside the repository)")
    a = ap.parse_args()
    for lang in a.langs:
        res = run_lang(lang, a.steps, a.limit, a.keep / lang if a.keep else None)
        results = json.loads(RESULTS_JSON.read_text(encoding="utf-8")) if RESULTS_JSON.is_file() else {}
        results[lang] = res
        write(results)
        print("\n".join(ln for ln in table({lang: res}) if ln.startswith(f"| {lang} |")), flush=True)
        print(f'{lang}: {res["wall_seconds"]} s wall, {res["cpu_seconds"]} s CPU, '
              f'check {"won" if wins(res) else "not won"}', flush=True)


if __name__ == "__main__":
    main()
