"""The records that flow between the stages: a cleaned `Document` with its structure.

`Document.text` is the cleaned text; every offset in the pipeline (blocks, table cells,
amounts) indexes it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

BlockKind = Literal["title", "heading", "paragraph", "list_item", "table_row"]
# How much of `Document.published` the source states: a month alone is the month's first day.
Precision = Literal["day", "month", "year"]
Span = tuple[int, int]


# A tuple, not a frozen dataclass, as layout's parts are: a release makes one per block, and a
# frozen dataclass sets each field through object.__setattr__ (a tenth of ingest).
class Block(NamedTuple):
    """One unit of the release's structure: a title, heading, paragraph, list item or table row.

    `section` is the text of the nearest heading above the block (None before the first one).
    `table` is the index into `Document.tables` for a table row, else None.
    """

    kind: BlockKind
    start: int
    end: int
    section: str | None = None
    table: int | None = None


@dataclass(frozen=True)
class Table:
    """A table as found in the text: every row's cells as spans into `Document.text`.

    `rows` keeps header rows too (ingest cannot tell a year row from a data row); `context` is
    the text just before the table (a caption, heading or sentence that may name the unit).
    """

    rows: tuple[tuple[Span, ...], ...]
    context: str = ""


@dataclass(frozen=True)
class Document:
    doc_id: str
    source: str
    sha256: str
    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    published_precision: Precision | None = None
    blocks: tuple[Block, ...] = ()
    tables: tuple[Table, ...] = ()
    status: str = "ok"
