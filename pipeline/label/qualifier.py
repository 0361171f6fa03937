"""The qualifier written right before an amount: "cirka", "drygt", "högst" (guide §3, §6)."""
from __future__ import annotations

import regex

from pipeline.parse import Amount, alternation
from pipeline.label.context import SPACE, TextUnit
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.totals import TOTAL_CUES

# "cirka 5 Mkr", "drygt totalt 5 Mkr": the qualifier, perhaps followed by a total cue.
QUALIFIER_BEFORE = regex.compile(
    rf"(?<!\w)(?P<word>{alternation(QUALIFIERS)})(?:{SPACE}+(?:{alternation(TOTAL_CUES)}))?{SPACE}*\Z",
    regex.IGNORECASE)
QUALIFIER_REACH = 30


def qualifier_of(text: str, amount: Amount, unit: TextUnit) -> str | None:
    """`approx`, `over`, `under`, `at_least`, `at_most` or None; a range has none."""
    if amount.value_max is not None:
        return None
    match = QUALIFIER_BEFORE.search(text, max(unit.start, amount.start - QUALIFIER_REACH), amount.start)
    return QUALIFIERS[match["word"].lower()] if match else None
