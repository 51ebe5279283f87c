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
    roles: set[str]
    speech_nouns: set[str]
    tag_before_verb: re.Pattern[str] | None = None  # English order at a paragraph's end: "…, Biden said."

    @classmethod
    def for_lang(cls, lang: str) -> QuoteCues:
        d = lang_data(lang, "quotes")
        verbs = sorted(d.get("speech_verbs") or ["says", "said"], key=len, reverse=True)
        acc = d.get("according_to") or []
        coref = lang_data(lang, "coref")
        pron = {p.lower() for p in (coref.get("person_singular") or ["han", "hun", "ho", "hon", "he", "she"])}
        # "Generalsekretæren omtaler sprængningen som «…»": a definite title points back as a pronoun does
        roles = {p.lower() for p in coref.get("person_role") or [] if " " not in p}
        return cls(
            re.compile(r"\b(" + "|".join(re.escape(v) for v in verbs) + r")\b", re.IGNORECASE),
            {c.lower() for c in d.get("complementizers") or ["at", "att", "that"]},
            re.compile(r"\b(" + "|".join(re.escape(a) for a in acc) + r")\s+", re.IGNORECASE) if acc else None,
            pron | roles,
            roles,
            {n.lower() for n in d.get("speech_nouns") or []},
            # the speaker between the comma and the verb, then at most a few words of time or place
            # before the paragraph ends: "…, Biden said.", "…, the Kremlin said on Tuesday."
            re.compile(r",\s+([^,.;:!?«»“”\"]{2,60}?)\s+(" + "|".join(re.escape(v) for v in verbs)
                       + r")\b[^,.;:!?]{0,40}[.!?]?\s*$", re.IGNORECASE) if d.get("speaker_before_verb") else None,
        )


def self_actor(art: Article, name: str) -> str | None:
    """The actor of the article's person ``name``."""
    return next((p.actor for p in art.persons if p.name == name), None)


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
                    taken.append((m.start(), m.end()))
        # a person named once in full and then by surname alone ("Alexander Rybak … Rybak har selv
        # skrevet låten … sa han"): the surname is that person where no one else of the article bears it
        surnames: dict[str, list[str]] = {}
        for p in art.persons:
            parts = p.name.split()
            if len(parts) > 1 and len(parts[-1]) >= 4 and parts[-1][0].isupper():
                surnames.setdefault(parts[-1], []).append(p.name)
        for sur, names in surnames.items():
            if len(names) != 1:
                continue
            for m in re.finditer(r"(?<![\w-])" + re.escape(sur) + r"(?![\w-])", art.text):
                # "Paludans koranbränning": a surname in s before a lower-case word may be a genitive
                # the recogniser kept in the name, so it is left to the recogniser's own mentions
                maybe_genitive = sur.endswith("s") and re.match(r"\s+[^\W\d_]", art.text[m.end():m.end() + 3]) \
                    and art.text[m.end():m.end() + 3].strip()[:1].islower()
                if not maybe_genitive and not any(s < m.end() and m.start() < e for s, e in taken):
                    points.add((m.start(), m.end(), names[0], self_actor(art, names[0])))
        self.points = sorted(points, key=lambda x: (x[0], x[1]))
        self.genitive = {(s, e) for s, e, name, _c in self.points if self._genitive(art.text, s, e, name)}
        self.actor_of = {p.name: p.actor for p in art.persons}
        self.role_of = {p.name: p.role for p in art.persons if p.role}
        self.role_points = sorted((m.start, m.end, m.code) for m in art.mentions if m.kind == "role")
        self.text = art.text
        self.lang = art.lang or "en"
        self.persons = list(art.persons)
        self.mention_spans = [(m.start, m.end) for m in art.mentions]

    @staticmethod
    def _genitive(text: str, s: int, e: int, name: str) -> bool:
        """Whether the person is named in the genitive here: "Donald Trumps kommentar", "Trump's"."""
        said = text[s:e]
        return (said.endswith("s") and not name.endswith("s")) or re.match(r"['’]s\b", text[e:e + 3]) is not None

    def in_span(self, start: int, end: int, skip: tuple[int, int] | None = None) -> Speaker | None:
        """The first person named inside ``start``..``end``, leaving out ``skip`` (the quote itself:
        the ship «USS Carney» is no word of a Carney's). A person named in the genitive yields to
        one named after it ("Erdoğans talsperson NN sa at …": the spokesperson speaks, not the owner)."""
        inside = [(s, e, name, code) for s, e, name, code in self.points
                  if start <= s and e <= end and not (skip and skip[0] <= s < skip[1])]
        plain = [x for x in inside if (x[0], x[1]) not in self.genitive]
        for _s, _e, name, code in (plain or inside)[:1]:
            return Speaker(name, self.actor_of.get(name, code))
        for s, e, code in self.role_points:
            if start <= s and e <= end:
                return Speaker(None, code)
        return None

    def last_before(self, pos: int, skip: tuple[int, int] | None = None) -> Speaker | None:
        """The last person named before ``pos``, leaving out those named inside ``skip`` (the
        quote itself: "«Jeg møtte Hulusi Akar i går», sier han" — he is not Akar) and those named
        only in the genitive ("Han kritiserade beslutet att tillåta NNs koranbränning. – …, sade
        han": the owner of a noun is not the subject the pronoun continues)."""
        best = None
        for s, e, name, code in self.points:
            if s < pos and not (skip and skip[0] <= s < skip[1]) and (s, e) not in self.genitive:
                best = Speaker(name, self.actor_of.get(name, code))
        return best

    def by_role(self, word: str, pos: int, skip: tuple[int, int] | None = None) -> Speaker | None:
        """The holder of the office a definite role noun names ("skriver presidenten" -> the
        President): the last one named before ``pos``, else — an article that opens with the
        title and names the person later — the first one named after it. None when no person of
        the article holds that role, so the caller can fall back to the last person named."""
        from .recogniser import recogniser  # the recogniser imports the KB this module shares

        role = (recogniser(self.lang).role_word(word) or {}).get("role")
        if not role:
            return None
        holders = [(s, name, code) for s, _e, name, code in self.points
                   if (self.role_of.get(name) or "").endswith(role) and not (skip and skip[0] <= s < skip[1])]
        before = [h for h in holders if h[0] < pos]
        pick = before[-1] if before else next((h for h in holders if h[0] >= pos), None)
        return Speaker(pick[1], self.actor_of.get(pick[1], pick[2])) if pick else None

    def named_at(self, pos: int, end: int, stop: set[str]) -> Speaker | None:
        """The capitalised name that opens the words at ``pos`` in a speaker tag ("sa Netta etter
        seieren", "lyder det fra Loreen"), for people the recogniser did not find: a one-word
        stage name or a surname alone. A known person whose name has that word is that person;
        words of an actor mention, pronouns and role nouns (``stop``) are no new name."""
        # the tag's words up to its first punctuation mark (an initial's full stop aside)
        m = re.match(r"\s*((?:[^\W\d_][\w'’-]*\.?)(?:[ \t]+[^\W\d_][\w'’-]*){0,2})", self.text[pos:min(end, pos + 80)])
        if not m:
            return None
        words = []
        tag_words = m.group(1).split()
        # a title written in lower case before the name ("siger dr. Richter", "sa informasjonssjef NN")
        # is no part of the name and does not end it before it begins
        if tag_words and not tag_words[0][0].isupper() and len(tag_words) > 1 and tag_words[1][0].isupper() \
                and _lower_title(self.lang, tag_words[0]):
            skip = self.text[pos:].find(tag_words[0]) + len(tag_words[0])
            return self.named_at(pos + skip, end, stop)
        for i, w in enumerate(tag_words):
            if w in NAME_PARTICLES and i + 1 < len(tag_words) and tag_words[i + 1][:1].isupper():
                words.append(w)  # "sier de Seynes", "said van Rompuy": a particle of the surname
                continue
            if not w[0].isupper() or (words and words[-1].endswith(".") and len(words[-1]) > 2):
                break
            words.append(w)
        words = [w.rstrip(".") if len(w) > 2 else w for w in words]
        first = next((w for w in words if w not in NAME_PARTICLES), "")
        if not words or not first or first.lower() in stop or len(first) < 2:
            return None
        head, _, tail = words[0].rpartition("-")
        if head and tail[:1].islower() and _lower_title(self.lang, tail):
            return None  # "siger S-ordføreren", "sa Nato-sjefen": a title, the holder unnamed here
        s, e = pos + m.start(1), pos + m.start(1) + len(" ".join(words))
        if any(ms < e and s < me for ms, me in self.mention_spans):
            return None
        for p in self.persons:
            if words[-1] in p.name.split():
                return Speaker(p.name, p.actor)
        return Speaker(" ".join(words), None)

    def possessor_or_apposition(self, start: int, end: int, speech_nouns: set[str]) -> Speaker | None:
        """The speaker of a quote that no tag attributes, from its sentence before the quote
        (``start``..``end``): a person named in the genitive of a speech noun ("Trumps kommentar
        om at «…»", "Trump's claim that …") said it; else a person named in apposition to the
        subject ("Talsmannen for presidenten, NN, kalte det «…»"), whose name is the subject's,
        not the one inside the subject's phrase."""
        inside = [(s, e, name, code) for s, e, name, code in self.points if start <= s and e <= end]
        for s, e, name, code in inside:
            gen = re.match(r"(?:['’]?s)?\s+(?:(\w+)\s+)?(\w+)", self.text[e:end])
            possessive = self.text[s:e].endswith("s") and not name.endswith("s")
            if gen and (possessive or gen.group(0)[:1] in "s'’"):
                if any((w or "").lower() in speech_nouns for w in gen.groups()):
                    return Speaker(name, self.actor_of.get(name, code))
        for s, e, name, code in inside:
            if re.search(r",\s*$", self.text[start:s]) and re.match(r"\s*,", self.text[e:end]):
                return Speaker(name, self.actor_of.get(name, code))
        return None


# lower-case particles that open a surname ("de Seynes", "van Rompuy", "von der Leyen", "al-" aside)
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "du", "le", "af", "al", "el", "bin", "ibn", "ter",
                            "ten", "dos", "del", "di"})


def _lower_title(lang: str, word: str) -> bool:
    """A lower-case word that titles the name after it: an abbreviation ("dr.", "prof.") or one of
    the language's role words, also as a compound's end ("informationschef")."""
    from .recogniser import recogniser  # the recogniser imports the KB this module shares

    if word.endswith(".") and 2 <= len(word) <= 6 and word[:-1].isalpha():
        return True
    rec = recogniser(lang)
    return bool(rec.role_at_end(word.strip(",")) or rec.home_office(word))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans. A line break is a paragraph break, except in hard-wrapped text (easy-read
    news breaks its lines mid-sentence: "– Våldet är ett hot\nmot dem,\nsäger utrikesministern\nNN."),
    where a line joins the one before when it opens in lower case, or, in text that marks its
    paragraphs with blank lines, when the line before ends without a sentence's closing mark. A
    dash-led line always opens a paragraph of its own."""
    blank_separated = re.search(r"\n[ \t]*\n", text) is not None
    spans: list[tuple[int, int]] = []
    prev_blank = True
    for m in re.finditer(r"[^\n]*(?:\n|$)", text):
        line = m.group(0).rstrip("\n")
        if not line.strip():
            prev_blank = True
            if m.end() >= len(text):
                break
            continue
        body = line.strip()
        joins = False
        if spans and not prev_blank and not (body[:1] in DASHES and body[1:2] == " "):
            before = text[spans[-1][0]:spans[-1][1]].rstrip()
            joins = body[:1].islower() or (blank_separated and not re.search(r"[.!?:;»”\"]$", before))
        end = m.start() + len(line.rstrip())
        if joins:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((m.start(), end))
        prev_blank = False
        if m.end() >= len(text):
            break
    return spans


CLOSING_MARKS = ("»", "”", '"')


def _closes_open_quote(before: str) -> bool:
    """Whether the words before a speech verb end a quotation whose opening mark is not in this
    paragraph: ``…tabe, " understreger NN`` or ``…våben! " siger NN``.

    Why: Danish (and other) papers quote several sentences and put the opening mark only on the
    first, so the sentence with the speech tag holds a closing mark alone; a closing mark that
    follows the clause's own punctuation (``,``, ``!``, ``?``) ends the quote whatever came before."""
    b = before.rstrip()
    if not b.endswith(CLOSING_MARKS):
        return False
    mark = b[-1]
    opener = {"»": "«", "”": "“", '"': '"'}[mark]
    inner = b[:-1]
    if mark == '"' and inner.count('"') % 2 == 1:
        return False  # an opening straight mark stands in the paragraph: the pair is quoted as such
    if mark != '"' and opener in inner:
        return False
    return inner.rstrip().endswith((",", "!", "?"))


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` begins, not before ``lo``: after the last full stop,
    question or exclamation mark before it, but not after an initial ("Múte B. Egede")."""
    start = lo
    for m in re.finditer(r"[.!?]\s+", text[lo:pos]):
        if not re.search(r"(?:^|\s)\w$", text[lo:lo + m.start()]):
            start = lo + m.end()
    return start


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
        first = phrase[0].strip(",.;:!?") if phrase else ""  # "sade han, enligt …"
        if first in cues.roles:
            # "skriver presidenten": the holder of that office, named before or, failing that, after
            sp = idx.by_role(first, at, quote)
            if sp:
                return sp
        if first in cues.pronouns:
            # "sade han enligt AFP efter ett möte med Macron": the pronoun speaks, not the one named after it
            return idx.last_before(at, quote)
        return idx.in_span(span_start, span_end)

    def tag(span_start: int, span_end: int, at: int, quote: tuple[int, int]) -> Speaker | None:
        """The speaker a tag after the quote names ("…, sier NN"), a name the recogniser missed included."""
        return resolve(span_start, span_end, at, quote) or idx.named_at(span_start, span_end, cues.pronouns)

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
        if attr is None and cues.tag_before_verb is not None and not dash:
            tb = cues.tag_before_verb.search(para)
            if tb:
                q_end = p_start + tb.start()
                sp = resolve(p_start + tb.start(1), p_start + tb.end(1), p_start + tb.start(2),
                             (lead, q_end)) or idx.named_at(p_start + tb.start(1), p_start + tb.end(1), cues.pronouns)
                if sp:
                    quotes.append(Quote(sp.name, text[lead:q_end].strip(), _sentence_around(text, lead, q_end),
                                        lead, q_end, sp.actor, "direct"))
                    covered.append((lead, q_end))
                    last = sp
                    continue
        if attr is not None and (dash or para[: attr.start()].rstrip().endswith(",")
                                 or _closes_open_quote(para[: attr.start()])):
            q_start = lead + (2 if dash else 0)
            q_end = p_start + para[: attr.start()].rstrip().rstrip(",").__len__()
            closing = text[q_end - 1:q_end]
            for open_, close in QUOTE_PAIRS:
                # «…», sier X: the quote is the marked words, not the whole paragraph
                if closing == close and not dash:
                    o = text.rfind(open_, p_start, q_end - 1)
                    if o != -1:
                        q_start, q_end = o + 1, q_end - 1
                    else:  # opened in a paragraph before: the words up to the mark, not the mark
                        q_end = p_start + len(text[p_start:q_end - 1].rstrip().rstrip(","))
                    break
            sp = tag(p_start + attr.end(), p_end, p_start + attr.start(), (q_start, q_end))
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
                    sp = tag(off, min(p_end, off + 60), off, (qs, qe))
                else:
                    # the speaker before the verb, English order: '"…," she said', '"…," Stoltenberg added'
                    vs = cues.verbs.search(after, 0, 40)
                    if vs and not re.search(r"[.!?]", after[:vs.start()]):
                        # a name the recogniser missed counts too ('"…," Haddad said'), where the quote
                        # does not end its sentence ('"…." This was said by …' opens a new one)
                        sp = resolve(p_start + m.end(), p_start + m.end() + vs.start(), p_start + m.end(), (qs, qe))
                        if sp is None and m.group(1).rstrip().endswith((",", "?", "!")):
                            sp = idx.named_at(p_start + m.end(), p_start + m.end() + vs.start(), cues.pronouns)
                if sp is None:
                    # no tag: the sentence before the quote may say whose words they are
                    sp = idx.possessor_or_apposition(_sentence_start(text, p_start, qs), p_start + m.start(),
                                                     cues.speech_nouns)
                if sp is None:
                    sp = resolve(p_start, p_start + m.start(), p_start + m.start()) or idx.in_span(p_start, p_end, (qs, qe))
                if sp is None:
                    continue
                quotes.append(Quote(sp.name, m.group(1).strip(), _sentence_around(text, qs, qe), qs, qe, sp.actor, "direct"))
                covered.append((qs, qe))
                last = sp
        # reported speech: "<speaker> sier at ...", "Ifølge <speaker> ..."
        for m in cues.verbs.finditer(para):
            rest = para[m.end():].lstrip().lstrip(",").lstrip()  # Danish writes "siger, at"
            word = rest.split(" ", 1)[0].lower() if rest else ""
            clause_start = para.rfind(". ", 0, m.start())
            clause_start = 0 if clause_start < 0 else clause_start + 2
            if rest.startswith(":"):
                colon = _colon_quote(text, p_start + m.end(), p_end, covered)
                sp = resolve(p_start + clause_start, p_start + m.start(), p_start + m.start()) if colon else None
                if colon and sp:
                    qs, qe = colon
                    quotes.append(Quote(sp.name, text[qs:qe].strip(), _sentence_around(text, qs, qe), qs, qe,
                                        sp.actor, "direct"))
                    covered.append((qs, qe))
                    last = sp
                continue
            if word not in cues.complementizers:
                continue
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
                if any(s < qe and qs < e for s, e in covered):
                    continue  # 'According to NN, "…"': the marked words are that quote already
                quotes.append(Quote(sp.name, text[qs:qe].strip(" ,"), _sentence_around(text, qs, qe), qs, qe,
                                    sp.actor, "reported"))
                covered.append((qs, qe))
    art.quotes = quotes
    return quotes


def _colon_quote(text: str, after_verb: int, p_end: int, covered: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words a speech verb introduces with a colon: "NN sa: – Vi sender flere soldater.",
    "NN siger: Vi er klar." — to the closing quotation mark, to the paragraph's end after a dash
    (a quote of several sentences), else to the end of the sentence. ``None`` where the words are
    already a quote of their own (a guillemet quote found before) or too short to be words."""
    colon = text.index(":", after_verb)
    qs = colon + 1
    while qs < p_end and (text[qs].isspace() or text[qs] in DASHES or text[qs] in "«“\"”"):
        qs += 1
    opened = [ch for ch in text[colon + 1:qs] if ch in "«“\"”"]
    close = {"«": "»", "“": "”"}.get(opened[0], opened[0]) if opened else None
    if close is not None and text.find(close, qs, p_end) != -1:
        qe = text.find(close, qs, p_end)
    elif opened or any(ch in DASHES for ch in text[colon + 1:qs]):
        qe = p_end
    else:
        stop = re.search(r"[.!?](\s|$)", text[qs:p_end])
        qe = qs + stop.end() if stop else p_end
    while qe > qs and (text[qe - 1].isspace() or text[qe - 1] in "»”\""):
        qe -= 1
    if qe - qs < 8 or any(s <= qs < e or qs <= s < qe for s, e in covered):
        return None
    return qs, qe


def speaker_at(art: Article, pos: int) -> Quote | None:
    """The quote whose words cover ``pos`` (so an event said inside it carries its speaker)."""
    for q in art.quotes:
        if q.start <= pos < q.end:
            return q
    return None
