"""Read an event's source and target from the parse and the actor mentions of its sentence.

Source: a genitive actor right before a noun trigger ("Putins invasjon"), else the grammatical
subject of the trigger's verb (through auxiliaries), resolved through pronouns ("han" -> the last
person named; "vi"/"jeg" in a quote -> the speaker), else the nearest actor before the trigger.
Target: the first actor after the trigger that is not the source and not inside a phrase that never
holds a target ("fra", "om"); with coordination ("Moldova, Georgia og Bosnia") every conjoined actor.
Dependency labels are read only through ``utkikk.nlp.roles``, so NDT and UD parses both work.

This module holds the order in which the rules are tried (``find_arguments``, ``_arguments_of``);
the rules live in the modules below it, lowest first: ``cues`` (per-language words), ``tokens``
(token and clause tests), ``parse`` (tree walks), ``coreference``, ``view`` (``SentenceView``,
``Args``), ``coordination`` (lists of actors), ``subjects``, ``objects``, ``targets``,
``partners`` and ``voice``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...actors.kb import load
from ...actors.quotes import speaker_at
from ...actors.recogniser import DEFAULT_GENITIVES as GENITIVE_TOKENS  # "'s" split off by a tokenizer
from ..modality import cues as modality_cues
from ..ontology import is_symmetric
from ..places import PLACE_TARGET_TYPES, capital_visited, place_state
from ..triggers import TriggerMatch, _candidates, is_act_noun, lexicon
from .coordination import _coordinated
from .coreference import _resolve_pronoun
from .objects import (
    _attributive,
    _before_determiners,
    _clause_follows,
    _content_follows,
    _definite_object,
    _helps_to_do,
    _infinitive_follows,
    _names_content,
    _postnominal,
    _violated,
)
from .partners import _between_pair, _host, _partners
from .subjects import _doers_of_reason, _place_of, _subject_actors
from .subjects import _teller as _teller
from .targets import (
    _cited_others,
    _condition_subject,
    _content_target,
    _relative_antecedent,
    _targets,
    _targets_inside_condition,
    compound_part,
)
from .tokens import _genitive, _time_adverbial
from .view import Args, SentenceView
from .voice import _agents, _done_to_subject, _passive, _received

__all__ = ["Args", "SentenceView", "find_arguments"]


ANAPHORIC_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}  # the antecedent is typed for SUPPORT
# rejecting a claim ("rejects that ...") rejects whoever made it, never the subject of the claim
CLAUSE_OBJECT_NO_TARGET = {"REJECT"}
# aid is reported when it is given or pledged, whether or not the recipient is named ("varslet en
# ekstrabevilgning", "sendte nødhjelp"): the target is then any ("*"); only where the trigger names
# what is given, as a bare "sende" or "hjelpe" is mostly something else
OPEN_TARGET_TYPES = {"AID"}


# a threat is aimed at whoever must act to avert it: "threatened to ban the vote if Hamas ran"
CONDITIONED_TYPES = frozenset({"THREATEN"})


CONTENT_TARGET_TYPES = frozenset({"REJECT", "THREATEN"})


# events whose unnamed doers are the people of the place they happen in
PLACE_SOURCE_TYPES = frozenset({"PROTEST"})
DIRECTED_SYMMETRIC_TYPES = frozenset({"AGREE"})  # an offer or promise with no partner named is aimed
TRANSFER_TYPES = frozenset({"AID"})  # a passive of giving: "fra X" gave it, "til Y" got it
SAID_TYPES = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "REJECT"})  # done by saying it: a quote may open with it


def _place_recipient(view: SentenceView, trig: Any, last: int, sources: set[str],
                     stop: frozenset[str]) -> list[str]:
    """The state of a city or territory aid is sent to: "sender nødhjælp til Gaza", "ökat sitt
    stöd till Charkiv" aid the state the place lies in. Why: news names the place in need more often
    than its state, and only a place right after the trigger's own recipient preposition ("til",
    "till") is read, so a place the aid comes from or passes through is no recipient."""
    for k in range(last + 1, min(len(view.lowers) - 1, last + 5)):
        if view.lowers[k] in (",", ";", ":") or view.lowers[k] in stop:
            return []
        if view.lowers[k] in trig.preps:
            if view.mention_at(k + 1) is not None or not view.toks[k + 1].text[:1].isupper():
                return []
            state = place_state(view, k, stop)
            return [state] if state and state not in sources else []
    return []


def _listed_topic(view: SentenceView, first: int, lex: Any) -> bool:
    """A noun trigger further on in a list of topics after "om" ("samarbeide om utdanning, øving
    og vedlikehold": the exercises are a topic of the cooperation, not a show of force). Only
    nouns, their determiners and adjectives, commas and list words stand between, and at least
    one comma or list word: the trigger is an item of the list the preposition opens."""
    if view.toks[first].pos_ != "NOUN":
        return False
    listed = False
    for k in range(first - 1, max(-1, first - 8), -1):
        w = view.lowers[k]
        if w in lex.topic_preps or view.lemmas[k] in lex.topic_preps:
            decided = k > 0 and (view.lowers[k - 1] in lex.decision_words or view.lemmas[k - 1] in lex.decision_words)
            return listed and not decided
        if w == "," or w in lex.coordinators:
            listed = True
        elif view.toks[k].pos_ not in ("NOUN", "DET", "ADJ", "NUM") or view.mention_at(k):
            return False
    return False


BACKING_TYPES = frozenset({"REQUEST", "SUPPORT", "AID"})


def _backing_phrase(view: SentenceView, i: int) -> tuple[int, str | None] | None:
    """The backer of a request or support noun in a manner phrase: "på begäran av Finland",
    "med støtte fra USA", "with the support of X". The one named after the agent preposition asks
    or backs, and the clause's subject is asked or backed — the reverse of a noun trigger's usual
    reading (subject as source, the next actor as target). Returns the backer's token and code."""
    lex = lexicon(view.lang)
    n = len(view.lowers)
    if not lex.backing_preps or i < 1 or i + 2 >= n:
        return None
    if not any(len(t.words) == 1 and t.type in BACKING_TYPES for t in _candidates(lex, view.lowers[i], view.lemmas[i])):
        return None  # "told på varer fra Kina": goods, no backing
    k = i - 1
    if view.lowers[k] in lex.determiners and k > 0:
        k -= 1  # "with the support of"
    if view.lowers[k] not in lex.backing_preps or view.lowers[i + 1] not in (*lex.agent_preps, *lex.source_preps):
        return None
    for j in range(i + 2, min(i + 6, n)):
        m = view.mention_at(j)
        if m is not None:
            return j, m.code
        if view.toks[j].pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
            break
    return -1, None  # a backer the sentence does not name as an actor ("med støtte fra lokale militser")


def find_arguments(view: SentenceView, match: TriggerMatch, antecedent: list[str] | None = None,
                   taken: frozenset[int] = frozenset()) -> Args | None:
    """Source and target of a trigger; ``antecedent``: the sources of the last event told before,
    which a condemnation of "the launch" or "the attack" is aimed at. A backer named in a manner
    phrase ("med stöd av USA") backs the clause's subject and is no target of its other acts."""
    first = min(match.tokens)
    phrases = [(k, _backing_phrase(view, k)) for k in range(len(view.lowers)) if k != first]
    spots = {b for _, b in phrases if b is not None and b[1] is not None}  # a backer named elsewhere too may still be a target
    backers = {code for j, code in spots if all(ti == j or m.code != code for ti, m in view.mentions)}
    if len(match.tokens) == 1 and match.trigger.type in BACKING_TYPES:
        backed = _backing_phrase(view, first)
        if backed is not None:
            j, code = backed
            if code is None:
                return None
            subject = next((m.code for ti, m in view.mentions if ti < first - 1 and m.code != code), None)
            return Args([code], [subject], None, j) if subject else None
    args = _find_arguments(view, match, antecedent, taken)
    if args is not None and backers and any(t in backers for t in args.targets) and not args.pairs:
        rest = [t for t in args.targets if t not in backers]
        args = replace(args, targets=rest or ["*"])
    return args


def _find_arguments(view: SentenceView, match: TriggerMatch, antecedent: list[str] | None = None,
                    taken: frozenset[int] = frozenset()) -> Args | None:
    trig = match.trigger
    first, last = min(match.tokens), max(match.tokens)
    if len(match.tokens) == 1 and (_attributive(view, first) or _postnominal(view, first)):
        return None  # a participle by its noun describes it: "såra soldatar", "a missile fired from Yemen"
    if _violated(view, first):
        return None  # "hævdede, at Iran havde overtrådt våbenhvilen": the ceasefire is named, not agreed
    if trig.type == "AID" and view.toks[first].pos_ == "VERB" and _helps_to_do(view, last):
        return None  # "helped, along with ..., to derail the process": helping a deed is no aid
    if trig.type == "REJECT" and _no_comment(view, last):
        return None  # "declined to say whether London would expel diplomats": no comment, no refusal
    if trig.mode == "phone" and _naming(view, last):
        return None  # "calling it a feat of diplomacy", "called Erdogan a friend": a naming, no call
    speaker_quote = speaker_at(view.art, view.char(first))
    speaker = speaker_quote.speaker if speaker_quote else None

    if trig.roles == "speaker_to_subject":
        # "Nord-Korea må legge ned ...", said by Stoltenberg: NATO requests of PRK; in reported
        # speech the teller is the speaker ("EU säger att Ryssland måste ta bort ...")
        tellers = [speaker_quote.actor] if speaker_quote and speaker_quote.actor else _teller(view, first)
        if not tellers:
            return None
        targets, _toks, pos = _subject_actors(view, match)
        targets = [t for t in targets if t not in tellers]
        if not targets:
            return None
        return Args(tellers, targets, speaker, pos)

    # a noun trigger that is the topic of talk ("snakke om Nord-Koreas rakettoppskytinger") is no report
    lex = lexicon(view.lang)
    for k in range(max(0, first - 3), first):
        # only determiners, adjectives and actors stand between: "om Nord-Koreas rakettoppskytinger",
        # "diskutera militärt stöd" (not "om kriget lovade Tyskland stöd")
        decided = k > 0 and (view.lowers[k - 1] in lex.decision_words or view.lemmas[k - 1] in lex.decision_words)
        if view.lowers[k] in lex.topic_preps and not decided \
                and any(view.toks[j].pos_ in ("NOUN", "PROPN") for j in match.tokens) \
                and all(view.toks[j].pos_ in ("DET", "ADJ", "ADV", "NUM") or view.mention_at(j) for j in range(k + 1, first)):
            return None
    if _listed_topic(view, first, lex):
        return None
    pair = _between_pair(view, match)
    if pair and is_symmetric(trig.type):  # "samtaler mellom Iran og USA"
        lex = lexicon(view.lang)
        verbal = view.toks[first].pos_ in ("VERB", "AUX") or (first > 0 and view.lowers[first - 1] in lex.participle_auxiliaries)
        if verbal:  # "Russia hosted talks between ...", "har mæglet mellem" (the tagger: a noun)
            host = [c for c in _subject_actors(view, match)[0] if c not in pair]
        else:
            host = _host(view, first, taken, pair)
        if not host and not verbal:
            host = [c for c in _host_agents(view, match, lexicon(view.lang)) if c not in pair]  # "... har vorte leidde av Qatar"
        if host:
            # "Russland har leidd samtalane mellom Armenia og Aserbajdsjan": the host talks with each
            return Args([*host, *pair], [*host, *pair], speaker, None, pairs=True)
        return Args([pair[0]], pair[1:], speaker, None)
    if pair and any(view.lowers[k] in lex.between for k in (last, last + 1) if k < len(view.lowers)):
        # "kamper mellom Hamas og Israel", "kamphandlingar mellom ...": each side acts on the
        # other; a one-way trigger further off ("setter pris på samarbeidet mellom NATO og
        # Japan") is about the pair, not by it
        # a verb with its own subject acts on the pair's meeting: "Turkiet ställer in mötet
        # mellan Sveriges och Turkiets ministrar" is Turkey's deed toward the other side (an
        # actor right before a phrase of several words is its subject whatever the tagger says)
        subj: list[str] = []
        if view.toks[first].pos_ == "VERB":
            subj, _toks, subj_pos = _subject_actors(view, match)
        elif len(match.tokens) > 1 and first > 0 and view.mention_at(first - 1) is not None:
            subj, subj_pos = [view.mention_at(first - 1).code], first - 1
        if subj:
            return Args(subj, [c for c in pair if c not in subj], speaker, subj_pos)
        return Args(pair, pair, speaker, None)
    if not is_symmetric(trig.type) and _received(view, match):
        # "Bosnien fik støtte fra FN", "received aid from Japan": the giver acts on the receiver
        givers = _agents(view, last, lex.source_preps)
        if givers:
            return _done_to_subject(view, match, givers, speaker)
    if not is_symmetric(trig.type) and trig.type not in PLACE_SOURCE_TYPES and _passive(view, match):
        # (a protest's "samlades" is deponent, no passive)
        # "blev besat af Irak", "was attacked by Russia": the subject suffered the act, the agent
        # did it; with no agent named the doer is unknown and nothing is coded
        agents = _agents(view, first) or _agents(view, last)  # "ble bedt av FN om", "was attacked by"
        if not agents and trig.type in TRANSFER_TYPES:
            # "Våpen ble sendt fra USA til Ukraina": what was sent is the subject, the place it
            # was sent from gave it, and the one it was sent to is the target
            givers = _agents(view, last, lex.source_preps)
            if givers:
                held = {ti for ti, m in view.mentions if m.code in givers and ti > last}
                return _arguments_of(view, match, first, last, givers, None, held, speaker, antecedent, taken, lex)
        return _done_to_subject(view, match, agents, speaker) if agents else None
    backed = _backing(view, match)
    if backed is not None:
        return backed
    sources: list[str] = []
    source_pos: int | None = None
    src_tokens: set[int] = set()
    # a possessive pronoun owns a noun trigger ("hennes besøk i Taiwan"): it is the source, or none
    for k in range(max(0, first - 2), first):
        if view.lowers[k] in view.possessives and all(view.toks[j].pos_ in ("ADJ", "ADV") for j in range(k + 1, first)):
            actor, _sp = _resolve_pronoun(view, k)
            if not actor:
                return None
            sources, source_pos, src_tokens = [actor], k, {k}
            break
    # a genitive actor right before a noun trigger: "Putins brutale invasjon", "Kinas støtte"
    for ti, m in ([] if sources else view.mentions):
        if 0 < first - ti <= 3 and _genitive(view, m) and m.kind not in ("adjective",):
            if all(view.toks[k].pos_ in ("ADJ", "ADV", "DET") or view.lowers[k] in GENITIVE_TOKENS
                   for k in range(ti + 1, first)):
                sources, source_pos, src_tokens = [m.code], ti, {ti}
                break
    # an adjective right before a noun trigger: "et tyrkisk militærfly", "russiske angrep"
    if not sources:
        for ti, m in view.mentions:
            if 0 < first - ti <= 2 and m.kind == "adjective":
                sources, source_pos, src_tokens = [m.code], ti, {ti}
                break
    if not sources and speaker_quote and speaker_quote.actor and trig.type in SAID_TYPES \
            and not any(t.is_alpha for t in view.toks[:first]):
        # a quote that opens with what it does: "«Congratulations to Finland ...», Biden wrote",
        # "«Takk til Danmark»": the speaker does it
        sources, source_pos = [speaker_quote.actor], None
    if not sources:
        # "kritiserte USA og Israel for angrepene", "thanked Japan for its help": those the verb
        # acts on for a deed did it
        sources, source_pos, src_tokens = _doers_of_reason(view, first)
        if sources and trig.type in HELP_TYPES:
            thanked = _thanked_for_help(view, source_pos, set(sources))
            if thanked:
                args = _arguments_of(view, match, first, last, sources, source_pos, src_tokens, speaker,
                                     antecedent, taken, lex)
                if args is None or args.targets == ["*"]:  # "for its aid to Ukraine" names its receiver
                    return Args(sources, thanked, speaker, source_pos)
                return args
    if not sources and taken and (any(k in taken for k in _before_determiners(view, first, lex))
                                  or _object_of_taken(view, first, lex, taken)):
        # a noun trigger that is the object of another trigger ("kaller prøvesprengingen et brudd",
        # "fordømmer angrepet") is what is talked about, not a new report
        return None
    if not sources:
        # a noun trigger in a background phrase ("since the invasion", "etter angrepet") is told
        # in passing: the clause's subject did not do it
        k = first - 1
        while k >= 0 and view.lowers[k] in lex.determiners:
            k -= 1
        if k >= 0 and view.lowers[k] in lex.background_preps and not is_symmetric(trig.type):
            return None
        sources, src_tokens, source_pos = _subject_actors(view, match)
    if not sources and trig.type in PLACE_SOURCE_TYPES:
        # "demonstranter samlades utanför Sveriges konsulat i Istanbul": people of the place protest
        sources, source_pos = _place_of(view, first, lex), None
        if sources:
            args = _arguments_of(view, match, first, last, sources, source_pos, set(), speaker, antecedent, taken, lex)
            return replace(args, by_people=True) if args else None
    if not sources and is_symmetric(trig.type):
        hosted = _hosted_talks(view, match, lex, speaker)
        if hosted:
            return hosted
    if not sources:
        return None
    return _arguments_of(view, match, first, last, sources, source_pos, src_tokens, speaker, antecedent, taken, lex)


def _hosted_talks(view: SentenceView, match: TriggerMatch, lex: Any, speaker: str | None) -> Args | None:
    """Talks named as the subject of a passive verb of hosting ("Samtalane vart leidde av
    Russlands utanriksminister", "Forhandlingene ble ledet av Norge"): the agent hosted them, with
    the two states last named together before the sentence as the parties (a report tells the
    parties first, then who led their talks). Each of the three talks with the others."""
    from .coreference import _last_states

    host = _host_agents(view, match, lex)
    parties = [c for c in _last_states(view.art, view.sent.start_char) if c not in host] if host else []
    if len(parties) < 2:
        return None
    return Args([*host, *parties], [*host, *parties], speaker, None, pairs=True)


def _host_agents(view: SentenceView, match: TriggerMatch, lex: Any) -> list[str]:
    """The agents of a passive verb of hosting whose subject is the noun trigger: "Samtalane
    (mellom Israel og Hamas) har vorte leidde av Qatar" -> Qatar."""
    if not lex.host_verbs or view.toks[match.tokens[-1]].pos_ != "NOUN":
        return []
    last = max(match.tokens)
    auxiliaries = {*lex.passive_auxiliaries, *lex.participle_auxiliaries}  # "har vorte leidde av", "har blitt ledet av"
    k = last + 1
    # the pair the talks are between may stand first: "samtalene mellom Israel og Hamas ble ledet av"
    while k < len(view.lowers) and k <= last + 6 and view.lowers[k] not in auxiliaries \
            and (view.mention_at(k) or view.lowers[k] in lex.between or view.lowers[k] in lex.coordinators):
        k += 1
    start = k
    while k < len(view.lowers) and k <= start + 3 and view.lowers[k] in auxiliaries:
        k += 1
    if k == start or k >= len(view.lowers) or not any(view.lowers[j] in lex.passive_auxiliaries for j in range(start, k)):
        return []
    if view.lemmas[k] not in lex.host_verbs and view.lowers[k] not in lex.host_verbs:
        return []
    return _agents(view, k)


def _perfect_infinitive(view: SentenceView, first: int, last: int) -> bool:
    """A perfect infinitive after the trigger's first word ("nekter for å ha levert våpen",
    "afviser at have sendt", a frame's content verb included): what is denied was a deed told
    of before, so its object is no target of the denial."""
    aux = lexicon(view.lang).participle_auxiliaries
    marker = modality_cues(view.lang).infinitive
    return any(view.lowers[k] in marker and view.lowers[k + 1] in aux
               for k in range(first + 1, min(len(view.lowers) - 1, last + 3)))


def _object_of_taken(view: SentenceView, first: int, lex: Any, taken: frozenset[int]) -> bool:
    """A trigger word stands before the noun with only determiners, adjectives and actors between:
    "Onsdag fordømte Norge angrepet", where the subject follows the verb-second verb, or a verb a
    weak tagger called an adjective ("fördömde attacken"). The noun is that verb's object."""
    k = first - 1
    while k >= 0:
        if k in taken:
            return True
        if not (view.lowers[k] in lex.determiners or view.toks[k].pos_ == "ADJ" or view.mention_at(k)):
            return False
        k -= 1
    return False


HELP_TYPES = frozenset({"AID", "SUPPORT"})  # what "with the help of X" and "thanked X for its help" name


def _backing(view: SentenceView, match: TriggerMatch) -> Args | None:
    """Help or support named in "with the help of X" / "with the support of X": X gives it to
    the subject of the clause ("Ukraine retook the city with the support of Britain": Britain
    supports Ukraine). Why: read as any other noun trigger the subject would be its giver and X
    its receiver, the roles reversed. None where the phrase is not there; an Args with the
    target "*" where the clause has no actor subject."""
    lex = lexicon(view.lang)
    trig = match.trigger
    first, last = min(match.tokens), max(match.tokens)
    if trig.type not in HELP_TYPES or not lex.backing_preps or view.toks[first].pos_ not in ("NOUN", "PROPN"):
        return None
    k = first - 1
    while k >= 0 and (view.lowers[k] in lex.determiners or view.toks[k].pos_ == "ADJ"):
        k -= 1
    nxt = last + 1 if len(match.tokens) == 1 or view.lowers[last] not in lex.backer_preps else last
    if k < 0 or view.lowers[k] not in lex.backing_preps or nxt >= len(view.lowers) - 1 \
            or view.lowers[nxt] not in lex.backer_preps:
        return None
    j = nxt + 1
    while j < len(view.lowers) and view.lowers[j] in lex.determiners:
        j += 1
    giver = view.mention_at(j) if j < len(view.lowers) else None
    if giver is None:
        return None
    givers = [m.code for _, m in _coordinated(view, j, view.mentions, set(), objects=True)] or [giver.code]
    subjects, _toks, pos = _subject_actors(view, match)
    speaker_quote = speaker_at(view.art, view.char(first))
    targets = [c for c in subjects if c not in givers] or ["*"]
    return Args(givers, targets, speaker_quote.speaker if speaker_quote else None, j)


def _thanked_for_help(view: SentenceView, source_pos: int | None, sources: set[str]) -> list[str]:
    """ "Zelensky thanked Germany for its help": the help the reason phrase names went to whoever
    thanks or praises, the actor right before the verb the helpers are the object of (only
    actors and determiners and one verb between). Why: the reason phrase tells who helped,
    never whom; the one grateful for it is the one helped."""
    if source_pos is None or source_pos < 2:
        return []
    k = source_pos - 1
    if view.toks[k].pos_ not in ("VERB", "AUX") and not view.lowers[k].endswith("ed"):
        return []  # (a weak tagger may read "thanked" after a name as an adjective)
    before = [(ti, m) for ti, m in view.mentions if ti < k and m.code not in sources]
    if not before:
        return []
    ti, m = before[-1]
    if any(view.lowers[j] in (",", ";", ":") or view.toks[j].pos_ in ("VERB", "AUX")
           for j in range(ti + 1, k) if view.mention_at(j) is None):
        return []
    return [m.code]


def _no_comment(view: SentenceView, last: int) -> bool:
    """A refusal to comment ("declined to say", "refused to confirm"): the infinitive after the
    trigger is a verb of telling. Why: who will not say something rejects no one; the actor in
    what is left unsaid would else be taken for the one rejected."""
    lex = lexicon(view.lang)
    if not lex.no_comment_verbs or not _infinitive_follows(view, last):
        return False
    k = last + 1
    while k < len(view.lowers) and view.lowers[k] not in modality_cues(view.lang).infinitive:
        k += 1
    return k + 1 < len(view.lowers) and (view.lemmas[k + 1] in lex.no_comment_verbs or view.lowers[k + 1] in lex.no_comment_verbs)


def _naming(view: SentenceView, last: int) -> bool:
    """A verb of calling used to name: its object is a thing ("calling it a feat") or an object
    is followed by an indefinite noun ("called Erdogan a friend"). Why: the broad lexicon reads
    "call" as a phone call (CONSULT), which a naming is not."""
    lex = lexicon(view.lang)
    k = last + 1
    if k >= len(view.lowers):
        return False
    if view.lowers[k] in lex.naming_objects:
        return True
    m = view.mention_at(k)
    while m is not None and k + 1 < len(view.lowers) and view.mention_at(k + 1) is m:
        k += 1
    if m is not None or view.toks[k].pos_ == "PRON":
        # (not a time: "called Erdogan a day after the vote")
        return k + 2 < len(view.lowers) and view.lowers[k + 1] in lex.naming_complements \
            and not _time_adverbial(view, k + 2) and view.lowers[k + 2] not in lex.time_units
    return False


def _own_clause_follows(view: SentenceView, last: int, sources: set[str]) -> bool:
    """A "that" clause follows the trigger whose subject is the doer itself or its parent body
    ("warned that it would ...", the Commission's "warned that the EU would defend ..."). Why:
    such a clause tells what the doer will do, so whom it is aimed at stands inside it; a clause
    with another subject names that one as the target, which ``_targets`` reads."""
    if not _clause_follows(view, last):
        return False
    k = last + 1
    if view.lowers[k] == ",":
        k += 1
    k += 1
    lex = lexicon(view.lang)
    while k < len(view.lowers) and view.lowers[k] in lex.determiners:
        k += 1
    m = view.mention_at(k) if k < len(view.lowers) else None
    if m is None:
        return False
    owners = {(load().actors.get(c) or {}).get("parent") for c in sources}
    return m.code in sources or m.code in owners


def _arguments_of(view: SentenceView, match: TriggerMatch, first: int, last: int, sources: list[str],
                  source_pos: int | None, src_tokens: set[int], speaker: str | None,
                  antecedent: list[str] | None, taken: frozenset[int], lex: Any) -> Args | None:
    """The targets (and the pairs of a symmetric event) once the sources are known."""
    trig = match.trigger

    if is_symmetric(trig.type):
        partners = _partners(view, match, src_tokens, set(sources))
        if partners:
            return Args(sources, partners, speaker, source_pos)
        # "Sverige og Finland ble EU-medlemmer": each joined the EU, not each other; a bare noun
        # names a venue ("efter FN-mötet"), not a party
        part = compound_part(view, match, set(sources)) if len(match.tokens) > 1 else None
        if part:
            return Args(sources, [part], speaker, source_pos)
        mediated = any(view.lowers[k] in lex.between for k in range(last + 1, min(len(view.lowers), last + 3)))
        if len(sources) > 1 and not mediated:  # "NATO og Japan har arbeidet sammen": every pair is the event
            return Args(sources, sources, speaker, source_pos, pairs=True)
        # "Qatar, Egypten og USA har mæglet mellem parterne": the parties are others, unnamed
        antecedent_partner = _relative_antecedent(view, source_pos, set(sources))
        if antecedent_partner:
            return Args(sources, antecedent_partner, speaker, source_pos)
        cited = _cited_others(view, sources, first)
        if cited:
            return Args(sources, cited, speaker, source_pos)
        if trig.mode == "visit":
            # "Blinken besøkte Odesa": the city visited stands for its host
            host = place_state(view, last, frozenset(lex.clause_words)) or capital_visited(view, last)
            if host and host not in sources:
                return Args(sources, [host], speaker, source_pos)
        if trig.type in DIRECTED_SYMMETRIC_TYPES:
            # "Libya offered to hand over to Britain ...", "tilbød Ukraina hjelp": an offer or a
            # pledge goes to someone, the first actor after it in its clause
            aimed = _targets(view, match, first, last, src_tokens, set(sources))
            at = next((ti for ti, m in view.mentions if aimed and m.code == aimed[0] and ti > last), None)
            # not past another event word: "blev enige om sanktioner mod Rusland" agrees on
            # sanctions, it is not aimed at Russia
            if aimed and at is not None and not any(k in taken for k in range(last + 1, at)):
                return Args(sources, aimed, speaker, source_pos)
        if trig.targetless:
            return Args(sources, ["*"], speaker, source_pos)
        return None

    targets = _targets(view, match, first, last, src_tokens, set(sources))
    pointed = [a for a in antecedent or [] if a not in sources]
    if trig.type == "REJECT" and _perfect_infinitive(view, first, last):
        # "nekter for å ha levert våpen til Russland": a denial of a deed answers whoever told of
        # it (the last claim, else no one named), not the one the deed was done to
        targets = pointed[:1] or ["*"]
    if trig.type in CLAUSE_OBJECT_NO_TARGET and _clause_follows(view, last):
        # "afviser, at Grønland er til salg": Greenland is what the claim is about; the claim was
        # whoever did the last thing told (Trump, who offered to buy it)
        targets = pointed[:1]
    if not targets and pointed and trig.type in ANAPHORIC_TYPES \
            and (_definite_object(view, last) or _definite_object(view, first)):
        targets = pointed[:1] if trig.type == "REJECT" else pointed
    if not targets and pointed and trig.type == "REJECT":
        targets = pointed[:1]  # "inte kommer att acceptera någon fredsplan": a rejection answers the last claim
    if trig.type in CONDITIONED_TYPES and _targets_inside_condition(view, last, targets):
        targets = []  # "hotar med motåtgärder om USA säljer vapen till Taiwan": aimed at the US
    if not targets and trig.type in CONDITIONED_TYPES:
        targets = _condition_subject(view, last, set(sources))
    if not targets:
        targets = _relative_antecedent(view, source_pos, set(sources))
    if not targets:
        targets = _cited_others(view, sources, first)
    if not targets and trig.type in PLACE_TARGET_TYPES:
        # "Russland angrep Kharkiv i natt": the city struck stands for its state
        state = place_state(view, last, frozenset(lex.clause_words))
        targets = [state] if state and state not in sources else []
    if not targets and trig.type in TRANSFER_TYPES:
        targets = _place_recipient(view, trig, last, set(sources), frozenset(lex.clause_words))
    if not targets and trig.type == "THREATEN" and trig.targetless and pointed:
        targets = pointed[:1]  # a threat that names no one answers the last hostile actor
    if trig.type == "THREATEN" and _own_clause_follows(view, last, set(sources)):
        # "Poland warned that it could use force against Belarus": the warner's own deed is the
        # content, aimed at the first other actor in it
        owners = {(load().actors.get(c) or {}).get("parent") for c in sources}
        targets = _content_target(view, last + 1 if view.lowers[last + 1] == "," else last, {*sources, *owners} - {None}, lex)
    if not targets and trig.type in CONTENT_TARGET_TYPES and _infinitive_follows(view, last) \
            and not _perfect_infinitive(view, first, last):
        # "Israel refused to lift the blockade on Gaza": what is refused, asked or threatened is
        # done to the content's object
        targets = _content_target(view, last, set(sources), lex)
    if not targets:
        open_target = trig.type in OPEN_TARGET_TYPES and any(view.toks[k].pos_ == "NOUN" for k in match.tokens)
        # a demand that names what it asks for in its own words ("krever en umiddelbar
        # våpenhvile"), of no one named, asks it of any
        # the entry's own last word may be that noun ("opfordre til tilbageholdenhed", "kräva dialog")
        held = len(match.tokens) > 1 and (is_act_noun(lex, view.lowers[last], view.lemmas[last])
                                          or _names_content(view, last) or view.toks[last].pos_ == "NOUN")
        # a refusal that names its object in its own words ("sa nei til deltaking", "said no to
        # joining") refuses no one named; "nekter for at ..." denies a claim whose maker is unknown
        refused = trig.type == "REJECT" and len(match.tokens) > 1 \
            and (_infinitive_follows(view, last) or not _clause_follows(view, last))
        if not (trig.targetless or open_target or refused
                or (trig.type == "REQUEST" and (held or _content_follows(view, last)))):
            return None
        targets = ["*"]
    return Args(sources, targets, speaker, source_pos)
