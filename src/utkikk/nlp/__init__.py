"""Shipped spaCy pipelines (nb, nn, da, sv, en) and their dependency-role tables.

Use `load(lang)` for the cached pipeline and `roles(lang)` for the labels that mark
subjects, objects, prepositional targets etc. in that pipeline's scheme (NDT or UD).
"""

from utkikk.nlp.loader import blank, load
from utkikk.nlp.registry import UnsupportedLanguage, model_path, supported_languages
from utkikk.nlp.schemes import roles, scheme_table

__all__ = ["UnsupportedLanguage", "blank", "load", "model_path", "roles", "scheme_table", "supported_languages"]
