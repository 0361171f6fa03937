"""The years the money is for (guide §3, §6), from the amount's own unit of text only.

A table cell takes the years of its column header, else of its row label (`table_years`).
Elsewhere the amount takes, in this order: its place in a "respektive" list ("6 respektive 8
miljarder för 2026 och 2027"); the year phrase right after it, unless that phrase leads the next
amount; the year after the one before when "och därefter" leads it; the last year phrase before
it since the previous amount; else one of the sentence that no other amount claims. "Samma
summa för 2026 och 2027" after it extends its years. An amount in parentheses ("(tidigare
500 kr)", a prior-period figure) reads only its parentheses. Tied amounts then share years
(`shared_years`).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from pipeline.document import Document
from pipeline.label.context import SPACE, YEAR, TextUnit, Years, first_at_or_after
from pipeline.label.pairs import Pairs
from pipeline.label.shared_years import NO_YEARS, shared_years
from pipeline.label.table_years import table_cell_years
from pipeline.label.year_mentions import YearMention, year_mentions
from pipeline.lang.sv.areas import LIST_JOINERS
from pipeline.lang.sv.years import (
    AMOUNT_LINKS,
    BUDGET_YEAR_LEADS,
    MEASURED_PERIOD_WORDS,
    MEASURED_RIGHT_AFTER,
    MEASURED_RIGHT_AFTER_IF_DATE,
    MONTH_NAMES,
    PERMANENT_WORDS,
    PLAIN_UNTIL,
    PRIOR_PERIOD_WORDS,
    THEREAFTER,
    TODAY_HEDGES,
    TODAY_LEVEL_WORDS,
    TODAY_WORDS,
)
from pipeline.nlp import SENTENCE_REACH
from pipeline.parse import Amount, alternation
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
PERMANENT = PATTERNS.compile(rf"(?<!\w)(?:{alternation(PERMANENT_WORDS)})(?!\w)", regex.IGNORECASE)
NEXT_AMOUNT_LEAD = PATTERNS.compile(rf"{SPACE}*(?:(?:{alternation(AMOUNT_LINKS)}){SPACE}+)?", regex.IGNORECASE)
NEW_ITEM = PATTERNS.at_end(rf"(?:,|(?<!\w)(?:{alternation(LIST_JOINERS)}))(?:{SPACE}+\w+)?{SPACE}*\Z",
                         regex.IGNORECASE)
UNTIL_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(PLAIN_UNTIL)}){SPACE}+\Z", regex.IGNORECASE)
THEN_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(THEREAFTER)}){SPACE}+(?:[^\W\d]+{SPACE}+){{0,2}}\Z",
                            regex.IGNORECASE)
BUDGET_YEAR_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(BUDGET_YEAR_LEADS)}){SPACE}+\Z", regex.IGNORECASE)
DATE_OF_MONTH = rf"(?:\d{{1,2}}{SPACE}+)?(?:{alternation(MONTH_NAMES)}){SPACE}+"
MEASURED_NEXT = PATTERNS.compile(
    rf"{SPACE}*,?{SPACE}*(?:(?:{alternation(MEASURED_RIGHT_AFTER)})(?:{SPACE}+(?:{alternation(MEASURED_PERIOD_WORDS)}))*"
    rf"{SPACE}+(?:{DATE_OF_MONTH})?|(?:{alternation(MEASURED_RIGHT_AFTER_IF_DATE)}){SPACE}+{DATE_OF_MONTH}){YEAR}(?!\d)",
    regex.IGNORECASE)
TODAY_LEVEL_BEFORE = PATTERNS.at_end(
    rf"(?<!\w)(?:{alternation(TODAY_WORDS)}){SPACE}+(?:{alternation(TODAY_LEVEL_WORDS)})"
    rf"{SPACE}+(?:(?:{alternation(TODAY_HEDGES)}){SPACE}+)?\Z", regex.IGNORECASE)
PRIOR_PERIOD = PATTERNS.compile(rf"(?<!\w)(?:{alternation(PRIOR_PERIOD_WORDS)})(?!\w)", regex.IGNORECASE)
BARE_FIGURE = PATTERNS.compile(rf"\({SPACE}*[\d{SPACE},.]+{SPACE}*\)")
TODAY_REACH = 50    # "som i dag uppskattas till cirka " fits
CLAIM_REACH = 40    # a year this close after an amount is that amount's


def years_of(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
             pairs: Pairs) -> list[Years]:
    """Years per amount, in order."""
    text = doc.text
    mentions: dict[int, list[YearMention]] = {}
    headers: dict[int, dict[int, tuple[int, Years]]] = {}
    result: list[Years] = []
    for i, (amount, unit) in enumerate(zip(amounts, units, strict=False)):
        if amount.in_table:
            result.append(table_cell_years(doc, amount, headers))
            continue
        if unit.start not in mentions:
            mentions[unit.start] = outside_amounts(year_mentions(text, unit.start, unit.end), amounts, unit)
        result.append(own_years(text, i, amounts, unit, mentions[unit.start], pairs))
    return shared_years(text, amounts, units, result, pairs)


def outside_amounts(mentions: list[YearMention], amounts: Sequence[Amount], unit: TextUnit
                    ) -> list[YearMention]:
    """"(tidigare 2000 kr)": a year-like number that is an amount's own figure is no year."""
    spans = [(a.start, a.end) for a in amounts[first_at_or_after(amounts, unit.start - SENTENCE_REACH):]
             if a.start < unit.end and a.end > unit.start]
    return [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]


@dataclass(frozen=True)
class Between:
    """The stretch of the unit between the amounts before and after an amount: where the one
    before ends and the next starts (the unit's ends when there is none)."""

    previous_end: int
    next_start: int
    has_previous: bool
    has_next: bool


def own_years(text: str, i: int, amounts: Sequence[Amount], unit: TextUnit,
              mentions: list[YearMention], pairs: Pairs) -> Years:
    amount = amounts[i]
    bounds = parentheses_around(text, unit, amount)
    if bounds:
        inside = [m for m in mentions if bounds[0] <= m.start and m.end <= bounds[1]]
        return inside[0].years if inside else prior_period_years(text, unit, bounds, mentions)
    mentions = [m for m in mentions if not in_other_parentheses(text, m, amount)]
    if not mentions or MEASURED_NEXT.match(text, amount.end, unit.end) or TODAY_LEVEL_BEFORE.search(
            text, max(unit.start, amount.start - TODAY_REACH), amount.start):
        return NO_YEARS     # "260,9 miljoner euro per den 31 december 2018", "i dag uppskattas till": a level at a time
    respective = respective_year(text, i, amounts, unit, mentions, pairs)
    if respective:
        return respective
    between = between_neighbours(i, amounts, unit, pairs)
    own = written_years(text, i, amounts, unit, mentions, pairs, between)
    again = [m for m in mentions if amount.end <= m.start < between.next_start and m.kind == "again"]
    if again:       # "… 100 miljoner kronor … och beräknar samma summa för 2026 och 2027"
        return (own[0] if own[0] is not None else again[0].years[0]), again[0].years[1]
    return own


def between_neighbours(i: int, amounts: Sequence[Amount], unit: TextUnit, pairs: Pairs) -> Between:
    k = i + 1
    while k < len(amounts) and (earlier := pairs.earlier_of[k]) is not None and earlier >= i:
        k += 1          # "5 414 miljoner kronor (5 615) i första kvartalet 2020": past the earlier figure
    has_next = k < len(amounts) and amounts[k].start < unit.end
    has_previous = i > 0 and amounts[i - 1].end > unit.start
    return Between(amounts[i - 1].end if has_previous else unit.start,
                   amounts[k].start if has_next else unit.end, has_previous, has_next)


def written_years(text: str, i: int, amounts: Sequence[Amount], unit: TextUnit,
                  mentions: list[YearMention], pairs: Pairs, between: Between) -> Years:
    """The year phrase right after the amount, else the last one before it since the previous
    amount, else one of the unit that no other amount claims."""
    amount = amounts[i]
    after = [m for m in mentions if amount.end <= m.start < between.next_start
             and m.kind not in ("since", "compared", "again")
             and not (between.has_next and leads_next_amount(text, amount.end, m, between.next_start))]
    if after:
        closed = budget_year_start(text, mentions, between.previous_end, amount.start, after[0].years)
        return extended(text, mentions, permanent(text, unit, closed))
    if pairs.change_to[i] is not None and not pairs.is_bare_change_start(amounts, i):
        return NO_YEARS     # "höjs från 50 000 kronor till 75 000 kronor under 2024": the old level
    then = thereafter(text, amount, mentions, between.previous_end)
    if then:
        return then
    before = [m for m in mentions if between.previous_end <= m.start and m.end <= amount.start
              and not (between.has_previous and m.start - between.previous_end < 3)]
    if before:
        return permanent(text, unit, before[-1].years)
    in_unit = range(first_at_or_after(amounts, unit.start), first_at_or_after(amounts, unit.end))
    claimed = {id(m) for j in in_unit if j != i for m in mentions
               if amounts[j].end <= m.start < amounts[j].end + CLAIM_REACH}
    free = [m for m in mentions if id(m) not in claimed and m.end <= amount.start and m.kind != "again"]
    return permanent(text, unit, free[-1].years) if free else NO_YEARS


def parentheses_around(text: str, unit: TextUnit, amount: Amount) -> tuple[int, int] | None:
    """The parentheses an amount stands in, if any, within its unit."""
    opened = text.rfind("(", unit.start, amount.start)
    if opened < 0 or text.rfind(")", opened, amount.start) >= 0:
        return None
    closed = text.find(")", amount.end, unit.end)
    return (opened, closed) if closed >= 0 else None


def prior_period_years(text: str, unit: TextUnit, bounds: tuple[int, int], mentions: list[YearMention]
                       ) -> Years:
    """"(2,9 miljoner samma period 2017), medan nettovinsten låg på 3,5 miljoner euro (5,3)": a
    bare figure in parentheses is of the prior period an earlier parenthesis names."""
    if not BARE_FIGURE.fullmatch(text, bounds[0], bounds[1] + 1):
        return NO_YEARS
    for m in reversed([m for m in mentions if m.end <= bounds[0]]):
        opened = text.rfind("(", unit.start, m.start)
        closed = text.find(")", m.end, bounds[0])
        if opened >= 0 and closed >= 0 and text.rfind(")", opened, m.start) < 0 \
                and PRIOR_PERIOD.search(text, opened, m.start):
            return m.years
    return NO_YEARS


def in_other_parentheses(text: str, mention: YearMention, amount: Amount) -> bool:
    """"3,9 miljoner euro (2,9 miljoner samma period 2017), medan nettovinsten låg på 3,5
    miljoner": a year in parentheses with a figure of their own is that figure's; one in
    parentheses that closed before the amount is the parentheses' own."""
    opened = text.rfind("(", 0, mention.start)
    if opened < 0 or text.rfind(")", opened, mention.start) >= 0:
        return False
    if mention.end <= amount.start:
        return text.find(")", mention.end, amount.start) >= 0
    return opened >= amount.end and any(c.isdigit() for c in text[opened:mention.start])


def respective_year(text: str, i: int, amounts: Sequence[Amount], unit: TextUnit,
                    mentions: list[YearMention], pairs: Pairs) -> Years | None:
    """"6 respektive 8 miljarder för 2026 och 2027", "För 2026 och 2027 beräknas satsningarna
    öka med 6 respektive 8 miljarder kronor": the k-th amount takes the k-th year of the list
    after the amounts, else of the one before them."""
    group = pairs.respective[i]
    if not group:
        return None
    after = group[-1] + 1
    limit = amounts[after].start if after < len(amounts) else unit.end
    listed = [m for m in mentions if amounts[group[-1]].end <= m.start < limit and len(m.listed) == len(group)]
    if not listed:
        before = group[0] - 1
        floor = amounts[before].end if before >= 0 and amounts[before].end > unit.start else unit.start
        listed = [m for m in mentions if floor <= m.start and m.end <= amounts[group[0]].start
                  and len(m.listed) == len(group)][-1:]
    if not listed:
        return None
    year = listed[0].listed[group.index(i)]
    return year, year


def leads_next_amount(text: str, end: int, mention: YearMention, next_start: int) -> bool:
    """"1,5 Mkr och för 2028 till 1,2 Mkr", "60 Mkr och från och med 2026 beräknas 10 Mkr": a
    year after a conjunction, before the next amount, is that amount's."""
    if NEW_ITEM.search(text, end, mention.start) is None:
        return False
    return (NEXT_AMOUNT_LEAD.fullmatch(text, mention.end, next_start) is not None
            or regex.fullmatch(rf"{SPACE}+[^\W\d]+{SPACE}+", text[mention.end:next_start]) is not None)


def thereafter(text: str, amount: Amount, mentions: list[YearMention], previous_end: int) -> Years | None:
    """"4,4 miljarder kronor 2025 och därefter 7 miljarder kronor per år": from the next year on."""
    if not THEN_BEFORE.search(text, previous_end, amount.start):
        return None
    ends = [end for m in mentions if m.end <= amount.start and (end := m.years[1]) is not None]
    return (ends[-1] + 1, None) if ends else None


def extended(text: str, mentions: list[YearMention], years: Years) -> Years:
    """An open-ended start closed by an end year the sentence states: "förlängas till 2032 med
    31 Mkr årligen från och med 2027" -> (2027, 2032)."""
    start, end = years
    if start is None or end is not None:
        return years
    ends = [m.years[1] for m in mentions if m.years[0] == m.years[1] and m.years[1] is not None
            and m.years[1] > start and UNTIL_BEFORE.search(text, max(0, m.start - 8), m.start)]
    return (start, ends[0]) if ends else years


def budget_year_start(text: str, mentions: list[YearMention], begin: int, end: int, years: Years) -> Years:
    """An end year alone after the amount, a budget bill's year before it: "budgetpropositionen
    för 2024 … 200 miljoner kronor om året till och med 2026" -> (2024, 2026)."""
    if years[0] is not None or years[1] is None:
        return years
    starts = [m.years[0] for m in mentions if begin <= m.start and m.end <= end and m.kind == "single"
              and m.years[0] is not None and m.years[0] <= years[1]
              and BUDGET_YEAR_BEFORE.search(text, max(0, m.start - 30), m.start)]
    return (starts[-1], years[1]) if starts else years


def permanent(text: str, unit: TextUnit, years: Years) -> Years:
    """A permanent increase from a budget year runs open-ended: (2023, None)."""
    if years[0] is not None and years[0] == years[1] and PERMANENT.search(text, unit.start, unit.end):
        return years[0], None
    return years


PATTERNS.save()
