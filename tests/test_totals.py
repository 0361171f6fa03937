"""Totals (guide §3, §6): cues, parts and changes, breakdowns and restatements, on sentences
written like the releases each rule serves (named from `../shared/corpus/` beside the cases)."""
from decimal import Decimal

import pytest

from pipeline.ingest import document_from_text
from pipeline.label import label_amounts
from pipeline.label.breakdowns import matches
from pipeline.parse import find_amounts


def totals(markdown: str) -> list[bool]:
    doc = document_from_text("t", "t.md", markdown, "md")
    return [r.is_total for r in label_amounts(doc, find_amounts(doc))]


def body(text: str) -> list[bool]:
    return totals(f"# Satsningar\n\n{text}")


@pytest.mark.parametrize("sentence, expected", [
    # A cue on the subject, however far from the figure (state-portfolio and Ukraine-aid
    # releases: g0vse 2024/06 johan-forssell-i-berlin-stodet-till-ukraina-okar, 2024/12
    # regeringen-ger-ytterligare-110-miljoner-kronor-till-grain-from-ukraine).
    ("Sveriges sammanlagda stöd till Ukraina sedan invasionen uppgår till 40 miljarder kronor.", [True]),
    ("Det totala strategibeloppet för perioden 2020–2024 kommer att uppgå till 2 100 miljoner kronor.",
     [True]),
    ("Det samlade resultatet för fonderna, som fungerar som en buffert, uppgick till 90 miljarder kronor.",
     [True]),
    # The guide's added cues (defence releases: g0vse 2025/01 nya-stridsvagnar-och-renoverade-
    # stridsfordon; portfolio releases: g0vse 2023/06 stabil-utveckling-for-den-statliga-bolagsportfoljen).
    ("Avtalen är i sin helhet värda cirka 12 miljarder kronor.", [True]),
    ("Tillsammans med fastighetssektorn summeras ökningen till knappt 50 miljarder kronor.", [True]),
    # A change of the sum passes the cue on to the sum (fund statistics: fonderdirekt 2019-12-10
    # fondbolagens-förening-sparare-köpte-aktiefonder-i-november, 2019-05-10 …-aktiefonder-dominerade).
    ("Den samlade fondförmögenheten ökade med 60 miljarder kronor och uppgick till 4 900 miljarder kronor.",
     [False, True]),
    # So does a change in percent (fonderdirekt 2019-05-09 guld-etf-första-nordamerikanska-
    # nettoutflödet…; g0vse 2025 state portfolio: "minskade med 8,7 procent … och uppgick till").
    ("Den totala förmögenheten i fonderna minskade med 4 procent under året, till 80 miljarder dollar.", [True]),
    # A cue that describes something else is spent on it (insider trades; guide §6).
    ("Totalt handlar det om 12,5 miljoner aktier som såldes till kursen 1,40 kronor.", [False]),
    ("Fonden äger sammanlagt 187.791 andelar, värda 3 miljoner kronor.", [False]),
    # Unless the money restates that figure.
    ("Innehaven minskade med sammantaget 5 procent motsvarande drygt 2,2 miljarder kronor.", [True]),
    # A cue before "av" names the whole of which the figure is a part.
    ("Av den samlade budgeten går 20 miljoner kronor till forskning.", [False]),
    ("Av totalt 50 miljoner kronor går 20 miljoner kronor till forskning.", [True, False]),
    # A cue word as a verb (charity releases: mynewsdesk 2014-12-11 …-faar-10-miljoner-…).
    ("Under året har vi samlat in mer än tre miljoner kronor.", [False]),
    # A part is no total.
    ("Fonden förvaltar totalt 30 miljarder kronor, varav 12 miljarder kronor i aktier.", [True, False]),
    # The same money in another currency is a total too.
    ("Fonden har totalt 20,5 miljarder dollar, motsvarande 198 miljarder kronor, i åtaganden.",
     [True, True]),
    # A cue in another clause says nothing of the figure.
    ("Den totala kostnaden är okänd, men regeringen avsätter 5 miljoner kronor.", [False]),
])
def test_a_cue_makes_the_first_figure_after_it_a_sum(sentence, expected):
    assert body(sentence) == expected


def test_a_restatement_is_a_total_only_for_the_same_years():
    found = body("Statsbidraget ska tillföras 6 miljoner kronor för 2026 och därmed uppgå till totalt "
                 "10 miljoner kronor. Statsbidraget beräknas även uppgå till 10 miljoner kronor per år "
                 "både 2027 och 2028.")
    assert found == [False, True, False]


def test_a_title_restating_a_total_is_one():
    assert totals("# Två miljarder kronor till regionerna\n\nRegeringen avsätter totalt två miljarder "
                  "kronor till regionerna.") == [True, True]


@pytest.mark.parametrize("markdown, expected", [
    # Figures of another scale make up no total (medicine-cost releases: g0vse 2025/03
    # regeringen-presenterar-uppdaterat-hogkostnadsskydd).
    ("# Läkemedel\n\nFörmånen minskas med 540 miljoner kronor. Högkostnadsskyddet sänks från 2 000 "
     "kronor till 1 450 kronor. Patientens kostnad blir 7 117 kronor, 3 800 kronor eller 900 kronor "
     "per år. Egenavgifterna ökar med 540 miljoner kronor för 2025 och 2 160 miljoner kronor för 2026.",
     [False] * 8),
    # Sentences in two paragraphs are no breakdown of a sentence's figure (share-issue news:
    # fonderdirekt 2019-03-22 handelsbanken-fonder-ökar-cantargia-ägande-i-riktad-emission).
    ("# Emission\n\nEmissionen tillför bolaget 106 miljoner kronor.\n\n"
     "Bland tecknarna finns Alecta (76,5 miljoner kronor) och Jesem (13,5 miljoner kronor).\n\n"
     "Sedan tidigare äger fonden aktier för 16,1 miljoner kronor.", [False, False, False, False]),
    # A title sums up the whole release, over paragraphs.
    ("# Hundra miljoner till IOM\n\nRegeringen ger 60 miljoner kronor i projektstöd.\n\n"
     "Kärnstödet halveras från 80 till 40 miljoner kronor.", [True, False, False, False]),
    # A title's money is broken down further on past a bigger sum the release also names and a
    # price per thing (aid and health-care releases: g0vse 2025/03 sverige-ger-300-miljoner-
    # kronor-i-humanitart-stod-till-gaza, 2025/03 regeringen-satsar-497-miljoner-…-vardkoerna,
    # 2023/04 275-miljoner-kronor-for-okat-stod-…-neuropsykiatriska-…).
    ("# Regeringen satsar 300 miljoner på vårdköerna\n\nTotalt avsätts 4 miljarder kronor till "
     "vården, varav ett fast belopp om 50 miljoner kronor per region.\n\n"
     "## Fördelningen\n\nTill vårdgarantin går 120 miljoner kronor.\n\n"
     "Till fler operationer går 180 miljoner kronor.",
     [True, True, False, False, False]),
    # Money per year makes up money per year, unwritten on the items.
    ("# Skolan\n\nStödet höjs med 90 miljoner kronor per år.\n\n"
     "* Läromedel 60 miljoner kronor\n* Bibliotek 30 miljoner kronor", [True, False, False]),
])
def test_breakdowns_are_money_of_one_kind_in_one_place(markdown, expected):
    assert totals(markdown) == expected


def test_a_column_with_its_own_sum_row_is_no_breakdown_of_twice_that_sum():
    found = totals("# Kurser\n\nFör 2025 beräknas 60 miljoner kronor.\n\n"
                   "| Lärosäte | Mkr |\n| --- | --- |\n| Uppsala | 20 |\n| Lund | 10 |\n| Totalt | 30 |\n")
    assert found == [False, False, False, True]


@pytest.mark.parametrize("total", ["Infinity", "1E+30"])
def test_an_infinite_or_absurd_value_never_matches(total):
    assert not matches(Decimal(total), [Decimal(total), Decimal(0)])
