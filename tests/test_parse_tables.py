"""Table cells on tables of every origin: a `Table` built here as ingest builds it from a
plain-text table aligned by spaces, an HTML <table> or a Markdown pipe table."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.document import Block, Document, Table
from pipeline.ingest import document_from_text
from pipeline.parse import find_amounts

D = Decimal


def document_with_table(context: str, rows: list[list[str]], after: str = "") -> Document:
    """`context`, then the rows as aligned text lines, then `after`: one `Table` whose cells
    index the text, and a paragraph block for each text part."""
    text = context + "\n\n"
    blocks = [Block("paragraph", 0, len(context))]
    spans = []
    for cells in rows:
        row = []
        for cell in cells:
            row.append((len(text), len(text) + len(cell)))
            text += cell + "   "
        blocks.append(Block("table_row", row[0][0], row[-1][1], table=0))
        spans.append(tuple(row))
        text += "\n"
    if after:
        blocks.append(Block("paragraph", len(text) + 1, len(text) + 1 + len(after)))
        text += "\n" + after
    return Document("t", "t.txt", "0", text, blocks=tuple(blocks),
                    tables=(Table(tuple(spans), context),))


def cells(doc: Document) -> list[tuple[str, Decimal, str, int | None, int | None]]:
    return [(a.text, a.value, a.currency, a.row, a.column) for a in find_amounts(doc) if a.in_table]


INTERIM_REPORT = [
    ["Bolaget, Mkr", "Q1-2025", "Q1-2024", "Förändring"],
    ["Nettoomsättning", "1 208,3", "1 443,4", "-16,3%"],
    ["Rörelseresultat", "-22,3", "34,5", ""],
    ["Rörelsemarginal", "-1,8%", "2,4%", ""],
    ["Jämförbar försäljning, procent", "4,8", "7,8", ""],
    ["Resultat per aktie, kronor", "-0,18", "3,10", ""],
]


def test_a_newswire_table_takes_its_unit_from_the_corner_cell_and_per_share_rows_no_scale():
    doc = document_with_table("Bolaget redovisade sin rapport i dag, 12 procent bättre än väntat.",
                              INTERIM_REPORT)
    assert cells(doc) == [
        ("1 208,3", D("1208300000"), "SEK", 1, 1), ("1 443,4", D("1443400000"), "SEK", 1, 2),
        ("-22,3", D("-22300000"), "SEK", 2, 1), ("34,5", D("34500000"), "SEK", 2, 2),
        ("-0,18", D("-0.18"), "SEK", 5, 1), ("3,10", D("3.10"), "SEK", 5, 2)]


@pytest.mark.parametrize(("this_year", "last_year"), [
    ("I år", "Föregående år"), ("Innevarande år", "Fg år"), ("Helår", "Föreg. år")])
def test_columns_headed_by_a_named_year_hold_money_but_a_span_of_years_does_not(this_year, last_year):
    rows = [["Koncernen, MSEK", this_year, last_year],
            ["Nettoomsättning", "412,6", "388,1"], ["Rörelseresultat", "31,2", "27,9"]]
    doc = document_with_table("Nyckeltal för helåret.", rows)
    assert cells(doc) == [
        ("412,6", D("412600000"), "SEK", 1, 1), ("388,1", D("388100000"), "SEK", 1, 2),
        ("31,2", D("31200000"), "SEK", 2, 1), ("27,9", D("27900000"), "SEK", 2, 2)]
    returns = [["Fond, SEK", "1 år", "3 år"], ["Sverigefonden", "8,4", "21,7"]]
    assert cells(document_with_table("Fondernas avkastning.", returns)) == []


def test_a_per_share_row_takes_the_tables_currency():
    doc = document_with_table("Kvartalet i korthet.", [
        ["Koncernen, MUSD", "Q2-2025", "Konsensus", "Q2-2024"],
        ["Nettoomsättning", "183,6", "182", "163"],
        ["Resultat per aktie, justerat", "0,10", "0,05", "-0,03"],
    ])
    assert [(t, v, c) for t, v, c, _, _ in cells(doc)] == [
        ("183,6", D("183600000"), "USD"), ("182", D("182000000"), "USD"), ("163", D("163000000"), "USD"),
        ("0,10", D("0.10"), "USD"), ("0,05", D("0.05"), "USD"), ("-0,03", D("-0.03"), "USD")]


def test_share_and_count_columns_hold_no_money_beside_a_column_headed_sek():
    doc = document_with_table("Insynshandel i bolaget under veckan:", [
        ["Namn", "Aktier", "Antal affärer", "SEK"],
        ["Anna Berg", "12 500", "3", "1 250 000"],
        ["Per Lind", "4 000", "1", "398 000"],
    ])
    assert cells(doc) == [("1 250 000", D("1250000"), "SEK", 1, 3), ("398 000", D("398000"), "SEK", 2, 3)]


def test_a_column_header_gives_its_column_the_unit():
    doc = document_with_table("Så här fördelas bidragen:", [
        ["Förening", "Belopp (kr)", "Antal medlemmar"],
        ["Idrottsklubben", "45 000", "310"],
        ["Scoutkåren", "12 500", "88"],
    ])
    assert cells(doc) == [("45 000", D("45000"), "SEK", 1, 1), ("12 500", D("12500"), "SEK", 2, 1)]


@pytest.mark.parametrize("context, scale", [
    ("Fördelning per region (miljoner kronor)", D(10) ** 6),
    ("Belopp i tkr", D(10) ** 3),
    ("Utfallet per kvartal, TSEK", D(10) ** 3),
])
def test_the_sentence_before_the_table_gives_the_unit(context, scale):
    doc = document_with_table(context, [["Region", "2025", "2026"], ["Norr", "12,5", "14"]])
    assert [(t, v) for t, v, _, _, _ in cells(doc)] == [("12,5", D("12.5") * scale), ("14", 14 * scale)]


def test_a_cells_own_unit_wins_over_the_tables():
    doc = document_with_table("Stöd i miljoner kronor:", [
        ["Mottagare", "Stöd"], ["Länsstyrelsen", "12"], ["Hembygdsföreningen", "250 000 kr"]])
    assert [(t, v) for t, v, _, _, _ in cells(doc)] == [("12", D("12000000")), ("250 000 kr", D("250000"))]


def test_a_table_in_percent_is_no_money_even_beside_a_currency_header():
    doc = document_with_table("Fondens avkastning i procent:", [
        ["Nov (EUR)", "Jan-Nov", "Nov (SEK)", "Jan-Nov"],
        ["Fonden", "-3,6", "-20,2", "-4,0", "-16,3"],
    ])
    assert cells(doc) == []


def test_a_table_without_any_unit_gives_no_bare_cells():
    doc = document_with_table("Utfall och prognos enligt nedan:", [
        ["Period", "Utfall", "Prognos", "Antal estimat"], ["Q4-24", "149", "167", "3"]])
    assert cells(doc) == []


def test_a_markdown_table_under_a_tsek_caption():
    doc = document_from_text("t", "t.md", "\n".join([
        "# Bokslut",
        "",
        "Resultaträkning i sammandrag, TSEK",
        "",
        "| Post | 2025 | 2024 |",
        "| --- | --- | --- |",
        "| Nettoomsättning | 4 120 | 3 877 |",
        "| Andel av omsättning, % | 12,0 | 11,5 |",
    ]), "md")
    assert cells(doc) == [("4 120", D("4120000"), "SEK", 1, 1), ("3 877", D("3877000"), "SEK", 1, 2)]


def test_cells_with_a_scale_word_are_money_in_a_table_about_money():
    doc = document_from_text("t", "t.md", "\n".join([
        "| Höjt bidrag till hyresgäster | | |",
        "| --- | --- | --- |",
        "|  | 2026 | 2027 |",
        "| Höjda gränser | 655 miljoner | 602 miljoner |",
    ]), "md")
    assert cells(doc) == [("655 miljoner", D("655000000"), "SEK", 2, 1),
                          ("602 miljoner", D("602000000"), "SEK", 2, 2)]


def test_cells_written_in_words_or_as_a_span_are_read_as_in_a_sentence_about_money():
    doc = document_from_text("t", "t.md", "\n".join([
        "| Satsning | Belopp |",
        "| --- | --- |",
        "| Vården | en halv miljard |",
        "| Skolan | 1, 5 miljarder |",
        "| Polisen | från 80 till 40 miljoner |",
        "| Kulturen | 3 miljoner besökare |",
    ]), "md")
    assert cells(doc) == [("en halv miljard", D("500000000"), "SEK", 1, 1),
                          ("1, 5 miljarder", D("1500000000"), "SEK", 2, 1),
                          ("80", D("80000000"), "SEK", 3, 1),
                          ("40 miljoner", D("40000000"), "SEK", 3, 1)]


def test_a_column_whose_cells_state_a_currency_holds_money_in_its_other_cells():
    doc = document_from_text("t", "t.md", "\n".join([
        "Regeringen presenterar budgeten för 2026.",
        "",
        "| Län | Invånare | 2026 |",
        "| --- | --- | --- |",
        "| Norrbotten | 0,25 miljoner | 40 miljoner kronor |",
        "| Skåne | 1,4 miljoner | 2,3 miljarder |",
    ]), "md")
    assert cells(doc) == [("40 miljoner kronor", D("40000000"), "SEK", 1, 2),
                          ("2,3 miljarder", D("2300000000"), "SEK", 2, 2)]


def test_a_row_labelled_as_a_count_holds_no_money_in_a_column_of_kronor():
    doc = document_from_text("t", "t.md", "\n".join([
        "Regeringen presenterar budgeten för 2026.",
        "",
        "| Post | 2026 |",
        "| --- | --- |",
        "| Stöd till kommunerna | 5 miljoner kronor |",
        "| Antal invånare | 2 miljoner |",
        "| Andel av budgeten, procent | 1,2 miljoner |",
        "| Stöd till regionerna | 3 miljoner |",
    ]), "md")
    assert cells(doc) == [("5 miljoner kronor", D("5000000"), "SEK", 1, 1),
                          ("3 miljoner", D("3000000"), "SEK", 4, 1)]


def test_cells_with_a_scale_word_stay_counts_in_a_table_of_people():
    doc = document_from_text("t", "t.md", "\n".join([
        "Regeringen satsar 20 miljoner kronor på länen.",
        "",
        "| Län | Invånare |",
        "| --- | --- |",
        "| Stockholm | 2,4 miljoner |",
        "| Skåne | 1,4 miljoner |",
    ]), "md")
    assert cells(doc) == []


def test_a_cell_holding_a_figure_and_its_change_gives_the_figure():
    doc = document_with_table("Kvartalet i korthet.", [
        ["Bolaget, Mkr", "Q1-2026", "Q1-2025 Förändring"],
        ["Nettoomsättning", "108,3", "443,4 -75,6%"],
        ["Rörelsemarginal", "15,0%", "12 %"],
    ])
    assert [(t, v) for t, v, _, _, _ in cells(doc)] == [("108,3", D("108300000")), ("443,4", D("443400000"))]


def test_a_corner_cell_naming_the_currency_of_returns_gives_no_unit():
    # A fund report's header as wide as its one row, whose label and first figure merged:
    # "Dec (EUR)" heads a return in euro, not euro amounts.
    doc = document_with_table("I basvalutan euro och i kronor, i procent per den 31 december:", [
        ["Dec (EUR)", "Sedan start", "Dec (SEK)", "Sedan start"],
        ["Fonden -0,80", "-5,00", "-2,43", "-2,19"],
    ])
    assert cells(doc) == []


def test_a_column_of_percentages_in_kronor_gives_no_unit_to_the_table():
    doc = document_with_table("Årets fonder utsågs i går.", [
        ["Kategori", "Vinnare % SEK", "2025"],
        ["Räntefond", "Fjällräntan", "-1,9"],
        ["Sverigefond", "Norrlandsfonden", "-0,4"],
    ])
    assert cells(doc) == []


def test_a_caption_row_stating_a_total_leaves_the_unit_to_the_corner_below():
    doc = document_from_text("t", "t.md", "\n".join([
        "| Ökning 2026–2028 totalt cirka 9 miljarder kronor | | | |",
        "| --- | --- | --- | --- |",
        "| Belopp i miljoner kronor | 2026 | 2027 | 2028 |",
        "| Vården | 683 | 1 667 | 1 917 |",
    ]), "md")
    assert [(t, v) for t, v, _, _, _ in cells(doc)] == [
        ("9 miljarder kronor", D("9000000000")), ("683", D("683000000")),
        ("1 667", D("1667000000")), ("1 917", D("1917000000"))]


def test_a_row_label_that_is_a_unit_gives_its_row_the_unit_in_a_table_stating_no_other():
    doc = document_from_text("t", "t.md", "\n".join([
        "| Ram för stödet i budgetpropositionen | | |",
        "| --- | --- | --- |",
        "|  | 2026 | 2027 |",
        "| Miljarder kronor | 12 | 12,5 |",
    ]), "md")
    assert [(t, v) for t, v, _, _, _ in cells(doc)] == [("12", D("12000000000")), ("12,5", D("12500000000"))]
    # a fund's share class in its name is no unit of the figures beside it
    doc = document_with_table("Fonderna med bäst betyg:", [
        ["Fond", "Betyg", "Antal"], ["Globalfonden (EUR)", "4,42", "5"], ["Räntefonden (SEK)", "4,10", "7"]])
    assert cells(doc) == []


def test_a_unit_that_ends_the_sentence_before_the_table_is_its_unit():
    doc = document_with_table("Så mycket kan varje region få, avrundat till hela miljoner kronor:", [
        ["Norrbotten", "19"], ["Gotland", "5"]])
    assert [(t, v) for t, v, _, _, _ in cells(doc)] == [("19", D("19000000")), ("5", D("5000000"))]
    # an amount that ends the sentence states no unit for the table
    doc = document_with_table("Platser per region enligt beslutet om 24 miljoner kronor:", [
        ["Norrbotten", "19"], ["Gotland", "5"]])
    assert cells(doc) == []
