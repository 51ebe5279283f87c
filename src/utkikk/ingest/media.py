"""News outlets and wire agencies: recognising them in datelines, credits, site names and feed titles.

Outlets and agencies are the sources of an article, never political actors, so they live in their own
KB file (`actors/kb/media.yaml`) and are only looked up here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .data import media_entries

# The country a language's press usually comes from: settles names two outlets share ("TV 2").
LANG_COUNTRY = {"nb": "NOR", "nn": "NOR", "da": "DNK", "sv": "SWE", "en": "GBR"}


@dataclass(frozen=True)
class Medium:
    code: str
    name: str
    kind: str  # agency | outlet
    country: str | None


@cache
def _by_name() -> dict[str, tuple[Medium, ...]]:
    table: dict[str, list[Medium]] = {}
    for e in media_entries():
        m = Medium(str(e["code"]), str(e["name"]), str(e.get("kind", "outlet")), e.get("country"))
        for n in [e["name"], *(e.get("names") or [])]:
            lst = table.setdefault(str(n), [])
            if m not in lst:
                lst.append(m)
    return {k: tuple(v) for k, v in table.items()}


def lookup(name: str, lang: str | None = None) -> Medium | None:
    """The medium known by exactly `name` (case-sensitive first, then case-insensitive)."""
    name = " ".join(name.split()).strip(" .,:;")
    table = _by_name()
    hits = table.get(name)
    if not hits:
        low = name.casefold()
        hits = next((v for k, v in table.items() if k.casefold() == low), None)
    if not hits:
        return None
    if len(hits) > 1 and lang in LANG_COUNTRY:
        for m in hits:
            if m.country == LANG_COUNTRY[lang]:
                return m
    return hits[0]


@cache
def names_pattern(kind: str | None = None) -> str:
    """A regex alternation of all names of media of `kind` (all kinds if None), longest first."""
    names = {n for n, ms in _by_name().items() if kind is None or any(m.kind == kind for m in ms)}
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


def find_in(title: str, lang: str | None = None) -> Medium | None:
    """The first known medium named as a whole word in a site name or feed title ("NRK - Siste nytt")."""
    m = lookup(title, lang)
    if m:
        return m
    rx = re.compile(rf"(?<![\w-])(?:{names_pattern()})(?![\w-])")
    hit = rx.search(title)
    return lookup(hit.group(0), lang) if hit else None


def outlet_name(raw: str | None, lang: str | None = None) -> str | None:
    """The canonical name of an outlet given by a site name, feed title or JSONL `source` field.

    An unknown name is kept as given (tidied): it still says where the article came from.
    """
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    host = _HOST.match(raw)
    if host:  # "www.vg.no", "https://nrk.no/…": the label before the top-level domain names the outlet
        m = lookup(host.group("label"), lang)
        if m:
            return m.name
    m = find_in(raw, lang)
    return m.name if m else " ".join(raw.split())


_HOST = re.compile(r"^(?:https?://)?(?:www\.|m\.)?(?:[\w-]+\.)*?(?P<label>[\w-]+)\.[a-z]{2,6}(?:[/:].*)?$", re.I)
