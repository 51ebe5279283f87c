"""Quote attribution: who said it, and for which actor, on short articles written for these tests.

Quotes are attributed from the mentions and persons the recogniser found, so these tests run the
recogniser and the attribution on a hand-made Article; no spaCy model is needed.
"""

from __future__ import annotations

import pytest

from utkikk.actors.quotes import attribute_quotes, speaker_at
from utkikk.actors.recogniser import recognise_actors
from utkikk.record import Article, Quote


def quotes(lang: str, text: str, date: str) -> list[Quote]:
    art = Article(doc="test", text=text, lang=lang, published=date)
    recognise_actors(art, [])
    return attribute_quotes(art)


def one(qs: list[Quote], words: str) -> Quote:
    hits = [q for q in qs if words in q.text]
    assert len(hits) == 1, (words, qs)
    return hits[0]


# -- dash-led paragraphs ----------------------------------------------------------------------------

NB_DASH = """Jens Stoltenberg møtte Japans statsminister Shinzo Abe i Tokyo mandag.

– Japan er en nær partner for NATO, sier Stoltenberg.

– Vi står sammen mot truslene fra Nord-Korea.

Abe takket for besøket."""


def test_dash_paragraph_with_attribution() -> None:
    q = one(quotes("nb", NB_DASH, "2017-10-30"), "nær partner")
    assert (q.speaker, q.actor, q.kind) == ("Jens Stoltenberg", "NATO", "direct")
    assert q.text == "Japan er en nær partner for NATO"
    assert "sier Stoltenberg" in q.sentence


def test_dash_continuation_keeps_the_speaker() -> None:
    qs = quotes("nb", NB_DASH, "2017-10-30")
    q = one(qs, "truslene fra Nord-Korea")
    assert (q.speaker, q.actor) == ("Jens Stoltenberg", "NATO")
    assert len(qs) == 2  # "Abe takket for besøket." is narration, not a quote


DASH_CASES = [
    ("nn", "Jonas Gahr Støre var i Kyiv tysdag.\n\n– Noreg står saman med Ukraina, seier Støre.",
     "2024-02-01", "Noreg står saman", "Jonas Gahr Støre", "NOR"),
    ("da", "Mette Frederiksen holdt tale i Folketinget.\n\n– Grønland er ikke til salg, siger Frederiksen.",
     "2019-08-18", "Grønland er ikke til salg", "Mette Frederiksen", "DNK"),
    ("sv", "Ulf Kristersson besökte Bryssel.\n\n– Sverige är redo att bli medlem, säger Kristersson.",
     "2023-07-10", "Sverige är redo", "Ulf Kristersson", "SWE"),
    ("nb", "Sergej Lavrov kom til Beijing.\n\n– Forholdet til Kina er sterkt, sa utenriksminister Lavrov.",
     "2024-04-09", "Forholdet til Kina", "Sergej Lavrov", "RUS"),
]


def test_speaker_at_finds_the_quote_around_a_position() -> None:
    art = Article(doc="test", text=NB_DASH, lang="nb", published="2017-10-30")
    recognise_actors(art, [])
    attribute_quotes(art)
    pos = NB_DASH.index("Nord-Korea")
    assert speaker_at(art, pos).speaker == "Jens Stoltenberg"
    assert speaker_at(art, NB_DASH.index("Abe takket")) is None


# -- quotation marks --------------------------------------------------------------------------------

LAVROV = "Sergej Lavrov kom til Beijing tirsdag. «Forholdet til Kina har aldri vært bedre», sier Lavrov til russiske medier."


def test_guillemets_with_attribution_after() -> None:
    q = one(quotes("nb", LAVROV, "2024-04-09"), "aldri vært bedre")
    assert q.actor == "RUS"
    assert q.speaker is not None and q.speaker.endswith("Lavrov")


def test_guillemets_quote_text_is_the_quoted_words() -> None:
    q = one(quotes("nb", LAVROV, "2024-04-09"), "aldri vært bedre")
    assert q.text == "Forholdet til Kina har aldri vært bedre"


MARK_CASES = [
    ("en", "\"We will not recognise the annexation,\" said Antony Blinken on Friday.",
     "2022-09-30", "not recognise the annexation", "Antony Blinken", "USA"),
    ("en", "\"The alliance is united,\" Jens Stoltenberg said in Vilnius.",
     "2023-07-11", "alliance is united", "Jens Stoltenberg", "NATO"),
    ("en", "“Our support for Ukraine will not waver,” said Olaf Scholz.",
     "2023-02-17", "support for Ukraine", "Olaf Scholz", "DEU"),
    ("sv", "”Sverige är nu medlem i Nato”, säger Ulf Kristersson.",
     "2024-03-07", "Sverige är nu medlem", "Ulf Kristersson", "SWE"),
    ("sv", "»Vi är redo«, säger Kristersson.", "2023-07-11", "Vi är redo", "Ulf Kristersson", "SWE"),
]


@pytest.mark.parametrize(("lang", "text", "date", "words", "speaker", "actor"), DASH_CASES + MARK_CASES)
def test_direct_quote_attribution(lang, text, date, words, speaker, actor) -> None:
    """Dash-led paragraphs in every language and quotation marks of every style."""
    q = one(quotes(lang, text, date), words)
    assert (q.speaker, q.actor, q.kind) == (speaker, actor, "direct")


# -- reported speech ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "date", "words", "speaker", "actor"), [
    ("nb", "Antony Blinken besøkte Kyiv onsdag. Han sier at USA vil fortsette å støtte Ukraina.",
     "2024-05-15", "USA vil fortsette", "Antony Blinken", "USA"),
    ("nn", "Jonas Gahr Støre vitja Kyiv. Han seier at Noreg vil auke støtta.",
     "2024-02-01", "Noreg vil auke", "Jonas Gahr Støre", "NOR"),
    ("da", "Lars Løkke Rasmussen besøgte Washington. Han siger at Danmark vil sende flere F-16-fly.",
     "2023-08-20", "Danmark vil sende", "Lars Løkke Rasmussen", "DNK"),
    ("sv", "Ulf Kristersson kommenterade beslutet. Han säger att Sverige välkomnar Turkiets besked.",
     "2023-07-11", "Sverige välkomnar", "Ulf Kristersson", "SWE"),
    ("en", "Antony Blinken arrived in Kyiv. He says that Washington will keep supporting Ukraine.",
     "2024-05-15", "Washington will keep", "Antony Blinken", "USA"),
])
def test_reported_speech_pronoun_resolves_to_last_person(lang, text, date, words, speaker, actor) -> None:
    q = one(quotes(lang, text, date), words)
    assert (q.speaker, q.actor, q.kind) == (speaker, actor, "reported")


def test_pronoun_resolves_to_the_last_person_named() -> None:
    text = "Jonas Gahr Støre møtte Antony Blinken i Oslo. Han sier at USA vil styrke samarbeidet."
    q = one(quotes("nb", text, "2024-05-30"), "USA vil styrke")
    assert (q.speaker, q.actor) == ("Antony Blinken", "USA")


@pytest.mark.parametrize(("lang", "text", "date", "words", "speaker", "actor"), [
    ("nb", "Kaja Kallas møtte utenriksministrene i Brussel. Ifølge henne må EU øke støtten.",
     "2025-02-24", "EU øke støtten", "Kaja Kallas", "EU"),
    ("nb", "Jens Stoltenberg talte i Vilnius. Ifølge ham trenger Ukraina mer luftvern.",
     "2023-07-11", "trenger Ukraina", "Jens Stoltenberg", "NATO"),
    ("nb", "Kaja Kallas møtte utenriksministrene. Ifølge Kallas må EU øke støtten.",
     "2025-02-24", "EU øke støtten", "Kaja Kallas", "EU"),
    ("sv", "Enligt Kristersson är Sverige redo.", "2023-07-11", "Sverige redo", "Ulf Kristersson", "SWE"),
    ("en", "According to Blinken, the talks were constructive.", "2023-06-19", "talks were constructive",
     "Antony Blinken", "USA"),
])
def test_according_to(lang, text, date, words, speaker, actor) -> None:
    q = one(quotes(lang, text, date), words)
    assert (q.speaker, q.actor, q.kind) == (speaker, actor, "reported")


def test_no_speaker_no_quote() -> None:
    assert quotes("nb", "Han sier at forhandlingene fortsetter.", "2024-01-01") == []


def test_danish_reported_speech_with_comma() -> None:
    text = "Lars Løkke Rasmussen besøgte Washington. Han siger, at Danmark vil sende flere F-16-fly."
    q = one(quotes("da", text, "2023-08-20"), "Danmark vil sende")
    assert (q.speaker, q.actor) == ("Lars Løkke Rasmussen", "DNK")


def test_quote_speaker_is_the_name_as_written() -> None:
    text = "Volodymyr Zelenskyj talte i Kyiv.\n\n– Vi trenger mer luftvern, sier Zelenskyj."
    q = one(quotes("nb", text, "2024-06-01"), "mer luftvern")
    assert (q.speaker, q.actor) == ("Volodymyr Zelenskyj", "UKR")


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a speaker the knowledge base does not know, named in the tag (the model finds the name)
    ("nb", "– Vi øker støtten til Sudan betydelig, sier Kari Nordheim Testesen i departementet.",
     "Vi øker støtten", "Kari Nordheim Testesen"),
    # the pronoun of the tag speaks, not the one named after it in the same tag
    ("sv", "Mahmud Abbas kritiserade USA hårt.\n\n– USA kan inte längre medla, sade han efter ett möte med "
           "Emmanuel Macron i Paris.", "USA kan inte längre medla", "Mahmud Abbas"),
])
def test_speaker_tags_name_unknown_people_and_pronouns_come_first(lang, text, words, speaker) -> None:
    from utkikk import extract_text

    q = one(extract_text(text, lang=lang, published="2024-05-10").quotes, words)
    assert q.speaker == speaker


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("da", "- Vi er ikke for en handelskrig, siger viceudenrigsminister Zhang Hanhui ved et pressemøde.", "Zhang Hanhui"),
    ("nb", "– Vi vil svare på dette, sier talsperson Maria Zakharova.", "Maria Zakharova"),
])
def test_speaker_named_after_a_bare_title(lang: str, text: str, speaker: str) -> None:
    """A name right after a lower-case title is a person even where the NER model misses it, so
    the quote gets its speaker."""
    from utkikk.pipeline import analyse
    from utkikk.record import Article

    art = analyse(Article(doc="t", text=text, lang=lang, published="2018-05-01"))
    assert [q.speaker for q in art.quotes] == [speaker]


def test_english_speaker_before_the_speech_verb() -> None:
    """English writes the speaker before the verb after a quote: '"…," she said', '"…," Stoltenberg
    added' — a pronoun is the last person named, a name the person it names."""
    from utkikk.pipeline import analyse

    text = ("Swedish Foreign Minister Margot Wallstrom met the North Korean envoy on Friday.\n\n"
            "\"If we can use our contacts in the best way, we will do so,\" she said.\n\n"
            "\"With their entry the whole picture changes,\" Stoltenberg added.")
    art = analyse(Article(doc="t", text=text, lang="en", published="2018-03-16"))
    assert [(q.speaker, q.actor) for q in art.quotes] == [("Margot Wallstrom", "SWE"), ("Jens Stoltenberg", "NATO")]


def test_a_definite_title_speaks_for_the_last_person_named() -> None:
    from utkikk.pipeline import analyse

    text = ("FN's generalsekretær Ban Ki-moon fordømmer Nordkoreas prøvesprængning.\n\n"
            "Generalsekretæren omtaler prøven som \"endnu et groft brud på resolutionerne\".")
    art = analyse(Article(doc="t", text=text, lang="da", published="2016-01-06"))
    assert [(q.speaker, q.actor) for q in art.quotes] == [("Ban Ki-moon", "UN")]


# -- layouts and tags the recogniser alone does not settle ----------------------------------------------

@pytest.mark.parametrize(("lang", "text", "words", "speaker"), [
    # easy-read news wraps its lines mid-sentence: the tag two lines down still names the speaker
    ("sv", "Sverige blev medlem i Nato i mars.\n\n– Det här är en historisk dag\nför vårt land,\n"
           "säger statsminister\nUlf Kristersson.", "historisk dag", "Ulf Kristersson"),
    ("nb", "Norge sender mer luftvern til Ukraina.\n\n– Ukraina trenger støtte\nmer enn noen gang,\n"
           "sier statsminister\nJonas Gahr Støre.", "trenger støtte", "Jonas Gahr Støre"),
    ("da", "Danmark sender flere F-16-fly til Ukraina.\n\n- Vi holder vores løfte\ntil ukrainerne,\n"
           "siger statsminister\nMette Frederiksen.", "holder vores løfte", "Mette Frederiksen"),
])
def test_hard_wrapped_dash_quote(lang: str, text: str, words: str, speaker: str) -> None:
    q = one(quotes(lang, text, "2024-03-07"), words)
    assert q.speaker == speaker


@pytest.mark.parametrize(("lang", "text", "words", "speaker"), [
    # a stage name the recogniser knows nothing of, right after the verb of the tag
    ("nb", "Sveits vant Eurovision i Malmö i mai.\n\n– Dette betyr alt for meg, sa Nemo etter finalen. "
           "Neste år holdes konkurransen i Basel.", "betyr alt", "Nemo"),
    ("da", "Schweiz vandt Eurovision i Malmö.\n\n- Jeg er helt overvældet, lyder det fra Nemo efter sejren.",
     "helt overvældet", "Nemo"),
    ("sv", "Schweiz vann Eurovision i Malmö.\n\n– Jag kan inte tro det, sa Nemo efter segern. "
           "Nästa år hålls tävlingen i Basel.", "inte tro det", "Nemo"),
    ("nn", "Sveits vann Eurovision i Malmö.\n\n– Dette tyder alt for meg, sa Nemo etter finalen. "
           "Neste år blir konkurransen halden i Basel.", "tyder alt", "Nemo"),
])
def test_tag_names_a_speaker_the_recogniser_missed(lang: str, text: str, words: str, speaker: str) -> None:
    q = one(quotes(lang, text, "2024-05-12"), words)
    assert q.speaker == speaker


@pytest.mark.parametrize(("lang", "text", "words", "speaker", "actor"), [
    # "sade han, enligt …": the pronoun with a comma after it is still the pronoun
    ("sv", "Sergej Lavrov kritiserade Natos utvidgning.\n\n– Alliansen flyttar allt närmare våra gränser, "
           "sade han, enligt nyhetsbyrån Tass.", "närmare våra gränser", "Sergej Lavrov", "RUS"),
    ("nb", "Jens Stoltenberg møtte forsvarsministrene i Brussel.\n\n– Europa må ta større ansvar, sa han, "
           "ifølge NTB.", "større ansvar", "Jens Stoltenberg", "NATO"),
    ("da", "Lars Løkke Rasmussen besøgte Kyiv.\n\n- Danmark står fast, sagde han, ifølge Ritzau.",
     "står fast", "Lars Løkke Rasmussen", "DNK"),
])
def test_pronoun_tag_with_a_comma(lang: str, text: str, words: str, speaker: str, actor: str) -> None:
    q = one(quotes(lang, text, "2024-05-12"), words)
    assert (q.speaker, q.actor) == (speaker, actor)


@pytest.mark.parametrize(("lang", "text", "words", "speaker"), [
    # the article opens with the title; the holder of that office is named further down
    ("nb", "– Tollsatsene gjelder fra neste uke, skriver presidenten på sin plattform.\n\n"
           "Donald Trump kunngjorde tiltakene etter et møte med rådgiverne sine.", "Tollsatsene", "Donald Trump"),
    ("da", "- Tolden gælder fra næste uge, skriver præsidenten på sin platform.\n\n"
           "Donald Trump meddelte beslutningen efter et møde med sine rådgivere.", "Tolden gælder", "Donald Trump"),
    ("sv", "– Tullarna gäller från nästa vecka, skriver presidenten på sin plattform.\n\n"
           "Donald Trump meddelade beslutet efter ett möte med sina rådgivare.", "Tullarna gäller", "Donald Trump"),
])
def test_role_noun_names_the_office_holder_named_later(lang: str, text: str, words: str, speaker: str) -> None:
    q = one(quotes(lang, text, "2025-04-02"), words)
    assert q.speaker == speaker


@pytest.mark.parametrize(("lang", "text", "words", "speaker"), [
    # the genitive owner of a speech noun said the quote, not the sentence's subject
    ("nb", "Jonas Gahr Støre avviste Sergej Lavrovs påstand om at «Norge provoserer Russland i nord».",
     "Norge provoserer", "Sergej Lavrov"),
    ("da", "Mette Frederiksen afviste Donald Trumps udtalelse om, at \"Grønland bør høre til USA\".",
     "Grønland bør høre", "Donald Trump"),
    ("sv", "Ulf Kristersson bemötte Recep Tayyip Erdogans uttalande om att \"Sverige skyddar terrorister\".",
     "Sverige skyddar", "Recep Tayyip Erdogan"),
    ("en", "Olaf Scholz rejected Vladimir Putin's claim that \"the West started the war in Ukraine\".",
     "the West started", "Vladimir Putin"),
])
def test_genitive_of_a_speech_noun_speaks(lang: str, text: str, words: str, speaker: str) -> None:
    q = one(quotes(lang, text, "2023-06-01"), words)
    assert q.speaker == speaker


@pytest.mark.parametrize(("lang", "text", "words", "speaker"), [
    # "the spokesman for president X, NN, called it «…»": the apposition names the subject
    ("nb", "Rådgiveren til Tyrkias president Recep Tayyip Erdogan, Ibrahim Kalin, kalte planene "
           "«en åpen provokasjon».", "åpen provokasjon", "Ibrahim Kalin"),
    ("sv", "Rådgivaren till Turkiets president Recep Tayyip Erdogan, Ibrahim Kalin, kallade planerna "
           "för \"en öppen provokation\".", "öppen provokation", "Ibrahim Kalin"),
    ("da", "Rådgiveren for Tyrkiets præsident Recep Tayyip Erdogan, Ibrahim Kalin, kaldte planerne "
           "for \"en åben provokation\".", "åben provokation", "Ibrahim Kalin"),
])
def test_apposition_names_the_speaker(lang: str, text: str, words: str, speaker: str) -> None:
    from utkikk import extract_text

    q = one(extract_text(text, lang=lang, published="2023-01-21").quotes, words)
    assert q.speaker == speaker


def test_a_name_inside_the_quote_is_not_its_speaker() -> None:
    """«USS Carney» is a ship: the surname of someone in the article inside the marks says nothing."""
    text = ("Mark Carney vant valget i Canada.\n\nDet amerikanske krigsskipet «USS Carney» skjøt ned "
            "flere droner over Rødehavet.")
    assert [q for q in quotes("nb", text, "2025-04-29") if "USS" in q.text] == []


def test_surname_alone_is_the_person_for_a_later_pronoun() -> None:
    """A person named in full and then by surname alone: the pronoun of a later tag is that person,
    not someone named in full in between."""
    from utkikk import extract_text

    text = ("Forskeren Ola Bakkevik var til stede da Jens Stoltenberg talte på Nupi.\n\n"
            "Bakkevik har skrevet om alliansen i mange år.\n\n"
            "– Talen var et tydelig signal til Moskva, sa han etter møtet.")
    q = one(extract_text(text, lang="nb", published="2019-04-04").quotes, "tydelig signal")
    assert q.speaker == "Ola Bakkevik"


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), [
    ("Russia must pull its troops out of Ukraine, Joe Biden said on Tuesday.", "pull its troops", "Joe Biden", "USA"),
    ("The attack on the port was planned in Moscow, Volodymyr Zelensky said.", "planned in Moscow",
     "Volodymyr Zelensky", "UKR"),
])
def test_english_tag_after_reported_words_ends_the_paragraph(text: str, words: str, speaker: str, actor: str) -> None:
    q = one(quotes("en", text, "2023-02-21"), words)
    assert (q.speaker, q.actor) == (speaker, actor)
    assert "said" not in q.text


def test_english_tag_needs_a_speaker() -> None:
    assert quotes("en", "Trade with China fell sharply last year, the report said.", "2023-02-21") == []

# -- a quotation closed in the paragraph of its tag, opened in an earlier one ------------------------

CLOSING_ONLY = [
    # (lang, text, words of the quote, speaker): the opening mark stands in the paragraph before
    ("da", '" Vi har talt med fiskerne hele foråret.\n\nDe vil have klare regler, " siger Mette Frederiksen.',
     "De vil have klare regler", "Mette Frederiksen"),
    ("da", 'Skibet skal hjem nu! " siger dr. Bodil Lund.', "Skibet skal hjem nu!", "Bodil Lund"),
    ("nb", "«Vi har ventet lenge.\n\nNå må det skje noe,» sier Jonas Gahr Støre.", "Nå må det skje noe",
     "Jonas Gahr Støre"),
    ("nn", "«Vi har venta lenge.\n\nNo må det skje noko,» seier Jonas Gahr Støre.", "No må det skje noko",
     "Jonas Gahr Støre"),
    ("sv", "”Vi har väntat länge.\n\nNu måste något hända,” säger Ulf Kristersson.", "Nu måste något hända",
     "Ulf Kristersson"),
    ("en", '"We waited for months.\n\nNow the talks must start," said Jonas Gahr Store.', "Now the talks must start",
     "Jonas Gahr Store"),
]


@pytest.mark.parametrize("lang,text,words,speaker", CLOSING_ONLY)
def test_a_closing_mark_before_the_tag_ends_a_quote_opened_before(lang: str, text: str, words: str,
                                                                  speaker: str) -> None:
    """A paper that quotes several sentences marks the opening once: the tagged sentence holds a
    closing mark alone, and its words up to the mark are the quote."""
    q = one(quotes(lang, text, "2024-05-02"), words)
    assert q.speaker == speaker
    assert q.text.rstrip(",") == words  # the mark is not part of the words


def test_a_closing_mark_without_clause_punctuation_is_no_quote_end() -> None:
    """A title in marks before the verb ('filmen "Solen" fortæller om …') ends no quotation."""
    qs = quotes("da", 'Filmen om krigen hedder Solen" fortæller Lars Hansen om sit arbejde.', "2024-05-02")
    assert not any("Filmen" in q.text for q in qs)


@pytest.mark.parametrize("lang,text", [
    ("da", "Reglerne skal strammes, siger S-ordføreren."),
    ("nb", "Reglene må strammes inn, sier Ap-talsmannen."),
    ("sv", "Reglerna måste skärpas, säger S-talespersonen."),
])
def test_a_party_title_in_the_tag_is_no_speakers_name(lang: str, text: str) -> None:
    """"siger S-ordføreren": a party's letter and a title, the holder unnamed in the sentence."""
    qs = quotes(lang, text, "2024-05-02")
    assert all(q.speaker is None for q in qs), qs


@pytest.mark.parametrize(("lang", "text", "date", "words", "speaker"), [
    ("nb", "Tysklands forsvarsminister Boris Pistorius sa: – Vi sender flere soldater til Litauen. Det er nødvendig.",
     "2023-08-21", "Vi sender flere soldater til Litauen. Det er nødvendig.", "Boris Pistorius"),
    ("da", "Mette Frederiksen siger: - Vi står sammen med Ukraine.", "2023-08-21",
     "Vi står sammen med Ukraine.", "Mette Frederiksen"),
    ("sv", "Ulf Kristersson sade: ”Vi fördömer attacken.” Sedan lämnade han Bryssel.", "2023-08-21",
     "Vi fördömer attacken.", "Ulf Kristersson"),
    ("en", "Blinken said: We will not recognise the annexation. He then flew to Kyiv.", "2023-08-21",
     "We will not recognise the annexation.", "Antony Blinken"),
])
def test_a_colon_after_the_speech_verb_opens_a_quote(lang: str, text: str, date: str, words: str, speaker: str) -> None:
    """To the closing mark, to the paragraph's end after a dash, else to the sentence's end."""
    q = one(quotes(lang, text, date), words.split(".")[0])
    assert (q.text, q.speaker, q.kind) == (words, speaker, "direct")


def test_a_colon_quote_already_in_guillemets_is_one_quote() -> None:
    qs = quotes("nb", "Jonas Gahr Støre sa: «Vi fordømmer angrepet.» Så reiste han hjem.", "2023-08-21")
    assert [(q.text, q.speaker) for q in qs] == [("Vi fordømmer angrepet.", "Jonas Gahr Støre")]


@pytest.mark.parametrize(("lang", "text", "words", "speaker"), [
    # a surname opening with a lower-case particle, unknown to the recogniser
    ("nb", "Et nytt lån til Argentina ble godkjent i går.\n\n– Vi forventet dette, sier de Vries etter møtet.",
     "forventet dette", "de Vries"),
    ("sv", "Ett nytt lån till Argentina godkändes i går.\n\n– Vi väntade oss det, säger van Leeuwen efter mötet.",
     "väntade oss", "van Leeuwen"),
    ("da", "Et nyt lån til Argentina blev godkendt i går.\n\n- Vi ventede det, siger von Thadden efter mødet.",
     "ventede det", "von Thadden"),
])
def test_speaker_whose_surname_opens_with_a_particle(lang: str, text: str, words: str, speaker: str) -> None:
    assert one(quotes(lang, text, "2019-06-04"), words).speaker == speaker



def test_english_surname_before_the_verb_after_a_closing_mark() -> None:
    """'"…," Haddad said': a surname the recogniser does not know still names the speaker."""
    qs = quotes("en", '"We will not leave the city," Haddad told reporters on Tuesday.', "2004-04-06")
    assert one(qs, "leave the city").speaker == "Haddad"


def test_according_to_before_marked_words_is_one_quote() -> None:
    text = 'Karim Haddad spoke in Fallujah.\n\nAccording to Haddad, "the talks with the army have failed."'
    art = Article(doc="test", text=text, lang="en", published="2004-04-06")
    recognise_actors(art, [(0, 12, "PER")])
    qs = attribute_quotes(art)
    assert [q.speaker for q in qs if "talks with the army" in q.text] == ["Karim Haddad"]


def test_a_capitalised_word_after_a_quote_that_ends_its_sentence_is_no_speaker() -> None:
    text = '"The alliance will be stronger with both of them." This was said by the chair of the meeting.'
    assert all(q.speaker != "This" for q in quotes("en", text, "2022-06-29"))


def test_a_person_in_the_genitive_yields_the_quote_to_the_one_named_after() -> None:
    text = ("Recep Tayyip Erdoğan reste till Sotji i går. "
            "Erdoğans talesperson Ibrahim Kalın sade att Ankara vill se resultat före sommaren.")
    q = one(quotes("sv", text, "2021-09-29"), "Ankara vill se resultat")
    assert q.speaker == "Ibrahim Kalın"
