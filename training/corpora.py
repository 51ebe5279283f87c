"""Convert the public treebanks and NER sets in shared/data into spaCy DocBin corpora.

Why a converter of our own: the Norwegian train split exists only in the NDT scheme
(NorNE `derived/`), its dev/test trees only in UD; NER sets come in three formats
(NorNE `name=` MISC, DaN+ TSV, Språkbanken IO). Everything is written under
`training/corpus/<lang>/{train,dev,test}.spacy` (git-ignored); nothing from the
corpora enters the package.

Splits (see training/README.md):
- no (nb+nn jointly): NDT train (derived) / NDT trees of the UD dev sentences / NDT trees
  of the UD test sentences (test untouched, kept per variety as test_nb / test_nn).
- da, sv, en: only UD dev+test exist. Training = UD dev + first half of UD test (every
  10th sentence held out for early stopping); measurement = second half of UD test.
  NER: DaN+ news (da), Webbnyheter 2012 (sv; its own test file for measurement), none (en).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
OUT = Path(__file__).resolve().parent / "corpus"
SENTS_PER_DOC = 10
UPSAMPLE = 4

# NorNE label collapse: GPE_* -> GPE; DRV (derived words such as "norsk") and MISC dropped.
NORNE_LABELS = {"PER": "PER", "ORG": "ORG", "GPE_LOC": "GPE", "GPE_ORG": "GPE",
                "LOC": "LOC", "PROD": "PROD", "EVT": "EVT"}
BASIC_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

Sent = dict  # keys: words, spaces, tags, lemmas, heads (0-based abs or None), deps, ents (IOB list or None)


def read_conll(path: Path, ndt: bool) -> Iterator[Sent]:
    """Read CoNLL-U / NDT CoNLL; drop multiword ranges and the NDT headline marker `|`."""
    rows: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if rows:
                yield _sent_from_rows(rows, ndt)
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            rows.append(cols)


def _sent_from_rows(rows: list[list[str]], ndt: bool) -> Sent:
    drop = {i for i, r in enumerate(rows) if ndt and r[1] == "|" and r[3] == "clb"}
    ids = [r[0] for i, r in enumerate(rows) if i not in drop]
    index = {tid: n for n, tid in enumerate(ids)}
    words, spaces, tags, lemmas, heads, deps, iob = [], [], [], [], [], [], []
    has_ner = False
    for i, r in enumerate(rows):
        if i in drop:
            continue
        words.append(r[1])
        misc = r[9]
        spaces.append("SpaceAfter=No" not in misc)
        lemmas.append(r[2])
        if ndt:
            tag = r[3]
            if tag == "subst" and "prop" in r[5].split("|"):
                tag = "subst_prop"
            tags.append(tag)
        else:
            tags.append(r[3])
        head = r[6]
        if head == "0":
            heads.append(len(heads))
            deps.append("ROOT")
        else:
            # a head pointing at the dropped `|` goes to the sentence root
            heads.append(index.get(head, -1))
            deps.append(r[7])
        name = next((f[5:] for f in misc.split("|") if f.startswith("name=")), None)
        if name is not None:
            has_ner = True
        iob.append(name or "O")
    root = next((i for i, d in enumerate(deps) if d == "ROOT"), 0)
    heads = [root if h == -1 else h for h in heads]
    return {"words": words, "spaces": spaces, "tags": tags, "lemmas": lemmas, "heads": heads,
            "deps": deps, "ents": _map_iob(iob, NORNE_LABELS) if has_ner else None}


def _map_iob(tags: list[str], labels: dict[str, str]) -> list[str]:
    """Map IOB2 (or IO, as in Webbnyheter) tags to our label set; unknown types become O."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        t = t.strip()
        if t in ("", "O", "0"):
            out.append("O")
            prev = "O"
            continue
        if t[:2] in ("B-", "I-"):
            prefix, typ = t[0], t[2:]
        else:
            typ = t
            prefix = "I" if prev == typ else "B"
        lab = labels.get(typ)
        if lab is None:
            out.append("O")
            prev = "O"
            continue
        if prefix == "I" and (not out or out[-1] == "O" or out[-1][2:] != lab):
            prefix = "B"
        out.append(f"{prefix}-{lab}")
        prev = typ
    return out


def read_token_tag(path: Path, col: int, labels: dict[str, str]) -> Iterator[Sent]:
    """Read one-token-per-line NER files (DaN+ TSV, Webbnyheter); whitespace-only line = break."""
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if words:
                yield {"words": words, "spaces": [True] * len(words), "tags": None, "lemmas": None,
                       "heads": None, "deps": None, "ents": _map_iob(tags, labels)}
            words, tags = [], []
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        parts = [p for p in parts if p != ""] if col == 1 else parts
        words.append(parts[0].strip() or "_")
        tags.append(parts[col] if len(parts) > col else "O")
    return


def make_doc(vocab, sents: list[Sent]) -> Doc:
    """Join sentences into one Doc so the parser learns sentence boundaries."""
    words, spaces, tags, lemmas, heads, deps, ents, starts = [], [], [], [], [], [], [], []
    with_tags = all(s["tags"] is not None for s in sents)
    with_deps = all(s["heads"] is not None for s in sents)
    with_ents = all(s["ents"] is not None for s in sents)
    for s in sents:
        off = len(words)
        words += s["words"]
        spaces += s["spaces"]
        if s["spaces"]:
            spaces[-1] = True
        starts += [True] + [False] * (len(s["words"]) - 1)
        if with_tags:
            tags += s["tags"]
            lemmas += s["lemmas"]
        if with_deps:
            heads += [h + off for h in s["heads"]]
            deps += s["deps"]
        if with_ents:
            ents += s["ents"]
    kwargs = {}
    if with_tags:
        kwargs.update(tags=tags, lemmas=lemmas)
    if with_deps:
        kwargs.update(heads=heads, deps=deps)
    else:
        kwargs.update(sent_starts=starts)
    if with_ents:
        kwargs.update(ents=ents)
    return Doc(vocab, words=words, spaces=spaces, **kwargs)


def write(path: Path, sents: list[Sent], nlp=None) -> int:
    """Write sentences in docs of SENTS_PER_DOC, grouping only sentences with the same layers."""
    nlp = nlp or spacy.blank("xx")
    db = DocBin(store_user_data=False)
    buf: list[Sent] = []

    def key(s: Sent) -> tuple[bool, bool, bool]:
        return (s["tags"] is None, s["heads"] is None, s["ents"] is None)

    for s in sents:
        if buf and (len(buf) >= SENTS_PER_DOC or key(buf[0]) != key(s)):
            db.add(make_doc(nlp.vocab, buf))
            buf = []
        buf.append(s)
    if buf:
        db.add(make_doc(nlp.vocab, buf))
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return len(sents)


def _ndt_index(variety: str) -> dict[tuple[str, ...], Sent]:
    idx: dict[tuple[str, ...], Sent] = {}
    for f in sorted((DATA / "norne" / "ndt" / variety).glob("*.conll")):
        for s in read_conll(f, ndt=True):
            idx.setdefault(tuple(s["words"]), s)
            idx.setdefault(tuple(s["words"][:10]) + ("<prefix>",), s)
    return idx


def ndt_for_ud(ud_file: Path, idx: dict[tuple[str, ...], Sent]) -> tuple[list[Sent], int]:
    """NDT trees for the UD dev/test sentences, with the UD spacing (gold tokens)."""
    out, missing = [], 0
    for u in read_conll(ud_file, ndt=False):
        s = idx.get(tuple(u["words"])) or idx.get(tuple(u["words"][:10]) + ("<prefix>",))
        if s is None or len(s["words"]) != len(u["words"]):
            missing += 1
            continue
        out.append({**s, "spaces": u["spaces"]})
    return out, missing


def build_no() -> None:
    d = DATA / "norne"
    train = [*read_conll(d / "derived/no_bokmaal-ndt-train.derived.conll", ndt=True),
             *read_conll(d / "derived/no_nynorsk-ndt-train.derived.conll", ndt=True)]
    random.Random(1).shuffle(train)
    n = write(OUT / "no/train.spacy", train)
    print(f"no train {n}")
    dev: list[Sent] = []
    for var, code, short in (("nob", "bokmaal", "nb"), ("nno", "nynorsk", "nn")):
        idx = _ndt_index(var)
        dv, miss = ndt_for_ud(d / f"ud/{var}/no_{code}-ud-dev.conllu", idx)
        dev += dv
        te, miss_t = ndt_for_ud(d / f"ud/{var}/no_{code}-ud-test.conllu", idx)
        write(OUT / f"no/test_{short}.spacy", te)
        write(OUT / f"{short}/test_ud.spacy", list(read_conll(d / f"ud/{var}/no_{code}-ud-test.conllu", ndt=False)))
        print(f"{short} dev {len(dv)} (+{miss} unmatched) test {len(te)} (+{miss_t} unmatched)")
    write(OUT / "no/dev.spacy", dev)


def _split_ud(dev_file: Path, test_file: Path) -> tuple[list[Sent], list[Sent], list[Sent]]:
    dev = list(read_conll(dev_file, ndt=False))
    test = list(read_conll(test_file, ndt=False))
    half = len(test) // 2
    pool = dev + test[:half]
    es = [s for i, s in enumerate(pool) if i % 10 == 9]
    tr = [s for i, s in enumerate(pool) if i % 10 != 9]
    return tr, es, test[half:]


def _attach(sents: list[Sent], ner: Iterable[Sent]) -> int:
    """Copy NER onto UD sentences with the same token sequence (DaN+ news = DDT)."""
    by_words: dict[tuple[str, ...], list[str]] = {}
    for s in ner:
        by_words.setdefault(tuple(s["words"]), s["ents"])
    hit = 0
    for s in sents:
        ents = by_words.get(tuple(s["words"]))
        if ents is not None:
            s["ents"] = ents
            hit += 1
    return hit


def build_da() -> None:
    tr, es, te = _split_ud(DATA / "ud-danish-ddt/da_ddt-ud-dev.conllu", DATA / "ud-danish-ddt/da_ddt-ud-test.conllu")
    dp = DATA / "danplus/data"
    gold = [*read_token_tag(dp / "da_news_dev.tsv", 1, BASIC_LABELS),
            *read_token_tag(dp / "da_news_test.tsv", 1, BASIC_LABELS)]
    hits = _attach(tr + es + te, gold)
    ner_train = list(read_token_tag(dp / "da_news_train.tsv", 1, BASIC_LABELS))
    train = tr + ner_train  # spacy train shuffles docs; sentences stay grouped by layer
    write(OUT / "da/train.spacy", train)
    write(OUT / "da/dev.spacy", es)
    write(OUT / "da/test.spacy", te)
    print(f"da train {len(tr)}+{len(ner_train)} ner-only, dev {len(es)}, test {len(te)}, ner attached {hits}")


def build_sv() -> None:
    tr, es, te = _split_ud(DATA / "ud-swedish-talbanken/sv_talbanken-ud-dev.conllu",
                           DATA / "ud-swedish-talbanken/sv_talbanken-ud-test.conllu")
    w = DATA / "swedish-ner-webbnyheter2012"
    ner = list(read_token_tag(w / "train_corpus.txt", 1, BASIC_LABELS))
    ner_dev = [s for i, s in enumerate(ner) if i % 20 == 19]
    ner_tr = [s for i, s in enumerate(ner) if i % 20 != 19]
    train = tr + ner_tr
    write(OUT / "sv/train.spacy", train)
    write(OUT / "sv/dev.spacy", es + ner_dev)
    write(OUT / "sv/test.spacy", te)
    write(OUT / "sv/test_ner.spacy", list(read_token_tag(w / "test_corpus.txt", 1, BASIC_LABELS)))
    print(f"sv train {len(tr)}+{len(ner_tr)} ner-only, dev {len(es)}+{len(ner_dev)}, test {len(te)}")


def build_en() -> None:
    tr, es, te = _split_ud(DATA / "ud-english-ewt/en_ewt-ud-dev.conllu", DATA / "ud-english-ewt/en_ewt-ud-test.conllu")
    write(OUT / "en/train.spacy", tr)
    write(OUT / "en/dev.spacy", es)
    write(OUT / "en/test.spacy", te)
    print(f"en train {len(tr)}, dev {len(es)}, test {len(te)}")


def norwegian_ud_train() -> list[Sent]:
    """The 30,000 NDT training trees (nb and nn) converted to UD (training/ndt_to_ud.py).

    Heads, labels and UPOS come from the converter; words, lemmas and NorNE's names from the
    NDT rows. Shuffled with a fixed seed so the two varieties mix."""
    import ndt_to_ud

    table = ndt_to_ud.load_table()
    out: list[Sent] = []
    for name in ("no_bokmaal", "no_nynorsk"):
        path = DATA / "norne" / "derived" / f"{name}-ndt-train.derived.conll"
        for rows in ndt_to_ud.rows_of(path):
            heads, labels, upos = ndt_to_ud.convert(rows, table)
            s = _sent_from_rows(rows, ndt=True)
            if len(s["words"]) != len(rows):
                continue
            s["tags"] = upos
            s["heads"] = [i if h < 0 else h for i, h in enumerate(heads)]
            s["deps"] = ["ROOT" if h < 0 else lab for h, lab in zip(heads, labels, strict=True)]
            out.append(s)
    random.Random(1).shuffle(out)
    return out


def build_no_ud() -> None:
    """nb and nn jointly in UD: converted NDT train; NorNE UD dev (gold UD) to stop; UD test per variety."""
    d = DATA / "norne" / "ud"
    train = norwegian_ud_train()
    write(OUT / "no_ud/train.spacy", train)
    dev = [*read_conll(d / "nob/no_bokmaal-ud-dev.conllu", ndt=False),
           *read_conll(d / "nno/no_nynorsk-ud-dev.conllu", ndt=False)]
    write(OUT / "no_ud/dev.spacy", dev)
    write(OUT / "no_ud/test_nb.spacy", list(read_conll(d / "nob/no_bokmaal-ud-test.conllu", ndt=False)))
    write(OUT / "no_ud/test_nn.spacy", list(read_conll(d / "nno/no_nynorsk-ud-test.conllu", ndt=False)))
    print(f"no_ud train {len(train)} converted trees, dev {len(dev)}")


def build_scandi() -> None:
    """Danish and Swedish trained together with the Norwegian trees in UD.

    Why: the Danish and Swedish UD data here are about 850 and 1,000 training sentences, too few
    for a parser (LAS 58 and 68); Bokmål is close to Danish in writing and Swedish shares most
    function words, so the Norwegian trees (NDT train converted to UD, plus NorNE's UD dev) can
    teach both. NorNE's names are left out (its labels differ); NER comes from DaN+ and
    Webbnyheter as in the per-language models. Measured on the same untouched test halves as
    ``da`` and ``sv``."""
    d = DATA / "norne" / "ud"
    norwegian = [*read_conll(d / "nob/no_bokmaal-ud-dev.conllu", ndt=False),
                 *read_conll(d / "nno/no_nynorsk-ud-dev.conllu", ndt=False),
                 *norwegian_ud_train()]
    for s in norwegian:
        s["ents"] = None
    da_tr, da_es, da_te = _split_ud(DATA / "ud-danish-ddt/da_ddt-ud-dev.conllu", DATA / "ud-danish-ddt/da_ddt-ud-test.conllu")
    dp = DATA / "danplus/data"
    _attach(da_tr + da_es + da_te, [*read_token_tag(dp / "da_news_dev.tsv", 1, BASIC_LABELS),
                                    *read_token_tag(dp / "da_news_test.tsv", 1, BASIC_LABELS)])
    sv_tr, sv_es, sv_te = _split_ud(DATA / "ud-swedish-talbanken/sv_talbanken-ud-dev.conllu",
                                    DATA / "ud-swedish-talbanken/sv_talbanken-ud-test.conllu")
    ner_da = list(read_token_tag(dp / "da_news_train.tsv", 1, BASIC_LABELS))
    ner_sv = list(read_token_tag(DATA / "swedish-ner-webbnyheter2012" / "train_corpus.txt", 1, BASIC_LABELS))
    ner_sv_dev = [s for i, s in enumerate(ner_sv) if i % 20 == 19]
    ner_sv = [s for i, s in enumerate(ner_sv) if i % 20 != 19]
    # the 34,000 Norwegian trees would drown 800 Danish and 1,000 Swedish ones: each of those is seen
    # UPSAMPLE times per epoch
    write(OUT / "scandi/train.spacy", norwegian + (da_tr + sv_tr) * UPSAMPLE + ner_da + ner_sv)
    write(OUT / "scandi/dev.spacy", da_es + sv_es + ner_sv_dev)
    write(OUT / "scandi/test_da.spacy", da_te)
    write(OUT / "scandi/test_sv.spacy", sv_te)
    print(f"scandi train {len(norwegian)} no + {len(da_tr)} da + {len(sv_tr)} sv trees, "
          f"{len(ner_da) + len(ner_sv)} ner-only; dev {len(da_es) + len(sv_es)}; test da {len(da_te)}, sv {len(sv_te)}")


BUILDERS = {"no": build_no, "no_ud": build_no_ud, "da": build_da, "sv": build_sv, "en": build_en, "scandi": build_scandi}

if __name__ == "__main__":
    for name in sys.argv[1:] or list(BUILDERS):
        BUILDERS[name]()
