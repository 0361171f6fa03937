"""The year phrases of a unit of text, each read as the years it gives money (guide §3, §6):
"under 2019" (2019, 2019), "2024–2026" and "för 2026 och 2027" (first, last), "från och med
2017" (2017, open), "sedan 2022" (2022, open), "fram till 2018" (open, 2018).

A year that only dates something else is no mention: a date ("den 1 januari 2021"), an id
("S2024:05", "prop. 2024/25:72"), a level measured or a decision taken ("per den 31 december
2018", "vid utgången av 2023"), a year compared with ("jämfört med 2025") or of birth
("födda 1959", "grundades 1999"), and a record "since" ("det största utflödet sedan oktober 2013").
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from pipeline.label.context import DASH, SPACE, YEAR, Years
from pipeline.lang.sv.years import (
    AMOUNT_LINKS,
    COMPARED_ACROSS_WORDS,
    COMPARED_AMOUNT_LINKS,
    COMPARED_GAP_WORDS,
    COMPARED_WITH,
    DATE_ARTICLE,
    FROM_YEAR,
    IN_FORCE,
    LEVEL_VERBS,
    MEASURED_AFTER,
    MEASURED_AT,
    MEASURED_IF_LEVEL,
    MEASURED_PERIOD_WORDS,
    MONTH_NAMES,
    NAMED_BY_YEAR,
    ONWARDS,
    ONWARDS_CLOSING_A_CLAUSE,
    ORIGIN_WORDS,
    PERIOD_OPENERS,
    RECORD_WORDS,
    SAME_SUM,
    SINCE_YEAR,
    UNTIL_YEAR,
    UNTIL_YEAR_JOINERS,
    YEAR_NOUNS,
    YEAR_PART_LEADS,
    YEAR_RANGE_JOINERS,
)
from pipeline.parse import alternation
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
WORD = r"[^\W\d_][\w-]*"
# "år 2024", "juni 2024", "den 1 januari 2021": what may stand between "från"/"fram till" and a year.
YEAR_LEAD = (rf"(?:(?:{alternation(YEAR_NOUNS + YEAR_PART_LEADS)}){SPACE}+"
             rf"|(?:(?:{DATE_ARTICLE}{SPACE}+)?\d{{1,2}}{SPACE}+)?(?:{alternation(MONTH_NAMES)}){SPACE}+)?")
# Between the years of a range or list: "2024–2026", "2025 och 2026", "2014, 2016 och 2018";
# a fiscal year may end in two digits: "2024/25", "2019–20".
YEAR_JOIN = rf"(?:{SPACE}*(?:{DASH}|/|,){SPACE}*|{SPACE}+(?:{alternation(YEAR_RANGE_JOINERS)}){SPACE}+)"
SPLIT_YEAR_JOIN = rf"{SPACE}*(?:{DASH}|/){SPACE}*"
DAY_OF_MONTH = rf"\d{{1,2}}(?={SPACE}+(?:{alternation(MONTH_NAMES)}))"    # "sedan den 24 februari 2022"
# "från 2026 till och med 2028", "från och med 2025 t.o.m. 2027": a start that an end closes.
FROM_END = rf"(?:{SPACE}*{DASH}{SPACE}*|{SPACE}+(?:{alternation(UNTIL_YEAR_JOINERS)}){SPACE}+)(?P<fe>{YEAR})(?!\d)"
LATER_YEAR = rf"(?:{YEAR_JOIN}(?P<b>{YEAR})(?!\d)|{SPLIT_YEAR_JOIN}(?P<b>\d\d)(?!\d))"
YEAR_PHRASE = PATTERNS.compile(rf"""
    (?P<range>(?:(?:{alternation(PERIOD_OPENERS)}){SPACE}+)?(?P<a>{YEAR})(?!\d)(?:{LATER_YEAR})+)
  | (?P<from>(?:{alternation(FROM_YEAR + IN_FORCE)}){SPACE}+{YEAR_LEAD}(?P<f>{YEAR})(?!\d)(?:{FROM_END})?)
  | (?P<since>(?:{alternation(SINCE_YEAR)})(?:{SPACE}+(?:{WORD}|{DAY_OF_MONTH})){{0,10}}?{SPACE}+(?P<s>{YEAR}))
  | (?P<until>(?:{alternation(UNTIL_YEAR)}){SPACE}+{YEAR_LEAD}(?P<u>{YEAR}))
  | (?P<onwards>(?P<o>{YEAR}){SPACE}+(?:(?:{alternation(ONWARDS)})(?!\w)
                |(?:{alternation(ONWARDS_CLOSING_A_CLAUSE)})(?={SPACE}*[,.;:)])))
  | (?P<single>(?P<y>{YEAR}))
""", regex.IGNORECASE | regex.VERBOSE)
# What stands right before a year, read from the year back (each is asked only whether it is there).
DATE_BEFORE_YEAR = PATTERNS.at_end(
    rf"(?:\d{{1,2}}{SPACE}+(?:{alternation(MONTH_NAMES)})|{DATE_ARTICLE}{SPACE}+\d{{1,2}}){SPACE}+\Z",
    regex.IGNORECASE)
MONTH_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(MONTH_NAMES)}){SPACE}+\Z", regex.IGNORECASE)
MEASURED_BEFORE = PATTERNS.at_end(
    rf"(?<!\w)(?:{alternation(MEASURED_AT)})(?:{SPACE}+(?:{alternation(MEASURED_PERIOD_WORDS)}))*"
    rf"(?:{SPACE}+\d{{1,2}})?(?:{SPACE}+(?:{alternation(MONTH_NAMES)}))?{SPACE}+\Z", regex.IGNORECASE)
LEVEL_TIME_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(MEASURED_IF_LEVEL)}){SPACE}+\Z", regex.IGNORECASE)
LEVEL_VERB_AFTER = PATTERNS.compile(rf"{SPACE}+(?:{alternation(LEVEL_VERBS)})(?!\w)", regex.IGNORECASE)
MEASURED_AFTER_YEAR = PATTERNS.compile(rf"{SPACE}+(?:{alternation(MEASURED_AFTER)})(?!\w)", regex.IGNORECASE)
COMPARED_BEFORE = PATTERNS.at_end(
    rf"(?<!\w)(?:{alternation(COMPARED_WITH)}){SPACE}+(?:(?:{alternation(YEAR_NOUNS)}){SPACE}+)?\Z",
    regex.IGNORECASE)
COMPARED_ACROSS_BEFORE = PATTERNS.at_end(
    rf"(?<!\w)(?:{alternation(COMPARED_ACROSS_WORDS)})(?:{SPACE}+[^\W\d]+){{1,{COMPARED_GAP_WORDS}}}{SPACE}+\Z",
    regex.IGNORECASE)
# "jämfört med 2019 på 3,1 miljarder": a compared year that leads an amount is that amount's.
LEADS_AMOUNT = PATTERNS.compile(rf"{SPACE}*(?:{alternation(AMOUNT_LINKS + COMPARED_AMOUNT_LINKS)}){SPACE}+\d",
                             regex.IGNORECASE)
NAME_AFTER_YEAR = PATTERNS.compile(rf"{SPACE}+års{SPACE}+\w*(?:{alternation(NAMED_BY_YEAR)})(?!\w)", regex.IGNORECASE)
SAME_SUM_BEFORE = PATTERNS.at_end(
    rf"(?<!\w)(?:{alternation(SAME_SUM)})(?:{SPACE}+[^\W\d]+){{0,2}}{SPACE}+(?:(?:för|under){SPACE}+)?\Z",
    regex.IGNORECASE)
ORIGIN_BEFORE = PATTERNS.at_end(
    rf"(?<!\w)(?:{alternation(ORIGIN_WORDS)}){SPACE}+(?:(?:år|i{SPACE}+[^\W\d]+){SPACE}+)?\Z", regex.IGNORECASE)
RECORD_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(RECORD_WORDS)})(?!\w)[^.,;:!?]*\Z", regex.IGNORECASE)
LOOK_BACK = 60
# Every year phrase holds a year: a stretch without one is not scanned for phrases, the most
# costly search when it finds nothing.
ANY_YEAR = PATTERNS.compile(YEAR)


@dataclass(frozen=True)
class YearMention:
    """A year phrase: where it stands, the years it gives, each year it lists, and its kind
    ("range", "from", "since", "until", "single"; "compared": "att jämföra med 2019 på 3,1
    miljarder", a year only the amount it leads may take; "again": "samma summa för 2026 och
    2027", years that extend those of the amount before)."""

    start: int
    end: int
    years: Years
    listed: tuple[int, ...]
    kind: str


def year_mentions(text: str, start: int, end: int) -> list[YearMention]:
    """The year phrases of text[start:end] that give money years."""
    mentions: list[YearMention] = []
    if ANY_YEAR.search(text, start, end) is None:
        return mentions
    for m in YEAR_PHRASE.finditer(text, start, end):
        if dates_something_else(text, start, end, m):
            continue
        kind = next(k for k in ("range", "from", "since", "until", "onwards", "single") if m[k])
        mention = mention_of(text, start, m, kind)
        lo = max(start, m.start() - LOOK_BACK)
        if kind in ("single", "range") and compared_before(text, lo, m.start()):
            mention = replace(mention, kind="compared")  # only the amount it leads may take it
        elif kind in ("single", "range") and SAME_SUM_BEFORE.search(text, lo, m.start()):
            mention = replace(mention, kind="again")     # extends the years of the amount before
        mentions.append(mention)
    return mentions


def mention_of(text: str, start: int, m: regex.Match, kind: str) -> YearMention:
    if kind == "range":
        listed = tuple(full_year(int(m["a"]), y) for y in [int(m["a"])] + [int(b) for b in m.captures("b")])
        return YearMention(m.start(), m.end(), (listed[0], listed[-1]), listed, kind)
    if kind == "from" and m["fe"]:
        first, last = int(m["f"]), full_year(int(m["f"]), int(m["fe"]))
        return YearMention(m.start(), m.end(), (first, last), (first, last), "range")
    year = int(m["f"] or m["s"] or m["u"] or m["o"] or m["y"])
    if kind == "onwards":
        kind = "from"
    if kind in ("from", "since"):
        years: Years = (year, None)
    elif kind == "until" and MONTH_BEFORE.search(text, max(start, m.start() - 15), m.start()):
        years = (year, year)     # "juni till och med oktober 2025"
    elif kind == "until":
        years = (None, year)
    else:
        years = (year, year)
    return YearMention(m.start(), m.end(), years, (year,), kind)


def full_year(first: int, written: int) -> int:
    """"2024/25" -> 2025: a two-digit year continues the century of the first."""
    return written if written >= 100 else first // 100 * 100 + written


def dates_something_else(text: str, start: int, end: int, m: regex.Match) -> bool:
    lo = max(start, m.start() - LOOK_BACK)
    if is_inside_number(text, m.start(), m.end()):
        return True
    if m["range"] and any(b < 100 and b != (int(m["a"]) + 1) % 100 for b in map(int, m.captures("b"))):
        return True     # "2024/15" is no year pair
    if m["single"] and DATE_BEFORE_YEAR.search(text, max(start, m.start() - 20), m.start()):
        return True
    if m["since"] and RECORD_BEFORE.search(text, lo, m.start()):
        return True
    if m["single"] or m["range"] or m["onwards"]:
        if MEASURED_BEFORE.search(text, lo, m.start()) or MEASURED_AFTER_YEAR.match(text, m.end(), end):
            return True
        if LEVEL_TIME_BEFORE.search(text, lo, m.start()) and LEVEL_VERB_AFTER.match(text, m.end(), end):
            return True
        if ORIGIN_BEFORE.search(text, lo, m.start()) or NAME_AFTER_YEAR.match(text, m.end(), end):
            return True
        if compared_before(text, lo, m.start()) and not LEADS_AMOUNT.match(text, m.end(), end):
            return True
    return False


def compared_before(text: str, lo: int, start: int) -> bool:
    """"jämfört med 2025", "jämfört med helåret 2023": the year of what the money is compared with."""
    return (COMPARED_BEFORE.search(text, lo, start) is not None
            or COMPARED_ACROSS_BEFORE.search(text, lo, start) is not None)


def is_inside_number(text: str, start: int, end: int) -> bool:
    before = text[start - 1:start]
    after = text[end:end + 1]
    if before.isalpha() or after.isalpha() or (after in ":/" and text[end + 1:end + 2].isdigit()):
        return True     # "S2024:05", an id; "/2010/11/10/", a path
    return before.isdigit() or after.isdigit() or (before in ",." and text[start - 2:start - 1].isdigit())


PATTERNS.save()
