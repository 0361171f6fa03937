"""Plain-text tables: rows whose columns line up by spaces or tabs, as newswires and PDF
converters write them, become `Table`s with one span per cell; prose never does."""
from decimal import Decimal

import pytest

from pipeline.document import Document
from pipeline.ingest import document_from_record, document_from_text
from pipeline.run import extract_document


def cells(doc: Document, table: int = 0) -> list[list[str]]:
    return [[doc.text[s:e] for s, e in row] for row in doc.tables[table].rows]


def txt(text: str) -> Document:
    return document_from_text("note", "note.txt", text, "txt")


# A newswire interim note: the header separates its titles by single spaces, the longest row
# label is followed by a single space, a number holds a space inside (`4 008`).
NEWSWIRE = """Fjällbolaget ökade omsättningen under första kvartalet

Fjällbolaget redovisar en omsättning om 4 008 miljoner kronor för det första kvartalet
och slår därmed analytikernas snitt.

Fjällbolaget, MSEK          Q1-2024/2025 Q1-2023/2024 Konsensus
Nettoomsättning             4 008        3 815        3 950
Rörelseresultat             658          525          601
Resultat per aktie, kronor  2,15         1,80         2,01
Justerad marginal i procent 16,4         13,8

Konsensusdata från analyshuset
"""


def test_a_newswire_table_keeps_header_first_and_one_span_per_cell():
    doc = txt(NEWSWIRE)
    assert len(doc.tables) == 1
    assert cells(doc) == [
        ["Fjällbolaget, MSEK", "Q1-2024/2025", "Q1-2023/2024", "Konsensus"],
        ["Nettoomsättning", "4 008", "3 815", "3 950"],
        ["Rörelseresultat", "658", "525", "601"],
        ["Resultat per aktie, kronor", "2,15", "1,80", "2,01"],
        ["Justerad marginal i procent", "16,4", "13,8", ""],
    ]
    assert doc.tables[0].context.startswith("Fjällbolaget redovisar")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert len(rows) == 5 and {b.table for b in rows} == {0}
    assert doc.text[rows[1].start:rows[1].end] == "Nettoomsättning | 4 008 | 3 815 | 3 950"
    # the prose around the table stays prose
    kinds = [b.kind for b in doc.blocks if b.kind != "table_row"]
    assert kinds == ["title", "paragraph", "paragraph"]
    assert doc.text.endswith("Konsensusdata från analyshuset")


def test_the_cells_of_a_newswire_table_become_amounts_in_its_unit():
    doc = txt(NEWSWIRE)
    rows = extract_document(doc).amounts
    table = {(r.text, r.value) for r in rows if r.in_table}
    assert ("4 008", 4_008_000_000) in table
    assert ("3 815", 3_815_000_000) in table


# pdftotext -layout: numbers aligned at their right edge, the years over them, a table of one
# space-padded blank row between groups, a caption line above.
PDF_LAYOUT = """Bilaga 2

Utfall per verksamhet (tkr)
                                  2024          2023
Äldreomsorg                    128 400       119 250
Förskola                        96 010        94 800

Individ- och familjeomsorg      41 900        38 015
                                                    
Summa                          266 310       252 065
"""


def test_a_pdf_table_with_numbers_aligned_right_and_a_padded_gap():
    doc = txt(PDF_LAYOUT)
    assert [cells(doc, k) for k in range(len(doc.tables))] == [
        [["", "2024", "2023"], ["Äldreomsorg", "128 400", "119 250"],
         ["Förskola", "96 010", "94 800"]],
        [["Individ- och familjeomsorg", "41 900", "38 015"], ["Summa", "266 310", "252 065"]],
    ]
    assert doc.tables[0].context == "Utfall per verksamhet (tkr)"


def test_tab_separated_rows_are_a_table():
    doc = txt("Bidrag till föreningar\n\nFörening\tBelopp (kr)\nIK Stjärnan\t25 000\n"
              "Hembygdsföreningen\t12 500\n")
    assert cells(doc) == [["Förening", "Belopp (kr)"], ["IK Stjärnan", "25 000"],
                          ["Hembygdsföreningen", "12 500"]]


def test_a_header_with_padded_blank_lines_and_the_unit_in_its_first_cell():
    text = ("Prognos inför rapporten\n\n"
            "(miljoner kronor)       Q2-24, prognos Antal estimat Utfall i fjol \n"
            "                                                                   \n"
            "Försäljning             1 912          4             1 850         \n"
            "                                                                   \n"
            "Rörelseresultat         240            4             198           \n"
            "\nKälla: analyshuset\n")
    doc = txt(text)
    assert cells(doc) == [
        ["(miljoner kronor)", "Q2-24, prognos", "Antal estimat", "Utfall i fjol"],
        ["Försäljning", "1 912", "4", "1 850"],
        ["Rörelseresultat", "240", "4", "198"],
    ]
    values = {(r.text, r.value) for r in extract_document(doc).amounts if r.in_table}
    assert ("1 912", 1_912_000_000) in values and ("4", 4_000_000) not in values


def test_a_unit_line_under_the_header_keeps_the_header_with_the_rows():
    # A preview table whose unit stands on its own line under the titles: the header still
    # dates the columns and names the count column, so counts give no row.
    text = ("Prognos inför rapporten\n\n"
            "Vallmo Bygg          Prognos Q3-25  Lägsta  Antal estimat  Utfall Q3-24\n"
            "(Mkr)\n"
            "Nettoomsättning      2 410          2 300   6              2 275\n"
            "Rörelseresultat      131            118     6              140\n"
            "\nKälla: analyshuset\n")
    doc = txt(text)
    assert cells(doc) == [
        ["Vallmo Bygg", "Prognos Q3-25", "Lägsta", "Antal estimat", "Utfall Q3-24"],
        ["(Mkr)", "", "", "", ""],
        ["Nettoomsättning", "2 410", "2 300", "6", "2 275"],
        ["Rörelseresultat", "131", "118", "6", "140"],
    ]
    rows = [r for r in extract_document(doc).amounts if r.in_table]
    assert [(r.text, r.value, r.year_start, r.is_previous) for r in rows] == [
        ("2 410", 2_410_000_000, 2025, False), ("2 300", 2_300_000_000, None, False),
        ("2 275", 2_275_000_000, 2024, True),
        ("131", 131_000_000, 2025, False), ("118", 118_000_000, None, False),
        ("140", 140_000_000, 2024, True)]


def test_a_line_of_prose_under_a_header_is_no_caption():
    text = ("Bolaget        2024    2023\n"
            "Omsättningen steg kraftigt under året som gick, skriver bolaget.\n"
            "Intäkter       512     488\n"
            "Kostnader      401     395\n")
    doc = txt("Årets siffror\n\n" + text)
    assert cells(doc) == [["Intäkter", "512", "488"], ["Kostnader", "401", "395"]]
    assert any(block.kind == "paragraph" and doc.text[block.start:block.end].startswith("Omsättningen steg")
               for block in doc.blocks)


def test_a_long_row_label_followed_by_one_space_keeps_every_column():
    # The longest label stands a single space from its first figure, so that row has one
    # gap fewer than the others; a layout of too few columns would put "1 912   4   1 850"
    # in one cell (newswire forecast tables).
    text = ("Prognos inför rapporten\n\n"
            "Rapportdag                   2024-07-18\n"
            "(miljoner kronor)            Q2-24, prognos Antal estimat Utfall i fjol\n"
            "Försäljning                  1 912          4             1 850\n"
            "Rörelseresultat, rapporterat 240           4             198\n"
            "\nKälla: analyshuset\n")
    doc = txt(text)
    assert cells(doc)[2:] == [["Försäljning", "1 912", "4", "1 850"],
                              ["Rörelseresultat, rapporterat", "240", "4", "198"]]
    values = {(r.text, r.value) for r in extract_document(doc).amounts if r.in_table}
    assert {("1 912", 1_912_000_000), ("1 850", 1_850_000_000), ("198", 198_000_000)} <= values
    assert ("4", 4_000_000) not in values


PROSE = [
    # two spaces after a full stop, on lines that follow each other
    "Kommunen satsar på skolan.  Det handlar om 12 miljoner kronor.\n"
    "Pengarna går till lärare.  Beslutet togs i går av nämnden.\n",
    # a poem-like layout with indented lines
    "Vi bygger för framtiden\n    och för de som kommer efter oss\n  med 5 miljoner kronor\n",
    # a numbered list with tabs (as a word processor writes it)
    "Villkor:\n1.\tvara anmäld senast den 3 maj 2024, och\n2.\tha betalat 500 kronor i avgift.\n",
    # a dash list with gaps
    "- Norrtåg  120 Mkr\n- Västtrafik  180 Mkr\n",
    # one row alone is no table
    "Nettoomsättning     4 008     3 815\n",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_lists_and_lone_lines_are_never_tables(text):
    assert txt(text).tables == ()
    assert document_from_text("md", "md.md", text, "md").tables == ()


def test_a_jsonl_newswire_body_keeps_its_aligned_table():
    body = ("Fondbolaget redovisar avkastningen i procent:\n\n"
            "            Mars (EUR)  Hittills i år\nFond        -1,2        +4,5\n"
            "Jmf-index   -0,8        +3,9\n\nFörvaltaren är nöjd.")
    line = ('{{"id": "fond-1", "title": "Fonden i mars", "text": {}}}'.format(__import__("json").dumps(body)))
    doc = document_from_record(line.encode(), "nyheter.jsonl:1")
    assert cells(doc) == [["", "Mars (EUR)", "Hittills i år"], ["Fond", "-1,2", "+4,5"],
                          ["Jmf-index", "-0,8", "+3,9"]]
    assert doc.tables[0].context == "Fondbolaget redovisar avkastningen i procent:"


def test_a_fenced_table_may_have_a_blank_line_under_its_header():
    body = ("Innehav per sektor:\n\n```\nBolag            Sektor        Vikt (%)\n\n"
            "Skogsbolaget     Material      6,1\nBanken           Finans        4,9\n```\n")
    doc = document_from_text("f", "f.md", body, "md")
    assert cells(doc) == [["Bolag", "Sektor", "Vikt (%)"], ["Skogsbolaget", "Material", "6,1"],
                          ["Banken", "Finans", "4,9"]]


def test_a_markdown_paragraph_stops_where_a_table_starts():
    body = ("Så fördelas pengarna (tkr):\nRegion Norr       1 200\nRegion Syd        2 400\n")
    doc = document_from_text("m", "m.md", body, "md")
    assert cells(doc) == [["Region Norr", "1 200"], ["Region Syd", "2 400"]]
    assert doc.tables[0].context == "Så fördelas pengarna (tkr):"
    amounts = extract_document(doc).amounts
    assert [(a.text, a.value) for a in amounts if a.in_table] == [
        ("1 200", Decimal(1_200_000)), ("2 400", Decimal(2_400_000))]


# A budget table converted to text: the row labels name whole items, longer than a cell of
# a newswire table, beside figures only.
BUDGET_TEXT = """Satsningen i budgetpropositionen

Regeringen föreslår följande satsningar på landsbygdens vård.

Satsningar för vård på landsbygden (miljoner kronor)
                                                                      2026  2027  2028
Fler vårdplatser i glesbygd                                           120   140   140
Stöd till ambulanssjukvård och akutvård i regioner med långa avstånd  35    60    60
"""


def test_a_budget_table_as_text_keeps_rows_with_long_labels():
    doc = txt(BUDGET_TEXT)
    assert cells(doc)[1:] == [
        ["Fler vårdplatser i glesbygd", "120", "140", "140"],
        ["Stöd till ambulanssjukvård och akutvård i regioner med långa avstånd", "35", "60", "60"]]
    values = {(r.text, r.value) for r in extract_document(doc).amounts if r.in_table}
    assert {("35", 35_000_000), ("60", 60_000_000)} <= values


def test_a_long_label_beside_words_is_still_prose():
    # the long "label" stands before words, not figures: a sentence with a double space
    text = ("Vi har under det gångna året arbetat hårt med att förbättra  kvaliteten i hela\n"
            "verksamheten och resultatet av det arbetet syns nu  i våra siffror för året\n")
    assert txt(text).tables == ()


def test_a_tab_table_copied_from_a_spreadsheet_keeps_its_empty_cells():
    # one tab between cells, so an empty cell is two tabs side by side
    text = ("Fördelning per år\n\nBelopp i tkr\n"
            "\t2025\t2026\t2027\n"
            "Nya lokaler för kulturskolan\t\t1 500\t2 000\n"
            "Upprustning av idrottshallar i kommunens ytterområden och skolor\t800\t\t400\n"
            "Summa\t800\t1 500\t2 400\n")
    doc = txt(text)
    assert cells(doc) == [
        ["", "2025", "2026", "2027"],
        ["Nya lokaler för kulturskolan", "", "1 500", "2 000"],
        ["Upprustning av idrottshallar i kommunens ytterområden och skolor", "800", "", "400"],
        ["Summa", "800", "1 500", "2 400"]]
    values = {(r.text, r.value) for r in extract_document(doc).amounts if r.in_table}
    assert {("1 500", 1_500_000), ("800", 800_000), ("400", 400_000)} <= values


def test_tabs_set_to_align_columns_are_one_gap():
    text = ("Kurs per andel\n\nFond\t\tKurs (kr)\nSparfonden\t\t112,40\nRäntefonden\t\t98,10\n")
    assert cells(txt(text)) == [["Fond", "Kurs (kr)"], ["Sparfonden", "112,40"],
                                ["Räntefonden", "98,10"]]


# A budget table as text whose items have figures for some years only: no row shows every
# column, the header over the years leaves the corner empty.
SPARSE_BUDGET = """Satsningar på räddningstjänsten (miljoner kronor)
                                                              2026  2027  2028
Utbildning av deltidsbrandmän: förberedande arbete hos MSB     4
Utbildning av deltidsbrandmän: kurser på regionala övningsfält       25    25
Nya fordon till räddningstjänsten i glesbygd                         30    32
"""


def test_a_sparse_budget_table_takes_its_columns_from_the_header():
    doc = txt("Räddningstjänsten stärks\n\nRegeringen föreslår nya medel.\n\n" + SPARSE_BUDGET)
    assert cells(doc) == [
        ["", "2026", "2027", "2028"],
        ["Utbildning av deltidsbrandmän: förberedande arbete hos MSB", "4", "", ""],
        ["Utbildning av deltidsbrandmän: kurser på regionala övningsfält", "", "25", "25"],
        ["Nya fordon till räddningstjänsten i glesbygd", "", "30", "32"]]
    values = {(r.text, r.value) for r in extract_document(doc).amounts if r.in_table}
    assert {("4", 4_000_000), ("25", 25_000_000), ("32", 32_000_000)} <= values


def test_a_markdown_table_without_outer_pipes_is_a_table():
    """GitHub's table syntax leaves the outer pipes out as often as it writes them."""
    doc = document_from_text("b", "b.md", "\n".join([
        "# Bidrag till föreningar", "", "Kommunen fördelar årets bidrag så här:",
        "Förening | Bidrag (kr)", "--- | ---:", "Idrottsklubben | 250 000",
        "Hembygdsföreningen | 75 000", "", "Ansökan för nästa år öppnar i mars."]), "md")
    assert cells(doc) == [["Förening", "Bidrag (kr)"], ["Idrottsklubben", "250 000"],
                          ["Hembygdsföreningen", "75 000"]]
    rows = extract_document(doc).amounts
    assert [(r.value, r.in_table, r.area) for r in rows] == [
        (Decimal("250000"), True, "Idrottsklubben"), (Decimal("75000"), True, "Hembygdsföreningen")]


def test_a_pipe_in_prose_or_a_rule_under_it_is_no_table():
    doc = document_from_text("p", "p.md", "\n".join([
        "# Nytt stöd", "", "Stödet gäller för A | B-lagen i serien.", "", "Text om stödet",
        "---", "", "Stödet är 40 000 kronor."]), "md")
    assert not doc.tables


# A Markdown table pasted into a .txt release, as a text copied from a Markdown page or a
# report converter's output holds it.
PIPED = """Kommunen fördelar föreningsbidrag

Kommunen fördelar 3 miljoner kronor till föreningar i år enligt tabellen nedan.

| Förening | Bidrag (kr) |
|---|---|
| Idrottsklubben | 1 200 000 |
| Scoutkåren | 800 000 |
| Summa | 2 000 000 |

Beslutet fattades i kommunstyrelsen i går.
"""


def test_a_pipe_table_in_plain_text_reads_as_in_markdown():
    plain = txt(PIPED)
    markdown = document_from_text("note", "note.md", "# " + PIPED, "md")
    assert cells(plain) == cells(markdown) == [
        ["Förening", "Bidrag (kr)"], ["Idrottsklubben", "1 200 000"], ["Scoutkåren", "800 000"],
        ["Summa", "2 000 000"]]
    rows = extract_document(plain).amounts
    assert [(r.text, r.value, r.in_table, r.is_total) for r in rows] == [
        ("3 miljoner kronor", Decimal(3_000_000), False, False),
        ("1 200 000", Decimal(1_200_000), True, False), ("800 000", Decimal(800_000), True, False),
        ("2 000 000", Decimal(2_000_000), True, True)]
    assert "kommunstyrelsen" in plain.text.split("\n")[-1]


def test_lines_that_open_with_a_pipe_but_have_no_delimiter_row_stay_prose():
    doc = txt("Ett meddelande\n\n| Läs mer om bidragen |\n| Kontakta kommunen |\n")
    assert doc.tables == ()


# A fund note pasted as text with its fenced return table, a blank line under the header
# (fonderdirekt monthly comments: the corpus's fonderdirekt-nyheter 00130, 00131, 00136, 00201
# written as .txt).
FENCED_RETURNS = """Tillväxtfonden föll i mars

Avkastning för Tillväxtfonden och dess jämförelseindex under månaden och hittills i år,
i procent:

```
           Mars (USD)   HiÅ     Mars (SEK)   HiÅ

Fond       -4,2         -9,8    -2,6         -5,1
Jmf-index  -3,9         -8,1    -2,2         -4,4
```

Förvaltarna ser fortsatt goda möjligheter i regionen.
"""


def test_a_fenced_table_in_plain_text_keeps_its_header_as_in_markdown():
    plain = txt(FENCED_RETURNS)
    markdown = document_from_text("note", "note.md", "# " + FENCED_RETURNS, "md")
    assert cells(plain) == cells(markdown) == [
        ["", "Mars (USD)", "HiÅ", "Mars (SEK)", "HiÅ"], ["Fond", "-4,2", "-9,8", "-2,6", "-5,1"],
        ["Jmf-index", "-3,9", "-8,1", "-2,2", "-4,4"]]
    assert extract_document(plain).amounts == ()    # returns in percent, not dollars
