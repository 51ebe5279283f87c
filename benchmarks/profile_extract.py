"""Where `utkikk extract` spends its time on real text, stage by stage.

Why: the throughput issue (15) asks for the profile before any speed change, so each change is
aimed at a stage that costs something. Runs the stages of `extract` one after the other over the
real-text benchmark input (benchmarks/realtext.py), in one process, each timed on its own:
reading (the JSON Lines reader, language identification apart), tokenising, each spaCy component
(run with ``pipe`` on the tokenised docs, as ``nlp.pipe`` runs them), actor matching, quotes, event
coding (triggers, sentence views and argument rules apart, each clocked), and output (``to_json`` + JSON). The
blank tokenizer's time on the same texts in the same run is the yardstick. Prints a Markdown
table. Reproduce: ``.venv/bin/python benchmarks/profile_extract.py [articles per language]``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

# one BLAS thread, as `utkikk` runs (utkikk.cli): set before NumPy loads
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import spacy  # noqa: E402
from realtext import build  # noqa: E402

from utkikk.actors.quotes import attribute_quotes  # noqa: E402
from utkikk.actors.recogniser import recognise_actors  # noqa: E402
from utkikk.events import extract_events, unused_components  # noqa: E402
from utkikk.ingest import language, read_inputs  # noqa: E402
from utkikk.nlp import load  # noqa: E402
from utkikk.pipeline import unwrapped  # noqa: E402
from utkikk.record import Article  # noqa: E402

# functions inside event coding whose cumulative time is reported on its own line
EVENT_PARTS = {"find_triggers": "triggers (lexicon look-up over forms and lemmas)",
               "find_arguments": "argument rules", "__post_init__": "sentence views (mentions, coreference)",
               "segments": "sentence segments"}


def _time_event_parts() -> dict[str, float]:
    """Wrap the parts of event coding named in EVENT_PARTS with clocks (a few thousand calls,
    so unlike cProfile the clocks cost next to nothing); the seconds each has spent so far."""
    import utkikk.events as ev
    from utkikk.events.arguments.view import SentenceView

    spent: dict[str, float] = defaultdict(float)

    def clocked(key: str, fn: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - t
        return run

    for key in ("find_triggers", "find_arguments", "segments"):
        setattr(ev, key, clocked(key, getattr(ev, key)))
    SentenceView.__post_init__ = clocked("__post_init__", SentenceView.__post_init__)  # type: ignore[method-assign]
    return spent


def profile(per_lang: int) -> tuple[list[tuple[str, float]], int, int]:
    """(stage, seconds) rows, articles and tokens."""
    rows: dict[str, float] = defaultdict(float)
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp), per_lang)
        for lang in ("nb", "da", "sv"):  # models and knowledge bases loaded before the clock starts
            load(lang)
        warm = [a for a in read_inputs([str(path)]) if isinstance(a, Article)][:30]
        for a in warm:  # lingua, the recognisers and the lexicons are built on first use
            d = load(a.lang)(a.text)
            recognise_actors(a, [])
            extract_events(a, d)
        detect = language.detect_language
        spent = [0.0]

        def timed_detect(text: str) -> tuple[str, bool]:
            t = time.perf_counter()
            try:
                return detect(text)
            finally:
                spent[0] += time.perf_counter() - t

        from utkikk.ingest import reader
        reader.detect_language = timed_detect
        t0 = time.perf_counter()
        arts = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
        rows["reading (JSON Lines, tidy, lead)"] = time.perf_counter() - t0 - spent[0]
        rows["language identification"] = spent[0]
        reader.detect_language = detect
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for a in arts:
        if a.lang_supported and a.lang:
            by_lang[a.lang].append(a)
    tokens = 0
    docs_of: dict[str, list] = {}
    for lang, group in by_lang.items():
        nlp = load(lang)
        texts = [unwrapped(a.text) for a in group]
        blank = spacy.blank("nb" if lang == "nn" else lang)
        t = time.perf_counter()
        list(blank.tokenizer.pipe(texts))
        rows["(yardstick) spaCy blank tokenizer"] += time.perf_counter() - t
        t = time.perf_counter()
        docs = [nlp.make_doc(x) for x in texts]
        rows["tokenising (shipped tokenizer)"] += time.perf_counter() - t
        tokens += sum(len(d) for d in docs)
        skip = set(unused_components(lang))
        for name, proc in nlp.pipeline:
            if name in skip:
                continue
            t = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            rows[f"spaCy: {name}"] += time.perf_counter() - t
        docs_of[lang] = docs
    spent_in = _time_event_parts()
    t_act = t_quo = t_ev = t_out = 0.0
    for lang, group in by_lang.items():
        for art, doc in zip(group, docs_of[lang], strict=True):
            t = time.perf_counter()
            recognise_actors(art, [(e.start_char, e.end_char, e.label_) for e in doc.ents])
            t_act += time.perf_counter() - t
            t = time.perf_counter()
            attribute_quotes(art)
            t_quo += time.perf_counter() - t
            t = time.perf_counter()
            extract_events(art, doc)
            t_ev += time.perf_counter() - t
    for a in arts:
        t = time.perf_counter()
        json.dumps(a.to_json(), ensure_ascii=False)
        t_out += time.perf_counter() - t
    rows["actor matching (recogniser)"] = t_act
    rows["quotes"] = t_quo
    rest = t_ev
    for key, label in EVENT_PARTS.items():
        rows[f"events: {label}"] = spent_in[key]
        rest -= spent_in[key]
    rows["events: the rest (modality, dates, places, ...)"] = rest
    rows["output (to_json + JSON)"] = t_out
    return list(rows.items()), len(arts), tokens


def main() -> None:
    per_lang = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rows, n, tokens = profile(per_lang)
    yard = dict(rows)["(yardstick) spaCy blank tokenizer"]
    total = sum(s for k, s in rows if not k.startswith("(yardstick)"))
    print(f"{n} articles, {tokens} tokens ({tokens / n:.0f} an article); total {total:.1f} s = "
          f"{n / total:.1f} articles/s, {total / yard:.1f} × the blank tokenizer ({n / yard:.0f} articles/s)\n")
    print("| stage | seconds | share | × blank tokenizer |\n|---|---|---|---|")
    for k, s in rows:
        print(f"| {k} | {s:.2f} | {100 * s / total:.1f}% | {s / yard:.2f} |")


if __name__ == "__main__":
    main()
