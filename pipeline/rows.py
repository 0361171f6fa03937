"""The rows a run writes, one dataclass per table (their Arrow schemas are in
`pipeline.write.tables`): plain Python, so that a process that only reads and parses releases does
not import Arrow."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class DocumentRow:
    doc_id: str
    source: str
    sha256: str
    title: str | None
    publisher: str | None
    published: date | None
    text: str
    n_amounts: int
    status: str
    published_precision: str | None = None


@dataclass(frozen=True)
class AmountRow:
    doc_id: str
    amount_no: int
    text: str
    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    currency: str
    qualifier: str | None
    per: str | None
    year_start: int | None
    year_end: int | None
    is_total: bool
    area: str | None
    area_source: str | None
    section: str | None
    sentence: str
    in_table: bool
    restates: int | None = None
    is_previous: bool = False


@dataclass(frozen=True)
class TotalRow:
    doc_id: str
    amount_no: int
    value: Decimal
    items_sum: Decimal | None
    n_items: int
    item_amount_nos: tuple[int, ...]
    status: str


@dataclass(frozen=True)
class Extraction:
    """Everything one release contributes to the tables."""

    document: DocumentRow
    amounts: tuple[AmountRow, ...]
    totals: tuple[TotalRow, ...]
