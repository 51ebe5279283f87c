"""Actor and person recognition per language, on sentences written for these tests about real events.

Most tests run the recogniser alone (``recognise_actors`` on a hand-made Article, no spaCy): the
matching is word-based and independent of the model. Persons the KB lacks come from the model's PER
entities, so those tests pass the entity spans by hand, and one runs the real nb pipeline.
"""

from __future__ import annotations

import pytest

import utkikk
from utkikk.actors.recogniser import recognise_actors
from utkikk.record import Article


def analyse(lang: str, text: str, date: str | None = None,
            ents: list[tuple[int, int, str]] | None = None) -> Article:
    art = Article(doc="test", text=text, lang=lang, published=date)
    recognise_actors(art, ents or [])
    return art


def found(art: Article) -> set[tuple[str, str]]:
    """(span text, actor code) of every mention."""
    return {(m.text, m.code) for m in art.mentions}


def kinds(art: Article) -> dict[str, str]:
    return {m.text: m.kind for m in art.mentions}


def person(art: Article, surname: str):
    hits = [p for p in art.persons if p.name.split()[-1] == surname]
    assert hits, f"no person {surname!r} in {art.persons}"
    return hits[0]


def per(text: str, name: str) -> tuple[int, int, str]:
    """A PER entity span for ``name`` as the spaCy NER would give it."""
    start = text.index(name)
    return start, start + len(name), "PER"


# -- names and genitives ----------------------------------------------------------------------------

GENITIVES = [
    ("nb", "NATOs generalsekretær møtte Nord-Koreas ambassadør og USA's utsending.",
     {("NATOs", "NATO"), ("Nord-Koreas", "PRK"), ("USA's", "USA")}),
    ("nn", "Noregs statsminister møtte Russlands president og Nord-Koreas leiar.",
     {("Noregs", "NOR"), ("Russlands", "RUS"), ("Nord-Koreas", "PRK")}),
    ("da", "NATOs generalsekretær og USA's udenrigsminister mødtes med Ruslands præsident.",
     {("NATOs", "NATO"), ("USA's", "USA"), ("Ruslands", "RUS")}),
    ("sv", "USA:s utrikesminister och Rysslands president möttes i Natos högkvarter.",
     {("USA:s", "USA"), ("Rysslands", "RUS"), ("Natos", "NATO")}),
    ("en", "Russia's foreign minister met North Korea's leader and NATO's secretary general.",
     {("Russia's", "RUS"), ("North Korea's", "PRK"), ("NATO's", "NATO")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GENITIVES, ids=[g[0] for g in GENITIVES])
def test_names_and_genitives(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(analyse(lang, text, "2024-06-01"))


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("nb", "Norge og Sverige undertegnet avtalen.", "SWE"),
    ("nn", "Noreg og Sverige skreiv under avtalen.", "SWE"),
    ("da", "Danmark og Tyskland underskrev aftalen.", "DEU"),
    ("sv", "Sverige och Finland undertecknade avtalet.", "FIN"),
    ("en", "Norway and Sweden signed the agreement.", "SWE"),
])
def test_plain_names(lang: str, text: str, code: str) -> None:
    art = analyse(lang, text, "2024-03-07")
    assert code in {m.code for m in art.mentions}
    assert len(art.mentions) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. imposed new sanctions on Iran.", {("U.S.", "USA"), ("Iran", "IRN")}),
    ("The U.N. said the U.K. had sent aid.", {("U.N.", "UN"), ("U.K.", "GBR")}),
    ("Iraq condemned the U.S.-led strikes.", {("Iraq", "IRQ"), ("U.S.-led", "USA")}),
])
def test_abbreviations_written_with_full_stops(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(analyse("en", text, "2024-03-07")) == expected


def test_genitive_before_role_word_is_a_role_mention() -> None:
    art = analyse("nb", "NATOs generalsekretær talte.", "2017-10-05")
    m = art.mentions[0]
    assert (m.text, m.code, m.kind, m.sector) == ("NATOs", "NATO", "role", "GOV")


# -- adjectives and demonyms ------------------------------------------------------------------------

DERIVED = [
    ("nb", "De nordkoreanske soldatene og russerne trente sammen i Kursk.",
     {"nordkoreanske": ("PRK", "adjective"), "russerne": ("RUS", "demonym")}),
    ("nn", "Dei nordkoreanske soldatane og russarane trente saman i Kursk.",
     {"nordkoreanske": ("PRK", "adjective"), "russarane": ("RUS", "demonym")}),
    ("da", "De russiske tropper og nordkoreanerne trak sig tilbage fra Kursk.",
     {"russiske": ("RUS", "adjective"), "nordkoreanerne": ("PRK", "demonym")}),
    ("sv", "De ryska trupperna och nordkoreanerna drog sig tillbaka från Kursk.",
     {"ryska": ("RUS", "adjective"), "nordkoreanerna": ("PRK", "demonym")}),
    ("en", "Russian troops and North Koreans fought in the Kursk region.",
     {"Russian": ("RUS", "adjective"), "North Koreans": ("PRK", "demonym")}),
    # the genitive of a demonym: "russernes krav"
    ("nb", "Ukraina avviser russernes krav om nye grenser.", {"russernes": ("RUS", "demonym")}),
    ("nn", "Israel avviste palestinarane sine krav og palestinaranes forslag.",
     {"palestinaranes": ("PSE", "demonym")}),
    ("da", "Ukraine afviser russernes krav om nye grænser.", {"russernes": ("RUS", "demonym")}),
    ("sv", "Israel avvisar palestiniernas krav på ett stopp för bosättningarna.",
     {"palestiniernas": ("PSE", "demonym")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DERIVED, ids=[d[0] for d in DERIVED])
def test_adjectives_and_demonyms(lang: str, text: str, expected: dict[str, tuple[str, str]]) -> None:
    art = analyse(lang, text, "2024-11-01")
    got = {m.text: (m.code, m.kind) for m in art.mentions}
    for word, (code, kind) in expected.items():
        assert got.get(word) == (code, kind), (word, got)


# -- hyphenated compounds ---------------------------------------------------------------------------

COMPOUNDS = [
    ("nb", "Nato-medlemslandene og EU-landene ble enige om nye sanksjoner.",
     {("Nato-medlemslandene", "NATO"), ("EU-landene", "EU")}),
    ("nn", "Nato-medlemslanda og EU-landa vart samde om nye sanksjonar.",
     {("Nato-medlemslanda", "NATO"), ("EU-landa", "EU")}),
    ("da", "NATO-landene og EU-landene blev enige om nye sanktioner.",
     {("NATO-landene", "NATO"), ("EU-landene", "EU")}),
    ("sv", "Nato-länderna och EU-länderna enades om nya sanktioner.",
     {("Nato-länderna", "NATO"), ("EU-länderna", "EU")}),
    ("en", "NATO-led forces stayed in Kosovo.", {("NATO-led", "NATO")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COMPOUNDS, ids=[c[0] for c in COMPOUNDS])
def test_hyphenated_compounds(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(analyse(lang, text, "2022-03-01"))


def test_compound_with_role_head_is_a_role() -> None:
    art = analyse("nb", "Nato-sjefen advarte Russland.", "2017-10-05")
    assert ("Nato-sjefen", "NATO") in found(art)
    assert kinds(art)["Nato-sjefen"] == "role"


# A government named by its leader: the leader's state at the article's date, in the government
# sector; a compound on a leader's name that names no government is no actor.
LEADER_COMPOUNDS = [
    ("nb", "Bush-administrasjonen la fram en ny plan for Irak.", "2003-02-01", "Bush-administrasjonen", "USA"),
    ("nn", "Obama-administrasjonen ville trekkje troppane ut.", "2011-06-01", "Obama-administrasjonen", "USA"),
    ("da", "Trump-administrationen indførte told på stål.", "2018-06-01", "Trump-administrationen", "USA"),
    ("sv", "Trumpadministrationen införde tullar på stål.", "2018-06-01", "Trumpadministrationen", "USA"),
    ("sv", "Assad-regimen bombade staden i natt.", "2016-09-01", "Assad-regimen", "SYR"),
]


@pytest.mark.parametrize(("lang", "text", "date", "word", "code"), LEADER_COMPOUNDS,
                         ids=[c[0] for c in LEADER_COMPOUNDS])
def test_government_named_by_its_leader(lang: str, text: str, date: str, word: str, code: str) -> None:
    art = analyse(lang, text, date)
    got = {m.text: (m.code, m.sector) for m in art.mentions}
    assert got.get(word) == (code, "GOV"), got


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("da", "Bosniens præsident holdt møde med EF-formandslandet Portugal.", "PRT"),
    ("nb", "Statsministeren møtte EU-formannslandet Frankrike i Paris.", "FRA"),
    ("sv", "Regeringen samtalade med EU-ordförandelandet Tjeckien.", "CZE"),
])
def test_presidency_compound_names_the_state_not_the_organisation(lang: str, text: str, code: str) -> None:
    codes = {m.code for m in analyse(lang, text, "2009-03-01").mentions}
    assert code in codes and "EU" not in codes, codes


def test_leader_compound_without_government_head_is_no_actor() -> None:
    assert not analyse("nb", "Obama-biografien kom ut i går.", "2018-12-01").mentions


# Older and colloquial names: the European Community (EF, EG) is the EU's forerunner, and the
# Scandinavian press writes "England" for the United Kingdom.
OLD_NAMES = [
    ("da", "EF-landene anerkendte Kroatien og Slovenien i går.", ("EF-landene", "EU")),
    ("nb", "Norge søkte om medlemskap i EF i 1992.", ("EF", "EU")),
    ("sv", "Sverige förhandlade om medlemskap i EG.", ("EG", "EU")),
    ("en", "Britain joined the European Economic Community in 1973.", ("European Economic Community", "EU")),
    ("da", "England og Frankrig sendte flådefartøjer til Adriaterhavet.", ("England", "GBR")),
    ("nb", "England og Frankrig stemte for resolusjonen.", ("England", "GBR")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OLD_NAMES, ids=[o[0] for o in OLD_NAMES])
def test_older_and_colloquial_names(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(analyse(lang, text, "1992-06-01"))


# -- metonyms ---------------------------------------------------------------------------------------

METONYMS = [
    ("nb", "Kreml svarte Det hvite hus, og Pyongyang kom med en uttalelse.",
     {("Kreml", "RUS"), ("Det hvite hus", "USA"), ("Pyongyang", "PRK")}),
    ("nn", "Kreml svarte Det kvite huset, og Pyongyang kom med ei fråsegn.",
     {("Kreml", "RUS"), ("Det kvite huset", "USA"), ("Pyongyang", "PRK")}),
    ("da", "Kreml svarede Det Hvide Hus, og Pyongyang kom med en udtalelse.",
     {("Kreml", "RUS"), ("Det Hvide Hus", "USA"), ("Pyongyang", "PRK")}),
    ("sv", "Kreml svarade Vita huset, och Pyongyang gjorde ett uttalande.",
     {("Kreml", "RUS"), ("Vita huset", "USA"), ("Pyongyang", "PRK")}),
    ("en", "The Kremlin answered the White House, and Pyongyang issued a statement.",
     {("Kremlin", "RUS"), ("White House", "USA"), ("Pyongyang", "PRK")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), METONYMS, ids=[m[0] for m in METONYMS])
def test_metonyms(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    art = analyse(lang, text, "2024-06-19")
    assert expected <= found(art)
    assert all(m.kind == "metonym" for m in art.mentions)


# -- context names: "alliansen" only when NATO is named ---------------------------------------------

CONTEXT = [
    ("nb", "NATO holdt toppmøte i Vilnius.", "Alliansen vil styrke forsvaret i øst."),
    ("nn", "NATO heldt toppmøte i Vilnius.", "Alliansen vil styrkje forsvaret i aust."),
    ("da", "NATO holdt topmøde i Vilnius.", "Alliancen vil styrke forsvaret mod øst."),
    ("sv", "Nato höll toppmöte i Vilnius.", "Alliansen vill stärka försvaret i öst."),
    ("en", "NATO held a summit in Vilnius.", "The alliance will strengthen its eastern flank."),
]


@pytest.mark.parametrize(("lang", "first", "second"), CONTEXT, ids=[c[0] for c in CONTEXT])
def test_context_name_needs_the_actor_named(lang: str, first: str, second: str) -> None:
    alone = analyse(lang, second, "2023-07-11")
    assert alone.mentions == []
    both = analyse(lang, f"{first} {second}", "2023-07-11")
    ctx = [m for m in both.mentions if m.kind == "context"]
    assert [m.code for m in ctx] == ["NATO"]
    assert ctx[0].text.lower().endswith(("alliansen", "alliancen", "alliance"))


# -- roles that change with the date ----------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "date", "actor"), [
    ("nb", "Jens Stoltenberg besøkte Tokyo.", "2017-10", "NATO"),
    ("nb", "Jens Stoltenberg la fram revidert budsjett.", "2025-06", "NOR"),
    ("en", "Jens Stoltenberg visited Tokyo.", "2017-10-30", "NATO"),
    ("en", "Jens Stoltenberg presented the revised budget.", "2025-06-10", "NOR"),
    ("sv", "Jens Stoltenberg besökte Tokyo.", "2017-10-30", "NATO"),
    ("nb", "Mark Rutte talte i Haag.", "2020", "NLD"),
    ("nb", "Mark Rutte talte i Brussel.", "2025", "NATO"),
    ("da", "Mark Rutte holdt tale.", "2020-05-01", "NLD"),
    ("da", "Mark Rutte holdt tale.", "2025-05-01", "NATO"),
])
def test_roles_by_date(lang: str, text: str, date: str, actor: str) -> None:
    art = analyse(lang, text, date)
    surname = text.split()[1]
    assert person(art, surname).actor == actor
    assert [m.code for m in art.mentions if m.kind == "person"] == [actor]


# -- role phrases bind persons ----------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("nb", "Japans statsminister Shinzo Abe tok imot gjestene i Tokyo."),
    ("nn", "Japans statsminister Shinzo Abe tok imot gjestene i Tokyo."),
    ("da", "Japans premierminister Shinzo Abe tog imod gæsterne i Tokyo."),
    ("sv", "Japans premiärminister Shinzo Abe tog emot gästerna i Tokyo."),
    ("en", "Japan's prime minister Shinzo Abe received the guests in Tokyo."),
])
def test_role_phrase_binds_known_person(lang: str, text: str) -> None:
    art = analyse(lang, text, "2017-10-30")
    abe = person(art, "Abe")
    assert (abe.name, abe.actor, abe.role) == ("Shinzo Abe", "JPN", "Prime Minister")
    assert art.mentions[0].kind == "role"


@pytest.mark.parametrize(("lang", "text", "name", "actor"), [
    ("nb", "Russlands ambassadør Teimuraz Ramisjvili ble kalt inn til Utenriksdepartementet.",
     "Teimuraz Ramisjvili", "RUS"),
    ("da", "Ruslands ambassadør Vladimir Barbin blev kaldt i samråd i Udenrigsministeriet.",
     "Vladimir Barbin", "RUS"),
])
def test_role_phrase_binds_unknown_person(lang: str, text: str, name: str, actor: str) -> None:
    art = analyse(lang, text, "2022-03-01", ents=[per(text, name)])
    p = person(art, name.split()[-1])
    assert (p.name, p.actor, p.role) == (name, actor, "Ambassador")
    assert (name, actor) in found(art)


def test_unknown_person_without_role_has_no_actor() -> None:
    text = "Teimuraz Ramisjvili kom til møtet."
    art = analyse("nb", text, "2022-03-01", ents=[per(text, "Teimuraz Ramisjvili")])
    assert person(art, "Ramisjvili").actor is None
    assert art.mentions == []


def test_apposition_gives_unknown_person_an_actor() -> None:
    text = "Kim Hyun-jong, en sørkoreansk handelsminister, deltok på møtet."
    art = analyse("nb", text, "2022-03-01", ents=[per(text, "Kim Hyun-jong")])
    assert person(art, "Hyun-jong").actor == "KOR"


@pytest.fixture(scope="module")
def nb_article() -> Article:
    """The real nb pipeline (spaCy NER finds the unknown person), loaded once for this module."""
    return utkikk.extract_text("Russlands ambassadør Teimuraz Ramisjvili ble kalt inn til Utenriksdepartementet "
                               "i Oslo mandag.", lang="nb", published="2022-03-01")


def test_unknown_person_through_the_pipeline(nb_article: Article) -> None:
    p = person(nb_article, "Ramisjvili")
    assert (p.name, p.actor) == ("Teimuraz Ramisjvili", "RUS")


# -- misspellings, names as written -----------------------------------------------------------------

STOLENBERG = "Jens Stoltenberg besøkte Japan. Stolenberg takket statsministeren for samarbeidet."


def test_misspelt_surname_after_full_name() -> None:
    art = analyse("nb", STOLENBERG, "2017-10-30")
    m = [m for m in art.mentions if m.text == "Stolenberg"]
    assert m and (m[0].code, m[0].kind, m[0].person) == ("NATO", "person", "Jens Stoltenberg")
    assert len(art.persons) == 1 and art.persons[0].mentions == 2


def test_misspelling_does_not_rename_person() -> None:
    art = analyse("nb", STOLENBERG, "2017-10-30")
    assert art.persons[0].name == "Jens Stoltenberg"


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("nb", "Zelenskyj ba om mer luftvern.", "Volodymyr Zelenskyj"),
    ("nn", "Zelenskyj bad om meir luftvern.", "Volodymyr Zelenskyj"),
    ("sv", "Zelenskyj bad om mer luftvärn.", "Volodymyr Zelenskyj"),
    ("en", "Zelensky asked for more air defence.", "Volodymyr Zelensky"),
    ("da", "Volodymyr Zelenskyj bad om mere luftforsvar.", "Volodymyr Zelenskyj"),
])
def test_person_name_as_written(lang: str, text: str, name: str) -> None:
    art = analyse(lang, text, "2024-02-01")
    p = art.persons[0]
    assert (p.name, p.actor) == (name, "UKR")
    # mentions carry the same spelling, so quotes attributed through them match the persons list
    assert art.mentions[0].person == name


@pytest.mark.parametrize(("text", "date", "name"), [
    ("Tysklands forsvarsminister Boris Pistorius besøkte Oslo.", "2024-02-01", "Boris Pistorius"),
    ("Kaja Kallas møtte utenriksministrene i Brussel.", "2025-02-24", "Kaja Kallas"),
])
def test_surname_ending_in_s_is_kept(text: str, date: str, name: str) -> None:
    art = analyse("nb", text, date)
    assert art.persons[0].name == name


def test_family_name_first() -> None:
    art = analyse("nb", "Kinas president Xi Jinping tok imot gjestene. Xi sa at landene må samarbeide.",
                  "2023-06-19")
    assert (art.persons[0].name, art.persons[0].actor) == ("Xi Jinping", "CHN")


# -- ambiguous names --------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Armenia, Azerbaijan and Georgia signed the declaration."),
    ("nb", "Armenia, Aserbajdsjan og Georgia undertegnet erklæringen."),
    ("nn", "Armenia, Aserbajdsjan og Georgia skreiv under fråsegna."),
])
def test_ambiguous_name_in_a_list_of_states(lang: str, text: str) -> None:
    assert ("Georgia", "GEO") in found(analyse(lang, text, "2024-01-01"))


def test_ambiguous_name_confirmed_by_capital() -> None:
    art = analyse("en", "Protesters filled the streets of Tbilisi. Georgia has applied to join the EU.", "2024-01-01")
    assert ("Georgia", "GEO") in found(art)


@pytest.mark.parametrize("text", [
    "The storm hit Atlanta, Georgia on Tuesday.",
    "Michael Jordan scored forty points in Chicago.",
])
def test_ambiguous_name_alone_does_not_match(text: str) -> None:
    assert analyse("en", text, "2024-01-01").mentions == []


def test_place_name_is_not_a_surname() -> None:
    art = analyse("en", "Mark Rutte spoke in The Hague.", "2020-06-01")
    assert [p.name for p in art.persons] == ["Mark Rutte"]


def test_state_name_tagged_as_person_is_no_person() -> None:
    text = "Kongeriket Danmark og USA har en forsvarsavtale om Grønland."
    art = analyse("nb", text, "2025-01-10", ents=[per(text, "Kongeriket Danmark")])
    assert art.persons == []


@pytest.mark.parametrize("lang,text,expected", [
    ("sv", "Försvarsmakten höjer beredskapen på Gotland.", {("Försvarsmakten", "SWE")}),
    ("nb", "Stortinget vedtok støttepakken til Ukraina.", {("Stortinget", "NOR"), ("Ukraina", "UKR")}),
    ("da", "Folketinget stemte for aftalen med USA.", {("Folketinget", "DNK"), ("USA", "USA")}),
])
def test_national_institutions_stand_for_their_state(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(analyse(lang, text, "2023-05-01")) == expected


def test_person_the_kb_lacks_gets_the_state_of_a_preceding_apposition_and_keeps_it_by_surname() -> None:
    text = ("Kina indfører sanktioner mod formanden for det amerikanske Repræsentanternes Hus, Nancy Pelosi, "
            "og hendes familie. Det oplyser det kinesiske udenrigsministerium. Pelosi besøgte Taiwan.")
    start = text.index("Nancy Pelosi")
    art = analyse("da", text, "2022-08-05", [(start, start + len("Nancy Pelosi"), "PER")])
    assert {p.name: p.actor for p in art.persons}["Nancy Pelosi"] == "USA"
    later = [m for m in art.mentions if m.text == "Pelosi"]
    assert [(m.code, m.person) for m in later] == [("USA", "Nancy Pelosi")]


def test_person_named_in_full_is_found_again_by_one_name_part() -> None:
    art = analyse("sv", "Nordkoreas ledare Kim Jong-un tog emot Putin i Pyongyang. Kim lovade fullt stöd.", "2024-06-19")
    kim = [m for m in art.mentions if m.text == "Kim"]
    assert [(m.code, m.person) for m in kim] == [("PRK", "Kim Jong-un")]


@pytest.mark.parametrize("lang,text,place,actor", [
    ("nb", "Fiskerne ved Tsjad-sjøen og styrkene ved Ukraina-grensen.", "Tsjad-sjøen", "Ukraina-grensen"),
    ("sv", "Fiskarna vid Tchad-sjön och trupperna vid Ukraina-gränsen.", "Tchad-sjön", "Ukraina-gränsen"),
    ("da", "Fiskerne ved Tchad-søen og tropperne ved Ukraine-grænsen.", "Tchad-søen", "Ukraine-grænsen"),
])
def test_a_compound_naming_a_natural_place_is_no_actor(lang, text, place, actor):
    """A lake, river or coast named after a state is a place; a border still points at its state."""
    from utkikk import extract_text

    texts = {m.text for m in extract_text(text, lang=lang).mentions}
    assert place not in texts and actor in texts


@pytest.mark.parametrize("lang,text,name,actor,role", [
    ("da", "Den franske præsident Jean Testard besøgte Danmark.", "Jean Testard", "FRA", "President"),
    ("sv", "Den tyska försvarsministern Hans Testmann besökte Sverige.", "Hans Testmann", "DEU", "Defence Minister"),
])
def test_demonym_and_title_before_an_unknown_name(lang, text, name, actor, role):
    """ "den franske præsident NN": the adjective's state and the title are the person's."""
    from utkikk import extract_text

    people = {p.name: (p.actor, p.role) for p in extract_text(text, lang=lang, published="2024-05-10").persons}
    assert people.get(name) == (actor, role)


@pytest.mark.parametrize("lang,text,name,actor", [
    ("nb", "– Vi gir mer, sier pressetalsperson Kari Testesen i Utenriksdepartementet til NTB.", "Kari Testesen", "NOR"),
    ("sv", "– Det blir svårt, säger Karl Testsson, biträdande chef på MSB.", "Karl Testsson", "SWE"),
    ("da", "– Det er alvorligt, siger Jens Testesen fra Udenrigsministeriet.", "Jens Testesen", "DNK"),
    ("nb", "– Dette er alvorlig, sier Ola Testmann i Amnesty.", "Ola Testmann", None),
])
def test_a_person_of_a_home_institution_acts_for_the_home_state(lang, text, name, actor):
    from utkikk import extract_text

    people = {p.name: p.actor for p in extract_text(text, lang=lang, published="2024-05-10").persons}
    assert name in people and people[name] == actor


@pytest.mark.parametrize("lang,text,written", [
    ("da", "Múte B. Egede afviser forslaget efter Donald Trumps kommentar om Grønland.", "Donald Trump"),
    ("sv", "FN ser president Donald Trumps besked som ogiltigt.", "Donald Trump"),
    ("nb", "Jens Stoltenbergs besøk i Kyiv ble holdt hemmelig.", "Jens Stoltenberg"),
])
def test_a_persons_genitive_is_written_without_its_ending(lang, text, written):
    """The person's name as written, less the genitive ending, even when that is the KB's name."""
    from utkikk import extract_text

    names = {p.name for p in extract_text(text, lang=lang, published="2019-08-20").persons}
    assert written in names and written + "s" not in names


# a title before a name the KB lacks: the person, its actor and the title with its rank, found
# from the words alone (no entity spans passed: the NER model may miss or mis-span the name)
TITLED = [
    ("nb", "Irans viseutenriksminister Ali Bagheri Kani avviste kravene.", "Ali Bagheri Kani", "IRN", "Deputy Foreign Minister"),
    ("nn", "Irans viseutanriksminister Ali Bagheri Kani avviste krava.", "Ali Bagheri Kani", "IRN", "Deputy Foreign Minister"),
    ("da", "Ruslands viceudenrigsminister Sergej Rjabkov kritiserede USA.", "Sergej Rjabkov", "RUS", "Deputy Foreign Minister"),
    ("sv", "Rysslands vice utrikesminister Sergej Rjabkov kritiserade USA.", "Sergej Rjabkov", "RUS", "Deputy Foreign Minister"),
    ("en", "Russian Deputy Foreign Minister Sergei Ryabkov criticised Washington.", "Sergei Ryabkov", "RUS", "Deputy Foreign Minister"),
    # a compound title names the office, the genitive before it whom the person acts for
    ("sv", "Palestiniernas FN-ambassadör Riyad Mansour anklagade USA.", "Riyad Mansour", "PSE", "Ambassador"),
    ("en", "Arab League Secretary-General Ahmed Aboul-Gheit praised the decision.", "Ahmed Aboul-Gheit", "ARABLEAGUE", "Secretary General"),
]


@pytest.mark.parametrize(("lang", "text", "name", "actor", "role"), TITLED, ids=[t[0] + "-" + t[2] for t in TITLED])
def test_title_gives_an_unknown_person(lang: str, text: str, name: str, actor: str, role: str) -> None:
    art = analyse(lang, text, "2023-05-01")
    p = person(art, name.split()[-1])
    assert (p.name, p.actor, p.role) == (name, actor, role)


@pytest.mark.parametrize(("lang", "text", "name", "actor"), [
    # the title set off by a comma
    ("nb", "Aserbajdsjans president, Ilham Alijev, sa før møtet i Moskva at landet vil forhandle.", "Ilham Alijev", "AZE"),
    # the state hosting an ambassador is not the one the ambassador acts for
    ("da", "Han har indkaldt Ruslands ambassadør i Danmark, Vladimir Barbin, til et møde i Udenrigsministeriet.",
     "Vladimir Barbin", "RUS"),
    # a clause after the name is no apposition: the place it names says nothing of the person
    ("nb", "Diplomaten Rob Macaire, ble lørdag pågrepet i Teheran.", "Rob Macaire", None),
    # a compound ending in a short head ("-sjef") is a title too
    ("nb", "FNs nødhjelpssjef Stephen O'Brien slo alarm.", "Stephen O'Brien", "UN"),
])
def test_role_phrases_around_a_name(lang: str, text: str, name: str, actor: str | None) -> None:
    art = analyse(lang, text, "2020-01-15", ents=[per(text, name)])
    assert person(art, name.split()[-1]).actor == actor


def test_what_the_article_says_of_a_person_holds_where_the_name_recurs() -> None:
    text = "Ali Bagheri Kani kom til Wien mandag. Irans viseutenriksminister Ali Bagheri Kani avviste kravene."
    name = "Ali Bagheri Kani"
    second = text.index(name, 1)
    art = analyse("nb", text, "2023-05-01", ents=[(0, len(name), "PER"), (second, second + len(name), "PER")])
    assert person(art, "Kani").actor == "IRN"
    assert sorted(m.start for m in art.mentions if m.person and m.code == "IRN") == [0, second]


def test_a_name_with_an_initial_after_a_title() -> None:
    text = "Noreg vil ikkje svare, seier pressetalsmann Frode O. Andersen i Utenriksdepartementet."
    art = analyse("nn", text, "2017-10-01")
    assert (person(art, "Andersen").name, person(art, "Andersen").actor) == ("Frode O. Andersen", "NOR")


# a spokesperson the KB lacks (Peskov himself is in the KB)
@pytest.mark.parametrize("lang, text", [
    ("nb", "Kreml reagerte med å varsle mottiltak mot Finland. Talsperson Aleksej Zajtsev sier at landet vil svare."),
    ("nn", "Kreml reagerte med å varsle mottiltak mot Finland. Talsperson Aleksej Zajtsev seier at landet vil svare."),
    ("da", "Kreml afviser enhver forbindelse til sagen. Talsmand Aleksej Zajtsev kalder beskyldningerne grundløse."),
    ("sv", "Kreml avvisar anklagelserna. Talespersonen Aleksej Zajtsev säger att landet beklagar det."),
])
def test_a_bare_title_opening_a_sentence_takes_the_actor_that_opens_the_sentence_before(lang: str, text: str) -> None:
    start = text.index("Aleksej Zajtsev")
    art = analyse(lang, text, "2023-04-04", [per(text, "Aleksej Zajtsev")])
    assert {p.name: p.actor for p in art.persons} == {"Aleksej Zajtsev": "RUS"}
    assert any(m.code == "RUS" and m.start == start for m in art.mentions)


@pytest.mark.parametrize("lang, text", [
    ("nb", "I går reagerte Kreml kraftig. Talsperson Aleksej Zajtsev sier at landet vil svare."),  # no subject actor
    ("da", "Talsmand Aleksej Zajtsev kalder beskyldningerne grundløse."),  # no sentence before
])
def test_no_actor_from_a_sentence_that_does_not_open_with_one(lang: str, text: str) -> None:
    art = analyse(lang, text, "2023-04-04", [per(text, "Aleksej Zajtsev")])
    assert {p.name: p.actor for p in art.persons} == {"Aleksej Zajtsev": None}


def test_a_title_the_model_takes_into_the_name_is_no_part_of_it() -> None:
    text = "Kreml afviser enhver forbindelse til sagen. Talsmand Aleksej Zajtsev kalder beskyldningerne grundløse."
    art = analyse("da", text, "2023-04-04", [per(text, "Talsmand Aleksej Zajtsev")])
    assert {p.name: p.actor for p in art.persons} == {"Aleksej Zajtsev": "RUS"}


# a generic name in the genitive ("Alliansens talsperson") stands for the actor already named
@pytest.mark.parametrize("lang, text", [
    ("nb", "NATO holder møte i Brussel. Alliansens talsperson Oana Lungescu sa at møtet varer to dager."),
    ("da", "NATO samles i Bruxelles. Alliancens talsperson Oana Lungescu sagde, at mødet varer to dage."),
])
def test_a_generic_name_in_the_genitive_before_a_title(lang: str, text: str) -> None:
    art = analyse(lang, text, "2019-02-13", [per(text, "Oana Lungescu")])
    assert person(art, "Lungescu").actor == "NATO"


# a person named in the genitive before a title: the title's holder serves the owner's actor
@pytest.mark.parametrize("lang, text, date, actor", [
    ("sv", "Recep Tayyip Erdoğan reste till Sotji. Erdoğans talesperson Ömer Çelikkaya sade att mötet var bra.",
     "2021-09-29", "TUR"),
    ("nb", "Vladimir Putin tok imot gjestene. Putins rådgiver Jurij Ponomarjov sa at samtalene var nyttige.",
     "2019-06-06", "RUS"),
])
def test_a_persons_genitive_before_a_title_gives_the_persons_actor(lang: str, text: str, date: str, actor: str) -> None:
    name = text.split("sade att")[0].split("sa at")[0].split()[-2:]
    art = analyse(lang, text, date, [per(text, " ".join(name))])
    assert person(art, name[-1]).actor == actor


def test_a_relative_in_the_persons_genitive_acts_for_no_one() -> None:
    text = "Vladimir Putin tok imot gjestene. Putins datter Marija Vorontsova var også til stede."
    art = analyse("nb", text, "2019-06-06", [per(text, "Marija Vorontsova")])
    assert person(art, "Vorontsova").actor is None


# an opposition leader holds no office of the state, whatever office the KB dates to the past
@pytest.mark.parametrize("lang, text, date, surname", [
    ("da", "Oppositionsleder Mogens Lykketoft kritiserede finansloven.", "2004-10-05", "Lykketoft"),
    ("sv", "Oppositionsledaren Carl Bildt krävde en ny budget.", "1995-03-01", "Bildt"),
    ("en", "The Belarusian opposition leader Sviatlana Tsikhanouskaya met the minister.", "2022-05-01", "Tsikhanouskaya"),
    ("nb", "Den hviterussiske opposisjonslederen Svetlana Tikhanovskaja møtte ministeren.", "2022-05-01", "Tikhanovskaja"),
])
def test_an_opposition_leader_acts_for_no_actor(lang: str, text: str, date: str, surname: str) -> None:
    name = next(w for w in text.split() if w == surname)
    first = text.split(name)[0].split()[-1]
    art = analyse(lang, text, date, [per(text, f"{first} {name}")])
    assert person(art, surname).actor is None


# a mediator acts for whoever sends them
@pytest.mark.parametrize("lang, text", [
    ("nn", "FNs fredsmeklar Staffan de Mistura møtte partane i Genève."),
    ("nb", "FNs fredsmekler Staffan de Mistura møtte partene i Genève."),
    ("sv", "FN:s medlare Staffan de Mistura träffade parterna i Genève."),
])
def test_a_mediator_acts_for_the_actor_that_sends_them(lang: str, text: str) -> None:
    art = analyse(lang, text, "2016-02-01", [per(text, "Staffan de Mistura")])
    assert person(art, "Mistura").actor == "UN"


def test_a_misspelt_later_mention_keeps_the_articles_spelling() -> None:
    text = "Georgias president Mikheil Saakasjvili møtte pressen i Tbilisi. – Vi gir oss aldri, sa Saakasjvili til reporterne."
    art = analyse("nb", text, "2008-08-14")
    assert person(art, "Saakasjvili").name == "Mikheil Saakasjvili"


# a name after the title of someone who acts for no state is a person even where the model misses it
@pytest.mark.parametrize("lang, text, name", [
    ("nb", "Forsker Kari M. Solheim ved NUPI tror konflikten vil vare.", "Kari M. Solheim"),
    ("nn", "Klimaforskar Ola Brekke seier at isen smeltar fort.", "Ola Brekke"),
    ("da", "Journalisten Mette Krogh rapporterede fra grænsen.", "Mette Krogh"),
    ("sv", "Statsvetaren Anna Lindqvist tror att valet blir jämnt.", "Anna Lindqvist"),
    ("en", "Analyst Peter Grant said the talks would fail.", "Peter Grant"),
])
def test_a_name_after_a_private_title_is_a_person_with_no_actor(lang: str, text: str, name: str) -> None:
    art = analyse(lang, text, "2015-06-01")
    assert {p.name: p.actor for p in art.persons} == {name: None}


# "<title> for <actor> NN": the actor after the preposition is the title's, a seat of power included
@pytest.mark.parametrize("lang, text, name, actor", [
    ("da", "Talsmand for Kreml Boris Orlov afviste kritikken.", "Boris Orlov", "RUS"),
    ("nb", "Talsmann for UNHCR Grete Lunde sa at leirene er fulle.", "Grete Lunde", "UNHCR"),
    ("en", "Spokesman for the Kremlin Boris Orlov denied the report.", "Boris Orlov", "RUS"),
])
def test_a_title_for_an_actor_before_the_name(lang: str, text: str, name: str, actor: str) -> None:
    art = analyse(lang, text, "2004-03-01", [per(text, name)])
    assert person(art, name.split()[-1]).actor == actor


def test_a_seat_of_power_the_model_reads_into_the_name_is_no_part_of_it() -> None:
    text = "Talsmand for Kreml Boris Orlov afviste kritikken."
    art = analyse("da", text, "2004-03-01", [per(text, "Kreml Boris Orlov")])
    assert {p.name: p.actor for p in art.persons} == {"Boris Orlov": "RUS"}


def test_a_bare_title_of_a_foreign_kb_person_takes_the_kb_actor_of_that_title() -> None:
    """Medvedev held no office in 1997; 'statsminister' before his name in a Norwegian text is no
    Norwegian office: the KB lists him as Russia's prime minister at another time."""
    art = analyse("nb", "Statsminister Dmitrij Medvedev sier at arbeidet fortsetter.", "1997-03-01")
    assert person(art, "Medvedev").actor == "RUS"
