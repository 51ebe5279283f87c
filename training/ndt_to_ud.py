"""Convert Norwegian Dependency Treebank (NDT) trees to Universal Dependencies.

Why: the 30,000 Norwegian training trees (NorNE ``derived/``, nb and nn) exist only in the NDT
scheme, while Danish, Swedish and English come in UD. One scheme for all five languages lets the
argument reader use one role mapping, and lets Danish and Swedish learn from the Norwegian trees.

Two steps:

1. **Structure, by rule.** NDT makes function words heads where UD makes content words heads.
   Four promotions, applied to the deepest function word first so chains resolve
   ("måtte ha dannet", "er å berette", "uaktet at han har underskrevet"):
   a preposition (or any word) over its ``PUTFYLL`` complement becomes ``case``/``mark`` of it;
   the infinitive marker over its ``INFV`` verb becomes ``mark``; an auxiliary over its ``INFV``
   verb becomes ``aux`` (``aux:pass`` for bli/verte over a participle); ``være``/``vere`` over its
   ``SPRED`` predicate becomes ``cop``. The promoted word takes the function word's head, its NDT
   role and its other dependents.
2. **Labels and UPOS, learned.** The NorNE UD dev trees exist in both schemes. From those aligned
   pairs :func:`learn` counts which UD label and UPOS go with a token's context (its NDT role, its
   and its new head's NDT tag, the function words now attached to it, a few features) and keeps
   the majority, backing off to coarser contexts. The UD test trees are never used to build it;
   ``python training/ndt_to_ud.py`` reports its head and label accuracy on them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "norne"
TABLE = Path(__file__).resolve().parent / "corpus" / "ndt_to_ud.json"

AUX_LEMMAS = {"ha", "kunne", "skulle", "ville", "vilje", "måtte", "burde", "få", "være", "vere",
              "bli", "verte", "tørre"}
PASSIVE_AUX = {"bli", "verte"}
COPULA = {"være", "vere"}
Row = list[str]  # CoNLL-X columns: id, form, lemma, tag, tag, feats, head, label, _, misc


def rows_of(path: Path) -> Iterator[list[Row]]:
    """Sentences of a CoNLL file as column rows, multiword ranges and the NDT headline `|` dropped."""
    rows: list[Row] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if rows:
                yield _renumber(rows)
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                rows.append(cols)


def _renumber(rows: list[Row]) -> list[Row]:
    keep = [r for r in rows if not (r[1] == "|" and r[3] == "clb")]
    if len(keep) == len(rows):
        return rows
    new_id = {r[0]: str(i + 1) for i, r in enumerate(keep)}
    root = next((new_id[r[0]] for r in keep if r[6] == "0"), "1")
    out = []
    for r in keep:
        r = list(r)
        r[6] = "0" if r[6] == "0" else new_id.get(r[6], root)
        if r[6] == r[0]:
            r[6] = "0"
        r[0] = new_id[r[0]]
        out.append(r)
    return out


class Tree:
    """One NDT sentence being rebuilt: 0-based heads (-1 = root), roles and fixed UD labels."""

    def __init__(self, rows: list[Row]):
        self.rows = rows
        self.form = [r[1] for r in rows]
        self.lemma = [r[2].lower() for r in rows]
        self.tag = [r[3] for r in rows]
        self.feats = [set(r[5].split("|")) for r in rows]
        self.head = [int(r[6]) - 1 for r in rows]
        self.role = [r[7] for r in rows]
        self.fixed: list[str | None] = [None] * len(rows)
        for i, h in enumerate(self.head):
            if h == i:
                self.head[i] = -1

    def children(self, i: int) -> list[int]:
        return [j for j, h in enumerate(self.head) if h == i]

    def depth(self, i: int) -> int:
        d, seen = 0, set()
        while self.head[i] >= 0 and i not in seen:
            seen.add(i)
            i = self.head[i]
            d += 1
        return d

    def promote(self, fw: int, content: int, label: str) -> None:
        """Make ``content`` the head in place of the function word ``fw``."""
        self.head[content] = self.head[fw]
        self.role[content] = self.role[fw]
        for j in self.children(fw):
            if j != content:
                self.head[j] = content
        self.head[fw] = content
        self.fixed[fw] = label

    def is_verb(self, i: int) -> bool:
        return self.tag[i] == "verb"


def _promotion(t: Tree, i: int) -> tuple[int, str] | None:
    """The dependent that should head in place of ``i``, and ``i``'s UD label, if ``i`` is a function word."""
    kids = t.children(i)
    putfyll = [j for j in kids if t.role[j] == "PUTFYLL"]
    if putfyll:
        c = putfyll[0]
        return c, ("mark" if t.is_verb(c) else "case")
    infv = [j for j in kids if t.role[j] == "INFV" and t.is_verb(j)]
    if t.tag[i] == "inf-merke" and infv:
        return infv[0], "mark"
    if t.is_verb(i) and t.lemma[i] in AUX_LEMMAS and infv:
        c = infv[0]
        passive = t.lemma[i] in PASSIVE_AUX and "perf-part" in t.feats[c]
        return c, ("aux:pass" if passive else "aux")
    if t.is_verb(i) and t.lemma[i] in COPULA:
        spred = [j for j in kids if t.role[j] == "SPRED"]
        if spred:
            return spred[0], "cop"
    return None


def restructure(t: Tree) -> Tree:
    for i in sorted(range(len(t.form)), key=t.depth, reverse=True):
        if t.fixed[i] is not None:
            continue
        p = _promotion(t, i)
        if p is not None:
            t.promote(i, *p)
    return t


def contexts(t: Tree, i: int) -> list[tuple[str, ...]]:
    """Feature tuples for token ``i``, most specific first (the backoff chain for the tables)."""
    h = t.head[i]
    htag = "ROOT" if h < 0 else t.tag[h]
    kids = t.children(i)
    fw = ",".join(sorted({t.fixed[j] for j in kids if t.fixed[j]} | {"som" for j in kids if t.lemma[j] == "som" and t.role[j] == "SBU"}))
    passive = "pass" if ("pass" in t.feats[i] or any(t.fixed[j] == "aux:pass" for j in kids)) else ""
    hpass = "" if h < 0 else ("pass" if ("pass" in t.feats[h] or any(t.fixed[j] == "aux:pass" for j in t.children(h))) else "")
    hsubj = "" if h < 0 else ("hsubj" if any(t.role[j] in ("SUBJ", "PSUBJ") and j != i for j in t.children(h)) else "")
    vform = next((f for f in ("inf", "perf-part", "pres", "pret", "imp", "gen", "prop", "poss", "kvant", "<ordenstall>") if f in t.feats[i]), "")
    digit = "num" if any(ch.isdigit() for ch in t.form[i]) else ""
    fixed = t.fixed[i] or ""
    word = t.lemma[i] if t.tag[i] not in ("subst", "verb", "adj") else ""
    return [
        (fixed, t.role[i], t.tag[i], vform, digit, htag, fw, passive, hpass, hsubj, word),
        (fixed, t.role[i], t.tag[i], vform, digit, htag, fw, passive, hpass, hsubj),
        (fixed, t.role[i], t.tag[i], vform, htag, fw, hpass),
        (fixed, t.role[i], t.tag[i], htag),
        (fixed, t.role[i], t.tag[i]),
        (fixed, t.role[i]),
    ]


def pos_contexts(t: Tree, i: int, label: str) -> list[tuple[str, ...]]:
    vform = ",".join(sorted(f for f in t.feats[i] if f in ("inf", "perf-part", "pres", "pret", "prop", "kvant", "poss", "pers", "dem", "<adj>", "<ordenstall>", "sp", "refl")))
    digit = "num" if any(ch.isdigit() for ch in t.form[i]) else ""
    word = t.lemma[i] if t.tag[i] not in ("subst", "verb", "adj") else ""
    return [(t.tag[i], vform, digit, label, word), (t.tag[i], vform, digit, label), (t.tag[i], label), (t.tag[i],)]


def pairs(split: str) -> Iterator[tuple[list[Row], list[Row]]]:
    """NDT and UD rows of the same NorNE UD ``split`` sentences (nb and nn), matched on their words."""
    for var, code in (("nob", "bokmaal"), ("nno", "nynorsk")):
        index: dict[tuple[str, ...], list[Row]] = {}
        for f in sorted((DATA / "ndt" / var).glob("*.conll")):
            for rows in rows_of(f):
                index.setdefault(tuple(r[1] for r in rows), rows)
        for ud in rows_of(DATA / "ud" / var / f"no_{code}-ud-{split}.conllu"):
            ndt = index.get(tuple(r[1] for r in ud))
            if ndt is not None:
                yield ndt, ud


def learn(split: str = "dev") -> dict:
    """Majority UD label and UPOS per context, counted on the aligned ``split`` pairs."""
    lab: dict[tuple, Counter] = defaultdict(Counter)
    pos: dict[tuple, Counter] = defaultdict(Counter)
    for ndt, ud in pairs(split):
        t = restructure(Tree(ndt))
        for i, u in enumerate(ud):
            gold = "root" if u[6] == "0" else u[7]
            for c in contexts(t, i):
                lab[c][gold] += 1
            for c in pos_contexts(t, i, gold):
                pos[c][u[3]] += 1
    return {"label": {"\t".join(k): v.most_common(1)[0][0] for k, v in lab.items()},
            "upos": {"\t".join(k): v.most_common(1)[0][0] for k, v in pos.items()}}


def load_table() -> dict:
    if not TABLE.exists():
        TABLE.parent.mkdir(parents=True, exist_ok=True)
        TABLE.write_text(json.dumps(learn()), encoding="utf-8")
    return json.loads(TABLE.read_text(encoding="utf-8"))


def convert(rows: list[Row], table: dict) -> tuple[list[int], list[str], list[str]]:
    """UD heads (0-based, -1 = root), labels and UPOS for one NDT sentence."""
    t = restructure(Tree(rows))
    labels, upos = [], []
    for i in range(len(rows)):
        label = "root" if t.head[i] < 0 else next(
            (table["label"][k] for k in ("\t".join(c) for c in contexts(t, i)) if k in table["label"]), "dep")
        if t.head[i] >= 0 and label == "root":
            label = "dep"
        labels.append(label)
        upos.append(next((table["upos"][k] for k in ("\t".join(c) for c in pos_contexts(t, i, label))
                          if k in table["upos"]), "X"))
    return t.head, labels, upos


def accuracy(split: str, table: dict) -> dict[str, float]:
    """Head (UAS), head+label (LAS), label and UPOS agreement with the UD trees of ``split``."""
    n = uas = las = lab = up = 0
    for ndt, ud in pairs(split):
        heads, labels, upos = convert(ndt, table)
        for i, u in enumerate(ud):
            gh = int(u[6]) - 1
            gl = "root" if gh < 0 else u[7]
            n += 1
            uas += heads[i] == gh
            las += heads[i] == gh and labels[i] == gl
            lab += labels[i] == gl
            up += upos[i] == u[3]
    return {"tokens": n, "UAS": round(100 * uas / n, 1), "LAS": round(100 * las / n, 1),
            "label": round(100 * lab / n, 1), "UPOS": round(100 * up / n, 1)}


if __name__ == "__main__":
    table = learn("dev")
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_text(json.dumps(table), encoding="utf-8")
    for split in sys.argv[1:] or ["dev", "test"]:
        print(split, accuracy(split, table))
