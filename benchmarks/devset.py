"""Event coding on real text, per language: the development set's tune and check parts and the
real articles of ``../shared/real``, for the hand-made triggers alone and with the broad lexicon;
the seeds and the sample corpus as guards; the trained trigger tagger's figures, as its
experiment last wrote them (``training/trigger_model/results.json``: read, never retrained); and
the lexicon's size per type and language.

Reproduce: ``.venv/bin/python benchmarks/devset.py`` (writes ``benchmarks/devset.md``; needs
``../shared`` beside the checkout). ``--quick`` skips the sample corpus.
"""

from __future__ import annotations

import collections
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from utkikk.evaluation import devset, gsr  # noqa: E402
from utkikk.events import triggers  # noqa: E402
from utkikk.events.ontology import event_types  # noqa: E402
from utkikk.pipeline import analyse_batch  # noqa: E402

SHARED = ROOT.parent / "shared"
TAGGER = ROOT / "training" / "trigger_model" / "results.json"
CONFIGS = {"hand triggers": "0", "broad lexicon": "1"}


def configure(broad: str) -> None:
    os.environ["UTKIKK_BROAD_LEXICON"] = broad
    triggers.lexicon.cache_clear()


def corpus_score() -> dict:
    """The sample corpus (examples/, written by the team) scored as a whole."""
    return devset.score_files([ROOT / "examples" / "corpus"], ROOT / "examples" / "gold")


def fmt(r: dict) -> str:
    args = "–" if r.get("arg_acc") is None else f'{r["arg_acc"]} ({r["args_ok"]}/{r["typed"]})'
    return f'{r["docs"]} | {r["recall"]} | {r["precision"]} | **{r["f1"]}** | {r["forbidden"]} | {args}'


def tagger_rows() -> list[str]:
    """The trigger-tagger experiment's rows, from the file it writes (no training here)."""
    if not TAGGER.is_file():
        return ["| – | – | – | – | – | – | – | – | – |"]
    res = json.loads(TAGGER.read_text(encoding="utf-8"))
    rows = []
    for lang in devset.LANGS:
        if lang not in res:
            continue
        for part in ("tune", "check", "real"):
            for coder in ("lexicon alone", "lexicon + tagger"):
                r = res[lang]["parts"][part][coder]
                name = "shared/real" if part == "real" else f"dev {part}"
                rows.append(f'| {coder} | {lang} | {name} | {r["docs"]} | {r["core_total"]} | {r["recall"]} '
                            f'| {r["precision"]} | **{r["f1"]}** | {r["forbidden"]} |')
    return rows


def tagger_runs() -> str:
    if not TAGGER.is_file():
        return "not run"
    res = json.loads(TAGGER.read_text(encoding="utf-8"))
    return "; ".join(f'{lang} {res[lang]["date"]}, {res[lang]["steps"]} steps' for lang in devset.LANGS if lang in res)


def main() -> None:
    quick = "--quick" in sys.argv
    rows: list[str] = []
    summary: dict = {}
    for name, flag in CONFIGS.items():
        configure(flag)
        for lang in devset.LANGS:
            for part in ("tune", "check"):
                recs = devset.load(lang, part)
                if recs:
                    r = devset.score(recs)
                    summary[(name, lang, part)] = r
                    rows.append(f"| {name} | {lang} | dev {part} | {fmt(r)} |")
            real = SHARED / "real" / lang
            if real.is_dir():
                r = devset.score_files(sorted(real.glob("*.txt")), real)
                summary[(name, lang, "real")] = r
                rows.append(f"| {name} | {lang} | shared/real | {fmt(r)} |")
        seeds = devset.score_files(sorted((SHARED / "seeds").glob("*.txt")), SHARED / "gold")
        rows.append(f"| {name} | nb, da | shared seeds | {fmt(seeds)} |")
        if not quick:
            rows.append(f"| {name} | all | sample corpus | {fmt(corpus_score())} |")
    gsr_rows = []
    for name, flag in CONFIGS.items():
        configure(flag)
        for part in ("tune", "check"):
            recs = gsr.load(part)
            r = gsr.score(recs, analyse_batch(gsr.articles(recs)))
            gsr_rows.append(f"| {name} | {part} | {r['records']} | {r['type']} | **{r['triple']}** |")
    configure("1")
    types = list(event_types())
    size_rows = []
    for lang in devset.LANGS:
        c = collections.Counter(t.type for t in triggers.lexicon(lang).triggers)
        size_rows.append(f"| {lang} | {sum(c.values())} | " + " | ".join(str(c.get(t, 0)) for t in types) + " |")
    lines = [
        "# Event coding on real text",
        "",
        "Produced by `.venv/bin/python benchmarks/devset.py`. Development set: `devset/` (annotations",
        "keyed by corpus file and sentence; the text is read from `../shared/data`). Rules are tuned on",
        "the `tune` part only; `check` and `shared/real` are measurement. Event recall counts core events,",
        "precision every printed event; forbidden = events drawn from negated, hypothetical or",
        "non-political statements. Arguments right: of the core events whose type was coded from",
        "their sentence, the share with source and target right (`devset.argument_counts`).",
        "",
        "| lexicon | lang | set | docs | event recall | event precision | event F1 | forbidden | arguments right |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        "## English: PLOVER's gold-standard records",
        "",
        "The CAMEO manual's example sentences as PLOVER coded them (`../shared/data/plover`), those",
        "with an event between two different states or organisations (`utkikk.evaluation.gsr`: labels",
        "mapped to PLOVER 2021, an announced cooperative act counted as AGREE; parts fixed by a hash",
        "of the record id). Type found: the record's event type is among the sentence's asserted",
        "events; with arguments: also with its source and target. One event is coded per record, so",
        "precision is not measured here.",
        "",
        "| lexicon | part | records | type found | with arguments |",
        "|---|---|---|---|---|",
        *gsr_rows,
        "",
        "## With the trained tagger",
        "",
        "The trigger-and-type tagger of `training/trigger_model/experiment.py` (weak labels from the",
        "lexicon plus the tune part's triggers; its single-word triggers added where the lexicon found",
        "none), against the lexicon alone (the shipped pipeline, broad lexicon on). The figures are",
        "read from `training/trigger_model/results.json` as the experiment last wrote them, not",
        f"measured by this script ({tagger_runs()}); see `training/trigger_model/RESULTS.md`",
        "for the decision. Core events: those the part holds (the scorer's count).",
        "",
        "| coder | lang | set | docs | core events | event recall | event precision | event F1 | forbidden |",
        "|---|---|---|---|---|---|---|---|---|",
        *tagger_rows(),
        "",
        "## Lexicon size (patterns per PLOVER type; hand-made `triggers.yaml` + broad `lexicon.yaml`)",
        "",
        "| lang | total | " + " | ".join(types) + " |",
        "|---|---|" + "---|" * len(types),
        *size_rows,
        "",
    ]
    (ROOT / "benchmarks" / "devset.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
