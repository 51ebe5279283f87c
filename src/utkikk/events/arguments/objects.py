"""What stands right around the trigger: an object, a clause or infinitive it governs, the noun
a participle describes, a verb of breaking before it.

Why a module of its own: these are yes/no tests on the words next to the trigger, without choosing
an actor; ``find_arguments`` uses them to drop what is no event ("såra soldatar", "brøt
våpenhvilen", "helped to derail") and the target readers to tell an owned object or a demand's
content.
"""

from __future__ import annotations

from typing import Any

from ..modality import cues
from ..triggers import lexicon
from .tokens import _genitive, _time_adverbial
from .view import SentenceView


def _clause_follows(view: SentenceView, last: int) -> bool:
    """A "that" clause right after the trigger (a comma may stand between). Not a relative clause
    whose "that" is its subject ("rejected the plan that was put forward by ..."): a verb follows."""
    k = last + 1
    if k < len(view.lowers) and view.lowers[k] == ",":
        k += 1
    if k + 1 < len(view.lowers) and view.lowers[k] in lexicon(view.lang).subject_relatives \
            and view.toks[k + 1].pos_ in ("AUX", "VERB"):
        return False
    return k < len(view.lowers) and view.lowers[k] in view.complementizers


def _definite_object(view: SentenceView, last: int) -> bool:
    """A definite noun right after the trigger ("fordømmer oppskytingen", "condemns the launch")."""
    lex = lexicon(view.lang)
    k = last + 1
    while k < len(view.lowers) and view.toks[k].pos_ == "ADV" and k <= last + 2:  # "fordømmer ligeledes angrebet"
        k += 1
    if k < len(view.lowers) and view.toks[k].pos_ == "ADP" and not view.mention_at(k):
        k += 1  # "uttrycker oro över avtalet"
    while k < len(view.lowers) and view.lowers[k] in lex.determiners:
        k += 1
    if k >= len(view.lowers) or view.mention_at(k):
        return False
    w = view.lowers[k]
    if k > last + 1 and view.lowers[k - 1] in lex.definite_determiners:
        return True
    return len(w) > 4 and w.isalpha() and any(w.endswith(suf) for suf in lex.definite_suffixes)


def _before_determiners(view: SentenceView, first: int, lex: Any) -> list[int]:
    """The token before ``first``, skipping determiners and adjectives (as a list, empty at the start)."""
    k = first - 1
    while k >= 0 and (view.lowers[k] in lex.determiners or view.toks[k].pos_ == "ADJ"):
        k -= 1
    return [k] if k >= 0 else []


def _attributive(view: SentenceView, first: int) -> bool:
    """A participle before its noun that describes it ("såra soldatar", "de avviste kravene"), not
    a past-tense verb with its object ("Israel avviste kravet"): a weak tagger calls both ADJ. A
    verb follows its subject (an actor not in the genitive, a personal pronoun, or the noun that
    ends a subject phrase) or has an object opening with a genitive, or a definite object noun
    with no determiner before the form."""
    lex = lexicon(view.lang)
    tok = view.toks[first]
    if _after_article(view, first):
        return True
    # the parse may call it a verb that modifies a noun further on, over adjectives: "heavily
    # armed Russian forces" ("armed" amod of "forces")
    amod = tok.pos_ == "VERB" and tok.dep_ == "amod" and first + 1 < len(view.toks) and first < tok.head.i - view.sent.start \
        and view.toks[tok.head.i - view.sent.start].pos_ == "NOUN" \
        and all(view.toks[k].pos_ == "ADJ" for k in range(first + 1, tok.head.i - view.sent.start))
    if not ((amod or (tok.pos_ == "ADJ" and first + 1 < len(view.toks) and view.toks[first + 1].pos_ == "NOUN"))
            and view.lemmas[first] != view.lowers[first] and view.lowers[first].endswith(lex.attributive_participle_endings)):
        return False
    before = view.lowers[first - 1] if first > 0 else ""
    if first > 0 and view.mention_at(first - 1) and not before.endswith(("s", "'s")):
        return False
    if first > 0 and view.toks[first - 1].pos_ == "PRON" and before not in lex.determiners \
            and before not in view.possessives and before not in lex.reflexive_possessives:
        return False  # a personal pronoun is a subject: "Jag träffade Danmarks försvarsminister"
    if first > 1 and view.lowers[first - 2] in view.complementizers:
        return False  # "att de accepterade planen": after "that", "de" is "they", not "the"
    if first > 0 and view.toks[first - 1].pos_ == "NOUN" and not before.endswith(("s", "'s", "’s")):
        return False  # a noun ends the subject before the verb: "Grønlands regering afviste ..."
    owner = view.mention_at(first + 1)
    if owner is not None and _genitive(view, owner):
        return False  # a genitive after it opens the object: "afviste Trumps tilbud" ("Trumps afviste tilbud" describes)
    noun = view.lowers[first + 1]
    definite = len(noun) > 4 and noun.endswith(lex.definite_suffixes)
    return not (definite and before not in lex.determiners)


def _after_article(view: SentenceView, first: int) -> bool:
    """A participle form right after an article, or after an article and an adverb, opens a noun
    phrase whatever a weak tagger calls it: "den dømte russiske agent", "en statligt stödd
    hackergrupp" describe, a past-tense verb never follows an article. A sentence-initial "Den"
    or "Det" may be the pronoun subject ("Den afviste kravet") and does not count."""
    lex = lexicon(view.lang)
    word = view.lowers[first]
    if not lex.attributive_articles or word == view.lemmas[first] or not word.endswith(lex.attributive_participle_endings):
        return False
    k = first - 1
    adverb = view.toks[k].pos_ == "ADV" or (view.toks[k].pos_ == "ADJ" and view.lowers[k].endswith("t")) if k > 0 else False
    if adverb and view.lowers[k - 1] in lex.attributive_articles:
        k -= 1  # "en statligt stödd": an adverb, which a weak tagger may call an adjective in -t
    if k < 0 or view.lowers[k] not in lex.attributive_articles:
        return False
    if k == 0 and view.lowers[k] in ("den", "det"):
        return False
    return first + 1 < len(view.toks) and view.toks[first + 1].pos_ not in ("ADP", "PUNCT", "CCONJ", "SCONJ")


def _postnominal(view: SentenceView, first: int) -> bool:
    """A participle right after the object it describes, before a preposition: "skaut ned ein
    rakett sendt frå Jemen", "shot down a missile fired from Yemen". The shooting is the event; the
    missile's sending is said of it, and the clause's subject did not do it. (A subject noun
    phrase opens its clause: "Tre land sendte soldater" is untouched.)"""
    lex = lexicon(view.lang)
    word = view.lowers[first]
    if first < 3 or word == view.lemmas[first] or not word.endswith(lex.attributive_participle_endings) \
            or first + 1 >= len(view.toks) or view.toks[first + 1].pos_ not in ("ADP", "PUNCT"):
        return False
    k = first - 1
    if view.toks[k].pos_ not in ("NOUN", "ADJ") or view.mention_at(k):
        return False
    j = k - 1
    while j > 0 and view.toks[j].pos_ == "ADJ" and not view.mention_at(j):
        j -= 1
    if not (view.toks[j].pos_ in ("DET", "NUM") and j > 0 and view.toks[j - 1].pos_ in ("VERB", "ADP", "ADV", "AUX")):
        return False
    # the noun phrase follows a verb of its own ("skote ned ein rakett sendt"); after a bare
    # auxiliary it is an adverbial before the auxiliary's participle ("har i en længere periode
    # forhandlet")
    for i in range(j - 1, -1, -1):
        if view.lowers[i] in (",", ";", ":"):
            return False
        if view.toks[i].pos_ == "AUX" or view.lowers[i] in lex.participle_auxiliaries:
            return False
        if view.toks[i].pos_ == "VERB":
            return True
    return False


def _violated(view: SentenceView, first: int) -> bool:
    """A noun trigger that is the object of a verb of breaking ("brøt våpenhvilen", "violated the
    agreement"): the agreement or ceasefire is what was broken, not a new one."""
    if view.toks[first].pos_ not in ("NOUN", "PROPN"):
        return False
    lex = lexicon(view.lang)
    k = first - 1
    while k >= 0 and (view.lowers[k] in lex.determiners or view.toks[k].pos_ in ("DET", "ADJ")
                      or view.lowers[k] in lex.reflexive_possessives):
        k -= 1
    return k >= 0 and (view.lemmas[k] in lex.violation_verbs or view.lowers[k] in lex.violation_verbs)


def _infinitive_follows(view: SentenceView, last: int) -> bool:
    """An infinitive marker right after the trigger ("refused to", "nektet å"), a time between
    them notwithstanding ("threatened Monday to resume", "truet i går med å")."""
    c = cues(view.lang)
    k = last + 1
    while k < len(view.lowers) and _time_adverbial(view, k):
        k += 1
    return k < len(view.lowers) and view.lowers[k] in c.infinitive


def _names_content(view: SentenceView, last: int) -> bool:
    """A phrase of asking that ends in its preposition and is followed by what is asked for:
    "tar til orde for en våpenhvile", "appellerede om fred"."""
    if view.toks[last].pos_ not in ("ADP", "SCONJ"):  # "om" before a noun is often tagged SCONJ
        return False
    # (a noun phrase: the tagger may read its noun as an adjective, "en våbenhvile")
    for k in range(last + 1, min(len(view.lowers), last + 4)):
        if view.toks[k].pos_ in ("NOUN", "PROPN") or (view.toks[k].pos_ == "ADJ" and (
                k + 1 == len(view.lowers) or view.toks[k + 1].pos_ in ("PUNCT", "ADP", "CCONJ"))):
            return True
        if view.toks[k].pos_ not in ("DET", "ADJ", "ADV", "NUM"):
            return False
    return False


def _content_follows(view: SentenceView, last: int) -> bool:
    """A demand whose content follows as a clause or infinitive, with no addressee named:
    "De kräver att sharialagar ska införas" asks of no one in particular."""
    c = cues(view.lang)
    for k in range(last + 1, min(len(view.lowers), last + 4)):
        if view.lowers[k] in c.complementizers or view.lowers[k] in c.infinitive:
            return True
        if view.lowers[k] in (",", ";", ":", "."):
            return False
    return False


def _helps_to_do(view: SentenceView, last: int) -> bool:
    """An aid verb whose object is a deed, an infinitive, with no actor helped in between: "helped
    to derail", "hjalp til å hindre"."""
    infinitive = cues(view.lang).infinitive
    k, n = last + 1, len(view.lowers)
    if k < n and view.lowers[k] == ",":
        # an inserted phrase set off by commas is skipped: "helped, along with attacks by Hamas, to derail"
        close = next((j for j in range(k + 1, min(n, k + 15)) if view.lowers[j] == ","), None)
        if close is not None:
            k = close + 1
    start = k
    for k in range(start, min(n, start + 7)):
        if view.mention_at(k) or view.lowers[k] in (";", ":"):
            return False
        if view.lowers[k] in infinitive and k + 1 < len(view.toks) and view.toks[k + 1].pos_ in ("VERB", "AUX"):
            return True
    return False
