"""Totals (guide §3, §6): an amount is a total when a cue presents it as a sum ("totalt 5 Mkr",
"De totala kostnaderna … beräknas till 5 Mkr", a "Totalt" table row), when a breakdown in the
document adds up to it, or when it restates such a total.

A total's items are the amounts right after it (or, failing that, right before it) in blocks
of one kind: the list items under "Totalt 67,9 Mkr", the headings of a release's parts, the
cells above a table's "Totalt" row in the same column, a table column (or neighbouring rows of
the column of the total's year) that adds up to a sum stated in the text. A restatement of the
total (the same value again) is skipped. "Adds up" means within the rounding of the figures as
written: "67,9 Mkr" may stand for 67,93 Mkr, "närmare 1 600 Mkr" for 1 590 Mkr.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Protocol, Sequence

import regex

from pipeline.parse import Amount, alternation
from pipeline.document import Document
from pipeline.label.context import LABEL_TRIM, SPACE, TextUnit, Years, row_label
from pipeline.lang.sv.totals import (
    CHANGE_PREPOSITIONS,
    TOTAL_ADJECTIVES,
    TOTAL_CUES,
    TOTAL_CUES_ADJACENT,
    TOTAL_OPENERS,
    TOTAL_ROW_LABELS,
)
from pipeline.tables import AmountRow

# "totalt 5 Mkr", "totalt cirka 5 Mkr", "Totalt har 67,9 miljoner kronor", "av totalt 5 Mkr".
TOTAL_BEFORE = regex.compile(
    rf"(?<!\w)(?:{alternation(TOTAL_CUES)})(?:{SPACE}+[^\W\d]+){{0,2}}{SPACE}*\Z", regex.IGNORECASE)
TOTAL_ADJACENT_BEFORE = regex.compile(rf"(?<!\w)(?:{alternation(TOTAL_CUES_ADJACENT)}){SPACE}+\Z",
                                      regex.IGNORECASE)
TOTAL_SUBJECT_BEFORE = regex.compile(
    rf"(?<!\w)(?:{alternation(TOTAL_ADJECTIVES)})(?:{SPACE}+[^\W\d]+){{0,5}}"
    rf"{SPACE}+(?!(?:{alternation(CHANGE_PREPOSITIONS)}){SPACE}*\Z)[^\W\d]+{SPACE}*\Z", regex.IGNORECASE)
TOTAL_OPENING = regex.compile(rf"[\W]*(?:{alternation(TOTAL_OPENERS)})(?!\w)", regex.IGNORECASE)
CUE_REACH = 40
SUBJECT_REACH = 80

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




def totals_of(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
              years: Sequence[Years]) -> tuple[list[bool], list[list[int] | None]]:
    """Per amount: whether it is a total, and the items that add up to it (or None)."""
    cued = [is_cued_total(doc, a, u, i == 0 or units[i - 1].start != u.start)
            for i, (a, u) in enumerate(zip(amounts, units))]
    kinds = [u.block.kind for u in units]
    # An unmarked amount is a total only when what follows it adds up to it.
    columns = table_columns(amounts)
    items = [breakdown_of(i, amounts, kinds, forward_only=not cued[i], years=years, columns=columns)
             for i in range(len(amounts))]
    return [c or found is not None for c, found in zip(cued, items)], items


def is_cued_total(doc: Document, amount: Amount, unit: TextUnit, first_in_unit: bool) -> bool:
    """A cue right before the amount ("totalt 5 Mkr"), on its subject ("De totala kostnaderna
    … beräknas till 5 Mkr") or opening its sentence ("Totalt kommer satsningen att omfatta
    5 Mkr", for the sentence's first amount); in a table, a "Totalt" row."""
    if amount.in_table:
        label = row_label(doc, amount)
        return bool(label) and label.lower().strip(LABEL_TRIM) in TOTAL_ROW_LABELS
    text, lo = doc.text, max(unit.start, amount.start - CUE_REACH)
    return (TOTAL_BEFORE.search(text, lo, amount.start) is not None
            or TOTAL_ADJACENT_BEFORE.search(text, lo, amount.start) is not None
            or TOTAL_SUBJECT_BEFORE.search(text, max(unit.start, amount.start - SUBJECT_REACH),
                                           amount.start) is not None
            or (first_in_unit and TOTAL_OPENING.match(text, unit.start, amount.start) is not None))


def restated_totals(rows: list[AmountRow]) -> list[AmountRow]:
    """An amount that restates a total (the title's "7,5 miljarder" beside the body's) is one."""
    totals = {(r.value, r.currency) for r in rows if r.is_total and not r.in_table}
    return [r if r.is_total or (r.value, r.currency) not in totals or r.in_table
            else replace(r, is_total=True) for r in rows]
