"""Figures given only beside another one share its area (guide §3, §6): the prior-period
figure in parentheses ("476,2 (407,8) miljarder"), the old level of a change ("från 80 till
100 Mkr"), a comparison ("…, att jämföra med 1,12 miljarder dollar") and a restatement in
other words ("…, motsvarande 198 miljarder kronor"). Interim reports and fund-flow news write
them in every release (FWM-style newswire reports; fonderdirekt:2020-10-13-blackrock-…)."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.label.context import SPACE, TextUnit
from pipeline.lang.sv.areas import (
    CHANGE_FROM,
    COMPARISON_CUES,
    ESTIMATE_CUES,
    ESTIMATE_STEMS,
    OUTCOME_POINTERS,
)
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.parse import Amount, alternation
from pipeline.pattern_cache import PatternCache

QUALIFIER = rf"(?:{SPACE}+(?:{alternation(QUALIFIERS)}))?"
PATTERNS = PatternCache(__file__, __name__)
COMPARED = PATTERNS.compile(rf"(?<!\w)(?:{alternation(COMPARISON_CUES)}){QUALIFIER}{SPACE}*\Z", regex.IGNORECASE)
PRIOR = PATTERNS.compile(rf"{SPACE}*\({SPACE}*")     # "476,2 (407,8)": right after the figure
# "620 miljoner euro, drygt 6,5 miljarder kronor,": the same money in another currency.
CONVERTED = PATTERNS.compile(rf"{SPACE}*,{QUALIFIER}{SPACE}*", regex.IGNORECASE)
CHANGE_START = PATTERNS.compile(rf"(?<!\w)(?:{alternation(CHANGE_FROM)}){QUALIFIER}{SPACE}*\Z", regex.IGNORECASE)
CHANGE_END = PATTERNS.compile(rf"{SPACE}*till{QUALIFIER}{SPACE}*\Z", regex.IGNORECASE)
REACH = 40      # a comparison cue stands right before its figure
ESTIMATE_REACH = 120    # "…, att jämföra med analytikernas förhandstips som enligt Bloomberg låg på"
# A stem anywhere in a word ("analytikernas", "Konsensusestimatet"): only whether one is there
# is asked, so the word around it is not matched (a search that does tries every letter).
ESTIMATE = PATTERNS.compile(rf"(?:{alternation(ESTIMATE_STEMS)})", regex.IGNORECASE)
ESTIMATE_CUE = PATTERNS.compile(rf"(?<!\w)(?:{alternation(ESTIMATE_CUES)})", regex.IGNORECASE)
OUTCOME_COMPARED = PATTERNS.compile(
    rf"(?:{alternation(OUTCOME_POINTERS)}){SPACE}+(?:\w+{SPACE}+)?jämför(?:a|as|s){SPACE}+med(?!\w)", regex.IGNORECASE)


def partners(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit]) -> list[int | None]:
    """For each amount, the amount whose area it shares, or None."""
    found: list[int | None] = [None] * len(amounts)
    for i in range(1, len(amounts)):
        j = i - 1
        if units[j].start != units[i].start or units[j].block != units[i].block:
            continue
        previous, this = amounts[j], amounts[i]
        if this.start < previous.end:
            found[i] = j        # "476,2 (407,8) miljarder kronor": the inner one
            continue
        gap = text[previous.end:this.start]
        if len(gap) > REACH:
            continue
        lead = text[max(units[j].start, previous.start - REACH):previous.start]
        if CHANGE_END.fullmatch(gap) and CHANGE_START.search(lead):
            found[j] = i        # "från [80] till 100 Mkr": the old level
        elif PRIOR.fullmatch(gap) or COMPARED.search(gap) \
                or (CONVERTED.fullmatch(gap) and this.currency != previous.currency):
            found[i] = j
    return found


def estimated(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit]) -> list[int | None]:
    """For each amount that is the market's estimate of the figure before it ("…, att jämföra
    med analytikernas förhandstips som låg på 11,3 miljoner"), that figure; its own phrase
    names only who estimated it."""
    found: list[int | None] = [None] * len(amounts)
    for i in range(1, len(amounts)):
        j = i - 1
        if units[j].block != units[i].block:
            continue
        same = units[j].start == units[i].start
        start = amounts[j].end if same else units[i].start
        if amounts[i].start - start > ESTIMATE_REACH:
            continue     # measured before the text is cut: most leads are whole sentences
        lead = text[start:amounts[i].start]
        if any(map(str.isdigit, lead)) or not ESTIMATE.search(lead):
            continue
        if (same and ESTIMATE_CUE.search(lead)) or (not same and OUTCOME_COMPARED.match(lead)):
            found[i] = j
    return found


PATTERNS.save()
