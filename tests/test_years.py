"""Years of the money (guide §3, §6) on sentences written like the releases each rule serves;
the releases of `../shared/corpus/` a rule was built from are named beside its cases."""
import pytest

from pipeline.ingest import document_from_text
from pipeline.label import label_amounts
from pipeline.label.table_years import years_written
from pipeline.label.year_mentions import year_mentions
from pipeline.parse import find_amounts


def years(markdown: str) -> list[tuple[int | None, int | None]]:
    doc = document_from_text("t", "t.md", markdown, "md")
    return [(r.year_start, r.year_end) for r in label_amounts(doc, find_amounts(doc))]


def body(text: str) -> list[tuple[int | None, int | None]]:
    return years(f"# Regeringen satsar på välfärden\n\n{text}")


@pytest.mark.parametrize("sentence, expected", [
    # A year since which money flowed opens a range (guide §6); government aid releases
    # (g0vse 2023/06 stort-humanitart-sommarpaket-till-ukraina, 2020/12 sveriges-regionala-strategi).
    ("Sedan 2021 har Sverige bidragit med 900 miljoner kronor till skolorna.", [(2021, None)]),
    ("Sedan invasionen i mars 2022 har Sverige gett 3 miljarder kronor i stöd.", [(2022, None)]),
    ("Sedan den 24 februari 2022 har Sverige gett 3 miljarder kronor i stöd.", [(2022, None)]),
    # A record "since" compares (fund-flow news: fonderdirekt 2019-05-06
    # aktiefonder-största-utflödet-i-europa-sedan-juni-2016, 2019-03-11 danske-bank-tidiga-tecken).
    ("Fonden noterade det största utflödet sedan maj 2015, hela 400 miljoner kronor togs ut.",
     [(None, None)]),
    # A since-year after the amount is a comparison, not the money's start.
    ("Inflödet nådde 2 miljarder kronor, den högsta nivån sedan 2016.", [(None, None)]),
])
def test_since_opens_a_range_but_a_record_since_compares(sentence, expected):
    assert body(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # Levels measured at a date (fund reports: fonderdirekt 2018-10-08 coeli-nordisk-
    # företagsobliationsfond, 2020-02-24 fonder-rekordår-för-ap-fonderna-2019).
    "Fonden förvaltade 300 miljoner kronor per den 30 september 2022.",
    "Vid utgången av 2021 uppgick fondkapitalet till 500 miljarder kronor.",
    "Fonden hade 700 miljoner kronor i tillgångar vid utgången av det tredje kvartalet 2021.",
    "Kapitalet uppgick till 950 miljarder kronor vid 2022 års slut.",
    "I slutet av 2020 var innehavet värt 40 miljoner kronor.",
    # A measuring date right after the amount outranks the report period that follows
    # (property-fund reports: fonderdirekt 2019-02-15 baltic-horizon-värde-bruttotillgångar-upp-
    # 4-9-i-4-kv, 2020-02-17 baltic-horizon-fund-värde-bruttotillgångar).
    "Fonden redovisar tillgångar om 410,5 miljoner euro per den 31 december 2021, enligt "
    "fondens rapport för det fjärde kvartalet 2021.",
    "Fonden hade tillgångar om 98,2 miljoner euro per 30 juni 2021, framkommer det i "
    "rapporten för andra kvartalet 2021.",
    # A decision date (humanitarian releases: g0vse 2024/09 sverige-okar-det-humanitara-stodet).
    "Sverige betalar 90 miljoner kronor i medel som regeringen beslutade om i början av 2023.",
    # A year compared with (budget releases: g0vse 2025/12 satsning-pa-klimatomstallning…,
    # 2025/09 regeringen-lagger-fram-forsvarssatsningar).
    "Anslaget ökar med 2 miljarder kronor jämfört med 2024.",
    # …also across the words naming what is compared (g0vse 2025/06 en-stabil-bolagsportfolj-i-
    # standig-utveckling, fonderdirekt 2020-09-16 baltic-horizon-fund-5-9-i-aug-hyresreducering).
    "Anslaget ökar med 2 miljarder kronor jämfört med budgeten för 2024.",
    "Hyresreduceringarna i juli uppgick till 90.000 euro, vilket är betydligt lägre jämfört med "
    "reduceringarna under det första kvartalet 2021.",
    # A year of birth (pension releases: g0vse 2023/10 kompensation-till-personer-fodda-1957,
    # 2024/02 regeringen-foreslar-kompensation-till-57orna).
    "Förslaget ger 2 miljarder kronor i kompensation till personer födda 1958.",
    # …or of founding (company descriptions: mynewsdesk 2009-11-12 mynewsdesk-sveriges-4-e-baesta-
    # nyhetssajt, fonderdirekt hedge-fund portraits).
    "Fonden grundades år 1999 och har omkring 30 miljarder dollar under förvaltning.",
    # A level stated as today's (g0vse 2025/09 trafikverket-har-redovisat-sitt-forslag-till-
    # nationell-plan, fonderdirekt 2020-09-24 swedbank-robur-klassificerar-flera-fonder).
    "Verket bedömer att år 2040 kan hela skulden, som i dag uppskattas till cirka 70 miljarder, "
    "vara åtgärdad.",
    "Banken vill att hela fondkapitalet, vilket idag överstiger 800 miljarder kronor, som banken "
    "förvaltar år 2030 ska vara fossilfritt.",
])
def test_a_date_that_measures_decides_compares_or_dates_a_birth_is_no_year(sentence):
    assert body(sentence) == [(None, None)]


def test_a_bare_per_before_a_year_is_a_rate_not_a_measuring_date():
    assert body("Regeringen avsätter 46 miljoner kronor per år 2025–2026 för uppdraget.") == [(2025, 2026)]


def test_a_compared_year_leaves_the_money_the_year_of_its_own_clause():
    assert body("Omsättningen minskade med 5 procent under 2024, jämfört med helåret 2023, och "
                "uppgick till 300 miljarder kronor.") == [(2024, 2024)]
    # The compared thing's own amount keeps its year (fonderdirekt 2020-04-22 fonder-
    # rekordutflöden-från-europeiska-fonder-i-mars).
    assert body("Fonderna noterade utflöden om 120 miljarder euro under mars, vilket är högt även i "
                "jämförelse med den sämsta månaden under krisen 2008-2009 då 90 miljarder euro togs "
                "ut.") == [(None, None), (2008, 2009)]
    # "mot" compares only right before its year: here it leads a purpose.
    assert body("Regeringen avsätter 40 miljoner kronor för insatser mot brottsligheten under 2025.") == [
        (2025, 2025)]


def test_today_that_dates_a_decision_leaves_the_grant_its_year():
    assert body("Regeringen tilldelar i dag 14 miljoner kronor till arbetet under 2025.") == [(2025, 2025)]


def test_a_relative_clause_with_for_is_no_comparison():
    # (citizenship releases: g0vse 2025/03 ett-skarpt-forsorjningskrav-for-svenskt-medborgarskap-foreslas)
    assert body("Beloppet består av ett normalbelopp, som för 2025 är satt till 6 186 kronor.") == [
        (2025, 2025)]


def test_a_time_that_only_opens_a_grant_is_its_year():
    assert body("I slutet av 2024 beslutade regeringen att bevilja 100 000 kronor till fonden.") == [
        (2024, 2024)]


@pytest.mark.parametrize("sentence, expected", [
    # "6 respektive 8 miljarder för 2026 och 2027" (guide §6).
    ("Regeringen avsätter 6 respektive 8 miljarder kronor för 2026 och 2027.",
     [(2026, 2026), (2027, 2027)]),
    # …the years written before the list (budget releases: g0vse 2024/09 reformer-for-ett-rikare-
    # och-tryggare-sverige, twice).
    ("För 2026 och 2027 beräknas satsningarna öka med 2,5 respektive 4 miljarder kronor.",
     [(2026, 2026), (2027, 2027)]),
    # An increase takes the year of the level it leads to (g0vse 2024/12 skolverket-far-i-uppdrag-
    # att-folja-upp-kunskapsbidraget, 2024/12 regeringen-vaxlar-upp-arbetet-med-att-fa-fler-svenskar).
    ("Statsbidraget har stärkts med 850 miljoner kronor för att totalt uppgå till 1,7 miljarder "
     "kronor för 2025.", [(2025, 2025), (2025, 2025)]),
    # The same money again for other years (guide §6; g0vse 2024/09 satsningar-for-att-fler-ska-
    # lara-sig-svenska, 2023/11 okade-medel-till-goteborgs-universitet-…-antisemitism).
    ("För 2025 föreslår regeringen 100 miljoner kronor till försöken och beräknar samma summa för "
     "2026 och 2027.", [(2025, 2027)]),
    ("Universitetet fick 500 000 kronor och regeringen beräknade samma belopp under 2024.", [(2024, 2024)]),
    # Money from the year after the one written (budget releases: g0vse 2024/09
    # mer-pengar-i-planboken-for-hushallen, 2025/10 regelforenkling-och-snabbare-…).
    ("Skatteintäkterna minskar med 2 miljarder kronor 2026 och därefter 3 miljarder kronor per år.",
     [(2026, 2026), (2027, None)]),
    ("Verket får 10 miljoner kronor 2026 och 2027 och därefter 12 miljoner kronor per år.",
     [(2026, 2027), (2028, None)]),
    # …however the year is written before it (school-library releases: g0vse 2023/09
    # regeringens-lassatsning-bemannade-skolbibliotek-och-pengar-for-att-kopa-in-bocker, twice).
    ("Regeringen beräknar att 200 miljoner kronor avsätts år 2025 och därefter beräknas drygt "
     "400 miljoner kronor årligen.", [(2025, 2025), (2026, None)]),
    # One year written after a list of grants (g0vse 2025/12 overenskommelse-ska-sakra-varden,
    # 2023/03 halso--och-sjukvardens-formaga-att-hantera-handelser).
    ("Regionerna får 100 miljoner kronor för läkemedel och 300 miljoner kronor för skyddsutrustning "
     "under 2026.", [(2026, 2026), (2026, 2026)]),
    # A part of money for a period (g0vse 2025/01 ebba-busch-tar-det-forsta-spadtaget…,
    # 2023/04 familjehemssatsningregeringen-starker-familjehemsvarden).
    ("Regeringen avsätter 400 miljoner kronor under perioden 2025–2028, varav 50 miljoner går till "
     "pilotprojekt.", [(2025, 2028), (2025, 2028)]),
    # The two levels of a change over a range of years (g0vse 2023/09 historiska-satsningar-pa-
    # rattsvasendet, 2025/04 satsningar-for-att-halla-uppe-trycket-i-utbyggnaden-av-kriminalvarden).
    ("Åren 2024–2027 beräknas anslaget öka från 12 till 20 miljarder kronor.",
     [(2024, 2024), (2027, 2027)]),
    # The old level of a change written in full has no year of its own.
    ("Taket höjs från 40 000 kronor till 60 000 kronor per person under 2025.",
     [(None, None), (2025, 2025)]),
    # A year before the next amount, after "och", is that amount's.
    ("För 2025 beräknas 40 miljoner kronor och från och med 2026 beräknas 15 miljoner kronor per år.",
     [(2025, 2025), (2026, None)]),
    ("Nettoinflödet var 2,5 miljarder kronor 2021, att jämföra med 2023 på 3,1 miljarder kronor.",
     [(2021, 2021), (2023, 2023)]),
])
def test_amounts_tied_together_share_or_split_their_years(sentence, expected):
    assert body(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # An aside in parentheses shares the year of the amount it qualifies.
    ("Arbetet förstärks med 1 miljon kronor för 2024 (totalt tre miljoner kronor).",
     [(2024, 2024), (2024, 2024)]),
    # An earlier level in parentheses has no year (fee releases: g0vse 2025/12
    # fritidskortet-hojs-och-breddas-till-2026); neither does its figure read as a year.
    ("Från och med den 5 januari 2026 höjs avgiften till 550 kronor (tidigare 2000 kr).",
     [(2026, None), (None, None)]),
    # A year in parentheses with a figure of its own is that figure's.
    ("Resultatet blev 3,9 miljoner kronor i kvartalet (2,9 miljoner kronor samma period 2021), medan "
     "vinsten låg på 3,5 miljoner kronor.", [(None, None), (2021, 2021), (None, None)]),
    # A bare prior figure after it is of that prior period (property-fund reports: fonderdirekt
    # 2019-02-15 baltic-horizon-värde-bruttotillgångar-upp-4-9-i-4-kv, 2020-02-17 baltic-horizon-
    # fund-värde-bruttotillgångar); without a prior period named it has no year.
    ("Rörelseresultatet blev 4,2 miljoner euro i det tredje kvartalet (3,1 miljoner samma period "
     "2020), medan nettovinsten låg på 2,8 miljoner euro (4,4).",
     [(None, None), (2020, 2020), (None, None), (2020, 2020)]),
])
def test_parentheses_keep_their_years_to_themselves(sentence, expected):
    assert body(sentence) == expected


def test_a_bare_figure_in_parentheses_takes_no_year_of_a_parenthesis_naming_no_prior_period():
    assert body("Rörelseresultatet blev 4,2 miljoner euro (3,1 miljoner enligt planen för 2020), "
                "medan nettovinsten låg på 2,8 miljoner euro (4,4).")[-1] == (None, None)


def test_a_sentence_that_opens_with_its_amount_takes_no_year_of_the_sentence_before():
    assert body("Regeringen avsätter 133 miljoner kronor 2024 för proven. 53 miljoner kronor "
                "beräknas 2025 och 60 miljoner kronor 2026.") == [(2024, 2024), (2025, 2025), (2026, 2026)]


@pytest.mark.parametrize("text, expected", [
    ("Guldpriset toppade 2014, 2016 och 2018.", [(2014, 2018)]),
    ("Budgeten för 2024/25 är klar.", [(2024, 2025)]),
    ("Renoveringen ska vara klar till år 2030.", [(None, 2030)]),
    ("Stödet gäller fram till slutet av 2019.", [(None, 2019)]),
    ("Enligt 1980 års socialtjänstlag och 2025 års regleringsbrev.", [(2025, 2025)]),
    ("Se prop. 2024/25:72 och S2024:05.", []),
    ("Intäkterna minskar med 200 miljoner kronor 2024 och framåt.", [(2024, None)]),
    ("Regeringen satsar 75 miljoner kronor 2024 och därefter, fullt utbyggt, mer.", [(2024, None)]),
    ("Kapitalet passerar 100 miljarder under 2026 och därefter fortsätter det att öka.", [(2026, 2026)]),
    ("Läs mer på regeringen.se/2010/11/10/nyhet.", []),
])
def test_year_phrases(text, expected):
    assert [m.years for m in year_mentions(text, 0, len(text))] == expected


@pytest.mark.parametrize("header, expected", [
    ("Q1 2024/2025", (2024, 2025)),
    ("Q4-2019/2020", (2019, 2020)),
    ("helåret 2023", (2023, 2023)),
    ("jan–mar 2024", (2024, 2024)),
    ("Q1-20, prognos", (2020, 2020)),
    ("Q4-19", (2019, 2019)),
    ("2026", (2026, 2026)),
    ("Rapporterat i fjol", None),
    ("2020-05-29", None),
])
def test_a_table_header_or_row_label_names_a_year_or_a_report_period(header, expected):
    assert years_written(header, 0, len(header)) == expected


def test_a_cell_takes_its_column_header_else_its_row_label():
    found = years("# Rapport\n\n| Period | Resultat | Prognos |\n| --- | --- | --- |\n"
                  "| Q4-19 | 149 Mkr | 167 Mkr |\n| Q3-19 | 230 Mkr | 198 Mkr |\n\n"
                  "| Mkr | Q4-2019/2020 | Q4-2018/2019 |\n| --- | --- | --- |\n| Omsättning | 4 008 | 4 086 |\n")
    assert found == [(2019, 2019)] * 4 + [(2019, 2020), (2018, 2019)]


def test_a_stretch_without_a_year_has_no_year_phrase():
    text = "Från och med nästa år ges 40 miljoner kronor, och sedan 2019 har 12 miljoner getts."
    assert year_mentions(text, 0, text.index("sedan")) == []
    assert [m.years for m in year_mentions(text, 0, len(text))] == [(2019, None)]


@pytest.mark.parametrize("sentence, expected", [
    # A start that an end closes, in government releases on multi-year grants (g0vse 2025/09
    # budgetpaket-for-att-forebygga-kriminalitet-hos-barn-och-unga, 2024/06 sverige-samst-i-
    # europa-pa-klassrumsdisciplin): "från X till och med Y", "från X–Y".
    ("Satsningen uppgår till 300 miljoner kronor per år från 2026 till och med 2028.",
     [(2026, 2028)]),
    ("Skolorna får 150 miljoner kronor per år från 2024–2026 för fler speciallärare.",
     [(2024, 2026)]),
    ("Verket får 5 miljoner kronor under perioden 2026 t.o.m. 2029 för tillsyn.", [(2026, 2029)]),
    ("Från och med 2027 avsätts 40 miljoner kronor per år till tillsynen.", [(2027, None)]),
    # A phrase broken over a line in a paragraph, as a converter or a writer breaks it.
    ("Regeringen avsätter 40 miljoner kronor per år från och\nmed 2026 till omställningen.",
     [(2026, None)]),
])
def test_a_start_closed_by_an_end_and_a_phrase_over_a_line_break(sentence, expected):
    assert body(sentence) == expected
