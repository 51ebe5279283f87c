"""Event coding on Danish news sentences, run through the whole pipeline (model, actors, quotes,
events): one or more sentences per PLOVER type with the exact asserted triples, and the modality
cues (negated, denied, conditional, hypothetical) that keep an event out of the asserted set.
Sentences are written for these tests about real events."""

from __future__ import annotations

import pytest

ASSERTED = [
    ('Danmarks statsminister Mette Frederiksen mødte Ukraines præsident Volodymyr Zelenskyj i Kyiv mandag.', [("DNK", "CONSULT", "UKR")]),
    ('Danmark og Ukraine underskrev en sikkerhedsaftale i februar.', [("DNK", "AGREE", "UKR")]),
    ('Danmark støtter Ukraine i krigen.', [("DNK", "SUPPORT", "UKR")]),
    ('Danmark og Norge samarbejder om forsvaret af Arktis.', [("DNK", "COOPERATE", "NOR")]),
    ('Danmark sender kampfly til Ukraine.', [("DNK", "AID", "UKR")]),
    ('Kina opfordrede USA til at berolige situationen.', [("CHN", "REQUEST", "USA")]),
    ('Danmark fordømmer Ruslands invasion af Ukraine.', [("DNK", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")]),
    ('Kina anklagede USA for at blande sig.', [("CHN", "ACCUSE", "USA")]),
    ('Danmark afviser USAs krav om Grønland.', [("DNK", "REJECT", "USA")]),
    ('EU indførte nye sanktioner mod Rusland fredag.', [("EU", "SANCTION", "RUS")]),
    ('Danmark udviste 15 russiske diplomater.', [("DNK", "SANCTION", "RUS")]),
    ('Nordkorea affyrede et ballistisk missil torsdag.', [("PRK", "MOBILIZE", "*")]),
    ('Rusland angreb Ukraine i februar 2022.', [("RUS", "ASSAULT", "UKR")]),
    pytest.param('USA advarede Iran mod at angribe Israel.',
                 [("USA", "THREATEN", "IRN")]),
    ("USA's udenrigsminister Antony Blinken besøgte søndag og mandag Kina.", [('USA', 'CONSULT', 'CHN')]),
    ('Finlands og Tysklands udenrigsministre udtrykte mandag dyb bekymring over skaderne.', [('FIN', 'ACCUSE', '*'), ('DEU', 'ACCUSE', '*')]),
    ('Grønlands landsstyreformand Múte B. Egede, som talte i Nuuk mandag, afviser det amerikanske ønske.', [('GRL', 'REJECT', 'USA')]),
    ("USA's præsident, Joe Biden, og Japans statsminister Fumio Kishida talte senere i telefon.", [('USA', 'CONSULT', 'JPN')]),
    ('Sverige blev torsdag Natos 32. medlemsland, da statsministeren overrakte dokumentet i Washington.', [("SWE", "AGREE", "NATO")]),
    ('Regeringen har været i tæt kontakt med Sverige og Tyskland, og Nato er orienteret.', [("DNK", "CONSULT", "SWE"), ("DNK", "CONSULT", "DEU")]),
    ('Trump talte i telefon med Frederiksen. Samme dag landede hans ældste søn på et kort privat besøg i Nuuk.', [('USA', 'CONSULT', 'DNK')]),
    ('Iran beslaglagde et britisk tankskib i Hormuzstrædet.', [('IRN', 'COERCE', 'GBR')]),
    ('Tusindvis af danskere demonstrerede mod Rusland foran ambassaden.', [('DNK', 'PROTEST', 'RUS')]),
    ('Iran løslod to danske statsborgere.', [('IRN', 'CONCEDE', 'DNK')]),
    ('USA trak sine tropper ud af Afghanistan.', [('USA', 'RETREAT', 'AFG')]),
]

FLAGGED = [
    ('Danmark har ikke underskrevet aftalen med Rusland.', 'AGREE', 'negated'),
    ('Rusland benægter at landet har angrebet Ukraine.', 'ASSAULT', 'denied'),
    ('Hvis Rusland angriber Finland, vil Danmark hjælpe.', 'ASSAULT', 'conditional'),
    ('Kina kan komme til at angribe Taiwan.', 'ASSAULT', 'hypothetical'),
]
