"""Breakdowns: the amounts that add up to a total (guide §3, §6).

A total's items are the amounts right after it (or, failing that, right before it) in blocks
of one kind: the list items under "Totalt 67,9 Mkr", the headings of a release's parts, the
sentences of one paragraph (of any, for the title's total), the cells above a table's "Totalt"
row in the same column, a table column (its sum row left out) or neighbouring rows of the
column of the total's year that add up to a sum stated in the text. Items are in the total's
currency, no earlier level of a change, and of its scale ("540 miljoner kronor" is not made of
a "2 000 kronor" fee). "Adds up" means within the rounding of the figures as written: "67,9
Mkr" may stand for 67,93 Mkr, "närmare 1 600 Mkr" for 1 590 Mkr.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Protocol

from pipeline.label.context import Placed, Years
from pipeline.lang.sv.restates import TIME_PERIODS

# A sum matches a total within the rounding of the figures as written, but never by more than
# this share of the total.
RELATIVE_TOLERANCE = Decimal("0.01")
# No release states money beyond this (a hundred times the world's yearly output, in any
# currency): such a figure is a misreading and matches nothing.
ABSURD = Decimal(10) ** 16
MIN_ITEMS = 2
LIST_ITEM = "list_item"
PROSE = "paragraph"
TITLE = "title"
MAX_PROSE_ITEMS = 6
MAX_WALK = 200     # amounts looked through for a total's items: a breakdown stands near it
SCALE_GAP = 1000   # an item this many times smaller than the total is money of another kind

Columns = dict[tuple[int, int], list[int]]


class Located(Placed, Protocol):
    """An amount as far as sums are concerned: read-only, so a frozen `Amount` is one."""

    @property
    def start(self) -> int: ...
    @property
    def value(self) -> Decimal: ...
    @property
    def value_max(self) -> Decimal | None: ...
    @property
    def currency(self) -> str: ...


@dataclass(frozen=True)
class Place:
    """Where an amount stands, as far as a total and its items must agree: its block's kind
    and start; and whether it is an earlier level, which no sum counts."""

    kind: str
    block: int
    earlier: bool = False      # the old level of a change, or a figure given for comparison
    per: str | None = None     # the unit of a rate ("100 miljoner kronor per region")


# A release's figures repeat their values, and each is rounded again for every total and
# every figure it is compared with. Equal values round alike (5.0 as 5), so one entry serves both.
@lru_cache(maxsize=1024)
def rounding(value: Decimal) -> Decimal:
    """Half the unit of the last written digit: 67 900 000 ("67,9 Mkr") -> 50 000.

    >>> rounding(Decimal("67900000")), rounding(Decimal("2.23"))
    (Decimal('5E+4'), Decimal('0.005'))
    """
    if value == 0:
        return Decimal(0)
    exponent = value.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        raise ValueError(f"{value} has no last digit to round")
    return Decimal(1).scaleb(exponent) / 2


def is_sane(value: Decimal) -> bool:
    return value.is_finite() and abs(value) < ABSURD


def matches(total: Decimal, items: Sequence[Decimal]) -> bool:
    """The items add up to the total, within the rounding of each figure; an infinite or
    absurd figure matches nothing.

    >>> matches(Decimal("67900000"), [Decimal("30000000"), Decimal("37930000")])
    True
    >>> matches(Decimal("120400000"), [Decimal("118100000"), Decimal("2500000")])
    False
    >>> matches(Decimal("Infinity"), [Decimal("Infinity"), Decimal("1")])
    False
    """
    if not is_sane(total) or not all(is_sane(v) for v in items):
        return False
    gap = abs(total - sum(items, Decimal(0)))
    if gap > abs(total) * RELATIVE_TOLERANCE:
        return False
    return gap <= rounding(total) + sum((rounding(v) for v in items), Decimal(0))


def breakdown_of(i: int, amounts: Sequence[Located], places: Sequence[Place],
                 forward_only: bool = False, years: Sequence[Years] | None = None,
                 columns: Columns | None = None) -> list[int] | None:
    """Indices of the amounts that sum to amount `i`, or None. `forward_only` looks only at
    what follows (a breakdown that proves an unmarked amount a total follows it) and at table
    columns; with `years`, adjacent rows of the column of the total's year count too."""
    total = amounts[i]
    if total.value_max is not None or total.value <= 0 or not is_sane(total.value):
        return None
    columns = table_columns(amounts) if columns is None else columns
    if total.table is not None:
        return column_items(i, amounts, columns, stated=not forward_only)
    for step in (1,) if forward_only else (1, -1):
        items = run_of_items(i, amounts, places, step)
        if items:
            return items
    if not columns:
        return None
    return summing_column(i, amounts, columns) or (
        adjacent_cells(i, amounts, years, columns) if years else None)


def table_columns(amounts: Sequence[Located]) -> Columns:
    """Indices of the table cells of each (table, column), in row order."""
    columns: Columns = {}
    for j, a in enumerate(amounts):
        if (key := column_of(a)) is not None:
            columns.setdefault(key, []).append(j)
    return columns


def column_of(amount: Located) -> tuple[int, int] | None:
    """The (table, column) of a table cell, None for an amount in the text."""
    if amount.table is None or amount.column is None:
        return None
    return amount.table, amount.column


def row_of(cell: Located) -> int:
    """The row of a table cell: every amount in `Columns` is one."""
    if cell.row is None:
        raise ValueError("an amount in the text has no table row")
    return cell.row


def without_sum_row(cells: list[int], amounts: Sequence[Located]) -> list[int]:
    """A column without its bottom cell when that cell is the sum of the ones above it."""
    if len(cells) > MIN_ITEMS and matches(amounts[cells[-1]].value, [amounts[j].value for j in cells[:-1]]):
        return cells[:-1]
    return cells


def summing_column(i: int, amounts: Sequence[Located], columns: Columns) -> list[int] | None:
    """A whole table column (its sum row left out) that adds up to a total stated in the text."""
    total = amounts[i]
    for cells in columns.values():
        items = [j for j in without_sum_row(cells, amounts) if of_scale(total, amounts[j])]
        if is_breakdown(total, [amounts[j].value for j in items]):
            return items
    return None


def of_scale(total: Located, item: Located) -> bool:
    """Money that may make up the total: its currency, and not of another scale (a "2 000
    kronor" fee in a release about "540 miljoner kronor", "0,51 dollar per aktie" in the column
    of "12,5 miljarder dollar")."""
    return item.currency == total.currency and item.value * SCALE_GAP >= total.value


def is_breakdown(total: Located, values: Sequence[Decimal]) -> bool:
    """At least two figures, none the total itself, that add up to it."""
    return len(values) >= MIN_ITEMS and total.value not in values and matches(total.value, values)


def adjacent_cells(i: int, amounts: Sequence[Located], years: Sequence[Years],
                   columns: Columns) -> list[int] | None:
    """Neighbouring rows of one table column, of the total's year, that add up to a total
    stated in the text: "180 Mkr för 2026" over the 2026 cells of two rows about one thing."""
    total = amounts[i]
    year = years[i]
    if year[0] is None or year[0] != year[1]:
        return None
    for column in columns.values():
        cells = sorted((j for j in column if of_scale(total, amounts[j]) and years[j] == year),
                       key=lambda j: row_of(amounts[j]))
        for first in range(len(cells)):
            run = [cells[first]]
            for j in cells[first + 1:]:
                if row_of(amounts[j]) != row_of(amounts[run[-1]]) + 1:
                    break
                run.append(j)
                if is_breakdown(total, [amounts[k].value for k in run]):
                    return run
    return None


def is_item_of(total: Located, item: Located, place: Place) -> bool:
    """Of the total's scale, and no earlier level ("från 80 till 40 miljoner")."""
    return not place.earlier and of_scale(total, item)


def is_price(item: Place, total: Place) -> bool:
    """Money per a thing ("100 miljoner kronor per region", "1 500 kronor per högskolepoäng")
    that the total is not counted in: a rate, no part of a sum. Money per year or month may
    be ("150 miljoner kronor per år" of "80 miljoner kronor" and "70 miljoner kronor")."""
    return item.per is not None and item.per not in TIME_PERIODS and item.per != total.per


def run_of_items(i: int, amounts: Sequence[Located], places: Sequence[Place], step: int) -> list[int] | None:
    """The amounts right after (or before) the total, in blocks of one kind, that add up to it;
    sentences of prose only within one paragraph, unless the total is the title's, which sums
    up the whole release."""
    total = amounts[i]
    items: list[int] = []
    running = Decimal(0)
    kind = block = None
    j = i + step
    while 0 <= j < len(amounts) and abs(j - i) <= MAX_WALK:
        item, place, k = amounts[j], places[j], j
        j += step
        if item.table is not None or item.value_max is not None or item.currency != total.currency:
            if items:
                break
            continue
        if item.value == total.value and not items:
            continue    # the total restated
        kind = kind or place.kind
        if place.kind != kind:
            continue
        if not is_item_of(total, item, place) or is_price(place, places[i]):
            continue    # an earlier level, a figure of another scale or a price stands among the items
        if places[i].kind == TITLE and item.value > total.value:
            continue    # a bigger sum the release also names is no part of the title's money
        block = place.block if block is None else block
        if item.value <= 0 or (kind == PROSE and place.block != block and places[i].kind != TITLE):
            break
        items.append(k)
        running += item.value
        if len(items) >= MIN_ITEMS and matches(total.value, [amounts[k].value for k in items]):
            return sorted(items)
        if running > total.value * (1 + RELATIVE_TOLERANCE) or (kind == PROSE and len(items) >= MAX_PROSE_ITEMS):
            return None     # a long run of sentences adds up to a figure by chance, not by design
    return None


def column_above(i: int, amounts: Sequence[Located], columns: Columns | None = None) -> list[int]:
    """The cells above a table cell in its column."""
    total = amounts[i]
    key = column_of(total)
    if key is None:
        return []
    cells = (columns if columns is not None else table_columns(amounts)).get(key, [])
    return [j for j in cells if row_of(amounts[j]) < row_of(total)]


def column_items(i: int, amounts: Sequence[Located], columns: Columns,
                 stated: bool = True) -> list[int] | None:
    """The cells above a total cell, when they add up to it. Only the bottom cell of a column
    is tried unless the total is stated: a sum row closes its table."""
    key = column_of(amounts[i])
    if not stated and key is not None and columns.get(key, [i])[-1] != i:
        return None
    items = column_above(i, amounts, columns)
    if len(items) >= MIN_ITEMS and matches(amounts[i].value, [amounts[j].value for j in items]):
        return items
    return None
