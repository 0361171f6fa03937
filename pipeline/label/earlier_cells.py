"""Table cells of an earlier period, given for comparison (guide §3 `is_previous`): a column
headed by last year or by the level before a change, a column of a year before one to its
left, and, its transpose, a row labelled by a period before the release's own."""
from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from pipeline.document import Document
from pipeline.label.comparison_patterns import EARLIER_HEADER, EXPECTATION
from pipeline.label.context import Years
from pipeline.label.release_period import PERIOD, Period, period_of
from pipeline.parse import Amount

Cells = dict[int, dict[int, list[int]]]     # table -> column or row -> amounts


def cells_by(amounts: Sequence[Amount], column: bool) -> Cells:
    """The table cells among the amounts, by table and by column (or row)."""
    found: Cells = {}
    for i, amount in enumerate(amounts):
        place = amount.column if column else amount.row
        if amount.table is not None and place is not None:
            found.setdefault(amount.table, {}).setdefault(place, []).append(i)
    return found


def earlier_columns(doc: Document, amounts: Sequence[Amount], years: Sequence[Years]) -> set[int]:
    """Table cells of an earlier period's column: a header naming last year ("Rapporterat i
    fjol"), or a year before that of a column to its left, as interim-report tables put this
    year first ("Q4-2019/2020 … Q4-2018/2019"). Budget tables run their years forward, so a
    later column is never an earlier period."""
    found: set[int] = set()
    for table, columns in cells_by(amounts, column=True).items():
        latest_left: int | None = None
        for column in sorted(columns):
            members = columns[column]
            year = column_year(members, years)
            if (year is not None and latest_left is not None and year < latest_left) or \
                    header_says(doc, table, column, amounts[members[0]].row, EARLIER_HEADER):
                found.update(members)
            if year is not None:
                latest_left = year if latest_left is None else max(latest_left, year)
    return found


def column_year(members: Sequence[int], years: Sequence[Years]) -> int | None:
    """The (first) year of a column's cells, if they have one."""
    return next((years[i][0] for i in members if years[i][0] is not None), None)


def header_says(doc: Document, table: int, column: int, first_row: int | None,
                pattern: regex.Pattern[str]) -> bool:
    """Whether the column's header cells (above its first money cell) match `pattern`."""
    for row in doc.tables[table].rows[: first_row or 0]:
        if column < len(row) and pattern.search(doc.text, row[column][0], row[column][1]):
            return True
    return False


def earlier_rows(doc: Document, amounts: Sequence[Amount], reference: Period | None) -> set[int]:
    """Table cells of a row labelled by a period before the release's own, in a table that
    lists its periods latest first, as the newswire's previews list the past reports ("Q4-19 |
    2020-02-07 | 149 | 167" in a preview of the first quarter of 2020). A forecast's, a
    consensus's or an estimate's column holds no earlier figure ("Prognos inför rapport"), and
    a table of years running forward is a plan's."""
    if reference is None:
        return set()
    found: set[int] = set()
    for table, rows in cells_by(amounts, column=False).items():
        labels = {row: label_period(doc, table, row) for row in rows}
        periods = [p for row in sorted(rows) if (p := labels[row]) is not None]
        if len(periods) < 2 or not all(later.ends_before(earlier) for earlier, later in pairwise(periods)):
            continue
        first_row = min(rows)
        for row, members in rows.items():
            period = labels[row]
            if period is None or not period.dated(reference.year).ends_before(reference):
                continue
            for i in members:
                column = amounts[i].column
                if column and not header_says(doc, table, column, first_row, EXPECTATION):
                    found.add(i)
    return found


def label_period(doc: Document, table: int, row: int) -> Period | None:
    """The period a row's label (its first cell) is, when the label is a period and nothing
    else: "Q4-19", "2019", "första kvartalet 2019"."""
    cells = doc.tables[table].rows[row]
    if not cells:
        return None
    start, end = cells[0]
    label = doc.text[start:end].strip()
    match = PERIOD.fullmatch(label)
    return None if match is None or match["since"] else period_of(match)
