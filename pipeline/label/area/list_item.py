"""A list item's area: the words before its amount, when they make a label (guide §4, 1)."""
from __future__ import annotations

import regex

from pipeline.label.context import LABEL_TRIM, AmountContext
from pipeline.lang.sv.areas import GIVING_VERBS, OPEN_ENDINGS, RECEIVING_VERBS

LABEL_MAX_WORDS = 10


def list_item_label(ctx: AmountContext) -> str | None:
    """The words before the amount in a short list item: "Säker vård/patientsäkerhet 5,95 Mkr"."""
    if ctx.amount.in_table or ctx.unit.block.kind != "list_item":
        return None
    before = ctx.text[ctx.unit.start:ctx.amount.start].strip(LABEL_TRIM)
    words = before.split()
    if not words or len(words) > LABEL_MAX_WORDS or regex.search(r"[.!?]\s", before):
        return None
    if any(w.lower() in RECEIVING_VERBS | GIVING_VERBS for w in words):
        return None
    if words[-1].lower() in OPEN_ENDINGS:
        return None     # a sentence running into its amount, not a label
    return before
