"""Totals against their items: which amounts a stated sum is made of, and whether they add up.

A total's items are the amounts right after it (or, failing that, right before it) in blocks
of one kind: the list items under "Totalt 67,9 Mkr", the headings of a release's parts, the
cells above a table's "Totalt" row in the same column, a table column (or neighbouring rows of
the column of the total's year) that adds up to a sum stated in the text. A restatement of the
total (the same value again) is skipped. "Adds up" means within the rounding of the figures as
written: "67,9 Mkr" may stand for 67,93 Mkr, "närmare 1 600 Mkr" for 1 590 Mkr.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Protocol, Sequence

from pipeline.tables import AmountRow, TotalRow

# A sum matches a total within the rounding of the figures as written ("67,9 Mkr" for items
# that add up to 67,93 Mkr; "närmare 1600 Mkr" for 1590 Mkr), but never by more than this share
# of the total.
RELATIVE_TOLERANCE = Decimal("0.01")
MIN_ITEMS = 2
LIST_ITEM = "list_item"
PROSE = "paragraph"
MAX_PROSE_ITEMS = 6
MAX_WALK = 200     # amounts looked through for a total's items: a breakdown stands near it


class Located(Protocol):
    start: int
    value: Decimal
    value_max: Decimal | None
    currency: str
    table: int | None
    row: int | None
    column: int | None


def rounding(value: Decimal) -> Decimal:
    """Half the unit of the last written digit: 67 900 000 ("67,9 Mkr") -> 50 000.

    >>> rounding(Decimal("67900000")), rounding(Decimal("2.23"))
    (Decimal('5E+4'), Decimal('0.005'))
    """
    if value == 0:
        return Decimal(0)
    return Decimal(1).scaleb(value.normalize().as_tuple().exponent) / 2


def matches(total: Decimal, items: Sequence[Decimal]) -> bool:
    """The items add up to the total, within the rounding of each figure.

    >>> matches(Decimal("67900000"), [Decimal("30000000"), Decimal("37930000")])
    True
    >>> matches(Decimal("120400000"), [Decimal("118100000"), Decimal("2500000")])
    False
    """
    gap = abs(total - sum(items, Decimal(0)))
    if gap > abs(total) * RELATIVE_TOLERANCE:
        return False
    return gap <= rounding(total) + sum((rounding(v) for v in items), Decimal(0))


Years = tuple[int | None, int | None]


def breakdown_of(i: int, amounts: Sequence[Located], kinds: Sequence[str],
                 forward_only: bool = False, years: Sequence[Years] | None = None,
                 columns: dict[tuple[int, int], list[int]] | None = None) -> list[int] | None:
    """Indices of the amounts that sum to amount `i`, or None. `forward_only` looks only at
    what follows (a breakdown that proves an unmarked amount a total follows it) and at
    table columns; with `years`, adjacent rows of the column of the total's year count too."""
    total = amounts[i]
    if total.value_max is not None or total.value <= 0:
        return None
    columns = table_columns(amounts) if columns is None else columns
    if total.table is not None:
        return column_items(i, amounts, columns, stated=not forward_only)
    for step in (1,) if forward_only else (1, -1):
        items = run_of_items(i, amounts, kinds, step)
        if items:
            return items
    if not columns:
        return None
    return summing_column(i, amounts, columns) or (
        adjacent_cells(i, amounts, years, columns) if years else None)


def table_columns(amounts: Sequence[Located]) -> dict[tuple[int, int], list[int]]:
    """Indices of the table cells of each (table, column), in row order."""
    columns: dict[tuple[int, int], list[int]] = {}
    for j, a in enumerate(amounts):
        if a.table is not None:
            columns.setdefault((a.table, a.column), []).append(j)
    return columns


def summing_column(i: int, amounts: Sequence[Located], columns: dict[tuple[int, int], list[int]]
                   ) -> list[int] | None:
    """A whole table column that adds up to a total stated in the text."""
    total = amounts[i]
    for cells in columns.values():
        items = [j for j in cells if amounts[j].currency == total.currency]
        if len(items) >= MIN_ITEMS and matches(total.value, [amounts[j].value for j in items]):
            return items
    return None


def adjacent_cells(i: int, amounts: Sequence[Located], years: Sequence[Years],
                   columns: dict[tuple[int, int], list[int]]) -> list[int] | None:
    """Neighbouring rows of one table column, of the total's year, that add up to a total
    stated in the text: "180 Mkr för 2026" over the 2026 cells of two rows about one thing."""
    total = amounts[i]
    year = years[i]
    if year[0] is None or year[0] != year[1]:
        return None
    for column in columns.values():
        cells = sorted((j for j in column if amounts[j].currency == total.currency and years[j] == year),
                       key=lambda j: amounts[j].row)
        for first in range(len(cells)):
            run = [cells[first]]
            for j in cells[first + 1:]:
                if amounts[j].row != amounts[run[-1]].row + 1:
                    break
                run.append(j)
                if matches(total.value, [amounts[k].value for k in run]):
                    return run
    return None


def run_of_items(i: int, amounts: Sequence[Located], kinds: Sequence[str], step: int) -> list[int] | None:
    total = amounts[i]
    items: list[int] = []
    running = Decimal(0)
    kind = None
    j = i + step
    while 0 <= j < len(amounts) and abs(j - i) <= MAX_WALK:
        item = amounts[j]
        j += step
        if item.table is not None or item.currency != total.currency or item.value_max is not None:
            if items:
                break
            continue
        if item.value == total.value and not items:
            continue    # the total restated
        kind = kind or kinds[j - step]
        if kinds[j - step] != kind:
            continue
        if item.value <= 0:
            break
        items.append(j - step)
        running += item.value
        if len(items) >= MIN_ITEMS and matches(total.value, [amounts[k].value for k in items]):
            return sorted(items)
        if running > total.value * (1 + RELATIVE_TOLERANCE) or (kind == PROSE and len(items) >= MAX_PROSE_ITEMS):
            return None     # a long run of sentences adds up to a figure by chance, not by design
    return None


def list_below(i: int, amounts: Sequence[Located], kinds: Sequence[str]) -> list[int]:
    """The list items right after a total stated outside the list, in its currency."""
    items = []
    for j in range(i + 1, len(amounts)):
        if kinds[j] != LIST_ITEM or kinds[i] == LIST_ITEM or amounts[j].currency != amounts[i].currency:
            break
        items.append(j)
    return items if len(items) >= MIN_ITEMS else []


def column_above(i: int, amounts: Sequence[Located],
                 columns: dict[tuple[int, int], list[int]] | None = None) -> list[int]:
    """The cells above a table cell in its column."""
    total = amounts[i]
    cells = (columns if columns is not None else table_columns(amounts)).get((total.table, total.column), [])
    return [j for j in cells if amounts[j].row < total.row]


def column_items(i: int, amounts: Sequence[Located], columns: dict[tuple[int, int], list[int]],
                 stated: bool = True) -> list[int] | None:
    """The cells above a total cell, when they add up to it. Only the bottom cell of a column
    is tried unless the total is stated: a sum row closes its table."""
    total = amounts[i]
    if not stated and columns.get((total.table, total.column), [i])[-1] != i:
        return None
    items = column_above(i, amounts, columns)
    if len(items) >= MIN_ITEMS and matches(amounts[i].value, [amounts[j].value for j in items]):
        return items
    return None


def reconcile_totals(rows: Sequence[AmountRow], amounts: Sequence[Located],
                     kinds: Sequence[str]) -> list[TotalRow]:
    """One row per stated total: its items' sum and whether it matches."""
    result = []
    years = [(r.year_start, r.year_end) for r in rows]
    columns = table_columns(amounts)
    for i, row in enumerate(rows):
        if not row.is_total:
            continue
        items = breakdown_of(i, amounts, kinds, years=years, columns=columns)
        if items is None and amounts[i].table is not None:
            items = column_above(i, amounts, columns)    # a table total whose column does not add up
        elif items is None:
            items = list_below(i, amounts, kinds)   # "Totalt fördelas X:" over bullets that do not
        if not items:
            result.append(TotalRow(row.doc_id, row.amount_no, row.value, None, 0, (), "no_items"))
            continue
        items_sum = sum((amounts[j].value for j in items), Decimal(0))
        status = "match" if matches(row.value, [amounts[j].value for j in items]) else "mismatch"
        result.append(TotalRow(row.doc_id, row.amount_no, row.value, items_sum, len(items),
                               tuple(rows[j].amount_no for j in items), status))
    return result
