"""Dates, bylines, titles, datelines and wire credits lifted out of article text."""

from __future__ import annotations

import pytest

from utkikk.ingest.byline import credited_agency, parse_lead
from utkikk.ingest.dates import iso_date, parse_date
from utkikk.ingest.media import lookup, outlet_name


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Torsdag, 09. november 2023 - 06:56", "2023-11-09"),
        ("27. november, 2024", "2024-11-27"),
        ("Tirsdag d. 4. april 2023, kl. 10.12", "2023-04-04"),
        ("Publicerad 18 maj 2022 kl 08.31", "2022-05-18"),
        ("Published: 24 February 2022", "2022-02-24"),
        ("12.03.2022 kl. 14:05", "2022-03-12"),
        ("Publisert 12.03.2022 kl. 14:05 Oppdatert 12.03.2022 kl. 15:10", "2022-03-12"),
        ("Updated February 25, 2022", "2022-02-25"),
        ("tysdag 3. mars 2020", "2020-03-03"),
        ("Opdateret 1. december 2021", "2021-12-01"),
    ],
)
def test_dated_byline_line(byline, expected):
    lead = parse_lead(f"{byline}\nRegjeringen har sendt en protestnote til ambassaden.\n")
    assert (lead.published, lead.precision) == (expected, "day")
    assert lead.text == "Regjeringen har sendt en protestnote til ambassaden."


def test_byline_running_on_into_text_on_first_line():
    lead = parse_lead("Torsdag, 09. november 2023 - 06:56 Regjeringen har sendt en protestnote.")
    assert lead.published == "2023-11-09" and lead.text == "Regjeringen har sendt en protestnote."


def test_date_opening_a_sentence_is_not_a_byline():
    text = "27. november 2024 vedtok Stortinget budsjettet.\n\nDet tok lang tid."
    lead = parse_lead(text)
    assert lead.published is None and lead.text == text


def test_date_token_month():
    lead = parse_lead("date 2017-10 SEOUL (VG) Statsministeren i Japan møtte generalsekretæren i Tokyo.")
    assert (lead.published, lead.precision) == ("2017-10", "month")
    assert (lead.outlet, lead.agency, lead.place) == ("VG", None, "SEOUL")
    assert lead.text == "Statsministeren i Japan møtte generalsekretæren i Tokyo."


def test_date_token_with_day_and_own_line():
    lead = parse_lead("date 2022-03-24\nNato-landene møttes i Brussel.")
    assert (lead.published, lead.precision) == ("2022-03-24", "day")
    assert lead.text == "Nato-landene møttes i Brussel."


def test_token_month_refined_by_matching_byline_day():
    lead = parse_lead("date 2023-11 Torsdag, 09. november 2023 - 06:56 OSLO (NTB): Regjeringen sier nei.")
    assert (lead.published, lead.precision, lead.agency) == ("2023-11-09", "day", "NTB")
    assert lead.text == "Regjeringen sier nei."


def test_token_wins_over_conflicting_byline():
    lead = parse_lead("date 2020-01\n12.03.2022\nTeksten.")
    assert (lead.published, lead.precision) == ("2020-01", "month")


def test_title_and_author_lines():
    text = ("Nordiske ministre samlet i Reykjavik\n"
            "Av Kari Nordmann og Per Hansen, NTB\n"
            "Publisert 12.03.2022 kl. 14:05\n\n"
            "Utenriksministrene fra de fem nordiske landene møttes fredag.\n\n"
            "De diskuterte blant annet Arktis.")
    lead = parse_lead(text)
    assert lead.title == "Nordiske ministre samlet i Reykjavik"
    assert lead.author == "Kari Nordmann og Per Hansen"
    assert lead.agency == "NTB" and lead.published == "2022-03-12"
    # the title stays in the text as its own paragraph; the author and byline lines go
    assert lead.text.startswith("Nordiske ministre samlet i Reykjavik\n\nUtenriksministrene fra de fem")


def test_english_byline_block():
    text = "By Jane Doe and John Roe\nPublished: 24 February 2022\n\nBRUSSELS (Reuters) - EU leaders met late on Thursday.\n"
    lead = parse_lead(text)
    assert (lead.author, lead.published, lead.agency, lead.place) == ("Jane Doe and John Roe", "2022-02-24", "Reuters", "BRUSSELS")
    assert lead.text == "EU leaders met late on Thursday."


def test_single_sentence_is_not_a_title():
    lead = parse_lead("Sverige ansöker om medlemskap")
    assert lead.title is None and lead.text == "Sverige ansöker om medlemskap"


def test_title_directly_followed_by_text_becomes_its_own_paragraph():
    lead = parse_lead("Sverige ansöker om medlemskap\nRegeringen fattade beslutet i dag.")
    assert lead.title == "Sverige ansöker om medlemskap"
    assert lead.text == "Sverige ansöker om medlemskap\n\nRegeringen fattade beslutet i dag."


def test_quote_line_is_not_a_title():
    text = "– Vi står sammen\n\nsa statsministeren."
    assert parse_lead(text).title is None


def test_not_plain_keeps_first_line():
    text = "Kort første linje\nResten av teksten kommer her."
    lead = parse_lead(text, plain=False)
    assert lead.title is None and lead.text == text


@pytest.mark.parametrize(
    ("text", "outlet", "agency", "place", "rest"),
    [
        ("SEOUL (VG) Teksten.", "VG", None, "SEOUL", "Teksten."),
        ("OSLO (NTB): Teksten.", None, "NTB", "OSLO", "Teksten."),
        ("KØBENHAVN (Ritzau): Teksten.", None, "Ritzau", "KØBENHAVN", "Teksten."),
        ("BRUSSELS (Reuters) - The text.", None, "Reuters", "BRUSSELS", "The text."),
        ("NEW YORK (CNN) — The text.", "CNN", None, "NEW YORK", "The text."),
        ("Oslo (NTB): Teksten.", None, "NTB", "Oslo", "Teksten."),
        ("STOCKHOLM (TT) Texten.", None, "TT", "STOCKHOLM", "Texten."),
        ("MOSKVA (NTB-Reuters): Teksten.", None, "NTB", "MOSKVA", "Teksten."),
        ("HELSINKI (Ritzau/AFP): Teksten.", None, "Ritzau", "HELSINKI", "Teksten."),
    ],
)
def test_datelines(text, outlet, agency, place, rest):
    lead = parse_lead(text, plain=False)
    assert (lead.outlet, lead.agency, lead.place, lead.text) == (outlet, agency, place, rest)


def test_parenthesis_that_is_no_medium_is_left_alone():
    text = "FN (De forente nasjoner) har innkalt til et hastemøte."
    lead = parse_lead(text, plain=False)
    assert lead.text == text and lead.outlet is None and lead.agency is None


@pytest.mark.parametrize(
    ("text", "lang", "agency"),
    [
        ("Regjeringen vil sende flere soldater, skriver NTB.", "nb", "NTB"),
        ("Angrepet skjedde natt til mandag, melder Reuters.", "nb", "Reuters"),
        ("Mindst ti mennesker er dræbt, ifølge nyhedsbureauet AFP.", "da", "AFP"),
        ("Förhandlingarna fortsätter i dag, uppger TT.", "sv", "TT"),
        ("The talks will resume next week, according to AP.", "en", "AP"),
        ("Det opplyser det statlige nyhetsbyrået KCNA.", "nb", "KCNA"),
        ("Raketten ble skutt opp fra vestkysten, ifølge Yonhap.", "nb", "Yonhap"),
        ("Hun ble intervjuet av Reuters i fjor.", "nb", None),
        ("Ifølge AP i Stortinget er saken avgjort.", "nb", None),  # AP = Arbeiderpartiet here
        ("Ifølge nyhetsbyrået AP er minst fem drept.", "nb", "AP"),
    ],
)
def test_wire_credits(text, lang, agency):
    assert credited_agency(text, lang) == agency


def test_credit_in_last_paragraph_wins():
    text = "Ifølge Reuters var det kamper.\n\nIfølge Reuters fortsatte de.\n\nDet var stille i natt, skriver NTB."
    assert credited_agency(text, "nb") == "NTB"


def test_bare_credit_line_at_the_end_is_cut():
    lead = parse_lead("Regjeringen sier nei til forslaget.\n\n(©NTB)\n", plain=True)
    assert lead.agency == "NTB" and lead.text == "Regjeringen sier nei til forslaget."


def test_media_lookup_and_outlet_names():
    assert lookup("NTB").kind == "agency"
    assert lookup("Norsk Telegrambyrå").code == "NTB"
    assert lookup("TV 2", "da").code == "TV2DK" and lookup("TV 2", "nb").code == "TV2NO"
    assert outlet_name("NRK Nyheter - Siste nytt") == "NRK"
    assert outlet_name("Aftenposten") == "Aftenposten"
    assert outlet_name("The Guardian - World news") == "The Guardian"
    assert outlet_name("  Lokalavisa   Nord ") == "Lokalavisa Nord"
    assert outlet_name(None) is None
    assert outlet_name("www.vg.no") == "VG" and outlet_name("https://www.dr.dk/nyheder") == "DR"
    assert outlet_name("nyheter.example.com") == "nyheter.example.com"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-03-12", ("2022-03-12", "day")),
        ("2022-03", ("2022-03", "month")),
        ("2022-03-12T10:00:00Z", ("2022-03-12", "day")),
        ("5. marts 2024", ("2024-03-05", "day")),
        ("mars 2020", ("2020-03", "month")),
        ("i går", None),
        ("yesterday", None),
        ("2022-13-01", None),
        ("", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_iso_date_rejects_prose():
    assert iso_date("sometime in 2022") is None


@pytest.mark.parametrize(("text", "published", "outlet"), [
    ("Skib under mistanke\nØresunds Avis – Onsdag d. 20. november 2024, kl. 12.58\nEt kinesisk skib ligger for anker.",
     "2024-11-20", "Øresunds Avis"),
    ("Resan ställs in\nSkånska Morgonkuriren · Publicerad 21 januari 2023 kl 20.40\nTurkiet ställer in besöket.",
     "2023-01-21", "Skånska Morgonkuriren"),
])
def test_byline_after_the_outlets_name(text, published, outlet):
    lead = parse_lead(text)
    assert (lead.published, lead.outlet) == (published, outlet)
    assert "Publicerad" not in lead.text and "Avis" not in lead.text


def test_a_headline_with_a_dash_is_no_outlet_byline():
    lead = parse_lead("Norge – Sverige 2-1\nKampen i Oslo var jevn.")
    assert lead.published is None and lead.outlet is None
