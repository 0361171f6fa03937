"""Ingest: Markdown and scraped text become a clean text with blocks whose offsets hold."""
from datetime import date

import pytest

from pipeline.ingest import UnreadableFile, document_from_text, read_document

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


def test_scraped_text_loses_its_site_chrome_and_keeps_title_publisher_and_date():
    doc = document_from_text("vag", "vag.txt", SCRAPED, "txt")
    assert (doc.title, doc.publisher, doc.published) == (
        "Nya pengar till vägunderhåll i norr", "Infrastrukturdepartementet", date(2015, 3, 12))
    assert "Regeringen avsätter 250 miljoner kronor till vägunderhåll" in doc.text
    for chrome in ("Läs mer", "08-405 10 00", "Följ oss", "Innehållet publicerades", "Publicerad"):
        assert chrome not in doc.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"])
def test_text_in_any_common_encoding_decodes_to_the_same_words(tmp_path, encoding):
    path = tmp_path / "release.txt"
    path.write_bytes("Stödet till Örebro län ökar med 5 miljoner kronor – i år.\n".encode(encoding)
                     if encoding != "latin-1" else
                     "Stödet till Örebro län ökar med 5 miljoner kronor i år.\n".encode(encoding))
    doc = read_document(path, tmp_path)
    assert "Stödet till Örebro län ökar med 5 miljoner kronor" in doc.text


def test_no_break_spaces_inside_numbers_survive_and_text_is_nfc():
    doc = document_from_text("n", "n.md", "Bidraget är 1\u00a0500\u00a0000 kronor till Sko\u0308vde.", "md")
    assert "1\u00a0500\u00a0000 kronor" in doc.text
    assert "Skövde" in doc.text    # the combining diaeresis is composed


def test_an_empty_file_is_refused_by_name(tmp_path):
    (tmp_path / "tom.md").write_bytes(b"  \n")
    with pytest.raises(UnreadableFile, match=r"^tom\.md: empty file"):
        read_document(tmp_path / "tom.md", tmp_path)
