"""Numbers that share a unit: composite amounts, ranges, coordinated amounts, prior-period
figures and figures compared with a stated amount."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from pipeline.lang.sv.joins import (
    COORDINATORS,
    COORDINATORS_AFTER,
    LIST_SEPARATOR,
    NON_MONEY_WORDS_BEFORE,
    PRIOR_PERIOD_GAP_STEMS,
    PRIOR_PERIOD_LABEL_REACH,
    RANGE_DASHES,
    RANGE_JOINS,
    RANGE_OPENER,
)
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.parse.money import SENTENCE_REACH, follows_as_amount
from pipeline.parse.numbers import ENUMERATION_GAP, LABELLED_PAREN, PAREN_OPENS, PART_GAP, Number
from pipeline.parse.numbers import WORDS_THEN_PAREN as WORDS_THEN_PAREN_PATTERN
from pipeline.parse.patterns import LINE_SPACE, SPACE, alternation
from pipeline.parse.units import PAREN_CLOSE, PAREN_OPEN, Reading
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
RANGE_OPENING = PATTERNS.compile(rf"(?<!\w){RANGE_OPENER}{LINE_SPACE}+\Z", regex.IGNORECASE)
DASH_JOIN = PATTERNS.compile(rf"{LINE_SPACE}*[{regex.escape(''.join(RANGE_DASHES))}]{LINE_SPACE}*\Z")
# The second figure may have its own qualifier and sign: "från 72 till nära 82 miljarder
# kronor", "mellan -55 och -83 miljoner kronor".
WORD_JOIN = PATTERNS.compile(rf"{LINE_SPACE}+(?P<word>{alternation(COORDINATORS)}){LINE_SPACE}+"
                          rf"(?:(?:{alternation(QUALIFIERS)}){LINE_SPACE}+)?\Z",
                          regex.IGNORECASE)
LATER_JOIN = PATTERNS.compile(rf"{LINE_SPACE}+(?P<word>{alternation(COORDINATORS_AFTER)}){LINE_SPACE}+\Z",
                           regex.IGNORECASE)
WORD_BEFORE = PATTERNS.compile(rf"(?<!\w)(?P<word>[^\W\d_]+){LINE_SPACE}+\Z")
LIST_JOIN = PATTERNS.compile(rf"{regex.escape(LIST_SEPARATOR)}{LINE_SPACE}+\Z")
COMPOSITE_JOIN = PATTERNS.compile(rf"{LINE_SPACE}+\Z")
NOT_MONEY_BEFORE = PATTERNS.compile(
    rf"(?<!\w)(?:{alternation(NON_MONEY_WORDS_BEFORE)}){SPACE}*\Z", regex.IGNORECASE)
PERCENT_AFTER = PATTERNS.compile(rf"{LINE_SPACE}*%")
WORDS_THEN_PAREN = PATTERNS.compile(rf"{WORDS_THEN_PAREN_PATTERN}\Z")
LABELLED_PAREN_AFTER = PATTERNS.compile(rf"{LINE_SPACE}*{LABELLED_PAREN.pattern}", regex.IGNORECASE)
PERIOD_WORD = PATTERNS.compile(rf"(?<!\w)(?:{alternation(PRIOR_PERIOD_GAP_STEMS)})", regex.IGNORECASE)


def joined_readings(text: str, readings: list[Reading], lo: int, hi: int) -> list[Reading]:
    """Composite amounts first, then bare numbers that borrow the unit of a neighbour."""
    readings = composite_readings(text, readings)
    readings = borrowed_from_next(text, readings, lo)
    return borrowed_from_before(text, readings, lo, hi)


def composite_readings(text: str, readings: list[Reading]) -> list[Reading]:
    """ "1 miljard 35 miljoner kronor" is one amount: a number with a scale and no currency,
    followed by the rest in a smaller unit (annotation guide §6)."""
    merged: list[Reading] = []
    for reading in readings:
        left = merged[-1] if merged else None
        if left is not None and is_composite(text, left, reading):
            merged[-1] = replace(
                reading, start=left.start, sign=left.sign, scale=Decimal(1),
                number=Number(left.number.start, reading.number.end,
                              left.value() * left.sign + reading.value() * reading.sign))
        else:
            merged.append(reading)
    return merged


def is_composite(text: str, left: Reading, right: Reading) -> bool:
    if left.scale is None or left.currency is not None or not right.has_unit or right.sign < 0:
        return False
    if right.scale is not None and right.scale >= left.scale:
        return False
    if left.end > right.start or not COMPOSITE_JOIN.fullmatch(text, left.end, right.start):
        return False
    return right.value() < left.scale     # the rest is less than one of the first unit


def borrowed_from_next(text: str, readings: list[Reading], lo: int) -> list[Reading]:
    """Let a bare number borrow the unit of the number right after it: "10–15 Mkr" and
    "mellan 2 och 3 miljarder" become ranges, "från 80 till 40 miljoner", "12, 15 eller 20
    kronor" and "476,2 (407,8) miljarder kronor" separate amounts."""
    readings = list(readings)
    coordinated: set[int] = set()
    for i in range(len(readings) - 2, -1, -1):
        left, right = readings[i], readings[i + 1]
        if left.has_unit or not right.has_unit or left.number.is_year(text):
            continue
        if NOT_MONEY_BEFORE.search(text, max(lo, left.start - 12), left.start):
            continue
        between = (left.number.end, right.number.start)
        if right.unit_end is not None and PAREN_OPEN.fullmatch(text, left.number.end, right.start):
            readings[i] = replace(left, scale=right.scale, currency=right.currency,
                                  explicit=right.explicit, count_scale=right.count_scale,
                                  end=right.unit_end, joined_to=i + 1)
            continue
        dash = DASH_JOIN.fullmatch(text, *between)
        word = None if dash else (WORD_JOIN.fullmatch(text, left.number.end, right.start)
                                  or later_join(text, left.number.end, right.start, left.start, lo))
        listed = None if dash or word or i + 1 not in coordinated else LIST_JOIN.fullmatch(text, *between)
        if not (dash or word or listed):
            continue
        if right.sign < 0 and dash:    # "10 – 15": the dash joins, it is no minus
            right = readings[i + 1] = replace(right, sign=1, start=right.number.start)
        opener = RANGE_OPENING.search(text, max(lo, left.start - 8), left.start)
        is_range = bool(dash) or (word is not None and word["word"].lower() in RANGE_JOINS
                                  and opener is not None)
        shared = replace(left, scale=right.scale, currency=right.currency,
                         explicit=right.explicit, count_scale=right.count_scale, joined_to=i + 1)
        if is_range:
            start = opener.start() if opener else left.start
            readings[i] = replace(shared, start=start, end=right.end, is_range=True)
        else:
            readings[i] = shared
            coordinated.add(i)
    return readings


def later_join(text: str, end: int, start: int, left_start: int, lo: int) -> regex.Match | None:
    """ "från" between two numbers when "till" stands before the first: "till 1.270 från 1.250
    dollar"."""
    join = LATER_JOIN.fullmatch(text, end, start)
    if join is None:
        return None
    before = WORD_BEFORE.search(text, max(lo, left_start - 12), left_start)
    wanted = COORDINATORS_AFTER[join["word"].lower()]
    return join if before is not None and before["word"].lower() == wanted else None


def borrowed_from_before(text: str, readings: list[Reading], lo: int, hi: int) -> list[Reading]:
    """Let a bare number take the unit of a stated amount before it: the prior-period figure
    in parentheses after an amount ("4 008 miljoner kronor (4 086)", "3,5 miljoner euro (2,9
    miljoner samma period)") and a figure the text compares with one ("väntat 736")."""
    readings = list(readings)
    enumerated: set[int] = set()
    for i in range(1, len(readings)):
        reading = readings[i]
        if reading.currency is not None or reading.joined_to is not None or reading.number.is_year(text):
            continue
        partner = prior_period_partner(text, readings, i)
        if partner is None and not reading.has_unit:
            partner = enumerated_partner(text, readings, i, enumerated)
            if partner is not None:
                enumerated.add(i)
        if partner is None and not reading.has_unit:
            partner = part_partner(text, readings, i, hi)
        if partner is None and not reading.has_unit and reading.number.compared:
            partner = compared_partner(text, readings, i, hi)
        if partner is None:
            continue
        lender = readings[partner]
        readings[i] = replace(reading, scale=reading.scale if reading.has_unit else lender.scale,
                              currency=lender.currency, explicit=lender.explicit,
                              count_scale=lender.count_scale and not reading.has_unit,
                              joined_to=partner)
    return readings


def prior_period_partner(text: str, readings: list[Reading], i: int) -> int | None:
    """The amount before a figure in parentheses, right before it or a few words of a period
    or a kind before it: "12,3 MSEK (9,8)", "505 miljoner kronor för det tredje kvartalet
    (535)", "20 miljarder kronor netto (19,6)" (interim-report news); the parentheses may
    open with the period's label: "12,5 MSEK (fg år: 10,1)", "45 MSEK (2023: 38)"."""
    reading, partner = readings[i], i - 1
    opening = text.rfind("(", max(0, reading.start - PRIOR_PERIOD_LABEL_REACH), reading.start)
    while partner > 0 and 0 <= opening < readings[partner].start:    # a label's "Q3 2023", read too
        partner -= 1
    left = readings[partner]
    if not left.has_unit or left.end > reading.start or left.unit_end is not None:
        return None
    if not (PAREN_OPEN.fullmatch(text, left.end, reading.start)
            or LABELLED_PAREN_AFTER.fullmatch(text, left.end, reading.start)
            or WORDS_THEN_PAREN.fullmatch(text, left.end, reading.start)
            and PERIOD_WORD.search(text, left.end, reading.start)):
        return None
    return partner if reading.has_unit or PAREN_CLOSE.match(text, reading.number.end) else None


def enumerated_partner(text: str, readings: list[Reading], i: int, enumerated: set[int]) -> int | None:
    """The figure before a bare one in parentheses when both stand after names of one
    enumeration and that figure is an amount written with its unit in its parentheses or
    took one so: "Sverigefonder (-1,6 miljarder kronor), Europafonder (-1,2)"."""
    reading, left = readings[i], readings[i - 1]
    if not PAREN_CLOSE.match(text, reading.number.end) or not left.has_unit or left.end > reading.start:
        return None
    if not ENUMERATION_GAP.fullmatch(text, left.end, reading.number.start):
        return None
    if i - 1 in enumerated or left.joined_to is None and PAREN_OPENS.search(
            text, max(0, left.number.start - 3), left.number.start):
        return i - 1
    return None


def part_partner(text: str, readings: list[Reading], i: int, hi: int) -> int | None:
    """The amount right before "varav" and the bare figure after it: "76,6 miljarder, varav
    49,8 gick till …", not "varav 69,6 procent" nor "varav 29 aktiefonder"."""
    reading, left = readings[i], readings[i - 1]
    if not left.has_unit or left.end > reading.start or reading.number.colon:
        return None
    if PERCENT_AFTER.match(text, reading.number.end) or not follows_as_amount(text, reading.number.end, hi):
        return None
    gap = PART_GAP.fullmatch(text, left.end, reading.number.start)
    return i - 1 if gap is not None and not gap["unit"].strip() else None


def compared_partner(text: str, readings: list[Reading], i: int, hi: int) -> int | None:
    """The last amount stated before a figure a comparison cue introduces ("jämfört med 530"),
    when the figure is not a count, a percentage or a price such as "15:01"."""
    reading = readings[i]
    if reading.number.colon:
        return None
    if PERCENT_AFTER.match(text, reading.number.end) or not follows_as_amount(text, reading.number.end, hi):
        return None
    for j in range(i - 1, -1, -1):
        if reading.start - readings[j].end > SENTENCE_REACH:
            return None
        if readings[j].has_unit:
            return j
    return None


PATTERNS.save()
