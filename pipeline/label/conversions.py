"""The same money written twice in a row: converted into another currency ("20,5 miljarder
dollar, motsvarande 198 miljarder kronor", "2 miljoner euro (ca 20 miljoner kronor)") or into
another period ("70 kronor per dag – ca 2 100 kronor per månad"); and money written as coming
on top of a sum ("ytterligare fem miljoner kronor") or as the same value for another thing
("Även här blir teckningskursen 2 norska kronor"), which is never that sum again; and money
written definite ("Av de 507 miljoner kronor", "De ytterligare 700 miljonerna"), which points
back to a sum stated before; the direction of a fund flow a figure is ("inflöden om 1,0
miljarder", "utflöden om 1 miljard"), and money granted before the release ("sedan tidigare 3
miljarder kronor"), which are other money than a figure of the other direction or the money
the release gives now."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.label.context import SPACE, TextUnit, may_hold
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.restates import (
    CONVERSION_CUES,
    DEFINITE_ARTICLES,
    DEFINITE_BETWEEN,
    DEFINITE_ENDINGS,
    DEFINITE_LINKS,
    DEFINITE_NOUNS,
    DESCRIBING_WORDS,
    EARLIER_GRANT_WORDS,
    EARLIER_TIME_WORDS,
    INFLOW_PHRASES,
    INFLOW_STEMS,
    LIKEWISE_WORDS,
    NEW_MONEY_CUES,
    OUTFLOW_PHRASES,
    OUTFLOW_STEMS,
    PAST_GRANTS,
    STILL_WORDS,
    TIME_PERIODS,
)
from pipeline.parse import Amount, alternation
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
QUALIFIER = rf"(?:(?:{alternation(QUALIFIERS)}){SPACE}+)?"
# What may stand between an amount and its conversion: a few words of its own ("per år"),
# then a bracket, comma or dash, or a conversion word, then a qualifier.
CONVERSION_GAP = PATTERNS.compile(rf"""
    (?:{SPACE}+[^\W\d]+){{0,3}}?{SPACE}*
    (?: [(,–—-]{SPACE}*(?:(?:{alternation(CONVERSION_CUES)}){SPACE}+)?
      | (?:{alternation(CONVERSION_CUES)}){SPACE}+ )
    {QUALIFIER}
""", regex.IGNORECASE | regex.VERBOSE)
NEW_MONEY = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(NEW_MONEY_CUES)}){SPACE}+{QUALIFIER}\Z", regex.IGNORECASE)
LIKEWISE = PATTERNS.compile(
    rf"(?<!\w)(?:{alternation(LIKEWISE_WORDS)})(?!\w)(?!{SPACE}+(?:{alternation(STILL_WORDS)})(?!\w))"
    # what a thing is, in words: "som även är världens största pensionsfond"; not "som även
    # är 500 kronor", the same value again
    rf"(?!{SPACE}+(?:{alternation(DESCRIBING_WORDS)}){SPACE}+[^\W\d])",
    regex.IGNORECASE)
DEFINITE_BEFORE = PATTERNS.at_end(
    rf"(?<!\w)(?:(?:{alternation(DEFINITE_ARTICLES)}){SPACE}+(?:(?:{alternation(DEFINITE_BETWEEN)}){SPACE}+)?"
    rf"|(?:{alternation(DEFINITE_NOUNS)}){SPACE}+(?:{alternation(DEFINITE_LINKS)}){SPACE}+){QUALIFIER}\Z",
    regex.IGNORECASE)
DEFINITE_UNIT = PATTERNS.compile(rf"(?:{alternation(DEFINITE_ENDINGS)})\Z", regex.IGNORECASE)
# A flow word: the stem of a flow noun, or a verb phrase of money moving in or out.
FLOW = PATTERNS.compile(
    rf"(?<!\w)(?:(?P<into>(?:{alternation(INFLOW_STEMS)})\w*|(?:{alternation(INFLOW_PHRASES)})(?!\w))"
    rf"|(?P<out>(?:{alternation(OUTFLOW_STEMS)})\w*|(?:{alternation(OUTFLOW_PHRASES)})(?!\w)))",
    regex.IGNORECASE)
# What every flow word holds, as plain text: a sentence without any is not searched.
FLOW_HINTS = tuple(sorted({*INFLOW_STEMS, *OUTFLOW_STEMS,
                           *(p.split()[0] for p in INFLOW_PHRASES + OUTFLOW_PHRASES)}))
GRANTED_BEFORE = PATTERNS.at_end(
    rf"(?<!\w)(?:(?:{alternation(EARLIER_GRANT_WORDS)}){SPACE}+(?:[^\W\d]+{SPACE}+){{0,2}}?"
    rf"|(?:{alternation(EARLIER_TIME_WORDS)}){SPACE}+(?:{alternation(PAST_GRANTS)}){SPACE}+){QUALIFIER}\Z",
    regex.IGNORECASE)
CUE_REACH = 30
# "1,5 miljarder kronor (1 500 miljoner kronor)": only a bracket right after the figure writes
# the same money in another form; after words or a comma the same value is a sibling's.
BRACKET_RIGHT_AFTER = PATTERNS.compile(rf"{SPACE}*\({SPACE}*{QUALIFIER}")


def conversions_of(text: str, amounts: Sequence[Amount], pers: Sequence[str | None]) -> dict[int, int]:
    """Index of each amount that converts the amount right before it -> that amount's index."""
    found = {}
    for i in range(1, len(amounts)):
        a, b = amounts[i - 1], amounts[i]
        if a.end > b.start or not CONVERSION_GAP.fullmatch(text, a.end, b.start):
            continue
        if a.currency != b.currency or (pers[i] != pers[i - 1] and pers[i] in TIME_PERIODS
                                        and pers[i - 1] in TIME_PERIODS) or \
                written_again(text, a, b):
            found[i] = i - 1
    return found


def written_again(text: str, a: Amount, b: Amount) -> bool:
    """"1,5 miljarder kronor (1 500 miljoner kronor)": the same value in another form, bracketed.
    A bare figure in the bracket ("1,89 dollar (1,89)") is the prior period's, of equal value."""
    return any(c.isalpha() for c in b.text) and a.value == b.value and a.value_max == b.value_max and a.text.casefold() != b.text.casefold() \
        and BRACKET_RIGHT_AFTER.fullmatch(text, a.end, b.start) is not None


def is_new_money(text: str, amount: Amount, unit: TextUnit) -> bool:
    """"ytterligare fem miljoner kronor": money on top of what was stated before."""
    return NEW_MONEY.search(text, max(unit.start, amount.start - CUE_REACH), amount.start) is not None


def is_likewise(text: str, amount: Amount, unit: TextUnit) -> bool:
    """"Även här blir teckningskursen 2 norska kronor": the same value for another thing."""
    return LIKEWISE.search(text, unit.start, amount.start) is not None


def points_back(text: str, amount: Amount, unit: TextUnit) -> bool:
    """"Av de 507 miljoner kronor", "De ytterligare 700 miljonerna", "De 6 miljarderna": money
    written definite, as money the reader has been told of."""
    return DEFINITE_UNIT.search(amount.text) is not None or \
        DEFINITE_BEFORE.search(text, max(unit.start, amount.start - CUE_REACH), amount.start) is not None


def flow_direction(text: str, amount: Amount, unit: TextUnit) -> str | None:
    """"in" or "out": the last flow word before the figure in its sentence ("Blandfonder noterade
    inflöden om 1,8 miljarder kronor, … korta räntefonder 1,0 miljarder": in), else none."""
    found = FLOW.findall(text, unit.start, amount.start) if may_hold(
        text, unit.start, amount.start, FLOW_HINTS) else []
    if not found:
        return None
    into, _ = found[-1]
    return "in" if into else "out"


def granted_before(text: str, amount: Amount, unit: TextUnit) -> bool:
    """"Regeringen avsätter sedan tidigare 3 miljarder kronor årligen": money given before the
    release, which still stands."""
    return GRANTED_BEFORE.search(text, max(unit.start, amount.start - CUE_REACH), amount.start) is not None


PATTERNS.save()
