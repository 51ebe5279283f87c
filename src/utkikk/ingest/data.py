"""Loading of the language data files the ingest stage reads (`lang/<code>/*.yaml`, `actors/kb/media.yaml`).

Kept in one place so every module reads the same files the same way, and each file is parsed once.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml
from ..record import SUPPORTED_LANGUAGES

PACKAGE_DIR = Path(__file__).resolve().parent.parent
LANG_DIR = PACKAGE_DIR / "lang"
MEDIA_FILE = PACKAGE_DIR / "actors" / "kb" / "media.yaml"


@cache
def lang_file(code: str, name: str) -> dict[str, Any]:
    """The mapping in `lang/<code>/<name>.yaml`, or an empty one when the language lacks the file."""
    path = LANG_DIR / code / f"{name}.yaml"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return load_yaml(fh) or {}


def lang_words(name: str, key: str, codes: tuple[str, ...] = SUPPORTED_LANGUAGES) -> list[str]:
    """The union of list `key` from `lang/<code>/<name>.yaml` over `codes`, longest first.

    Longest first so that a regex alternation built from it prefers "Sist oppdatert" over "oppdatert".
    """
    words: set[str] = set()
    for code in codes:
        for w in lang_file(code, name).get(key) or []:
            words.add(str(w))
    return sorted(words, key=lambda w: (-len(w), w))


@cache
def media_entries() -> tuple[dict[str, Any], ...]:
    """The records of `actors/kb/media.yaml`."""
    with MEDIA_FILE.open(encoding="utf-8") as fh:
        return tuple(load_yaml(fh) or [])
