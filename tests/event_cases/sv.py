"""Event coding on Swedish news sentences, run through the whole pipeline (model, actors, quotes,
events): one or more sentences per PLOVER type with the exact asserted triples, and the modality
cues (negated, denied, conditional, hypothetical) that keep an event out of the asserted set.
Sentences are written for these tests about real events."""

from __future__ import annotations

import pytest

ASSERTED = [
    ('Sveriges statsminister Ulf Kristersson träffade Finlands president Sauli Niinistö i Helsingfors på måndagen.', [("SWE", "CONSULT", "FIN")]),
    ('Sverige och Finland undertecknade ett försvarsavtal med USA i december.', [("FIN", "AGREE", "USA"), ("SWE", "AGREE", "USA")]),
    ('Turkiets parlament godkände Sveriges Natoansökan i januari 2024.', [("TUR", "AGREE", "SWE")]),
    ('Tyskland stöder Ukraina i kriget.', [("DEU", "SUPPORT", "UKR")]),
    ('Nato berömde Finland för beslutet.', [("NATO", "SUPPORT", "FIN")]),
    ('Polen ställde sig bakom Ukrainas ansökan.', [("POL", "SUPPORT", "UKR")]),
    ('Sverige och Norge samarbetar om försvaret av Nordkalotten.', [("SWE", "COOPERATE", "NOR")]),
    ('Sverige skickar stridsvagnar till Ukraina.', [("SWE", "AID", "UKR")]),
    ('EU skickar humanitär hjälp till Syrien.', [("EU", "AID", "SYR")]),
    ('Sverige uppmanade Iran att respektera de mänskliga rättigheterna.', [("SWE", "REQUEST", "IRN")]),
    ('Sverige ansökte om medlemskap i Nato i maj 2022.', [("SWE", "REQUEST", "NATO")]),
    ('– Ryssland måste dra tillbaka sina trupper, säger Sveriges utrikesminister Tobias Billström.', [("SWE", "REQUEST", "RUS")]),
    ('Regeringen i Stockholm fördömde Rysslands invasion av Ukraina.', [("RUS", "ASSAULT", "UKR"), ("SWE", "ACCUSE", "RUS")]),
    ('Kina anklagade USA för att blanda sig i landets inre angelägenheter.', [("CHN", "ACCUSE", "USA")]),
    ('– Rysslands krig är ett brott mot folkrätten, säger Sveriges utrikesminister Tobias Billström.', [("SWE", "ACCUSE", "RUS")]),
    ('Ungern avvisade Sveriges ansökan.', [("HUN", "REJECT", "SWE")]),
    ('Kina varnade USA på fredagen.', [("CHN", "THREATEN", "USA")]),
    ('EU införde nya sanktioner mot Ryssland på fredagen.', [("EU", "SANCTION", "RUS")]),
    ('Sverige utvisade tre ryska diplomater i april.', [("SWE", "SANCTION", "RUS")]),
    ('Ryssland kallade hem sin ambassadör i Stockholm.', [("RUS", "SANCTION", "SWE")]),
    ('Kina inledde en stor militärövning runt Taiwan.', [("CHN", "MOBILIZE", "TWN")]),
    ('Nordkorea avfyrade en ballistisk robot på torsdagen.', [("PRK", "MOBILIZE", "*")]),
    ('Ryssland annekterade fyra ukrainska regioner 2022.', [("RUS", "COERCE", "UKR")]),
    ('Ryssland anföll Ukraina den 24 februari 2022.', [("RUS", "ASSAULT", "UKR")]),
    ('Ryska styrkor besköt Kiev under natten.', [("RUS", "ASSAULT", "UKR")]),
    ('Iran frigav en svensk medborgare på lördagen.', [("IRN", "CONCEDE", "SWE")]),
    pytest.param('Ryssland drog tillbaka sina trupper från Kiev.',
                 [("RUS", "RETREAT", "UKR")]),
    pytest.param('Efter samtal om kriget lovade Tyskland militärt stöd till Ukraina.',
                 [("DEU", "AID", "UKR")]),
    pytest.param('Kina varnade USA för att stödja Taiwan.',
                 [("CHN", "THREATEN", "USA")]),
    ('Rysslands president Vladimir Putin och Nordkoreas ledare Kim Jong-un har undertecknat ett avtal.', [('RUS', 'AGREE', 'PRK')]),
    ('Försvarsministrarna träffas i Ramstein för att diskutera mer militärt stöd till Ukraina.', []),
    ('Utvisningen i Moskva skedde samtidigt som EU:s utrikeschef Josep Borrell besökte Ryssland.', [("EU", "CONSULT", "RUS")]),
    ('Ryssland anföll Ukraina i februari. Sveriges regering uttrycker djup oro över anfallet.', [("RUS", "ASSAULT", "UKR"), ("SWE", "ACCUSE", "RUS")]),
    ('Sverige och Finland lämnade in sina ansökningar om medlemskap i Nato. Natos generalsekretär Jens Stoltenberg välkomnar ansökningarna.',
     [("SWE", "REQUEST", "NATO"), ("FIN", "REQUEST", "NATO"), ("NATO", "SUPPORT", "SWE"), ("NATO", "SUPPORT", "FIN")]),
    ('Tusentals svenskar demonstrerade mot Ryssland utanför ambassaden.', [('SWE', 'PROTEST', 'RUS')]),
]

FLAGGED = [
    ('Sverige har inte undertecknat avtalet med Ryssland.', 'AGREE', 'negated'),
    ('Ryssland förnekar att landet har attackerat Ukraina.', 'ASSAULT', 'denied'),
    ('Om Ryssland anfaller Finland, kommer Sverige att hjälpa till.', 'ASSAULT', 'conditional'),
    ('Ryssland kan komma att anfalla Moldavien.', 'ASSAULT', 'hypothetical'),
]
