"""The years the money is for (guide §3, §6): a table cell's column year; else the year phrase
right after the amount (before the next amount); else one before it since the previous amount;
else one in the sentence that no other amount claims."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import regex

from pipeline.parse import Amount, alternation
from pipeline.document import Document
from pipeline.label.context import DASH, SPACE, YEAR, TextUnit, Years, first_at_or_after
from pipeline.lang.sv.areas import LIST_JOINERS
from pipeline.lang.sv.years import (
    AMOUNT_LINKS,
    DATE_ARTICLE,
    FROM_YEAR,
    IN_FORCE,
    MONTH_NAMES,
    PERIOD_OPENERS,
    PERMANENT_WORDS,
    PLAIN_UNTIL,
    UNTIL_YEAR,
    YEAR_NOUNS,
    YEAR_RANGE_JOINERS,
)

# "år 2024", "juni 2024", "den 1 januari 2021": what may stand between "från"/"fram till" and a year.
YEAR_LEAD = (rf"(?:(?:{alternation(YEAR_NOUNS)}){SPACE}+"
             rf"|(?:(?:{DATE_ARTICLE}{SPACE}+)?\d{{1,2}}{SPACE}+)?(?:{alternation(MONTH_NAMES)}){SPACE}+)?")
YEAR_PHRASE = regex.compile(rf"""
    (?P<range>(?:(?:{alternation(PERIOD_OPENERS)}){SPACE}+)?(?P<a>{YEAR}){SPACE}*(?:{DASH}|{SPACE}(?:{alternation(YEAR_RANGE_JOINERS)}){SPACE}){SPACE}*(?P<b>{YEAR}))
  | (?P<from>(?:{alternation(FROM_YEAR + IN_FORCE)}){SPACE}+{YEAR_LEAD}(?P<f>{YEAR}))
  | (?P<until>(?:{alternation(UNTIL_YEAR)}){SPACE}+{YEAR_LEAD}(?P<u>{YEAR}))
  | (?P<single>(?P<y>{YEAR}))
""", regex.IGNORECASE | regex.VERBOSE)
DATE_BEFORE_YEAR = regex.compile(
    rf"(?:\d{{1,2}}{SPACE}+(?:{alternation(MONTH_NAMES)})|{DATE_ARTICLE}{SPACE}+\d{{1,2}}){SPACE}+\Z",
    regex.IGNORECASE)
MONTH_BEFORE = regex.compile(rf"(?<!\w)(?:{alternation(MONTH_NAMES)}){SPACE}+\Z", regex.IGNORECASE)
PERMANENT = regex.compile(rf"(?<!\w)(?:{alternation(PERMANENT_WORDS)})(?!\w)", regex.IGNORECASE)
NEXT_AMOUNT_LEAD = regex.compile(rf"{SPACE}*(?:(?:{alternation(AMOUNT_LINKS)}){SPACE}+)?", regex.IGNORECASE)
NEW_ITEM = regex.compile(rf"(?:,|(?<!\w)(?:{alternation(LIST_JOINERS)}))(?:{SPACE}+\w+)?{SPACE}*\Z",
                         regex.IGNORECASE)
UNTIL_BEFORE = regex.compile(rf"(?<!\w)(?:{alternation(PLAIN_UNTIL)}){SPACE}+\Z", regex.IGNORECASE)
CELL_YEAR = regex.compile(rf"(?<!\d)({YEAR})(?!\d)")
CLAIM_REACH = 40    # a year this close after an amount is that amount's


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    years: Years


def years_of(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit]) -> list[Years]:
    """Years per amount, in order."""
    result: list[Years] = []
    headers: dict[int, dict[int, tuple[int, int]]] = {}
    for i, (amount, unit) in enumerate(zip(amounts, units)):
        if amount.in_table:
            if amount.table not in headers:
                headers[amount.table] = column_years(doc, amount.table)
            row, year = headers[amount.table].get(amount.column, (amount.row, None))
            result.append((year, year) if row < amount.row else (None, None))
            continue
        mentions = year_mentions(doc.text, unit)
        result.append(years_for(doc.text, i, amount, unit, amounts, mentions))
    return result


def year_mentions(text: str, unit: TextUnit) -> list[YearMention]:
    mentions = []
    for m in YEAR_PHRASE.finditer(text, unit.start, unit.end):
        if m["single"] and (DATE_BEFORE_YEAR.search(text, max(unit.start, m.start() - 20), m.start())
                            or is_inside_number(text, m.start(), m.end())):
            continue
        if m["range"]:
            years = (int(m["a"]), int(m["b"]))
        elif m["from"]:
            years = (int(m["f"]), None)
        elif m["until"] and MONTH_BEFORE.search(text, max(unit.start, m.start() - 15), m.start()):
            years = (int(m["u"]), int(m["u"]))     # "juni till och med oktober 2025"
        elif m["until"]:
            years = (None, int(m["u"]))
        else:
            years = (int(m["y"]), int(m["y"]))
        mentions.append(YearMention(m.start(), m.end(), years))
    return mentions


def is_inside_number(text: str, start: int, end: int) -> bool:
    before = text[start - 1:start]
    after = text[end:end + 1]
    if before.isalpha() or after.isalpha() or (after == ":" and text[end + 1:end + 2].isdigit()):
        return True     # "S2024:05", an id
    return before.isdigit() or after.isdigit() or (before in ",." and text[start - 2:start - 1].isdigit())


def years_for(text: str, i: int, amount: Amount, unit: TextUnit, amounts: Sequence[Amount],
              mentions: list[YearMention]) -> Years:
    if not mentions:
        return None, None
    later = [amounts[i + 1].start] if i + 1 < len(amounts) and amounts[i + 1].start < unit.end else []
    next_start = later[0] if later else unit.end
    earlier = [amounts[i - 1].end] if i and amounts[i - 1].end > unit.start else []
    previous_end = earlier[-1] if earlier else unit.start
    after = [m for m in mentions if amount.end <= m.start < next_start
             and not (later and leads_next_amount(text, amount.end, m, next_start))]
    if after:
        return extended(text, mentions, permanent(text, unit, after[0].years))
    before = [m for m in mentions if previous_end <= m.start and m.end <= amount.start
              and not (earlier and m.start - previous_end < 3)]
    if before:
        return permanent(text, unit, before[-1].years)
    in_unit = range(first_at_or_after(amounts, unit.start), first_at_or_after(amounts, unit.end))
    claimed = {id(m) for j in in_unit if j != i for m in mentions
               if amounts[j].end <= m.start < amounts[j].end + CLAIM_REACH}
    free = [m for m in mentions if id(m) not in claimed and m.end <= amount.start]
    return permanent(text, unit, free[-1].years) if free else (None, None)


def leads_next_amount(text: str, end: int, mention: YearMention, next_start: int) -> bool:
    """"1,5 Mkr och för 2028 till 1,2 Mkr": a year after a conjunction, right before the next
    amount, is that amount's."""
    return (NEXT_AMOUNT_LEAD.fullmatch(text, mention.end, next_start) is not None
            and NEW_ITEM.search(text, end, mention.start) is not None)


def extended(text: str, mentions: list[YearMention], years: Years) -> Years:
    """An open-ended start closed by an end year the sentence states: "förlängas till 2032 med
    31 Mkr årligen från och med 2027" -> (2027, 2032)."""
    start, end = years
    if start is None or end is not None:
        return years
    ends = [m.years[1] for m in mentions if m.years[0] == m.years[1] and m.years[1] > start
            and UNTIL_BEFORE.search(text, max(0, m.start - 8), m.start)]
    return (start, ends[0]) if ends else years


def permanent(text: str, unit: TextUnit, years: Years) -> Years:
    """A permanent increase from a budget year runs open-ended: (2023, None)."""
    if years[0] is not None and years[0] == years[1] and PERMANENT.search(text, unit.start, unit.end):
        return years[0], None
    return years


def column_years(doc: Document, index: int) -> dict[int, tuple[int, int]]:
    """Per column, the first row whose cell names a year, and that year: the year of the
    cells below it. Found once per table, so a long table costs one pass."""
    found: dict[int, tuple[int, int]] = {}
    for r, row in enumerate(doc.tables[index].rows):
        for c, (start, end) in enumerate(row):
            if c not in found:
                match = CELL_YEAR.search(doc.text, start, end)
                if match:
                    found[c] = (r, int(match[1]))
    return found
