"""Rebuild every shipped spaCy pipeline from ../shared/data (`make models`).

Steps per model in training/models.yaml: convert corpora (training/corpora.py), run
`spacy train` on one CPU thread, then package model-best into src/utkikk/nlp/models/<name>/
with two cheap rule components added: an attribute ruler that maps the scheme's tags to
UPOS (token.pos_) and the simplemma lemmatiser. Usage:

    python training/build_models.py [--skip-corpora] [--skip-train] [NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import spacy
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import corpora  # noqa: E402

from utkikk.nlp import lemmas, scheme_table  # noqa: E402

MODELS = ROOT / "src" / "utkikk" / "nlp" / "models"
ONE_THREAD = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}


def train(name: str, spec: dict) -> float:
    """Run spacy train for one model; returns wall seconds."""
    corpus = HERE / "corpus" / spec["corpus"]
    out = HERE / "output" / name
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / spec["config"]), "--output", str(out),
           "--paths.train", str(corpus / "train.spacy"), "--paths.dev", str(corpus / "dev.spacy"),
           "--nlp.lang", spec["lang"], "--training.max_steps", str(spec["max_steps"]),
           "--training.eval_frequency", str(spec["eval_frequency"])]
    print(" ".join(cmd), flush=True)
    t0 = time.time()
    subprocess.run(cmd, check=True, env={**os.environ, **ONE_THREAD})
    return time.time() - t0


def package(name: str, spec: dict) -> Path:
    """Copy model-best into the package with the tag->UPOS ruler and simplemma lemmas."""
    nlp = spacy.load(HERE / "output" / name / "model-best")
    tag_map = scheme_table(spec["scheme"]).get("tag_map") or {}
    if tag_map:
        ruler = nlp.add_pipe("attribute_ruler", after="tagger")
        for tag, upos in tag_map.items():
            ruler.add(patterns=[[{"TAG": tag}]], attrs={"POS": upos})
    else:  # UD pipelines: the tagger predicts UPOS into tag_
        ruler = nlp.add_pipe("attribute_ruler", after="tagger")
        for tag in nlp.get_pipe("tagger").labels:
            ruler.add(patterns=[[{"TAG": tag}]], attrs={"POS": tag})
    nlp.add_pipe(lemmas.FACTORY, config={"lang": spec["lang"]})
    dest = MODELS / name
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    prune_strings(nlp, dest)
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    print(f"packaged {name}: {size / 1e6:.1f} MB at {dest}", flush=True)
    return dest


def prune_strings(nlp: spacy.language.Language, dest: Path) -> None:
    """Keep only label strings in vocab/strings.json.

    Why: spaCy saves every word type seen in training (1.3 MB for NDT); features are hashed,
    so predictions do not need them, and the corpus vocabulary need not ship in the package.
    """
    keep = {"ROOT", ""}
    for _, pipe in nlp.pipeline:
        keep |= set(getattr(pipe, "labels", ()) or ())
    keep |= {str(v) for v in (scheme_table_values(nlp))}
    (dest / "vocab" / "strings.json").write_text(json.dumps(sorted(keep), ensure_ascii=False), encoding="utf-8")


def scheme_table_values(nlp: spacy.language.Language) -> set[str]:
    """UPOS values set by the attribute ruler."""
    if "attribute_ruler" not in nlp.pipe_names:
        return set()
    return {str(p["attrs"].get("POS")) for p in nlp.get_pipe("attribute_ruler").patterns}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--skip-corpora", action="store_true")
    ap.add_argument("--skip-train", action="store_true")
    args = ap.parse_args()
    specs = yaml.safe_load((HERE / "models.yaml").read_text(encoding="utf-8"))
    # experiments (``experiment: true``) are trained only when named: they are not shipped
    names = args.names or [n for n, spec in specs.items() if not spec.get("experiment")]
    for name in names:
        spec = specs[name]
        if not args.skip_corpora:
            corpora.BUILDERS[spec["corpus"]]()
        if not args.skip_train:
            print(f"trained {name} in {train(name, spec) / 60:.1f} min", flush=True)
        package(name, spec)


if __name__ == "__main__":
    main()
