"""The period a release reports on, and the period or moment each figure's own clause ties it
to, so that a figure of an earlier period can be told from the period's own.

A period is a span of months of a year (the year may be unwritten): a month ("i juni"), a
quarter ("det tredje kvartalet", "4 kv", "Q3"), a half-year, a year (a range of years by its
last), or a moment at the end or start of one ("i slutet av 2019", "vid utgången av oktober").
The release's period is the one its title names, else the latest its lead paragraph and its
figures' own clauses name, never one after its publication; so a fund-flow item about July
reports on July and its "I juni noterades" is an earlier month.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import regex

from pipeline.document import Document
from pipeline.label.comparison_patterns import words
from pipeline.label.context import DASH, SPACE, YEAR, TextUnit, may_hold
from pipeline.lang.sv.comparisons import COMPARING_PHRASES, WHEN_WORDS
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.release_periods import (
    FIGURE_LINKS,
    FIGURE_TRAILERS,
    HALF_YEAR_NOUNS,
    ORDINAL_NUMBERS,
    PERIOD_ARTICLES,
    PERIOD_ENDS,
    PERIOD_PREPOSITIONS,
    PERIOD_STARTS,
    QUARTER_LETTER,
    QUARTER_MARKS,
    QUARTER_NOUNS,
    SENTENCE_OPENERS,
    SINCE,
)
from pipeline.lang.sv.years import MONTH_NAMES
from pipeline.parse import Amount, alternation
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
NAMED_PERIOD = (
    rf"(?:(?:(?P<end>{words(PERIOD_ENDS)})|(?P<start>{words(PERIOD_STARTS)})){SPACE}+)?"
    rf"(?:{words(PERIOD_ARTICLES)}{SPACE}+)?(?:"
    rf"(?P<ordinal>{words(tuple(ORDINAL_NUMBERS))}){SPACE}+"
    rf"(?:(?P<quarter>{words(QUARTER_NOUNS)})|(?P<half>{words(HALF_YEAR_NOUNS)}))"
    rf"|(?<![\d.,])(?P<number>[1-4]){SPACE}?(?:{alternation(QUARTER_MARKS)})(?!\w)"      # "4 kv", "2kv"
    rf"|(?<!\w){QUARTER_LETTER}(?P<letter>[1-4])(?!\d)"                  # "Q3"
    rf"(?:{DASH}(?P<short>\d\d)(?!\d|[.,]\d))?"                            # "Q4-19"
    rf"|(?P<month>{words(MONTH_NAMES)})(?:{SPACE}*{DASH}{SPACE}*(?P<month_to>{words(MONTH_NAMES)}))?"
    rf"|(?P<bare>(?<![\d.,:]|\d{SPACE}){YEAR}(?!{SPACE}?\d|[.,:]\d|{DASH}?talet))"
    rf")(?:{SPACE}*(?:{DASH}{SPACE}*)?(?P<year>(?<!\d){YEAR}(?!\d)))?(?:/(?P<split>{YEAR}|\d\d)(?!\d))?")
QUALIFIER = rf"(?:(?:{alternation(QUALIFIERS)}){SPACE}+)?"
PREPOSITION = rf"(?:{words(PERIOD_PREPOSITIONS)}{SPACE}+)?"
# A period phrase anywhere, with what stands before it: a span up to now ("sedan juni 2016").
PERIOD = PATTERNS.compile(rf"(?P<since>{words(SINCE)}{SPACE}+)?{PREPOSITION}{NAMED_PERIOD}", regex.IGNORECASE)
# A period right after a figure: "om 327 miljarder dollar i mars", "63 miljarder dollar 2015";
# not the first year of a range of years.
PERIOD_AFTER = PATTERNS.compile(
    rf"{SPACE}*(?:{words(FIGURE_TRAILERS)}{SPACE}+)?{PREPOSITION}{NAMED_PERIOD}(?!{SPACE}*{DASH}{SPACE}*\d)",
    regex.IGNORECASE)
# A period right before a figure: "det tidigare rekordet i juli på 45,3 miljarder dollar",
# "under det fjärde kvartalet 2016, då 1,9 miljarder dollar netto hittade sin väg", "kan
# närmast jämföras med augusti 2019 (-9,5 mdkr)".
PERIOD_BEFORE = (
    rf"{PREPOSITION}{NAMED_PERIOD}(?:{SPACE}*,?{SPACE}*{words(WHEN_WORDS)}(?:{SPACE}+[^\W\d]+){{0,4}}?{SPACE}+"
    rf"|{SPACE}+{words(FIGURE_LINKS)}{SPACE}+|{SPACE}*\({SPACE}*){QUALIFIER}\Z")
BEFORE_REACH = 80   # characters read before a figure for its period
# Every period phrase starts a word or at a digit ("2019" may follow letters: "Q2019"): a scan
# told so skips the other positions at once instead of trying every alternative at each.
AT_WORD_OR_DIGIT = r"(?:(?<!\w)|(?=\d))"
PERIOD_SCAN = PATTERNS.compile(rf"{AT_WORD_OR_DIGIT}(?:{PERIOD.pattern})", regex.IGNORECASE)
PERIOD_BEFORE_SCAN = PATTERNS.compile(rf"{AT_WORD_OR_DIGIT}(?:{PERIOD_BEFORE})", regex.IGNORECASE)
PERIOD_BEFORE_AT_END = PATTERNS.at_end(PERIOD_BEFORE_SCAN.pattern, regex.IGNORECASE)
# What every named period holds (a digit, a month, a quarter or half-year noun), as plain text:
# a stretch without any holds no period, and the costly patterns above need not be tried there.
MARK_WORDS = MONTH_NAMES + QUARTER_NOUNS + HALF_YEAR_NOUNS
PERIOD_MARK = PATTERNS.compile(rf"\d|{alternation(MARK_WORDS)}", regex.IGNORECASE)
DIGIT = PATTERNS.compile(r"\d")
# A period that frames the sentence it opens: "Under första kvartalet noterade", "I juni
# noterades", "För det tredje kvartalet delades", "I slutet av 2019 var".
# Or the period a comparison opening the sentence names: "Återigen om man jämför med oktober
# 2008 mitt under finanskrisen var utflödena från obligationsfonder 54 miljarder euro".
PERIOD_OPENING = PATTERNS.compile(
    rf"[\W]*(?:(?:{words(SENTENCE_OPENERS)}{SPACE}+)?{words(PERIOD_PREPOSITIONS)}"
    rf"|(?:[^\W\d]+{SPACE}+){{0,4}}?{words(COMPARING_PHRASES)}){SPACE}+{NAMED_PERIOD}"
    rf"(?={SPACE}+[^\W\d])", regex.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """Months `first` to `last` of `year` (None: unwritten; `last` past 12 runs into the years
    after); `since` a span from it up to now."""

    year: int | None
    first: int
    last: int
    bare_year: bool = False
    since: bool = False

    def dated(self, year: int | None) -> Period:
        return self if self.year is not None or year is None else \
            Period(year, self.first, self.last, self.bare_year, self.since)

    def ends_before(self, other: Period) -> bool:
        """Whether this period is over before `other` starts (an unwritten year is the other's)."""
        mine, theirs = self.year or other.year, other.year or self.year
        return (mine or 0) * 12 + self.last < (theirs or 0) * 12 + other.first

    def just_before(self, other: Period) -> bool:
        """Whether `other` starts the month after this period ends: the prior month, quarter
        or half-year, or the moment that closes it."""
        mine, theirs = self.year or other.year, other.year or self.year
        return (mine or 0) * 12 + self.last + 1 == (theirs or 0) * 12 + other.first


def period_of(m: regex.Match) -> Period:
    """The period a match of `NAMED_PERIOD` names."""
    # "Q4-19": a two-digit year is of this century, as in the newswire's interim-report tables.
    year = f"20{m['short']}" if m["short"] else m["year"] or m["bare"]
    if m["split"]:    # "räkenskapsåret 2018/2019": the later year
        year = m["split"] if len(m["split"]) == 4 else year[:2] + m["split"]
    y = int(year) if year else None
    if m["quarter"] or m["number"] or m["letter"]:
        q = ORDINAL_NUMBERS[m["ordinal"].lower()] if m["ordinal"] else int(m["number"] or m["letter"])
        first, last = 3 * q - 2, 3 * q
    elif m["half"]:
        h = ORDINAL_NUMBERS[m["ordinal"].lower()]
        first, last = 6 * h - 5, 6 * h
    elif m["month"]:
        first = MONTH_NAMES.index(m["month"].lower()) + 1
        last = MONTH_NAMES.index(m["month_to"].lower()) + 1 if m["month_to"] else first
    else:
        first, last = 1, 12
    if m["end"]:
        first = last
    elif m["start"]:
        last = first
    bare = m["bare"] is not None and not (m["end"] or m["start"])
    return Period(y, first, last, bare, since=bool(m.groupdict().get("since")))


def periods_in(text: str, start: int, end: int) -> Iterator[Period]:
    if not has_period_mark(text, start, end):
        return
    for m in PERIOD_SCAN.finditer(text, start, end):
        yield period_of(m)


def has_period_mark(text: str, start: int, end: int) -> bool:
    return DIGIT.search(text, start, end) is not None or (
        may_hold(text, start, end, MARK_WORDS) and PERIOD_MARK.search(text, start, end) is not None)


def own_period(text: str, amount: Amount, unit: TextUnit, next_start: int) -> Period | None:
    """The period the figure's own clause ties it to: one right after it, else one right before
    it, else the one that opens its sentence (when no other period stands between)."""
    return own_period_at(text, amount.start, amount.end, unit.start, unit.end, next_start)


# The release's reference period and its comparison figures both ask each figure's own period.
@lru_cache(maxsize=1024)
def own_period_at(text: str, start: int, end: int, unit_start: int, unit_end: int,
                  next_start: int) -> Period | None:
    after_end = min(unit_end, max(end, next_start))
    after = PERIOD_AFTER.match(text, end, after_end) if has_period_mark(text, end, after_end) else None
    if after is not None:
        return period_of(after)
    before_start = max(unit_start, start - BEFORE_REACH)
    # Most figures have no period right before them: the search from the end says so at once.
    before = PERIOD_BEFORE_SCAN.search(text, before_start, start) \
        if has_period_mark(text, before_start, start) \
        and PERIOD_BEFORE_AT_END.search(text, before_start, start) else None
    if before is not None:
        return period_of(before)
    if not has_period_mark(text, unit_start, start):
        return None
    opening = PERIOD_OPENING.match(text, unit_start, start)
    if opening is None or PERIOD_SCAN.search(text, opening.end(), start) is not None:
        return None
    return period_of(opening)


def release_period(doc: Document, lead: tuple[int, int] | None,
                   figures: Sequence[Period | None]) -> Period | None:
    """The latest period the release reports on: the one its title names, else the latest its
    lead paragraph or a figure's own clause names, and not one after its publication. A
    title's span up to now ("Betydande utflöden sedan september") makes the release report on
    all of it."""
    title = next((b for b in doc.blocks if b.kind == "title"), None)
    named = list(periods_in(doc.text, title.start, title.end)) if title else []
    since = [p for p in named if p.since]
    found = [p for p in named if not p.since]
    others = list(periods_in(doc.text, *lead)) if lead is not None else []
    others = [p for p in others if not p.since] + [p for p in figures if p is not None]
    years = [p.year for p in named + others if p.year is not None]
    year = max(years) if years else None
    found = [p.dated(year_of(p, year, doc.published)) for p in (found or others + since)]
    found = [p for p in found if not after_publication(p, doc.published)]
    if not found:
        return None
    latest = max(found, key=lambda p: (p.year or 0, p.last, -p.first))
    if doc.published is not None and latest.year is not None and latest.year < doc.published.year - 1:
        # All it names lies long before it was published: the release is about its own time,
        # and "rekordåret 2014, då insättningarna nådde 152,8 miljarder" an earlier year's.
        month = doc.published.month
        latest = Period(doc.published.year, month, month)
    if since and not latest.since:
        first = since[0].dated(year_of(since[0], latest.year, doc.published))
        if latest.ends_before(first):
            return latest
        # The span from the month named to the latest: months counted from the first's year.
        apart = (latest.year or 0) - (first.year or latest.year or 0)
        return Period(first.year or latest.year, first.first, latest.last + 12 * apart, since=True)
    return latest


def year_of(period: Period, named: int | None, published: date | None) -> int | None:
    """The year of a period written without one: the last such month before publication, else
    the latest year the release names."""
    if published is None:
        return named
    return published.year if period.first <= published.month else published.year - 1


def after_publication(period: Period, published: date | None) -> bool:
    return published is not None and period.year is not None and \
        (period.year, period.first) > (published.year, published.month)


def lead_paragraph(doc: Document) -> tuple[int, int] | None:
    """The first paragraph of the body, where a release says what it reports on."""
    block = next((b for b in doc.blocks if b.kind == "paragraph"), None)
    return (block.start, block.end) if block else None


def overlaps(period: Period, other: Period) -> bool:
    return not period.ends_before(other) and not other.ends_before(period)


def header_periods(doc: Document, amounts: Sequence[Amount]) -> list[Period]:
    """The periods the header rows of the release's tables name (the rows above a table's
    first money cell): "Q1-20, prognos", "Q2-2019/2020" of the financial newswire's previews
    and interim-report summaries."""
    first_rows: dict[int, int] = {}
    for a in amounts:
        if a.table is not None and a.row is not None:
            first_rows[a.table] = min(first_rows.get(a.table, a.row), a.row)
    return [p for table, first in first_rows.items() for row in doc.tables[table].rows[:first]
            for start, end in row for p in periods_in(doc.text, start, end) if not p.since]


PATTERNS.save()
