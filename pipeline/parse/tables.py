"""Table cells: cells that say their currency, and bare numbers under the unit their column,
row or table states (`table_units`). A cell's own unit ("250 000 kr") wins; a percentage
cell ("5,1%") is no money."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

import regex

from pipeline.document import Document, Span, Table
from pipeline.lang.sv.currencies import DEFAULT_CURRENCY
from pipeline.parse.amount import Amount, normalised
from pipeline.parse.money import MONEY_CUE
from pipeline.parse.numbers import DIGITS_AT, YEAR, digits_value
from pipeline.parse.patterns import FIGURE, SIGNS, SPACE
from pipeline.parse.table_units import NO_MONEY_ROW, TableUnits, Unit, last_sentence, table_units
from pipeline.parse.text import amounts_of_readings, block_readings
from pipeline.parse.units import EXACT, Reading
from pipeline.parse.windows import MoneyWords, may_hold_money

CELL_NUMBER = regex.compile(   # "-22,3", "1 208,3*", and "443,4 -75,6%": a figure and its change
    rf"(?P<sign>[{SIGNS}])?{SPACE}?(?P<number>{FIGURE})\**"
    rf"(?:{SPACE}+[{SIGNS}+]?[0-9][0-9,.]*{SPACE}?%)?")


@dataclass(frozen=True)
class Grid:
    """Which rows of a table are data: below the header rows (text or years only), every
    row with a bare number after its label."""

    first_data: int
    data_rows: frozenset[int]
    # The bare number of each cell after a row's label, or None: read once, for the rows, the
    # cells' amounts and the columns of a table that states no unit.
    numbers: tuple[tuple[regex.Match | None, ...], ...]

    @classmethod
    def of(cls, text: str, table: Table) -> Grid:
        numbers = tuple(tuple(bare_number(text, s, e) for s, e in row[1:]) for row in table.rows)
        found = [[m for m in row if m] for row in numbers]
        first = next((r for r, row in enumerate(found) if not all_years(row)), len(table.rows))
        return cls(first, frozenset(r for r in range(first, len(table.rows)) if found[r]), numbers)

    def number(self, row: int, column: int) -> regex.Match | None:
        """The bare number of a cell after its row's label (`bare_number`)."""
        return self.numbers[row][column - 1]


@dataclass(frozen=True)
class TableLayout:
    """A table's data rows and the units it states: read once, for the units the release
    implies for it (`implied_units`) and for its amounts."""

    grid: Grid
    units: TableUnits

    @classmethod
    def of(cls, text: str, table: Table) -> TableLayout:
        grid = Grid.of(text, table)
        return cls(grid, table_units(text, table, grid.first_data))


def table_amounts(doc: Document, index: int, lowered: str | None = None,
                  inferred: dict[int, Unit] | None = None,
                  layout: TableLayout | None = None, words: MoneyWords | None = None) -> list[Amount]:
    """Money cells of a table. `inferred` holds column units for a table that states none,
    taken from the release's own figures (`implied_units`); `layout` is the table's
    `TableLayout` and `words` the release's `MoneyWords` (over `lowered`) when the caller has
    them."""
    table = doc.tables[index]
    text = doc.text
    layout = layout or TableLayout.of(text, table)
    holds_money = words.in_block if words is not None else partial(may_hold_money, text, lowered=lowered)
    grid, units = layout.grid, layout.units
    if not units.any and inferred:
        units = TableUnits(None, inferred, units.skipped)
    # each cell's numbers are read once, for its own amounts and for its figures with a scale;
    # a cell without a unit word (most: bare figures) reads none with a unit, so none of money
    readings = [[block_readings(text, start, end, lowered) if holds_money(start, end)
                 else [] for start, end in row] for row in table.rows]
    written = [[amounts_of_readings(text, found, start, end)
                for (start, end), found in zip(row, cells, strict=True)]
               for row, cells in zip(table.rows, readings, strict=True)]
    stating = columns_stating_a_currency(written)
    amounts = []
    about_money: bool | None = None
    for r, row in enumerate(table.rows):
        for c, (start, end) in enumerate(row):
            if written[r][c]:
                amounts += [replace(a, table=index, row=r, column=c) for a in written[r][c]]
            elif r in grid.data_rows and c > 0:
                unit = units.of_cell(text, row[0], c)
                cell = bare_cell_amount(text, grid.number(r, c), unit) if unit else None
                amounts += [replace(cell, table=index, row=r, column=c)] if cell else []
            elif r > 0 and c > 0 and c not in units.skipped and not counts_row(text, row):
                cells = scaled_cell_amounts(text, start, end, units.whole, readings[r][c])
                if cells and c not in stating and about_money is None:
                    about_money = talks_money(text, table)
                amounts += ([replace(a, table=index, row=r, column=c) for a in cells]
                            if c in stating or about_money else [])
    return amounts


def counts_row(text: str, row: tuple[Span, ...]) -> bool:
    """A row labelled as percentages, counts or ratios ("Antal invånare", "Andel, procent")
    holds no money, even in a column of kronor."""
    return bool(row) and NO_MONEY_ROW.search(text, row[0][0], row[0][1]) is not None


def columns_stating_a_currency(written: list[list[list[Amount]]]) -> set[int]:
    """The columns with a cell that writes its currency ("5 miljoner kronor"): money columns,
    as a block that names a currency is about money, so a figure with a scale under the same
    header ("2,3 miljarder" beside it under "2025") is money too."""
    return {c for row in written for c, found in enumerate(row) if any(not a.implied for a in found)}


def talks_money(text: str, table: Table) -> bool:
    """A money word in the table's first row ("Höjt bostadsbidrag") or in a caption that
    introduces it ("Så fördelas stödet:")."""
    first = " ".join(text[s:e] for s, e in table.rows[0]) if table.rows else ""
    caption = last_sentence(table.context).strip()
    return bool(MONEY_CUE.search(first) or caption.endswith(":") and MONEY_CUE.search(caption))


def scaled_cell_amounts(text: str, start: int, end: int, unit: Unit | None,
                        readings: list[Reading]) -> list[Amount]:
    """The figures with a scale word of a cell ("655 miljoner", "en miljard", "1, 5 miljarder",
    "från 80 till 40 miljoner"), read as in a sentence about money, for a table about money:
    the table's currency, else the release's (implied); `readings` are the cell's
    (`block_readings`)."""
    found = amounts_of_readings(text, readings, start, end, unit.currency if unit else DEFAULT_CURRENCY,
                                about_money=True)
    return [replace(a, implied=False) for a in found] if unit else found


def bare_number(text: str, start: int, end: int) -> regex.Match | None:
    match = CELL_NUMBER.fullmatch(text, start, end)
    return match if match and DIGITS_AT.fullmatch(match["number"]) else None


def all_years(numbers: list[regex.Match]) -> bool:
    """No numbers, or only years: a header row ("| Satsning (mnkr) | 2026 | 2027 |"). Data
    starts at the first row with another number; below it every row of numbers is data."""
    return all(YEAR.fullmatch(m["number"]) for m in numbers)


def bare_cell_amount(text: str, match: regex.Match | None, unit: Unit) -> Amount | None:
    """The amount of a cell whose bare number (`bare_number`) is `match`, in `unit`."""
    if not match:
        return None
    sign = -1 if match["sign"] else 1
    value = EXACT.multiply(EXACT.multiply(sign, digits_value(match["number"])), unit.scale)
    number_end = match.end("number")
    return Amount(match.start(), number_end, text[match.start():number_end], normalised(value),
                  None, unit.currency)
