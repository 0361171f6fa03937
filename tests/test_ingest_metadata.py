"""Honest metadata: a date keeps the precision its source gives, an unreadable one is left
empty with a warning naming the file, and a Markdown release's YAML front matter gives its
title, date and publisher without becoming text."""
from __future__ import annotations

import json
import logging
from datetime import date, datetime

import pyarrow.parquet as pq
import pytest

from pipeline.ingest import document_from_record, read_document
from pipeline.run import document_row, extract, extract_document


def record(date_field: object) -> bytes:
    return json.dumps({"id": "kd-1", "title": "Stöd till glesbygden", "date": date_field,
                       "text": "Regeringen ger 20 miljoner kronor till glesbygden."}).encode()


@pytest.mark.parametrize("stated, published, precision", [
    ("2023-09-12", date(2023, 9, 12), "day"),
    ("2023-09-12T08:30:00+02:00", date(2023, 9, 12), "day"),
    ("2023-09", date(2023, 9, 1), "month"),
    ("2023", date(2023, 1, 1), "year"),
    ("12 mars 2015", date(2015, 3, 12), "day"),
    (None, None, None),
])
def test_a_jsonl_date_keeps_its_precision(stated, published, precision):
    doc = document_from_record(record(stated), "nyheter.jsonl:4")
    assert (doc.published, doc.published_precision) == (published, precision)
    row = document_row(doc)
    assert (row.published, row.published_precision) == (published, precision)


@pytest.mark.parametrize("title, read", [
    (">-", None),              # a folded YAML title whose text the scraper lost
    (" | ", None),
    ("Fondsparandet ökade i maj", "Fondsparandet ökade i maj"),
    ("Rekordår för fonderna 2024", "Rekordår för fonderna 2024"),
])
def test_a_record_title_of_markup_alone_is_no_title(title, read):
    line = json.dumps({"id": "fd-7", "title": title,
                       "text": "STOCKHOLM (Fonder Direkt) Nettosparandet i fonder uppgick till "
                               "4,1 miljarder kronor i maj."}).encode()
    doc = document_from_record(line, "fonder.jsonl:2")
    assert doc.title == read
    assert [r.area for r in extract_document(doc).amounts] == ["Nettosparandet i fonder"]


@pytest.mark.parametrize("stated", ["i höstas", "2023-13-45", "31/02/2023"])
def test_an_unreadable_date_is_left_empty_with_a_warning_naming_the_file(stated, caplog):
    with caplog.at_level(logging.WARNING):
        doc = document_from_record(record(stated), "nyheter.jsonl:4")
    assert (doc.published, doc.published_precision, doc.status) == (None, None, "ok")
    assert f"nyheter.jsonl:4: unreadable date {stated!r}, left empty" in caplog.text


FRONT_MATTER = """---
title: Nytt stöd till glesbygdens butiker
date: 2024-05
publisher: Landsbygdsdepartementet
url: https://example.se/pressmeddelanden/butiksstod
tags: [landsbygd, handel]
---

Regeringen avsätter 35 miljoner kronor till lanthandlar i glesbygd.

## Så söker man

Ansökan görs hos länsstyrelsen före den 1 oktober.
"""


def test_front_matter_gives_the_metadata_and_is_no_text(tmp_path):
    (tmp_path / "butiksstod.md").write_text(FRONT_MATTER, encoding="utf-8")
    doc = read_document(tmp_path / "butiksstod.md", tmp_path)
    assert (doc.title, doc.publisher, doc.published, doc.published_precision) == (
        "Nytt stöd till glesbygdens butiker", "Landsbygdsdepartementet", date(2024, 5, 1), "month")
    assert doc.text.startswith("Nytt stöd till glesbygdens butiker\n\nRegeringen avsätter")
    for matter in ("---", "url", "example.se", "tags", "landsbygd, handel", "2024-05"):
        assert matter not in doc.text, matter
    [amount] = extract_document(doc).amounts
    assert doc.text[amount.start:amount.end] == amount.text == "35 miljoner kronor"


def test_a_yaml_date_and_a_heading_title_of_the_body(tmp_path, caplog):
    text = "---\ndate: 2024-05-14\nauthor: Region Dalarna\n---\n# Bidrag till vägföreningar\n\nText.\n"
    (tmp_path / "vag.md").write_text(text, encoding="utf-8")
    doc = read_document(tmp_path / "vag.md", tmp_path)
    assert (doc.title, doc.publisher, doc.published, doc.published_precision) == (
        "Bidrag till vägföreningar", "Region Dalarna", date(2024, 5, 14), "day")
    assert doc.text == "Bidrag till vägföreningar\n\nText."


def test_rules_around_prose_at_the_top_are_no_front_matter(tmp_path):
    text = "---\nKommunen satsar 5 miljoner kronor på skolgårdar.\n---\n\nMer text.\n"
    (tmp_path / "regel.md").write_text(text, encoding="utf-8")
    doc = read_document(tmp_path / "regel.md", tmp_path)
    assert "Kommunen satsar 5 miljoner kronor på skolgårdar." in doc.text


def test_the_documents_table_has_the_precision_column(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "butiksstod.md").write_text(FRONT_MATTER, encoding="utf-8")
    extract(tmp_path / "raw", tmp_path / "out", jobs=1)
    [row] = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert (row["published"], row["published_precision"]) == (datetime(2024, 5, 1), "month")
