"""Event coding on Bokmål news sentences, run through the whole pipeline (model, actors, quotes,
events): one or more sentences per PLOVER type with the exact asserted triples, and the modality
cues (negated, denied, conditional, hypothetical) that keep an event out of the asserted set.
Sentences are written for these tests about real events."""

from __future__ import annotations

import pytest

ASSERTED = [
    ('Norges statsminister Jonas Gahr Støre møtte Sveriges statsminister Ulf Kristersson i Oslo mandag.', [("NOR", "CONSULT", "SWE")]),
    ('Norge og Tyskland signerte en avtale om ubåter.', [("NOR", "AGREE", "DEU")]),
    ('Norge støtter Ukraina i krigen.', [("NOR", "SUPPORT", "UKR")]),
    ('Norge og Danmark samarbeider om forsvaret av Arktis.', [("NOR", "COOPERATE", "DNK")]),
    ('Norge sender våpen til Ukraina.', [("NOR", "AID", "UKR")]),
    ('Kina oppfordret USA til å roe ned situasjonen.', [("CHN", "REQUEST", "USA")]),
    ('Norge fordømmer Russlands invasjon av Ukraina.', [("NOR", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")]),
    ('Kina anklaget USA for å blande seg inn.', [("CHN", "ACCUSE", "USA")]),
    ('Danmark avviser USAs krav om Grønland.', [("DNK", "REJECT", "USA")]),
    ('EU innførte nye sanksjoner mot Russland fredag.', [("EU", "SANCTION", "RUS")]),
    ('Norge utviste 15 russiske diplomater.', [("NOR", "SANCTION", "RUS")]),
    ('Nord-Korea skjøt opp en ballistisk rakett torsdag.', [("PRK", "MOBILIZE", "*")]),
    ('Russland trakk styrkene sine ut av Ukraina.', [("RUS", "RETREAT", "UKR")]),
    ('Russland løslot en amerikansk journalist.', [("RUS", "CONCEDE", "USA")]),
    pytest.param('USA advarte Iran mot å angripe Israel.',
                 [("USA", "THREATEN", "IRN")]),
    pytest.param('– Russland må trekke styrkene sine ut av Ukraina, sier Norges utenriksminister Espen Barth Eide.',
                 [("NOR", "REQUEST", "RUS")]),
    pytest.param('Russland angrep Ukraina i februar 2022.',
                 [("RUS", "ASSAULT", "UKR")]),
    ('Norge vil gi F-16-kampfly til Ukraina, bekrefter statsministeren.', [('NOR', 'AID', 'UKR')]),
    ('Zelenskyj ba om sikkerhetsgarantier og sa at Russland har brutt en rekke avtaler.', [('UKR', 'ACCUSE', 'RUS'), ('UKR', 'REQUEST', '*')]),
    ('Flere tusen nordmenn demonstrerte mot krigen utenfor Russlands ambassade i Oslo.', [("NOR", "PROTEST", "RUS")]),
    ('Iran beslagla et britisk tankskip i Hormuzstredet.', [('IRN', 'COERCE', 'GBR')]),
]

FLAGGED = [
    ('Norge har ikke signert avtalen med Russland.', 'AGREE', 'negated'),
    ('Russland benekter at landet har angrepet Ukraina.', 'ASSAULT', 'denied'),
    pytest.param('Hvis Russland angriper Finland, vil Norge hjelpe.', 'ASSAULT', 'conditional'),
    ('Kina kan komme til å angripe Taiwan.', 'ASSAULT', 'hypothetical'),
]
