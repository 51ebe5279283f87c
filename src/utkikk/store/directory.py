"""The actor directory: every actor in a store with its names, and name look-up for navigation.

An analyst knows actors by name ("Russland", "Rysslands", "Nato"), not by code, and types them
without accents or in lower case. This module builds one list of the store's actors (codes seen in
events or mentions), names each in the five languages from the knowledge base, and finds actors by
code or name prefix, case- and accent-insensitively, for type-ahead and for the suggestions on a
"no such actor" page. It only reads; the heavy part is cached per store version like the other
whole-store aggregates in :mod:`utkikk.store.queries`.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import distinct, func, select

from ..record import SUPPORTED_LANGUAGES
from . import schema as t
from .queries import DT, _cached, _kb

# letters that NFKD does not split into a base letter and a mark
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ı": "i", "þ": "th",
                       "’": "'", "‐": "-", "–": "-"})
INFLECTION_SLACK = 3  # "Rysslands", "NATOs", "USA:s": a query may run this far past a whole name


def fold(text: str) -> str:
    """Lower case without accents ("Øst-Timor" → "ost-timor"), so that any spelling typed finds a name."""
    s = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.translate(_FOLD).split())


@dataclass
class _Entry:
    """One actor as the finder sees it: display fields plus every folded name to match."""

    code: str
    keys: list[tuple[str, str]] = field(default_factory=list)  # (folded name, name as written)
    persons: list[tuple[str, str, str]] = field(default_factory=list)  # (folded, person, role)


def _kb_names(rec: dict[str, Any]) -> dict[str, list[str]]:
    names = rec.get("names") or {}
    everywhere = list(names.get("all") or [])
    out = {}
    for lang in SUPPORTED_LANGUAGES:
        listed = list(names.get(lang) or []) + everywhere
        if listed:
            out[lang] = listed
    return out


def _describe(code: str, kb: Any, stored: dict[str, tuple[str, str | None]]) -> dict[str, Any]:
    """Name and kind of a code: the knowledge base first, then the store's own actors table."""
    rec = (kb.actors.get(code) if kb is not None else None) or {}
    names = _kb_names(rec)
    st_name, st_kind = stored.get(code, (None, None))
    return {
        "code": code,
        "name": rec.get("name") or st_name or code,
        "names": {lang: names[lang][0] for lang in SUPPORTED_LANGUAGES if lang in names},
        "kind": rec.get("kind") or st_kind,
        "parent": rec.get("parent"),
        "in_kb": bool(rec),
    }


def _store_counts(store: Any) -> dict[str, dict[str, int]]:
    """Reports as source and as target, mentions and articles for every code in the store."""
    counts: dict[str, dict[str, int]] = {}

    def row(code: str) -> dict[str, int]:
        return counts.setdefault(code, {"events_as_source": 0, "events_as_target": 0, "mentions": 0, "articles": 0})

    m = t.mentions
    with store.engine.connect() as conn:
        for col, key in ((DT.c.source, "events_as_source"), (DT.c.target, "events_as_target")):
            for code, n in conn.execute(select(col, func.sum(DT.c.reports)).where(col != "*").group_by(col)):
                row(code)[key] += int(n or 0)
        for code, n, arts in conn.execute(select(m.c.code, func.count(), func.count(distinct(m.c.article_id)))
                                          .group_by(m.c.code)):
            row(code).update(mentions=int(n), articles=int(arts))
    return counts


def _stored_actors(store: Any) -> dict[str, tuple[str, str | None]]:
    a = t.actors
    with store.engine.connect() as conn:
        return {code: (name, kind) for code, name, kind in conn.execute(select(a.c.code, a.c.name, a.c.kind))}


def actor_index(store: Any) -> list[dict[str, Any]]:
    """Every actor in the store (seen in an event or a mention), most reported first.

    Each row has the code, the display name, the first name in each language the knowledge base
    has, the kind, and the counts an analyst sorts by.
    """
    def compute() -> list[dict[str, Any]]:
        kb, stored = _kb(), _stored_actors(store)
        rows = []
        for code, c in _store_counts(store).items():
            rows.append({**_describe(code, kb, stored), **c, "events": c["events_as_source"] + c["events_as_target"]})
        rows.sort(key=lambda r: (-r["events"], -r["mentions"], r["code"]))
        return rows

    return _cached(store, ("actor_index",), compute)


@cache
def _kb_entries() -> dict[str, _Entry]:
    """Folded names of every knowledge-base actor, and of the people who act for it."""
    kb = _kb()
    entries: dict[str, _Entry] = {}
    if kb is None:
        return entries
    for code, rec in kb.actors.items():
        e = entries.setdefault(code, _Entry(code))
        written = {rec.get("name") or code, *(n for ns in _kb_names(rec).values() for n in ns)}
        e.keys.extend((fold(n), n) for n in sorted(written) if n)
    for p in kb.persons:
        role = p.roles[-1] if p.roles else None
        if role is None:
            continue
        e = entries.setdefault(role.actor, _Entry(role.actor))
        e.persons.append((fold(p.name), p.name, role.role))
    return entries


def _rank(q: str, entry: _Entry) -> tuple[int, str | None] | None:
    """How well ``q`` (folded) names the actor: lower is better; None when it does not."""
    code = entry.code.casefold()
    if q == code:
        return 0, entry.code
    best: tuple[int, str | None] | None = (2, entry.code) if code.startswith(q) else None
    for key, written in entry.keys:
        if key == q:
            return 1, written
        if key.startswith(q):
            cand = (3, written)
        elif any(w.startswith(q) for w in key.replace("-", " ").split()[1:]):
            cand = (4, written)
        elif len(key) >= 4 and q.startswith(key) and len(q) - len(key) <= INFLECTION_SLACK:
            cand = (5, written)
        else:
            continue
        if best is None or cand[0] < best[0]:
            best = cand
    return best


def _person_match(q: str, entry: _Entry) -> tuple[str, str] | None:
    if len(q) < 3:
        return None
    for key, name, role in entry.persons:
        if key.startswith(q) or any(w.startswith(q) for w in key.split()[1:]):
            return name, role
    return None


def _entries(store: Any) -> tuple[dict[str, _Entry], dict[str, dict[str, Any]]]:
    """Finder entries for the knowledge base and the store together, and the store's index rows."""
    rows = {r["code"]: r for r in actor_index(store)}
    entries = dict(_kb_entries())
    for code, r in rows.items():
        if code not in entries:
            entries[code] = _Entry(code, [(fold(r["name"]), r["name"])])
    return entries, rows


def _row(code: str, rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if code in rows:
        return dict(rows[code])
    d = _describe(code, _kb(), {})
    return {**d, "events_as_source": 0, "events_as_target": 0, "events": 0, "mentions": 0, "articles": 0}


def suggest(store: Any, q: str, *, limit: int = 10, in_store: bool = False) -> list[dict[str, Any]]:
    """Actors whose code or a name in any language starts with ``q`` (case and accents ignored).

    Also a whole name followed by a short ending ("Rysslands" → RUS) and a person's name
    ("Støre" → NOR, ``via`` says who). Actors with events in this store come first.
    Each row is an :func:`actor_index` row plus ``match`` (the name that matched) and ``via``.
    """
    fq = fold(q or "")
    if not fq:
        return []
    entries, rows = _entries(store)
    found = []
    for code, entry in entries.items():
        if in_store and code not in rows:
            continue
        r = _rank(fq, entry)
        via = None
        if r is None:
            pm = _person_match(fq, entry)
            if pm is None:
                continue
            r, via = (6, pm[0]), f"{pm[0]} ({pm[1]})" if pm[1] else pm[0]
        row = _row(code, rows)
        found.append((r[0], -row["events"], code not in rows, code, {**row, "match": r[1], "via": via}))
    found.sort(key=lambda x: x[:4])
    return [x[-1] for x in found[:limit]]


def closest(store: Any, text: str, *, limit: int = 5) -> list[dict[str, Any]]:
    """Actors an unknown code or name was probably meant to be: prefix matches, then look-alikes."""
    out = suggest(store, text, limit=limit)
    if len(out) >= limit:
        return out
    entries, rows = _entries(store)
    by_key: dict[str, str] = {}
    for code, e in entries.items():
        by_key.setdefault(code.casefold(), code)
        for key, _ in e.keys:
            by_key.setdefault(key, code)
    seen = {r["code"] for r in out}
    for key in difflib.get_close_matches(fold(text), list(by_key), n=limit * 3, cutoff=0.7):
        code = by_key[key]
        if code not in seen:
            seen.add(code)
            out.append({**_row(code, rows), "match": key, "via": None})
    return out[:limit]


def is_known(store: Any, code: str) -> bool:
    """Whether a code is an actor of this store or of the knowledge base (a page can be shown)."""
    kb = _kb()
    return bool(kb is not None and code in kb.actors) or any(r["code"] == code for r in actor_index(store))


def resolve(store: Any, text: str | None) -> str | None:
    """The code a typed actor stands for: a known code as is, else the best exact name match.

    Lets a form accept "Russland" or "russia" where a code is expected; anything else is
    returned unchanged for the usual checks to judge.
    """
    if text is None or not text.strip():
        return text
    raw = text.strip()
    if is_known(store, raw.upper()):
        return raw.upper()
    hits = suggest(store, raw, limit=1)
    if hits and hits[0]["match"] and fold(hits[0]["match"]) == fold(raw):
        return hits[0]["code"]
    return raw


__all__ = ["actor_index", "closest", "fold", "is_known", "resolve", "suggest"]
