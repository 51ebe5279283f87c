"""Attribute quotes to speakers, and through the speaker to an actor.

Forms handled, in every language by its ``lang/<code>/quotes.yaml`` cues:
- dash-led paragraphs ("– …, sier Stoltenberg."), and paragraphs that end in an attribution
  (", avsluttet Stoltenberg."); a dash paragraph with no attribution continues the last speaker;
- guillemets «…» and typographic or straight double quotes, attributed after or before;
- reported speech ("Han sier at …", "Ifølge ham …").
Pronouns ("han", "hun") resolve to the last person named before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Article, Quote
from .kb import lang_data

DASHES = "–—-"
QUOTE_PAIRS = [("«", "»"), ("“", "”"), ("„", "“"), ('"', '"')]


@dataclass
class Speaker:
    name: str | None
    actor: str | None


@dataclass
class QuoteCues:
    verbs: re.Pattern[str]
    complementizers: set[str]
    according: re.Pattern[str] | None
    pronouns: set[str]

    @classmethod
    def for_lang(cls, lang: str) -> QuoteCues:
        d = lang_data(lang, "quotes")
        verbs = sorted(d.get("speech_verbs") or ["says", "said"], key=len, reverse=True)
        acc = d.get("according_to") or []
        coref = lang_data(lang, "coref")
        pron = {p.lower() for p in (coref.get("person_singular") or ["han", "hun", "ho", "hon", "he", "she"])}
        # "Generalsekretæren omtaler sprængningen som «…»": a definite title points back as a pronoun does
        pron |= {p.lower() for p in coref.get("person_role") or [] if " " not in p}
        return cls(
            re.compile(r"\b(" + "|".join(re.escape(v) for v in verbs) + r")\b", re.IGNORECASE),
            {c.lower() for c in d.get("complementizers") or ["at", "att", "that"]},
            re.compile(r"\b(" + "|".join(re.escape(a) for a in acc) + r")\s+", re.IGNORECASE) if acc else None,
            pron,
        )


class SpeakerIndex:
    """Where each person is named in the article, to resolve a name or pronoun at a position."""

    def __init__(self, art: Article) -> None:
        points = {(m.start, m.end, m.person, m.code) for m in art.mentions if m.person}
        # people with no actor have no mention, but they speak all the same ("sier Astrid Sehl")
        taken = [(s, e) for s, e, _n, _c in points]
        for p in art.persons:
            if p.actor or len(p.name) < 5:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(p.name) + r"(?!\w)", art.text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    points.add((m.start(), m.end(), p.name, None))
        self.points = sorted(points, key=lambda x: (x[0], x[1]))
        self.actor_of = {p.name: p.actor for p in art.persons}
        self.role_points = sorted((m.start, m.end, m.code) for m in art.mentions if m.kind == "role")

    def in_span(self, start: int, end: int) -> Speaker | None:
        for s, e, name, code in self.points:
            if start <= s and e <= end:
                return Speaker(name, self.actor_of.get(name, code))
        for s, e, code in self.role_points:
            if start <= s and e <= end:
                return Speaker(None, code)
        return None

    def last_before(self, pos: int, skip: tuple[int, int] | None = None) -> Speaker | None:
        """The last person named before ``pos``, leaving out those named inside ``skip`` (the
        quote itself: "«Jeg møtte Hulusi Akar i går», sier han" — he is not Akar)."""
        best = None
        for s, _e, name, code in self.points:
            if s < pos and not (skip and skip[0] <= s < skip[1]):
                best = Speaker(name, self.actor_of.get(name, code))
        return best


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n\s*\n|\n", text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _sentence_around(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    b_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    b = min(b_candidates) + 1 if b_candidates else len(text)
    return " ".join(text[a + 1:b].split())


def attribute_quotes(art: Article) -> list[Quote]:
    """Fill ``art.quotes`` from the text and the mentions already found."""
    cues = QuoteCues.for_lang(art.lang or "en")
    idx = SpeakerIndex(art)
    text = art.text
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    last: Speaker | None = None

    def resolve(span_start: int, span_end: int, at: int, quote: tuple[int, int] | None = None) -> Speaker | None:
        phrase = text[span_start:span_end].strip().lower().split()
        if phrase and phrase[0] in cues.pronouns:
            # "sade han enligt AFP efter ett möte med Macron": the pronoun speaks, not the one named after it
            return idx.last_before(at, quote)
        return idx.in_span(span_start, span_end)

    for p_start, p_end in _paragraphs(text):
        para = text[p_start:p_end]
        stripped = para.lstrip()
        lead = p_start + len(para) - len(stripped)
        dash = stripped[:1] in DASHES and stripped[1:2] == " "
        # attribution at the paragraph's end: ", sier NN ... ." (the last speech verb after a comma)
        attr = None
        for m in cues.verbs.finditer(para):
            before = para[: m.start()].rstrip()
            if before.endswith((",", ":")) or (before.endswith(("»", "”", '"')) and dash is False):
                attr = m
        if attr is not None and (dash or para[: attr.start()].rstrip().endswith(",")):
            q_start = lead + (2 if dash else 0)
            q_end = p_start + para[: attr.start()].rstrip().rstrip(",").__len__()
            closing = text[q_end - 1:q_end]
            for open_, close in QUOTE_PAIRS:
                # «…», sier X: the quote is the marked words, not the whole paragraph
                if closing == close and not dash:
                    o = text.rfind(open_, p_start, q_end - 1)
                    if o != -1:
                        q_start, q_end = o + 1, q_end - 1
                    break
            sp = resolve(p_start + attr.end(), p_end, p_start + attr.start(), (q_start, q_end))
            # only a paragraph whose attribution names a speaker (or a dash-led one) is a quote
            if sp or dash:
                sp = sp or last
                quotes.append(Quote(sp.name if sp else None, text[q_start:q_end].strip(),
                                    _sentence_around(text, p_start + attr.start(), p_start + attr.end()),
                                    q_start, q_end, sp.actor if sp else None, "direct"))
                covered.append((q_start, q_end))
                last = sp or last
                continue
        if dash:
            q_start = lead + 2
            quotes.append(Quote(last.name if last else None, text[q_start:p_end].strip(),
                                " ".join(text[q_start:p_end].split())[:300], q_start, p_end,
                                last.actor if last else None, "direct"))
            covered.append((q_start, p_end))
            continue
        # guillemets and quotation marks inside an ordinary paragraph
        for open_, close in QUOTE_PAIRS:
            for m in re.finditer(re.escape(open_) + r"([^" + re.escape(close) + r"]{8,}?)" + re.escape(close), para):
                qs, qe = p_start + m.start(1), p_start + m.end(1)
                if any(s <= qs < e for s, e in covered):
                    continue
                after = para[m.end(): m.end() + 80]
                va = cues.verbs.match(after.lstrip(" ,"))
                sp = None
                if va:
                    off = p_start + m.end() + (len(after) - len(after.lstrip(" ,"))) + va.end()
                    sp = resolve(off, min(p_end, off + 60), off, (qs, qe))
                else:
                    # the speaker before the verb, English order: '"…," she said', '"…," Stoltenberg added'
                    vs = cues.verbs.search(after, 0, 40)
                    if vs and not re.search(r"[.!?]", after[:vs.start()]):
                        sp = resolve(p_start + m.end(), p_start + m.end() + vs.start(), p_start + m.end(), (qs, qe))
                if sp is None:
                    sp = resolve(p_start, p_start + m.start(), p_start + m.start()) or idx.in_span(p_start, p_end)
                if sp is None:
                    continue
                quotes.append(Quote(sp.name, m.group(1).strip(), _sentence_around(text, qs, qe), qs, qe, sp.actor, "direct"))
                covered.append((qs, qe))
                last = sp
        # reported speech: "<speaker> sier at ...", "Ifølge <speaker> ..."
        for m in cues.verbs.finditer(para):
            rest = para[m.end():].lstrip().lstrip(",").lstrip()  # Danish writes "siger, at"
            word = rest.split(" ", 1)[0].lower() if rest else ""
            if word not in cues.complementizers:
                continue
            clause_start = para.rfind(". ", 0, m.start())
            clause_start = 0 if clause_start < 0 else clause_start + 2
            sp = resolve(p_start + clause_start, p_start + m.start(), p_start + m.start())
            if sp is None:
                continue
            qs = p_start + m.end() + (len(para[m.end():]) - len(rest)) + len(word) + 1
            end_rel = para.find(". ", qs - p_start)
            qe = p_start + end_rel + 1 if end_rel != -1 else p_end
            if any(s <= qs < e for s, e in covered):
                continue
            quotes.append(Quote(sp.name, text[qs:qe].strip(), _sentence_around(text, qs, qe), qs, qe, sp.actor, "reported"))
            covered.append((qs, qe))
        if cues.according:
            for m in cues.according.finditer(para):
                nxt = para[m.end():].split(" ", 1)[0]
                sp = resolve(p_start + m.end(), p_start + m.end() + len(nxt), p_start + m.start())
                if sp is None:
                    continue
                end_rel = para.find(". ", m.end())
                qe = p_start + end_rel + 1 if end_rel != -1 else p_end
                qs = p_start + m.end() + len(nxt)
                quotes.append(Quote(sp.name, text[qs:qe].strip(" ,"), _sentence_around(text, qs, qe), qs, qe,
                                    sp.actor, "reported"))
                covered.append((qs, qe))
    art.quotes = quotes
    return quotes


def speaker_at(art: Article, pos: int) -> Quote | None:
    """The quote whose words cover ``pos`` (so an event said inside it carries its speaker)."""
    for q in art.quotes:
        if q.start <= pos < q.end:
            return q
    return None
