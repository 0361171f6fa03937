"""The record the parser returns, and exact values for it."""
from __future__ import annotations

from dataclasses import dataclass
import decimal
from decimal import Decimal


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


def normalised(value: Decimal) -> Decimal:
    """Whole amounts without a fractional part, so 5,95 Mkr reads 5950000 not 5950000.00."""
    with decimal.localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + 2)
        return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
