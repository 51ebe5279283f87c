"""Measure the shipped spaCy pipelines on untouched test splits; writes benchmarks/models.md.

Why: issue 3 asks for tagging, lemma, parsing and NER figures per language, speed on one
core, size and load time, against simple baselines (blank tokenizer + simplemma) and
spaCy's published small pipelines. Needs the converted corpora (training/corpora.py,
run by `make models`); the test files are never used for training or early stopping.

    OMP_NUM_THREADS=1 python benchmarks/models.py [LANG ...]
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.scorer import get_ner_prf  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from utkikk.actors.kb import load as load_kb  # noqa: E402
from utkikk.actors.recogniser import recognise_actors  # noqa: E402
from utkikk.nlp import blank, load, model_path, roles  # noqa: E402
from utkikk.record import Article  # noqa: E402

CORPUS = ROOT / "training" / "corpus"
OUT = ROOT / "benchmarks" / "models.md"

# test files per language: (parse/tag/lemma test, NER test or None if inside the first)
TESTS = {
    "nb": ("no/test_nb.spacy", None),
    "nn": ("no/test_nn.spacy", None),
    "da": ("da/test.spacy", None),
    "sv": ("sv/test.spacy", "sv/test_ner.spacy"),
    "en": ("en/test.spacy", None),
}
UD_UPOS_TESTS = {"nb": "nb/test_ud.spacy", "nn": "nn/test_ud.spacy"}
# spaCy's published small (CPU) pipelines, approximate figures quoted in issue 3.
ANCHORS = {"nb": ("nb_core_news_sm", 0.84, 0.76), "da": ("da_core_news_sm", 0.75, 0.70),
           "sv": ("sv_core_news_sm", 0.77, 0.74)}
PUNCT_TAGS = {"PUNCT", "clb", "<komma>", "<strek>", "<anf>", "<parentes-beg>", "<parentes-slutt>"}


def read(rel: str, nlp) -> list[Doc]:
    return list(DocBin().from_disk(CORPUS / rel).get_docs(nlp.vocab))


def gold_token_run(nlp, docs: list[Doc]) -> list[Doc]:
    """Run the pipeline on gold tokens (for lemma / UPOS accuracy per token)."""
    return [nlp(Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]))
            for d in docs]


def lemma_acc(pred: list[Doc], gold: list[Doc]) -> float | None:
    """Case-insensitive lemma accuracy over non-punctuation tokens."""
    hit = n = 0
    for p, g in zip(pred, gold, strict=True):
        for tp, tg in zip(p, g, strict=True):
            if not tg.lemma_ or tg.tag_ in PUNCT_TAGS:
                continue
            n += 1
            hit += tp.lemma_.lower() == tg.lemma_.lower()
    return hit / n if n else None


def upos_acc(pred: list[Doc], gold: list[Doc]) -> float:
    """pos_ of the prediction against gold UPOS (held in the gold docs' tag_)."""
    pairs = [(tp.pos_, tg.tag_) for p, g in zip(pred, gold, strict=True) for tp, tg in zip(p, g, strict=True)]
    return sum(a == b for a, b in pairs) / len(pairs)


def sent_start_f(pred: list[Doc], gold: list[Doc]) -> float:
    """F1 of predicted sentence starts against gold ones, on gold tokens (first token excluded)."""
    tp = fp = fn = 0
    for p, g in zip(pred, gold, strict=True):
        ps = {s.start for s in p.sents} - {0}
        gs = {s.start for s in g.sents} - {0}
        tp += len(ps & gs)
        fp += len(ps - gs)
        fn += len(gs - ps)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def words_per_s(nlp, texts: list[str]) -> float:
    """Best of two passes of nlp.pipe over the texts, one process, one thread."""
    best = 0.0
    for _ in range(2):
        t0 = time.perf_counter()
        n = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
        best = max(best, n / (time.perf_counter() - t0))
    return best


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def measure(lang: str) -> dict:
    t0 = time.perf_counter()
    spacy.load(model_path(lang))  # uncached load, for the load-time figure
    load_s = time.perf_counter() - t0
    nlp = load(lang)
    test_rel, ner_rel = TESTS[lang]
    gold = read(test_rel, nlp)
    texts = [d.text for d in gold]
    scores = nlp.evaluate([Example(nlp.make_doc(d.text), d) for d in gold])
    pred_gold_tok = gold_token_run(nlp, gold)
    res = {
        "tag_acc": scores.get("tag_acc"), "uas": scores.get("dep_uas"), "las": scores.get("dep_las"),
        "sents_f": sent_start_f(pred_gold_tok, gold), "lemma": lemma_acc(pred_gold_tok, gold),
        "las_per_type": scores.get("dep_las_per_type") or {},
        "wps": words_per_s(nlp, texts), "size": dir_mb(model_path(lang)), "load_s": load_s,
        "words": sum(len(d) for d in gold), "sents": sum(1 for d in gold for _ in d.sents),
    }
    if lang in UD_UPOS_TESTS:
        ud = read(UD_UPOS_TESTS[lang], nlp)
        res["upos"] = upos_acc(gold_token_run(nlp, ud), ud)
    else:
        res["upos"] = res["tag_acc"]
    ner_docs = read(ner_rel, nlp) if ner_rel else [d for d in gold if d.has_annotation("ENT_IOB")]
    if "ner" in nlp.pipe_names and ner_docs:
        s = get_ner_prf([Example(p, d) for p, d in zip(nlp.pipe(d.text for d in ner_docs), ner_docs, strict=True)])
        res["ner"] = {"ALL": {"p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"]}, **(s["ents_per_type"] or {})}
    if ner_docs:
        res["gaz_ner"] = gazetteer_ner(lang, ner_docs, nlp)
    base = blank(lang)
    base_pred = gold_token_run(base, gold)
    res["base_lemma"] = lemma_acc(base_pred, gold)
    res["base_sents_f"] = sent_start_f(base_pred, gold)
    res["base_wps"] = words_per_s(base, texts)
    return res


def gazetteer_ner(lang: str, ner_docs: list[Doc], nlp) -> dict:
    """The knowledge base alone as NER: state names and metonyms -> GPE (nb/nn) or LOC (da/sv, whose
    corpora have no GPE label), organisations and armed groups -> ORG, KB people -> PER.
    Adjectives and demonyms are left out: the corpora do not tag them as entities."""
    kinds = {code: rec.get("kind") for code, rec in load_kb().actors.items()}
    place = "GPE" if lang in ("nb", "nn") else "LOC"
    preds = []
    for gold in ner_docs:
        art = Article(doc="t", text=gold.text, lang=lang)
        recognise_actors(art, [])
        pred = nlp.make_doc(gold.text)
        spans = []
        for m in art.mentions:
            if m.kind == "person":
                label = "PER"
            elif m.kind in ("name", "metonym", "role") and kinds.get(m.code) == "state":
                label = place
            elif m.kind in ("name", "role") and kinds.get(m.code) in ("organisation", "organ", "group"):
                label = "ORG"
            else:
                continue
            span = pred.char_span(m.start, m.end, label=label, alignment_mode="expand")
            if span is not None and not any(span.start < o.end and o.start < span.end for o in spans):
                spans.append(span)
        pred.ents = sorted(spans, key=lambda sp: sp.start)
        preds.append(pred)
    s = get_ner_prf([Example(p, d) for p, d in zip(preds, ner_docs, strict=True)])
    return {"ALL": {"p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"]}, **(s["ents_per_type"] or {})}


def pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def render(results: dict[str, dict]) -> str:
    lines = [
        "# Shipped spaCy pipelines: measured on untouched test splits",
        "",
        "Generated by `benchmarks/models.py` (one CPU thread). Splits and training: `training/README.md`.",
        "Tagging/parsing/NER use spaCy's own tokenisation aligned to gold (`nlp.evaluate`); lemma and",
        "nb/nn UPOS accuracy and sentence-start F use gold tokens (docs of 10 gold sentences). Lemma accuracy: case-insensitive, punctuation excluded.",
        "nb/nn: one joint model (`models/no`, NDT scheme); TAG = NDT coarse tag (proper nouns split off),",
        "UPOS = our tag→UPOS map scored against the UD test trees of the same sentences (AUX is never",
        "predicted, NDT has no such tag). da/sv/en: TAG = UPOS. UAS/LAS in each model's own scheme;",
        "root labels are scored as `ROOT`.",
        "",
        "| lang | test words | TAG | UPOS | lemma | UAS | LAS | sents F | NER F | words/s | MB | load s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for lang, r in results.items():
        ner_f = pct(r["ner"]["ALL"]["f"]) if "ner" in r else "none"
        lines.append(
            f"| {lang} | {r['words']:,} | {pct(r['tag_acc'])} | {pct(r['upos'])} | {pct(r['lemma'])} | "
            f"{pct(r['uas'])} | {pct(r['las'])} | {pct(r['sents_f'])} | {ner_f} | {r['wps']:,.0f} | "
            f"{r['size']:.1f} | {r['load_s']:.2f} |")
    lines += ["", "## Baseline: blank tokenizer + sentencizer + simplemma", "",
              "| lang | lemma | sents F | words/s | UPOS/UAS/LAS | NER |", "|---|---:|---:|---:|---|---|"]
    for lang, r in results.items():
        gaz = r.get("gaz_ner")
        ner = f"gazetteer-only F {pct(gaz['ALL']['f'])}" if gaz else "no NER test data"
        lines.append(f"| {lang} | {pct(r['base_lemma'])} | {pct(r['base_sents_f'])} | {r['base_wps']:,.0f} | "
                     f"n/a | {ner} |")
    lines += ["", "## Anchors: spaCy's published small pipelines (approximate, own test splits)", "",
              "| lang | pipeline | LAS | NER F | ours LAS | ours NER F |", "|---|---|---:|---:|---:|---:|"]
    for lang, (name, las, ner) in ANCHORS.items():
        if lang in results:
            r = results[lang]
            ours_ner = pct(r["ner"]["ALL"]["f"]) if "ner" in r else "none"
            lines.append(f"| {lang} | {name} | {100 * las:.0f} | {100 * ner:.0f} | {pct(r['las'])} | {ours_ner} |")
    lines += ["", "Not like for like: spaCy's nb/da/sv models are UD-scheme, trained on the full UD train",
              "splits and scored on the UD test sets; ours are NDT-scheme for nb (LAS not comparable",
              "across schemes) and trained on UD dev + half of UD test for da/sv (scored on the other half).",
              "", "## Role labels (LAS F per label, the labels events read)", ""]
    for lang, r in results.items():
        table = roles(lang)
        labels = [lab for key in ("subject", "passive_subject", "object", "indirect_object", "oblique",
                                  "pp_object", "conjunct", "passive_agent") for lab in table[key]]
        per = {k.lower(): v for k, v in r["las_per_type"].items()}
        cells = [f"{lab} {pct(per[lab.lower()]['f'])}" for lab in labels if lab.lower() in per]
        lines.append(f"- **{lang}**: " + ", ".join(cells))
    lines += ["", "## NER per label (P / R / F1)", ""]
    for lang, r in results.items():
        if "ner" not in r:
            lines.append(f"- **{lang}**: no NER component (no NER training data here)")
            continue
        cells = [f"{lab} {pct(v['p'])}/{pct(v['r'])}/{pct(v['f'])}" for lab, v in sorted(r["ner"].items())]
        lines.append(f"- **{lang}**: " + "; ".join(cells))
    lines += ["", "## Baseline: gazetteer-only NER (the knowledge base alone), per label (P / R / F1)", "",
              "States (names, capitals and seats of power) as GPE (nb/nn) or LOC (da/sv), organisations and",
              "armed groups as ORG, KB people as PER; labels the KB cannot give (EVT, PROD, MISC, other",
              "places) count as misses in ALL.", ""]
    for lang, r in results.items():
        if "gaz_ner" not in r:
            continue
        cells = [f"{lab} {pct(v['p'])}/{pct(v['r'])}/{pct(v['f'])}" for lab, v in sorted(r["gaz_ner"].items())]
        lines.append(f"- **{lang}**: " + "; ".join(cells))
    return "\n".join(lines) + "\n"


def main() -> None:
    langs = sys.argv[1:] or list(TESTS)
    results = {}
    for lang in langs:
        print(f"measuring {lang}", flush=True)
        results[lang] = measure(lang)
    OUT.write_text(render(results), encoding="utf-8")
    print(OUT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
