"""Bare numbers whose unit the release implies: lists under a money lead-in, and tables that
state no unit but restate the text's amounts or head a column as money."""
from __future__ import annotations

from decimal import Decimal

from pipeline.ingest import document_from_text
from pipeline.parse import find_amounts

D = Decimal


def read(markdown: str) -> list[tuple[str, Decimal, str, bool]]:
    doc = document_from_text("t", "t.md", markdown, "md")
    return [(a.text, a.value, a.currency, a.in_table) for a in find_amounts(doc)]


def test_list_items_in_kronor_under_a_lead_in_in_billions():
    assert read("\n".join([
        "# Mer pengar till vården",
        "",
        "De 2 miljarderna fördelas enligt följande:",
        "",
        "* Region Jämtland Härjedalen: 61 500 000",
        "* Region Västernorrland: 118 250 000",
        "* Övriga regioner: 1 820 250 000",
    ])) == [("2 miljarderna", D("2000000000"), "SEK", False),
            ("61 500 000", D("61500000"), "SEK", False),
            ("118 250 000", D("118250000"), "SEK", False),
            ("1 820 250 000", D("1820250000"), "SEK", False)]


def test_list_items_in_millions_take_the_scale_at_which_they_fit():
    assert [(t, v) for t, v, _, _ in read("\n".join([
        "Av satsningen på 300 miljoner euro går följande till länderna:",
        "",
        "- Estland 45,5",
        "- Lettland 120",
    ]))] == [("300 miljoner euro", D("300000000")), ("45,5", D("45500000")), ("120", D("120000000"))]


def test_a_lead_in_that_states_a_unit_gives_it():
    assert [(t, v) for t, v, _, _ in read("\n".join([
        "Bidragen per förening (tkr):",
        "",
        "* Hembygdsföreningen: 85",
        "* Scoutkåren: 40",
    ]))] == [("85", D("85000")), ("40", D("40000"))]


def test_lists_that_are_not_under_a_money_lead_in_give_nothing():
    assert read("\n".join([
        "Regeringen satsar 40 miljoner kronor på idrotten. Antal föreningar per län:",
        "",
        "* Norrbotten: 410",
        "* Gotland: 95",
        "",
        "Utvecklingen följs upp:",
        "",
        "* Uppföljning: 2026",
        "* Utvärdering: 12",
    ])) == [("40 miljoner kronor", D("40000000"), "SEK", False)]


BUDGET_TABLE = "\n".join([
    "# Satsning på tillstånd",
    "",
    "Länsstyrelserna får 12,5 miljoner kronor 2026 och 30 miljoner kronor per år från 2027.",
    "",
    "| **Snabbare tillstånd** | | |",
    "| --- | --- | --- |",
    "|  | 2026 | 2027 |",
    "| Länsstyrelserna | 12,5 | 30 |",
    "| Kammarkollegiet | 4 | 4 |",
])


def test_a_table_without_a_unit_takes_the_scale_at_which_it_restates_the_text():
    assert [(t, v) for t, v, _, in_table in read(BUDGET_TABLE) if in_table] == [
        ("12,5", D("12500000")), ("30", D("30000000")), ("4", D("4000000")), ("4", D("4000000"))]


def test_a_column_headed_as_money_in_whole_kronor_beside_a_population_column():
    assert [(t, v) for t, v, _, in_table in read("\n".join([
        "Regeringen betalar ut 25 miljoner kronor till regionerna.",
        "",
        "| Region | Befolkning | Andel | Belopp |",
        "| --- | --- | --- | --- |",
        "| Norrbotten | 250 000 | 40,00% | 10 000 000 |",
        "| Gotland | 61 000 | 60,00% | 15 000 000 |",
    ])) if in_table] == [("10 000 000", D("10000000")), ("15 000 000", D("15000000"))]


def test_a_table_of_counts_without_a_unit_stays_without_money():
    assert [row for row in read("\n".join([
        "Regeringen satsar 20 miljoner kronor på fritidskortet.",
        "",
        "| Län | Nedladdade kort | Föreningar |",
        "| --- | --- | --- |",
        "| Stockholm | 80 374 | 819 |",
        "| Skåne | 47 221 | 759 |",
    ])) if row[3]] == []


# A newswire preview: a forecast table in millions, then the same figure for earlier quarters
# in a table that states no unit.
PREVIEW = """Verkstadsbolaget väntas redovisa 240 miljoner kronor i rörelseresultat

Bolaget lämnar rapport i morgon.

(miljoner kronor)         Q2-24, prognos  Antal estimat  Utfall i fjol
Försäljning               1 912           4              1 850
Rörelseresultat           240             4              198

Utfall och förväntningar avseende rörelseresultat vid de senaste rapporterna:

Period  Rapportdatum  Utfall  Prognos  Avvikelse, %  Antal estimat
Q1-24   2024-04-24    215     201      7,0           4
Q4-23   2024-02-08    187     193      -3,1          4

Antal anställda vid de senaste rapporterna:

Period  Sverige  Utlandet
Q1-24   1 210    860
Q4-23   1 190    845
"""


def test_a_table_about_money_that_states_no_unit_takes_the_unit_of_the_table_before():
    doc = document_from_text("t", "t.txt", PREVIEW, "txt")
    cells = [(a.text, a.value, a.table) for a in find_amounts(doc) if a.in_table]
    assert [(t, v) for t, v, table in cells if table == 1] == [
        ("215", D("215000000")), ("201", D("201000000")),
        ("187", D("187000000")), ("193", D("193000000"))]
    # a table that does not talk money keeps its counts
    assert not [c for c in cells if c[2] == 2]


def test_a_table_under_a_lead_in_asking_how_much_each_gets_is_in_whole_kronor():
    assert read("\n".join([
        "# 90 miljoner till idrottsföreningar – så mycket får varje region",
        "",
        "Så här mycket kan föreningarna i respektive region få:",
        "",
        "|  |  |",
        "| --- | --- |",
        "| Region Halland | 4 120 500 |",
        "| Region Kalmar | 3 870 250 |",
    ]))[1:] == [("4 120 500", D("4120500"), "SEK", True), ("3 870 250", D("3870250"), "SEK", True)]


def test_a_table_of_counts_under_such_a_lead_in_gets_no_money():
    assert read("\n".join([
        "Så här mycket ökade antalet deltagare i respektive län:",
        "",
        "|  |  |",
        "| --- | --- |",
        "| Hallands län | 120 |",
        "| Kalmar län | 85 |",
    ])) == []
