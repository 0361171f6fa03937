"""Qualifier, period, years, totals and areas (annotation guide §3-4) on realistic sentences."""
import pytest
import regex

from pipeline.ingest import document_from_text
from pipeline.label import label_amounts
from pipeline.label.context import may_hold
from pipeline.label.period import PER_NOUN_WORDS, PERIOD_BEFORE_WORDS
from pipeline.label.release_period import MARK_WORDS, PERIOD_BEFORE_AT_END, PERIOD_BEFORE_SCAN
from pipeline.label.totals import CUE_WORDS
from pipeline.lang.sv.areas import MONEY_NOUNS
from pipeline.lang.sv.comparisons import OLD_LEVEL_CUES
from pipeline.parse import find_amounts
from pipeline.pattern_cache import PatternCache


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
    # A budget bill's year starts what a phrase after the amount only closes; another year does not.
    ("I budgetpropositionen för 2025 fick myndigheten 40 miljoner kronor per år till och med 2027.", (2025, 2027)),
    ("Regeringen beslutade 2023 att ge 40 miljoner kronor till och med 2026.", (None, 2026)),
    ("Per den 31 augusti 2020 hade fonden 40 miljoner kronor i kapital.", (None, None)),
    ("Regeringen avsätter 40 miljoner kronor till vården.", (None, None)),
    ("Medlen om 40 miljoner kronor ska räcka fram till juni 2024.", (None, 2024)),
    ("Avgiften får vara högst 600 kronor, en regel som träder i kraft den 1 januari 2021.", (2021, None)),
    ("Mellan juni till och med oktober 2025 kunde regionerna få 40 miljoner kronor.", (2025, 2025)),
    ("Stödet kan förlängas till 2032 med 40 miljoner kronor årligen från och med 2027.", (2027, 2032)),
    ("Under 2025 gick 40 miljoner kronor till vården (enligt utredningen S2024:05).", (2025, 2025)),
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
    ("För att stärka kustbevakningen och sjöräddningen avsätts 100 miljoner kronor i år.",
     "stärka kustbevakningen och sjöräddningen", "phrase"),
    ("Insatserna omfattar 100 miljoner kronor i syfte att nyanlända ska komma i arbete.",
     "nyanlända ska komma i arbete", "phrase"),
    ("Hushållen får 100 miljoner kronor i elstöd och regeringen kommer att följa upp stödet.",
     "elstöd", "phrase"),
    ("Länsstyrelsen får 100 miljoner kronor för inköp av pumpar, sandsäckar samt mobila vallar.",
     "inköp av pumpar, sandsäckar samt mobila vallar", "phrase"),
    ("Regeringen vill ge ytterligare stöd, i form av 100 miljoner kronor via Världsbanken.",
     "ytterligare stöd", "phrase"),
    ("Regeringen föreslår en höjning på 100 miljoner kronor av anslagen till länsstyrelserna.",
     "anslagen till länsstyrelserna", "phrase"),
    ("Regeringen avsätter 100 miljoner kronor per år som ska fördelas till regionerna.",
     "regionerna", "phrase"),
    ("Regeringen avser att satsningen på läxhjälp kan förlängas till 2030 med 100 miljoner kronor.",
     "satsningen på läxhjälp", "subject"),
    ("Beloppet som kan beviljas varje förening höjs från 100 000 kronor.",
     "Beloppet som kan beviljas varje förening", "subject"),
    ("Fondkapitalet beräknas av myndigheten passera 100 miljarder kronor under 2026.",
     "Fondkapitalet", "subject"),
    ("Nettotillgångarna ökade kraftigt från 100 miljoner euro.", "Nettotillgångarna", "subject"),
    ("Fondens tillgångar (NAV, net asset value) ökade med 100 miljoner euro.",
     "Fondens tillgångar (NAV, net asset value)", "subject"),
    ("Fonden har fem stjärnor hos Morningstar och förvaltar idag 100 miljoner kronor.",
     "Fonden", "subject"),
    ("Ett stödpaket för civilt försvar som uppgår till ett värde av 100 miljoner kronor.",
     "Ett stödpaket för civilt försvar", "subject"),
    ("Kommunerna får 100 miljoner kronor till fler platser i förskolan, säger ministern.",
     "fler platser i förskolan", "phrase"),
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


def test_both_amounts_of_a_change_take_what_changes():
    found = rows("# Bistånd\n\nRegeringen väljer nu att halvera kärnstödet från 80 till 40 miljoner kronor.")
    assert [(r.area, r.area_source) for r in found] == [("kärnstödet", "phrase")] * 2


@pytest.mark.parametrize("sentence", [
    "Regeringen avsätter 50 miljoner kronor för detta arbete.",
    "Regeringen föreslår 50 miljoner kronor per år från och med 2026 för att permanenta denna satsning.",
    "Totalt avsätts 50 miljoner kronor i detta syfte.",
])
def test_a_purpose_that_only_points_back_takes_the_section_heading(sentence):
    [found] = rows(f"# Budget för 2026\n\n## Fler poliser i glesbygd\n\n{sentence}")
    assert (found.area, found.area_source) == ("Fler poliser i glesbygd", "heading")


@pytest.mark.parametrize("sentence, totals", [
    ("Totalt kommer satsningen att omfatta 150 miljoner kronor per år.", [True]),
    ("De totala kostnaderna för höjningen beräknas till 160 miljoner kronor.", [True]),
    ("Den samlade fondförmögenheten ökade med 152 miljarder kronor under juni.", [False]),
    ("Av de 500 miljoner kronor som regionerna kunde få betalades 240 miljoner kronor ut.", [True, False]),
    ("Vi satsar 45 miljarder dollar, lika mycket som de första 45 miljarder dollar.", [False, False]),
    ("Regeringen satsar 40 miljoner kronor på idrotten och 25 miljoner kronor på friluftslivet.",
     [False, False]),
])
def test_total_cues(sentence, totals):
    assert [r.is_total for r in rows(f"# Satsningar\n\n{sentence}")] == totals


def test_a_sum_stated_in_the_text_over_two_rows_of_a_table_column_is_a_total():
    found = rows("# Yrkesutbildning\n\nRegeringen föreslår satsningar på 180 miljoner kronor för 2026 "
                 "för en fortsatt utbyggnad av yrkeshögskolan.\n\n"
                 "| **Satsningar (miljoner kronor)** | | |\n| --- | --- | --- |\n"
                 "|  | **2026** | **2027** |\n| Fler platser på yrkeshögskolan | 117,5 | 229,5 |\n"
                 "| Studiemedel för yrkeshögskolan | 62,5 | 130,5 |\n| Regionalt yrkesvux | 100 | 50 |\n")
    assert found[0].is_total and not any(r.is_total for r in found[1:])


def test_amounts_close_to_a_sum_but_off_by_more_than_rounding_make_no_total():
    found = rows("# Skola\n\nFör ändamålet föreslås att 120,4 miljoner kronor avsätts för 2026 "
                 "och 118,1 miljoner kronor beräknas årligen från 2027.\n\n"
                 "Regeringen beräknar därför en satsning om 2,5 miljoner kronor under 2027.")
    assert [r.is_total for r in found] == [False, False, False]


def test_a_heading_that_names_an_amount_gives_its_topic_not_its_figure():
    found = rows("# Stödpaket till Ukraina\n\n## Anskaffning för donation till ett värde av 9,2 miljarder kronor"
                 "\n\nTotalt avsätts cirka 9,2 miljarder kronor i detta syfte.")
    assert [(r.area, r.area_source, r.is_total) for r in found] == [
        ("Anskaffning för donation", "phrase", True), ("Anskaffning för donation", "heading", True)]


@pytest.mark.parametrize("text, holds", [
    ("Bidraget betalas ut ÅRLIGEN till kommunerna", True),
    ("300 kronor Per Vecka", True),
    ("Regeringen avsätter 40 miljoner kronor", False),
    # A long s, which a case-blind pattern reads as "s": the stretch cannot be ruled out.
    ("ſtödet per", True),
])
def test_a_stretch_is_ruled_out_only_when_it_holds_none_of_the_words(text, holds):
    words = ("årligen", "per vecka", "stöd")
    assert may_hold(text, 0, len(text), words) is holds
    found = regex.search("|".join(words), text, regex.IGNORECASE) is not None
    assert found <= holds


def test_the_words_a_stretch_is_ruled_out_by_are_lower_case():
    for words in (MARK_WORDS, OLD_LEVEL_CUES, PERIOD_BEFORE_WORDS, PER_NOUN_WORDS, CUE_WORDS, MONEY_NOUNS):
        assert all(w == w.lower() for w in words), words


# Stretches that end where an amount would stand, with and without a period or a qualifier
# right before it, and with one further back that must not count.
ENDING_STRETCHES = [
    "Fondflödet var under det fjärde kvartalet 2016, då ",
    "Inflödet i juli på drygt ",
    "Rekordet i mars (",
    "I mars var inflödet stort, och nu ligger det på ",
    "Regeringen avsätter ",
    "",
]


@pytest.mark.parametrize("text", ENDING_STRETCHES)
def test_a_pattern_read_from_the_end_matches_where_the_search_forward_does(text):
    forward = PERIOD_BEFORE_SCAN.search(text)
    assert (PERIOD_BEFORE_AT_END.search(text) is not None) is (forward is not None)
    for end in range(len(text) + 1):
        assert (PERIOD_BEFORE_AT_END.search(text, 0, end) is None) is \
            (PERIOD_BEFORE_SCAN.search(text, 0, end) is None)


def test_a_pattern_read_from_the_end_may_find_another_match_of_the_same_end():
    forward = regex.compile(r"(?:cirka\s+)??\d+\Z")     # the qualifier taken only when it must
    backward = PatternCache(__file__, __name__).at_end(forward.pattern)
    assert forward.search("cirka 40")[0] == "cirka 40"
    assert backward.search("cirka 40")[0] == "40"     # why a caller that reads it searches forward
