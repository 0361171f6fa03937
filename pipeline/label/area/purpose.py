"""The purpose phrase after the amount: "100 Mkr till bredbandsutbyggnad", "… för att stärka
…" (guide §4, 2)."""
from __future__ import annotations

import regex

from pipeline.parse import alternation
from pipeline.label.context import SPACE, AmountContext, next_amount_start, words_in
from pipeline.label.area.phrase import YEARS, phrase_from, points_back
from pipeline.lang.sv.areas import (
    FILLER_PHRASES,
    INFINITIVE_MARKER,
    PASSIVE_VERBS,
    PRESENT_PASSIVE_ENDINGS,
    PURPOSE_MARKERS,
    PURPOSE_PREPOSITIONS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    VERB_LEADS,
)
from pipeline.lang.sv.periods import PERIODS
from pipeline.lang.sv.years import MONTH_NAMES, YEAR_NOUNS, YEAR_RANGE_JOINERS

# What may stand between an amount and its purpose: years, periods, "bland annat".
FILLER_AFTER = regex.compile(rf"""{SPACE}*(?:
    (?:(?:{alternation(TIME_PREPOSITIONS)})
        {SPACE}+(?:(?:{alternation(YEAR_NOUNS)}){SPACE}+)?{YEARS}
        (?:{SPACE}+(?:{alternation(YEAR_RANGE_JOINERS)}){SPACE}+{YEARS})?)
  | {YEARS}
  | (?:{alternation(PERIODS)})
  | (?:{alternation(FILLER_PHRASES)})
  | ,(?={SPACE}*(?:{alternation(PURPOSE_MARKERS)}))
)(?!\w)""", regex.IGNORECASE | regex.VERBOSE)
PASSIVE_VERB_AFTER = regex.compile(
    rf"{SPACE}+(?:(?:{alternation(VERB_LEADS)}){SPACE}+)?"
    rf"(?:{alternation(PASSIVE_VERBS)}|[^\W\d_]{{3,}}(?:{alternation(PRESENT_PASSIVE_ENDINGS)}))(?!\w)",
    regex.IGNORECASE)
PURPOSE_START = regex.compile(
    rf"{SPACE}*(?:(?:{alternation(PURPOSE_MARKERS)})|(?:{alternation(PURPOSE_PREPOSITIONS)})"
    rf"(?:{SPACE}+{INFINITIVE_MARKER})?){SPACE}+",
    regex.IGNORECASE)
LEADING_FILLER = regex.compile(rf"(?:{alternation(FILLER_PHRASES)}){SPACE}+", regex.IGNORECASE)
YEAR_OR_TIME_NEXT = regex.compile(rf"(?:{YEARS}|(?:{alternation((*TIME_WORDS, *MONTH_NAMES))})(?!\w)|\d)",
                                  regex.IGNORECASE)


def purpose_area(ctx: AmountContext) -> str | None:
    limit = next_amount_start(ctx.amount, ctx.amounts, ctx.unit.end)
    purpose = purpose_after(ctx.text, ctx.amount.end, limit)
    return purpose if purpose and not points_back(purpose) else None


def purpose_after(text: str, end: int, limit: int) -> str | None:
    """The purpose phrase after the amount: "till bredbandsutbyggnad", "för att stärka …",
    past year, period and qualifier phrases ("för 2024", "per år") and a passive verb
    ("30 Mkr tillförs för att …")."""
    position = end
    while True:
        filler = FILLER_AFTER.match(text, position, limit)
        if not filler or filler.end() == position:
            break
        position = filler.end()
    verb = PASSIVE_VERB_AFTER.match(text, position, limit)
    if verb and PURPOSE_START.match(text, verb.end(), limit):
        position = verb.end()
    start = PURPOSE_START.match(text, position, limit)
    if not start or YEAR_OR_TIME_NEXT.match(text, start.end(), limit):
        return None
    begin = start.end()
    lead = LEADING_FILLER.match(text, begin, limit)     # "för bland annat upphandling …"
    begin = lead.end() if lead else begin
    words = words_in(text, begin, limit)
    # "i syfte att målgruppen ska komma i arbete": a purpose clause holds its own verbs.
    return phrase_from(text, begin, words, 0, clause=start[0].strip().lower().endswith(INFINITIVE_MARKER))
