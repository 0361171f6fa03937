"""What a generic increase is of: "en höjning på 30 Mkr av bidragen till myndigheter"
(guide §4, 2)."""
from __future__ import annotations

import regex

from pipeline.label.area.attributed import attributed_of
from pipeline.label.area.naming import names_something, points_back
from pipeline.label.area.phrase import phrase_from
from pipeline.label.context import SPACE, AmountContext, next_amount_start, words_in
from pipeline.lang.sv.areas import RAISED_PREPOSITIONS
from pipeline.parse import alternation

RAISED_START = regex.compile(rf"{SPACE}+(?:{alternation(RAISED_PREPOSITIONS)}){SPACE}+", regex.IGNORECASE)


def raised_area(ctx: AmountContext) -> str | None:
    """Only after a noun that names no purpose of its own ("en höjning på …")."""
    attributed = attributed_of(ctx)
    if not attributed or names_something(attributed):
        return None
    raised = raised_after(ctx.text, ctx.amount.end, next_amount_start(ctx.amount, ctx.amounts, ctx.unit.end))
    return raised if raised and not points_back(raised) else None


def raised_after(text: str, end: int, limit: int) -> str | None:
    match = RAISED_START.match(text, end, limit)
    if not match:
        return None
    return phrase_from(text, match.end(), words_in(text, match.end(), limit), 0)
