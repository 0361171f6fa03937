"""Comparison figures (annotation guide §3 `is_previous`): an earlier level or an earlier
period's figure, from the structure around it and never from one word alone."""
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from pipeline.document import Block, Document
from pipeline.ingest import document_from_text
from pipeline.label import label_amounts
from pipeline.label.context import units_of
from pipeline.label.earlier_periods import compares_periods
from pipeline.label.previous import previous_of
from pipeline.lang.sv import comparisons
from pipeline.parse import Amount, find_amounts


def previous(markdown: str) -> list[tuple[str, bool]]:
    doc = document_from_text("t", "t.md", markdown, "md")
    return [(r.text, r.is_previous) for r in label_amounts(doc, find_amounts(doc))]


def sentence(text: str) -> list[tuple[str, bool]]:
    return previous(f"# Rapport\n\n{text}")


@pytest.mark.parametrize("text, expected", [
    # The prior-period figure in brackets, inside the amount.
    ("Omsättningen ökade och uppgick till 512,4 (433,9) miljarder kronor.",
     [("512,4 (433,9) miljarder kronor", False), ("433,9", True)]),
    # The prior-period bracket after the period it compares.
    ("Rörelseresultatet blev 212 miljoner kronor för det andra kvartalet (187), väntat 240.",
     [("212 miljoner kronor", False), ("187", True), ("240", False)]),
    ("Bolaget omsatte 1 340 Mkr under perioden (1 120) och växte i alla regioner.",
     [("1 340 Mkr", False), ("1 120", True)]),
    ("Styrelsen föreslår en utdelning om 4,25 kronor per aktie (3,75) för räkenskapsåret.",
     [("4,25 kronor", False), ("3,75", True)]),
    # The old level of a change.
    ("Anslaget höjs från 37 till 51,9 miljarder kronor.",
     [("37", True), ("51,9 miljarder kronor", False)]),
    ("Taket för avdraget ska höjas från 50 000 kronor till 75 000 kronor per person.",
     [("50 000 kronor", True), ("75 000 kronor", False)]),
    ("Avgiften höjs till 2 100 kronor per månad i stället för 1 325 kronor.",
     [("2 100 kronor", False), ("1 325 kronor", True)]),
    ("Nettovärdet steg till 1.270 dollar från 1.250 dollar under kvartalet.",
     [("1.270 dollar", False), ("1.250 dollar", True)]),
    # The earlier level in brackets.
    ("Kortet höjs till 550 kronor per barn (tidigare 500 kr).",
     [("550 kronor", False), ("500 kr", True)]),
    ("Stödet är nu 52 miljoner kronor, jämfört med 2019 då stödet var 40 miljoner kronor.",
     [("52 miljoner kronor", False), ("40 miljoner kronor", True)]),
    ("Bidraget höjs till 600 kronor per månad, tidigare 500 kronor.",
     [("600 kronor", False), ("500 kronor", True)]),
    ("Resultatet blev 52 miljoner kronor (2023: 40 miljoner kronor).",
     [("52 miljoner kronor", False), ("40 miljoner kronor", True)]),
    # interim reports label the bracket, written out or abbreviated
    ("Nettoomsättningen uppgick till 18,4 MSEK (fg år: 15,2).", [("18,4 MSEK", False), ("15,2", True)]),
    ("Kassaflödet var 3,9 MSEK (f.å. 2,4) i kvartalet.", [("3,9 MSEK", False), ("2,4", True)]),
    # Last year's figure beside this year's.
    ("Intäkterna steg till 1,42 miljarder dollar, att jämföra med 1,12 miljarder dollar samma "
     "period året innan.", [("1,42 miljarder dollar", False), ("1,12 miljarder dollar", True)]),
    ("Vinsten blev 3,9 miljoner euro (2,9 miljoner euro samma period 2017).",
     [("3,9 miljoner euro", False), ("2,9 miljoner euro", True)]),
    ("Substansvärdet var 371 kronor per aktie. Det kan jämföras med 388 kronor per aktie vid "
     "årsskiftet.", [("371 kronor", False), ("388 kronor", True)]),
    ("Substansvärdet per aktie var 164 kronor, jämfört med 151 kronor vid årets ingång.",
     [("164 kronor", False), ("151 kronor", True)]),
    ("Under motsvarande period i fjol var rörelseresultatet 170 miljoner kronor.",
     [("170 miljoner kronor", True)]),
    ("Kassaflödet blev 2,2 miljoner euro, upp från 2,1 miljoner euro motsvarande 0,026 euro per andel.",
     [("2,2 miljoner euro", False), ("2,1 miljoner euro", True), ("0,026 euro", True)]),
    # The level of an earlier year, changed in the next sentence.
    ("2024 gav regeringen ett stöd om 49,5 miljoner kronor till projektet. I år höjs stödet till "
     "80 miljoner kronor.", [("49,5 miljoner kronor", True), ("80 miljoner kronor", False)]),
    ("Nettoinflödet blev 41,3 miljarder euro i det andra kvartalet, att jämföra med 37 miljarder "
     "euro i det första kvartalet.", [("41,3 miljarder euro", False), ("37 miljarder euro", True)]),
    ("Fonderna fick inflöden om 86 miljarder dollar i juli, näst högsta någonsin efter "
     "rekordinflödet om 92 miljarder dollar i juni.",
     [("86 miljarder dollar", False), ("92 miljarder dollar", True)]),
    ("Avdraget höjs från 6,50 respektive 9,50 till 12 kronor per mil.",
     [("6,50", True), ("9,50", True), ("12 kronor", False)]),
    ("Aktien har backat från nivåer kring 140 kronor i våras till 108 kronor.",
     [("140 kronor", True), ("108 kronor", False)]),
    ("Patienten betalar upp till 2 000 kronor, jämfört med dagens gräns på 1 450 kronor, efter "
     "förändringen.", [("2 000 kronor", False), ("1 450 kronor", True)]),
    # Today's level after the compared figure, in a sentence that changes it.
    ("Hyran höjs till 5 200 kronor i månaden, jämfört med 4 900 kronor i dag.",
     [("5 200 kronor", False), ("4 900 kronor", True)]),
    ("Bidraget sänks till 800 kronor mot 950 kronor för närvarande.",
     [("800 kronor", False), ("950 kronor", True)]),
    # Interim reports abbreviating the year before, or naming it or an earlier moment in the
    # bracket.
    ("Rörelseresultatet blev 7,4 Mkr (fg år: 5,9 Mkr).", [("7,4 Mkr", False), ("5,9 Mkr", True)]),
    ("Nettoomsättningen uppgick till 61 Mkr (föreg. år 54 Mkr).", [("61 Mkr", False), ("54 Mkr", True)]),
    ("Årets resultat blev 18 Mkr (fjolåret: 11 Mkr).", [("18 Mkr", False), ("11 Mkr", True)]),
    ("Resultatet blev 18 Mkr (helåret 2023: 11 Mkr).", [("18 Mkr", False), ("11 Mkr", True)]),
    ("Substansvärdet var 212 kronor per aktie (198 kronor vid årets början).",
     [("212 kronor", False), ("198 kronor", True)]),
    # Interim reports: the same period or the year before, in a bracket, after a comma, after
    # the figure or opening the sentence after.
    ("Rörelseresultatet blev 48 Mkr (motsvarande period föregående år: 31 Mkr).",
     [("48 Mkr", False), ("31 Mkr", True)]),
    ("Rörelseresultatet blev 48 Mkr (under samma period i fjol 31 Mkr).",
     [("48 Mkr", False), ("31 Mkr", True)]),
    ("Nettoomsättningen uppgick till 412 Mkr, föregående år 377 Mkr.",
     [("412 Mkr", False), ("377 Mkr", True)]),
    ("Nettoomsättningen uppgick till 412 Mkr, medan den var 377 Mkr året innan.",
     [("412 Mkr", False), ("377 Mkr", True)]),
    ("Nettoomsättningen uppgick till 412 Mkr. Ett år tidigare låg nettoomsättningen på 377 Mkr.",
     [("412 Mkr", False), ("377 Mkr", True)]),
    ("Rörelseresultatet blev 48 Mkr, en ökning med 17 Mkr från fjolårets 31 Mkr.",
     [("48 Mkr", False), ("17 Mkr", False), ("31 Mkr", True)]),
    # Today's level, named with its verb, in a sentence or paragraph that changes it.
    ("Avgiften, som i dag är 400 kronor, höjs till 450 kronor.",
     [("400 kronor", True), ("450 kronor", False)]),
    ("Bidraget fördubblas. I dag är bidraget 3 000 kronor per elev.", [("3 000 kronor", True)]),
    ("Satsningen är en utökning från nuvarande nivå som uppgår till 2,5 miljoner kronor under 2025.",
     [("2,5 miljoner kronor", True)]),
])
def test_comparison_figures(text, expected):
    assert sentence(text) == expected


@pytest.mark.parametrize("text", [
    # A comparison with an expectation, another thing, or no time at all.
    "Omsättningen blev 4 008 miljoner kronor, jämfört med analytikernas konsensus på 3 815 miljoner kronor.",
    "Omsättningen var 60 miljarder dollar, jämfört med 15 miljarder dollar för Hongkongbörsen.",
    # A forecast, money granted earlier that still stands, a range.
    "Kostnaderna väntas öka till 500 miljoner kronor nästa år.",
    "Regeringen har tidigare avsatt 5 miljoner kronor till myggbekämpningen.",
    "Stödet blir mellan 2 och 3 miljarder kronor.",
    # Last year as the year a release reports on.
    "AP-fonderna redovisade en avkastning om -4,7 miljarder kronor i fjol.",
    "I fjol fick föreningarna 12 miljoner kronor i stöd.",
    # Today's level in a paragraph that changes nothing.
    "Fonden förvaltar i dag 6,5 miljarder kronor åt sina andelsägare.",
    "Ett månadskort kostar 790 kronor, jämfört med 1 100 kronor i dag för ett kort i grannlänet.",
    "Avgiften är i dag 400 kronor per besök.",
    # Money of different years, all for the future; a change by an amount is no level.
    "Regeringen avsätter 20 miljoner kronor för 2026 och 40 miljoner kronor för 2027.",
    "Anslaget ökar med 20 miljoner kronor 2025. 2026 höjs anslaget till 500 miljoner kronor.",
    # Two tranches of one programme, in two months.
    "Satsningen genomfördes i två steg: 497 miljoner kronor i februari och 507,5 miljoner kronor i juni.",
    # A compared figure and a clause about a time to come.
    "Budet är 11 dollar per aktie, att jämföra med ett pris på 6 dollar när affären slutförs.",
    # Two different things compared, at no other time.
    "Budet är värt 126 kronor per aktie, jämfört med 194 kronor per preferensaktie.",
])
def test_not_comparison_figures(text):
    assert not any(flag for _, flag in sentence(text))


def test_a_forecast_named_in_the_bracket_is_no_earlier_figure():
    assert sentence("Resultatet blev 18 Mkr (prognos 2025: 24 Mkr).") == [("18 Mkr", False), ("24 Mkr", False)]


# Common report and release forms of a comparison figure beside the figure that counts, each
# checked against the labeller as written.
COMMON_FORMS = [
    ("Rörelseresultatet blev 34 MSEK (f.å. 28 MSEK).",
     [("34 MSEK", False), ("28 MSEK", True)]),
    ("Nettoomsättningen ökade till 500 Mkr jämfört med 450 Mkr föregående år.",
     [("500 Mkr", False), ("450 Mkr", True)]),
    ("Omsättningen landade på 420 miljoner kronor, upp från 300 miljoner kronor i fjol.",
     [("420 miljoner kronor", False), ("300 miljoner kronor", True)]),
    ("Rörelseresultatet uppgick till 250 Mkr mot 200 Mkr året innan.",
     [("250 Mkr", False), ("200 Mkr", True)]),
    ("Resultatet efter skatt blev 4,1 miljoner kronor. Föregående år var motsvarande siffra 3,4 "
     "miljoner kronor.",
     [("4,1 miljoner kronor", False), ("3,4 miljoner kronor", True)]),
    ("Rörelseresultatet uppgick till 52 Mkr (2023: 45 Mkr).",
     [("52 Mkr", False), ("45 Mkr", True)]),
    ("Omsättningen blev 1,5 miljarder kronor 2023, att jämföra med 1,2 miljarder kronor 2022.",
     [("1,5 miljarder kronor", False), ("1,2 miljarder kronor", True)]),
    ("Under 2023 betalades 22 miljoner kronor ut, vilket kan ställas mot 15 miljoner kronor under 2022.",
     [("22 miljoner kronor", False), ("15 miljoner kronor", True)]),
    ("Regeringen höjer ramen till 100 miljoner kronor, en höjning från tidigare 80 miljoner kronor.",
     [("100 miljoner kronor", False), ("80 miljoner kronor", True)]),
    ("Årets insamling gav 12 miljoner kronor, jämfört med förra årets 10 miljoner kronor.",
     [("12 miljoner kronor", False), ("10 miljoner kronor", True)]),
    ("Nettoomsättningen uppgick till 812 Mkr (744 Mkr).",
     [("812 Mkr", False), ("744 Mkr", True)]),
    ("Vinsten per aktie blev 3,20 kronor (2,85).",
     [("3,20 kronor", False), ("2,85", True)]),
    ("Kostnaderna minskade från 95 Mkr till 80 Mkr.",
     [("95 Mkr", True), ("80 Mkr", False)]),
    ("Priset sänks från 1 200 kronor till 990 kronor.",
     [("1 200 kronor", True), ("990 kronor", False)]),
    ("Intäkterna ökade till 64 miljoner kronor från 51 miljoner kronor året innan.",
     [("64 miljoner kronor", False), ("51 miljoner kronor", True)]),
    ("Omsättningen uppgick till 310 Mkr jämfört med 280 Mkr under motsvarande period föregående år.",
     [("310 Mkr", False), ("280 Mkr", True)]),
    ("Resultatet blev 18 miljoner kronor, att jämföra med 12 miljoner kronor samma period i fjol.",
     [("18 miljoner kronor", False), ("12 miljoner kronor", True)]),
    ("Bidraget blir 1 500 kronor per månad (tidigare 1 250 kronor).",
     [("1 500 kronor", False), ("1 250 kronor", True)]),
    ("Kassaflödet uppgick till 45 Mkr (38 Mkr föregående år).",
     [("45 Mkr", False), ("38 Mkr", True)]),
    ("Omsättningen ökade med 12 procent till 2,4 miljarder kronor (2,1 miljarder kronor).",
     [("2,4 miljarder kronor", False), ("2,1 miljarder kronor", True)]),
    ("Rörelseresultatet förbättrades till 35 Mkr jämfört med 22 Mkr under 2022.",
     [("35 Mkr", False), ("22 Mkr", True)]),
    ("Försäljningen var 140 Mkr, vilket är en ökning jämfört med fjolårets 120 Mkr.",
     [("140 Mkr", False), ("120 Mkr", True)]),
    ("Under fjärde kvartalet uppgick intäkterna till 88 Mkr, mot 71 Mkr under fjärde kvartalet 2022.",
     [("88 Mkr", False), ("71 Mkr", True)]),
    ("Föregående år uppgick resultatet till 9 miljoner kronor.",
     [("9 miljoner kronor", True)]),
    ("Resultatet före skatt ökade till 14,2 Mkr (11,8).",
     [("14,2 Mkr", False), ("11,8", True)]),
    ("Årets anslag är 300 miljoner kronor, att jämföra med 250 miljoner kronor förra året.",
     [("300 miljoner kronor", False), ("250 miljoner kronor", True)]),
    ("Bolagets nettoomsättning steg till 95 MSEK, upp från 78 MSEK 2022.",
     [("95 MSEK", False), ("78 MSEK", True)]),
    ("Skatten sänks till 2 kronor per liter, jämfört med tidigare 3 kronor per liter.",
     [("2 kronor", False), ("3 kronor", True)]),
    ("Omsättningen blev 2,3 miljarder kronor, i fjol 2,0 miljarder kronor.",
     [("2,3 miljarder kronor", False), ("2,0 miljarder kronor", True)]),
    ("Rörelseresultatet minskade till 12 Mkr, jämfört med 19 Mkr för ett år sedan.",
     [("12 Mkr", False), ("19 Mkr", True)]),
    ("Utdelningen föreslås bli 2,50 kronor per aktie, att jämföra med 2,00 kronor per aktie föregående år.",
     [("2,50 kronor", False), ("2,00 kronor", True)]),
    ("Resultatet landade på 7 MSEK, vilket kan jämföras med 5 MSEK året innan.",
     [("7 MSEK", False), ("5 MSEK", True)]),
    ("Omsättningen uppgick till 120 Mkr (45,3 Mkr för motsvarande period 2022).",
     [("120 Mkr", False), ("45,3 Mkr", True)]),
    ("Omsättningen för helåret uppgick till 120 Mkr (föregående år 100 Mkr).",
     [("120 Mkr", False), ("100 Mkr", True)]),
    ("Omsättningen uppgick till 120 Mkr (föregående år: 100 Mkr).",
     [("120 Mkr", False), ("100 Mkr", True)]),
    ("Rörelseresultatet var -3,2 MSEK (-4,1).",
     [("-3,2 MSEK", False), ("-4,1", True)]),
    ("Nettoomsättningen uppgick till 12,5 MSEK (9,8 MSEK) för perioden januari–mars.",
     [("12,5 MSEK", False), ("9,8 MSEK", True)]),
    ("Stödet blir 10 miljoner kronor, upp från förra årets 8 miljoner kronor.",
     [("10 miljoner kronor", False), ("8 miljoner kronor", True)]),
    ("Hittills i år har 30 Mkr betalats ut, jämfört med 25 Mkr vid samma tidpunkt i fjol.",
     [("30 Mkr", False), ("25 Mkr", True)]),
    ("Hittills i år har 30 Mkr betalats ut, jämfört med 25 Mkr motsvarande period förra året.",
     [("30 Mkr", False), ("25 Mkr", True)]),
    ("Försäljningen blev 90 Mkr mot fjolårets 75 Mkr.",
     [("90 Mkr", False), ("75 Mkr", True)]),
    ("Summan är 10 miljoner kronor högre än förra årets 40 miljoner kronor.",
     [("10 miljoner kronor", False), ("40 miljoner kronor", True)]),
    ("Omsättningen uppgick till 340 Mkr (helår 2022: 300 Mkr).",
     [("340 Mkr", False), ("300 Mkr", True)]),
    ("Omsättningen var 450 Mkr. Året dessförinnan var summan 380 Mkr.",
     [("450 Mkr", False), ("380 Mkr", True)]),
    ("Resultatet blev 22 Mkr (17 Mkr motsvarande period föregående år).",
     [("22 Mkr", False), ("17 Mkr", True)]),
    ("Anslaget ökar från 2 miljarder kronor 2024 till 2,5 miljarder kronor 2025.",
     [("2 miljarder kronor", True), ("2,5 miljarder kronor", False)]),
    ("Resultatet försämrades till 5 Mkr, jämfört med 9 Mkr för motsvarande kvartal 2022.",
     [("5 Mkr", False), ("9 Mkr", True)]),
    ("Vinsten uppgick till 3,1 miljarder kronor under andra kvartalet, jämfört med 2,7 miljarder "
     "kronor under andra kvartalet i fjol.",
     [("3,1 miljarder kronor", False), ("2,7 miljarder kronor", True)]),
    ("Kostnaden per elev blev 110 000 kronor, en minskning från 2021 då den var 118 000 kronor.",
     [("110 000 kronor", False), ("118 000 kronor", True)]),
    ("Omsättningen 2023 var 1,8 miljarder kronor jämfört med 1,6 miljarder kronor 2022.",
     [("1,8 miljarder kronor", False), ("1,6 miljarder kronor", True)]),
    ("Nettoresultatet blev 48 MSEK (förra året 39 MSEK).",
     [("48 MSEK", False), ("39 MSEK", True)]),
    ("Nettoresultatet blev 48 MSEK (året innan 39 MSEK).",
     [("48 MSEK", False), ("39 MSEK", True)]),
    ("Nettoresultatet blev 48 MSEK, att jämföras med föregående års 39 MSEK.",
     [("48 MSEK", False), ("39 MSEK", True)]),
    ("Stödet uppgår i år till 50 miljoner kronor, vilket är en höjning från 35 miljoner kronor 2023.",
     [("50 miljoner kronor", False), ("35 miljoner kronor", True)]),
    ("Omsättningen blev 45 Mkr (Q3 2022: 38 Mkr).",
     [("45 Mkr", False), ("38 Mkr", True)]),
    ("Nettoinflödet blev 3,2 miljarder kronor i mars, jämfört med 1,8 miljarder kronor i februari.",
     [("3,2 miljarder kronor", False), ("1,8 miljarder kronor", True)]),
    ("Förvaltat kapital uppgick till 12 miljarder kronor vid kvartalets slut, jämfört med 10 "
     "miljarder kronor vid årsskiftet.",
     [("12 miljarder kronor", False), ("10 miljarder kronor", True)]),
    ("Kursen steg till 98 kronor, från 91 kronor dagen innan.",
     [("98 kronor", False), ("91 kronor", True)]),
    ("Det är en ökning från 40 miljoner kronor till 55 miljoner kronor.",
     [("40 miljoner kronor", True), ("55 miljoner kronor", False)]),
    ("Ersättningen har ökat från 8 000 kronor 2020 till 10 000 kronor i år.",
     [("8 000 kronor", True), ("10 000 kronor", False)]),
    ("Stödet uppgick till 250 miljoner kronor, vilket är en fördubbling jämfört med 125 miljoner "
     "kronor 2021.",
     [("250 miljoner kronor", False), ("125 miljoner kronor", True)]),
    ("Bolaget redovisade en nettoomsättning om 36,1 MSEK, en ökning med 24 procent från 29,1 MSEK.",
     [("36,1 MSEK", False), ("29,1 MSEK", True)]),
    ("Vinsten steg till 1,1 miljarder kronor, från 900 miljoner kronor ett år tidigare.",
     [("1,1 miljarder kronor", False), ("900 miljoner kronor", True)]),
    ("Fondens värde var 2,4 miljarder kronor, jämfört med 2,1 miljarder kronor för ett år sedan.",
     [("2,4 miljarder kronor", False), ("2,1 miljarder kronor", True)]),
    ("Utdelningen höjs till 5 kronor per aktie, från 4,50 kronor föregående år.",
     [("5 kronor", False), ("4,50 kronor", True)]),
    ("Anslaget för 2024 är 1,3 miljarder kronor, jämfört med 1,1 miljarder kronor för 2023.",
     [("1,3 miljarder kronor", False), ("1,1 miljarder kronor", True)]),
    ("Nettoflödet landade på minus 2 miljarder kronor, mot plus 1 miljard kronor månaden innan.",
     [("minus 2 miljarder kronor", False), ("1 miljard kronor", True)]),
    ("Substansvärdet per aktie ökade till 250 kronor (230).",
     [("250 kronor", False), ("230", True)]),
    ("EBITDA blev 14,8 MSEK (11,2 MSEK), motsvarande en marginal om 12 procent.",
     [("14,8 MSEK", False), ("11,2 MSEK", True)]),
    ("Nettoomsättningen för perioden uppgick till 98,4 MSEK (87,0 MSEK) och rörelseresultatet till "
     "7,1 MSEK (5,3 MSEK).",
     [("98,4 MSEK", False), ("87,0 MSEK", True), ("7,1 MSEK", False), ("5,3 MSEK", True)]),
    ("Omsättningen uppgick till 240 Mkr, vilket var lägre än föregående års 260 Mkr.",
     [("240 Mkr", False), ("260 Mkr", True)]),
    ("Hyresintäkterna uppgick till 52 miljoner euro jämfört med 49 miljoner euro under motsvarande period.",
     [("52 miljoner euro", False), ("49 miljoner euro", True)]),
]

# Common forms of a second figure that compares nothing earlier: a change by an amount, two
# recipients, a forecast, an expectation, a schedule, a range, money granted that stands.
COMMON_NON_COMPARISONS = [
    "Omsättningen ökade till 500 Mkr, en ökning med 50 Mkr.",
    "Stockholms stad får 20 miljoner kronor och Göteborgs stad 15 miljoner kronor.",
    "Bolaget räknar med en omsättning på 600 Mkr nästa år, jämfört med 520 Mkr i år.",
    "Regeringen avsätter 40 miljoner kronor 2025 och 60 miljoner kronor 2026.",
    "Kommunen får 5 miljoner kronor i år, samma belopp som landstinget får, 5 miljoner kronor.",
    "Resultatet väntas bli 30 Mkr, jämfört med analytikernas förväntningar på 28 Mkr.",
    "Stödet uppgår till mellan 10 och 20 miljoner kronor.",
    "Bolaget får en order värd 40 Mkr, jämfört med en tidigare order från samma kund.",
    "Förra året fick Uppsala 3 miljoner kronor och i år får Lund 3 miljoner kronor.",
    "Regeringen avsatte 100 miljoner kronor i fjol till forskningen, och pengarna används nu.",
    "Detta år betalas 7 miljoner kronor ut, 2 miljoner kronor mer än året innan.",
]


@pytest.mark.parametrize("text, expected", COMMON_FORMS)
def test_common_forms_of_a_comparison_figure(text, expected):
    assert sentence(text) == expected


@pytest.mark.parametrize("text", COMMON_NON_COMPARISONS)
def test_common_forms_that_compare_nothing_earlier(text):
    assert not any(flag for _, flag in sentence(text))


# Structures fewer than two releases of the corpus write with money: left to a rule until more do.
KNOWN_MISSES = [
    # A level named as the one before, then the level now.
    ("Stödet, som tidigare var 10 miljoner kronor, blir nu 14 miljoner kronor.",
     [("10 miljoner kronor", True), ("14 miljoner kronor", False)]),
    # Last year's level opening the sentence after this year's.
    ("Intäkterna blev 15 miljoner kronor. Förra året var intäkterna 12 miljoner kronor.",
     [("15 miljoner kronor", False), ("12 miljoner kronor", True)]),
    # Today's level as the subject's attribute, before its change.
    ("Taket på 50 000 kronor per år höjs till 75 000 kronor.",
     [("50 000 kronor", True), ("75 000 kronor", False)]),
    # A compared earlier month with its figure right after "då", no words between
    # (one release: fonderdirekt:2020-04-22-fonder-rekordutflöden-från-europeiska-fonder-i-mars).
    ("Utflödet blev 80 miljarder euro i mars, att jämföra med den svagaste månaden under krisen "
     "2008 då 50 miljarder euro togs ut.",
     [("80 miljarder euro", False), ("50 miljarder euro", True)]),
    # A closing price compared with, named at length and with "strax över" before it (one
    # release: fonderdirekt:2020-07-17-nordea-fonder-potential-på-nära-200-i-millicom-förvaltare).
    ("Riktkursen 50 dollar kan ställas mot fredagens stängningskurs på börsen i New York på "
     "strax över 20 dollar.",
     [("50 dollar", False), ("20 dollar", True)]),
    # Last year's figure in a sentence of its own, opened by the year or a "motsvarande" noun
    # (no corpus release writes "Förra året var/delades", "Motsvarande siffra/belopp … var" or
    # "Tidigare var" before an earlier figure).
    ("Förra året var omsättningen 210 Mkr och i år väntas den nå 260 Mkr.",
     [("210 Mkr", True), ("260 Mkr", False)]),
    ("I år delas 5 miljoner kronor ut. Förra året delades 4 miljoner kronor ut.",
     [("5 miljoner kronor", False), ("4 miljoner kronor", True)]),
    ("Omsättningen blev 56 Mkr. Motsvarande siffra för 2022 var 48 Mkr.",
     [("56 Mkr", False), ("48 Mkr", True)]),
    ("Omsättningen blev 56 Mkr. Motsvarande belopp föregående år var 48 Mkr.",
     [("56 Mkr", False), ("48 Mkr", True)]),
    ("Resultatet blev 10 Mkr. Motsvarande belopp i fjol var 8 Mkr.",
     [("10 Mkr", False), ("8 Mkr", True)]),
    ("Resultatet blev 10 Mkr. Under 2022 var motsvarande belopp 8 Mkr.",
     [("10 Mkr", False), ("8 Mkr", True)]),
    ("Ersättningen höjs till 800 kronor per dag. Tidigare var ersättningen 650 kronor per dag.",
     [("800 kronor", False), ("650 kronor", True)]),
    # Last year's and this year's figures in one clause, or last year's as an aside (none in the
    # corpus).
    ("Föreningen fick 2 miljoner kronor i fjol och får 3 miljoner kronor i år.",
     [("2 miljoner kronor", True), ("3 miljoner kronor", False)]),
    ("Under fjolåret uppgick stödet till 45 miljoner kronor och i år till 60 miljoner kronor.",
     [("45 miljoner kronor", True), ("60 miljoner kronor", False)]),
    ("Bidraget, som i fjol var 3 000 kronor, höjs till 4 000 kronor.",
     [("3 000 kronor", True), ("4 000 kronor", False)]),
    # A bracket naming a range of months with its year, or the financial year after the figure
    # (none in the corpus).
    ("Omsättningen uppgick till 120 Mkr (jan–sep 2022: 98 Mkr).",
     [("120 Mkr", False), ("98 Mkr", True)]),
    ("Omsättningen ökade till 700 Mkr (610 Mkr föregående räkenskapsår).",
     [("700 Mkr", False), ("610 Mkr", True)]),
    # An earlier year's level as "2022 års nivå", "2024 års 500 miljoner" (none in the corpus).
    ("Intäkterna minskade till 30 Mkr, från 2022 års nivå på 40 Mkr.",
     [("30 Mkr", False), ("40 Mkr", True)]),
    ("I budgetpropositionen för 2025 föreslås 600 miljoner kronor, vilket är 100 miljoner kronor mer "
     "än 2024 års 500 miljoner kronor.",
     [("600 miljoner kronor", False), ("100 miljoner kronor", False), ("500 miljoner kronor", True)]),
    # An earlier year compared, then ", då" and its figure (no corpus release; a named record
    # year is read, as `EARLIER_PERIODS` shows), or "sedan 2015 då" (none).
    ("Omsättningen var 450 Mkr. Jämfört med 2022, då omsättningen var 400 Mkr, är det en ökning.",
     [("450 Mkr", False), ("400 Mkr", True)]),
    ("Intäkterna blev 60 Mkr, en ökning med 20 procent från 2022, då intäkterna var 50 Mkr.",
     [("60 Mkr", False), ("50 Mkr", True)]),
    ("Resultatet blev 4,2 Mkr sämre än föregående år, då resultatet var 9,1 Mkr.",
     [("4,2 Mkr", False), ("9,1 Mkr", True)]),
    ("Inflödet om 4 miljarder dollar är det största sedan 2015 då 6 miljarder dollar flödade in.",
     [("4 miljarder dollar", False), ("6 miljarder dollar", True)]),
    # The month before after "efter", and "i början av året" after a compared figure (none in
    # the corpus).
    ("Fonden fick in 500 miljoner kronor under oktober, efter 300 miljoner kronor i september.",
     [("500 miljoner kronor", False), ("300 miljoner kronor", True)]),
    ("Aktien handlades på 145 kronor i dag, att jämföra med 130 kronor i början av året.",
     [("145 kronor", False), ("130 kronor", True)]),
]


@pytest.mark.xfail(strict=True, reason="fewer than two corpus releases write these with money; a rule waits for two")
@pytest.mark.parametrize("text, expected", KNOWN_MISSES)
def test_known_misses(text, expected):
    assert sentence(text) == expected


# Releases on a period of their own (a month, a quarter, a year) that give an earlier period's
# figure beside it (as the monthly and quarterly fund-flow news do), and the cases that give an
# earlier period's figure for no comparison.
EARLIER_PERIODS = [
    # The prior month beside the month the release reports on.
    ("# Fondflöden i augusti\n\nSparare satte in 7,2 miljarder kronor netto i räntefonder i "
     "augusti. Under juli noterades nettoinsättningar om 4,1 miljarder kronor.",
     [("7,2 miljarder kronor", False), ("4,1 miljarder kronor", True)]),
    # The prior quarter, and the quarter's own figure in the next sentence.
    ("# Obligationsfonder andra kvartalet\n\nUnder första kvartalet togs 3,2 miljarder euro ut "
     "ur fonderna. Men under andra kvartalet vände flödet till ett inflöde på 12 miljarder euro.",
     [("3,2 miljarder euro", True), ("12 miljarder euro", False)]),
    ("# Fastighetsfonden i fjärde kvartalet\n\nFonden delar ut 1,9 miljoner euro för det fjärde "
     "kvartalet. För det tredje kvartalet delades 1,7 miljoner euro ut till andelsägarna.",
     [("1,9 miljoner euro", False), ("1,7 miljoner euro", True)]),
    # An earlier month, far back, in a sentence that compares it.
    ("# Räntefonder\n\nRäntefonderna fick inflöden om 20 miljarder dollar i augusti. De har ändå "
     "en bit kvar innan de återhämtar sig från utflödet om 80 miljarder dollar i mars.",
     [("20 miljarder dollar", False), ("80 miljarder dollar", True)]),
    # An earlier year compared, its figure named by a range of months of that year.
    ("# Indexfonder 2021\n\nUnder januari–september 2018 kom 1,5 miljarder euro in, att jämföra "
     "med 2021 på 2,2 miljarder euro.", [("1,5 miljarder euro", True), ("2,2 miljarder euro", False)]),
    # The known record, of an earlier year, beside the release's year.
    ("# Fondsparandet 2023\n\nSparandet blev 60 miljarder kronor 2023, långt under rekordnivån "
     "2021, då 150 miljarder kronor sattes in.",
     [("60 miljarder kronor", False), ("150 miljarder kronor", True)]),
    # An earlier month a comparison opening the sentence names.
    ("# Utflöden i mars\n\nUtflödena blev 200 miljarder euro i mars. Om man jämför med oktober "
     "2008 var utflödena 50 miljarder euro.",
     [("200 miljarder euro", False), ("50 miljarder euro", True)]),
    # A level of the financial year before, compared with today's price.
    ("# Bokslutet\n\nBolaget redovisade sitt bokslut för räkenskapsåret 2023/2024.\n\nAktien stängde "
     "på 98 kronor, i närheten av den högsta kursen hittills på 104 kronor från i oktober 2022.",
     [("98 kronor", False), ("104 kronor", True)]),
]

NOT_EARLIER_PERIODS = [
    # An earlier month's event, compared with nothing.
    "# Fondbolaget i juli\n\nFonden investerade 80 miljoner euro i juli. I april köpte fonden "
    "aktier för 250 miljoner euro.",
    # A plan announced in an earlier month.
    "# Bolaget i juni\n\nBolaget tog in 300 miljoner dollar i juni. I maj meddelade bolaget att "
    "det avser ta in ytterligare 2 miljarder dollar.",
    # A release on the months since September: October is one of them.
    "# Stora uttag sedan september\n\nI oktober togs 3,6 miljarder kronor ut, det största uttaget "
    "hittills. Uttagen fortsatte i november, men uppgick då till 736 miljoner kronor.",
    # A release on the years since a month: the quarter of its latest year is one of them.
    "# Störst sedan juni 2016\n\nUtflödet blev 18 miljarder euro i mars 2019. Under det första "
    "kvartalet 2019 togs 40 miljarder euro ut, jämfört med inflöden tidigare år.",
    # The title's month is the release's, whatever month its lead looks ahead to.
    "# Guldet steg i juni\n\nRäntan kan sänkas redan i juli. I slutet av juni var priset 1 400 "
    "dollar per uns, den högsta nivån på flera år.",
    # A figure called a record is the release's own.
    "# Fonderna i november\n\nFonden steg i november. Branschen fick inflöden på fem miljarder "
    "kronor under oktober, vilket är en rekordnotering.",
    # Two months' flows of a release with no period of its own, in a list.
    "# Fonderna\n\nFonden fick in 300 miljoner kronor i maj och 200 miljoner kronor i juni.",
]


@pytest.mark.parametrize("markdown, expected", EARLIER_PERIODS)
def test_an_earlier_period_beside_the_release_period(markdown, expected):
    assert previous(markdown) == expected


@pytest.mark.parametrize("markdown", NOT_EARLIER_PERIODS)
def test_an_earlier_period_for_no_comparison(markdown):
    assert not any(flag for _, flag in previous(markdown))


@pytest.mark.parametrize("text, expected", [
    # Money given before, raised to a new level the release states.
    ("Regeringen har sedan tidigare avsatt 3 miljoner kronor för tillsynen. Nu tillförs ytterligare "
     "2 miljoner kronor, och stödet uppgår därmed till totalt 5 miljoner kronor.",
     [("3 miljoner kronor", True), ("2 miljoner kronor", False), ("5 miljoner kronor", False)]),
    ("Sverige har hittills gett 40 miljoner kronor till fonden och ger nu ytterligare 60 miljoner "
     "kronor. Stödet uppgår därmed till 100 miljoner kronor.",
     [("40 miljoner kronor", True), ("60 miljoner kronor", False), ("100 miljoner kronor", False)]),
    # A comparison with an earlier time and a clause about it.
    ("Resultatet blev 12 miljoner kronor, att jämföra med samma period föregående år då resultatet "
     "var +30 miljoner kronor.", [("12 miljoner kronor", False), ("30 miljoner kronor", True)]),
    ("Stödet för 2025 är 40 miljoner kronor, en ökning från föregående år då stödet låg på 25 "
     "miljoner kronor.", [("40 miljoner kronor", False), ("25 miljoner kronor", True)]),
    # Two levels of a change, the change written long before them.
    ("Regeringen vill höja det särskilda bidraget, för personer med vissa sjukdomar som behöver "
     "förebyggande vård, från 600 kronor till 900 kronor per halvår.",
     [("600 kronor", True), ("900 kronor", False)]),
    # A level of now or before, then the change it went through.
    ("Under 2021 omsatte bedrägerierna 400 miljoner kronor, en siffra som ökat till 520 miljoner "
     "kronor under 2023.", [("400 miljoner kronor", True), ("520 miljoner kronor", False)]),
    ("Anslaget är 30 miljoner kronor i år och ökar nästa år till 36 miljoner kronor.",
     [("30 miljoner kronor", True), ("36 miljoner kronor", False)]),
    # A compared figure and a clause about the past moment it is from.
    ("Substansvärdet är 150 euro per aktie, att jämföra med kursen 68 euro där aktien köptes in.",
     [("150 euro", False), ("68 euro", True)]),
    # The record of before, named as such.
    ("Utflödena blev 12 miljarder euro. Den tidigare toppnoteringen för utflöden uppgick till "
     "8 miljarder euro.", [("12 miljarder euro", False), ("8 miljarder euro", True)]),
    # The close before a bid, named by its weekday.
    ("Budet på 95 kronor per aktie innebär en premie om 30 procent mot måndagens stängningskurs "
     "om 73 kronor.", [("95 kronor", False), ("73 kronor", True)]),
    ("Budet är 190 dollar per aktie, en premie mot de 117 dollar aktien stängde på i fredags.",
     [("190 dollar", False), ("117 dollar", True)]),
])
def test_an_earlier_level_the_release_changes(text, expected):
    assert sentence(text) == expected


@pytest.mark.parametrize("text", [
    # Money granted earlier that still stands: topped up with no new level, or for a year of its own.
    "Regeringen har sedan tidigare avsatt 20 miljoner kronor per år till uppdraget och föreslår nu "
    "att ytterligare 10 miljoner kronor avsätts per år.",
    "Regeringen har tidigare beslutat att 4 miljoner kronor får användas under 2024. Nu tillförs "
    "ytterligare 4 miljoner kronor, så att stödet uppgår till 8 miljoner kronor.",
    "Energimyndigheten har tidigare beviljat 90 miljoner kronor till projektet.",
    # A schedule of future levels is no change of an earlier one.
    "Grundnivån uppgår till 150 000 kronor 2025 och höjs till 300 000 kronor 2026.",
])
def test_money_granted_earlier_that_still_stands(text):
    assert not any(flag for _, flag in sentence(text))


def test_a_bare_figure_in_brackets_after_a_whole_amount():
    """"4 008 miljoner kronor (4 086)": the bracket borrows the amount's unit (the parser reads
    it so; here the amounts are given)."""
    text = "Omsättningen sjönk till 4 008 miljoner kronor (4 086), väntat 3 815."
    doc = Document("t", "t.txt", "", text, blocks=(Block("paragraph", 0, len(text)),))
    figures = [("4 008 miljoner kronor", Decimal("4008000000")), ("4 086", Decimal("4086000000")),
               ("3 815", Decimal("3815000000"))]
    amounts = []
    for written, value in figures:
        start = text.index(written)
        amounts.append(Amount(start, start + len(written), written, value, None, "SEK"))
    assert previous_of(doc, amounts, units_of(doc, amounts), [(None, None)] * 3).previous == (False, True, False)


def test_a_prior_period_bracket_that_writes_its_unit_again():
    """Interim reports write the unit again in the bracket as often as they leave it out; a
    bracket in another unit or of the same value states the figure again, and one in another
    currency converts it."""
    assert sentence("Nettoomsättningen ökade till 14,6 MSEK (11,9 MSEK) och rörelseresultatet "
                    "till 2,3 Mkr (1,7 Mkr).") == [
        ("14,6 MSEK", False), ("11,9 MSEK", True), ("2,3 Mkr", False), ("1,7 Mkr", True)]
    assert not any(flag for _, flag in sentence(
        "Anslaget är 1,5 miljarder kronor (1 500 miljoner kronor) och bidraget 3 miljoner euro "
        "(33 miljoner kronor)."))
    # A signed figure, and a bracket that writes the scale alone.
    assert sentence("Periodens resultat blev -6,2 Mkr (-9,4 Mkr) och orderstocken 2,8 "
                    "miljarder kronor (2,5 miljarder).") == [
        ("-6,2 Mkr", False), ("-9,4 Mkr", True), ("2,8 miljarder kronor", False),
        ("2,5 miljarder", True)]
    assert not any(flag for _, flag in sentence(
        "Ramen är 2 miljarder kronor (2 miljarder) och lånet 40 miljoner kronor (varav 10 miljoner)."))


def test_todays_level_in_a_release_about_changing_it():
    markdown = ("# Höjt tak för avdraget\n\nDet ska jämföras med dagens regler där taket är 50 000 "
                "kronor.")
    assert previous(markdown) == [("50 000 kronor", True)]


def test_a_level_that_has_stood_in_a_release_about_changing_it():
    markdown = ("# Ökat stöd till landsbygdsbutiker\n\nStödet har i många år uppgått till 12 "
                "miljoner kronor per år. Nu tillförs ytterligare 8 miljoner kronor per år.")
    assert previous(markdown) == [("12 miljoner kronor", True), ("8 miljoner kronor", False)]
    # With no change, a level that has stood is just the level.
    assert not any(flag for _, flag in previous(
        "# Landsbygdsbutiker\n\nStödet har i många år uppgått till 12 miljoner kronor per år."))


def test_a_table_column_of_an_earlier_period():
    markdown = """# Delårsrapport

Resultat i sammandrag (miljoner kronor):

| Post | 2020 | 2019 |
|---|---|---|
| Nettoomsättning | 5 414 | 5 615 |
| Rörelseresultat | -2 700 | 4 960 |
"""
    assert previous(markdown) == [("5 414", False), ("5 615", True), ("-2 700", False), ("4 960", True)]


def test_a_table_column_of_the_level_before_a_change():
    markdown = """# Höjda ersättningar

Beloppen (kronor per månad):

| Ersättning | Tidigare | Från 1 juli 2025 |
|---|---|---|
| Grundnivå | 7 500 | 8 000 |
"""
    assert previous(markdown) == [("7 500", True), ("8 000", False)]


NEWSWIRE_PREVIEW = """Nordhamn väntas redovisa 112 miljoner kronor i rörelseresultat i andra kvartalet

Verkstadsbolaget Nordhamn lämnar på torsdag rapport för det andra kvartalet.

(miljoner kronor)      Q2-21, prognos  Antal estimat  Rapporterat i fjol
Nettoomsättning        1 480           4              1 210
Rörelseresultat        112             4              64


Utfall och förväntningar vid de senaste rapporterna:


Period Rapportdatum Rörelseresultat utfall Konsensus inför rapport Avvikelse, %
Q1-21  2021-04-23   98                     90                      8,9
Q4-20  2021-02-05   121                    104                     16,3
Q3-20  2020-10-22   77                     81                      -4,9
"""


def test_a_table_row_of_an_earlier_period():
    # The past reports a row per quarter, latest first: their outcomes are earlier periods'
    # figures, the consensus they were compared with is no figure of any period.
    doc = document_from_text("t", "t.txt", NEWSWIRE_PREVIEW, "txt")
    rows = [(r.text, r.is_previous) for r in label_amounts(doc, find_amounts(doc))]
    assert rows[-6:] == [("98", True), ("90", False), ("121", True), ("104", False),
                         ("77", True), ("81", False)]
    # The forecast for the release's own quarter and its outcome a year before, by column.
    assert rows[1:5] == [("1 480", False), ("1 210", True), ("112", False), ("64", True)]


def test_a_table_row_of_the_release_period_is_its_own():
    markdown = """# Rörelseresultatet i tredje kvartalet 2021

Resultat per kvartal (miljoner kronor):

| Kvartal | Rörelseresultat |
|---|---|
| Q3-21 | 140 |
| Q2-21 | 112 |
"""
    assert previous(markdown) == [("140", False), ("112", True)]


def test_budget_years_run_forward_down_a_table_too():
    markdown = """# Stöd till civilsamhället 2024

Stödet per år (miljoner kronor):

| År | Belopp |
|---|---|
| 2023 | 40 |
| 2024 | 60 |
| 2025 | 80 |
"""
    assert not any(flag for _, flag in previous(markdown))


def test_budget_years_run_forward_and_are_no_earlier_period():
    markdown = """# Budget

Satsningarna (miljoner kronor):

| Satsning | 2026 | 2027 | 2028 |
|---|---|---|---|
| Nya läroplaner | 40 | 14 | 9 |
"""
    assert not any(flag for _, flag in previous(markdown))


def test_the_level_the_rules_in_force_set_before_a_new_one():
    markdown = """# Ny gräns för kvitto vid färdtjänstresor

Med nuvarande regler måste ett kvitto lämnas om resan kostar mer än 300 kronor. Det nya förslaget
innebär att gränsen knyts till prisbasbeloppet, vilket för 2025 skulle ge en gräns på 410 kronor.
"""
    assert previous(markdown) == [("300 kronor", True), ("410 kronor", False)]
    raised = """# Gränsen för reseavdrag höjs

Avdraget är i dag begränsat till utgifter som överstiger 9 000 kronor per år.

Regeringen föreslår att gränsen höjs till 10 500 kronor.
"""
    assert previous(raised) == [("9 000 kronor", True), ("10 500 kronor", False)]


def test_this_years_level_changed_in_its_clause():
    markdown = """# Ramen för exportkrediter ökar

För 2025 var ramen 80 miljarder kronor som för 2026 föreslås ökas till högst 95 miljarder kronor.
Stödet ligger i år på drygt 12 miljoner kronor och höjs till 14 miljoner kronor.
"""
    doc = replace(document_from_text("t", "t.md", markdown, "md"), published=date(2025, 9, 1))
    assert [(r.text, r.is_previous) for r in label_amounts(doc, find_amounts(doc))] == [
        ("80 miljarder kronor", True), ("95 miljarder kronor", False),
        ("12 miljoner kronor", True), ("14 miljoner kronor", False)]


def test_the_forecast_a_change_replaced_is_the_old_level():
    assert sentence("Bolaget sänkte sin prognos till 5,2 miljarder kronor, ned från tidigare prognos "
                    "om 6-6,5 miljarder kronor.") == [("5,2 miljarder kronor", False),
                                                     ("6-6,5 miljarder kronor", True)]
    assert sentence("Kostnaderna väntas nu bli 2,4 miljarder kronor. Det är en ökning mot tidigare "
                    "prognos på 2,1 miljarder.") == [("2,4 miljarder kronor", False),
                                                    ("2,1 miljarder", True)]
    # A forecast compared with is no earlier level.
    assert sentence("Omsättningen blev 2,4 miljarder kronor, mot prognosen på 2,1 miljarder.") == [
        ("2,4 miljarder kronor", False), ("2,1 miljarder", False)]


def test_last_years_level_then_this_years_in_one_sentence():
    markdown = """# Garantierna för exporten förlängs

Under 2024 var ramen 400 miljoner kronor för garantierna till företag i Polen och 2025 höjdes
ramen till totalt 900 miljoner kronor.

Under 2025 var ramen högst 900 miljoner kronor och för 2026 föreslår regeringen att den ska
uppgå till 1 200 miljoner kronor.
"""
    doc = replace(document_from_text("t", "t.md", markdown, "md"), published=date(2025, 9, 1))
    assert [(r.text, r.is_previous) for r in label_amounts(doc, find_amounts(doc))] == [
        ("400 miljoner kronor", True), ("900 miljoner kronor", False),
        ("900 miljoner kronor", True), ("1 200 miljoner kronor", False)]


def test_a_level_of_this_year_and_the_next_years_is_a_schedule():
    markdown = """# Stöd till föreningarna

Under 2025 uppgår stödet till 10 miljoner kronor och för 2026 beräknas det uppgå till 12
miljoner kronor.
"""
    doc = replace(document_from_text("t", "t.md", markdown, "md"), published=date(2025, 3, 1))
    assert not any(r.is_previous for r in label_amounts(doc, find_amounts(doc)))


def test_a_schedule_of_levels_to_come_is_no_change_from_an_old_one():
    markdown = """# Skattefri grundnivå

Den skattefria nivån uppgår till 150 000 kronor 2025 och höjs till 300 000 kronor 2026.
"""
    doc = replace(document_from_text("t", "t.md", markdown, "md"), published=date(2024, 9, 10))
    assert not any(r.is_previous for r in label_amounts(doc, find_amounts(doc)))


def test_the_rules_in_force_that_the_release_leaves_alone():
    markdown = """# Utredning om stöd till hemresor

Enligt gällande regelverk kan en familj beviljas ett stöd om högst 30 000 kronor. Utredningen
föreslår nu ändringar av vem som kan söka stödet.
"""
    assert previous(markdown) == [("30 000 kronor", False)]
    # Money of another purpose after it is no new level of it.
    other = """# Färdtjänst

Med nuvarande regler ersätts resor som kostar mer än 300 kronor.

## Nya satsningar

Regeringen avsätter 50 miljoner kronor till nya fordon.
"""
    assert previous(other) == [("300 kronor", False), ("50 miljoner kronor", False)]


@pytest.mark.parametrize("name", [n for n in dir(comparisons) if n.isupper()])
def test_word_lists_have_no_word_twice(name):
    listed = getattr(comparisons, name)
    assert len(set(listed)) == len(listed)


def test_an_expectation_is_never_an_earlier_period():
    assert not set(comparisons.EXPECTATION_WORDS) & set(comparisons.EARLIER_TIMES + comparisons.A_YEAR_BEFORE)


def test_what_a_holding_was_worth_at_an_earlier_moment():
    markdown = """# Fonden har sålt sitt innehav i rederiet

Fonden sålde i fredags hela sitt innehav till kursen 4,10 kronor. Vid årsskiftet var innehavet
värt drygt 310 miljoner kronor. Portföljen innehöll i slutet av 2023 tolv rederier, som då
tillsammans var värda 2,4 miljarder kronor. Positionen var värd cirka 90 miljoner kronor.
"""
    assert previous(markdown) == [("4,10 kronor", False), ("310 miljoner kronor", True),
                                  ("2,4 miljarder kronor", True), ("90 miljoner kronor", False)]


@pytest.mark.parametrize("published, expected", [
    # A Wednesday: "onsdagens" price is today's, the target compared with it no earlier one.
    (date(2024, 5, 15), False),
    # A Thursday: Wednesday's closing price is an earlier one.
    (date(2024, 5, 16), True),
    # Only the month known: the weekday may be any day before.
    (None, True),
])
def test_the_release_days_weekday_is_today(published, expected):
    markdown = """# Förvaltaren ser uppsida i aktien

Förvaltaren anser att 140 kronor vore ett rimligt pris, att jämföra med onsdagens 96 kronor.
"""
    doc = document_from_text("t", "t.md", markdown, "md")
    if published is not None:
        doc = replace(doc, published=published, published_precision="day")
    rows = label_amounts(doc, find_amounts(doc))
    assert [(r.text, r.is_previous) for r in rows] == [("140 kronor", False), ("96 kronor", expected)]


def test_innan_opening_a_clause_is_no_earlier_time():
    text = ("Bolaget har vuxit sin orderbok till 19 miljarder dollar (att jämföra med börsvärdet på "
            "1,9 miljarder dollar), men det kan ta flera år innan orderna blir intäkter.")
    assert sentence(text) == [("19 miljarder dollar", False), ("1,9 miljarder dollar", False)]
    earlier = "Nettovinsten blev 3,1 miljoner euro, att jämföra med 2,2 miljoner euro kvartalet innan."
    assert sentence(earlier) == [("3,1 miljoner euro", False), ("2,2 miljoner euro", True)]


def test_a_pair_whose_figure_comes_back_as_an_old_level():
    titled = """# Från 48 till 60 miljarder på fyra år

Anslagen beräknas växa från 48 till 60 miljarder kronor mellan 2024 och 2028.
"""
    assert previous(titled) == [("48", True), ("60 miljarder", False),
                                ("48", True), ("60 miljarder kronor", False)]
    raised_again = """# Bidraget till byabutikerna höjs igen

Förra året höjde regeringen bidraget från 200 000 kronor till 250 000 kronor. Nu höjs det
från 250 000 kronor till 280 000 kronor.
"""
    assert previous(raised_again) == [("200 000 kronor", True), ("250 000 kronor", True),
                                      ("250 000 kronor", True), ("280 000 kronor", False)]
    a_schedule = """# Bidraget höjs

Bidraget höjs från 200 000 kronor till 250 000 kronor. Nästa år blir det 280 000 kronor.
"""
    assert previous(a_schedule) == [("200 000 kronor", True), ("250 000 kronor", False),
                                    ("280 000 kronor", False)]


@pytest.mark.parametrize("body, compares", [
    ("Regeringen avsätter 40 miljoner kronor till vägunderhåll.", False),
    ("Nettoinflödet uppgick till 3,2 miljarder kronor i juni.", True),
    ("| Post | Belopp |\n|---|---|\n| Vägar | 40 Mkr |", True),
])
def test_only_a_figure_with_a_period_or_a_table_cell_asks_the_release_period(body, compares):
    doc = document_from_text("r", "r.md", f"# Besked\n\n{body}\n", "md")
    amounts = find_amounts(doc)
    assert amounts
    assert compares_periods(doc.text, amounts, units_of(doc, amounts), [False] * len(amounts)) is compares
