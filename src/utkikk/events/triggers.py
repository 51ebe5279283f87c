"""Trigger lexicons (``lang/<code>/triggers.yaml``) and their matching in a sentence.

A trigger is a sequence of word patterns matched in order within a sentence, each against the
token's lemma or its lower-cased form, with a few words allowed between them ("gi Russland
politisk støtte" matches ``gi støtte``). A pattern ending in ``*`` matches any word beginning with
it ("sanksjon*"). Longer triggers win over shorter ones on the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..actors.kb import lang_data


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    preps: tuple[str, ...] = ()  # prepositions that introduce the target ("til", "mot")
    roles: str = "subject_object"  # or speaker_to_subject: "X må ..." said by a speaker is a demand on X
    head: int = 0  # which word anchors the trigger (for negation scope and the parse)
    gap: int = 3
    targetless: bool = False  # the event has no target actor (MOBILIZE "utplassere soldater")

    @property
    def pattern(self) -> str:
        return " ".join(self.words)


@dataclass
class Lexicon:
    triggers: list[Trigger]
    default_preps: tuple[str, ...]
    not_targets: tuple[str, ...] = ()  # prepositions whose object is never the target ("om", "fra")
    location_preps: tuple[str, ...] = ()  # "i", "på": a place, a target only for location_types
    location_types: tuple[str, ...] = ()
    partner_preps: tuple[str, ...] = ()  # "med": the other party of a symmetric event
    between: tuple[str, ...] = ()  # "mellom": both parties follow
    topic_preps: tuple[str, ...] = ()  # "om": a noun trigger after it is a topic, not a report
    clause_words: tuple[str, ...] = ()  # "men": without a parse, a target never lies past one
    determiners: tuple[str, ...] = ()  # skipped before a definite object noun
    definite_determiners: tuple[str, ...] = ()  # "the": the noun after it is definite
    definite_suffixes: tuple[str, ...] = ()  # "-en", "-et": a definite noun ("oppskytingen")
    relative_pronouns: tuple[str, ...] = ()  # ", der fløj hen over Japan": the clause goes on
    background_preps: tuple[str, ...] = ()  # "since", "etter": a noun trigger after them is background
    coordinators: tuple[str, ...] = ()  # "og", "and": before a verb they start a new clause
    list_words: tuple[str, ...] = ()  # words that may join a list of actors ("og", "både", "som")
    participle_endings: tuple[str, ...] = ()  # ", accusing X of ...": the main clause's subject acts
    use_parse: bool = True  # read arguments from the dependency parse (off where the parser is too weak)
    first: dict[str, list[Trigger]] = field(default_factory=dict)  # exact first word -> triggers
    affix_first: list[Trigger] = field(default_factory=list)  # triggers whose first word is a pattern
    rank: dict[int, int] = field(default_factory=dict)  # id(trigger) -> its place in the file (ties)
    seen: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)  # (form, lemma) -> candidates


def _matches(pat: str, tok_lower: str, lemma: str) -> bool:
    """``word`` exact, ``stem*`` prefix, ``*tail`` suffix ("*kampfly" = "f-16-kampfly"), ``*part*`` infix."""
    if pat.startswith("*") and pat.endswith("*") and len(pat) > 2:
        part = pat[1:-1]
        return part in tok_lower or part in lemma
    if pat.endswith("*"):
        stem = pat[:-1]
        return tok_lower.startswith(stem) or lemma.startswith(stem)
    if pat.startswith("*"):
        tail = pat[1:]
        return tok_lower.endswith(tail) or lemma.endswith(tail)
    return pat == tok_lower or pat == lemma


@cache
def lexicon(lang: str) -> Lexicon:
    data: dict[str, Any] = lang_data(lang, "triggers")
    trigs = []
    for t in data.get("triggers") or []:
        words = tuple(str(t["match"]).lower().split())
        trigs.append(Trigger(
            words, t["type"], t.get("mode"), tuple(t.get("context") or ()), tuple(t.get("preps") or ()),
            t.get("roles", "subject_object"), int(t.get("head", 0)), int(t.get("gap", 3)),
            bool(t.get("targetless", False)),
        ))
    trigs.sort(key=lambda t: -len(t.words))
    lex = Lexicon(trigs, tuple(data.get("default_preps") or ()), tuple(data.get("not_target_preps") or ()),
                   tuple(data.get("location_preps") or ()), tuple(data.get("location_types") or ()),
                   tuple(data.get("partner_preps") or ()), tuple(data.get("between") or ()),
                   tuple(data.get("topic_preps") or ()), tuple(data.get("clause_words") or ()),
                   tuple(data.get("determiners") or ()), tuple(data.get("definite_determiners") or ()),
                   tuple(data.get("definite_suffixes") or ()), tuple(data.get("relative_pronouns") or ()),
                   tuple(data.get("background_preps") or ()), tuple(data.get("coordinators") or ()),
                   tuple(data.get("list_words") or ()), tuple(data.get("participle_endings") or ()))
    lex.use_parse = bool(data.get("use_parse", True))
    lex.rank = {id(t): r for r, t in enumerate(trigs)}
    for t in trigs:
        if "*" in t.words[0]:
            lex.affix_first.append(t)
        else:
            lex.first.setdefault(t.words[0], []).append(t)
    return lex


@dataclass
class TriggerMatch:
    trigger: Trigger
    tokens: list[int]  # indices into the sentence's token list

    @property
    def head(self) -> int:
        return self.tokens[min(self.trigger.head, len(self.tokens) - 1)]


def _candidates(lex: Lexicon, lower: str, lemma: str) -> list[Trigger]:
    """Triggers whose first word can match this token: exact words by lookup, affix patterns by test."""
    key = (lower, lemma)
    if key in lex.seen:  # news repeats its words: each form is tested against the affixes once
        return lex.seen[key]
    out = list(lex.first.get(lower, ()))
    if lemma != lower:
        out += [t for t in lex.first.get(lemma, ()) if t not in out]
    out += [t for t in lex.affix_first if _matches(t.words[0], lower, lemma)]
    if len(lex.seen) < 200_000:
        lex.seen[key] = out
    return out


def find_triggers(lowers: list[str], lemmas: list[str], lang: str) -> list[TriggerMatch]:
    """Every trigger in a sentence given its tokens' lower-cased forms and lemmas.

    All matches are collected, then taken longest first without overlap, so "gi politisk støtte"
    (SUPPORT) wins over "støtte" on the same words.
    """
    lex = lexicon(lang)
    n = len(lowers)
    found: list[TriggerMatch] = []
    for i in range(n):
        for trig in _candidates(lex, lowers[i], lemmas[i]):
            idxs = [i]
            j = i + 1
            for w in trig.words[1:]:
                k = j
                while k < n and k - j <= trig.gap and not _matches(w, lowers[k], lemmas[k]):
                    k += 1
                if k >= n or k - j > trig.gap:
                    idxs = []
                    break
                idxs.append(k)
                j = k + 1
            if idxs:
                found.append(TriggerMatch(trig, idxs))
    found.sort(key=lambda m: (-len(m.trigger.words), lex.rank[id(m.trigger)], m.tokens[0]))
    used: set[int] = set()
    out: list[TriggerMatch] = []
    for m in found:
        if not used.intersection(m.tokens):
            used.update(m.tokens)
            out.append(m)
    out.sort(key=lambda m: m.tokens[0])
    return out
