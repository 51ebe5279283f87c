"""Trigger lexicons (``lang/<code>/triggers.yaml``) and their matching in a sentence.

Two files per language: ``triggers.yaml`` (the hand-tuned entries and the language's argument
data, which rank first on ties) and ``lexicon.yaml`` (the broad lexicon, one entry per verb sense
of PETRARCH2's CAMEO verb dictionary put in the language's own words, plus nouns, compounds and
multi-word expressions). Both hold entries of the same form.

A trigger is a sequence of word patterns matched in order within a sentence, each against the
token's lemma or its lower-cased form, with a few words allowed between them ("gi Russland
politisk støtte" matches ``gi støtte``). A pattern ending in ``*`` matches any word beginning with
it ("sanksjon*"); one beginning with ``*`` matches a compound by its last part, inflected or
not ("*samarbeid" matches "militærsamarbeidet": the language's noun endings are stripped).
Longer triggers win over shorter ones on the same words.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..actors.kb import lang_data

WORD_LISTS = ("decision_words", "violation_verbs", "reflexive_possessives", "reason_preps", "passive_auxiliaries", "agent_preps", "receive_verbs", "host_verbs", "source_preps", "definite_demonym_endings",
              "definite_demonym_before", "attributive_participle_endings", "attributive_articles", "goods_nouns",
              "led_tails", "subject_relatives", "topic_tails", "aim_preps", "member_preps", "charge_preps",
              "naming_objects", "naming_complements", "time_units",
              "backing_preps", "backer_preps", "no_comment_verbs")
VERB_TAGS = ("VERB", "AUX")
# a threat of violence is made whether or not it names whom ("Putin truet med atomvåpen"): its
# entries need no target unless they say ``targetless: false``
TARGETLESS_BY_NATURE = frozenset({("THREATEN", "violence")})
MIN_ALT_LEMMA = 4  # shorter lemmas of entry words are function words' ("an" -> "ane"): not added
NEAR = 2  # tokens between a broad match and a hand-made one that make them one phrase
# a broad entry's gap never runs over these: a phrase of the imported lexicon is one clause's
# words ("Hungary, which opposes the sanctions, met Russia" holds no "oppose ... meet")
BROAD_BARRIERS = frozenset({",", ";", ":", "(", ")"})


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
    broad: bool = False  # from lexicon.yaml: yields to any hand-made trigger on the same words
    pos: tuple[str, ...] = ()  # parts of speech the first word must carry ("VERB": not "forces" the noun)
    tone: str | None = None  # REQUEST: "demand" or "appeal" (events/plover.yaml ``tones``)
    holds_object: bool = False  # its gap is its object, event words included ("kalte angrepet absurd")
    aimed: str | None = None  # the type when aimed at a named actor: a launch "mot Israel" is an ASSAULT

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
    verb_second: bool = True  # an actor right after the verb may be its subject (V2 languages; not English)
    passive_auxiliaries: tuple[str, ...] = ()  # "ble", "blev", "was": with a participle, a passive
    passive_suffix: str = ""  # "-s": "bombades", "angripes" (a verb whose lemma has no -s)
    agent_preps: tuple[str, ...] = ()  # "av", "af", "by": the doer of a passive
    definite_demonym_endings: tuple[str, ...] = ()  # "amerikanerne": the people as a side; "amerikanere" are people
    definite_demonym_before: tuple[str, ...] = ()  # "the": "the Americans" as a side, "Americans" people
    attributive_participle_endings: tuple[str, ...] = ()  # "såra soldatar", "wounded soldiers"
    backing_preps: tuple[str, ...] = ()  # "på begäran av X", "med støtte fra X": X asks or backs
    attributive_articles: tuple[str, ...] = ()  # "den dømte russiske agent": an article opens a noun phrase
    non_state_heads: frozenset[str] = frozenset()  # "syriska rebeller": people of a state, not the state
    act_nouns: frozenset[str] = frozenset()  # lemmas of what an actor does or puts forward ("kunngjøring", "delegation")
    host_verbs: tuple[str, ...] = ()  # "lede", "leie": "samtalene ble ledet av X" — X hosted the talks
    receive_verbs: tuple[str, ...] = ()  # "få", "motta", "receive": "fikk støtte fra FN" — the giver is the source
    decision_words: tuple[str, ...] = ()  # "enige", "agreed": "enige om sanksjoner" decides, it does not discuss
    participles: dict[str, list[str]] = field(default_factory=dict)  # inflection.yaml participle_infinitives
    infinitive_variants: tuple[tuple[str, str], ...] = ()  # inflection.yaml: "avvisa" is "avvise"
    participle_auxiliaries: frozenset[str] = frozenset()  # perfect and passive auxiliaries: a participle follows
    source_preps: tuple[str, ...] = ()  # "fra", "from": who gave what was received
    reflexive_possessives: tuple[str, ...] = ()  # "sin": "møtte sin kinesiske kollega" — the subject's own
    reason_preps: tuple[str, ...] = ()  # "for": "kritiserte USA for angrepene" — USA did the attacks
    first: dict[str, list[Trigger]] = field(default_factory=dict)  # exact first word -> triggers
    affix_first: list[Trigger] = field(default_factory=list)  # triggers whose first word is a pattern
    # the patterns of affix_first by their place in it: "*tail" ones by tail, the others tested one by one
    affix_tails: dict[str, list[int]] = field(default_factory=dict)
    affix_others: list[int] = field(default_factory=list)
    rank: dict[int, int] = field(default_factory=dict)  # id(trigger) -> its place in the file (ties)
    seen: dict[tuple[str, str, bool], list[Trigger]] = field(default_factory=dict)  # (form, lemma, after aux) -> candidates
    endings: tuple[str, ...] = ()  # noun endings a compound's last part may carry ("-en", "-ene")
    subject_relatives: tuple[str, ...] = ()  # "that" + verb: a relative clause, not a "that" clause
    aim_preps: tuple[str, ...] = ()  # "mot", "at": what a launch is aimed at (``Trigger.aimed``)
    naming_objects: tuple[str, ...] = ()  # "calling it a feat": a phone-call verb on these names, it calls no one
    naming_complements: tuple[str, ...] = ()  # "called Erdogan a friend": after the object these make it a naming
    time_units: tuple[str, ...] = ()  # "a day after": an indefinite of these is a time, no naming
    backing_preps: tuple[str, ...] = ()  # "with the help of X": the help is X's, given to the clause's subject
    backer_preps: tuple[str, ...] = ()  # the "of" of that phrase
    no_comment_verbs: tuple[str, ...] = ()  # "declined to say whether ...": no comment, no rejection
    lemma_of: dict[str, str] = field(default_factory=dict)  # an entry verb form -> the lemmatiser's lemma of it
    first_verb: dict[str, list[Trigger]] = field(default_factory=dict)  # that lemma -> triggers, for verbs

    def generic_demonym(self, text: str, before: str) -> bool:
        """An indefinite plural demonym names people, not a party to an event: "når de møter
        svensker og nordmenn", "Americans abroad"; "russerne", "the Russians" stand for a side."""
        if not (self.definite_demonym_endings or self.definite_demonym_before):
            return False
        low = text.lower().rstrip("'’")
        if low.endswith("'s") or low.endswith("’s"):
            low = low[:-2]
        definite = low.endswith(self.definite_demonym_endings) or (
            low.endswith("s") and low[:-1].endswith(self.definite_demonym_endings))  # genitive: "russernes"
        return not (definite or before in self.definite_demonym_before)


def _matches(pat: str, tok_lower: str, lemma: str, endings: tuple[str, ...] = ()) -> bool:
    """``word`` exact, ``stem*`` prefix, ``*tail`` suffix ("*kampfly" = "f-16-kampfly", and with
    one of the language's noun ``endings`` after it: "*avtale" = "handelsavtalen"), ``*part*`` infix."""
    if pat.startswith("*") and pat.endswith("*") and len(pat) > 2:
        part = pat[1:-1]
        return part in tok_lower or part in lemma
    if pat.endswith("*"):
        stem = pat[:-1]
        return tok_lower.startswith(stem) or lemma.startswith(stem)
    if pat.startswith("*"):
        tail = pat[1:]
        if tok_lower.endswith(tail) or lemma.endswith(tail):
            return True
        return any(e and tok_lower.endswith(tail + e) for e in endings)
    return pat == tok_lower or pat == lemma


def _frame_entries(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every verb of a frame with every word of it, as trigger entries: "kalle" x "absurd" ->
    "kalle absurd" ("kalte beslutningen absurd"). Why: the verbs of naming and the words of
    judgement combine freely, so the data lists each once instead of every pair."""
    out = []
    for f in frames:
        rest = {k: v for k, v in f.items() if k not in ("verbs", "words")}
        out += [{**rest, "match": f"{v} {w}"} for v in f["verbs"] for w in f["words"]]
    return out


def _entries(lang: str) -> list[tuple[dict[str, Any], bool]]:
    """The entries of ``triggers.yaml`` then ``lexicon.yaml``; a pattern listed twice keeps its
    first entry, so a hand-tuned entry overrides the broad lexicon's."""
    out: list[tuple[dict[str, Any], bool]] = []
    seen: set[str] = set()
    # UTKIKK_BROAD_LEXICON=0 codes with the hand-made entries alone (the benchmark's baseline)
    names = ("triggers", "lexicon") if os.environ.get("UTKIKK_BROAD_LEXICON", "1") != "0" else ("triggers",)
    for name in names:
        data = lang_data(lang, name)
        # a frame ranks before a plain entry of the same length: its verb governs the word it
        # shares with one ("halted economic aid to" is a halt, not "aid to")
        for t in [*_frame_entries(data.get("frames") or []), *(data.get("triggers") or [])]:
            key = " ".join(str(t["match"]).lower().split())
            if key not in seen:
                seen.add(key)
                out.append((t, name == "lexicon"))
    return out


@cache
def lexicon(lang: str) -> Lexicon:
    # imported here, not at the top: the lemmatiser pulls in spaCy (seconds), and the store and the
    # web app import this package only for the ontology, so a server starts without loading spaCy
    from ..nlp.lemmas import lemmatize

    data: dict[str, Any] = lang_data(lang, "triggers")
    trigs = []
    denials = {w.lower() for w in lang_data(lang, "modality").get("denial") or []}
    denials |= {lemmatize(w, lang) for w in denials}
    type_preps = {k: tuple(v) for k, v in (data.get("type_preps") or {}).items()}
    demand = {w.lower() for w in data.get("demand_words") or []}
    demand |= {lemmatize(w, lang) for w in demand}
    for t, broad in _entries(lang):
        words = tuple(str(t["match"]).lower().split())
        if broad and len(words) == 1 and words[0] in denials:
            continue  # "benægtede forlydender": a denial flags what is denied, it is no event itself
        trigs.append(Trigger(
            words, t["type"], t.get("mode"), tuple(t.get("context") or ()),
            tuple(t.get("preps") or ()) + type_preps.get(t["type"], ()),
            t.get("roles", "subject_object"), int(t.get("head", 0)), int(t.get("gap", 3)),
            bool(t.get("targetless", (t["type"], t.get("mode")) in TARGETLESS_BY_NATURE)), broad, tuple(t.get("pos") or ()),
            t.get("tone") or _tone(t["type"], words, demand), bool(t.get("holds_object", False)),
            t.get("aimed"),
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
    lex.verb_second = bool(data.get("verb_second", True))
    for name in WORD_LISTS:  # the argument data of the header, each a list of words
        setattr(lex, name, tuple(data.get(name) or ()))
    lex.passive_suffix = str(data.get("passive_suffix") or "")
    lex.non_state_heads = frozenset(data.get("non_state_heads") or ())
    lex.act_nouns = frozenset(data.get("act_nouns") or ())
    infl = lang_data(lang, "inflection")
    lex.participles = {str(k): [str(x) for x in v] for k, v in (infl.get("participle_infinitives") or {}).items()}
    lex.infinitive_variants = tuple((str(a), str(b)) for a, b in infl.get("infinitive_variants") or ())
    lex.participle_auxiliaries = frozenset([*lex.passive_auxiliaries, *(infl.get("perfect_auxiliaries") or [])])
    lex.endings = tuple(sorted((e for e in lang_data(lang, "inflection").get("noun_suffixes") or [] if e),
                               key=len, reverse=True))
    lex.rank = {id(t): r for r, t in enumerate(trigs)}
    lex.lemma_of = _entry_lemmas(trigs, lang, lex.passive_suffix)
    for t in trigs:
        if "*" in t.words[0]:
            lex.affix_first.append(t)
        else:
            lex.first.setdefault(t.words[0], []).append(t)
            if t.words[0] in lex.lemma_of:
                lex.first_verb.setdefault(lex.lemma_of[t.words[0]], []).append(t)
    _index_affixes(lex)
    return lex


def _index_affixes(lex: Lexicon) -> None:
    """Index the ``*tail`` patterns of ``lex.affix_first`` by their tail. Why: a word form not
    met before was tested against every affix pattern (600 in Swedish), which took three
    quarters of the coding time on real news; a suffix pattern matches a word exactly when one
    of the word's suffixes (or of the word less one of its noun ``endings``) is its tail, so a
    few dictionary look-ups find the same patterns (``_matches`` decides as before)."""
    for pos, t in enumerate(lex.affix_first):
        pat = t.words[0]
        if pat.startswith("*") and not pat.endswith("*"):
            lex.affix_tails.setdefault(pat[1:], []).append(pos)
        else:
            lex.affix_others.append(pos)


def _suffixes(word: str) -> Iterator[str]:
    return (word[i:] for i in range(len(word)))


def _affix_candidates(lex: Lexicon, lower: str, lemma: str) -> list[Trigger]:
    """``[t for t in lex.affix_first if _matches(t.words[0], lower, lemma, lex.endings)]``, in
    that order, found through the tail index."""
    hits = {pos for pos in lex.affix_others if _matches(lex.affix_first[pos].words[0], lower, lemma, lex.endings)}
    if lex.affix_tails:
        words = [lower, lemma, *(lower[:-len(e)] for e in lex.endings if e and lower.endswith(e))]
        for w in words:
            for tail in _suffixes(w):
                hits.update(lex.affix_tails.get(tail, ()))
    return [lex.affix_first[pos] for pos in sorted(hits)]


def _entry_lemmas(trigs: list[Trigger], lang: str, passive_suffix: str) -> dict[str, str]:
    """Entry words the lemmatiser lemmatises to another word ("ber" -> "be", Nynorsk "angripe" ->
    "angripa"), each with that lemma. Why: entries were written as inflected forms, and a verb
    token of any other inflection of the same verb carries that lemma; matching it finds every
    inflection. Left out: short lemmas (function words: "an" -> "ane") and an -s verb whose lemma
    drops the -s, a verb of its own ("treffes" meet, "treffe" hit). Only verb tokens match this
    way: "støtter" the verb does not make "støtte" the noun a SUPPORT."""
    from ..nlp.lemmas import lemmatize  # spaCy only when a lexicon is built (see lexicon)

    out: dict[str, str] = {}
    for t in trigs:
        for w in t.words:
            if "*" in w or w in out:
                continue
            alt = lemmatize(w, lang).lower()
            if alt == w or len(alt) < MIN_ALT_LEMMA:
                continue
            if passive_suffix and w.endswith((passive_suffix, passive_suffix + "t")) \
                    and not alt.endswith(passive_suffix):  # Nynorsk "-ast": "treffast"
                continue
            out[w] = alt
    return out


def _tone(type_: str, words: tuple[str, ...], demand_words: set[str]) -> str | None:
    """A request is a demand when one of its words is one of the language's ``demand_words``
    ("krever", "måste", "demanded"), else an appeal; types without tones have none."""
    from .ontology import tones

    if "demand" not in tones(type_):
        return None
    return "demand" if any(w in demand_words for w in words) else "appeal"


@dataclass
class TriggerMatch:
    trigger: Trigger
    tokens: list[int]  # indices into the sentence's token list

    @property
    def head(self) -> int:
        return self.tokens[min(self.trigger.head, len(self.tokens) - 1)]


def is_act_noun(lex: Lexicon, lower: str, lemma: str) -> bool:
    """A noun that names something an actor did or put forward: an event noun of the lexicon
    ("provokasjonene") or one of the language's ``act_nouns`` ("kunngjøringene", "the delegation").
    Why: after "fra X" such a noun makes X its doer; a noun for people or goods makes X a place."""
    if lemma in lex.act_nouns or lower in lex.act_nouns:
        return True
    # the form itself where the lemmatiser misses ("beslutet" -> "besluten"): a listed noun and an ending
    if any(lower[:-len(e)] in lex.act_nouns for e in lex.endings if e and lower.endswith(e)):
        return True
    return any(not t.pos or "NOUN" in t.pos for t in _candidates(lex, lower, lemma))


def _candidates(lex: Lexicon, lower: str, lemma: str, after_aux: bool = False) -> list[Trigger]:
    """Triggers whose first word can match this token: exact words by lookup, affix patterns by
    test; after an auxiliary, the verb a participle left as its own lemma belongs to."""
    key = (lower, lemma, after_aux)
    if key in lex.seen:  # news repeats its words: each form is tested against the affixes once
        return lex.seen[key]
    out = list(lex.first.get(lower, ()))
    if lemma != lower:
        out += [t for t in lex.first.get(lemma, ()) if t not in out]
    elif after_aux:  # "har godkjent" with "godkjent" left as its own lemma: the verb it is the participle of
        for inf in _infinitives(lower, lex.participles):
            out += [t for t in lex.first.get(inf, ()) if t not in out]
    out += _affix_candidates(lex, lower, lemma)
    if len(lex.seen) < 200_000:
        lex.seen[key] = out
    return out


def _infinitives(word: str, rules: dict[str, list[str]]) -> list[str]:
    """Infinitives a past participle may belong to, by the language's ``participle_infinitives``."""
    out = []
    for ending, replacements in rules.items():
        if word.endswith(ending) and len(word) > len(ending) + 3:
            stem = word[: len(word) - len(ending)]
            out += [stem + stem[-1] + r[1:] if r.startswith("C") else stem + r for r in replacements]
    return out


def _without_overlap(found: list[TriggerMatch]) -> list[TriggerMatch]:
    used: set[int] = set()
    out: list[TriggerMatch] = []
    for m in found:
        if not used.intersection(m.tokens):
            used.update(m.tokens)
            out.append(m)
    return out


def _without_swallowing(found: list[TriggerMatch]) -> list[TriggerMatch]:
    """Matches whose gaps skip over no other curated trigger's first word.

    Why: a gapped phrase must not eat an event word between its parts. "i går ett möte med min
    kollega i Bryssel" holds "går … med … i" (join, with "ett möte" and "min kollega" skipped)
    and "möte med" (a meeting): the meeting is what the sentence says, and the longer phrase
    only won by length. Only a rival that ends inside the phrase counts: one that ends where the
    phrase ends is its own object, one that runs past it a reading across it ("called the
    invasion a breach of" holds no "invasion of")."""
    curated = [b for b in found if not b.trigger.broad]
    out = []
    for m in found:
        skipped = set(range(m.tokens[0], m.tokens[-1] + 1)) - set(m.tokens)
        # a rival that the phrase ends with is its object, and stays inside it: "halt its joint
        # military exercises" holds "military exercises", and is still a halt
        if m.trigger.holds_object or not any(b is not m and b.tokens[0] in skipped and b.tokens[-1] < m.tokens[-1]
                                             for b in curated):
            out.append(m)
    return out


def _read_twice(out: list[TriggerMatch], pos: list[str] | None = None) -> list[TriggerMatch]:
    """Broad matches within ``NEAR`` tokens of a hand-made one. (Sparing broad phrases of several
    words, "bekymret over Russlands angrep", lost more on the sample corpus than it gained.)
    A broad match inside the gap of a hand-made phrase that holds its object is that object, not
    the phrase read twice: "ønsket arrestordren velkommen" welcomes the arrest warrant, and the
    warrant names whose act is welcomed."""
    hand = [m for m in out if not m.trigger.broad]
    # a broad phrase of asking that ends in its preposition governs what follows it ("tar til
    # orde for en våpenhvile"): the request is the event and the hand-made trigger its content
    return [m for m in out if m.trigger.broad and not _asks_for(m, pos) and any(
        (-NEAR <= min(h.tokens) - max(m.tokens) <= NEAR or min(m.tokens) - max(h.tokens) in range(1, NEAR + 1))
        and not (h.trigger.holds_object and min(h.tokens) < min(m.tokens) and max(m.tokens) < max(h.tokens))
        for h in hand)]


def _asks_for(m: TriggerMatch, pos: list[str] | None) -> bool:
    return m.trigger.type == "REQUEST" and len(m.tokens) > 1 and pos is not None and pos[m.tokens[-1]] == "ADP"


def _verb_candidates(lex: Lexicon, lower: str, lemma: str, after_aux: bool, tag: str | None) -> list[Trigger]:
    """The candidates of a token, and for a verb also those of its lemma's other infinitive
    ending: Nynorsk writes "avvisa" and "avvise" alike, the lemmatiser gives either and the
    lexicon lists one."""
    out = _candidates(lex, lower, lemma, after_aux)
    if tag in VERB_TAGS:
        out = out + [t for t in lex.first_verb.get(lemma, ()) if t not in out]
        for end, other in lex.infinitive_variants:
            if lemma.endswith(end) and len(lemma) > len(end) + 2:
                out = out + [t for t in _candidates(lex, lower, lemma[: -len(end)] + other, after_aux) if t not in out]
    return out


def find_triggers(lowers: list[str], lemmas: list[str], lang: str,
                  pos: list[str] | None = None) -> list[TriggerMatch]:
    """Every trigger in a sentence given its tokens' lower-cased forms, lemmas and (where tagged)
    parts of speech.

    All matches are collected, then taken longest first without overlap, so "gi politisk støtte"
    (SUPPORT) wins over "støtte" on the same words; on equal length a hand-made trigger wins
    over the broad lexicon's (curated entries were tuned where the two disagree).
    """
    lex = lexicon(lang)
    n = len(lowers)
    found: list[TriggerMatch] = []
    for i in range(n):
        after_aux = any(lowers[k] in lex.participle_auxiliaries for k in range(max(0, i - 3), i))
        for trig in _verb_candidates(lex, lowers[i], lemmas[i], after_aux, pos[i] if pos else None):
            if trig.pos and pos is not None and pos[i] not in trig.pos:
                continue
            idxs = [i]
            j = i + 1
            for w in trig.words[1:]:
                k = j
                while k < n and k - j <= trig.gap and not _matches(w, lowers[k], lemmas[k], lex.endings) \
                        and not (pos and pos[k] in VERB_TAGS and lex.lemma_of.get(w) == lemmas[k]) \
                        and not (trig.broad and lowers[k] in BROAD_BARRIERS):
                    k += 1
                if k >= n or k - j > trig.gap or (trig.broad and lowers[k] in BROAD_BARRIERS) \
                        or (k > j and lowers[k - 1] in lex.coordinators):
                    # a word right after "og"/"och" over a gap opens the next conjunct: "avviste
                    # kritikken og anklaget Ukraina" is a rejection and an accusation, not
                    # "avvise anklage*"
                    idxs = []
                    break
                idxs.append(k)
                j = k + 1
            if idxs:
                found.append(TriggerMatch(trig, idxs))
    found = _without_swallowing(found)
    found.sort(key=lambda m: (-len(m.trigger.words), m.trigger.broad, lex.rank[id(m.trigger)], m.tokens[0]))
    out = _without_overlap(found)
    # a broad entry next to a hand-made trigger is the same phrase read twice ("imposed new
    # sanctions", "supports Ukraine's bid"): the curated reading stands alone — and whatever the
    # broad entry had pushed aside gets its place back
    twice = _read_twice(out, pos)
    if twice:
        out = _without_overlap([m for m in found if not any(m is t for t in twice)])
        twice = _read_twice(out, pos)
        out = [m for m in out if not any(m is t for t in twice)]
    out.sort(key=lambda m: m.tokens[0])
    return out
