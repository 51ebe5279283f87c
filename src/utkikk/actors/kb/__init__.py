"""Load the actor knowledge base (the YAML files beside this module) into lookup tables.

The data files list base forms; this loader adds inflections by the per-language rules in
``utkikk/lang/<code>/inflection.yaml`` so that "NATOs", "Nord-Koreas", "USA's", "USA:s",
"nordkoreanske" and "russerne" all find their actor without anyone listing them.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ...datafiles import load_yaml
from ...record import SUPPORTED_LANGUAGES

KB_DIR = Path(__file__).parent
# the curated people first; the generated file (tools/kb_from_phoenix.py) adds people the curated
# list lacks, and never a person the curated list holds
PERSON_FILES = ("persons.yaml", "persons_phoenix.tsv")
# role titles of the generated file's sectors (its source names sectors, not offices)
SECTOR_TITLES = {"GOV": "Government", "MIL": "Military", "LEG": "Legislature", "JUD": "Judiciary",
                 "COP": "Police", "SPY": "Intelligence", "IGO": "Official"}
ROMAN = re.compile(r"^[IVXLC]+$")
LANG_DIR = KB_DIR.parent.parent / "lang"


def _load_yaml(path: Path) -> Any:
    if not path.exists():
        return None
    return load_yaml(path)


@cache
def _folding() -> tuple[dict[int, str], re.Pattern[str], dict[str, str], list[tuple[re.Pattern[str], str]]]:
    data = _load_yaml(KB_DIR / "folding.yaml") or {}
    letters = str.maketrans({str(k): str(v) for k, v in (data.get("letters") or {}).items()})
    seqs = {str(k): str(v) for k, v in (data.get("sequences") or {}).items()}
    alternation = re.compile("|".join(re.escape(k) for k in sorted(seqs, key=len, reverse=True)) or "(?!)")
    return letters, alternation, seqs, [(re.compile(p), r) for p, r in data.get("rewrites") or []]


DOUBLE = re.compile(r"([a-z])\1")


@lru_cache(maxsize=1 << 16)
def fold_name(name: str) -> str:
    """The key under which a person's name is looked up: spellings of one name in the five
    presses and their transliterations (Zelenskyj, Zelenskiy, Zelensky; Sergej, Sergei; Milošević,
    Milosevic) fold to one key, by the rules in ``folding.yaml``. The number of words is kept, so
    a key of n words is still looked up from n words of text."""
    letters, alternation, seqs, rewrites = _folding()
    s = unicodedata.normalize("NFKD", name.lower().translate(letters))
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(letters)
    s = alternation.sub(lambda m: seqs[m.group()], " ".join(s.split()))
    for pattern, repl in rewrites:
        s = pattern.sub(repl, s)
    return DOUBLE.sub(r"\1", s)


@cache
def lang_data(lang: str, name: str) -> dict[str, Any]:
    """A per-language data file (``lang/<code>/<name>.yaml``), empty when the language has none."""
    return _load_yaml(LANG_DIR / lang / f"{name}.yaml") or {}


@dataclass(frozen=True)
class Form:
    """One surface form (lower-cased key) and what it stands for."""

    code: str
    kind: str  # name | adjective | demonym | metonym | context | seat
    exact: bool = False  # short abbreviation: matches only written in capitals ("IS", not "is")
    capital: bool = False  # written with a capital in the KB: matches only capitalised text


@dataclass
class Role:
    actor: str
    role: str
    start: str
    end: str | None
    sector: str | None = None  # GOV, MIL, LEG, JUD, COP, SPY where the source says (imported roles)
    imported: bool = False  # from the generated file: an office held then, no link once it ended


@dataclass
class PersonEntry:
    name: str
    variants: list[str]
    roles: list[Role] = field(default_factory=list)

    def role_at(self, when: str | None) -> Role | None:
        """The role held at ``when`` (YYYY, YYYY-MM or YYYY-MM-DD); the latest role when undated."""
        if not self.roles:
            return None
        if not when:
            return self.roles[-1]
        for r in self.roles:
            start = r.start[: len(when)]
            end = (r.end or "9999-12-31")[: len(when)]
            if start <= when <= end:
                return r
        return None

    def last_role_before(self, when: str | None) -> Role | None:
        """The latest role that ended before ``when``: a former leader is still linked to that actor."""
        if not when:
            return None
        # an imported role's end is often only the source's own date (2014), and a governor or deputy
        # of then is no actor later: only curated roles link a former holder
        past = [r for r in self.roles if r.end and r.end[: len(when)] < when and not r.imported]
        return max(past, key=lambda r: r.end or "") if past else None


@dataclass
class KnowledgeBase:
    actors: dict[str, dict[str, Any]]  # code -> record (name, kind, parent ...)
    forms: dict[str, dict[str, list[Form]]]  # lang -> lowercase form -> forms
    ambiguous: dict[str, set[str]]  # lang -> lowercase names that never match alone
    persons: list[PersonEntry]
    person_forms: dict[str, list[PersonEntry]]  # lowercase variant/surname -> persons
    media: dict[str, dict[str, Any]]  # lowercase name -> media record
    max_words: int = 1
    person_folded: dict[str, list[PersonEntry]] = field(default_factory=dict)  # fold_name(variant) -> persons

    def persons_named(self, text: str) -> list[PersonEntry]:
        """The people a name as written may be: its exact (lower-case) form first, else its folded
        form ("Zelenskiy", "Dmitrij Peskov", "Milošević"). A single word shorter than five letters is
        looked up exactly only: short words fold into common ones ("Bus" would find Bush)."""
        key = " ".join(text.split()).lower()
        found = self.person_forms.get(key)
        if found:
            return found
        if " " not in key and len(key) < 5:
            return []
        return self.person_folded.get(fold_name(key), [])

    def name(self, code: str) -> str:
        rec = self.actors.get(code)
        return rec.get("name", code) if rec else code


def _inflect(base: str, suffixes: list[str]) -> list[str]:
    return [base + s for s in (suffixes or [""])]


def _state_forms(rec: dict[str, Any], lang: str, infl: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for n in (rec.get("names") or {}).get(lang, []) or []:
        out.append((n, "name"))
    for a in (rec.get("adjectives") or {}).get(lang, []) or []:
        out += [(f, "adjective") for f in _inflect(a, infl.get("adjective_suffixes", [""]))]
    for d in (rec.get("demonyms") or {}).get(lang, []) or []:
        out += [(f, "demonym") for f in _inflect(d, infl.get("demonym_suffixes", [""]))]
        for ending, plurals in (infl.get("demonym_plurals") or {}).items():
            if d.endswith(ending):
                out += [(d[: -len(ending)] + p, "demonym") for p in plurals]
    for m in rec.get("metonyms") or []:
        out.append((m, "metonym"))
    for m in (rec.get("metonyms_lang") or {}).get(lang, []) or []:
        out.append((m, "metonym"))
    return out


def _org_forms(rec: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    names = rec.get("names") or {}
    out = [(n, "name") for n in names.get(lang, []) or []]
    out += [(n, "name") for n in names.get("all", []) or []]
    if lang != "en":
        # the Scandinavian press often keeps an organisation's English name ("World Food Program",
        # "Human Rights Watch"): a proper name of two or more words is its name in every language
        own = {n.lower() for n in names.get(lang, []) or []}
        out += [(n, "name") for n in names.get("en", []) or []
                if len(n.split()) >= 2 and all(w[:1].isupper() for w in n.split() if w.isalpha() and len(w) > 3)
                and n[:1].isupper() and n.lower() not in own]
    out += [(n, "context") for n in (rec.get("context_names") or {}).get(lang, []) or []]
    out += [(n, "seat") for n in rec.get("seats") or []]
    return out


ACTOR_FILES = (("states.yaml", "state"), ("organisations.yaml", "organisation"), ("groups.yaml", "group"))


_LOADING = threading.Lock()
_KB: KnowledgeBase | None = None


def load() -> KnowledgeBase:
    """Read every KB file once per process. The first load is under a lock: the server warms the
    KB in a background thread at startup (``web.app.warm_up``), and a request that asks for it
    meanwhile waits for that one load instead of doing the same seconds of work beside it. Once
    loaded, no lock (event coding asks for it per candidate actor)."""
    global _KB
    if _KB is None:
        with _LOADING:
            if _KB is None:
                _KB = _load()
    return _KB


def _load() -> KnowledgeBase:
    actors: dict[str, dict[str, Any]] = {}
    forms: dict[str, dict[str, list[Form]]] = {lang: defaultdict(list) for lang in SUPPORTED_LANGUAGES}
    ambiguous: dict[str, set[str]] = {lang: set() for lang in SUPPORTED_LANGUAGES}
    max_words = 1

    def add(lang: str, text: str, form: Form) -> None:
        nonlocal max_words
        key = " ".join(text.split()).lower()
        if not key:
            return
        if form not in forms[lang][key]:
            forms[lang][key].append(form)
        max_words = max(max_words, len(key.split()))

    for fname, default_kind in ACTOR_FILES:
        for rec in _load_yaml(KB_DIR / fname) or []:
            code = rec["code"]
            actors[code] = {**rec, "kind": rec.get("kind", default_kind)}
            for lang in SUPPORTED_LANGUAGES:
                infl = lang_data(lang, "inflection")
                pairs = _state_forms(rec, lang, infl) if default_kind == "state" else _org_forms(rec, lang)
                for text, kind in pairs:
                    exact = kind == "name" and text.isupper() and len(text) <= 3
                    add(lang, text, Form(code, kind, exact, text[:1].isupper()))
                for amb in (rec.get("ambiguous") or []):
                    ambiguous[lang].add(amb.lower())

    persons: list[PersonEntry] = []
    person_forms: dict[str, list[PersonEntry]] = defaultdict(list)
    person_folded: dict[str, list[PersonEntry]] = defaultdict(list)
    curated: dict[str, PersonEntry] = {}  # folded full name -> curated person
    for fname in PERSON_FILES:
        generated = fname != PERSON_FILES[0]
        for rec in (_load_table(KB_DIR / fname) if generated else _load_yaml(KB_DIR / fname) or []):
            p = _person(rec)
            full = [fold_name(k) for k in (p.name, *p.variants) if len(k.split()) >= 2 or k == p.name]
            if generated:
                same = next((curated[k] for k in full if k in curated), None)
                if same is not None:
                    # the curated record of this person wins; the imported roles only fill the
                    # periods it leaves open (Nawaz Sharif's terms in the 1990s)
                    _fill_roles(same, p.roles)
                    continue
            else:
                for k in full:
                    curated.setdefault(k, p)
            persons.append(p)
            # the full name and the listed variants; a bare surname only where the KB lists it, since
            # many surnames are also words or places ("May", "Hague")
            keys = {k for k in (p.name, *p.variants) if not ROMAN.match(k) and len(k) >= 2}
            for k in keys:
                key = " ".join(k.split()).lower()
                if p not in person_forms[key]:
                    person_forms[key].append(p)
                if p not in person_folded[fold_name(key)]:
                    person_folded[fold_name(key)].append(p)
                max_words = max(max_words, len(key.split()))

    media: dict[str, dict[str, Any]] = {}
    for rec in _load_yaml(KB_DIR / "media.yaml") or []:
        for n in [rec.get("name", ""), *(rec.get("names") or [])]:
            if n:
                media[n.lower()] = rec

    return KnowledgeBase(actors, {k: dict(v) for k, v in forms.items()}, ambiguous, persons,
                         dict(person_forms), media, max_words, dict(person_folded))


def _overlap(a: Role, b: Role) -> bool:
    return a.start <= (b.end or "9999") and b.start <= (a.end or "9999")


def _fill_roles(person: PersonEntry, roles: list[Role]) -> None:
    """Add the ``roles`` that overlap none of ``person``'s roles, keeping the order by start."""
    new = [r for r in roles if not any(_overlap(r, mine) for mine in person.roles)]
    if new:
        person.roles = sorted(person.roles + new, key=lambda r: r.start)


def _load_table(path: Path) -> list[dict[str, Any]]:
    """The generated people (``tools/kb_from_phoenix.py``): name, variants, roles a line."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, variants, roles = line.split("\t")
            out.append({"name": name, "variants": [v for v in variants.split(" | ") if v],
                        "roles": roles.split("; ")})
    return out


def _role(r: dict[str, Any] | str) -> Role:
    if isinstance(r, str):  # the generated file's compact form: "USA GOV 1989-01-20 1993-01-20"
        actor, sector, start, end = r.split()
        return Role(actor, SECTOR_TITLES.get(sector, sector), "" if start == "-" else start,
                    None if end == "null" else end, None if sector == "IGO" else sector, imported=True)
    return Role(r["actor"], r.get("role", ""), str(r.get("start") or ""),
                str(r["end"]) if r.get("end") else None, r.get("sector"))


def _person(rec: dict[str, Any]) -> PersonEntry:
    roles = [_role(r) for r in rec.get("roles") or []]
    roles.sort(key=lambda r: r.start)
    return PersonEntry(rec["name"], list(rec.get("variants") or []), roles)


def actor_name(code: str) -> str:
    """Display name of an actor code (the code itself when the KB does not know it)."""
    return actor_names().get(code, code)


@cache
def actor_names() -> dict[str, str]:
    """Every actor code with its display name, as :meth:`KnowledgeBase.name` gives it, read from the
    three actor files alone. Why apart from :func:`load`: a name is all a search result, an alert or
    a network needs, and the whole KB (folding some 40,000 person names) costs seconds, which the
    first search on a fresh server would otherwise wait for; this costs a tenth of a second."""
    out: dict[str, str] = {}
    for fname, _kind in ACTOR_FILES:
        for rec in _load_yaml(KB_DIR / fname) or []:
            out[rec["code"]] = rec.get("name", rec["code"])
    return out
