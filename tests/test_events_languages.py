"""Event coding per language through the whole pipeline (model, actors, quotes, events): one or
more sentences per PLOVER type with the exact asserted triples, and the modality cues (negated,
denied, conditional, hypothetical) that keep an event out of the asserted set. The cases live in
`tests/event_cases/<lang>.py`."""

from __future__ import annotations

import importlib

import pytest

from utkikk.pipeline import analyse
from utkikk.record import Article, Event

LANGS = ("nb", "nn", "da", "sv", "en")


def _cases(table: str) -> list:
    out = []
    for lang in LANGS:
        for case in getattr(importlib.import_module(f"event_cases.{lang}"), table):
            if hasattr(case, "marks"):  # a pytest.param carrying marks
                out.append(pytest.param(lang, *case.values, marks=case.marks, id=f"{lang}-{case.values[0][:40]}"))
            else:
                out.append(pytest.param(lang, *case, id=f"{lang}-{case[0][:40]}"))
    return out


def _events(lang: str, text: str) -> list[Event]:
    return analyse(Article(doc="t", text=text, lang=lang, published="2023-05-10")).events


@pytest.mark.parametrize(("lang", "sentence", "expected"), _cases("ASSERTED"))
def test_asserted_events(lang: str, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    got = sorted((e.source, e.type, e.target) for e in _events(lang, sentence) if e.asserted)
    assert got == sorted(expected)


@pytest.mark.parametrize(("lang", "sentence", "event_type", "modality"), _cases("FLAGGED"))
def test_flagged_events_are_not_asserted(lang: str, sentence: str, event_type: str, modality: str) -> None:
    events = _events(lang, sentence)
    assert not [e for e in events if e.asserted]
    flagged = [e for e in events if e.type == event_type and e.modality == modality]
    assert flagged, [(e.type, e.modality) for e in events]
    assert flagged[0].negated is (modality in ("negated", "denied"))
    assert flagged[0].hypothetical is (modality in ("conditional", "hypothetical"))
