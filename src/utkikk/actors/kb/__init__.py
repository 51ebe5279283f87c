"""Load the actor knowledge base (the YAML files beside this module) into lookup tables.

The data files list base forms; this loader adds inflections by the per-language rules in
``utkikk/lang/<code>/inflection.yaml`` so that "NATOs", "Nord-Koreas", "USA's", "USA:s",
"nordkoreanske" and "russerne" all find their actor without anyone listing them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ...datafiles import load_yaml
from ...record import SUPPORTED_LANGUAGES

KB_DIR = Path(__file__).parent
ROMAN = re.compile(r"^[IVXLC]+$")
LANG_DIR = KB_DIR.parent.parent / "lang"


def _load_yaml(path: Path) -> Any:
    if not path.exists():
        return None
    return load_yaml(path)


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
        past = [r for r in self.roles if r.end and r.end[: len(when)] < when]
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


@cache
def load() -> KnowledgeBase:
    """Read every KB file once per process."""
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

    for fname, default_kind in (("states.yaml", "state"), ("organisations.yaml", "organisation"),
                                ("groups.yaml", "group")):
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
    for rec in _load_yaml(KB_DIR / "persons.yaml") or []:
        roles = [Role(r["actor"], r.get("role", ""), str(r.get("start") or ""),
                      str(r["end"]) if r.get("end") else None) for r in rec.get("roles") or []]
        roles.sort(key=lambda r: r.start)
        p = PersonEntry(rec["name"], list(rec.get("variants") or []), roles)
        persons.append(p)
        # the full name and the listed variants; a bare surname only where the KB lists it, since
        # many surnames are also words or places ("May", "Hague")
        keys = {k for k in (p.name, *p.variants) if not ROMAN.match(k) and len(k) >= 2}
        for k in keys:
            key = " ".join(k.split()).lower()
            if p not in person_forms[key]:
                person_forms[key].append(p)
            max_words = max(max_words, len(key.split()))

    media: dict[str, dict[str, Any]] = {}
    for rec in _load_yaml(KB_DIR / "media.yaml") or []:
        for n in [rec.get("name", ""), *(rec.get("names") or [])]:
            if n:
                media[n.lower()] = rec

    return KnowledgeBase(actors, {k: dict(v) for k, v in forms.items()}, ambiguous, persons,
                         dict(person_forms), media, max_words)


def actor_name(code: str) -> str:
    """Display name of an actor code (the code itself when the KB does not know it)."""
    return load().name(code)
