"""Actors listed together: "Moldova, Georgia og Bosnia".

Why a module of its own: a list of actors is read the same way wherever one stands, as the
subject, the target, the agent of a passive, the pair of "mellom X og Y" or the tellers of a
report, so the one reader of lists sits below all those.
"""

from __future__ import annotations

from ...record import Mention
from ..triggers import lexicon
from .cues import _view_cues
from .tokens import _predicate_at
from .view import SentenceView


def _coordinated(view: SentenceView, first_ti: int, pool: list[tuple[int, Mention]], exclude: set[str],
                 objects: bool = False) -> list[tuple[int, Mention]]:
    """The mention at ``first_ti`` and those coordinated with it: "Moldova, Georgia og Bosnia".
    ``objects``: the list follows its verb, so an actor with a verb of its own after ", og" opens
    a new clause ("sendte våpen til Ukraina, og Russland protesterte"); before the verb that is
    the list's last member ("Sverige, Finland og Norge signerte")."""
    lex = lexicon(view.lang)
    chosen: list[tuple[int, Mention]] = []
    for ti, m in pool:
        if ti == first_ti and not any(m.code == c.code for _, c in chosen):
            chosen.append((ti, m))
    if not chosen:
        return []
    ti = first_ti
    coord = lex.list_words
    speech = _view_cues(view.lang).speech_verbs
    for tj, m in pool:
        if tj <= ti or m.code in exclude:
            continue
        # a year after a list member is its date, not the end of the list: "Kroatien 1992 och Kosovo 2008"
        gap = [view.lowers[k] for k in range(ti + 1, tj) if not view.mention_at(k) and not view.lowers[k].isdigit()]
        if any(m.code == c.code for _, c in chosen):
            # the same actor again within one noun phrase: "Rysslands president Vladimir Putin och ..."
            if len([w for w in gap if w != ","]) <= 2 and all((w.isalpha() and w not in coord) or w == "," for w in gap):
                ti = tj
            continue
        # ", og Nato er orienteret": a comma and a conjunction before an actor with its own verb
        # start a new clause, not one more list member
        after_m = tj + 1
        while after_m < len(view.lowers) and view.mention_at(after_m) is m:
            after_m += 1
        if "," in gap and any(w in coord for w in gap) and after_m < len(view.toks) \
                and (view.toks[after_m].pos_ == "AUX" or (objects and _predicate_at(view, after_m))):
            break
        if any(w in speech for w in gap):
            break  # "... deres angreb i Ukraine, siger Blinken": the speaker ends the list
        joined = f" {' '.join(gap)} "
        if objects and any(f" {p} " in joined for p in lex.not_targets):
            break  # "helped Ukraine, along with Denmark, ...": a partner, not one more target
        # (a place after a comma is no list member: "mörda Mishal, senast i Amman 1997")
        described = (gap and (gap[0] in coord or gap[0] == ",") and len(gap) <= 4
                     and all(w.isalpha() for w in gap[1:]) and not any(w in coord for w in gap[1:])
                     and gap[-1] not in lex.location_preps)
        if gap and (all(w in coord or w == "," for w in gap) or described):
            chosen.append((tj, m))
            ti = tj
        elif not gap and tj == ti + 1:
            continue
        else:
            break
    return chosen
