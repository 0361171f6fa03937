"""Qualifier, period, years, totals and areas (annotation guide §3-4) on realistic sentences."""
import pytest

from pipeline.amounts import find_amounts
from pipeline.ingest import document_from_text
from pipeline.label import label_amounts


def rows(markdown: str):
    doc = document_from_text("t", "t.md", markdown, "md")
    return label_amounts(doc, find_amounts(doc))


def row(sentence: str):
    [only] = rows(f"# Regeringen satsar på välfärden\n\n{sentence}")
    return only


@pytest.mark.parametrize("sentence, qualifier", [
    ("Regeringen avsätter cirka 40 miljoner kronor till vården.", "approx"),
    ("Regeringen avsätter ca 40 miljoner kronor till vården.", "approx"),
    ("Regeringen avsätter drygt 40 miljoner kronor till vården.", "over"),
    ("Regeringen avsätter mer än 40 miljoner kronor till vården.", "over"),
    ("Regeringen avsätter knappt 40 miljoner kronor till vården.", "under"),
    ("Regeringen avsätter närmare 40 miljoner kronor till vården.", "under"),
    ("Regeringen avsätter minst 40 miljoner kronor till vården.", "at_least"),
    ("Myndigheten får använda högst 40 miljoner kronor till vården.", "at_most"),
    ("Stödet kan uppgå till upp till 40 miljoner kronor per region.", "at_most"),
    ("Regeringen avsätter totalt cirka 40 miljoner kronor till vården.", "approx"),
    ("Regeringen avsätter 40 miljoner kronor till vården.", None),
    ("Regeringen avsätter mellan 40 och 50 miljoner kronor till vården.", None),
])
def test_qualifier_is_read_right_before_the_amount(sentence, qualifier):
    assert row(sentence).qualifier == qualifier


@pytest.mark.parametrize("sentence, per", [
    ("Kommunerna får 600 miljoner kronor per år till äldreomsorgen.", "year"),
    ("Kommunerna får 600 miljoner kronor årligen till äldreomsorgen.", "year"),
    ("Varje år betalas 18 miljarder kronor ut i felaktiga ersättningar.", "year"),
    ("Bostadstillägget höjs med 1 700 kronor i månaden.", "month"),
    ("Avgiften är högst 25 000 kronor per kalendermånad.", "month"),
    ("Ersättningen höjs med 70 kronor per dag.", "day"),
    ("Skolan får 500 kronor per elev.", "elev"),
    ("Regionerna får 40 kronor per invånare.", "invånare"),
    ("Stödet är 2 000 kronor per person.", "person"),
    ("Regeringen avsätter 40 miljoner kronor till vården.", None),
])
def test_period_is_a_unit_of_time_or_the_singular_noun(sentence, per):
    assert row(sentence).per == per


@pytest.mark.parametrize("sentence, years", [
    ("Stödet är 40 miljoner kronor under 2019.", (2019, 2019)),
    ("Stödet är 40 miljoner kronor för år 2023.", (2023, 2023)),
    ("Regeringen avsätter 40 miljoner kronor per år 2024–2026.", (2024, 2026)),
    ("Under perioden 2024 till 2026 avsätts 40 miljoner kronor.", (2024, 2026)),
    ("Regeringen avsätter 40 miljoner kronor från och med 2017.", (2017, None)),
    ("Regeringen avsätter 40 miljoner kronor fram till 2018.", (None, 2018)),
    ("I budgetpropositionen för 2023 förstärks anslaget permanent med 40 miljoner kronor.", (2023, None)),
    ("Per den 31 augusti 2020 hade fonden 40 miljoner kronor i kapital.", (None, None)),
    ("Regeringen avsätter 40 miljoner kronor till vården.", (None, None)),
])
def test_years_are_those_the_sentence_gives_the_money(sentence, years):
    found = row(sentence)
    assert (found.year_start, found.year_end) == years


def test_each_amount_takes_the_year_written_after_it():
    found = rows("# Stöd\n\nKommunerna får 200 miljoner kronor 2025, 300 miljoner 2026 "
                 "och 600 miljoner kronor årligen 2027–2028 för att bygga ut förskolan.")
    assert [(r.year_start, r.year_end) for r in found] == [(2025, 2025), (2026, 2026), (2027, 2028)]
    assert [r.per for r in found] == [None, None, "year"]
    assert all(r.area == "bygga ut förskolan" for r in found)


@pytest.mark.parametrize("sentence, area, source", [
    ("Regeringen avsätter 100 miljoner kronor till bredbandsutbyggnad på landsbygden.",
     "bredbandsutbyggnad på landsbygden", "phrase"),
    ("Regeringen avsätter 100 miljoner kronor för att korta vårdköerna.",
     "korta vårdköerna", "phrase"),
    ("Regeringen föreslår 100 miljoner kronor 2025 för att stärka polisen.",
     "stärka polisen", "phrase"),
    ("Industriklivet förstärks med 100 miljoner kronor.", "Industriklivet", "subject"),
    ("Regeringen föreslår ett nytt statsbidrag för läxhjälp på 100 miljoner kronor.",
     "ett nytt statsbidrag för läxhjälp", "phrase"),
    ("Regeringen beviljar Röda Korset 100 miljoner kronor.", "Röda Korset", "subject"),
    ("De nya avtal som parterna har slutit gäller sammanlagt 100 miljoner kronor.",
     "De nya avtal som parterna har slutit", "subject"),
])
def test_area_in_the_guides_order(sentence, area, source):
    found = row(sentence)
    assert (found.area, found.area_source) == (area, source)


def test_an_amount_that_only_points_back_takes_its_section_heading():
    found = rows("# Budget för 2026\n\n## Fler poliser i glesbygd\n\n"
                 "Regeringen avsätter 50 miljoner kronor för ändamålet.")
    assert (found[0].area, found[0].area_source, found[0].section) == (
        "Fler poliser i glesbygd", "heading", "Fler poliser i glesbygd")


def test_list_items_are_labelled_and_a_stated_total_reconciles():
    found = rows("# Satsningar på vården\n\nTotalt fördelas 20,5 miljoner kronor enligt följande:\n\n"
                 "- Säker vård/patientsäkerhet 5,5 Mkr\n- Tillgänglighet 10 Mkr\n"
                 "- Läkemedel för barn 5 Mkr\n")
    assert [(r.area, r.area_source, r.is_total) for r in found] == [
        ("Satsningar på vården", "title", True),
        ("Säker vård/patientsäkerhet", "list_item", False),
        ("Tillgänglighet", "list_item", False),
        ("Läkemedel för barn", "list_item", False)]


def test_an_unmarked_amount_is_a_total_when_the_items_after_it_add_up():
    found = rows("# Stöd till idrotten\n\nRegeringen avsätter 30 miljoner kronor till idrotten. "
                 "Riksidrottsförbundet får 20 miljoner kronor och friluftsorganisationerna "
                 "får 10 miljoner kronor.")
    assert [r.is_total for r in found] == [True, False, False]


def test_a_table_cell_takes_its_row_label_and_column_year():
    found = rows("# Budget\n\n| **Satsningar (miljoner kronor)** | | |\n| --- | --- | --- |\n"
                 "|  | **2026** | **2027** |\n| **Fler lärare** | 120 | 130 |\n"
                 "| **Totalt** | 120 | 130 |\n")
    assert [(r.area, r.area_source, r.year_start, r.is_total) for r in found] == [
        ("Fler lärare", "table", 2026, False), ("Fler lärare", "table", 2027, False),
        ("Totalt", "table", 2026, True), ("Totalt", "table", 2027, True)]
    assert all(r.in_table and r.sentence.startswith(("Fler lärare", "Totalt")) for r in found)
