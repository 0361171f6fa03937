"""Where a table states its unit: for the whole table in a caption row, the corner cell
("Elekta, Mkr", "(miljoner kronor)") or the sentence before it ("Belopp i tkr"); for one
column in its header ("Belopp (kr)"); for one row in its label ("Resultat per aktie, kronor").
Columns headed as counts or shares ("Antal", "Aktier", "%") and rows of percentages hold no
money, whatever unit the rest of the table has."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from pipeline.document import Span, Table
from pipeline.lang.sv.currencies import CURRENCY_WORDS
from pipeline.lang.sv.scales import SCALE_WORDS, SCALED_CURRENCIES
from pipeline.lang.sv.tables import (
    COUNT_ROW_WORDS,
    NAMED_YEAR_WORDS,
    NON_MONEY_COLUMN_WORDS,
    PER_SHARE_WORDS,
    PERCENT_ROW_WORDS,
    PERCENT_WORDS,
    RATIO_ROW_WORDS,
    RETURN_PERIOD_WORDS,
    TABLE_UNIT_INTRODUCERS,
    TIME_COLUMN_WORDS,
)
from pipeline.parse.money import SENTENCE_END
from pipeline.parse.patterns import SPACE, alternation
from pipeline.parse.units import LOWER_CURRENCY_WORDS, LOWER_SCALED, LOWER_SCALES
from pipeline.pattern_cache import PatternCache

UNIT = (rf"(?:(?P<scaled>{alternation(SCALED_CURRENCIES)})"
        rf"|(?:(?P<scale>{alternation(SCALE_WORDS)}){SPACE}+)?(?P<currency>{alternation(CURRENCY_WORDS)}))(?!\w)")
# Not the unit of an amount the cell states: "Totalt cirka 12 miljarder kronor" in a caption
# row says nothing of the unit of the cells below it.
PATTERNS = PatternCache(__file__, __name__)
UNIT_IN_HEADER = PATTERNS.compile(
    rf"(?<!\d{SPACE}?)(?<!\d{SPACE}*(?:{alternation(SCALE_WORDS)}){SPACE}+)(?<!\w){UNIT}",
    regex.IGNORECASE)
UNIT_IN_CONTEXT = PATTERNS.compile(   # "(miljoner kronor)", "Belopp i tkr", "Resultat i sammandrag, TSEK"
    rf"(?:\(|(?<!\w)(?:{alternation(TABLE_UNIT_INTRODUCERS)}){SPACE}+){UNIT}"
    # the unit that ends the sentence: "…, TSEK", "… avrundat till hela miljoner kronor:"
    rf"|(?<!\d{SPACE}?)(?<!\d{SPACE}*(?:{alternation(SCALE_WORDS)}){SPACE}+)(?<!\w){UNIT}(?=\W*\Z)",
    regex.IGNORECASE)
PERCENT_CAPTION = PATTERNS.compile(
    rf"(?:[0-9]{SPACE}*)?(?:%|(?<!\w)(?:{alternation(PERCENT_WORDS)})(?!\w))", regex.IGNORECASE)
PERCENT_VALUE = PATTERNS.compile(r"\A[0-9]")
NO_MONEY_ROW = PATTERNS.compile(rf"%|(?<!\w)(?:{alternation((*PERCENT_ROW_WORDS, *COUNT_ROW_WORDS, *RATIO_ROW_WORDS))})(?!\w)",
                            regex.IGNORECASE)
PER_SHARE = PATTERNS.compile(rf"(?<!\w)(?:{alternation(PER_SHARE_WORDS)})(?!\w)", regex.IGNORECASE)
RETURN_IN_CURRENCY = (   # "Oktober (EUR)", "Jan-Nov (SEK)": a fund's return in that currency
    rf"(?<!\w)(?:{alternation(RETURN_PERIOD_WORDS)})(?:[-–](?:{alternation(RETURN_PERIOD_WORDS)}))?"
    rf"{SPACE}*\({SPACE}*(?:{alternation(CURRENCY_WORDS)}){SPACE}*\)")
NON_MONEY_COLUMN = PATTERNS.compile(
    rf"%|(?<!\w)(?:{alternation(w for w in NON_MONEY_COLUMN_WORDS if w != '%')})(?!\w)"
    rf"|{RETURN_IN_CURRENCY}", regex.IGNORECASE)
TIME_COLUMN = PATTERNS.compile(
    rf"(?<!\w)(?<!(?<!\w)(?:{alternation(NAMED_YEAR_WORDS)}){SPACE}+)(?:{alternation(TIME_COLUMN_WORDS)})(?!\w)",
    regex.IGNORECASE)
# A header cell whose currency is that of a percentage or a return ("Vinnare % SEK", "Dec
# (EUR)" over a fund's returns) states no unit for any cell (fund reports in financial news).
PERCENT_IN_CURRENCY = PATTERNS.compile(
    rf"%|(?<!\w)(?:{alternation(PERCENT_WORDS)})(?!\w)|{RETURN_IN_CURRENCY}", regex.IGNORECASE)
LABEL_OF_UNIT = PATTERNS.compile(rf"\A{SPACE}*{UNIT}{SPACE}*\W*\Z", regex.IGNORECASE)   # "Miljarder kronor"
UNIT_IN_LABEL = PATTERNS.compile(    # "Resultat per aktie, kronor", "Intäkter (Mkr)", "Miljarder kronor"
    rf"(?:\A|,|\(){SPACE}*{UNIT}{SPACE}*\)?\W*\Z", regex.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    scale: Decimal
    currency: str


@dataclass(frozen=True)
class TableUnits:
    """The units of one table: `whole` for every money column without its own, `columns`
    for columns whose header states one; `skipped` columns hold no money."""

    whole: Unit | None
    columns: dict[int, Unit]
    skipped: frozenset[int]

    def of_cell(self, text: str, label: Span, column: int) -> Unit | None:
        """The unit of a bare number in `column` of the row labelled `label`."""
        if column in self.skipped:
            return None
        return row_unit(text[label[0]:label[1]], self.columns.get(column, self.whole))

    @property
    def any(self) -> bool:
        return self.whole is not None or bool(self.columns)


def table_units(text: str, table: Table, first_data: int) -> TableUnits:
    """The units the header rows, a caption row, the corner cell or the sentence before the
    table state. A caption that states percentages ("Avkastning i procent:") leaves a table
    without money unless its own corner or caption row names a unit."""
    header = table.rows[:first_data]
    skipped = frozenset(c for row in header for c, (s, e) in enumerate(row) if heads_no_money(text[s:e]))
    width = max((len(row) for row in table.rows[first_data:]), default=0)
    whole = next((unit for row in header for span in whole_table_cells(text, row, width)
                  if (unit := header_unit(text[span[0]:span[1]]))), None)
    if whole:
        return TableUnits(whole, {}, skipped)
    if is_percent_caption(table.context):
        return TableUnits(None, {}, skipped)
    columns = {c: unit for row in header for c, (s, e) in enumerate(row)
               if c > 0 and (unit := header_unit(text[s:e]))}
    whole = unit_in(UNIT_IN_CONTEXT, last_sentence(table.context))
    if whole is None and len(set(columns.values())) == 1:
        whole = next(iter(columns.values()))    # one unit named once holds for the table
    return TableUnits(whole, columns, skipped)


# The readings of a cell's words are cached: the same headers and row labels ("Nettoomsättning",
# "Mkr") recur in every table of a report and in every report of a company, and each reading
# is a case-insensitive search of every unit word. A cell is read alone: layout sets " | " or
# a line break around it, so no pattern sees a word character beside it either way.
@lru_cache(maxsize=4096)
def heads_no_money(cell: str) -> bool:
    """A column headed so holds counts, shares, percentages or times, not money."""
    return bool(NON_MONEY_COLUMN.search(cell) or TIME_COLUMN.search(cell) and header_unit(cell) is None)


@lru_cache(maxsize=4096)
def header_unit(cell: str) -> Unit | None:
    """The unit a header cell states, unless it is the currency of percentages."""
    return None if PERCENT_IN_CURRENCY.search(cell) else unit_in(UNIT_IN_HEADER, cell)


def whole_table_cells(text: str, row: tuple[Span, ...], width: int) -> list[Span]:
    """The cells of a header row that speak for the whole table: the only filled cell of a
    caption row, else the corner cell above the row labels (a header row as wide as the data
    rows has one; a narrower one starts with the first column's header)."""
    filled = [span for span in row if text[span[0]:span[1]].strip()]
    if len(filled) == 1:
        return filled
    return list(row[:1]) if len(row) >= width else []


@lru_cache(maxsize=4096)
def row_unit(label: str, base: Unit | None) -> Unit | None:
    """A row of percentages, counts or ratios holds no money; a row label may state its own unit ("Resultat
    per aktie, kronor"), or be one ("Miljarder kronor") in a table that states no other; a
    per-share row takes the table's currency but not its scale."""
    if NO_MONEY_ROW.search(label):
        return None
    if base is None:    # a share class such as "Fonden (EUR)" names no unit
        return unit_in(LABEL_OF_UNIT, label.strip())
    own = unit_in(UNIT_IN_LABEL, label.strip())
    if own is not None:
        return Unit(Decimal(1), own.currency) if PER_SHARE.search(label) else own
    return Unit(Decimal(1), base.currency) if PER_SHARE.search(label) else base


def is_percent_caption(context: str) -> bool:
    """The sentence before the table says its figures are percentages ("Fondens utveckling i
    procent:"), not that some figure of its own is one ("100,0 procent bättre än väntat")."""
    return any(not PERCENT_VALUE.search(m.group()) for m in PERCENT_CAPTION.finditer(last_sentence(context)))


def last_sentence(written: str) -> str:
    ends = [m.end() for m in SENTENCE_END.finditer(written.rstrip())]
    return written[ends[-1]:] if ends and ends[-1] < len(written) else written


def unit_in(pattern: regex.Pattern, written: str) -> Unit | None:
    match = pattern.search(written)
    if not match:
        return None
    found = {k: v for k, v in match.groupdict().items() if v}
    if "scaled" in found:
        scale, currency = LOWER_SCALED[found["scaled"].lower()]
        return Unit(scale, currency)
    scale = LOWER_SCALES[found["scale"].lower()] if "scale" in found else Decimal(1)
    return Unit(scale, LOWER_CURRENCY_WORDS[found["currency"].lower()])


PATTERNS.save()
