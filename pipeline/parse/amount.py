"""The record the parser returns, and exact values for it."""
from __future__ import annotations

import decimal
from dataclasses import dataclass
from decimal import Decimal

# No amount of any currency exceeds 10^15 units: the world's yearly output is about 10^14
# dollars, so a larger figure is a run of digits, not money. Every value below it is finite and
# exact as a float64 to the öre up to 2**53 öre (about 9 * 10^13 kronor), and close above.
MAX_VALUE = Decimal(10) ** 15


@dataclass(frozen=True)
class Amount:
    """One money amount as written. Offsets index `Document.text`; `text == doc.text[start:end]`.

    For a table cell, `table`, `row` and `column` locate it in `Document.tables`.
    """

    start: int
    end: int
    text: str
    value: Decimal
    value_max: Decimal | None
    currency: str
    table: int | None = None
    row: int | None = None
    column: int | None = None
    implied: bool = False   # no currency written in its block: the document's is assumed

    @property
    def in_table(self) -> bool:
        return self.table is not None


ONE = Decimal(1)
# Contexts made once: a local context per value cost more than the rest of reading it. A
# whole value's quantize is exact at any precision that holds its digits; a fraction's
# normalize is exact at any precision once it is exact at 28 (the least `normalised` works
# at), and `Rounded` is trapped so that one it would round raises. Either way a value these
# cannot do exactly is done as before.
WHOLE_CONTEXT = decimal.Context(prec=100, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
FRACTION_CONTEXT = decimal.Context(prec=28, traps=[decimal.InvalidOperation, decimal.DivisionByZero,
                                                   decimal.Overflow, decimal.Rounded])


def normalised(value: Decimal) -> Decimal:
    """Whole amounts without a fractional part, so 5,95 Mkr reads 5950000 not 5950000.00."""
    try:
        if value == value.to_integral_value():
            return value.quantize(ONE, context=WHOLE_CONTEXT)
        return value.normalize(FRACTION_CONTEXT)
    except decimal.DecimalException:
        return normalised_in_context(value)


def normalised_in_context(value: Decimal) -> Decimal:
    """`normalised` at the precision of the current context, or more to hold `value`."""
    with decimal.localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + 2)
        ctx.Emax, ctx.Emin = decimal.MAX_EMAX, decimal.MIN_EMIN
        return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def is_plausible(amount: Amount) -> bool:
    """The amount is within `MAX_VALUE`, both ends of a range."""
    # copy_abs, not abs(): exact at any size, where abs() rounds in the current context and
    # overflows on a figure of a million digits.
    return all(v.copy_abs() <= MAX_VALUE for v in (amount.value, amount.value_max) if v is not None)
