"""The qualifier of an amount: "cirka", "drygt", "högst" right before it (guide §3, §6); it
applies only to the amount it stands before. "Som lägst" may open the clause instead ("Som
lägst noterades aktien i 21,7 kronor"); a verb may cancel a qualifier ("nådde upp till 1,1
miljarder" is a level reached, not a cap)."""
from __future__ import annotations

from typing import Sequence

import regex

from pipeline.parse import Amount, alternation
from pipeline.label.context import SPACE, TextUnit, previous_amount_end
from pipeline.lang.sv.qualifiers import (
    CLAUSE_QUALIFIERS,
    QUALIFIER_CANCELLED_AFTER,
    QUALIFIER_INTENSIFIERS,
    QUALIFIERS,
)
from pipeline.lang.sv.totals import TOTAL_CUES

# "cirka 5 Mkr", "drygt totalt 5 Mkr", "översteg väl 500 miljarder": the qualifier, perhaps
# followed by a total cue or an intensifier.
QUALIFIER_BEFORE = regex.compile(
    rf"(?<!\w)(?P<word>{alternation(QUALIFIERS)})(?:{SPACE}+(?:{alternation(TOTAL_CUES + QUALIFIER_INTENSIFIERS)}))?"
    rf"{SPACE}*\Z", regex.IGNORECASE)
CANCELLING = {word: regex.compile(rf"(?<!\w)(?:{alternation(verbs)}){SPACE}+\Z", regex.IGNORECASE)
              for word, verbs in QUALIFIER_CANCELLED_AFTER.items()}
CLAUSE_OPENING = regex.compile(rf"[\W]*(?P<word>{alternation(CLAUSE_QUALIFIERS)})(?!\w)(?P<rest>[^\d,;]*)\Z",
                               regex.IGNORECASE)
QUALIFIER_REACH = 30


def qualifier_of(text: str, amount: Amount, unit: TextUnit, amounts: Sequence[Amount] = ()) -> str | None:
    """`approx`, `over`, `under`, `at_least`, `at_most` or None."""
    match = QUALIFIER_BEFORE.search(text, max(unit.start, amount.start - QUALIFIER_REACH), amount.start)
    if match:
        word = match["word"].lower()
        cancel = CANCELLING.get(word)
        if cancel and cancel.search(text, max(unit.start, match.start() - QUALIFIER_REACH), match.start()):
            return None
        return QUALIFIERS[word]
    opening = CLAUSE_OPENING.match(text, max(unit.start, previous_amount_end(amount, amounts)), amount.start)
    return QUALIFIERS[opening["word"].lower()] if opening else None
