"""Office-holders before the 2010s (persons.yaml, "Heads of state and government ... 1945-2009").

Why: news and archives name leaders of the Cold War and the 1990s by surname alone ("Reagan",
"Krusjtsjov", "Annan"); the Phoenix import has many of them from 1990 on but never by surname, and
none before 1990. The sentences are our own, dated inside the person's term.
"""

from __future__ import annotations

import pytest

from utkikk.actors.recogniser import recognise_actors
from utkikk.record import Article


def _actors(lang: str, text: str, date: str | None) -> dict[str, str | None]:
    art = Article(doc="test", text=text, lang=lang, published=date)
    recognise_actors(art, [])
    return {p.name.split()[-1]: p.actor for p in art.persons}


@pytest.mark.parametrize("lang, text, date, expected", [
    ("en", "Reagan urged the Soviet leadership to tear down the wall in Berlin.", "1987-06-12",
     {"Reagan": "USA"}),
    ("nb", "Krusjtsjov gikk med på å trekke rakettene ut av Cuba.", "1962-10-28", {"Krusjtsjov": "SUN"}),
    ("nn", "Partane møttest i Genève, der Annan oppmoda dei om å halde fram med samtalane.", "2002-04-10",
     {"Annan": "UN"}),
    ("da", "Nyrup Rasmussen mødte Kohl i Bonn for at tale om Maastricht-traktaten.", "1993-03-01",
     {"Rasmussen": "DNK", "Kohl": "DEU"}),
    ("sv", "ElBaradei lämnade sin rapport om inspektionerna till säkerhetsrådet.", "2003-01-27",
     {"ElBaradei": "IAEA"}),
    ("en", "Blair and Clinton spoke by telephone about the inspectors in Iraq.", "1998-02-03",
     {"Blair": "GBR", "Clinton": "USA"}),
    ("nb", "Brundtland la fram regjeringens forslag om EU-medlemskap for Stortinget.", "1994-06-20",
     {"Brundtland": "NOR"}),
    ("sv", "Palme kritiserade bombningarna av Hanoi i ett tal i radio.", "1972-12-23", {"Palme": "SWE"}),
])
def test_surname_of_a_past_office_holder_in_office(lang: str, text: str, date: str,
                                                    expected: dict[str, str]) -> None:
    got = _actors(lang, text, date)
    for surname, actor in expected.items():
        assert got.get(surname) == actor, (surname, got)


def test_bush_father_and_son_by_date() -> None:
    text = "President Bush sa at USA ville stå sammen med de allierte."
    art = Article(doc="t", text=text, lang="nb", published="1990-08-10")
    recognise_actors(art, [])
    assert [p.name for p in art.persons] == ["George Bush"]
    art = Article(doc="t", text=text, lang="nb", published="2002-09-12")
    recognise_actors(art, [])
    assert [p.name for p in art.persons] == ["George W. Bush"]


def test_undated_text_takes_the_office_the_kb_lists() -> None:
    """A sentence with no date (a corpus sentence): the person's last office names the actor."""
    assert _actors("nn", "Stalin og Truman møttest i Potsdam sommaren etter krigen.", None) == {
        "Stalin": "SUN", "Truman": "USA"}


def test_common_word_surnames_are_not_listed_alone() -> None:
    """'Major', 'Ford', 'Eden' are words and first names too: only the full name finds the person."""
    from utkikk.actors.kb import load

    kb = load()
    for word in ("Major", "Ford", "Eden", "Brandt", "Schmidt", "Powell", "Schrøder"):
        assert not [p for p in kb.persons_named(word) if p.name in
                    {"John Major", "Gerald Ford", "Anthony Eden", "Willy Brandt", "Helmut Schmidt",
                     "Colin Powell", "Gerhard Schröder"}], word
    assert _actors("en", "John Major met the Irish prime minister in London.", "1993-12-15")["Major"] == "GBR"


@pytest.mark.parametrize(("lang", "text", "date", "surname", "actor", "role"), [
    ("da", "Talsmand Dmitrij Peskov kalder anklagerne fra Vesten grundløse.", "2023-04-01", "Peskov", "RUS",
     "Spokesperson"),
    ("nb", "Sakharova sa at Russland ville svare på utvisningene.", "2022-04-06", "Zakharova", "RUS", "Spokesperson"),
    ("sv", "Sullivan sade att samtalen med Kina hade varit konstruktiva.", "2023-05-11", "Sullivan", "USA",
     "National Security Advisor"),
    ("en", "Psaki told reporters that the sanctions would follow within days.", "2022-02-22", "Psaki", "USA",
     "Spokesperson"),
])
def test_spokespersons_and_advisers_speak_for_their_state(lang: str, text: str, date: str, surname: str,
                                                          actor: str, role: str) -> None:
    art = Article(doc="test", text=text, lang=lang, published=date)
    recognise_actors(art, [])
    hits = [p for p in art.persons if p.name.split()[-1] in (surname, "Sakharova")]
    assert [(p.actor, p.role) for p in hits] == [(actor, role)]


def test_national_security_adviser_title_binds_the_state() -> None:
    text = "USAs nasjonale sikkerhetsrådgiver Jake Sullivan møtte Kinas toppdiplomat i Wien."
    art = Article(doc="test", text=text, lang="nb", published="2023-05-11")
    recognise_actors(art, [])
    assert ("USAs", "role") in {(m.text, m.kind) for m in art.mentions}


def test_a_surname_that_is_a_common_word_opening_a_sentence_is_the_word() -> None:
    """'Annan' is Nynorsk for 'other': opening a sentence it is the word, elsewhere Kofi Annan."""
    assert _actors("nn", "Annan litteratur finst i biblioteket.", "2003-05-01") == {}
    assert _actors("nn", "Møtet med Annan var kort.", "2003-05-01") == {"Annan": "UN"}
    text = "Annan oppmoda partane om å halde fram med samtalane."
    art = Article(doc="test", text=text, lang="nn", published="2002-04-10")
    recognise_actors(art, [(0, 5, "PER")])  # the model read it as a name
    assert [(p.name, p.actor) for p in art.persons] == [("Kofi Annan", "UN")]


def test_a_surname_before_another_name_is_a_double_surname() -> None:
    """'Marianne Nordli Hansen' is no Nordli: a KB surname followed by a name is part of another name."""
    assert "Nordli" not in _actors("nn", "Marianne Nordli Hansen har forska på klassebakgrunn.", "2005-01-01")


@pytest.mark.parametrize("lang", ["nb", "nn", "da"])
def test_common_word_surnames_are_kb_surnames(lang: str) -> None:
    from utkikk.actors.kb import lang_data, load

    words = lang_data(lang, "names")["common_word_surnames"]
    kb = load()
    for w in words:
        assert " " not in w and w[:1].isupper(), (lang, w)
        assert kb.persons_named(w) or kb.persons_named(w.rstrip("s")), (lang, w)


def test_undated_text_takes_the_office_its_title_names() -> None:
    """Brundtland's last office is the WHO's; 'statsminister Brundtland' in an undated sentence is Norway's."""
    assert _actors("nn", "Den gongen var statsminister Gro Harlem Brundtland på veg til Mosjøen.", None) == {
        "Brundtland": "NOR"}
    # with no title, the home press's own politician is taken in her office at home
    assert _actors("nb", "Gro Harlem Brundtland la fram saken.", None) == {"Brundtland": "NOR"}
    # English has no home press: the latest office the KB lists
    assert _actors("en", "Gro Harlem Brundtland led the fight against the epidemic.", None) == {"Brundtland": "WHO"}


def test_another_person_of_the_surname_opening_a_sentence() -> None:
    """The model reads "Rocky Sullivan" as one name: a film character, not Jake Sullivan."""
    text = "Rocky Sullivan vender tilbage til Chicago efter femten år."
    art = Article(doc="test", text=text, lang="da", published="2023-03-01")
    recognise_actors(art, [(0, 14, "PER")])
    assert [(p.name, p.actor) for p in art.persons] == [("Rocky Sullivan", None)]


# dated offices of the 1990s and 2000s: Israel's foreign ministers, the US ambassadors to the UN,
# the Soviet Union's last year; a bare title in the home press yields to the KB's dated office
@pytest.mark.parametrize("lang, text, date, expected", [
    ("da", "Udenrigsminister Shimon Peres rejste til Kairo.", "1994-02-09", {"Peres": "ISR"}),
    ("nb", "Utenriksminister David Levy møtte pressen.", "1991-03-12", {"Levy": "ISR"}),
    ("sv", "Utrikesminister Ariel Sharon reste till Washington.", "1999-01-20", {"Sharon": "ISR"}),
    ("en", "Nikki Haley told the Security Council that patience had run out.", "2017-11-29", {"Haley": "USA"}),
    ("en", "Susan Rice voted for the resolution.", "2011-03-17", {"Rice": "USA"}),
    ("nn", "Richard Holbrooke kom til Beograd for nye samtalar.", "1995-08-30", {"Holbrooke": "USA"}),
    ("en", "Gennady Yanayev signed the decree.", "1991-08-19", {"Yanayev": "SUN"}),
])
def test_dated_offices_of_the_nineties_and_two_thousands(lang: str, text: str, date: str, expected: dict) -> None:
    assert _actors(lang, text, date) == expected


@pytest.mark.parametrize("lang, text, date, expected", [
    ("nn", "Statsminister Vladimir Putin lova å halde fram.", "1999-10-01", {"Putin": "RUS"}),
    ("da", "Premierminister Sergej Stepasjin besøgte Dagestan.", "1999-06-15", {"Stepasjin": "RUS"}),
])
def test_russias_prime_ministers_of_the_late_nineties(lang: str, text: str, date: str, expected: dict) -> None:
    assert _actors(lang, text, date) == expected
