"""Event coding on Nynorsk news sentences, run through the whole pipeline (model, actors, quotes,
events): one or more sentences per PLOVER type with the exact asserted triples, and the modality
cues (negated, denied, conditional, hypothetical) that keep an event out of the asserted set.
Sentences are written for these tests about real events."""

from __future__ import annotations

import pytest

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
    ('I sluttfråsegna fordømer NATO Russlands annektering av Krim.', [("NATO", "ACCUSE", "RUS")]),
    ('Vesten har kritisert Beijing for ikkje å fordøme den russiske invasjonen.', []),
    ('Ukrainas president Petro Porosjenko møtte leiarane i NATO i Wales.', [("UKR", "CONSULT", "NATO")]),
    ('Iran beslagla eit britisk tankskip i Hormuzstredet.', [('IRN', 'COERCE', 'GBR')]),
    ('Tusenvis av nordmenn demonstrerte mot Russland utanfor ambassaden.', [('NOR', 'PROTEST', 'RUS')]),
]

FLAGGED = [
    ('Noreg har ikkje signert avtalen med Russland.', 'AGREE', 'negated'),
    ('Russland nektar for at landet har angripe Ukraina.', 'ASSAULT', 'denied'),
    ('Viss Russland angrip Finland, vil Noreg hjelpe.', 'ASSAULT', 'conditional'),
    ('Kina kan kome til å angripe Taiwan.', 'ASSAULT', 'hypothetical'),
]
