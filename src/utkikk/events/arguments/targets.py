"""To whom: the target of a one-way event once its sources are known.

Why a module of its own: the first actor after the trigger in its clause (skipping phrases that
never hold a target, unless the phrase names who put forward what was acted on, or where traded
goods come from), and the fallbacks when there is none: the antecedent of a relative clause, the
one a condition names, the actors a report is according to, the object of a refused or threatened
deed.
"""

from __future__ import annotations

from typing import Any

from ..modality import cues
from ..ontology import is_symmetric
from ..places import place_state
from ..triggers import TriggerMatch, _candidates, is_act_noun, lexicon
from .coordination import _coordinated
from .objects import _definite_object
from .parse import NOMINAL, _scope
from .view import SentenceView


def _targets(view: SentenceView, match: TriggerMatch, first: int, last: int, src_tokens: set[int],
             sources: set[str]) -> list[str]:
    """The actors a one-way trigger acts on: the first actor after it in its clause, with those listed with it."""
    lex = lexicon(view.lang)
    blocked = set(lex.not_targets)
    out: list[str] = []
    start_at = first + 1
    scope = _scope(view, match)
    # the source's own people as the object ("ber alle amerikanske borgere forlate Irak"): no target
    own = [(ti, m) for ti, m in view.mentions if last < ti <= last + 6 and m.code in sources and ti not in src_tokens]
    # (an actor inside a trigger of several words counts: "utviser 15 russiske diplomater som
    # regjeringen mener ..." is aimed at Russia, the government after it is no object)
    if own and not any(first < ti < own[0][0] for ti, m in view.mentions if m.code not in sources):
        if not any(view.lowers[k] in (",", ";", ":") for k in range(last + 1, own[0][0])):
            return []
    mentions = [(ti, m) for ti, m in view.mentions if scope is None or ti in scope]
    # the word right after a verb trigger is its object whatever the parse says ("ba Moskva trekke")
    nxt = [(ti, m) for ti, m in view.mentions if ti == last + 1 and m.code not in sources and ti not in src_tokens]
    if nxt and not any(ti == nxt[0][0] for ti, _ in mentions):
        mentions = sorted(mentions + nxt, key=lambda x: x[0])
    cands = [(ti, m) for ti, m in mentions if ti >= start_at and ti not in src_tokens and m.code not in sources]
    if not cands and scope is not None:
        # the parse put nothing under the trigger (a misparse, or a V2 subject in between: "åtvara
        # USAs forsvarsminister Jim Mattis Nord-Korea"): the first actor after it in the clause
        for ti, m in view.mentions:
            if ti <= last or ti in src_tokens or m.code in sources:
                continue
            if any(view.lowers[k] in (",", ";", ":") or view.lowers[k] in lex.clause_words
                   or _starts_relative_clause(view, k, lex) or _time_clause_at(view, k, lex)
                   for k in range(last + 1, ti)):
                break
            cands = [(tj, mj) for tj, mj in view.mentions if tj >= ti and tj not in src_tokens and mj.code not in sources]
            mentions = cands
            break
    if not cands:
        part = compound_part(view, match, sources)
        if part:  # "deltok i Libya-bombingen", "ble EU-medlem": the compound's first part is acted on
            return [part]
        # the target may stand between source and trigger: "fløjet mod Italien med medicinsk udstyr"
        src_end = max(src_tokens) if src_tokens else -1
        cands = [(ti, m) for ti, m in mentions
                 if src_end < ti < first and ti not in src_tokens and m.code not in sources
                 and (ti == 0 or view.lowers[ti - 1] not in blocked)]
        if not cands:
            return []
    if _charged_pronoun(view, match, last, cands, lex):
        return []
    # skip actors inside a blocked phrase: "provokasjonene fra Nord-Korea", "diskutere om Iran"
    chosen = None
    skipped: set[int] = set()
    for ti, m in cands:
        if ti in skipped:
            continue
        k = ti - 1
        while k > last and view.lowers[k] in lex.determiners:  # "i den ukrainske by": a place
            k -= 1
        prev = view.lowers[k] if k >= 0 else ""
        prev2 = " ".join(view.lowers[max(0, k - 1):k + 1])
        # a blocked preposition reaches over the adjectives of its noun: "profits from frozen
        # Russian assets" names no target any more than "from Russian assets" does
        kb = k
        while kb > last + 1 and kb - 1 not in match.tokens and (view.toks[kb].pos_ == "ADJ" or view.toks[kb].dep_ == "amod") \
                and view.mention_at(kb) is None:
            kb -= 1
        if kb != k and view.lowers[kb] in blocked and kb not in match.tokens and view.lowers[kb] not in match.trigger.preps:
            prev = view.lowers[kb]
        if (prev in blocked or prev2 in blocked) and ti - 1 not in match.tokens and prev not in match.trigger.preps \
                and not _owner_of_object(view, match, k) and not _goods_from(view, match, k) \
                and not _people_from(view, match, k):
            # a preposition of the trigger ("støtte opp om", RETREAT "fra") never blocks; the
            # members of a list share its preposition ("angrepene fra Russland og Iran")
            skipped.update(tj for tj, _ in _coordinated(view, ti, cands, sources, objects=True))
            continue
        if match.trigger.type in JUDGING_TYPES and _in_deed_phrase(view, last, k, lex):
            # "condemned the attack on Ukraine", "fördömde attacken mot Ukraina": the one the
            # judged deed was done to is no target of the judgement (its doer would be)
            skipped.update(tj for tj, _ in _coordinated(view, ti, cands, sources, objects=True))
            continue
        if prev in lex.location_preps and match.trigger.type not in lex.location_types \
                and prev not in match.trigger.preps and not _place_of_object(view, match, k):
            continue
        # stop at a clause break between trigger and candidate; without a parse, commas and
        # clause conjunctions ("men") end the clause too
        breaks = {";", ":"} if scope is not None else {";", ":", ",", *lex.clause_words}
        if any((view.lowers[k] in breaks and not (view.lowers[k] == "," and k + 1 < len(view.lowers)
                                                  and view.lowers[k + 1] in lex.relative_pronouns))
               # "fordømmer angrebet og lover Israel støtte": a coordinated verb starts a new clause
               or (view.lowers[k] in lex.coordinators and k + 1 < ti and view.toks[k + 1].pos_ in ("VERB", "AUX"))
               for k in range(last + 1, ti)):
            break
        chosen = (ti, m)
        break
    if chosen is None:
        return []
    out.append(chosen[1].code)
    # coordination: "til Moldova, Georgia og Bosnia-Hercegovina", "mod Italien og Spanien"
    return [m.code for _, m in _coordinated(view, chosen[0], cands, sources, objects=True)]


def _time_clause_at(view: SentenceView, k: int, lex: Any) -> bool:
    """Token k opens a clause of time ("etter at", "før", "siden"): a background preposition
    with a complementizer after it. What it tells happened around the act ("suspenderte bidragene
    etter at Israel anklaget ..." is not aimed at Israel); a launch's "mot" is not one."""
    w = view.lowers[k]
    return w in lex.background_preps and w not in lex.aim_preps and k + 1 < len(view.lowers) \
        and view.lowers[k + 1] in view.complementizers


def _charged_pronoun(view: SentenceView, match: TriggerMatch, last: int, cands: list, lex: Any) -> bool:
    """A judging verb's object is a pronoun that points back to no actor, and the deed it is charged
    with follows ("accusing them of spying on Ukrainian refugees", "criticised it for ..."): the
    one judged is that pronoun's, and an actor in the deed's phrase is no target of the judgement."""
    if match.trigger.type not in JUDGING_TYPES or last + 2 >= len(view.lowers):
        return False
    if view.toks[last + 1].pos_ != "PRON" or view.mention_at(last + 1) is not None \
            or view.lowers[last + 1] in view.possessives or view.lowers[last + 2] not in lex.charge_preps:
        return False
    return bool(cands) and all(ti > last + 2 for ti, _ in cands)


def _starts_relative_clause(view: SentenceView, k: int, lex: Any) -> bool:
    """Whether token k opens a relative clause on a noun: a relative pronoun the parse marks as
    the subordinator of a verb that modifies a noun ("som" in NDT). What follows is a clause of its
    own ("landsforrædere som sto klare til å løpe Sovjetunionens ærend": the Soviet Union is not
    whom they were branded); an "at" clause that is the trigger's object is not one."""
    from ...nlp import roles

    tok = view.toks[k]
    return view.lowers[k] in lex.relative_pronouns and tok.dep_ in roles(view.lang).get("subordinator", []) \
        and tok.head.pos_ in ("VERB", "AUX") and tok.head.head.pos_ in NOMINAL


def compound_part(view: SentenceView, match: TriggerMatch, sources: set[str]) -> str | None:
    """The actor a hyphened noun trigger opens with ("Libya-krigen", "EU-medlemskap", "Nato-medlem"),
    when the event's sources are others: the war is fought in Libya, the membership is of the EU.
    Only a fallback once no actor follows the trigger; with no other source the first part is the
    doer ("Nato-angrepet"), which the caller never asks about, since then it has no sources."""
    for k in match.tokens:
        m = view.compound_mention(k)  # the actor names the first part, the trigger the rest
        if m and m.code not in sources:
            return m.code
    return None


JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})  # verbs that judge a deed named as their object


def _in_deed_phrase(view: SentenceView, last: int, prep: int, lex: Any) -> bool:
    """The actor after ``prep`` hangs on an event noun that is the trigger's object: "the attack
    on", "attacken mot", "angrepet på". Not a phrase naming the doer ("fra", "by"), which
    ``_owner_of_object`` reads; nor the parties of talks or a deal ("welcomed the talks between"),
    who did what is judged."""
    if prep <= last + 1 or view.toks[prep].pos_ != "ADP" \
            or view.lowers[prep] in (*lex.source_preps, *lex.agent_preps):
        return False
    noun = prep - 1
    return view.toks[noun].pos_ in ("NOUN", "PROPN") and view.mention_at(noun) is None \
        and all(view.lowers[j] in lex.determiners or view.toks[j].pos_ in ("ADJ", "DET") for j in range(last + 1, noun)) \
        and any(t.type not in JUDGING_TYPES and not is_symmetric(t.type) and (not t.pos or "NOUN" in t.pos)
                and (len(t.words) == 1 or t.words[1:] == (view.lowers[prep],))  # "attack", "attack on"
                for t in _candidates(lex, view.lowers[noun], view.lemmas[noun]))


# types whose verb acts on something another actor did or put forward: a demand, an offer, a
# proposal ("avviste kravet fra Kiev"), an act judged or answered ("condemned the provocations
# from North Korea", "praised the announcements from Norway", "met the delegation from Iran")
OWNED_OBJECT_TYPES = frozenset({"REJECT", "AGREE", "ACCUSE", "SUPPORT", "PROTEST", "CONSULT", "REQUEST"})
PROPOSAL_TYPES = frozenset({"REJECT", "AGREE"})  # their object is what another put forward, whatever its noun


def _owner_of_object(view: SentenceView, match: TriggerMatch, prep: int) -> bool:
    """The verb's definite object is followed by "fra X" / "from X": X put it forward and is the
    target ("avviste kravet fra Kiev", "accepted the offer from Tehran"). Only after a verb's object,
    and only for acts on what another proposed: "provokasjonene fra Nord-Korea" names the doer of a
    noun event, "sendte soldater fra Polen" a place."""
    lex = lexicon(view.lang)
    first, last = min(match.tokens), max(match.tokens)
    if match.trigger.type not in OWNED_OBJECT_TYPES \
            or view.lowers[prep] not in (*lex.source_preps, *lex.agent_preps) \
            or view.toks[first].pos_ in ("NOUN", "PROPN"):  # a weak tagger may call the verb an adjective
        return False
    if view.lowers[prep] in lex.agent_preps:
        prep = _before_agent_clause(view, last, prep)
    if len(match.tokens) > 1 and prep == last + 1:  # "avvise krav*" holds its object
        return True
    if prep < last:  # the object inside a gapped trigger: "kalte forslaget fra USA absurd"
        last = max(k for k in match.tokens if k < prep)
    noun = _object_noun(view, last, prep)
    if noun is None:
        return False
    # what was judged or answered must be an act ("the provocations", "the delegation"), not
    # people or goods from a place ("støttet flyktningene fra Syria")
    return match.trigger.type in PROPOSAL_TYPES or is_act_noun(lex, view.lowers[noun], view.lemmas[noun])


def _object_noun(view: SentenceView, last: int, prep: int) -> int | None:
    """The noun of the verb's object phrase that ends right before ``prep``, or None: at most four
    determiners, adjectives and nouns, no actor among them, definite or determined. A bare noun
    may be goods or people from a place ("sendte soldater fra Polen"); a definite or determined
    one is a thing ("godtok et tilbud fra Russland", "någon fredsplan från USA", "kuppet i Honduras")."""
    span = range(last + 1, prep)
    if not 0 < len(span) <= 4 or any(view.mention_at(k) or view.toks[k].pos_ not in ("DET", "ADJ", "NOUN")
                                     for k in span):
        return None
    noun = prep - 1
    if view.toks[noun].pos_ != "NOUN" or not (_definite_object(view, last) or view.toks[last + 1].pos_ == "DET"):
        return None
    return noun


def _before_agent_clause(view: SentenceView, last: int, prep: int) -> int:
    """Where the object noun phrase ends before an agent phrase: before the participle ("the peace
    plan proposed by Kyiv") or before a passive relative clause ("någon fredsplan som läggs fram
    av Washington", "the plan that was put forward by the US"); else the agent preposition."""
    lex = lexicon(view.lang)
    k = prep - 1
    while k > last and k >= prep - 2 and view.toks[k].pos_ in ("ADV", "ADP", "PART"):
        k -= 1  # a particle: "lagt fram", "put forward"
    if not (k > last and view.toks[k].pos_ in ("VERB", "AUX")):
        return prep
    verb = k
    k -= 1
    while k > last and (view.toks[k].pos_ == "AUX" or view.lowers[k] in lex.passive_auxiliaries):
        k -= 1
    if k > last and view.lowers[k] in lex.relative_pronouns:
        return k
    return verb if verb == prep - 1 else prep


# types that judge what was done somewhere: the place's state answers for it ("fordømte kuppet i
# Honduras", "tar avstand fra maktovertakelsen i Honduras", "criticised the crackdown in Belarus")
JUDGED_PLACE_TYPES = frozenset({"ACCUSE"})


def _place_of_object(view: SentenceView, match: TriggerMatch, prep: int) -> bool:
    """The verb's definite object is followed by "i X" / "in X": X, where it was done, is
    the target. Not for an attack in a place, which was done to it ("fordømte angrepet i Kyiv":
    the attacker is the one judged), nor for a noun trigger's place ("kritikken i Norge")."""
    lex = lexicon(view.lang)
    first, last = min(match.tokens), max(match.tokens)
    if match.trigger.type not in JUDGED_PLACE_TYPES or view.lowers[prep] not in lex.location_preps \
            or view.toks[first].pos_ in ("NOUN", "PROPN"):
        return False
    noun = _object_noun(view, last, prep)
    return noun is not None and not any(t.type == "ASSAULT" for t in _candidates(lex, view.lowers[noun], view.lemmas[noun]))


TRADE_TYPES = frozenset({"SANCTION", "COERCE"})


def _goods_from(view: SentenceView, match: TriggerMatch, prep: int) -> bool:
    """"told på varer fra Kina", "tariffs on goods from Mexico": where the goods of a trade
    measure come from is the state it is aimed at."""
    lex = lexicon(view.lang)
    return match.trigger.type in TRADE_TYPES and prep > 0 and view.lowers[prep] in lex.source_preps \
        and view.lemmas[prep - 1] in lex.goods_nouns


PEOPLE_FROM_TYPES = frozenset({"SANCTION", "COERCE"})


def _people_from(view: SentenceView, match: TriggerMatch, prep: int) -> bool:
    """"expelled diplomats from Argentina and Chile", "arrested officials from Iran": the people
    a sanction or coercion falls on are named with the state they are from (a role noun of
    ``roles.yaml`` right before "from"), and that state is its target, though "from" else never
    holds one."""
    from ...actors.recogniser import recogniser

    lex = lexicon(view.lang)
    if match.trigger.type not in PEOPLE_FROM_TYPES or prep < 1 or view.lowers[prep] not in lex.source_preps:
        return False
    before = view.lowers[prep - 1]
    return prep - 1 >= min(match.tokens) and recogniser(view.lang).role_word(before) is not None


def _relative_antecedent(view: SentenceView, source_pos: int | None, sources: set[str]) -> list[str]:
    """The object of a relative clause is its antecedent: "konvensjonane som Noreg ratifiserte",
    "the deal that Iran signed" — the subject follows the relative pronoun, the antecedent
    (an actor, or a noun right after one) precedes it."""
    lex = lexicon(view.lang)
    if source_pos is None or source_pos < 2 or view.lowers[source_pos - 1] not in lex.relative_pronouns:
        return []
    start = source_pos - 2
    if start >= 1 and view.lowers[start] == ",":  # "NATO, which Sweden joined"
        start -= 1
    for k in range(start, max(-1, start - 3), -1):
        m = view.mention_at(k)
        if m and m.code not in sources:
            return [m.code]
        if view.toks[k].pos_ not in ("NOUN", "ADJ", "NUM", "DET", "PROPN"):
            break
    return []


def _targets_inside_condition(view: SentenceView, last: int, targets: list[str]) -> bool:
    """Every target found lies inside a condition that follows the trigger."""
    if not targets:
        return False
    c = cues(view.lang)
    cond = next((k for k in range(last + 1, len(view.lowers)) if view.lowers[k] in c.conditional
                 or view.lowers[k] in c.conditional_initial), None)
    if cond is None:
        return False
    return all(ti > cond for ti, m in view.mentions if m.code in targets and ti > last)


def _condition_subject(view: SentenceView, last: int, sources: set[str]) -> list[str]:
    """The actor opening the condition after the trigger ("… if Hamas ran", "… dersom Iran ikke
    stanser"), the one a threat is aimed at; none past a new statement."""
    c = cues(view.lang)
    lex = lexicon(view.lang)
    for k in range(last + 1, len(view.lowers) - 1):
        w = view.lowers[k]
        if w in (";", ":") or w in c.contrast_words:
            return []
        if w in c.conditional or w in c.conditional_initial:
            j = k + 1
            while j < len(view.lowers) and view.lowers[j] in lex.determiners:
                j += 1
            m = view.mention_at(j) if j < len(view.lowers) else None
            if m and m.code not in sources:
                return [m.code]
            if w in c.conditional:
                return []
    return []


def _content_target(view: SentenceView, last: int, sources: set[str], lex: Any) -> list[str]:
    """The first actor (or place of a state) in the rest of the clause, not after "from"."""
    for k in range(last + 2, len(view.lowers)):
        if view.lowers[k] in (",", ";", ":") or view.lowers[k] in lex.clause_words:
            break
        m = view.mention_at(k)
        if m is not None and m.code not in sources and view.lowers[k - 1] not in lex.source_preps:
            return [m.code]
    state = place_state(view, last, frozenset(lex.clause_words))
    return [state] if state and state not in sources else []


def _cited_others(view: SentenceView, sources: list[str], first: int) -> list[str]:
    """The actors a report is according to, other than its doers, where the report opens with
    them ("Ifølge Zelenskyj lovet Rouhani ..."): failing any other, the other side. (One added at
    the end, "..., ifølge Sør-Koreas generalstab", only tells.)"""
    return list(dict.fromkeys(m.code for ti, m in view.cited if ti < first and m.code not in sources))
