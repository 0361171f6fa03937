"""The holder a relative clause after the amount values at it: "de 27 norska kronor aktien
stängde på" -> "aktien", "de 5 000 miljarder dollar som utbildningsmarknaden är värd" ->
"utbildningsmarknaden" (guide §6: the share or asset the figure is about)."""
from __future__ import annotations

import regex

from pipeline.label.context import SPACE, AmountContext, may_hold, next_amount_start
from pipeline.label.wordclass import is_verb
from pipeline.lang.sv.areas import CLAUSE_VERBS, PREPOSITIONS
from pipeline.lang.sv.valued import HOLDER_MAX_WORDS, VALUED_AT
from pipeline.parse import alternation

WORD = r"[^\W\d_][\w:-]*"
VALUED_CLAUSE = regex.compile(
    rf"{SPACE}+(?:som{SPACE}+)?(?P<holder>{WORD}(?:{SPACE}+{WORD}){{0,{HOLDER_MAX_WORDS - 1}}}?)"
    rf"{SPACE}+(?:{alternation(VALUED_AT)})(?!\w)", regex.IGNORECASE)
# The clause holds the first word of one of its phrases: a stretch after the amount without any
# of them (three in four) is not searched.
VALUED_FIRST_WORDS = tuple(sorted({phrase.split()[0] for phrase in VALUED_AT}))


def valued_area(ctx: AmountContext) -> str | None:
    limit = next_amount_start(ctx.amount, ctx.amounts, ctx.unit.end)
    if not may_hold(ctx.text, ctx.amount.end, limit, VALUED_FIRST_WORDS):
        return None
    match = VALUED_CLAUSE.match(ctx.text, ctx.amount.end, limit)
    if not match:
        return None
    holder = match["holder"]
    words = [w.lower() for w in holder.split()]
    if words[0] in PREPOSITIONS or any(w in CLAUSE_VERBS or is_verb(w) for w in words):
        return None     # "[27 kronor] per aktie var värd …", "… och marknaden var värd": no holder
    return holder
