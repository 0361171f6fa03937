"""Ingest: raw bytes -> `Document` (cleaned text, title, publisher, date, blocks, tables).

Every reader turns its format into a list of `Part`s (a title, heading, paragraph, list item or
table, already cleaned of markup) and `layout.assemble` lays them out as one text, so every
block and cell offset indexes the cleaned text:

    decode     bytes -> text (encodings, binary files, stray controls)
    markdown   .md / .markdown and JSONL bodies -> parts
    plaintext  .txt (scraped pages) -> parts, publisher, title and date line
    html       .html / .htm -> parts through trafilatura, with the page's metadata
    jsonl      JSONL lines -> records and documents
    dates      ISO fields and date lines
    layout     parts -> text, blocks and tables
    reader     files and texts -> `Document`, by format
"""
from pipeline.ingest.decode import UnreadableFile
from pipeline.ingest.jsonl import (
    Record,
    document_from_record,
    record_id,
    record_line,
    records_in_jsonl,
    records_in_stream,
)
from pipeline.ingest.reader import (
    DEFAULT_MAX_BYTES,
    SUFFIXES,
    Format,
    document_from_bytes,
    document_from_text,
    format_of,
    read_document,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "Format",
    "Record",
    "UnreadableFile",
    "document_from_bytes",
    "document_from_record",
    "document_from_text",
    "format_of",
    "read_document",
    "record_id",
    "record_line",
    "records_in_jsonl",
    "records_in_stream",
]
