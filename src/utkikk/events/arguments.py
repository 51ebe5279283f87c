"""Read an event's source and target from the parse and the actor mentions of its sentence.

Source: a genitive actor right before a noun trigger ("Putins invasjon"), else the grammatical
subject of the trigger's verb (through auxiliaries), resolved through pronouns ("han" -> the last
person named; "vi"/"jeg" in a quote -> the speaker), else the nearest actor before the trigger.
Target: the first actor after the trigger that is not the source and not inside a phrase that never
holds a target ("fra", "om"); with coordination ("Moldova, Georgia og Bosnia") every conjoined actor.
Dependency labels are read only through ``utkikk.nlp.roles``, so NDT and UD parses both work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..actors.kb import lang_data
from ..actors.quotes import speaker_at
from ..record import Article, Mention
from .triggers import TriggerMatch, lexicon

COORD_WORDS = {"og", "and", "och", "samt", "eller", "or", "både", "both", "såvel", "som"}


@dataclass
class Args:
    sources: list[str]
    targets: list[str]
    speaker: str | None = None
    source_pos: int | None = None


@dataclass
class SentenceView:
    """A sentence with its tokens' forms and the actor mentions that fall in it."""

    art: Article
    sent: Any
    lang: str
    lowers: list[str] = field(init=False)
    lemmas: list[str] = field(init=False)
    mentions: list[tuple[int, Mention]] = field(init=False)  # (token index, mention)
    in_quote: bool = field(init=False)

    def __post_init__(self) -> None:
        toks = list(self.sent)
        self.toks = toks
        self.lowers = [t.lower_ for t in toks]
        self.lemmas = [(t.lemma_ or t.lower_).lower() for t in toks]
        s0, s1 = self.sent.start_char, self.sent.end_char
        self.mentions = []
        for m in self.art.mentions:
            if s0 <= m.start < s1:
                ti = self._token_at(m.start)
                if ti is not None:
                    self.mentions.append((ti, m))
        self.in_quote = speaker_at(self.art, s0 + 1) is not None or speaker_at(self.art, s1 - 2) is not None
        coref = lang_data(self.lang, "coref")
        quotes = lang_data(self.lang, "quotes")
        self.pron_sing = {w.lower() for w in coref.get("person_singular") or []}
        self.first_person = {w.lower() for w in (quotes.get("first_person_singular") or []) +
                             (quotes.get("first_person_plural") or [])}
        self.country_words = {w.lower() for w in (coref.get("country_singular") or [])}

    def _token_at(self, char: int) -> int | None:
        for i, t in enumerate(self.toks):
            if t.idx <= char < t.idx + len(t.text) or t.idx >= char:
                return i
        return None

    def mention_at(self, i: int) -> Mention | None:
        for ti, m in self.mentions:
            t = self.toks[i]
            if m.start <= t.idx < m.end or ti == i:
                return m
        return None

    def char(self, i: int) -> int:
        return self.toks[i].idx


def _resolve_pronoun(view: SentenceView, i: int) -> tuple[str | None, str | None]:
    """Actor (and speaker name) a pronoun or generic noun at token ``i`` stands for."""
    w = view.lowers[i]
    pos = view.char(i)
    if w in view.first_person:
        q = speaker_at(view.art, pos)
        if q and q.actor:
            return q.actor, q.speaker
        return None, None
    if w in view.pron_sing:
        best = None
        for m in view.art.mentions:
            if m.person and m.start < pos:
                best = m
        return (best.code, best.person) if best else (None, None)
    if w in view.country_words:
        best = None
        for m in view.art.mentions:
            if m.start < pos and len(m.code) == 3 and m.kind in ("name", "metonym"):
                best = m
        return (best.code, None) if best else (None, None)
    return None, None


def _subject_tokens(view: SentenceView, head: int) -> list[int]:
    """Subject token(s) of the trigger's clause, climbing through verb chains and noun heads."""
    from ..nlp import roles

    try:
        r = roles(view.lang)
    except Exception:
        return []
    subj = set(r.get("subject", [])) | set(r.get("passive_subject", [])) | set(r.get("logical_subject", []))
    chain = set(r.get("verb_chain", [])) | set(r.get("predicative", [])) | {"xcomp", "aux", "INFV", "IK"}
    tok = view.toks[head]
    s0 = view.sent.start
    for _ in range(5):
        subs = [c.i - s0 for c in tok.children if c.dep_ in subj]
        if subs:
            return subs
        if tok.head is tok:
            break
        # a noun trigger or a verb in a chain takes the subject of the verb above it
        tok = tok.head
    return []


def _actors_in(view: SentenceView, tok_idx: int) -> list[tuple[int, Mention]]:
    """Actor mentions inside the subtree of a token (the whole subject phrase), conjuncts included."""
    tok = view.toks[tok_idx]
    s0 = view.sent.start
    span = {t.i - s0 for t in tok.subtree}
    return [(ti, m) for ti, m in view.mentions if ti in span]


def find_arguments(view: SentenceView, match: TriggerMatch) -> Args | None:
    trig = match.trigger
    first, last = min(match.tokens), max(match.tokens)
    speaker_quote = speaker_at(view.art, view.char(first))
    speaker = speaker_quote.speaker if speaker_quote else None
    sources: list[str] = []
    source_pos: int | None = None
    src_tokens: set[int] = set()

    if trig.roles == "speaker_to_subject":
        # "Nord-Korea må legge ned ...", said by Stoltenberg: NATO requests of PRK
        if not speaker_quote or not speaker_quote.actor:
            return None
        before = [(ti, m) for ti, m in view.mentions if ti < first]
        if not before:
            return None
        return Args([speaker_quote.actor], [before[-1][1].code], speaker, before[-1][0])

    # a genitive actor right before a noun trigger: "Putins brutale invasjon", "Kinas støtte"
    for ti, m in view.mentions:
        if 0 < first - ti <= 3 and m.text[-1:] in "s'’" and m.kind not in ("adjective",):
            between = view.lowers[ti + 1:first]
            if all(view.toks[ti + 1 + k].pos_ in ("ADJ", "ADV", "DET") for k in range(len(between))):
                sources, source_pos = [m.code], ti
                src_tokens = {ti}
                break
    # an adjective right before a noun trigger: "et tyrkisk militærfly", "russiske angrep"
    if not sources:
        for ti, m in view.mentions:
            if 0 < first - ti <= 2 and m.kind == "adjective":
                sources, source_pos, src_tokens = [m.code], ti, {ti}
                break
    if not sources:
        for si in _subject_tokens(view, match.head):
            found = _actors_in(view, si)
            if found:
                sources += [m.code for _, m in found if m.code not in sources]
                src_tokens |= {ti for ti, _ in found}
                source_pos = found[0][0] if source_pos is None else source_pos
            else:
                actor, _sp = _resolve_pronoun(view, si)
                if actor:
                    sources.append(actor)
                    src_tokens.add(si)
                    source_pos = si
    if not sources:
        # no parse or no subject found: a pronoun or the nearest actor before the trigger in the clause
        for i in range(first - 1, -1, -1):
            if view.lowers[i] in (",", ";", ":") and i < first - 1:
                break
            m = view.mention_at(i)
            if m:
                sources, source_pos, src_tokens = [m.code], i, {i}
                break
            actor, _sp = _resolve_pronoun(view, i)
            if actor:
                sources, source_pos, src_tokens = [actor], i, {i}
                break
    if not sources:
        # Scandinavian V2: "Derfor verdsetter NATO Japans bidrag" — the subject right after the verb
        if first + 1 < len(view.toks):
            m = view.mention_at(first + 1)
            if m:
                sources, source_pos, src_tokens = [m.code], first + 1, {first + 1}
            else:
                actor, _sp = _resolve_pronoun(view, first + 1)
                if actor:
                    sources, source_pos, src_tokens = [actor], first + 1, {first + 1}
    if not sources:
        return None

    targets = _targets(view, match, first, last, src_tokens, set(sources))
    if not targets:
        if not trig.targetless:
            return None
        targets = ["*"]
    return Args(sources, targets, speaker, source_pos)


def _targets(view: SentenceView, match: TriggerMatch, first: int, last: int, src_tokens: set[int],
             sources: set[str]) -> list[str]:
    lex = lexicon(view.lang)
    blocked = set(lex.not_targets)
    out: list[str] = []
    start_at = first + 1
    cands = [(ti, m) for ti, m in view.mentions if ti >= start_at and ti not in src_tokens and m.code not in sources]
    if not cands:
        return []
    # skip actors inside a blocked phrase: "provokasjonene fra Nord-Korea", "diskutere om Iran"
    chosen = None
    for ti, m in cands:
        prev = view.lowers[ti - 1] if ti > 0 else ""
        if prev in blocked:
            continue
        # stop at a clause break far from the trigger
        if any(view.lowers[k] in (";", ":") for k in range(last + 1, ti)):
            break
        chosen = (ti, m)
        break
    if chosen is None:
        return []
    out.append(chosen[1].code)
    # coordination: "til Moldova, Georgia og Bosnia-Hercegovina", "mod Italien og Spanien"
    ti = chosen[0]
    for tj, m in cands:
        if tj <= ti or m.code in out:
            continue
        between = view.lowers[ti + 1:tj]
        # the words between must be the rest of the previous name plus a comma or conjunction
        gap = [w for w in between if not view.mention_at(ti + 1 + between.index(w))]
        if gap and all(w in COORD_WORDS or w == "," for w in gap):
            out.append(m.code)
            ti = tj
        else:
            break
    return out
