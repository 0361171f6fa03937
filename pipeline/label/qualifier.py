"""The qualifier of an amount: "cirka", "drygt", "högst" right before it (guide §3, §6); it
applies only to the amount it stands before. "Som lägst" may open the clause instead ("Som
lägst noterades aktien i 21,7 kronor")."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.label.context import SPACE, TextUnit, may_end_with, previous_amount_end
from pipeline.lang.sv.qualifiers import CLAUSE_QUALIFIERS, QUALIFIERS
from pipeline.lang.sv.totals import TOTAL_CUES
from pipeline.parse import Amount, alternation
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
# "cirka 5 Mkr", "drygt totalt 5 Mkr": the qualifier, perhaps followed by a total cue.
QUALIFIER_BEFORE = PATTERNS.compile(
    rf"(?<!\w)(?P<word>{alternation(QUALIFIERS)})(?:{SPACE}+(?:{alternation(TOTAL_CUES)}))?{SPACE}*\Z",
    regex.IGNORECASE)
# Most amounts have none: the search from the end says so at once.
QUALIFIER_AT_END = PATTERNS.at_end(QUALIFIER_BEFORE.pattern, regex.IGNORECASE)
# What a stretch that pattern matches ends in, past its trailing space: the last word of a
# qualifier or of a total cue (a phrase's words may stand a line break apart).
QUALIFIER_ENDS = tuple(sorted({w.split()[-1] for w in (*QUALIFIERS, *TOTAL_CUES)}))
CLAUSE_OPENING = PATTERNS.compile(rf"[\W]*(?P<word>{alternation(CLAUSE_QUALIFIERS)})(?!\w)(?P<rest>[^\d,;]*)\Z",
                               regex.IGNORECASE)
QUALIFIER_REACH = 30


def qualifier_of(text: str, amount: Amount, unit: TextUnit, amounts: Sequence[Amount] = ()) -> str | None:
    """`approx`, `over`, `under`, `at_least`, `at_most` or None."""
    start = max(unit.start, amount.start - QUALIFIER_REACH)
    # Even the search from the end tries each of some seventy words: a test of the stretch's
    # last word rules out most amounts first.
    match = QUALIFIER_BEFORE.search(text, start, amount.start) \
        if may_end_with(text, start, amount.start, QUALIFIER_ENDS) \
        and QUALIFIER_AT_END.search(text, start, amount.start) else None
    if match:
        return QUALIFIERS[match["word"].lower()]
    opening = CLAUSE_OPENING.match(text, max(unit.start, previous_amount_end(amount, amounts)), amount.start)
    return QUALIFIERS[opening["word"].lower()] if opening else None


PATTERNS.save()
