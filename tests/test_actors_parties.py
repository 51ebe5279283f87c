"""Politicians of the home state named by party, committee or parliament (lang/<code>/parties.yaml).

Why: the Nordic press names its members of parliament by party and committee, not by a title the
knowledge base could list ("Senterpartiets talsmann NN", "medlem av finanskomiteen, NN (H)"), and
they act for the home state in its legislature. A party tag alone is no such cue (local papers tag
their councillors the same way), and a local office or a former title rules it out. The people in
these sentences are made up; the parties and committees are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from utkikk.actors.recogniser import recognise_actors
from utkikk.record import Article

LANG = Path(__file__).resolve().parents[1] / "src" / "utkikk" / "lang"


def _person(lang: str, text: str, name: str):
    start = text.index(name)
    art = Article(doc="test", text=text, lang=lang, published="2024-03-05")
    recognise_actors(art, [(start, start + len(name), "PER")])
    hits = [p for p in art.persons if p.name == name]
    assert hits, art.persons
    return art, hits[0]


@pytest.mark.parametrize(("lang", "text", "name", "actor"), [
    ("nb", "Senterpartiets landbrukspolitiske talsmann Ola Nordbø ba regjeringen om svar.", "Ola Nordbø", "NOR"),
    ("nb", "Frp-talsperson Kari Lunde krevde en redegjørelse om beredskapen i nord.", "Kari Lunde", "NOR"),
    ("nb", "Ap-representant i finanskomiteen Lise Dahl ba om en ny behandling.", "Lise Dahl", "NOR"),
    ("nb", "Også medlem av finanskomiteen, Per Eikeland (H), stilte spørsmål om budsjettet.", "Per Eikeland", "NOR"),
    ("nn", "Høgre-representant i justiskomiteen Arne Vik vil ha svar frå statsråden.", "Arne Vik", "NOR"),
    ("nn", "Nestleiar i Kristeleg Folkeparti, Sigrid Fjell, meiner forslaget kjem for seint.", "Sigrid Fjell", "NOR"),
    ("da", "Radikale Venstres gruppeformand Ida Holm kritiserede aftalen om forsvaret.", "Ida Holm", "DNK"),
    ("da", "Anne Bach, næstformand i forsvarsudvalget, vil kalde ministeren i samråd.", "Anne Bach", "DNK"),
    ("sv", "Det är fel väg att gå, säger Eva Strand, utrikespolitisk talesperson för Vänsterpartiet.",
     "Eva Strand", "SWE"),
    ("sv", "Centerpartiets gruppledare Maria Björk kritiserade förslaget om gränskontroller.", "Maria Björk", "SWE"),
])
def test_party_politician_acts_for_the_home_state(lang: str, text: str, name: str, actor: str) -> None:
    art, p = _person(lang, text, name)
    assert (p.actor, p.role) == (actor, "Member of Parliament")
    assert [m.sector for m in art.mentions if m.person == name] == ["LEG"]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("nb", "Per Eikeland (H) mener skolen i bygda trenger flere lærere.", "Per Eikeland"),  # a tag alone
    ("nb", "Ordfører Siri Dahl (Ap) åpnet den nye brua over elva.", "Siri Dahl"),
    ("nb", "Tidligere SV-politiker Lars Moe mener partiet har glemt miljøet.", "Lars Moe"),
    ("nn", "Tinn-ordførar Guro Haug (Sp) opna møtet om den nye vegen.", "Guro Haug"),
    # "representant" alone is as often a councillor; a local party is local
    ("nn", "Ap-representant Liv Moe ville ha klare svar frå rådmannen.", "Liv Moe"),
    ("nn", "Frå Senterpartiet kom nestleiar i fylkespartiet, Odd Brekke.", "Odd Brekke"),
    ("da", "Borgmester Jens Lund (V) indviede den nye skole i byen.", "Jens Lund"),
    ("da", "Aarhus Kommunes socialudvalg, Ole Bak, godkendte planen.", "Ole Bak"),
    ("sv", "Kommunalrådet Nils Ek (S) invigde det nya badhuset.", "Nils Ek"),
])
def test_local_or_former_politician_acts_for_no_state(lang: str, text: str, name: str) -> None:
    assert _person(lang, text, name)[1].actor is None


def test_role_in_a_foreign_parliament_is_that_state() -> None:
    """A Norwegian paper on a Danish member: the institution names the state, not the home press."""
    text = "De konservatives talsperson på Folketinget, Henrik Lund, undrer seg over avlysningen."
    assert _person("nb", text, "Henrik Lund")[1].actor == "DNK"


def test_english_has_no_home_parties() -> None:
    text = "Labour spokesman John Smith criticised the plan."
    assert _person("en", text, "John Smith")[1].actor is None


@pytest.mark.parametrize("lang", ["nb", "nn", "da", "sv"])
def test_parties_file_per_home_press_language(lang: str) -> None:
    data = yaml.safe_load((LANG / lang / "parties.yaml").read_text(encoding="utf-8"))
    for key in ("names", "tags", "roles", "committee_stems", "committee_heads", "local"):
        assert data.get(key), (lang, key)
        assert len(set(data[key])) == len(data[key]), (lang, key, "duplicates")
    assert all(n[:1].isupper() for n in data["names"]), lang
    assert not set(map(str.lower, data["roles"])) & set(map(str.lower, data["local"])), lang


def test_role_in_a_foreign_parliament_with_a_longer_apposition() -> None:
    text = ("Venstres talsperson på Folketinget for Færøyene og tidligere fiskeriminister, Mads Bundgaard, "
            "undrer seg over avgjørelsen.")
    assert _person("nb", text, "Mads Bundgaard")[1].actor == "DNK"


# -- heads of the home state's agencies (roles.yaml home_agencies, agency_heads) ----------------------

@pytest.mark.parametrize(("lang", "text", "name", "actor", "sector"), [
    ("nb", "PST-sjef Kari Holm orienterte justiskomiteen om trusselbildet.", "Kari Holm", "NOR", "SPY"),
    ("nb", "PST sjef Kari Holm la fram den årlige trusselvurderingen.", "Kari Holm", "NOR", "SPY"),
    ("nn", "Kripos-sjef Olav Tveit stadfesta at saka er under etterforsking.", "Olav Tveit", "NOR", "COP"),
    ("da", "PET-chef Lars Holm advarede om en skærpet trussel mod Danmark.", "Lars Holm", "DNK", "SPY"),
    ("sv", "Säpochefen Anders Lind varnade för ryska påverkansförsök.", "Anders Lind", "SWE", "SPY"),
    ("sv", "MSB:s generaldirektör Eva Berg talade om beredskapen inför vintern.", "Eva Berg", "SWE", "GOV"),
])
def test_head_of_a_home_agency_acts_for_the_home_state(lang: str, text: str, name: str, actor: str,
                                                      sector: str) -> None:
    art, p = _person(lang, text, name)
    assert p.actor == actor
    assert [m.sector for m in art.mentions if m.person == name] == [sector]


@pytest.mark.parametrize("lang", ["nb", "nn", "da", "sv"])
def test_home_agencies_name_a_sector(lang: str) -> None:
    from utkikk.record import SECTORS

    data = yaml.safe_load((LANG / lang / "roles.yaml").read_text(encoding="utf-8"))
    assert data["agency_heads"]
    assert set(data["home_agencies"].values()) <= set(SECTORS), lang


def test_a_phrase_after_and_is_no_apposition_of_the_name_before() -> None:
    """", og leiar i Noregs Mållag NN": the title and its actor belong to the person named after it."""
    text = "Framlegget vart rost av styreleiar i rådet, Ida Dahl, og leiar i Noregs Mållag Hege Nes."
    assert _person("nn", text, "Ida Dahl")[1].actor is None


def test_a_committee_in_a_passage_about_another_state_is_that_states() -> None:
    text = ("Senatet i USA stemte over helsereformen. Til slutt stemte en av senatorene i finanskomiteen, "
            "Mary Stone, med demokratene.")
    assert _person("nb", text, "Mary Stone")[1].actor != "NOR"
