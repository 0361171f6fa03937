"""Earlier periods told apart by order: the earlier of two months, quarters or compared years
of one sentence, a level stated for an earlier year and changed in the next sentence, a table
column of an earlier period or of the level before a change."""
from __future__ import annotations

from typing import Sequence

from pipeline.document import Document
from pipeline.label.context import TextUnit, Years
from pipeline.label.comparison_patterns import (
    A_CHANGE_BY,
    COMPARING,
    COMPARISON_ANYWHERE,
    EARLIER_HEADER,
    NEW_LEVEL,
    PERIOD_ORDER,
    PERIOD_PHRASE,
    RANGE_DASH,
    RANGE_DASH_BEFORE,
    REACH,
    THIS_YEAR_WORDS,
)
from pipeline.lang.sv.comparisons import QUARTERS
from pipeline.lang.sv.years import MONTH_NAMES
from pipeline.parse import Amount


def named_earlier(compared_to: str, compared: str) -> bool:
    """The compared figure's quarter or month comes before the one of the figure it is
    compared to: "41,3 miljarder euro i det andra kvartalet, att jämföra med 37 miljarder euro
    i det första kvartalet"."""
    later, earlier = PERIOD_ORDER.findall(compared_to), PERIOD_ORDER.findall(compared)
    if not later or not earlier:
        return False
    a, b = period_rank(later[-1]), period_rank(earlier[0])
    return a[0] == b[0] and b[1] < a[1]


def period_rank(name: str) -> tuple[str, int]:
    name = name.lower()
    if name in QUARTERS:
        return "quarter", QUARTERS[name]
    return "month", MONTH_NAMES.index(name)


def earlier_in_sentence(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                        i: int) -> bool:
    """"inflöden om 86 miljarder dollar i juli, näst högsta inflödet någonsin efter
    rekordinflödet om 92 miljarder i juni": of two figures of a sentence that compares them,
    the one of the earlier month or quarter. A bare year is left alone: a budget sentence
    names several years, all its own."""
    lo = i
    while lo > 0 and units[lo - 1].start == units[i].start:
        lo -= 1
    hi = i
    while hi + 1 < len(amounts) and units[hi + 1].start == units[i].start:
        hi += 1
    if hi == lo or COMPARING.search(doc.text, units[i].start, units[i].end) is None:
        return False
    # With a comparison cue, years compare too: "januari–september 2017 med 2,5 miljarder euro,
    # att jämföra med 2019 på 3,1 miljarder euro".
    years = COMPARISON_ANYWHERE.search(doc.text, units[i].start, units[i].end) is not None
    periods = sentence_periods(doc, amounts[lo:hi + 1], units[i], years)
    own = periods.get(i - lo)
    return own is not None and any(
        other[0] == own[0] and bool(other[1]) == bool(own[1]) and other[1:] > own[1:]
        and amounts[lo + k].currency == amounts[i].currency
        for k, other in periods.items() if k != i - lo)


def sentence_periods(doc: Document, amounts: Sequence[Amount], unit: TextUnit, years: bool
                     ) -> dict[int, tuple[str, int, int]]:
    """Each month or quarter of a sentence (not one of a range, "juni–oktober"), and with
    `years` each year, given to the amount nearest it: amount -> (kind, year or 0, rank)."""
    found: dict[int, tuple[str, int, int]] = {}
    for m in PERIOD_PHRASE.finditer(doc.text, unit.start, unit.end):
        if m["name"] is None and not years:
            continue
        if m["name"] is not None and (RANGE_DASH.match(doc.text, m.end())
                                      or RANGE_DASH_BEFORE.search(doc.text, unit.start, m.start())):
            continue
        nearest = min(range(len(amounts)), key=lambda k: min(abs(amounts[k].start - m.end()),
                                                             abs(m.start() - amounts[k].end)))
        kind, rank = period_rank(m["name"]) if m["name"] else ("year", 0)
        found.setdefault(nearest, (kind, int(m["year"] or 0), rank))
    return found


def level_before_change(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                        years: Sequence[Years], i: int) -> bool:
    """"2024 avsattes 333 miljoner kronor för garantierna. 2025 ökades ramen till totalt 888
    miljoner kronor.": a level of an earlier year, changed in the next sentence to a new level
    of a later year (or of this year, "I år höjs stödet till 80 miljoner kronor")."""
    year, unit = years[i], units[i]
    if year[0] is None or year[0] != year[1] or \
            A_CHANGE_BY.search(doc.text, max(unit.start, amounts[i].start - REACH), amounts[i].start):
        return False
    j = next((k for k in range(i + 1, len(amounts)) if units[k].start != unit.start), None)
    if j is None or units[j].block.start != unit.block.start or \
            doc.text[unit.end:units[j].start].strip() or amounts[j].currency != amounts[i].currency:
        return False
    later = units[j]
    if NEW_LEVEL.search(doc.text, later.start, amounts[j].start) is None:
        return False
    return (years[j][0] is not None and years[j][0] > year[0]) or \
        THIS_YEAR_WORDS.search(doc.text, later.start, amounts[j].start) is not None


def earlier_period_cells(doc: Document, amounts: Sequence[Amount], years: Sequence[Years]) -> set[int]:
    """Table cells of an earlier period's column: a header naming last year ("Rapporterat i
    fjol"), or a year before that of a column to its left, as interim-report tables put this
    year first ("Q4-2019/2020 … Q4-2018/2019"). Budget tables run their years forward, so a
    later column is never an earlier period."""
    tables: dict[int, dict[int, list[int]]] = {}
    for i, amount in enumerate(amounts):
        if amount.table is not None:
            tables.setdefault(amount.table, {}).setdefault(amount.column, []).append(i)
    found: set[int] = set()
    for table, columns in tables.items():
        latest_left: int | None = None
        for column in sorted(columns):
            members = columns[column]
            year = column_year(members, years)
            if (year is not None and latest_left is not None and year < latest_left) or \
                    names_last_year(doc, table, column, amounts[members[0]].row):
                found.update(members)
            if year is not None:
                latest_left = year if latest_left is None else max(latest_left, year)
    return found


def column_year(members: Sequence[int], years: Sequence[Years]) -> int | None:
    """The (first) year of a column's cells, if they have one."""
    return next((years[i][0] for i in members if years[i][0] is not None), None)


def names_last_year(doc: Document, table: int, column: int, first_row: int | None) -> bool:
    """The column's header cells (above its first money cell) name an earlier period or the
    level before a change."""
    for row in doc.tables[table].rows[: first_row or 0]:
        if column < len(row) and EARLIER_HEADER.search(doc.text, row[column][0], row[column][1]):
            return True
    return False
