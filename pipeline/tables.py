"""Write: the output rows, their pyarrow schemas (defined once, here) and atomic Parquet writing."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq


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


def _field(name: str, type_: pa.DataType, doc: str, nullable: bool = False) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"doc": doc})


DOCUMENTS_SCHEMA = pa.schema([
    _field("doc_id", pa.string(), "raw file path relative to --raw, without suffix"),
    _field("source", pa.string(), "raw file path relative to --raw"),
    _field("sha256", pa.string(), "of the raw bytes"),
    _field("title", pa.string(), "title of the release", True),
    _field("publisher", pa.string(), "who published it", True),
    _field("published", pa.date32(), "publication date", True),
    _field("text", pa.string(), "the cleaned text that offsets refer to"),
    _field("n_amounts", pa.int32(), "money amounts found"),
    _field("status", pa.string(), '"ok", or why the file could not be read'),
])

AMOUNTS_SCHEMA = pa.schema([
    _field("doc_id", pa.string(), "the document"),
    _field("amount_no", pa.int32(), "1-based position in its document"),
    _field("text", pa.string(), "the amount as written"),
    _field("start", pa.int32(), "character offset into documents.text"),
    _field("end", pa.int32(), "end offset into documents.text"),
    _field("value", pa.float64(), "exact amount in units of currency (lower end of a range)"),
    _field("value_max", pa.float64(), "upper end of a range", True),
    _field("currency", pa.string(), "ISO 4217 code"),
    _field("qualifier", pa.string(), "approx, over, under, at_least, at_most", True),
    _field("per", pa.string(), "year, month, week, day, hour, or the noun", True),
    _field("year_start", pa.int16(), "first year the money is for", True),
    _field("year_end", pa.int16(), "last year the money is for", True),
    _field("is_total", pa.bool_(), "the amount is presented as a sum"),
    _field("area", pa.string(), "what the money is for", True),
    _field("area_source", pa.string(), "list_item, table, phrase, subject, heading, title", True),
    _field("section", pa.string(), "heading of the section holding the amount", True),
    _field("sentence", pa.string(), "the sentence, list item or table row holding the amount"),
    _field("in_table", pa.bool_(), "the amount is a table cell"),
    _field("restates", pa.int32(), "amount_no of the first statement of the same money", True),
    _field("is_previous", pa.bool_(), "only an earlier level or earlier period's figure, for comparison"),
])

TOTALS_SCHEMA = pa.schema([
    _field("doc_id", pa.string(), "the document"),
    _field("amount_no", pa.int32(), "the total's amount_no"),
    _field("value", pa.float64(), "the stated total"),
    _field("items_sum", pa.float64(), "sum of the items found for it", True),
    _field("n_items", pa.int32(), "how many items"),
    _field("item_amount_nos", pa.list_(pa.int32()), "amount_no of each item"),
    _field("status", pa.string(), "match, mismatch or no_items"),
])

SCHEMAS: dict[str, pa.Schema] = {
    "documents": DOCUMENTS_SCHEMA,
    "amounts": AMOUNTS_SCHEMA,
    "totals": TOTALS_SCHEMA,
}


def _cell(value: object) -> object:
    # Money becomes float here and only here: rounding happens once, at the writer.
    return float(value) if isinstance(value, Decimal) else value


def rows_to_table(rows: Iterable[object], schema: pa.Schema) -> pa.Table:
    """Build one Arrow table from row dataclasses, column by column."""
    rows = list(rows)
    names = schema.names
    columns = {name: [_cell(getattr(r, name)) for r in rows] for name in names}
    return pa.table(columns, schema=schema)


class AtomicParquetWriter:
    """Write a Parquet file in row groups to a temporary file beside it; `commit` renames it.

    A run that dies before `commit` leaves the previous file untouched, so readers never see a
    half-written table.
    """

    def __init__(self, path: Path, schema: pa.Schema, metadata: dict[str, str] | None = None):
        self.path = path
        self.schema = schema.with_metadata(metadata or {})
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        self._tmp = Path(tmp)
        self._writer = pq.ParquetWriter(self._tmp, self.schema, compression="zstd")

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self._writer.write_table(table.replace_schema_metadata(self.schema.metadata))

    def close(self) -> None:
        """Finish the temporary file (flushed to disk) without publishing it yet."""
        self._writer.close()
        with open(self._tmp, "rb") as f:
            os.fsync(f.fileno())

    def commit(self) -> None:
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        self._writer.close()
        self._tmp.unlink(missing_ok=True)


def schema_markdown(schema: pa.Schema) -> str:
    """The schema as the Markdown table the README shows (a test keeps the two in step)."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    for f in schema:
        null = ", null" if f.nullable else ""
        lines.append(f"| {f.name} | {f.type}{null} | {f.metadata[b'doc'].decode()} |")
    return "\n".join(lines)
