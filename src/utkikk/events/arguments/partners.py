"""With whom: the other party of a symmetric event (talks, agreements, meetings).

Why a module of its own: a symmetric trigger names its parties in its own ways ("mellom X og Y",
"med X", the object of "møtte", "vi" in a quote with the other party named before, the host of
talks between others), none of which a one-way target follows.
"""

from __future__ import annotations

from ...actors.quotes import speaker_at
from ...actors.recogniser import recogniser
from ..triggers import TriggerMatch, lexicon
from .coordination import _coordinated
from .parse import _actors_in, _scope, _subject_tokens
from .targets import _owner_of_object
from .tokens import _time_adverbial
from .view import SentenceView


def _between_pair(view: SentenceView, match: TriggerMatch) -> list[str] | None:
    """"mellom X og Y" right after a symmetric trigger names both parties."""
    lex = lexicon(view.lang)
    last = max(match.tokens)
    # "samtaler mellom", or a trigger that ends in the word itself ("kamper mellom")
    at = next((k for k in range(last, min(len(view.lowers), last + 5)) if view.lowers[k] in lex.between), None)
    if at is not None and not any(view.lowers[k] in (",", ";", ":") for k in range(last + 1, at)):
        after = [(ti, m) for ti, m in view.mentions if ti > at]
        if after and after[0][0] <= at + 2:
            group = _coordinated(view, after[0][0], after, set())
            codes = list(dict.fromkeys(m.code for _, m in group))
            if len(codes) >= 2:
                return codes
    return None


def _partners(view: SentenceView, match: TriggerMatch, src_tokens: set[int], sources: set[str]) -> list[str]:
    """The other party of a symmetric event: "mellom X og Y", "med X", or for "vi" in a quote the
    other party named earlier in the same quote ("Tokyo og NATO ... I dag har vi diskutert")."""
    lex = lexicon(view.lang)
    first, last = min(match.tokens), max(match.tokens)
    scope = _scope(view, match)
    after = [(ti, m) for ti, m in view.mentions if ti > first and ti not in match.tokens and ti not in src_tokens
             and (scope is None or ti in scope or ti <= last)]
    if not after and scope is not None:
        # the parse put nothing under the trigger (a misparse: "Biden discussed Ukraine with
        # Zelensky" with Ukraine as the root): the actors after it in its clause
        after = [(ti, m) for ti, m in view.mentions if ti > last and ti not in src_tokens
                 and not any(view.lowers[k] in (",", ";", ":") or view.lowers[k] in lex.clause_words
                             for k in range(last + 1, ti))]
    # a trigger that ends in its own preposition ("member of NATO", "accession to the EU") has its
    # party right after it: a "with" phrase further on belongs to another clause ("became the
    # 31st member of NATO, doubling the alliance's border with Russia")
    if view.toks[last].pos_ == "ADP" and len(match.tokens) > 1 and after:
        k = last + 1
        while k < after[0][0] and view.lowers[k] in lex.determiners:
            k += 1
        ti, m = after[0]
        if ti == k and m.code not in sources:
            return [x.code for _, x in _coordinated(view, ti, after, sources, objects=True)]
    for ti, m in after:
        k = ti - 1
        # "with the United States"; "med min danska kollega", "with his Chinese counterpart"
        while k > first and (view.lowers[k] in lex.determiners or (m.kind == "adjective" and (
                view.lowers[k] in view.possessives or view.lowers[k] in lex.reflexive_possessives
                or view.lowers[k] in view.first_person))):
            k -= 1
        prev = view.lowers[k] if k >= 0 else ""
        if prev in lex.between:
            group = _coordinated(view, ti, after, set())
            codes = [x.code for _, x in group if x.code not in sources]
            if codes:
                return codes
        if prev in lex.partner_preps and m.code not in sources:
            return [x.code for _, x in _coordinated(view, ti, after, sources)]
        # "talte med sine kolleger fra Japan og Sydkorea", "träffade sin kollega från Japan": the
        # subject's own counterpart from a state stands for that state
        if prev in lex.source_preps and m.code not in sources and k >= 2 and any(
                view.lowers[j] in lex.reflexive_possessives for j in range(max(first + 1, k - 3), k - 1)):
            return [x.code for _, x in _coordinated(view, ti, after, sources)]
        # "accepterede forslaget fra Sverige", "met the delegation from Iran", "acceptera någon
        # fredsplan som läggs fram av USA": who put it forward
        if prev in (*lex.source_preps, *lex.agent_preps) and m.code not in sources \
                and _owner_of_object(view, match, k):
            return [x.code for _, x in _coordinated(view, ti, after, sources, objects=True)]
    # the object of a transitive symmetric verb: "Biden møtte Xi", "besøkte Kyiv"
    # ("besøgte tirsdag og onsdag Taiwan": days, dates and their "og" stand between)
    # ("møtte leiarane i alliansen": the leaders of an actor stand for it)
    # what is discussed is the topic, not a party: "met in Tokyo to discuss North Korea"
    talked_about = view.lowers[last] in lex.topic_preps or view.lemmas[last] in lex.topic_preps
    for ti, m in after:
        if talked_about and ti > last:
            break
        gap = [k for k in range(last + 1, ti) if not _time_adverbial(view, k)]
        if len(gap) == 2 and recogniser(view.lang).role_word(view.lowers[gap[0]]) \
                and view.lowers[gap[1]] in lex.location_preps:
            gap = []
        # "met representatives of Britain", "met the officials from Iran": people named by their
        # role and the side they are of stand for that side, as "British officials" do
        bare = [k for k in gap if view.lowers[k] not in lex.determiners]
        member = len(bare) == 2 and recogniser(view.lang).role_word(view.lowers[bare[0]]) \
            and view.lowers[bare[1]] in lex.member_preps and bare[1] == ti - 1
        if member:
            gap = []
        # a title before a person's name: "møtte statsminister Kari Nordvik", "met Prime Minister Kishida"
        titled = bool(m.person and gap and len(gap) <= 3 and gap == list(range(gap[0], ti))
                      and recogniser(view.lang).role_word(" ".join(view.lowers[k] for k in gap)))
        if (len(gap) <= 1 or titled) and m.code not in sources \
                and (ti == 0 or member or view.lowers[ti - 1] not in lex.not_targets):
            # "met his Chinese counterpart", "träffade sin kinesiske kollega": the owner is the subject
            if titled or all(view.toks[k].pos_ in ("ADV", "DET", "ADJ") or view.lowers[k] in lex.default_preps
                             or view.lowers[k] in view.possessives or view.lowers[k] in lex.reflexive_possessives
                             for k in gap):
                return [x.code for _, x in _coordinated(view, ti, after, sources)]
    subj_words = [view.lowers[t] for t in src_tokens]
    q = speaker_at(view.art, view.char(first))
    if q and q.actor and any(w in view.first_person for w in subj_words):
        best = None
        text = view.art.text
        for m in view.art.mentions:
            prev = text[max(0, m.start - 12):m.start].split()[-1:] or [""]
            if q.start <= m.start < view.char(first) and m.code not in sources and prev[0].lower() not in lex.not_targets:
                best = m
        if best:
            return [best.code]
    return []


def _host(view: SentenceView, first: int, taken: frozenset[int], pair: list[str]) -> list[str]:
    """The actor subject of the verb that governs a noun of talks between others, where that verb
    is no event of its own: whoever leads, hosts or mediates them ("leidde", "hosted"). A verb
    that is an event ("welcomed the talks") says only what it says."""
    head = view.toks[first].head.i - view.sent.start
    if not (0 <= head < len(view.toks)) or head == first or head in taken or view.toks[head].pos_ != "VERB":
        return []
    found = [m.code for si in _subject_tokens(view, head) if si < first for _, m in _actors_in(view, si)]
    return [c for c in dict.fromkeys(found) if c not in pair]
