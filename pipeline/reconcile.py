"""Totals against their items: which amounts a stated sum is made of, and whether they add up.

The labeller finds a total's items (`pipeline.label.breakdowns`); here each stated total gets one
row with its items' sum and whether it matches. A table total whose column does not add up is
checked against the cells above it; a list total against the list items right below it.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pipeline.label.breakdowns import (
    LIST_ITEM,
    MIN_ITEMS,
    Located,
    Place,
    breakdown_of,
    column_above,
    matches,
    table_columns,
)
from pipeline.rows import AmountRow, TotalRow


def list_below(i: int, amounts: Sequence[Located], places: Sequence[Place]) -> list[int]:
    """The list items right after a total stated outside the list, in its currency."""
    items = []
    for j in range(i + 1, len(amounts)):
        if (places[j].kind != LIST_ITEM or places[i].kind == LIST_ITEM
                or amounts[j].currency != amounts[i].currency):
            break
        items.append(j)
    return items if len(items) >= MIN_ITEMS else []


def reconcile_totals(rows: Sequence[AmountRow], amounts: Sequence[Located],
                     places: Sequence[Place]) -> list[TotalRow]:
    """One row per stated total: its items' sum and whether it matches."""
    result = []
    years = [(r.year_start, r.year_end) for r in rows]
    columns = table_columns(amounts)
    for i, row in enumerate(rows):
        if not row.is_total:
            continue
        items = breakdown_of(i, amounts, places, years=years, columns=columns)
        if items is None and amounts[i].table is not None:
            items = column_above(i, amounts, columns)    # a table total whose column does not add up
        elif items is None:
            items = list_below(i, amounts, places)   # "Totalt fördelas X:" over bullets that do not
        if not items:
            result.append(TotalRow(row.doc_id, row.amount_no, row.value, None, 0, (), "no_items"))
            continue
        items_sum = sum((amounts[j].value for j in items), Decimal(0))
        status = "match" if matches(row.value, [amounts[j].value for j in items]) else "mismatch"
        result.append(TotalRow(row.doc_id, row.amount_no, row.value, items_sum, len(items),
                               tuple(rows[j].amount_no for j in items), status))
    return result
