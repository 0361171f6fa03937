"""Write: the pyarrow schemas of the output rows (`pipeline.rows`; defined once, here) and
Parquet writing."""
from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.rows import AmountRow as AmountRow  # the row dataclasses, also named here
from pipeline.rows import DocumentRow as DocumentRow
from pipeline.rows import Extraction as Extraction
from pipeline.rows import TotalRow as TotalRow

log = logging.getLogger(__name__)


def _field(name: str, type_: pa.DataType, doc: str, nullable: bool = False) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"doc": doc})


def with_pandas_dtypes(schema: pa.Schema) -> pa.Schema:
    """`schema` with the `pandas` metadata that makes `pd.read_parquet(path)` give each nullable
    integer column pandas' nullable integer (`Int16`, …) instead of a float with NaN.

    >>> schema = with_pandas_dtypes(pa.schema([pa.field("year", pa.int16()), pa.field("n",
    ...     pa.int32(), nullable=False)]))
    >>> [c["numpy_type"] for c in json.loads(schema.metadata[b"pandas"])["columns"]]
    ['Int16']
    """
    columns = [{"name": f.name, "field_name": f.name, "pandas_type": str(f.type),
                "numpy_type": f"{'U' if pa.types.is_unsigned_integer(f.type) else ''}Int"
                              f"{f.type.bit_width}",
                "metadata": None}
               for f in schema if f.nullable and pa.types.is_integer(f.type)]
    if not columns:
        return schema
    pandas = {"index_columns": [], "column_indexes": [], "columns": columns}
    return schema.with_metadata({**(schema.metadata or {}), b"pandas": json.dumps(pandas)})


# A publication date is a calendar day: a timestamp at midnight without a time zone, so that
# pandas' default reader gives datetime64 (a date32 column comes back as Python objects) and
# DuckDB a TIMESTAMP. Microseconds: the unit of Python, DuckDB and pandas 3, and any year fits.
DAY = pa.timestamp("us")

DOCUMENTS_SCHEMA = with_pandas_dtypes(pa.schema([
    _field("doc_id", pa.string(), "raw file path relative to --raw, without suffix"),
    _field("source", pa.string(), "raw file path relative to --raw"),
    _field("sha256", pa.string(), "of the raw bytes"),
    _field("title", pa.string(), "title of the release", True),
    _field("publisher", pa.string(), "who published it", True),
    _field("published", DAY, "publication day at midnight (a month or year alone: its first day)",
           True),
    _field("published_precision", pa.string(), "day, month or year: how much of the date the source states", True),
    _field("text", pa.string(), "the cleaned text that offsets refer to"),
    _field("n_amounts", pa.int32(), "money amounts found"),
    _field("status", pa.string(), '"ok", or why the file could not be read'),
]))

AMOUNTS_SCHEMA = with_pandas_dtypes(pa.schema([
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
]))

TOTALS_SCHEMA = with_pandas_dtypes(pa.schema([
    _field("doc_id", pa.string(), "the document"),
    _field("amount_no", pa.int32(), "the total's amount_no"),
    _field("value", pa.float64(), "the stated total"),
    _field("items_sum", pa.float64(), "sum of the items found for it", True),
    _field("n_items", pa.int32(), "how many items"),
    _field("item_amount_nos", pa.list_(pa.int32()), "amount_no of each item"),
    _field("status", pa.string(), "match, mismatch or no_items"),
]))

SCHEMAS: dict[str, pa.Schema] = {
    "documents": DOCUMENTS_SCHEMA,
    "amounts": AMOUNTS_SCHEMA,
    "totals": TOTALS_SCHEMA,
}


def as_float(value: Decimal | float | None) -> float | None:
    # Money becomes float here and only here: rounding happens once, at the writer.
    return None if value is None else float(value)


def as_timestamp(value: date | None) -> datetime | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    return value


def converter(type_: pa.DataType) -> Callable[[Any], object] | None:
    """What a column's Python values go through before Arrow takes them; None: nothing."""
    if pa.types.is_floating(type_):
        return as_float
    if pa.types.is_timestamp(type_):
        return as_timestamp
    return None


def rows_to_table(rows: Iterable[object], schema: pa.Schema) -> pa.Table:
    """Build one Arrow table from row dataclasses, column by column; only the money and the
    date columns are converted (checking every cell's type cost more than building the
    table)."""
    rows = list(rows)
    columns = {}
    for field in schema:
        values = list(map(attrgetter(field.name), rows))
        convert = converter(field.type)
        columns[field.name] = values if convert is None else list(map(convert, values))
    try:
        return pa.table(columns, schema=schema)
    except UnicodeEncodeError:
        return pa.table(encodable_columns(columns), schema=schema)


class TableWriter:
    """One Parquet file written a row group at a time; `close` finishes it and flushes it to
    disk. The file is created with the process umask, like any file the user makes."""

    def __init__(self, path: Path, schema: pa.Schema, metadata: dict[str, str] | None = None):
        self.path = path
        self.schema = schema.with_metadata({**(schema.metadata or {}), **(metadata or {})})
        # No dictionary pages: zstd packs the repeated words of a column as well (the three
        # tables of the corpus came out 1.5 % smaller without them), and building a
        # dictionary for columns of unique texts cost a quarter of the writing.
        self._writer = pq.ParquetWriter(path, self.schema, compression="zstd",
                                        use_dictionary=False)

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self._writer.write_table(table.replace_schema_metadata(self.schema.metadata))

    def close(self) -> None:
        self._writer.close()
        with open(self.path, "rb") as f:
            os.fsync(f.fileno())

    def abort(self) -> None:
        """Stop writing; the caller removes the file."""
        try:
            self._writer.close()
        except OSError:     # a full disk fails the footer too; the file goes anyway
            pass


# Lone surrogates: what Python makes of bytes that are not UTF-8 in a file name, or of a
# "\ud800" escape in JSON. Arrow cannot store them, so none may reach a table.
SURROGATES = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    r"""`text` with each lone surrogate replaced by U+FFFD, one character for one, so that
    offsets into it still hold.

    >>> encodable("Stöd till G\udce4vle: \ud800 12 Mkr") == "Stöd till G\ufffdvle: \ufffd 12 Mkr"
    True
    """
    return SURROGATES.sub("\ufffd", text)


def encodable_columns(columns: dict[str, list]) -> dict[str, list]:
    """The last safety net before Arrow: every string made encodable, so that no text a
    release or a file name holds can stop a run; a warning names the documents."""
    bad = {i for values in columns.values() for i, v in enumerate(values)
           if isinstance(v, str) and SURROGATES.search(v)}
    fixed = {name: [encodable(v) if isinstance(v, str) else v for v in values]
             for name, values in columns.items()}
    names = sorted({fixed["doc_id"][i] for i in bad}) if "doc_id" in fixed else []
    log.warning("%s: text that is not UTF-8 (lone surrogates) written as U+FFFD",
                ", ".join(names) or "a table")
    return fixed


def schema_markdown(schema: pa.Schema) -> str:
    """The schema as the Markdown table the README shows (a test keeps the two in step)."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    for f in schema:
        null = ", null" if f.nullable else ""
        lines.append(f"| {f.name} | {f.type}{null} | {f.metadata[b'doc'].decode()} |")
    return "\n".join(lines)
