"""Table cells: cells that say their currency, and bare numbers under a unit the caption or
header states."""
from __future__ import annotations

from dataclasses import dataclass, replace
import decimal
from decimal import Decimal

import regex

from pipeline.document import Document, Span, Table
from pipeline.lang.sv.currencies import CURRENCY_WORDS
from pipeline.lang.sv.tables import NON_MONEY_COLUMN_WORDS, PERCENT_WORDS, TABLE_UNIT_INTRODUCERS
from pipeline.lang.sv.scales import SCALE_WORDS, SCALED_CURRENCIES
from pipeline.parse.amount import Amount, normalised
from pipeline.parse.money import SENTENCE_END
from pipeline.parse.numbers import DIGITS, SIGNS, SPACE, YEAR, alternation, digits_value
from pipeline.parse.text import amounts_in_text
from pipeline.parse.units import EXACT_DIGITS, LOWER_CURRENCY_WORDS, LOWER_SCALED, LOWER_SCALES

CELL_NUMBER = regex.compile(rf"(?P<sign>[{SIGNS}])?{SPACE}?(?P<number>[0-9][0-9 \u00a0\u202f\u2009.,]*[0-9]|[0-9])\**")
UNIT_IN_HEADER = regex.compile(
    rf"(?<!\d{SPACE}?)(?<!\w)(?:(?P<scaled>{alternation(SCALED_CURRENCIES)})"
    rf"|(?:(?P<scale>{alternation(SCALE_WORDS)}){SPACE}+)?(?P<currency>{alternation(CURRENCY_WORDS)}))(?!\w)",
    regex.IGNORECASE)
UNIT_IN_CONTEXT = regex.compile(
    rf"(?:\(|(?<!\w)(?:{alternation(TABLE_UNIT_INTRODUCERS)}){SPACE}+)"
    rf"(?:(?P<scaled>{alternation(SCALED_CURRENCIES)})"
    rf"|(?:(?P<scale>{alternation(SCALE_WORDS)}){SPACE}+)?(?P<currency>{alternation(CURRENCY_WORDS)}))(?!\w)",
    regex.IGNORECASE)

PERCENT_TABLE = regex.compile(rf"%|(?<!\w)(?:{alternation(PERCENT_WORDS)})(?!\w)", regex.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    scale: Decimal
    currency: str


def table_amounts(doc: Document, index: int, lowered: str | None = None) -> list[Amount]:
    """Money cells of a table: cells that say their currency, and bare numbers under a
    caption or header that gives the unit."""
    table = doc.tables[index]
    text = doc.text
    numbers = [row_numbers(text, row) for row in table.rows]
    first_data = next((r for r, found in enumerate(numbers) if not all_years(found)), len(table.rows))
    data_rows = {r for r in range(first_data, len(table.rows)) if numbers[r]}
    unit = table_unit(text, table, first_data)
    skipped_columns = non_money_columns(text, table, first_data)
    amounts = []
    for r, row in enumerate(table.rows):
        for c, (start, end) in enumerate(row):
            written = amounts_in_text(text, start, end, lowered=lowered)
            if written:
                amounts += [replace(a, table=index, row=r, column=c) for a in written]
            elif unit and r in data_rows and c > 0 and c not in skipped_columns:
                cell = bare_cell_amount(text, start, end, unit)
                amounts += [replace(cell, table=index, row=r, column=c)] if cell else []
    return amounts


def bare_number(text: str, start: int, end: int) -> regex.Match | None:
    match = CELL_NUMBER.fullmatch(text, start, end)
    return match if match and DIGITS.fullmatch(match["number"]) else None


def row_numbers(text: str, row: tuple[Span, ...]) -> list[regex.Match]:
    """The bare numbers of a row's cells after its label."""
    return [m for m in (bare_number(text, s, e) for s, e in row[1:]) if m]


def all_years(numbers: list[regex.Match]) -> bool:
    """No numbers, or only years: a header row ("| Satsning (mnkr) | 2026 | 2027 |"). Data
    starts at the first row with another number; below it every row of numbers is data."""
    return all(YEAR.fullmatch(m["number"]) for m in numbers)


def table_unit(text: str, table: Table, first_data: int) -> Unit | None:
    """The unit the header rows or the caption before the table state; none for a table of
    percentages ("Avkastning i procent", "Oktober (EUR)")."""
    if PERCENT_TABLE.search(last_sentence(table.context)):
        return None
    for row in table.rows[:first_data]:
        for start, end in row:
            unit = unit_in(UNIT_IN_HEADER, text[start:end])
            if unit:
                return unit
    return unit_in(UNIT_IN_CONTEXT, table.context)


def last_sentence(written: str) -> str:
    ends = [m.end() for m in SENTENCE_END.finditer(written)]
    return written[ends[-1]:] if ends and ends[-1] < len(written) else written


def unit_in(pattern: regex.Pattern, written: str) -> Unit | None:
    match = pattern.search(written)
    if not match:
        return None
    if match["scaled"]:
        scale, currency = LOWER_SCALED[match["scaled"].lower()]
        return Unit(scale, currency)
    scale = LOWER_SCALES[match["scale"].lower()] if match["scale"] else Decimal(1)
    return Unit(scale, LOWER_CURRENCY_WORDS[match["currency"].lower()])


def non_money_columns(text: str, table: Table, first_data: int) -> set[int]:
    """Columns whose header names a share, a count or a year."""
    skipped = set()
    for row in table.rows[:first_data]:
        for c, (start, end) in enumerate(row):
            header = text[start:end].lower()
            if any(regex.search(rf"(?<!\w){regex.escape(w)}(?!\w)", header) or w == "%" and w in header
                   for w in NON_MONEY_COLUMN_WORDS):
                skipped.add(c)
    return skipped


def bare_cell_amount(text: str, start: int, end: int, unit: Unit) -> Amount | None:
    match = bare_number(text, start, end)
    if not match:
        return None
    sign = -1 if match["sign"] else 1
    with decimal.localcontext() as ctx:
        ctx.prec = EXACT_DIGITS
        value = sign * digits_value(match["number"]) * unit.scale
    number_end = match.end("number")
    return Amount(match.start(), number_end, text[match.start():number_end], normalised(value),
                  None, unit.currency)
