"""Per-scheme dependency roles (subjects, objects, prepositional targets...).

Why: nb/nn pipelines speak the NDT scheme, da/sv/en speak UD. Event extraction reads
grammatical roles only through this table so that it works the same on both.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from utkikk.nlp.registry import language_entry

from ..datafiles import load_yaml


@cache
def scheme_table(scheme: str) -> dict[str, Any]:
    """The role table of one scheme ("ndt" or "ud"), read from schemes/<scheme>.yaml."""
    path = resources.files("utkikk.nlp") / "schemes" / f"{scheme}.yaml"
    if not path.is_file():
        raise ValueError(f"unknown dependency scheme {scheme!r}")
    return load_yaml(path)


def roles(lang: str) -> dict[str, Any]:
    """The role table for the scheme that lang's shipped pipeline speaks.

    Keys: subject, logical_subject, passive_subject, object, indirect_object, oblique,
    pp_head ("preposition"/"noun"), pp_object, case_marker, passive_agent,
    passive_agent_prepositions, conjunct, coordinator, apposition, possessor, flat_name,
    verb_chain, tag_map... (lists of dependency labels unless noted).
    """
    return scheme_table(language_entry(lang)["scheme"])
