"""A launch aimed at someone is an attack on them.

Firing missiles, drones or rockets is a show of force (PLOVER MOBILIZE, mode weapons) when it
names no one: "Nord-Korea avfyrte to ballistiske missiler", "North Korea fired two missiles".
The same verb with "mot Israel", "mod Israel", "at Israel" after its object reports an attack
on Israel (ASSAULT). Which entries may turn so is written in the lexicon (``aimed: ASSAULT``),
the prepositions of aim per language in ``triggers.yaml`` (``aim_preps``).
"""

from __future__ import annotations

from dataclasses import replace

from .arguments import SentenceView
from .modality import CLAUSE_BREAKS
from .places import place_state
from .triggers import Lexicon, TriggerMatch

AIM_REACH = 8  # tokens from the trigger to the preposition: "avfyrte hundrevis av droner og raketter mot"


def aimed_at(view: SentenceView, match: TriggerMatch, lex: Lexicon) -> tuple[TriggerMatch, str | None]:
    """The match as an act of its ``aimed`` type when a preposition of aim follows the trigger in
    its clause (no verb, relative pronoun or clause break between) and a named actor comes right after it
    (determiners, adjectives and numerals may stand between: "mot det sørlige Israel"); else the
    match as it is. A place that is no actor ("mot Japanhavet") leaves the launch a launch.
    Also returns the actor aimed at: the weak Danish and Swedish taggers break the clause at a
    plural noun they call a verb ("droner og missiler mod Israel"), so the caller puts it in
    where the argument rules found no target; the match stays targetless for that reason."""
    trig = match.trigger
    if not trig.aimed or not lex.aim_preps:
        return match, None
    last = max(match.tokens)
    n = len(view.lowers)
    for k in range(last + 1, min(n, last + 1 + AIM_REACH)):
        w = view.lowers[k]
        # the Danish and Swedish taggers call plural nouns verbs ("missiler", "robotar"): there
        # (``use_parse: false``) a relative pronoun alone ends the launch's phrase
        verb = lex.use_parse and view.toks[k].pos_ in ("VERB", "AUX")
        if w in CLAUSE_BREAKS or w in lex.clause_words or w in lex.relative_pronouns or verb:
            return match, None
        if w not in lex.aim_preps:
            if w in lex.default_preps and k + 1 < n and view.mention_at(k + 1) is not None:
                return match, None  # a receiver named first ("sendte droner til Ukraina ... mot Russland") is aided
            continue
        j = k + 1
        while j < n and (view.lowers[j] in lex.determiners or view.toks[j].pos_ in ("ADJ", "NUM")) \
                and view.mention_at(j) is None:
            j += 1
        named = view.mention_at(j) if j < n else None
        # a city aimed at stands for its state: "fired rockets at Tel Aviv"
        target = named.code if named is not None else (place_state(view, j - 1, frozenset(lex.clause_words))
                                                        if j < n and view.toks[j].text[:1].isupper() else None)
        if target:
            return replace(match, trigger=replace(trig, type=trig.aimed, mode=None, aimed=None,
                                                  preps=(*lex.aim_preps, *trig.preps))), target
        return match, None
    return match, None
