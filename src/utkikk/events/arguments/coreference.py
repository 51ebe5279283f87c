"""What a pronoun, "landet", a role noun or "de to landene" stands for.

Why a module of its own: the sentence view turns these words into mentions when it is built
(``SentenceView.__post_init__``) and the subject reader resolves pronouns it finds as subjects;
both ask the same recency and role rules, kept here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...actors.quotes import speaker_at
from ...record import Article, Mention
from ..triggers import lexicon
from .cues import _view_cues, _ViewCues
from .parse import _actors_in, _subject_tokens
from .tokens import _clause_break, _sentence_start, _subject_labels

if TYPE_CHECKING:  # the view is built from these helpers: its type only, no import at run time
    from .view import SentenceView


# offices whose unnamed holder, in the press of a home state, is that state's
HOME_ROLE_OFFICES = frozenset({"Prime Minister", "Foreign Minister", "Defence Minister"})


def _role_nouns(view: SentenceView, cues: _ViewCues, taken: set[int]) -> list[tuple[int, str]]:
    """(token, actor) for each definite role noun no actor stands right before ("den russiske
    utenriksministeren" is named by its adjective)."""
    from ...actors.recogniser import recogniser

    out = []
    persons = {p.name: p.role for p in view.art.persons}
    for i in range(len(view.lowers)):
        cue = next((c for c in cues.person_role if tuple(view.lowers[i:i + len(c)]) == c), None)
        if cue is None or i in taken or (i > 0 and view.mention_at(i - 1)) or (i > 1 and view.mention_at(i - 2)):
            continue
        info = recogniser(view.lang).role_word(cue[-1])
        role = (info or {}).get("role")
        if not role:
            continue
        after = i + len(cue)
        there = view.mention_at(after + 1) if after + 1 < len(view.lowers) \
            and view.lowers[after] in lexicon(view.lang).location_preps else None
        if there is not None:  # "statsministeren i Israel": the office of the state named after it
            out.append((after - 1, there.code))
            continue
        here = view.toks[i].idx
        named = [m for m in view.art.mentions if m.person and m.end <= here and m.code
                 and (persons.get(m.person) or "").endswith(role)]
        if named:
            out.append((i + len(cue) - 1, named[-1].code))
        elif cues.home and role in HOME_ROLE_OFFICES and not any(
                m.person and m.end <= here and persons.get(m.person) == role for m in view.art.mentions):
            out.append((i + len(cue) - 1, cues.home))
    return out


def _last_pair(art: Article, pos: int, keep: Callable[[Mention], bool], gap: int, adjacent: bool) -> list[str]:
    """The actors of the last two mentions (kept by ``keep``, different actors) before ``pos``,
    preferring the last two named together — at most ``gap`` words apart with a conjunction among
    them, or (``adjacent``) next to each other ("Polen og Estland ... Begge lande", "Trump and
    North Korean leader Kim ... the two leaders")."""
    named = [m for m in sorted(art.mentions, key=lambda m: m.start) if m.start < pos and keep(m)]
    joiners = set(lexicon(art.lang or "en").coordinators)
    for a, b in reversed(list(zip(named, named[1:], strict=False))):
        between = [w.lower() for w in art.text[a.end:b.start].replace(",", " ").split()]
        if a.code != b.code and len(between) <= gap and ((adjacent and not between) or any(w in joiners for w in between)):
            return [a.code, b.code]
    out = list(dict.fromkeys(m.code for m in reversed(named)))[:2]
    return out if len(out) == 2 else []


def _last_states(art: Article, pos: int) -> list[str]:
    """The last two states named before ``pos`` ("de to landene", "begge lande")."""
    return _last_pair(art, pos, lambda m: len(m.code) == 3 and m.kind in ("name", "metonym", "role", "person"), 1, True)


def _last_leaders(art: Article, pos: int) -> list[str]:
    """The last two people named before ``pos`` ("de to ledere", "the two leaders")."""
    return _last_pair(art, pos, lambda m: bool(m.person), 5, False)


def _resolve_pronoun(view: SentenceView, i: int) -> tuple[str | None, str | None]:
    """Actor (and speaker name) a pronoun or generic noun at token ``i`` stands for."""
    w = view.lowers[i]
    pos = view.char(i)
    if w in view.first_person:
        q = speaker_at(view.art, pos)
        if q and q.actor:
            return q.actor, q.speaker
        return None, None
    if w in view.pron_sing or w in view.possessives:
        best = None
        for m in view.art.mentions:
            if m.person and m.start < pos:
                best = m
        return (best.code, best.person) if best else (None, None)
    if view.country_word_at(i):
        code = _country_antecedent(view, i)
        return code, None
    if w in _view_cues(view.lang).pron_plural:
        return _reporter(view, i), None
    return None, None


def _reporter(view: SentenceView, i: int) -> str | None:
    """The actor a plural pronoun opening a reported clause stands for: the one who reports.

    "Palestinierna säger att de inte kommer att acceptera …", "the rebels said they had taken
    …": who says what "they" will do speaks of themselves; a "they" anywhere else is left alone,
    as its antecedent may be any group the article has named."""
    cues = _view_cues(view.lang)
    j = i - 1
    if j >= 0 and view.lowers[j] in view.complementizers:
        j -= 1
    if j >= 0 and view.lowers[j] == ",":
        j -= 1
    if j < 0 or view.lowers[j] not in cues.speech_verbs:
        return None
    for si in _subject_tokens(view, j):
        found = _actors_in(view, si)
        if found:
            return found[0][1].code
    before = [m for ti, m in view.mentions if ti < j and not any(_clause_break(view, k) for k in range(ti + 1, j))]
    return before[0].code if before else None


def _oblique(view: SentenceView, m: Mention) -> bool:
    """Whether a state's mention only qualifies a noun: a possessor ("Finland's membership") or
    the object of a preposition ("waters around Taiwan", "talks with the United States").

    Why: a subject pronoun later in the sentence points back to a state that acts, not to one
    that is only named inside another's phrase: "Turkey ratified Finland's membership, but it is
    still blocking Sweden's bid" — "it" is Turkey."""
    k = view._token_at(m.start)
    e = view._token_at(max(m.start, m.end - 1))
    if k is None or e is None:
        return False
    if m.text.endswith(("'s", "’s", "s'")) or view.toks[e].dep_ == "nmod:poss" \
            or (e + 1 < len(view.toks) and view.lowers[e + 1] in ("'s", "’s", "'")):
        return True
    j = k - 1
    while j >= 0 and view.toks[j].pos_ in ("DET", "ADJ"):
        j -= 1
    return j >= 0 and view.toks[j].pos_ == "ADP"


def _country_antecedent(view: SentenceView, i: int) -> str | None:
    """The state "landet" at token ``i`` stands for, by syntactic role and recency.

    In its own sentence, the last state named before it when it is a subject or stands in another
    clause ("Russland sier at landet vil ...", "Israel said it would"); a state named in the same
    clause before an object is its subject or a co-argument, which a plain noun never points back
    to ("Etiopia invaderte landet"). Else the subject of the last sentence that names a state,
    taken as its first state named ("Eritrea brøt med USA. ... Etiopia invaderte landet" -> Eritrea)."""
    pos = view.char(i)
    states = [m for m in view.art.mentions if m.start < pos and len(m.code) == 3 and m.kind in ("name", "metonym")]
    s0 = view.sent.start_char
    bound: set[str] = set()
    nxt = view.toks[i + 1].pos_ if i + 1 < len(view.toks) else ""
    subject = nxt in ("VERB", "AUX") or view.toks[i].dep_ in _subject_labels(view.lang)
    if subject:
        own = [m for m in states if m.start >= s0]
        heads = [m for m in own if not _oblique(view, m)]
        if heads and any(_oblique(view, m) for m in own if m.start > heads[-1].start):
            return heads[-1].code
    for m in reversed([m for m in states if m.start >= s0]):
        k = view._token_at(m.end)
        if subject or (k is not None and any(_clause_break(view, j) for j in range(k, i))):
            if m.code not in bound:
                return m.code
        bound.add(m.code)
    earlier = [m for m in states if m.start < s0 and m.code not in bound]
    if not earlier:
        return None
    start = _sentence_start(view, earlier[-1].start)
    return next(m.code for m in earlier if m.start >= start)
