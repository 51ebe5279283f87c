"""Which language an article is written in.

lingua is restricted to the five supported languages plus a handful of others, so that a German or
French article is recognised as such (and stored with `lang_supported=False`) instead of being forced
into the nearest Scandinavian language. Bokmål and Nynorsk are close enough that lingua is sometimes
unsure; then the frequent function words that differ between them (data in
`lang/{nb,nn}/language_markers.yaml`) decide.
"""

from __future__ import annotations

import re
import threading
from collections import Counter

from ..record import SUPPORTED_LANGUAGES
from .data import lang_file

# lingua language names for the codes we detect: the supported five, then the ones we only recognise.
_LINGUA_NAMES = {
    "nb": "BOKMAL", "nn": "NYNORSK", "da": "DANISH", "sv": "SWEDISH", "en": "ENGLISH",
    "de": "GERMAN", "fr": "FRENCH", "fi": "FINNISH", "es": "SPANISH", "nl": "DUTCH", "ru": "RUSSIAN",
    "uk": "UKRAINIAN", "pl": "POLISH", "it": "ITALIAN", "pt": "PORTUGUESE", "is": "ICELANDIC",
}
# lingua is confident enough on a few hundred characters; longer texts only cost time (on 386 treebank
# articles of 20-40 sentences in the five languages 1,000 characters gave the same answers as 3,000 in 0.6
# of the time).
SAMPLE_CHARS = 1000
# Below this confidence gap between nb and nn the marker words decide.
NB_NN_MARGIN = 0.35
# Marker words override lingua when at least this many are found and this share of them is one form:
# lingua often leans Bokmål on short Nynorsk news text.
MIN_MARKERS = 2
CLEAR_SHARE = 0.75
# With fewer words lingua guesses ("Hei" comes out German): the language is "und", not a guess.
MIN_WORDS = 3

_detector = None
_lock = threading.Lock()
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _get_detector():
    """Build the lingua detector once: building and loading its models takes seconds."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import Language, LanguageDetectorBuilder

                langs = [getattr(Language, n) for n in _LINGUA_NAMES.values()]
                _detector = LanguageDetectorBuilder.from_languages(*langs).build()
    return _detector


def _code(language) -> str:
    return language.iso_code_639_1.name.lower()


def marker_counts(text: str) -> tuple[int, int]:
    """(Nynorsk marker words, Bokmål marker words) in `text`."""
    nn = set(lang_file("nn", "language_markers").get("markers") or [])
    nb = set(lang_file("nb", "language_markers").get("markers") or [])
    counts = Counter(w.lower() for w in _WORD.findall(text))
    return sum(counts[w] for w in nn - nb), sum(counts[w] for w in nb - nn)


def nynorsk_score(text: str) -> int:
    """Nynorsk marker words minus Bokmål marker words in `text` (> 0 leans Nynorsk)."""
    nn, nb = marker_counts(text)
    return nn - nb


def _nb_or_nn(sample: str, lingua_best: str, gap: float) -> str:
    """Settle Bokmål vs Nynorsk: clear marker evidence overrides lingua, weak evidence breaks near-ties."""
    nn, nb = marker_counts(sample)
    total = nn + nb
    if total >= MIN_MARKERS and nn / total >= CLEAR_SHARE:
        return "nn"
    if total >= MIN_MARKERS and nb / total >= CLEAR_SHARE:
        return "nb"
    if gap < NB_NN_MARGIN and nn != nb:
        return "nn" if nn > nb else "nb"
    return lingua_best


def detect_language(text: str) -> tuple[str, bool]:
    """The ISO 639-1 code of `text`'s language and whether the pipeline supports it.

    Returns ("und", False) when nothing can be said (empty text, digits only, fewer than
    MIN_WORDS words).
    """
    sample = text[:SAMPLE_CHARS]
    if len(_WORD.findall(sample[:400])) < MIN_WORDS:
        return "und", False
    values = _get_detector().compute_language_confidence_values(sample)
    if not values or values[0].value <= 0:
        return "und", False
    conf = {_code(v.language): v.value for v in values}
    best = _code(values[0].language)
    if best in ("nb", "nn"):
        best = _nb_or_nn(sample, best, abs(conf.get("nb", 0) - conf.get("nn", 0)))
    return best, best in SUPPORTED_LANGUAGES
