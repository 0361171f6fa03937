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
                 forward_only: bool = False, years: Sequence[Years] | None = None) -> list[int] | None:
    """Indices of the amounts that sum to amount `i`, or None. `forward_only` looks only at
    what follows (a breakdown that proves an unmarked amount a total follows it) and at
    table columns; with `years`, adjacent rows of the column of the total's year count too."""
    total = amounts[i]
    if total.value_max is not None or total.value <= 0:
        return None
    if total.table is not None:
        return column_items(i, amounts)
    for step in (1,) if forward_only else (1, -1):
        items = run_of_items(i, amounts, kinds, step)
        if items:
            return items
    return summing_column(i, amounts) or (adjacent_cells(i, amounts, years) if years else None)


def summing_column(i: int, amounts: Sequence[Located]) -> list[int] | None:
    """A whole table column that adds up to a total stated in the text."""
    total = amounts[i]
    columns: dict[tuple[int, int], list[int]] = {}
    for j, a in enumerate(amounts):
        if a.table is not None and a.currency == total.currency:
            columns.setdefault((a.table, a.column), []).append(j)
    for items in columns.values():
        if len(items) >= MIN_ITEMS and matches(total.value, [amounts[j].value for j in items]):
            return items
    return None


def adjacent_cells(i: int, amounts: Sequence[Located], years: Sequence[Years]) -> list[int] | None:
    """Neighbouring rows of one table column, of the total's year, that add up to a total
    stated in the text: "180 Mkr för 2026" over the 2026 cells of two rows about one thing."""
    total = amounts[i]
    year = years[i]
    if year[0] is None or year[0] != year[1]:
        return None
    columns: dict[tuple[int, int], list[int]] = {}
    for j, a in enumerate(amounts):
        if a.table is not None and a.currency == total.currency and years[j] == year:
            columns.setdefault((a.table, a.column), []).append(j)
    for cells in columns.values():
        cells.sort(key=lambda j: amounts[j].row)
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
    while 0 <= j < len(amounts):
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


def column_above(i: int, amounts: Sequence[Located]) -> list[int]:
    """The cells above a table cell in its column."""
    total = amounts[i]
    return [j for j, a in enumerate(amounts)
            if a.table == total.table and a.column == total.column and a.row < total.row]


def column_items(i: int, amounts: Sequence[Located]) -> list[int] | None:
    """The cells above a total cell, when they add up to it."""
    items = column_above(i, amounts)
    if len(items) >= MIN_ITEMS and matches(amounts[i].value, [amounts[j].value for j in items]):
        return items
    return None


def reconcile_totals(rows: Sequence[AmountRow], amounts: Sequence[Located],
                     kinds: Sequence[str]) -> list[TotalRow]:
    """One row per stated total: its items' sum and whether it matches."""
    result = []
    for i, row in enumerate(rows):
        if not row.is_total:
            continue
        items = breakdown_of(i, amounts, kinds, years=[(r.year_start, r.year_end) for r in rows])
        if items is None and amounts[i].table is not None:
            items = column_above(i, amounts)    # a table total whose column does not add up
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
