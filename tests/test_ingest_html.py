"""HTML read as a reader sees it: the article with its headings, lists and tables, never the
menus, banners, scripts or server-side code around it."""
from datetime import date
from decimal import Decimal
from pathlib import Path

from pipeline.document import Document
from pipeline.ingest import read_document
from pipeline.run import extract_document

FIXTURES = Path(__file__).parent / "fixtures"


def page(name: str) -> Document:
    return read_document(FIXTURES / name, FIXTURES)


def cells(doc: Document, table: int) -> list[list[str]]:
    return [[doc.text[s:e] for s, e in row] for row in doc.tables[table].rows]


def money(doc: Document) -> list[tuple[str, Decimal, bool]]:
    return [(r.text, r.value, r.in_table) for r in extract_document(doc).amounts]


def test_a_menu_offer_and_a_cookie_banner_give_no_money_row():
    doc = page("laddstolpar.htm")
    assert (doc.title, doc.publisher, doc.published) == (
        "Nya laddstolpar i Sundsvall", "Sundsvall Energi", date(2024, 3, 14))
    for chrome in ("rabatt", "Privat", "kakor", "Godkänn", "Box 123", "Press"):
        assert chrome not in doc.text, chrome
    assert [(text, value) for text, value, _ in money(doc)] == [
        ("6,5\u00a0miljoner kronor", Decimal(6_500_000)), ("3,50 kronor", Decimal("3.5"))]
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph", "heading",
                                            "paragraph"]


def test_an_nbsp_inside_a_number_stays_a_no_break_space():
    doc = page("civilsamhallet.htm")
    assert "150\u00a0miljoner kronor" in doc.text
    assert cells(doc, 0)[1] == ["2023", "150\u00a0000"]


def test_a_short_page_of_grants_keeps_its_tables_with_header_and_caption():
    doc = page("foreningsbidrag.htm")
    assert (doc.title, doc.publisher, doc.published) == (
        "Kulturnämnden fördelar föreningsbidrag", "Ljusdals kommun", date(2023, 4, 5))
    assert cells(doc, 0) == [["Föreningen Ljusglimten", "250 000 kr"], ["Järvsö IF", "180 000 kr"],
                             ["Ljusdals konstförening", "95 000 kr"]]
    assert doc.tables[0].context == "Kulturnämnden fördelar 525 000 kronor till tre föreningar."
    assert cells(doc, 1) == [["Verksamhet", "2023", "2024"], ["Barn och unga", "410", "450"],
                             ["Kulturarv", "115", "120"]]
    assert doc.tables[1].context == "Bidrag per verksamhet (tkr)"
    grants = [(t, v) for t, v, in_table in money(doc) if in_table]
    assert grants[:3] == [("250 000 kr", 250_000), ("180 000 kr", 180_000), ("95 000 kr", 95_000)]
    assert ("410", 410_000) in grants
    assert "Omsorg" not in doc.text and "827 80" not in doc.text


def test_server_side_code_in_a_saved_page_is_not_text():
    doc = page("norrskolan-php.htm")
    assert doc.title == "Gymnasieskolan bygger ut"
    for code in ("$", "include", "echo", "Response", "Populär", "{%", "{{", "fotnot", "2 000 kr",
                 "1 500 kr"):
        assert code not in doc.text, code
    assert doc.text.startswith("Gymnasieskolan bygger ut\n\nKommunfullmäktige har beslutat")
    assert [text for text, _, _ in money(doc)] == ["48 miljoner kronor"]
    # "höstterminen 2026" in the text is no publication date
    assert doc.published is None


def test_a_layout_table_is_not_read_as_a_table_but_the_data_table_in_it_is():
    doc = page("markkop-layout.htm")
    assert "Start" not in doc.text and "Nyheter" not in doc.text
    [table] = doc.tables
    assert cells(doc, 0) == [["Fastighet", "Pris"], ["Hamnen 1:4", "5 000 000 kr"],
                             ["Hamnen 1:5", "4 500 000 kr"], ["Hamnen 2:1", "2 500 000 kr"]]
    assert [b.kind for b in doc.blocks if b.kind != "table_row"] == [
        "heading", "paragraph", "paragraph"]
