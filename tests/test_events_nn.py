"""Event coding on Nynorsk news sentences, run through the whole pipeline (model, actors, quotes,
events): one or more sentences per PLOVER type with the exact asserted triples, and the modality
cues (negated, denied, conditional, hypothetical) that keep an event out of the asserted set.
Sentences are written for these tests about real events."""

from __future__ import annotations

import pytest

from utkikk.pipeline import analyse
from utkikk.record import Article, Event

LANG = "nn"


def _events(text: str) -> list[Event]:
    return analyse(Article(doc="t", text=text, lang=LANG, published="2023-05-10")).events


def _asserted(text: str) -> list[tuple[str, str, str]]:
    return sorted((e.source, e.type, e.target) for e in _events(text) if e.asserted)


def _engine_gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


ASSERTED = [
    ('Noregs statsminister Jonas Gahr Støre møtte Finlands president Sauli Niinistö i Oslo på måndag.', [("NOR", "CONSULT", "FIN")]),
    ('Sverige vart medlem av NATO i mars 2024.', [("SWE", "AGREE", "NATO")]),
    ('Noreg og Tyskland underteikna ein avtale om ubåtar.', [("NOR", "AGREE", "DEU")]),
    ('Noreg støttar Ukraina i krigen.', [("NOR", "SUPPORT", "UKR")]),
    ('Noreg og Danmark samarbeider om forsvaret av Arktis.', [("NOR", "COOPERATE", "DNK")]),
    ('Noreg sender våpen til Ukraina.', [("NOR", "AID", "UKR")]),
    ('Noreg gir naudhjelp til Syria.', [("NOR", "AID", "SYR")]),
    ('Kina oppmodar USA om å roe ned situasjonen.', [("CHN", "REQUEST", "USA")]),
    ('Noreg fordømer Russlands invasjon av Ukraina.', [("NOR", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")]),
    ('Israel skuldar Noreg for å løne terror.', [("ISR", "ACCUSE", "NOR")]),
    ('– Russlands krig er i strid med folkeretten, seier Noregs utanriksminister Espen Barth Eide.', [("NOR", "ACCUSE", "RUS")]),
    ('Danmark avviser USAs krav om Grønland.', [("DNK", "REJECT", "USA")]),
    ('EU innførte nye sanksjonar mot Russland på fredag.', [("EU", "SANCTION", "RUS")]),
    ('Noreg utviste tre russiske diplomatar.', [("NOR", "SANCTION", "RUS")]),
    ('Nord-Korea skaut opp ein ballistisk rakett torsdag.', [("PRK", "MOBILIZE", "*")]),
    ('Russland trekte styrkane sine ut av Ukraina.', [("RUS", "RETREAT", "UKR")]),
    ('Russland lauslét ein amerikansk journalist.', [("RUS", "CONCEDE", "USA")]),
    pytest.param('USA åtvarar Iran mot å angripe Israel.',
                 [("USA", "THREATEN", "IRN")]),
    pytest.param('– Russland må trekkje styrkane sine ut av Ukraina, seier Noregs utanriksminister Espen Barth Eide.',
                 [("NOR", "REQUEST", "RUS")]),
    pytest.param('Russland angreip Ukraina i februar 2022.',
                 [("RUS", "ASSAULT", "UKR")]),
]

FLAGGED = [
    ('Noreg har ikkje signert avtalen med Russland.', 'AGREE', 'negated'),
    ('Russland nektar for at landet har angripe Ukraina.', 'ASSAULT', 'denied'),
    ('Viss Russland angrip Finland, vil Noreg hjelpe.', 'ASSAULT', 'conditional'),
    ('Kina kan kome til å angripe Taiwan.', 'ASSAULT', 'hypothetical'),
]


@pytest.mark.parametrize(("sentence", "expected"), ASSERTED)
def test_asserted_events(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _asserted(sentence) == sorted(expected)


@pytest.mark.parametrize(("sentence", "event_type", "modality"), FLAGGED)
def test_flagged_events_are_not_asserted(sentence: str, event_type: str, modality: str) -> None:
    events = _events(sentence)
    assert not [e for e in events if e.asserted]
    assert any(e.type == event_type and e.modality == modality for e in events)
    flagged = [e for e in events if e.type == event_type and e.modality == modality]
    assert flagged[0].negated is (modality in ("negated", "denied"))
    assert flagged[0].hypothetical is (modality in ("conditional", "hypothetical"))
