"""Old and new parsers side by side on the untouched test splits, and the NDT -> UD converter.

Why: the issue "Arguments and modality read from Universal Dependencies" replaces the NDT-scheme
Norwegian model and the small per-language Danish and Swedish models by UD-scheme ones; this
table is what the choice rests on. Writes its section into benchmarks/models.md (between the
markers) and prints it. Needs the corpora of `make models` (training/corpus/) and the trained
pipelines under src/utkikk/nlp/models/.

    python benchmarks/parsers.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
import ndt_to_ud  # noqa: E402

sys.path.insert(0, str(ROOT / "src"))
from utkikk.nlp import lemmas  # noqa: E402,F401  (registers the simplemma component the packages name)

MODELS = ROOT / "src" / "utkikk" / "nlp" / "models"
CORPUS = ROOT / "training" / "corpus"
OUT = ROOT / "benchmarks" / "models.md"
BEGIN, END = "<!-- parsers: begin -->", "<!-- parsers: end -->"

# (language, model directory, scheme, test file under training/corpus)
RUNS = [
    ("nb", "no", "NDT", "no/test_nb.spacy"),
    ("nb", "no_ud", "UD", "no_ud/test_nb.spacy"),
    ("nn", "no", "NDT", "no/test_nn.spacy"),
    ("nn", "no_ud", "UD", "no_ud/test_nn.spacy"),
    ("da", "da", "UD", "da/test.spacy"),
    ("da", "scandi", "UD", "scandi/test_da.spacy"),
    ("sv", "sv", "UD", "sv/test.spacy"),
    ("sv", "scandi", "UD", "scandi/test_sv.spacy"),
    ("en", "en", "UD", "en/test.spacy"),
]
PUBLISHED = {"nb": "84 (nb_core_news_sm)", "da": "75 (da_core_news_sm)", "sv": "77 (sv_core_news_sm)",
             "en": "≈ 90 (en_core_web_sm, OntoNotes trees)"}
TARGET = {"nb": 88, "nn": 86, "da": 72, "sv": 75, "en": 76}


def score(model: str, test: str) -> dict[str, float] | None:
    path, data = MODELS / model, CORPUS / test
    if not path.exists() or not data.exists():
        return None
    nlp = spacy.load(path)
    gold = list(DocBin().from_disk(data).get_docs(nlp.vocab))
    s = nlp.evaluate([Example(nlp.make_doc(d.text), d) for d in gold])
    return {"tag": 100 * s["tag_acc"], "uas": 100 * s["dep_uas"], "las": 100 * s["dep_las"],
            "words": sum(len(d) for d in gold)}


def render() -> str:
    conv = ndt_to_ud.accuracy("test", ndt_to_ud.learn("dev"))
    lines = [BEGIN, "## Parsers old and new (UD for all five languages)", "",
             "Produced by `python benchmarks/parsers.py`; spaCy's own tokenisation aligned to gold,",
             "one CPU thread. UAS/LAS in each model's own scheme (NDT figures are not comparable with UD",
             "ones). `no_ud`: nb+nn trained on the 30,000 NDT training trees converted to UD",
             "(`training/ndt_to_ud.py`); `scandi`: Danish and Swedish trained with those trees.", "",
             "| lang | model | scheme | test words | TAG | UAS | LAS | target LAS | spaCy small LAS |",
             "|---|---|---|---:|---:|---:|---:|---:|---|"]
    for lang, model, scheme, test in RUNS:
        s = score(model, test)
        if s is None:
            lines.append(f"| {lang} | {model} | {scheme} | – | not built | | | {TARGET[lang]} | {PUBLISHED.get(lang, '–')} |")
            continue
        lines.append(f"| {lang} | {model} | {scheme} | {s['words']:,} | {s['tag']:.1f} | {s['uas']:.1f} | "
                     f"**{s['las']:.1f}** | {TARGET[lang]} | {PUBLISHED.get(lang, '–')} |")
    lines += ["", "NDT -> UD converter, built on the NorNE UD dev trees, scored on the "
              f"{conv['tokens']:,} tokens of the held-out NorNE UD test trees (nb + nn, gold words): "
              f"UAS {conv['UAS']}, LAS {conv['LAS']}, label {conv['label']}, UPOS {conv['UPOS']}.", END]
    return "\n".join(lines) + "\n"


def main() -> None:
    section = render()
    text = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section + text[text.index(END) + len(END) + 1:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    OUT.write_text(text, encoding="utf-8")
    print(section)


if __name__ == "__main__":
    main()
