"""A sentence as the argument reader sees it, and the result it gives.

Why a module of its own: ``SentenceView`` gathers, once per sentence, the tokens' forms and the
actor mentions that may be arguments: it drops those that only describe (adjectives of groups,
seas named after states, compound modifiers), sets aside those a report is attributed to
("ifølge X"), and adds the mentions coreference supplies ("landet", "regeringen", role nouns).
Every other module reads a view; ``Args`` is what they hand back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...actors.quotes import speaker_at
from ...actors.recogniser import recogniser
from ...record import Article, Mention
from ..triggers import lexicon
from .coreference import _last_leaders, _last_states, _resolve_pronoun, _role_nouns
from .cues import _document_heads, _place_heads, _place_of, _view_cues
from .tokens import _actor_kind, _genitive


@dataclass
class Args:
    """The source and target actors of one trigger, and how to code them."""

    sources: list[str]
    targets: list[str]
    speaker: str | None = None
    source_pos: int | None = None
    pairs: bool = False  # sources == targets: code each unordered pair once
    by_people: bool = False  # the sources are the people of a place, not its government


@dataclass
class SentenceView:
    """A sentence with its tokens' forms and the actor mentions that fall in it."""

    art: Article
    sent: Any
    lang: str
    people: bool = False  # keep generic demonyms ("thousands of Norwegians") as actors: for PROTEST
    lowers: list[str] = field(init=False)
    lemmas: list[str] = field(init=False)
    mentions: list[tuple[int, Mention]] = field(init=False)  # (token index, mention)
    in_quote: bool = field(init=False)
    cited: list[tuple[int, Mention]] = field(init=False)  # actors an "ifølge X" phrase names: tellers, not doers
    citing: set[int] = field(init=False)  # the tokens of its cue words ("according to")

    def __post_init__(self) -> None:
        self._parsed: bool | None = None
        toks = list(self.sent)
        self.toks = toks
        self.lowers = [t.lower_ for t in toks]
        self.lemmas = [(t.lemma_ or t.lower_).lower() for t in toks]
        s0, s1 = self.sent.start_char, self.sent.end_char
        self.mentions = []
        generic = lexicon(self.lang).generic_demonym
        for m in self.art.mentions:
            if s0 <= m.start < s1:
                ti = self._token_at(m.start)
                if ti is not None and (self.people or not (
                        m.kind == "demonym" and generic(m.text, self.lowers[ti - 1] if ti else ""))):
                    self.mentions.append((ti, m))
        # an adjective of a group that is not the state ("syriska rebeller", "russiske selskaper");
        # nationals stay: "løslot en amerikansk journalist" releases to the United States
        heads = lexicon(self.lang).non_state_heads
        if not self.people:
            self.mentions = [(ti, m) for ti, m in self.mentions if m.kind != "adjective"
                             or not self._head_noun_in(ti, heads)]
        # a sea, strait or lake named after a state is a place: "Japanska havet", "South China Sea",
        # "the Sea of Japan"
        places, documents, place_of = _place_heads(self.lang), _document_heads(self.lang), _place_of(self.lang)
        self.mentions = [(ti, m) for ti, m in self.mentions if not (
            m.kind in ("adjective", "name") and ti + 1 < len(toks) and self.lemmas[ti + 1] in places)
            and not (m.kind == "name" and ti >= 2 and self.lowers[ti - 1] in place_of and self.lemmas[ti - 2] in places)
            and not (m.kind == "metonym" and ti + 1 < len(toks) and self.lowers[ti + 1] in documents)]
        # the first part of a compound adjective describes, it does not act: "et USA-lojalt FN",
        # "det brittisk-baserade observatoriet"
        self.mentions = [(ti, m) for ti, m in self.mentions if not _compound_modifier(toks[ti], self.lang)]
        # an adjective that describes another named actor after it is no actor of its own: "the
        # Palestinian militant organisation Hamas" is Hamas, not the Palestinians
        named = {ti: m.code for ti, m in self.mentions if m.kind not in ("adjective", "demonym")
                 and (m.person or _actor_kind(m.code) != "state")}
        self.mentions = [(ti, m) for ti, m in self.mentions if m.kind != "adjective" or not any(
            0 < j - ti <= 3 and code != m.code and all(self.toks[k].pos_ in ("ADJ", "NOUN") for k in range(ti + 1, j))
            for j, code in named.items())]
        self.in_quote = speaker_at(self.art, s0 + 1) is not None or speaker_at(self.art, s1 - 2) is not None
        cues = _view_cues(self.lang)
        # who a report is according to tells it, it takes no part: "Ifølge Ukraines
        # forsvarsministerium angreb Rusland Kyiv" is Russia's attack on Ukraine
        # (failing any other target, the teller is the other side: "Ifølge Zelenskyj lovet Rouhani
        # å ..." was promised to him, "ifølge israelske kilder ... drept i iranske angrep" in Israel)
        cited, self.citing = _attribution_tokens(self, cues.according_to)
        self.cited = [(ti, m) for ti, m in self.mentions if ti in cited]
        self.mentions = [(ti, m) for ti, m in self.mentions if ti not in cited]
        self.pron_sing, self.first_person = cues.pron_sing, cues.first_person
        self.country_words, self.possessives = cues.country_words, cues.possessives
        self.complementizers = cues.complementizers
        # generic nouns that point back to the last state named ("landet") act as mentions here
        taken = {ti for ti, _ in self.mentions}
        for i in range(len(self.lowers)):
            if self.country_word_at(i) and i not in taken:
                code, _ = _resolve_pronoun(self, i)
                if code:
                    t = self.toks[i]
                    self.mentions.append((i, Mention(t.idx, t.idx + len(t.text), t.text, code, "coref")))
        # "regeringen" with no state named in the sentence: the home state of the language's press
        if cues.home:
            places = lexicon(self.lang).location_preps
            for i, w in enumerate(self.lowers):
                if w in cues.home_government and i not in taken and not (i > 0 and self.mention_at(i - 1)):
                    # "regeringen i Peking" is the government of the place named, not the home state's
                    there = self.mention_at(i + 2) if i + 2 < len(self.lowers) and self.lowers[i + 1] in places else None
                    t = self.toks[i]
                    code = there.code if there else cues.home
                    self.mentions.append((i, Mention(t.idx, t.idx + len(t.text), t.text, code, "coref",
                                                     sector=_word_sector(self.lang, w))))
                    taken.add(i)
        # a noun for a government before "i" and a state is that state's government, so it may be
        # a side as the name is: "juntaen i Mali", "regimet i Teheran", "erklærte støtte til de nye
        # makthaverne i Niger" (the coreference words for governments, or a role word of the
        # government sector that is no person's title)
        places = lexicon(self.lang).location_preps
        rec = recogniser(self.lang)
        for i, w in enumerate(self.lowers):
            if i in taken or i + 2 >= len(self.lowers) or self.lowers[i + 1] not in places \
                    or self.mention_at(i) or (i > 0 and self.mention_at(i - 1)):
                continue
            there = self.mention_at(i + 2)
            if there is None:
                continue
            role = rec.role_word(w) or {}
            if w in cues.government or (role.get("sector") == "GOV" and role.get("role") is None and len(there.code) == 3):
                t = self.toks[i]
                sector = _word_sector(self.lang, w) if w in cues.government else "GOV"
                self.mentions.append((i, Mention(t.idx, t.idx + len(t.text), t.text, there.code, "coref", sector=sector)))
                taken.add(i)
        # an object pronoun right after a verb ("forsikret ham om støtte", "takka henne"): the last
        # person named, so a verb's object may be its target as a named one would be
        for i, w in enumerate(self.lowers):
            if w in cues.person_object and i not in taken and i > 0 and self.toks[i - 1].pos_ in ("VERB", "AUX"):
                code, _ = _resolve_pronoun(self, i)
                if code:
                    t = self.toks[i]
                    self.mentions.append((i, Mention(t.idx, t.idx + len(t.text), t.text, code, "coref")))
                    taken.add(i)
        # "Presidenten møtte Duda": a definite role noun is the last person named with that role; with
        # none named, the holder of a home office is the home state's ("Statsministeren ringte ...")
        for i, code in _role_nouns(self, cues, taken):
            t = self.toks[i]
            self.mentions.append((i, Mention(t.idx, t.idx + len(t.text), t.text, code, "coref",
                                             sector=_word_sector(self.lang, self.lowers[i]))))
            taken.add(i)
        # "de to landene", "begge lande": the last two states named; "de to ledere": the last two people
        for plural, resolve in ((cues.country_plural, _last_states), (cues.leaders_plural, _last_leaders)):
            for i in range(len(self.lowers)):
                if self.lowers[i] not in cues.plural_first:
                    continue
                for cue in plural:
                    if tuple(self.lowers[i:i + len(cue)]) == cue and i not in taken:
                        t = self.toks[i]
                        for code in resolve(self.art, t.idx):
                            self.mentions.append((i, Mention(t.idx, t.idx + len(t.text), t.text, code, "coref")))
                        taken.add(i)
                        break
        self.mentions.sort(key=lambda x: x[0])

    def _head_noun_in(self, ti: int, lemmas: frozenset[str]) -> bool:
        """Whether the noun an adjective at ``ti`` qualifies (adjectives may stand between) is one of ``lemmas``."""
        for k in range(ti + 1, min(len(self.toks), ti + 4)):
            lemma = self.lemmas[k]
            if lemma in lemmas:
                return True
            if self.toks[k].pos_ != "ADJ":  # the first noun (a weak tagger's "adjective" is tried too)
                return False
        return False

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

    def compound_mention(self, i: int) -> Mention | None:
        """The actor a hyphened token opens with ("Libya-krigen", "EU-medlemmer"), whatever the
        tagger calls the token (a weak one tags "EU-medlemmer" a verb); None for any other token."""
        tok = self.toks[i]
        if "-" not in tok.text:
            return None
        m = self.mention_at(i)
        return m if m is not None and m.start == tok.idx else None

    def char(self, i: int) -> int:
        return self.toks[i].idx

    def country_word_at(self, i: int) -> bool:
        """Whether a noun for one country ends at token ``i`` ("landet", "the country")."""
        return any(tuple(self.lowers[max(0, i - len(c) + 1):i + 1]) == c for c in self.country_words)


def _word_sector(lang: str, word: str) -> str | None:
    """The sector a role or institution noun standing for an actor names ("regjeringen" -> GOV,
    "forsvarsministeren" -> MIL), from the language's role words; the events this mention
    supplies carry it as their side's sector."""
    return (recogniser(lang).role_word(word) or {}).get("sector")


def _compound_modifier(tok: Any, lang: str) -> bool:
    """An adjective compound whose first part is an actor and whose last is a plain word: "USA-lojalt",
    "brittisk-baserade", "Nato-vennlige". It qualifies its noun; the actor in it does nothing. Two
    actors joined ("russisk-ukrainske") are a pair, not a modifier; one that leads ("Saudi-ledede
    styrker") acts through what it leads."""
    head, _, tail = tok.text.rpartition("-")
    return tok.pos_ == "ADJ" and bool(head) and tail.isalpha() and tail.islower() \
        and tail not in lexicon(lang).led_tails and not recogniser(lang).find(tail, None)


def _attribution_tokens(view: SentenceView, according_to: tuple[tuple[str, ...], ...]) -> tuple[set[int], set[int]]:
    """The tokens of each "ifølge X" / "according to X" phrase, and those of its cue words: the
    cue, then the noun phrase after it up to its head (determiners, adjectives and genitives
    before it; a name may run on over several words)."""
    out: set[int] = set()
    cues: set[int] = set()
    n = len(view.lowers)
    for i in range(n):
        cue = next((c for c in according_to if tuple(view.lowers[i:i + len(c)]) == c), None)
        if cue is None:
            continue
        j = i + len(cue)
        cues.update(range(i, j))
        while j < n:
            tok = view.toks[j]
            m = view.mention_at(j)
            if tok.pos_ in ("DET", "ADJ", "NUM") or (m is not None and (m.kind == "adjective" or _genitive(view, m))):
                j += 1
                continue
            if tok.pos_ in ("NOUN", "PROPN") or m is not None:
                while j + 1 < n and view.toks[j + 1].pos_ == "PROPN" and view.toks[j + 1].text[:1].isupper() \
                        and view.toks[j].pos_ == "PROPN":
                    j += 1
                out.update(range(i, j + 1))
            break
    return out, cues
