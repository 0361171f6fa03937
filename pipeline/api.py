"""The Python API: the pipeline's rows for a text or a file, without writing any table.

Each function runs the same flow as `extract` (`pipeline.ingest` makes the `Document`,
`pipeline.run.extract_document` parses, labels and reconciles it), so a row here is the row the
tables would hold, with `value` still an exact `Decimal`.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pipeline.document import Document
from pipeline.ingest import UnreadableFile, document_from_text, read_document
from pipeline.ingest.sources import is_jsonl, list_sources
from pipeline.run import extract_document, extract_source
from pipeline.write.tables import AMOUNTS_SCHEMA, AmountRow, rows_to_table

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

TextFormat = Literal["md", "txt", "html"]
DtypeBackend = Literal["pyarrow", "numpy_nullable"]


def extract_text(text: str, title: str | None = None, *, doc_id: str = "text",
                 text_format: TextFormat = "md") -> list[AmountRow]:
    """Every money amount in `text`, one labelled row each, in text order.

    `text` is read as Markdown (`text_format="txt"` reads it as a page scraped from a site,
    `"html"` as a web page); `title`, when given, is the release's title, which an amount that
    names no purpose takes as its area. Offsets index `text` as cleaned by ingest (the
    `documents.text` the tables would hold).

    >>> rows = extract_text("Kommunen får 2,5 miljoner kronor för att rusta upp skolgårdar.")
    >>> [(r.amount_no, r.text, r.value, r.currency, r.area) for r in rows]
    [(1, '2,5 miljoner kronor', Decimal('2500000'), 'SEK', 'rusta upp skolgårdar')]
    >>> extract_text("Inga pengar här, bara 1,4 miljoner besökare.")
    []
    """
    doc = document_from_text(doc_id, doc_id, text, text_format, title=title)
    return rows_of(doc)


def extract_file(path: str | Path) -> list[AmountRow]:
    """The rows of one release file (`.txt`, `.md`, `.html`), or of every record of a `.jsonl`.

    `doc_id` is the file's name without its suffix (for JSONL, each record's `id`). A file that
    cannot be read raises `UnreadableFile` naming it; a bad JSONL line is logged and left out.
    """
    path = Path(path)
    if is_jsonl(path.name):
        return [row for src in list_sources(path) for row in extract_source(src).amounts]
    doc = read_document(path, path.parent)
    if doc.status != "ok":
        raise UnreadableFile(f"{path}: {doc.status}")
    return rows_of(doc)


def rows_of(doc: Document) -> list[AmountRow]:
    """The amount rows of an ingested document; none for a document ingest could not read."""
    if doc.status != "ok":
        log.warning("%s", doc.status)
        return []
    return list(extract_document(doc).amounts)


def amounts_frame(rows: Iterable[AmountRow],
                  dtype_backend: DtypeBackend = "pyarrow") -> pd.DataFrame:
    """The rows as a pandas DataFrame with the columns and types of `amounts.parquet`.

    `dtype_backend` is pandas' own choice: `"pyarrow"` (the types of
    `pd.read_parquet(path, dtype_backend="pyarrow")`) or `"numpy_nullable"` (`Int16`,
    `boolean`, `string`, `Float64`). Either way a missing year is `<NA>`, not a float NaN.

    >>> frame = amounts_frame(extract_text("Stödet är 300 tkr per år under 2025–2027."))
    >>> print(frame[["text", "value", "per", "year_start", "year_end"]].to_string(index=False))
       text     value  per  year_start  year_end
    300 tkr  300000.0 year        2025      2027
    >>> str(frame["year_start"].dtype), str(amounts_frame([], "numpy_nullable")["year_start"].dtype)
    ('int16[pyarrow]', 'Int16')
    """
    import pandas as pd

    table = rows_to_table(rows, AMOUNTS_SCHEMA)
    if dtype_backend == "pyarrow":
        return table.to_pandas(types_mapper=pd.ArrowDtype)
    if dtype_backend == "numpy_nullable":
        return table.to_pandas(types_mapper=nullable_dtypes().get)
    raise ValueError(f"dtype_backend {dtype_backend!r}: expected 'pyarrow' or 'numpy_nullable'")


def nullable_dtypes() -> dict:
    """pyarrow type -> the pandas extension dtype that keeps its nulls."""
    import pandas as pd
    import pyarrow as pa

    return {pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype(),
            pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(),
            pa.float64(): pd.Float64Dtype(), pa.string(): pd.StringDtype()}
