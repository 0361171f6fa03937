"""Parse: text -> money amount spans with exact `Decimal` values (annotation guide §1-2)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipeline.document import Document


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

    @property
    def in_table(self) -> bool:
        return self.table is not None


def find_amounts(doc: Document) -> list[Amount]:
    """Every money amount of `doc`, in document order."""
    raise NotImplementedError
