"""Small questions about one token or one clause boundary of a sentence view.

Why a module of its own: whether a sentence has a parse, where a clause starts or breaks, whether
a word is a finite verb, a time adverbial or a genitive are asked by every stage (coreference,
subjects, targets, voice), so they live below all of them and call none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...record import Mention
from ..dates import in_relative_day, is_time_word
from ..triggers import lexicon

if TYPE_CHECKING:  # the view is built from these helpers: its type only, no import at run time
    from .view import SentenceView


def _actor_kind(code: str) -> str | None:
    """The knowledge base's kind of an actor ("state", "organisation", ...), None if unknown."""
    from ...actors.kb import load

    rec = load().actors.get(code)
    return rec.get("kind") if rec else None


def _has_parse(view: SentenceView) -> bool:
    """Whether the sentence has a dependency parse that the language's lexicon lets us read."""
    # tree walks on a doc without a parse are unsafe (spaCy may crash), so every walk checks this
    if view._parsed is None:
        view._parsed = (lexicon(view.lang).use_parse and bool(view.toks) and view.sent.doc.has_annotation("DEP")
                        and any(t.dep_ for t in view.toks))
    return view._parsed


def _subject_labels(lang: str) -> set[str]:
    """The scheme's labels of active and passive subjects (empty where the language has no table)."""
    from ...nlp import roles

    try:
        r = roles(lang)
    except Exception:
        return set()
    return set(r.get("subject", [])) | set(r.get("passive_subject", []))


def _clause_break(view: SentenceView, j: int) -> bool:
    """Whether token ``j`` can end a clause: a comma, semicolon or colon, "that", a relative pronoun, a conjunction."""
    w = view.lowers[j]
    lex = lexicon(view.lang)
    return w in (",", ";", ":") or w in view.complementizers or w in lex.relative_pronouns or w in lex.coordinators


def _sentence_start(view: SentenceView, char: int) -> int:
    """Character offset where the sentence holding ``char`` begins (the article's parsed doc)."""
    doc = view.sent.doc
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return char  # no sentence boundaries: the mention's own offset stands for its sentence
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent.start_char
    return char


def _clause_start(view: SentenceView, pos: int) -> int:
    """Start of the clause holding ``pos``; a comma inside a list of actors ("Sverige, Finland og
    Tyrkia") does not end a clause."""
    lex = lexicon(view.lang)
    i = pos
    while i > 0:
        w = view.lowers[i - 1]
        if w in (";", ":", "–", "—"):
            break
        if w == ",":
            # "USA's præsident, Joe Biden, og Kishida talte": the comma closes an apposition in a list
            nxt = i + 1 if i < len(view.lowers) - 1 and view.lowers[i] in lex.list_words else i
            if not (i >= 2 and view.mention_at(i - 2) and view.mention_at(nxt)):
                break
        i -= 1
    return i


def _predicate_at(view: SentenceView, k: int) -> bool:
    """A finite verb at ``k`` (a weak tagger may call a past form an adjective: it is one when no
    noun follows it)."""
    pos = view.toks[k].pos_
    nxt = view.toks[k + 1].pos_ if k + 1 < len(view.toks) else "PUNCT"
    return pos in ("VERB", "AUX") or (pos == "ADJ" and nxt not in ("NOUN", "PROPN", "ADJ"))


def _time_adverbial(view: SentenceView, k: int) -> bool:
    """A weekday, month, number, relative day ("i går"), the "og" joining two ("tirsdag og onsdag"),
    or the preposition before one ("på tisdagen", "on Tuesday", "i januar")."""
    lex = lexicon(view.lang)
    w = view.lowers[k]
    if is_time_word(w, view.lang) or w.isdigit() or in_relative_day(view.lowers, k, view.lang):
        return True
    if view.toks[k].pos_ == "ADP" and k + 1 < len(view.lowers) and is_time_word(view.lowers[k + 1], view.lang):
        return True
    return w in lex.coordinators and 0 < k < len(view.lowers) - 1 \
        and is_time_word(view.lowers[k - 1], view.lang) and is_time_word(view.lowers[k + 1], view.lang)


def _genitive(view: SentenceView, m: Mention) -> bool:
    """A mention in the genitive ("Kinas", "Hamas'"), not a name that ends in s ("Hamas", "Belarus")."""
    from ...actors.kb import load as load_kb

    text = m.text
    if text[-1:] in "'’" or view.art.text[m.end:m.end + 1] in ("'", "’"):  # "Hamas' angrep"
        return True
    return text[-1:] == "s" and text.lower() not in load_kb().forms.get(view.lang, {})
