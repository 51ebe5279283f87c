"""Event coding on English news sentences, run through the whole pipeline (model, actors, quotes,
events): one or more sentences per PLOVER type with the exact asserted triples, and the modality
cues (negated, denied, conditional, hypothetical) that keep an event out of the asserted set.
Sentences are written for these tests about real events."""

from __future__ import annotations

import pytest

ASSERTED = [
    ('US President Joe Biden met Chinese President Xi Jinping in Bali on Monday.', [("USA", "CONSULT", "CHN")]),
    ('Finland joined NATO in April 2023.', [("FIN", "AGREE", "NATO")]),
    ('Japan and India signed a defence agreement on Tuesday.', [("JPN", "AGREE", "IND")]),
    ('Britain praised Ukraine for its courage.', [("GBR", "SUPPORT", "UKR")]),
    ("Germany supports Ukraine's bid to join the European Union.", [("DEU", "SUPPORT", "UKR")]),
    ('Japan and Australia will cooperate on cyber security.', [("JPN", "AGREE", "AUS")]),
    ('Germany delivered Leopard tanks to Ukraine.', [("DEU", "AID", "UKR")]),
    ('The European Union sent humanitarian aid to Syria.', [("EU", "AID", "SYR")]),
    ('The UN called on Israel to allow more aid convoys.', [("UN", "REQUEST", "ISR")]),
    ('Sweden applied for membership in NATO in May 2022.', [("SWE", "REQUEST", "NATO")]),
    ('"Russia must withdraw its troops," said Britain\'s foreign secretary James Cleverly.', [("GBR", "REQUEST", "RUS")]),
    ("The United States condemned North Korea's missile launch.", [("USA", "ACCUSE", "PRK")]),
    ('Russia accused Ukraine of shelling the nuclear plant.', [("RUS", "ACCUSE", "UKR")]),
    ("The United States expressed concern about China's military build-up.", [("USA", "ACCUSE", "CHN")]),
    ('"Russia is in breach of international law," said Britain\'s foreign secretary James Cleverly.', [("GBR", "ACCUSE", "RUS")]),
    ("Hungary rejected Sweden's application.", [("HUN", "REJECT", "SWE")]),
    ('Russia withdrew from the grain deal with Ukraine.', [("RUS", "REJECT", "UKR")]),
    ('China warned the United States on Friday.', [("CHN", "THREATEN", "USA")]),
    ('The European Union imposed new sanctions on Russia on Friday.', [("EU", "SANCTION", "RUS")]),
    ('Poland expelled 45 Russian diplomats.', [("POL", "SANCTION", "RUS")]),
    ('Russia deployed troops to Belarus.', [("RUS", "MOBILIZE", "BLR")]),
    ('North Korea fired a ballistic missile into the sea on Thursday.', [("PRK", "MOBILIZE", "*")]),
    ('Russia invaded Ukraine on 24 February 2022.', [("RUS", "ASSAULT", "UKR")]),
    ("Russia's invasion of Ukraine began in February 2022.", [("RUS", "ASSAULT", "UKR")]),
    ('Russian forces shelled Kyiv overnight.', [("RUS", "ASSAULT", "UKR")]),
    ('Iran released two French citizens.', [("IRN", "CONCEDE", "FRA")]),
    pytest.param('The United States withdrew its troops from Afghanistan in 2021.',
                 [("USA", "RETREAT", "AFG")]),
    ('Trump announced that the United States would halt its joint military exercises with South Korea.', [('USA', 'RETREAT', 'KOR')]),
    ('Ukraine said it would never accept the loss of Crimea and accused Russia of aggression.', [('UKR', 'ACCUSE', 'RUS')]),
    ('Australia agreed on Wednesday to a new security pact with the United States.', [('AUS', 'AGREE', 'USA')]),
    ('Russia invaded Ukraine on Thursday. The United States imposed sanctions on Russia. NATO called the invasion a grave breach of international law.', [('RUS', 'ASSAULT', 'UKR'), ('USA', 'SANCTION', 'RUS'), ('NATO', 'ACCUSE', 'RUS')]),
    ('President Donald Trump and North Korean leader Kim Jong Un met in Singapore. South Korean President Moon Jae-in spoke to reporters in Seoul. China praised the two leaders.', [('USA', 'CONSULT', 'PRK'), ('CHN', 'SUPPORT', 'USA'), ('CHN', 'SUPPORT', 'PRK')]),
    ("China's top diplomat Yang Jiechi hit back, accusing the United States of condescension.", [("CHN", "ACCUSE", "USA")]),
    ('Israel declared war on Sunday, and the military said it had called up 300,000 reservists.', [("ISR", "MOBILIZE", "*")]),
    ('The United States warned Russia not to invade Ukraine.', [("USA", "THREATEN", "RUS")]),
    ('Putin warned other countries not to interfere.', [("RUS", "THREATEN", "*")]),
    ('Iran seized a British oil tanker in the Strait of Hormuz.', [('IRN', 'COERCE', 'GBR')]),
    ('Thousands of Ukrainians protested against Russia outside the embassy.', [('UKR', 'PROTEST', 'RUS')]),
]

FLAGGED = [
    ('Norway has not signed the agreement with Russia.', 'AGREE', 'negated'),
    ('Russia denies that it supplied weapons to Syria.', 'AID', 'denied'),
    ('If China invades Taiwan, the United States will respond.', 'ASSAULT', 'conditional'),
    ('China could invade Taiwan within five years.', 'ASSAULT', 'hypothetical'),
]
