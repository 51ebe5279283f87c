"""Reversed roles: a passive ("was attacked by Russia") or a verb of receiving ("fikk støtte fra
FN"), where the subject suffers or receives and the agent acts.

Why a module of its own: these turn the clause's subject into the target and the agent phrase
into the source, the one place where the grammatical roles and the event's roles swap.
"""

from __future__ import annotations

from ..triggers import TriggerMatch, lexicon
from .coordination import _coordinated
from .subjects import _subject_actors
from .tokens import _time_adverbial
from .view import Args, SentenceView


def _passive(view: SentenceView, match: TriggerMatch) -> bool:
    """A verb trigger in the passive: an -s form whose lemma has none ("bombades", "angripes"), or
    a participle after a passive auxiliary ("ble spurt", "blev besat", "was attacked")."""
    # here, not at the top: the lemmatiser pulls in spaCy, which the store and the web app, importing
    # this package for the ontology, must not wait for; once loaded the import is a dict lookup
    from ...nlp.lemmas import lemmatize

    lex = lexicon(view.lang)
    h = match.tokens[0]
    tok = view.toks[h]
    # an unparsed doc (da, sv: the parser is left out) has no children to read, and its tokens'
    # edges may be stale (spaCy's tokenizer leaves them so after a special case with affixes,
    # "länkar):"), so walking them reads past the doc: a segmentation fault
    deps = {c.dep_ for c in tok.children} if view.sent.doc.has_annotation("DEP") else set()
    if "aux:pass" in deps or (deps & {"nsubj:pass", "csubj:pass"} and "nsubj" not in deps):
        return True  # a UD parse says so (a passive subject beside an active one is a misparse: "Iran today threatened")
    low, lemma = view.lowers[h], view.lemmas[h]
    suf = lex.passive_suffix
    # a weak tagger may call "dödades" a noun: a verb-like stem before the -s still tells
    verbal = tok.pos_ in ("VERB", "AUX") or (tok.pos_ in ("NOUN", "ADJ") and (
        low[:-1].endswith(("de", "te", "e", "a")) or (lemma[-1:] in "ae" and low[:-1] == lemma[:-1][:len(low) - 1])
        or (suf and low.endswith(suf) and lemmatize(low[:-1], view.lang) == lemma)))  # "ombads": "ombad" + s
    if suf and verbal and len(low) > 4 and low.endswith(suf) and not lemma.endswith(suf):
        return True
    if view.lang == "en" and not low.endswith(("ed", "en", "wn", "t")):
        return False
    for k in range(h - 1, max(-1, h - 4), -1):
        if view.lowers[k] in lex.passive_auxiliaries:
            # right after the auxiliary even a form the tagger calls a noun, adjective or adverb
            # is the participle ("blev angrebet af Irak", "er fengslet i Kina")
            return tok.pos_ in ("VERB", "AUX") or (tok.pos_ in ("NOUN", "ADJ", "ADV") and k == h - 1)
        if view.toks[k].pos_ == "VERB" or view.lowers[k] in (",", ";", ":"):
            break
    return False


def _done_to_subject(view: SentenceView, match: TriggerMatch, doers: list[str], speaker: str | None) -> Args | None:
    """``doers`` act on the clause's subject (a passive's agent, a giver of what was received);
    without a subject actor the event has none as target, or no event where it needs one."""
    patients, _toks, pos = _subject_actors(view, match)
    targets = [c for c in patients if c not in doers] or (["*"] if match.trigger.targetless else [])
    return Args(doers, targets, speaker, pos) if targets else None


def _received(view: SentenceView, match: TriggerMatch) -> bool:
    """A noun trigger that is the object of a verb of receiving: "fikk støtte fra FN"."""
    lex = lexicon(view.lang)
    first = min(match.tokens)
    if not lex.receive_verbs or not any(view.toks[i].pos_ in ("NOUN", "PROPN") for i in match.tokens):
        return False  # "fikk militær hjelp": a noun trigger, adjectives and all
    for k in range(first - 1, max(-1, first - 8), -1):
        if view.lemmas[k] in lex.receive_verbs or view.lowers[k] in lex.receive_verbs:
            return True
        if _time_adverbial(view, k):
            continue  # "fik i går støtte fra FN"
        if view.toks[k].pos_ in ("VERB", "PUNCT") or view.mention_at(k):
            return False
    return False


def _agents(view: SentenceView, last: int, preps: tuple[str, ...] | None = None) -> list[str]:
    """The actors of the agent phrase after a passive trigger ("af Irak", "by Russia and Iran"),
    or of another phrase introduced by ``preps`` ("fra FN")."""
    lex = lexicon(view.lang)
    preps = lex.agent_preps if preps is None else preps
    n = len(view.lowers)
    for k in range(last + 1, min(n, last + 6)):
        if view.lowers[k] in (",", ";", ":") or view.lowers[k] in lex.clause_words:
            return []
        if view.lowers[k] in preps:
            if k > last + 1 and view.toks[k - 1].pos_ in ("ADP", "ADV"):
                return []  # "sendt ut av Norge": out of a place, not by a doer
            for j in range(k + 1, min(n, k + 4)):
                if view.mention_at(j):
                    pool = [(ti, m) for ti, m in view.mentions if ti >= j]
                    return list(dict.fromkeys(m.code for _, m in _coordinated(view, j, pool, set())))
                if view.toks[j].pos_ not in ("DET", "ADJ", "NUM"):
                    return []
            return []
    return []
