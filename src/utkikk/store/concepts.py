"""Cross-lingual query expansion: concept tables and actor names.

Why: the full-text index lemmatises each article in its own language, so "sanksjoner" finds
"sanksjonene" but never the Danish "sanktioner", the Swedish "sanktioner" or the English
"sanctions" unless a lemmatiser happens to agree. An analyst following a topic across five
languages needs one query to reach all of them. Two data sources do that:

- per-language concept tables (``lang/<code>/concepts.yaml``): a key shared by all five tables
  and each language's words for it. A query word that is, or lemmatises to, a listed word stands
  for every language's words under the same key;
- the actor knowledge base (``actors/kb``): a query naming an actor ("Nord-Korea", "DPRK",
  "Pyongyang") stands for all its names and metonyms in every language.

An alternative is a tuple of lower-cased word tokens: one token is a word (matched by surface form
or lemma), several a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..datafiles import load_yaml
from ..record import SUPPORTED_LANGUAGES

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
KB_DIR = Path(__file__).resolve().parent.parent / "actors" / "kb"
WORD = re.compile(r"\w+", re.UNICODE)
MAX_NAME_TOKENS = 6
Alt = tuple[str, ...]


def tokens(text: str) -> Alt:
    """The lower-cased word tokens of a name or phrase, as the index splits them."""
    return tuple(w.lower() for w in WORD.findall(text or ""))


@cache
def concept_table(lang: str) -> dict[str, list[str]]:
    """One language's concept table: key → words (empty for a language without one)."""
    path = LANG_DIR / lang / "concepts.yaml"
    if not path.exists():
        return {}
    data = load_yaml(path) or {}
    return {str(k): [str(w) for w in (v or [])] for k, v in data.items()}


@cache
def _concept_keys() -> dict[str, frozenset[str]]:
    """Index from a normalised form (lower-cased word, or its lemma in the table's language) to keys."""
    from .search import lemma

    out: dict[str, set[str]] = {}
    for lang in SUPPORTED_LANGUAGES:
        for key, words in concept_table(lang).items():
            for w in words:
                toks = tokens(w)
                if len(toks) != 1:
                    out.setdefault(" ".join(toks), set()).add(key)
                    continue
                for form in {toks[0], lemma(toks[0], lang)}:
                    out.setdefault(form, set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


def concepts_of(forms: Iterable[str]) -> list[str]:
    """The concept keys any of these normalised forms (surface or lemma) belongs to."""
    idx = _concept_keys()
    found: set[str] = set()
    for f in forms:
        found |= idx.get(f, frozenset())
    return sorted(found)


@cache
def concept_alternatives(key: str) -> frozenset[Alt]:
    """Every language's words for one concept, each with its lemma in its own language."""
    from .search import lemma

    out: set[Alt] = set()
    for lang in SUPPORTED_LANGUAGES:
        for w in concept_table(lang).get(key, []):
            toks = tokens(w)
            if not toks:
                continue
            out.add(toks)
            if len(toks) == 1:
                out.add((lemma(toks[0], lang),))
    return frozenset(out)


# -- actor names --------------------------------------------------------------------------------


def _case_sensitive(name: str) -> bool:
    """Short all-capital abbreviations (IS, WHO, AU, UN) are ordinary words in some language:
    they name the actor only when typed in capitals."""
    letters = re.sub(r"\W", "", name)
    return bool(letters) and letters.isupper() and len(letters) <= 5


@dataclass(frozen=True)
class ActorNames:
    code: str
    name: str
    names: tuple[str, ...] = field(default_factory=tuple)


@cache
def _actors() -> dict[str, ActorNames]:
    out: dict[str, ActorNames] = {}
    for fname in ("states.yaml", "organisations.yaml", "groups.yaml"):
        path = KB_DIR / fname
        if not path.exists():
            continue
        for rec in load_yaml(path) or []:
            if not isinstance(rec, dict) or not rec.get("code"):
                continue
            names: list[str] = [str(rec.get("name") or rec["code"])]
            for per in (rec.get("names") or {}).values():
                names += [str(n) for n in per or []]
            names += [str(n) for n in rec.get("metonyms") or []]
            for per in (rec.get("metonyms_lang") or {}).values():
                names += [str(n) for n in per or []]
            seen: dict[str, None] = {}
            for n in names:
                seen.setdefault(n, None)
            out[str(rec["code"])] = ActorNames(str(rec["code"]), str(rec.get("name") or rec["code"]), tuple(seen))
    return out


@cache
def _name_index() -> tuple[dict[Alt, str], dict[Alt, str]]:
    """(case-insensitive, case-sensitive) indexes from name tokens to actor code. A name two
    actors share is left out: it would expand to the wrong actor half the time."""
    loose: dict[Alt, set[str]] = {}
    exact: dict[Alt, set[str]] = {}
    for code, a in _actors().items():
        for n in a.names:
            if _case_sensitive(n):
                exact.setdefault(tuple(WORD.findall(n)), set()).add(code)
            else:
                toks = tokens(n)
                if toks and len(toks) <= MAX_NAME_TOKENS:
                    loose.setdefault(toks, set()).add(code)
    return ({k: next(iter(v)) for k, v in loose.items() if len(v) == 1},
            {k: next(iter(v)) for k, v in exact.items() if len(v) == 1})


def actor_for(words: Sequence[str]) -> str | None:
    """The actor code these query words name (as typed; a genitive -s is tried without it)."""
    loose, exact = _name_index()
    key = tuple(words)
    if key in exact:
        return exact[key]
    low = tuple(w.lower() for w in words)
    if low in loose:
        return loose[low]
    if low and len(low[-1]) > 3 and low[-1].endswith("s"):
        return loose.get((*low[:-1], low[-1][:-1]))
    return None


def actor_alternatives(code: str) -> frozenset[Alt]:
    """Every name and metonym of an actor in every language, as token tuples."""
    a = _actors().get(code)
    if a is None:
        return frozenset({(code.lower(),)})
    return frozenset(t for t in (tokens(n) for n in a.names) if t)


def actor_names(code: str) -> list[str]:
    """The actor's names as written in the knowledge base (for the page's "searched for" line)."""
    a = _actors().get(code)
    return list(a.names) if a else [code]


def match_actor_span(words: Sequence[str], start: int) -> tuple[str, int] | None:
    """The longest run of words from ``start`` that names an actor: (code, number of words)."""
    for n in range(min(MAX_NAME_TOKENS, len(words) - start), 0, -1):
        code = actor_for(words[start:start + n])
        if code:
            return code, n
    return None
