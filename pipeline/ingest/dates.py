"""Dates as releases write them: ISO metadata fields and date lines in the text."""
from __future__ import annotations

import re
from datetime import date

from pipeline.ingest.layout import words
from pipeline.lang.sv.dates import DATELINE_WORDS, MONTH_NUMBERS

MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\.?[ \u00a0]+({MONTH})\.?,?[ \u00a0]+(\d{{4}})\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?[ \u00a0]+(\d{{1,2}}),?[ \u00a0]+(\d{{4}})\b", re.I)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
CLOCK = re.compile(r"\b(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\b", re.I)


def iso_date(value: str | None) -> date | None:
    """`2015-03-12` -> that day; a month alone (`2014-10`) -> its first day."""
    if not value:
        return None
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?\s*", value)
    if not match:
        return None
    return safe_date(int(match[1]), int(match[2]), int(match[3] or 1))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_in(text: str) -> tuple[date, re.Match] | None:
    """The first date written out in `text`: `12 mars 2015`, `Dec 13, 2013`, `2015-03-12`."""
    found = []
    for pattern, order in ((DAY_MONTH_YEAR, (3, 2, 1)), (MONTH_DAY_YEAR, (3, 1, 2)),
                           (ISO_DATE, (1, 2, 3))):
        match = pattern.search(text)
        if match:
            year, month, day = (match[k] for k in order)
            month_number = int(month) if month.isdigit() else MONTH_NUMBERS[month.lower()]
            day_value = safe_date(int(year), month_number, int(day))
            if day_value:
                found.append((match.start(), day_value, match))
    return min(found, key=lambda f: f[0])[1:] if found else None


def dateline_date(line: str) -> date | None:
    """The date of a line that says little but a date ("Publicerad 12 mars 2015",
    "Nyhet • Dec 13, 2013 15:59 CET"); None for prose that mentions a date."""
    found = date_in(line)
    if not found:
        return None
    day, match = found
    rest = CLOCK.sub(" ", line[:match.start()] + " " + line[match.end():])
    others = [w for w in words(rest.lower()) if w not in DATELINE_WORDS and not w.isdigit()]
    return day if len(others) <= 1 else None
