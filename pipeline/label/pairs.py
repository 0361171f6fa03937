"""How neighbouring amounts of one unit of text are tied together, found once for the
attributes that follow such ties (guide §3, §6):

    change      "från 20 till 35 miljoner kronor 2024": the old and the new level
    equivalent  "20,5 miljarder dollar, motsvarande 198 miljarder kronor": the same money again
    respective  "6 respektive 8 miljarder för 2026 och 2027": one thing of a list each
    compared    "2 100 kronor per månad i stället för 1 325 kronor": a figure beside the one before
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from pipeline.label.context import SPACE, TextUnit
from pipeline.lang.sv.pairs import (
    COMPARED_LINKS,
    EARLIER_WORDS,
    EQUIVALENT_LINKS,
    EQUIVALENT_QUALIFIERS,
    LEVEL_FROM,
    LEVEL_TO,
    LIST_SEPARATORS,
    PART_LINKS,
    RESPECTIVELY,
)
from pipeline.parse import Amount, alternation
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
FROM_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(LEVEL_FROM)}){SPACE}+\Z", regex.IGNORECASE)
TO_BETWEEN = PATTERNS.compile(rf"{SPACE}+(?:{alternation(LEVEL_TO)}){SPACE}+", regex.IGNORECASE)
EQUIVALENT_BETWEEN = PATTERNS.compile(
    rf"{SPACE}*,?{SPACE}*(?:{alternation(EQUIVALENT_LINKS)}){SPACE}+"
    rf"(?:(?:{alternation(EQUIVALENT_QUALIFIERS)}){SPACE}+)?", regex.IGNORECASE)
PARENTHESIS_BETWEEN = PATTERNS.compile(
    rf"{SPACE}*\({SPACE}*(?:(?:{alternation(EQUIVALENT_QUALIFIERS)}){SPACE}+)?", regex.IGNORECASE)
# What the amount before may still say first: "1 miljon kronor för 2023 (totalt tre miljoner kronor)".
ASIDE_BETWEEN = PATTERNS.compile(rf"[^()]{{0,40}}?{SPACE}*\({SPACE}*(?:[^\W\d]+{SPACE}+){{0,3}}", regex.IGNORECASE)
EARLIER = PATTERNS.compile(rf"(?<!\w)(?:{alternation(EARLIER_WORDS)})(?!\w)", regex.IGNORECASE)
PART_BETWEEN = PATTERNS.at_end(
    rf"(?:[,(–—-]|{SPACE}){SPACE}*(?:{alternation(PART_LINKS)}){SPACE}+(?:[^\W\d]+{SPACE}+){{0,2}}\Z",
    regex.IGNORECASE)
RESPECTIVE_BETWEEN = PATTERNS.compile(rf"{SPACE}+{RESPECTIVELY}{SPACE}+", regex.IGNORECASE)
LIST_BETWEEN = PATTERNS.compile(rf"{SPACE}*(?:{alternation(LIST_SEPARATORS)}){SPACE}*", regex.IGNORECASE)
# The link may follow the first amount's period: "2 100 kronor per månad i stället för 1 325 kronor".
COMPARED_BETWEEN = PATTERNS.compile(
    rf"(?:{SPACE}+[^\W\d]+){{0,3}}?{SPACE}*,?{SPACE}*(?:{alternation(COMPARED_LINKS)}){SPACE}+"
    rf"(?:(?:{alternation(EQUIVALENT_QUALIFIERS)}){SPACE}+)?", regex.IGNORECASE)
FROM_REACH = 12


@dataclass(frozen=True)
class Pairs:
    """Per amount, the index of the amount it is tied to (or None), by kind of tie."""

    change_to: tuple[int | None, ...]        # "från A till B": A -> B
    equivalent_of: tuple[int | None, ...]    # "A, motsvarande B": B -> A
    aside_of: tuple[int | None, ...]         # "A (totalt B)": B -> A
    earlier_of: tuple[int | None, ...]       # "A (B)", "A (tidigare B)": B -> A
    part_of: tuple[int | None, ...]          # "A, varav B": B -> A
    compared_with: tuple[int | None, ...]    # "A i stället för B": B -> A
    respective: tuple[tuple[int, ...] | None, ...]   # every amount of a "respektive" list -> the list

    def is_bare_change_start(self, amounts: Sequence[Amount], i: int) -> bool:
        """"från 20 till 35 miljoner": the first figure borrows its unit, so it is one phrase."""
        return self.change_to[i] is not None and not any(c.isalpha() for c in amounts[i].text)


def pairs_of(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit]) -> Pairs:
    n = len(amounts)
    change_to: list[int | None] = [None] * n
    equivalent_of: list[int | None] = [None] * n
    aside_of: list[int | None] = [None] * n
    earlier_of: list[int | None] = [None] * n
    part_of: list[int | None] = [None] * n
    compared_with: list[int | None] = [None] * n
    for i in range(n - 1):
        a, b = amounts[i], amounts[i + 1]
        if units[i].start != units[i + 1].start or b.start < a.end or a.in_table or b.in_table:
            continue
        between = (a.end, b.start)
        if (TO_BETWEEN.fullmatch(text, *between)
                and FROM_BEFORE.search(text, max(units[i].start, a.start - FROM_REACH), a.start)):
            change_to[i] = i + 1
        elif EQUIVALENT_BETWEEN.fullmatch(text, *between) or (
                PARENTHESIS_BETWEEN.fullmatch(text, *between) and b.currency != a.currency):
            equivalent_of[i + 1] = i
        elif COMPARED_BETWEEN.fullmatch(text, *between):
            compared_with[i + 1] = i
            if is_earlier_figure(text, a, b):
                earlier_of[i + 1] = i
        elif PART_BETWEEN.search(text, *between):
            part_of[i + 1] = i
        elif ASIDE_BETWEEN.fullmatch(text, *between):
            if is_earlier_figure(text, a, b):
                earlier_of[i + 1] = i
            else:
                aside_of[i + 1] = i
    return Pairs(tuple(change_to), tuple(equivalent_of), tuple(aside_of), tuple(earlier_of),
                 tuple(part_of), tuple(compared_with), tuple(respective_lists(text, amounts, units)))


def is_earlier_figure(text: str, a: Amount, b: Amount) -> bool:
    """"476,2 (407,8) miljarder", "(tidigare 500 kr)": the earlier level, not an aside."""
    bare = not any(c.isalpha() for c in b.text)
    return EARLIER.search(text, a.end, b.start) is not None or (bare and not text[a.end:b.start].strip(" (\u00a0"))


def respective_lists(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit]
                     ) -> list[tuple[int, ...] | None]:
    """"5, 6 respektive 7 Mkr": runs of amounts joined by list separators, the last join
    "respektive"."""
    found: list[tuple[int, ...] | None] = [None] * len(amounts)
    run = [0] if amounts else []
    for i in range(1, len(amounts) + 1):
        joined = (i < len(amounts) and units[i].start == units[i - 1].start
                  and amounts[i].start >= amounts[i - 1].end)
        link = (amounts[i - 1].end, amounts[i].start) if joined else None
        if link and RESPECTIVE_BETWEEN.fullmatch(text, *link):
            run.append(i)
            for j in run:
                found[j] = tuple(run)
            run = [i]
            continue
        if link and LIST_BETWEEN.fullmatch(text, *link):
            run.append(i)
            continue
        run = [i]
    return found


PATTERNS.save()
