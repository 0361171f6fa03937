"""Ingest: Markdown, scraped text, HTML and JSONL records become a clean text with blocks whose
offsets hold, the chrome of the site left out and the title, publisher and date found."""
from datetime import date
from pathlib import Path

import pytest

from pipeline.document import Document
from pipeline.ingest import (
    UnreadableFile,
    document_from_record,
    document_from_text,
    read_document,
)
from pipeline.ingest.markdown import heading_of
from pipeline.run import extract_document

FIXTURES = Path(__file__).parent / "fixtures"

MARKDOWN = """# Regeringen satsar på kollektivtrafiken

Regeringen avsätter [300 miljoner kronor](https://example.se/budget) till **regionala tåg**.

## Fördelning

- Norrtåg 120 Mkr
- Västtrafik 180 Mkr

| **Län (mnkr)** | **2026** |
| --- | --- |
| Norrbotten | 120 |
"""

SCRAPED = """Hoppa till huvudinnehåll
Pressmeddelande från Infrastrukturdepartementet

Nya pengar till vägunderhåll i norr
Publicerad 12 mars 2015

Regeringen avsätter 250 miljoner kronor till vägunderhåll i Norrbotten under 2015.
Pengarna fördelas av Trafikverket.

Läs mer om vägunderhåll

Kontakt
Anna Andersson
Pressekreterare
Telefon 08-405 10 00
anna.andersson@regeringskansliet.se

Följ oss på Twitter
Innehållet publicerades under perioden 2014-2018
"""

# The layout of a government site: chrome above the publisher line, "Publicerad Uppdaterad"
# with its dates lost in scraping, a quotation opened by a dash, a bullet list.
GOVERNMENT = """Innehållet publicerades under perioden

-

Lena Hallengren har entledigats, socialminister

-
Pressmeddelande från Socialdepartementet

Nytt stöd till barnmorskemottagningar i glesbygd

Publicerad Uppdaterad

Regeringen har beslutat att fördela 45 miljoner kronor till regionerna för att förstärka
barnmorskemottagningarna i glesbygd under 2016.

- Ingen ska behöva åka tio mil för att träffa en barnmorska, säger socialministern.

Pengarna fördelas så här:

  • Norrbotten 12 Mkr.
  • Västerbotten 10 Mkr.
  • Jämtland 8 Mkr.

Läs mer om satsningen på kvinnors hälsa

Kontakt

Johan Berg
Pressekreterare hos socialministern
Telefon 08-405 10 00
Mobil 072-555 12 34
johan.berg@regeringskansliet.se

Följ Socialdepartementet på Twitter
Gilla Socialdepartementet på Facebook
"""

# A news site: organisation line, headline, dateline with time and zone, a press contact block.
NEWSROOM = """Region Jämtland Härjedalen

Nytt avtal ger ambulansflyget 80 miljoner kronor om året

Pressmeddelande   •   Maj 03, 2022 09:00 CEST

Regionstyrelsen har godkänt ett nytt avtal om ambulansflyg. Avtalet är värt 80 miljoner kronor
per år och gäller från och med den 1 januari 2023.

Avtalet omfattar två flygplan i Östersund och en helikopter i Sveg.

Presskontakt
Lena Nilsson
Kommunikatör
lena.nilsson@regionjh.se
063-14 70 00
"""

# A municipality's page: skip link, menu, search, breadcrumb trail, ISO date lines, share
# buttons and an address block.
MUNICIPALITY = """Hoppa till innehåll
Meny
Sök
Start > Kommun och politik > Nyheter

Kommunen bygger tre nya förskolor
Publicerad: 2021-05-04
Senast uppdaterad: 2021-05-06

Kommunfullmäktige i Kalmar beslutade på måndagen att investera 145 miljoner kronor i tre nya
förskolor under perioden 2022–2024.

Förskolorna ska tillsammans ge plats åt omkring 360 barn.

Dela på Facebook
Dela på Twitter
Skriv ut

Kontakta oss
Kalmar kommun
Box 611, 391 26 Kalmar
Telefon: 0480-45 00 00
E-post: kommun@kalmar.se
"""


def block_texts(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def assert_offsets_hold(doc: Document) -> None:
    """Blocks cover the text in order with only blank separators between them, each block's
    span is trimmed text, and every table cell lies inside one of its table's rows."""
    end = 0
    for block in doc.blocks:
        piece = doc.text[block.start:block.end]
        assert end <= block.start < block.end <= len(doc.text)
        assert piece == piece.strip() != ""
        assert doc.text[end:block.start].strip() == ""
        end = block.end
    assert doc.text[end:].strip() == ""
    for index, table in enumerate(doc.tables):
        rows = [(b.start, b.end) for b in doc.blocks if b.table == index]
        assert len(rows) == len(table.rows)
        for (row_start, row_end), cells in zip(rows, table.rows, strict=False):
            assert all(row_start <= s <= e <= row_end for s, e in cells)


def test_markdown_keeps_title_headings_items_and_table_cells_at_their_offsets():
    doc = document_from_text("kollektivtrafik", "kollektivtrafik.md", MARKDOWN, "md")
    assert doc.title == "Regeringen satsar på kollektivtrafiken"
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["title", "paragraph", "heading", "list_item", "list_item", "table_row", "table_row"]
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts[1] == "Regeringen avsätter 300 miljoner kronor till regionala tåg."
    assert texts[3:5] == ["Norrtåg 120 Mkr", "Västtrafik 180 Mkr"]
    assert all(b.section == "Fördelning" for b in doc.blocks[3:])
    [table] = doc.tables
    cells = [[doc.text[s:e] for s, e in row] for row in table.rows]
    assert cells == [["Län (mnkr)", "2026"], ["Norrbotten", "120"]]
    assert_offsets_hold(doc)


def test_scraped_text_loses_its_site_chrome_and_keeps_title_publisher_and_date():
    doc = document_from_text("vag", "vag.txt", SCRAPED, "txt")
    assert (doc.title, doc.publisher, doc.published) == (
        "Nya pengar till vägunderhåll i norr", "Infrastrukturdepartementet", date(2015, 3, 12))
    assert "Regeringen avsätter 250 miljoner kronor till vägunderhåll" in doc.text
    for chrome in ("Läs mer", "08-405 10 00", "Följ oss", "Innehållet publicerades", "Publicerad"):
        assert chrome not in doc.text
    assert_offsets_hold(doc)


def test_a_government_release_keeps_its_quote_and_bullets_and_drops_the_rest():
    doc = document_from_text("barnmorskor", "barnmorskor.txt", GOVERNMENT, "txt")
    assert (doc.title, doc.publisher, doc.published) == (
        "Nytt stöd till barnmorskemottagningar i glesbygd", "Socialdepartementet", None)
    assert block_texts(doc) == [
        ("title", "Nytt stöd till barnmorskemottagningar i glesbygd"),
        ("paragraph", "Regeringen har beslutat att fördela 45 miljoner kronor till regionerna för "
                      "att förstärka\nbarnmorskemottagningarna i glesbygd under 2016."),
        ("paragraph", "- Ingen ska behöva åka tio mil för att träffa en barnmorska, säger "
                      "socialministern."),
        ("paragraph", "Pengarna fördelas så här:"),
        ("list_item", "Norrbotten 12 Mkr."),
        ("list_item", "Västerbotten 10 Mkr."),
        ("list_item", "Jämtland 8 Mkr."),
    ]
    assert_offsets_hold(doc)
    amounts = [(r.text, r.area) for r in extract_document(doc).amounts]
    assert [text for text, _ in amounts] == ["45 miljoner kronor", "12 Mkr", "10 Mkr", "8 Mkr"]
    assert [area for _, area in amounts[1:]] == ["Norrbotten", "Västerbotten", "Jämtland"]


def test_a_newsroom_release_gives_organisation_headline_and_dateline():
    doc = document_from_text("ambulansflyg", "ambulansflyg.txt", NEWSROOM, "txt")
    assert (doc.title, doc.publisher, doc.published) == (
        "Nytt avtal ger ambulansflyget 80 miljoner kronor om året", "Region Jämtland Härjedalen",
        date(2022, 5, 3))
    assert [kind for kind, _ in block_texts(doc)] == ["title", "paragraph", "paragraph"]
    for chrome in ("Presskontakt", "Lena Nilsson", "063-14 70 00", "CEST", "regionjh.se"):
        assert chrome not in doc.text
    assert_offsets_hold(doc)


def test_a_municipal_page_loses_menu_breadcrumb_share_buttons_and_address():
    doc = document_from_text("forskolor", "forskolor.txt", MUNICIPALITY, "txt")
    assert (doc.title, doc.publisher, doc.published) == (
        "Kommunen bygger tre nya förskolor", None, date(2021, 5, 4))
    assert block_texts(doc)[1:] == [
        ("paragraph", "Kommunfullmäktige i Kalmar beslutade på måndagen att investera 145 miljoner "
                      "kronor i tre nya\nförskolor under perioden 2022–2024."),
        ("paragraph", "Förskolorna ska tillsammans ge plats åt omkring 360 barn."),
    ]
    assert_offsets_hold(doc)


def test_a_short_body_line_that_starts_like_chrome_is_kept():
    text = ("Stödet till läsning ökar\n\nLäs mer om hur 40 miljoner kronor till skolbibliotek ska "
            "fördelas mellan landets kommuner under de kommande tre åren i regeringens förslag.\n")
    doc = document_from_text("las", "las.txt", text, "txt")
    assert "40 miljoner kronor till skolbibliotek" in doc.text


def html_page(encoding: str = "utf-8") -> bytes:
    # The fixture is `.htm` because the repository ignores `*.html` (the show command's output).
    page = (FIXTURES / "civilsamhallet.htm").read_text(encoding="utf-8")
    return page.replace('charset="utf-8"', f'charset="{encoding}"').encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1252"])
def test_html_gives_the_article_with_its_structure_and_the_page_metadata(tmp_path, encoding):
    (tmp_path / "civilsamhallet.html").write_bytes(html_page(encoding))
    doc = read_document(tmp_path / "civilsamhallet.html", tmp_path)
    assert (doc.title, doc.publisher, doc.published) == (
        "Ökat stöd till civilsamhället", "Kulturdepartementet", date(2022, 11, 8))
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["title", "paragraph", "heading", "paragraph", *["list_item"] * 3,
                     *["table_row"] * 3, "paragraph"]
    texts = dict(enumerate(text for _, text in block_texts(doc)))
    assert texts[2] == "Så fördelas pengarna"
    assert [texts[k] for k in (4, 5, 6)] == [
        "Idrottsrörelsen 80 miljoner kronor", "Studieförbunden 50 miljoner kronor",
        "Trossamfunden 20 miljoner kronor"]
    [table] = doc.tables
    assert [[doc.text[s:e] for s, e in row] for row in table.rows] == [
        ["År", "Belopp (tkr)"], ["2023", "150\u00a0000"], ["2024", "150\u00a0000"]]
    assert all(b.section == "Så fördelas pengarna" for b in doc.blocks[3:])
    assert_offsets_hold(doc)
    # Navigation, scripts, the date line, the contact section and the footer are not text.
    for chrome in ("Till innehåll", "Startsida", "900 miljoner", "250 miljoner", "75 miljoner",
                   "8 miljarder", "Publicerad", "Kontakt", "Anna Svensson", "08-405 10 00",
                   "Kakor", "analytics", "querySelector"):
        assert chrome not in doc.text, chrome


def test_a_page_with_no_main_text_is_refused_by_name(tmp_path):
    (tmp_path / "saknas.html").write_text(
        "<html><head><title>Sidan finns inte</title></head><body><nav><a href='/'>Start</a>"
        "</nav><script>var sida = 404;</script></body></html>", encoding="utf-8")
    with pytest.raises(UnreadableFile, match=r"^saknas\.html: no main text found in HTML$"):
        read_document(tmp_path / "saknas.html", tmp_path)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"])
def test_text_in_any_common_encoding_decodes_to_the_same_words(tmp_path, encoding):
    text = "Stödet till Örebro län ökar med 5 miljoner kronor – i år.\n"
    if encoding == "latin-1":
        text = text.replace(" –", "")     # Latin-1 has no en dash
    (tmp_path / "release.txt").write_bytes(text.encode(encoding))
    doc = read_document(tmp_path / "release.txt", tmp_path)
    assert doc.text == text.strip()


def test_a_long_legacy_file_is_read_in_the_code_page_its_start_shows(tmp_path):
    body = "Stödet till Örebro län – 5 miljoner kronor.\n" * 10_000
    last = "Sist: 9 miljoner € till Åre.\n"
    (tmp_path / "lang.txt").write_bytes((body + last).encode("cp1252"))
    doc = read_document(tmp_path / "lang.txt", tmp_path)
    assert doc.text.endswith(last.strip())
    assert doc.text.count("Örebro län – 5 miljoner kronor.") == 10_000


def test_no_break_and_thin_spaces_inside_numbers_survive_and_text_is_nfc():
    doc = document_from_text(
        "n", "n.md", "Bidraget är 1\u00a0500\u00a0000 kronor till Sko\u0308vde och 2\u2009500 kronor "
        "till\u00a0Ystad.\r\nAvgiften\u200b är 1\u202f200 kronor.", "md")
    assert "1\u00a0500\u00a0000 kronor" in doc.text
    assert "2\u2009500 kronor" in doc.text
    assert "1\u202f200 kronor" in doc.text
    assert "Skövde" in doc.text    # the combining diaeresis is composed
    assert "\r" not in doc.text and "\u200b" not in doc.text
    rows = extract_document(doc).amounts
    assert [int(r.value) for r in rows] == [1_500_000, 2_500, 1_200]


def test_an_empty_file_is_refused_by_name(tmp_path):
    (tmp_path / "tom.md").write_bytes(b"  \n")
    with pytest.raises(UnreadableFile, match=r"^tom\.md: empty file"):
        read_document(tmp_path / "tom.md", tmp_path)


def test_a_jsonl_record_gives_its_metadata_and_a_bad_line_says_why():
    good = document_from_record(
        '{"id": "bredband", "title": "Stöd till bredband", "publisher": "Finansdepartementet", '
        '"date": "2019-04-15", "text": "Regeringen avsätter 2 miljarder kronor till bredband."}'
        .encode(), "korpus.jsonl:1")
    assert (good.doc_id, good.title, good.publisher, good.published, good.status) == (
        "bredband", "Stöd till bredband", "Finansdepartementet", date(2019, 4, 15), "ok")
    assert good.text == "Stöd till bredband\n\nRegeringen avsätter 2 miljarder kronor till bredband."
    assert_offsets_hold(good)
    for line, reason in [
        ('{"id": "a", "text": "Stöd'.encode(), "invalid JSON"),
        ('{"id": "a", "text": "Stöd"}'.encode("latin-1"), "line is not UTF-8"),
        (b'["a", "b"]', "expected a JSON object, got list"),
        (b'{"id": "a"}', "field 'text' missing or not a string"),
        (b'{"id": " ", "text": "x"}', "field 'id' is empty"),
        (b'{"id": "a", "text": "x", "date": 2019}', "field 'date' is not a string"),
    ]:
        bad = document_from_record(line, "korpus.jsonl:7")
        assert bad.status.startswith(f"korpus.jsonl:7: {reason}"), bad.status
        assert bad.text == ""


# A release as a PDF converter or a mail client writes it: every paragraph broken at one
# width, so lines start with a figure, a name or the rest of a number.
WRAPPED = """Kommunen delar ut bidrag till föreningslivet

STOCKHOLM (Kommunnytt) Regionen fick i år ett rekordstort bidrag. Kostnaden
för ansökningarna med svenska aktörer är 1 207 miljoner euro varav
cirka 403 miljoner euro söks i bidrag från unionen. Bland
tecknarna i nyemissionen finns Alecta (76,5 miljoner kronor),
Handelsbanken Fonder (7,6 miljoner), EWS Stiftelsen (3,8 miljoner)
och Jesem AS (1,8 miljoner). Kommunen betalar ut totalt 143 500
000 kronor till föreningarna under året och lika mycket nästa år.

Pengarna går till:
• idrottsföreningar med verksamhet för barn och unga i hela kommunen
• kulturföreningar

Nästa ansökningsomgång öppnar i mars.
"""


def test_a_hard_wrapped_release_reads_as_its_paragraphs():
    doc = document_from_text("bidrag", "bidrag.txt", WRAPPED, "txt")
    assert doc.title == "Kommunen delar ut bidrag till föreningslivet"
    kinds = [kind for kind, _ in block_texts(doc)]
    assert kinds == ["title", "paragraph", "paragraph", "list_item", "list_item", "paragraph"]
    amounts = [(a.text, a.value, a.currency) for a in extract_document(doc).amounts]
    assert amounts == [
        ("1 207 miljoner euro", 1_207_000_000, "EUR"), ("403 miljoner euro", 403_000_000, "EUR"),
        ("76,5 miljoner kronor", 76_500_000, "SEK"), ("7,6 miljoner", 7_600_000, "SEK"),
        ("3,8 miljoner", 3_800_000, "SEK"), ("1,8 miljoner", 1_800_000, "SEK"),
        ("143 500 000 kronor", 143_500_000, "SEK")]
    assert_offsets_hold(doc)


def test_short_lines_of_a_scraped_page_are_not_taken_for_wrapped_prose():
    text = ("Regeringen satsar 497 miljoner kronor för att korta vårdköerna\n"
            "Publicerad 12 mars 2025\n\n"
            "Regeringen ger regionerna 497 miljoner kronor i år.\n")
    doc = document_from_text("vard", "vard.txt", text, "txt")
    assert doc.title == "Regeringen satsar 497 miljoner kronor för att korta vårdköerna"
    assert doc.published == date(2025, 3, 12)


@pytest.mark.parametrize("line, heading", [
    ("# Nya pengar till vården", ("#", "Nya pengar till vården")),
    ("### Fördelning per region ###", ("###", "Fördelning per region")),
    ("## Kvartal #3", ("##", "Kvartal #3")),       # a hash inside the text is the text's
    ("##\tStöd till glesbygden", ("##", "Stöd till glesbygden")),
    ("###", ("###", None)),
    ("#Regeringen", None),                           # no space: a hashtag, not a heading
    ("####### Sju", None),                           # more than six hashes
    ("Regeringen # avsätter", None),
])
def test_an_atx_heading_is_read_with_its_level_and_without_closing_hashes(line, heading):
    assert heading_of(line) == heading


def test_a_document_made_in_one_dict_is_the_one_its_dataclass_makes():
    from dataclasses import fields, replace

    from pipeline.ingest.reader import new_document

    values = {"doc_id": "press/stöd", "source": "press/stöd.md", "sha256": "ab12",
              "text": "Stöd\n\n5 kr", "title": "Stöd", "publisher": "Kommunen",
              "published": date(2023, 9, 1), "published_precision": "month", "blocks": (),
              "tables": (), "status": "ok"}
    made = new_document(**values)
    expected = Document(**values)
    assert made == expected and repr(made) == repr(expected) and vars(made) == vars(expected)
    assert list(vars(made)) == [f.name for f in fields(Document)]
    assert replace(made, status="x") == replace(expected, status="x")
    with pytest.raises(AttributeError):
        made.text = "annat"    # still frozen
