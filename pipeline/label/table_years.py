"""The years of a table cell (guide §3, §6): those of its column header, else of its row label.

Headers and labels name report periods as often as years: "2026", "helåret 2023", "jan–mar
2024", a split financial year "Q1 2024/2025" or "Q4-2019/2020" (first, last), and a quarter
with a two-digit year "Q1-20", "Q4-19" (interim-report tables of the financial newswire).
"""
from __future__ import annotations

import regex

from pipeline.document import Document, Table
from pipeline.label.context import DASH, SPACE, YEAR, Years, cell_of
from pipeline.label.year_mentions import full_year
from pipeline.lang.sv.years import QUARTER_PREFIXES
from pipeline.parse import Amount, alternation

HEADER_YEARS = regex.compile(rf"""
    (?<![\d,.:])(?P<first>{YEAR})(?:{SPACE}*(?:{DASH}|/){SPACE}*(?P<last>{YEAR}|\d\d))?(?![\d:]|{DASH}\d)
  | (?<!\w)(?:{alternation(QUARTER_PREFIXES)}){SPACE}*[1-4]{SPACE}*(?:{DASH}|/|{SPACE}){SPACE}*(?P<short>\d\d)(?!\d|[,.]\d)
""", regex.IGNORECASE | regex.VERBOSE)


def table_cell_years(doc: Document, amount: Amount, headers: dict[int, dict[int, tuple[int, Years]]]
                     ) -> Years:
    """The years of the cell's column header, else of its row's label; `headers` keeps each
    table's column headers, found once per table."""
    cell = cell_of(amount)
    if cell is None:
        return None, None
    table = doc.tables[cell.table]
    if cell.table not in headers:
        headers[cell.table] = column_headers(doc.text, table)
    header = headers[cell.table].get(cell.column)
    if header and header[0] < cell.row:
        return header[1]
    row = table.rows[cell.row]
    if cell.column and row:
        return years_written(doc.text, *row[0]) or (None, None)
    return None, None


def column_headers(text: str, table: Table) -> dict[int, tuple[int, Years]]:
    """Per column, the first row whose cell names a year, and its years: those of the cells
    below it."""
    found: dict[int, tuple[int, Years]] = {}
    for r, row in enumerate(table.rows):
        for c, (start, end) in enumerate(row):
            if c not in found:
                years = years_written(text, start, end)
                if years:
                    found[c] = (r, years)
    return found


def years_written(text: str, start: int, end: int) -> Years | None:
    """The first year or period a header or label names: "Q4-2019/2020" -> (2019, 2020)."""
    match = HEADER_YEARS.search(text, start, end)
    if not match:
        return None
    if match["short"]:
        year = 2000 + int(match["short"])
        return year, year
    first = int(match["first"])
    last = full_year(first, int(match["last"])) if match["last"] else first
    if last < first or last - first > 1 and match["last"] and len(match["last"]) == 2:
        return first, first
    return first, last
