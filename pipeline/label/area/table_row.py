"""A table cell's area: the label of its row (guide §4, 1)."""
from __future__ import annotations

from pipeline.label.context import AmountContext, row_label


def table_row_label(ctx: AmountContext) -> str | None:
    """"| Bredband | 100 | 120 |" -> "Bredband"."""
    return row_label(ctx.doc, ctx.amount) if ctx.amount.in_table else None
