"""Numbers that share a unit: ranges, coordinated amounts and prior-period figures."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.lang.sv.joins import COORDINATORS, NON_MONEY_WORDS_BEFORE, RANGE_DASHES, RANGE_JOIN, RANGE_OPENER
from pipeline.parse.numbers import SPACE, alternation
from pipeline.parse.units import PAREN_OPEN, Reading

RANGE_OPENING = regex.compile(rf"(?<!\w){RANGE_OPENER}{SPACE}+\Z", regex.IGNORECASE)
DASH_JOIN = regex.compile(rf"{SPACE}*[{''.join(RANGE_DASHES)}]{SPACE}*\Z")
WORD_JOIN = regex.compile(rf"{SPACE}+(?P<word>{alternation(COORDINATORS)}){SPACE}+\Z",
                          regex.IGNORECASE)
NOT_MONEY_BEFORE = regex.compile(
    rf"(?<!\w)(?:{alternation(NON_MONEY_WORDS_BEFORE)}){SPACE}*\Z", regex.IGNORECASE)


def joined_readings(text: str, readings: list[Reading], lo: int) -> list[Reading]:
    """Let a bare number borrow the unit of the number right after it: "10–15 Mkr" and
    "mellan 2 och 3 miljarder" become ranges, "från 80 till 40 miljoner" and
    "476,2 (407,8) miljarder kronor" two amounts."""
    readings = list(readings)
    for i in range(len(readings) - 2, -1, -1):
        left, right = readings[i], readings[i + 1]
        if left.has_unit or not right.has_unit or left.number.is_year(text):
            continue
        if NOT_MONEY_BEFORE.search(text, max(lo, left.start - 12), left.start):
            continue
        between = (left.number.end, right.number.start)
        if right.unit_end is not None and PAREN_OPEN.fullmatch(text, *between):
            readings[i] = replace(left, scale=right.scale, currency=right.currency,
                                  explicit=right.explicit, count_scale=right.count_scale,
                                  end=right.unit_end, joined_to=i + 1)
            continue
        dash = DASH_JOIN.fullmatch(text, *between)
        word = None if dash else WORD_JOIN.fullmatch(text, *between)
        if not (dash or word):
            continue
        if right.sign < 0 and dash:    # "10 – 15": the dash joins, it is no minus
            right = readings[i + 1] = replace(right, sign=1, start=right.number.start)
        opener = RANGE_OPENING.search(text, max(lo, left.start - 8), left.start)
        is_range = bool(dash) or (word["word"].lower() == RANGE_JOIN and opener is not None)
        shared = dict(scale=right.scale, currency=right.currency, explicit=right.explicit,
                      count_scale=right.count_scale, joined_to=i + 1)
        if is_range:
            start = opener.start() if opener else left.start
            readings[i] = replace(left, start=start, end=right.end, is_range=True, **shared)
        else:
            readings[i] = replace(left, **shared)
    return readings

