"""A small hand-written store: the fixture for the web tests, the screenshots and the benchmark.

The articles live in ``sample/articles.yaml`` (texts written for Utkikk). Offsets of mentions,
triggers, sentences and quotes are found in the text here, so the YAML stays readable.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml
from ..events.ontology import tones
from ..record import Article, Event, Mention, Person, Quote

SAMPLE = Path(__file__).parent / "sample" / "articles.yaml"
_SENT = re.compile(r"[^.!?\n]+[.!?]?")


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def _sentence(text: str, pos: int) -> tuple[int, int]:
    for m in _SENT.finditer(text):
        if m.start() <= pos < m.end():
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            return s, e
    return 0, len(text)


def article_from(rec: dict[str, Any]) -> Article:
    """Turn one YAML record into an :class:`Article` with computed offsets."""
    text = rec["text"].strip() + "\n"
    art = Article(doc=rec["doc"], text=text, source=f"sample/{rec['doc']}", title=rec.get("title"),
                  lang=rec.get("lang"), published=str(rec.get("published")) if rec.get("published") else None,
                  date_precision="day", outlet=rec.get("outlet"), url=rec.get("url"))
    taken: list[tuple[int, int]] = []
    for surface, code in sorted(rec.get("mentions") or [], key=lambda sc: -len(sc[0])):
        for s, e in _occurrences(text, surface):
            if any(s < te and ts < e for ts, te in taken):
                continue  # a longer name already covers this span
            taken.append((s, e))
            art.mentions.append(Mention(s, e, text[s:e], code, "name"))
    art.mentions.sort(key=lambda m: m.start)
    for p in rec.get("persons") or []:
        art.persons.append(Person(p["name"], p.get("actor"), p.get("role"), int(p.get("mentions", 1))))
    for q in rec.get("quotes") or []:
        s = text.index(q["text"])
        ss, se = _sentence(text, s)
        art.quotes.append(Quote(q.get("speaker"), q["text"], text[ss:se], s, s + len(q["text"]),
                                q.get("actor"), q.get("kind", "direct")))
    for ev in rec.get("events") or []:
        occ = _occurrences(text, ev["trigger"])
        nth = int(ev.get("nth", 1))
        if len(occ) < nth:
            raise ValueError(f"{rec['doc']}: trigger {ev['trigger']!r} occurs {len(occ)} times, not {nth}")
        s, e = occ[nth - 1]
        ss, se = _sentence(text, s)
        art.events.append(Event(
            source=ev["source"], target=ev["target"], type=ev["type"], mode=ev.get("mode"),
            negated=bool(ev.get("negated")), hypothetical=bool(ev.get("hypothetical")),
            date=str(ev.get("date") or rec.get("published")), sentence=text[ss:se], trigger=text[s:e],
            pattern="sample", start=s, end=e, sent_start=ss, sent_end=se, speaker=ev.get("speaker"),
            modality=ev.get("modality", "asserted"), tone=ev.get("tone") or (tones(ev["type"]) or (None,))[0],
            source_text=_named(art, ev["source"], ss, se, s), target_text=_named(art, ev["target"], ss, se, s),
            **_place(ev.get("place"), art.lang or "en")))
    return art


def _place(name: str | None, lang: str) -> dict[str, Any]:
    """The place fields of an event whose YAML names its place ("place: Kharkiv"), resolved as the
    coder resolves one (events/locations.py); a name the gazetteer lacks is an error in the YAML."""
    if not name:
        return {}
    from ..events import place_fields
    from ..events.locations import resolve_place

    place = resolve_place(name, lang)
    if place is None:
        raise ValueError(f"sample place {name!r} is in no gazetteer")
    return place_fields(place)


def _named(art: Article, code: str, start: int, end: int, near: int) -> str | None:
    """The words naming ``code`` in the sentence [start, end), the mention nearest the trigger."""
    found = [(abs(m.start - near), m.text) for m in art.mentions if m.code == code and start <= m.start < end]
    return min(found)[1] if found else None


def sample_articles(path: Path = SAMPLE) -> list[tuple[Article, str | None]]:
    """The sample articles with the doc name of the article each one near-duplicates."""
    recs = load_yaml(path)
    return [(article_from(r), r.get("near_duplicate_of")) for r in recs]


def build_sample_store(db: str | os.PathLike[str]) -> Any:
    """Create (or extend) a store at ``db`` with the sample articles; returns the open Store."""
    from ..store import Store

    store = Store(db)
    ids: dict[str, int] = {}
    for art, dup in sample_articles():
        near = ids.get(dup) if dup else None
        added = store.add_article(art, near_duplicate_of=near, similarity=0.9 if near else None)
        ids[art.doc] = added.article_id
    return store
