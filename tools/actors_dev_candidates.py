"""Pick person and quote candidates for ``devset/actors``: unreserved corpus sentences chosen by regex.

usage: .venv/bin/python tools/actors_dev_candidates.py LANG [--quotes 30] [--persons 40] [--seed S] [--show]
       [--exclude FILE.jsonl ...] [--file REL]

Sentences are visited in a seeded random order (not the file's); reserved ones
(``shared/tools/reserved.py``) and those already in ``devset/<lang>.jsonl`` are skipped (kept with
``--with-devset``, used for en, whose single dev file holds too few), and so are the sentences of
every ``--exclude`` file (a later set drawn with another seed leaves out the earlier ones).
``--file`` draws from another corpus file of the language than the development-set source (a
path under ``../shared/data``), for a later set where the source has no candidates left. A
*quote* candidate has a speech verb right after a comma, a closing quote mark or ``!``/``?``
("..., sier Stoltenberg", "...," said Smith) with a capitalised word among the four tokens after
it, or (en) a capitalised word right before "said"/"says" after a quote mark. A *person* candidate
(from the sentences left) has a role noun (minister, president, spokesperson, ambassador, party leader ...)
followed by a capitalised word ("utenriksminister Jonas Gahr Støre") or with a capitalised word
ending in a comma among the three before it ("Dora Akunyili, leder ..."), or a party tag in brackets
after a capitalised word ("Jenny Klinge (Sp)"). The
choice depends on these patterns only, never on the recogniser or the quote attributor, so the
set does not favour the rules it measures. Prints ``KIND<TAB>KEY`` (``--show`` adds the text, for
the annotator's eyes only: never store it in the repository).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from utkikk.evaluation import corpora
from utkikk.evaluation.devset import DEVSET, reserved_keys

SPEECH = {
    "nb": r"sier|sa|forteller|fortalte|understreker|understreket|skriver|uttaler|uttalte|opplyser|opplyste|legger til|la til|svarer|svarte",
    "nn": r"seier|sa|sei|fortel|fortalde|understrekar|understreka|skriv|uttaler|uttalte|opplyser|opplyste|legg til|la til|svarar|svara",
    "da": r"siger|sagde|fortæller|fortalte|understreger|understregede|skriver|udtaler|udtalte|oplyser|oplyste|tilføjer|tilføjede|svarer|svarede",
    "sv": r"säger|sa|sade|berättar|berättade|understryker|skriver|uppger|uppgav|tillägger|tillade|svarar|svarade",
    "en": r"says|said|told|added|adds|tells|stated|explained",
}
ROLES = {
    "nb": r"\w*(minister|president|statsråd)(en|ens)?|stortingsrepresentant(en)?|ambassadør(en)?|generalsekretær(en)?"
          r"|tals(mann|kvinne|person)(en)?|kansler(en)?|senator(en)?|kong(e|en)|dronning(en)?|statssekretær(en)?"
          r"|general(en)?|(parti|gruppe)?leder(en)?|utsending(en)?|diplomat(en)?|\((Ap|H|Frp|FrP|SV|Sp|KrF|V|RV)\)",
    "nn": r"\w*(minister|president|statsråd)(en|ens|ane)?|stortingsrepresentant(en)?|ambassadør(en)?"
          r"|generalsekretær(en)?|tals(mann|kvinne|person)(en)?|kanslar(en)?|senator(en)?|kong(e|en)|dronning(a)?"
          r"|statssekretær(en)?|general(en)?|(parti|gruppe)?leiar(en)?|utsending(en)?|diplomat(en)?|\((Ap|H|Frp|FrP|SV|Sp|KrF|V|RV)\)",
    "da": r"\w*(minister|præsident)(en|ens)?|folketingsmedlem(met)?|ambassadør(en)?|generalsekretær(en)?|talsm(and|anden)"
          r"|kansler(en)?|senator(en)?|kong(e|en)|dronning(en)?|general(en)?|(parti|gruppe)?formand(en)?|(parti)?leder(en)?"
          r"|diplomat(en)?|\((S|V|K|SF|DF|RV|CD|FrP|Kr\.F|EL)\)",
    "sv": r"\w*(minister|president)(n|en|ns)?|riksdagsledamot(en)?|ambassadör(en)?|generalsekreterare(n)?"
          r"|tales(man|mannen|kvinna|person)|pressekreterare(n)?|kansler(n)?|senator(n)?|kung(en)?|drottning(en)?"
          r"|general(en)?|(parti)?ledare(n)?|(parti)?ordförande(n)?|diplomat(en)?|\((s|m|fp|c|kd|v|mp|sd)\)",
    "en": r"\w*minister|president|secretary|ambassador|spokes(man|woman|person)|senator|chancellor|king|queen"
          r"|general|governor|leader|chairman|envoy|diplomat|cleric|\([DR]-\w+\)",
}
PRONOUNS = {"I", "De", "Han", "Hun", "Ho", "Hon", "He", "She", "They", "We", "Vi", "Jeg", "Eg", "Jag", "Det", "Den", "It"}


def capitalised(tok: str) -> bool:
    return tok[:1].isupper() and tok not in PRONOUNS and any(c.isalpha() for c in tok)


def is_quote(lang: str, text: str) -> bool:
    for m in re.finditer(rf"[,!?»\"”] ({SPEECH[lang]})\b", text):
        after = text[m.end():].split()[:4]
        if any(capitalised(t) for t in after):
            return True
    if lang == "en" and re.search(r"[\"”][^\"”]*[A-Z]\w+ (said|says|told)\b", text):
        return True
    return False


def is_person(lang: str, text: str) -> bool:
    toks = text.split()
    role = re.compile(rf"^({ROLES[lang]})[,:]?$", re.IGNORECASE if lang != "sv" else 0)
    for i, tok in enumerate(toks):
        if not role.match(tok):
            continue
        if tok.startswith("("):  # a party tag after a name: "Jenny Klinge (Sp)"
            if i > 0 and capitalised(toks[i - 1]):
                return True
            continue
        after = i + 1 < len(toks) and capitalised(toks[i + 1])  # "utenriksminister Jonas Gahr Støre"
        before = any(capitalised(t) and t.endswith(",") for t in toks[max(0, i - 3):i])  # "Dora Akunyili, leder"
        if after or before:
            return True
    return False


def candidates(lang: str, n_quotes: int, n_persons: int, seed: int, with_devset: bool = False,
               exclude: list[str] | None = None, rel: str | None = None) -> list[tuple[str, str]]:
    """(kind, key) of the first quote and person candidates in the seeded order; ``exclude``: jsonl
    files whose sentences of this corpus file are skipped, so a new set never repeats an earlier one."""
    rel = rel or corpora.SOURCES[lang]
    sents = corpora.sentences(rel)
    reserved = reserved_keys(rel)
    used: set[str] = set()
    path = DEVSET / f"{lang}.jsonl"
    if path.is_file() and not with_devset:
        used = {json.loads(line)["sent"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    for ex in exclude or []:
        for line in Path(ex).read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line).get("file") == rel:
                used.add(json.loads(line)["sent"])
    keys = [k for k in sents if k not in reserved and k not in used and len(sents[k].split()) >= 5]
    random.Random(seed).shuffle(keys)
    quotes = [k for k in keys if is_quote(lang, sents[k])][:n_quotes]
    chosen = set(quotes)
    persons = [k for k in keys if k not in chosen and is_person(lang, sents[k])][:n_persons]
    return [("quotes", k) for k in quotes] + [("persons", k) for k in persons]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang")
    ap.add_argument("--quotes", type=int, default=30)
    ap.add_argument("--persons", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20260117)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--with-devset", action="store_true", help="keep sentences of devset/<lang>.jsonl (en: too few otherwise)")
    ap.add_argument("--exclude", nargs="*", default=[], help="jsonl files whose sentences are left out")
    ap.add_argument("--file", default=None, help="corpus file under ../shared/data (default: the language's source)")
    a = ap.parse_args()
    sents = corpora.sentences(a.file or corpora.SOURCES[a.lang])
    for kind, key in candidates(a.lang, a.quotes, a.persons, a.seed, a.with_devset, a.exclude, a.file):
        print(f"{kind}\t{key}" + (f"\t{sents[key]}" if a.show else ""))


if __name__ == "__main__":
    main()
