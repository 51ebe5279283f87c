"""An event's date: from the sentence where it says so, else the publication date.

Weekday names ("torsdag") resolve to the nearest such day on or before publication (news
reports the past week), or after it with a future cue; month names ("i september") to that month
of the publication year (the year before when the month lies after publication); a year
("i 1990") to the year; "i går"/"i morgen" to the day before/after. Words are language data
(``lang/<code>/calendar.yaml``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..actors.kb import lang_data

YEAR = re.compile(r"^(19[4-9]\d|20[0-4]\d)$")


@cache
def _calendar(lang: str) -> dict:
    d = lang_data(lang, "calendar")
    return {
        "weekdays": {w.lower(): i for i, ws in enumerate(d.get("weekdays") or []) for w in ws},
        "months": {w.lower(): i + 1 for i, ws in enumerate(d.get("months") or []) for w in ws},
        "relative": {k.lower(): int(v) for k, v in (d.get("relative") or {}).items()},
        "year_preps": {w.lower() for w in d.get("year_prepositions") or []},
    }


def is_time_word(word: str, lang: str) -> bool:
    """A weekday or month name ("tirsdag", "march"): a time adverbial, never an argument."""
    cal = _calendar(lang)
    w = word.lower()
    return w in cal["weekdays"] or w in cal["months"]


def in_relative_day(lowers: list[str], k: int, lang: str) -> bool:
    """Whether token ``k`` belongs to a relative day ("i går", "yesterday"): a time adverbial,
    whatever the tagger makes of "går"."""
    for phrase in _calendar(lang)["relative"]:
        words = phrase.split()
        for off in range(len(words)):
            if lowers[max(0, k - off):k - off + len(words)] == words:
                return True
    return False


def _pub(published: str | None) -> tuple[date | None, bool]:
    if not published:
        return None, False
    parts = published.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2])), True
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1), False
    except ValueError:
        return None, False


def event_date(lowers: list[str], published: str | None, lang: str) -> str | None:
    """The date of an event told in a sentence (its lower-cased tokens), as YYYY-MM-DD or YYYY-MM."""
    cal = _calendar(lang)
    pub, has_day = _pub(published)
    if pub is None:
        return published
    joined = " ".join(lowers)
    for phrase, offset in cal["relative"].items():
        if f" {phrase} " in f" {joined} " and has_day:
            return (pub + timedelta(days=offset)).isoformat()
    for i, w in enumerate(lowers):
        if w in cal["weekdays"] and has_day:
            delta = (pub.weekday() - cal["weekdays"][w]) % 7
            return (pub - timedelta(days=delta)).isoformat()
        if w in cal["months"] and (i == 0 or lowers[i - 1] not in {"."}):
            month = cal["months"][w]
            year = pub.year
            if i + 1 < len(lowers) and YEAR.match(lowers[i + 1]):
                year = int(lowers[i + 1])
            elif month > pub.month:
                year -= 1
            return f"{year:04d}-{month:02d}"
        if YEAR.match(w) and i > 0 and lowers[i - 1] in cal["year_preps"]:
            return w
    return published
