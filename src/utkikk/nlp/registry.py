"""Which shipped model serves which language (models/models.yaml)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml


class UnsupportedLanguage(ValueError):
    """Raised for a language code with no entry in models/models.yaml."""


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict[str, Any]]:
    path = resources.files("utkikk.nlp") / "models" / "models.yaml"
    return load_yaml(path)


def supported_languages() -> list[str]:
    """Language codes with a configured pipeline (nb, nn, da, sv, en)."""
    return sorted(_entries())


def language_entry(lang: str) -> dict[str, Any]:
    """The models.yaml entry for lang: model directory name, scheme, simplemma language."""
    try:
        return _entries()[lang]
    except KeyError:
        raise UnsupportedLanguage(
            f"no NLP pipeline for language {lang!r}; supported: {', '.join(supported_languages())}"
        ) from None


def model_path(lang: str) -> Path:
    """Directory of the shipped spaCy pipeline for lang (may not exist before `make models`)."""
    return Path(str(resources.files("utkikk.nlp") / "models" / language_entry(lang)["model"]))
