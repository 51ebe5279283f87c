"""What a request or a rejection is about: PLOVER's mode of REQUEST and REJECT read from the words
that follow the trigger.

CAMEO weighs an appeal by what is asked for: help, or a meeting, is cooperation (Goldstein +3.4,
+4.0), while asking the other side to withdraw, stop, release or reform (CAMEO 024, 025: −0.3)
puts pressure on it. PLOVER keeps that distinction in the mode (assist, meet, change, yield), so
"ba Moskva trekke styrkene tilbake" is REQUEST/yield and counts on the conflict side, while
"ba Norge om hjelp" is REQUEST/assist. The words of each mode are language data
(``lang/<code>/request_content.yaml``: lemmas or lower-cased forms, ``stem*`` for a prefix).
"""

from __future__ import annotations

from functools import cache

from ..actors.kb import lang_data
from .ontology import event_types

SCOPE = 14  # tokens after the trigger that may hold what is asked for
MODES = ("yield", "change", "meet", "assist")


@cache
def _words(lang: str) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Each mode's exact words and prefixes."""
    out = {}
    for mode in MODES:
        entries = [str(w).lower() for w in (lang_data(lang, "request_content").get(mode) or [])]
        out[mode] = (frozenset(w for w in entries if not w.endswith("*")),
                     tuple(w[:-1] for w in entries if w.endswith("*")))
    return out


def _mode_of(word: str, lemma: str, words: dict[str, tuple[frozenset[str], tuple[str, ...]]]) -> str | None:
    for mode, (exact, prefixes) in words.items():
        if word in exact or lemma in exact or (prefixes and (word.startswith(prefixes) or lemma.startswith(prefixes))):
            return mode
    return None


def content_mode(type_: str, lowers: list[str], lemmas: list[str], after: int, lang: str,
                 stop_words: frozenset[str] = frozenset()) -> str | None:
    """The mode of a REQUEST or REJECT from the nearest word after token ``after`` that names what
    is asked for or refused; None when the type has no such modes or nothing names it. The
    search ends at a sentence break or a word of ``stop_words`` ("men": a new statement)."""
    et = event_types().get(type_)
    if et is None or not set(MODES) & set(et.modes):
        return None
    words = {m: w for m, w in _words(lang).items() if m in et.modes}
    for i in range(after + 1, min(len(lowers), after + 1 + SCOPE)):
        if lowers[i] in (".", ";", "!", "?") or lowers[i] in stop_words:
            break
        if (mode := _mode_of(lowers[i], lemmas[i], words)) is not None:
            return mode
    return None
