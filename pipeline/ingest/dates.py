"""Dates as releases write them: ISO metadata fields and date lines in the text."""
from __future__ import annotations

import logging
import re
from datetime import date, datetime

from pipeline.document import Precision
from pipeline.ingest.layout import Dated, words
from pipeline.lang.sv.dates import DATELINE_WORDS, MONTH_NUMBERS

MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\.?[ \u00a0]+({MONTH})\.?,?[ \u00a0]+(\d{{4}})\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?[ \u00a0]+(\d{{1,2}}),?[ \u00a0]+(\d{{4}})\b", re.I)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
CLOCK = re.compile(r"\b(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\b", re.I)
YEAR_DIGITS = re.compile(r"\d{4}")     # what every written date above holds
ISO_FIELD = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d.*)?\s*")

log = logging.getLogger(__name__)


def metadata_date(value: object, source: str) -> Dated | None:
    """The date a metadata field gives (`2015-03-12`, `2015-03-12T08:00`, `2014-10`, `2014`,
    `12 mars 2015`, or a YAML date); None with a warning naming the file when it reads as
    none."""
    if value is None or value == "":
        return None
    found = field_date(value)
    if found is None:
        log.warning("%s: unreadable date %r, left empty", source, value)
    return found


def field_date(value: object) -> Dated | None:
    if isinstance(value, datetime):
        return Dated(value.date(), "day")
    if isinstance(value, date):
        return Dated(value, "day")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    match = ISO_FIELD.fullmatch(value)
    if match:
        year, month, day = match[1], match[2], match[3]
        found = safe_date(int(year), int(month or 1), int(day or 1))
        precision: Precision = "day" if day else "month" if month else "year"
        return Dated(found, precision) if found else None
    written = date_in(value)
    return Dated(written[0], "day") if written and written[1].group(0).strip() == value.strip() else None


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_in(text: str) -> tuple[date, re.Match] | None:
    """The first date written out in `text`: `12 mars 2015`, `Dec 13, 2013`, `2015-03-12`."""
    if not YEAR_DIGITS.search(text):
        return None     # most lines: three searches spared
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
