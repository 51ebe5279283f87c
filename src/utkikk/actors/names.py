"""Person-name candidates from the tagger's proper nouns, where the pipeline has no NER.

Why: the English pipeline is trained without NER (no English NER data here, training/README.md),
so a person the knowledge base lacks ("Falah al-Naqib", a spokesman, the sender of an e-mail)
was never seen at all: neither given an actor by the title or apposition around the name nor
listed as a person acting for no one. A run of two to four capitalised proper nouns, a title in
front left off, is handed to the recogniser as the NER's PER entities are in the other languages;
the words of ``lang/<code>/names.yaml`` keep places, bodies and dates out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .kb import lang_data

INITIAL = re.compile(r"[A-Z]\.$")


@cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    data = lang_data(lang, "names")
    if not data.get("titles"):
        return None  # a language whose pipeline has NER reads no names from proper nouns
    return (frozenset(str(w) for w in data.get("titles") or []),
            frozenset(str(w) for w in data.get("particles") or []),
            frozenset(str(w) for w in data.get("not_names") or []))


def _name_token(t: Any) -> bool:
    """A capitalised proper noun or an initial ("W."), not an abbreviation in capitals ("UN")."""
    text = t.text
    if INITIAL.match(text):
        return True
    return t.pos_ == "PROPN" and text[:1].isupper() and not text.isupper() and text[1:2].isalpha()


def proper_name_spans(doc: Any, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, "PER") character spans of person-name candidates in a parsed ``doc``; empty
    for a language whose ``names.yaml`` lists no titles (one whose pipeline has NER)."""
    words = _words(lang)
    if words is None:
        return []
    titles, particles, not_names = words
    from .recogniser import recogniser  # the recogniser imports the KB this module shares

    rec = recogniser(lang)
    toks = list(doc)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        if not _name_token(toks[i]) and toks[i].text not in titles:
            i += 1
            continue
        run = []
        j = i
        while j < len(toks):
            t = toks[j]
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if _name_token(t) or (t.text in titles and not run):
                run.append(t)
            elif (t.text in ("-", "–") and run and nxt is not None and not toks[j - 1].whitespace_
                  and not t.whitespace_ and (_name_token(nxt) or nxt.text.lower() in particles)):
                run.append(t)  # "al-Naqib", "Abdel-Mahdi": a hyphen written between name parts
            elif t.text.islower() and t.text in particles and nxt is not None and (
                    _name_token(nxt) or (nxt.text in ("-", "–") and not t.whitespace_)):
                run.append(t)  # "bin Laden", "de Villepin", "al-Sadr"
            else:
                break
            j += 1
        i = max(j, i + 1)
        # the title in front is no part of the name ("Interior Minister", "Gen.", "Secretary General")
        cut = 0
        for k, t in enumerate(run):
            if t.text in titles or t.text.rstrip(".") in titles or rec.role_word(t.text):
                cut = k + 1
        run = run[cut:]
        while run and (run[0].text in ("-", "–") or run[0].text in particles):
            if run[0].text in particles and len(run) > 1:
                break  # "al-Sadr" keeps its particle
            run = run[1:]
        while run and (run[-1].text in ("-", "–") or run[-1].text in particles):
            run = run[:-1]
        names = [t for t in run if _name_token(t) and not INITIAL.match(t.text)]
        if not 2 <= len(names) <= 4 or any(t.text in not_names for t in run):
            continue
        out.append((run[0].idx, run[-1].idx + len(run[-1].text), "PER"))
    return out
