"""Bare numbers whose unit the release implies rather than states beside them.

- A list under a lead-in that states money ("De 4 miljarderna fördelas enligt följande:" then
  "Region Norrbotten: 187 400 000"): the items take the lead-in's currency, and the scale at
  which they fit inside its amount (items in kronor under "4 miljarder", in millions under
  "4 miljarder" when they read "187,4"). A lead-in that states a unit ("Belopp i tkr:") gives
  it as it is.
- A table that states no unit anywhere, whose cells restate amounts of the text ("18,5" beside
  "18,5 miljoner kronor"): the columns holding them, and the other columns headed by a year,
  take that scale and currency (the budget tables of regeringen.se releases of autumn 2025).
  Else a table about money that follows another table takes that table's unit (newswire
  notes: a forecast table "(miljoner kronor)", then "Utfall och förväntningar avseende
  rörelseresultat vid senaste rapporterna:" over the same figures for earlier quarters).
  Else a column headed as money ("Belopp", "Fördelade medel 2025"), or without a header under a
  lead-in that asks how much each gets ("Så här mycket kan … i respektive län få:"), and written
  in whole kronor ("46 759 214") is kronor (allocation tables per county or region).
"""
from __future__ import annotations

import decimal
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import regex

from pipeline.document import Block, Document
from pipeline.lang.sv.currencies import DEFAULT_CURRENCY
from pipeline.lang.sv.tables import ALLOCATION_LEAD_INS, MONEY_HEADER_STEMS, NON_MONEY_COLUMN_WORDS
from pipeline.parse.amount import Amount, normalised
from pipeline.parse.numbers import DIGITS_AT, YEAR, digits_value
from pipeline.parse.patterns import FIGURE, SIGNS, SPACE, alternation
from pipeline.parse.table_units import UNIT_IN_CONTEXT, Unit, unit_in
from pipeline.parse.tables import Grid, TableLayout, talks_money
from pipeline.parse.units import EXACT_DIGITS
from pipeline.pattern_cache import PatternCache

SCALES = tuple(Decimal(10) ** k for k in (9, 6, 3, 0))
LEAD_IN_END = ":"
PATTERNS = PatternCache(__file__, __name__)
ITEM_NUMBER = PATTERNS.compile(
    rf"(?:[:–]|{SPACE}){SPACE}*(?P<sign>[{SIGNS}])?"
    rf"(?P<number>{FIGURE}){SPACE}*[.;]?{SPACE}*\Z")
COUNT_LEAD_IN = PATTERNS.compile(
    rf"%|(?<!\w)(?:{alternation(w for w in NON_MONEY_COLUMN_WORDS if w != '%')})(?!\w)", regex.IGNORECASE)
MONEY_HEADER = PATTERNS.compile(rf"(?:{alternation(MONEY_HEADER_STEMS)})", regex.IGNORECASE)
ALLOCATION_LEAD_IN = PATTERNS.compile(rf"(?<!\w)(?:{alternation(ALLOCATION_LEAD_INS)})(?!\w)", regex.IGNORECASE)
FIT = Decimal("1.01")          # items may add up to their total within rounding
MIN_RESTATED = 2               # cells that restate amounts of the text before a table takes their unit
WHOLE_KRONOR = 1000            # a money column of a unit-less table written in whole kronor


# ---------------------------------------------------------------------------------------------
# Lists under a money lead-in


def list_amounts(doc: Document, stated: list[Amount]) -> list[Amount]:
    """The bare numbers ending the items of each list whose lead-in states money."""
    amounts: list[Amount] = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind != "list_item" or i == 0 or blocks[i - 1].kind == "list_item":
            continue
        lead = blocks[i - 1]
        if not doc.text[lead.start:lead.end].rstrip().endswith(LEAD_IN_END):
            continue
        run = []
        for item in blocks[i:]:
            if item.kind != "list_item":
                break
            run.append(item)
        amounts += items_under(doc, lead, run, stated)
    return amounts


def items_under(doc: Document, lead: Block, items: list[Block], stated: list[Amount]) -> list[Amount]:
    text = doc.text
    lead_text = text[lead.start:lead.end]
    if COUNT_LEAD_IN.search(lead_text):
        return []
    numbers = [m for item in items if not any(item.start <= a.start < item.end for a in stated)
               and (m := item_number(text, item))]
    if not numbers:
        return []
    in_lead = [a for a in stated if lead.start <= a.start < lead.end]
    if in_lead:
        total = max(in_lead, key=lambda a: abs(a.value))
        scale = fitting_scale(sum((signed_value(m) for m in numbers), Decimal(0)), abs(total.value))
        unit = Unit(scale, total.currency) if scale is not None else None
        implied = total.implied
    else:
        unit, implied = unit_in(UNIT_IN_CONTEXT, lead_text), False
    if unit is None:
        return []
    return [Amount(m.start("number") - bool(m["sign"]), m.end("number"),
                   text[m.start("number") - bool(m["sign"]):m.end("number")],
                   scaled(signed_value(m), unit.scale), None, unit.currency, implied=implied)
            for m in numbers]


def item_number(text: str, item: Block) -> regex.Match | None:
    """The bare number ending a list item ("Region Norrbotten: 187 400 000"), not a year."""
    match = ITEM_NUMBER.search(text, item.start, item.end)
    if not match or not DIGITS_AT.fullmatch(match["number"]) or YEAR.fullmatch(match["number"]):
        return None
    return match if match.start() > item.start else None


def fitting_scale(items_sum: Decimal, total: Decimal) -> Decimal | None:
    """The largest scale at which the items fit inside their lead-in's amount."""
    return next((s for s in SCALES if abs(items_sum) * s <= total * FIT), None)


def signed_value(match: regex.Match) -> Decimal:
    return -digits_value(match["number"]) if match["sign"] else digits_value(match["number"])


def scaled(value: Decimal, scale: Decimal) -> Decimal:
    with decimal.localcontext() as ctx:
        ctx.prec, ctx.Emax, ctx.Emin = EXACT_DIGITS, decimal.MAX_EMAX, decimal.MIN_EMIN
        return normalised(value * scale)


# ---------------------------------------------------------------------------------------------
# Tables that state no unit


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    values: tuple[Decimal, ...]


def inferred_column_units(doc: Document, index: int, stated: list[Amount],
                          layouts: Sequence[TableLayout] | None = None) -> dict[int, Unit]:
    """Units for the columns of a table that states none: the scale at which its cells restate
    the text's amounts (with the other columns headed by a year), else whole kronor in a
    column headed as money. `layouts` holds each table's `TableLayout` when the caller has
    them."""
    table = doc.tables[index]
    layout = layout_of(doc, index, layouts)
    grid, units = layout.grid, layout.units
    if units.any:
        return {}
    columns = table_columns(doc, index, grid, units.skipped)
    text_amounts = [a for a in stated if not a.in_table]
    currency = (Counter(a.currency for a in text_amounts if not a.implied).most_common(1) or
                [(DEFAULT_CURRENCY, 0)])[0][0]
    restated = restating_columns(columns, {a.value for a in text_amounts if a.currency == currency})
    if restated:
        scale, matched = restated
        return {c.index: Unit(scale, currency) for c in columns
                if c.index in matched or YEAR.fullmatch(c.header.strip())}
    before = previous_table_unit(doc, index, layouts)
    if before is not None and talks_money(doc.text, table):
        return {c.index: before for c in columns}
    asks_amounts = ALLOCATION_LEAD_IN.search(table.context) is not None
    return {c.index: Unit(Decimal(1), currency) for c in columns
            if (MONEY_HEADER.match(c.header.strip()) or asks_amounts and not c.header.strip())
            and c.values and all(v >= WHOLE_KRONOR and v == v.to_integral_value() for v in c.values)}


def previous_table_unit(doc: Document, index: int,
                        layouts: Sequence[TableLayout] | None = None) -> Unit | None:
    """The unit the table before this one states for all its cells, if any."""
    return None if index == 0 else layout_of(doc, index - 1, layouts).units.whole


def layout_of(doc: Document, index: int, layouts: Sequence[TableLayout] | None) -> TableLayout:
    return layouts[index] if layouts is not None else TableLayout.of(doc.text, doc.tables[index])


def table_columns(doc: Document, index: int, grid: Grid, skipped: frozenset[int]) -> list[Column]:
    table = doc.tables[index]
    text = doc.text
    headers: dict[int, str] = {}
    for row in table.rows[:grid.first_data]:
        for c, (s, e) in enumerate(row):
            headers[c] = " ".join(filter(None, (headers.get(c), text[s:e].strip())))
    values: dict[int, list[Decimal]] = {}
    for r in sorted(grid.data_rows):
        for c in range(1, len(table.rows[r])):
            if c not in skipped and (m := grid.number(r, c)):
                values.setdefault(c, []).append(signed_value(m))
    return [Column(c, headers.get(c, ""), tuple(vs)) for c, vs in sorted(values.items())]


def restating_columns(columns: list[Column], values: set[Decimal]) -> tuple[Decimal, set[int]] | None:
    """(scale, columns) at which most distinct cell values are amounts of the text; None when
    fewer than `MIN_RESTATED` are at every scale."""
    best: tuple[int, Decimal, set[int]] | None = None
    for scale in SCALES:
        hits = {(c.index, v) for c in columns for v in c.values if v * scale in values}
        count = len({v for _, v in hits})
        if count >= MIN_RESTATED and (best is None or count > best[0]):
            best = (count, scale, {c for c, _ in hits})
    return (best[1], best[2]) if best else None


PATTERNS.save()
