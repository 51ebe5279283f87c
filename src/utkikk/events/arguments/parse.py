"""Walks of the dependency tree: the subject tokens of a clause, the actors of a phrase, the
tokens a target may stand in.

Why a module of its own: these are the only readers of the parse itself (through
``utkikk.nlp.roles``, so NDT and UD both work); every walk first checks ``_has_parse``.
Coreference uses them to find who reports, subjects and targets to find who acts and on whom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...record import Mention
from ..triggers import TriggerMatch, lexicon
from .tokens import _has_parse, _subject_labels

if TYPE_CHECKING:  # the view is built from these helpers: its type only, no import at run time
    from .view import SentenceView


def _subject_tokens(view: SentenceView, head: int) -> list[int]:
    """Subject token(s) of the trigger's clause, climbing through verb chains and noun heads."""
    from ...nlp import roles

    if not _has_parse(view):
        return []
    try:
        r = roles(view.lang)
    except Exception:
        return []
    subj = _subject_labels(view.lang) | set(r.get("logical_subject", []))
    tok = view.toks[head]
    s0 = view.sent.start
    for _ in range(5):
        subs = [c.i - s0 for c in tok.children if c.dep_ in subj and 0 <= c.i - s0 < len(view.toks)]
        if subs and tok.i - s0 == head and tok.head is not tok and all(si > head for si in subs):
            # a participle's "subject" after it, while the auxiliary above has one before: the one
            # after is the object the parser mislabelled ("Russland har truga Finland")
            above = [c.i - s0 for c in tok.head.children if c.dep_ in subj and 0 <= c.i - s0 < head]
            if above:
                return above
        if subs:
            return subs
        k = tok.i - s0
        if tok.pos_ == "VERB" and k != head and k > 0 and view.lowers[k].endswith(lexicon(view.lang).participle_endings or ("\0",)) \
                and view.toks[k - 1].pos_ in ("NOUN", "PROPN") and view.toks[k - 1].head.i != tok.i:
            # a gerund's subject is the noun right before it: "in response to their governments
            # deciding to recognise Palestine" (the parser hangs the noun elsewhere)
            return [k - 1]
        if tok.head is tok:
            break
        # a verb modifying a noun ("a day after Hamas fighters stormed ...") is its own clause: the
        # subject of the verb above is not its subject
        if tok.pos_ == "VERB" and tok.dep_.startswith("acl"):
            break
        # a noun trigger or a verb in a chain takes the subject of the verb above it
        tok = tok.head
    return []


def _actors_in(view: SentenceView, tok_idx: int) -> list[tuple[int, Mention]]:
    """Actor mentions inside the subtree of a token (the whole subject phrase), conjuncts included."""
    if not _has_parse(view):
        return []
    tok = view.toks[tok_idx]
    s0 = view.sent.start
    span = {t.i - s0 for t in tok.subtree if 0 <= t.i - s0 < len(view.toks)}
    found = [(ti, m) for ti, m in view.mentions if ti in span]
    # a name the parser glued onto another as part of it ("Jim Mattis Nord-Korea" as one flat name)
    # is no part of the phrase when it names another actor
    codes_at = {ti: m.code for ti, m in found}
    found = [(ti, m) for ti, m in found
             if not (view.toks[ti].dep_.lower().startswith("flat")
                     and codes_at.get(view.toks[ti].head.i - s0, m.code) != m.code)]
    # a place inside the phrase ("den russiske ambassaden i Oslo") is where, not who, when
    # another actor of the phrase remains
    places = lexicon(view.lang).location_preps
    kept = [(ti, m) for ti, m in found if ti == tok_idx or ti == 0 or view.lowers[ti - 1] not in places]
    return kept if kept else found


NOMINAL = ("NOUN", "PROPN", "PRON")


def _scope(view: SentenceView, match: TriggerMatch) -> set[int] | None:
    """Tokens that can hold the target: the trigger's clause, without coordinated or embedded
    clauses that have a subject of their own ("fordømmer oppskytingen og sier at Washington ...")."""
    if not _has_parse(view):
        return None
    from ...nlp import roles

    try:
        r = roles(view.lang)
    except Exception:
        return None
    subj = _subject_labels(view.lang)
    conj = set(r.get("conjunct", []))
    s0 = view.sent.start
    idx = {view.toks[i].i for i in match.tokens}
    head = next((view.toks[i] for i in match.tokens if view.toks[i].head.i not in idx or view.toks[i].head.i == view.toks[i].i),
                view.toks[match.head])
    # a noun trigger takes the clause of the verb it belongs to ("komme med en bønn til Kina")
    hops = 0
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and hops < 3:
        head = head.head
        hops += 1
    allowed: set[int] = set()
    coordinators = set(lexicon(view.lang).coordinators)
    sbu = set(r.get("subordinator", []))
    relative = set(lexicon(view.lang).relative_pronouns)
    background = set(lexicon(view.lang).background_preps) - set(lexicon(view.lang).aim_preps)

    def walk(tok: Any) -> None:
        for c in tok.children:
            if c.pos_ in ("VERB", "AUX") and c.dep_ in conj:
                continue
            if c.pos_ in ("VERB", "AUX") and any(g.dep_ in subj for g in c.children):
                if any(g.lower_ in coordinators for g in c.children if g.i < c.i):
                    continue  # ", og Russland protesterte": a clause of its own, joined, not embedded
                if tok.pos_ == "ADP" and tok.lower_ in background:
                    # a clause of time under "etter", "før", "siden" tells what happened around the
                    # act: "suspenderte bidragene etter at Israel anklaget ..." is not aimed at Israel
                    continue
                # an embedded clause: only its subject may be the target ("bekymring for at Kina kan ...")
                for g in c.children:
                    if g.dep_ in subj:
                        allowed.update(x.i - s0 for x in g.subtree)
                continue
            if c.pos_ in ("VERB", "AUX") and tok.pos_ in NOMINAL \
                    and any(g.dep_ in sbu and g.lower_ in relative for g in c.children if g.i < c.i):
                continue  # a relative clause on a noun, its subject "som" (NDT has no subject there): a clause of its own
            allowed.add(c.i - s0)
            walk(c)

    allowed.add(head.i - s0)
    walk(head)
    return allowed
