"""Totals against their items: which amounts a stated sum is made of, and whether they add up.

A total's items are the amounts right after it (or, failing that, right before it) in blocks
of one kind: the list items under "Totalt 67,9 Mkr", the headings of a release's parts, the
cells above a table's "Totalt" row in the same column. A restatement of the total (the same
value again) is skipped.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Protocol, Sequence

from pipeline.tables import AmountRow, TotalRow

# A sum matches a total within this share of it: a total is written rounded ("67,9 Mkr" for
# items that add up to 67,93 Mkr).
RELATIVE_TOLERANCE = Decimal("0.005")
MIN_ITEMS = 2


class Located(Protocol):
    start: int
    value: Decimal
    value_max: Decimal | None
    currency: str
    table: int | None
    row: int | None
    column: int | None


def matches(total: Decimal, items_sum: Decimal) -> bool:
    return abs(total - items_sum) <= abs(total) * RELATIVE_TOLERANCE


def breakdown_of(i: int, amounts: Sequence[Located], kinds: Sequence[str],
                 forward_only: bool = False) -> list[int] | None:
    """Indices of the amounts that sum to amount `i`, or None. `forward_only` looks only at
    what follows (a breakdown that proves an unmarked amount a total follows it) and at
    whole table columns."""
    total = amounts[i]
    if total.value_max is not None or total.value <= 0:
        return None
    if total.table is not None:
        return column_items(i, amounts)
    for step in (1,) if forward_only else (1, -1):
        items = run_of_items(i, amounts, kinds, step)
        if items:
            return items
    return summing_column(i, amounts)


def summing_column(i: int, amounts: Sequence[Located]) -> list[int] | None:
    """A whole table column that adds up to a total stated in the text."""
    total = amounts[i]
    columns: dict[tuple[int, int], list[int]] = {}
    for j, a in enumerate(amounts):
        if a.table is not None and a.currency == total.currency:
            columns.setdefault((a.table, a.column), []).append(j)
    for items in columns.values():
        if len(items) >= MIN_ITEMS and matches(total.value, sum(amounts[j].value for j in items)):
            return items
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
        if len(items) >= MIN_ITEMS and matches(total.value, running):
            return sorted(items)
        if running > total.value * (1 + RELATIVE_TOLERANCE):
            return None
    return None


def column_above(i: int, amounts: Sequence[Located]) -> list[int]:
    """The cells above a table cell in its column."""
    total = amounts[i]
    return [j for j, a in enumerate(amounts)
            if a.table == total.table and a.column == total.column and a.row < total.row]


def column_items(i: int, amounts: Sequence[Located]) -> list[int] | None:
    """The cells above a total cell, when they add up to it."""
    items = column_above(i, amounts)
    if len(items) >= MIN_ITEMS and matches(amounts[i].value, sum(amounts[j].value for j in items)):
        return items
    return None


def reconcile_totals(rows: Sequence[AmountRow], amounts: Sequence[Located],
                     kinds: Sequence[str]) -> list[TotalRow]:
    """One row per stated total: its items' sum and whether it matches."""
    result = []
    for i, row in enumerate(rows):
        if not row.is_total:
            continue
        items = breakdown_of(i, amounts, kinds)
        if items is None and amounts[i].table is not None:
            items = column_above(i, amounts)    # a table total whose column does not add up
        if not items:
            result.append(TotalRow(row.doc_id, row.amount_no, row.value, None, 0, (), "no_items"))
            continue
        items_sum = sum((amounts[j].value for j in items), Decimal(0))
        status = "match" if matches(row.value, items_sum) else "mismatch"
        result.append(TotalRow(row.doc_id, row.amount_no, row.value, items_sum, len(items),
                               tuple(rows[j].amount_no for j in items), status))
    return result
