"""Earlier periods told apart by order: the earlier of two months, quarters or compared years
of one sentence, a level stated for an earlier year and changed in the next sentence, a figure
of a period before the release's own, an earlier time or year named with a compared figure."""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Document
from pipeline.label.comparison_patterns import (
    A_CHANGE_BY,
    COMPARED_PERIOD,
    COMPARING,
    COMPARISON_ANYWHERE,
    EARLIER_GRANT,
    GRANT_REACH,
    NEW_LEVEL,
    PERIOD_COMPARING,
    PERIOD_ORDER,
    PERIOD_PHRASE,
    PLAN,
    RAISE_REACH,
    RANGE_DASH,
    RANGE_DASH_BEFORE,
    REACH,
    THIS_YEAR_WORDS,
    YEAR_WORD,
)
from pipeline.label.context import AmountContext, TextUnit, Years, may_hold
from pipeline.label.conversions import is_new_money
from pipeline.label.release_period import (
    Period,
    header_periods,
    lead_paragraph,
    overlaps,
    own_period,
    periods_in,
    release_period,
)
from pipeline.lang.sv.comparisons import COMPARING_OR_RECORD_HINTS, QUARTERS, WEEKDAYS
from pipeline.lang.sv.years import MONTH_NAMES
from pipeline.parse import Amount


def earlier_time(doc: Document, text: str) -> bool:
    """An earlier period or moment named in `text`, after a comparison cue: "samma period
    föregående år", "vid årsskiftet", "gårdagens stängningskurs". The weekday of the release's
    own day is today: "att jämföra med onsdagens 23,5 franc" in a release of a Wednesday."""
    today = WEEKDAYS[doc.published.weekday()] if doc.published and doc.published_precision == "day" else None
    return any(today is None or not m.group().lower().startswith(today)
               for m in COMPARED_PERIOD.finditer(text))


def dated_before(ctx: AmountContext, compared: str, compared_to: str) -> bool:
    """A year in the compared figure's words before the years of what it is compared to (or
    the release's own year; with neither known, a year named in a comparison is an earlier
    one: "att jämföra med 16.000 miljarder 2014")."""
    years = [int(y) for y in YEAR_WORD.findall(compared)]
    if not years:
        return False
    later = [int(y) for y in YEAR_WORD.findall(compared_to)]
    if later:
        return min(years) < max(later)
    return ctx.doc.published is None or min(years) < ctx.doc.published.year


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
    if hi == lo or not may_hold(doc.text, units[i].start, units[i].end, COMPARING_OR_RECORD_HINTS) or \
            COMPARING.search(doc.text, units[i].start, units[i].end) is None:
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
        kind, rank = period_rank(m["name"]) if m["name"] else ("year", 0)
        if m["name"] is not None and (RANGE_DASH.match(doc.text, m.end())
                                      or RANGE_DASH_BEFORE.search(doc.text, unit.start, m.start())):
            # A range of months counts by its year: "januari–september 2017".
            if not years or m["year"] is None:
                continue
            kind, rank = "year", 0
        nearest = min(range(len(amounts)), key=lambda k: min(abs(amounts[k].start - m.end()),
                                                             abs(m.start() - amounts[k].end)))
        found.setdefault(nearest, (kind, int(m["year"] or 0), rank))
    return found


def level_before_change(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                        years: Sequence[Years], i: int) -> bool:
    """"2024 avsattes 333 miljoner kronor för garantierna. 2025 ökades ramen till totalt 888
    miljoner kronor.": a level of an earlier year, changed in the next sentence to a new level
    of a later year (or of this year, "I år höjs stödet till 80 miljoner kronor")."""
    (first, last), unit = years[i], units[i]
    if first is None or first != last or \
            A_CHANGE_BY.search(doc.text, max(unit.start, amounts[i].start - REACH), amounts[i].start):
        return False
    j = next((k for k in range(i + 1, len(amounts)) if units[k].start != unit.start), None)
    if j is None or units[j].block.start != unit.block.start or \
            doc.text[unit.end:units[j].start].strip() or amounts[j].currency != amounts[i].currency:
        return False
    later = units[j]
    if NEW_LEVEL.search(doc.text, later.start, amounts[j].start) is None:
        return False
    later_year = years[j][0]
    return (later_year is not None and later_year > first) or \
        THIS_YEAR_WORDS.search(doc.text, later.start, amounts[j].start) is not None


def earlier_grant_raised(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                         years: Sequence[Years], i: int) -> bool:
    """"Regeringen har sedan tidigare beslutat att 5,4 miljoner kronor får användas … I och med
    att regeringen nu skjuter till ytterligare fem miljoner kronor kommer den statliga
    medfinansieringen uppgå till totalt 10,4 miljoner kronor": money given before the release,
    which the release raises to a new level it states (the old plus the money added). Money
    granted earlier that the release only names ("Energimyndigheten har tidigare beviljat 99
    miljoner kronor"), or tops up with no new level ("avsätter sedan tidigare 3 miljarder
    kronor årligen … ytterligare 43 miljoner kronor"), or granted for a year of its own beside
    which new money comes ("tidigare beslutat att fem miljoner kronor får användas … under
    2024"), still stands."""
    amount, unit = amounts[i], units[i]
    if years[i] != (None, None) or \
            EARLIER_GRANT.search(doc.text, max(unit.start, amount.start - GRANT_REACH), amount.start) is None:
        return False
    later = [k for k in range(i + 1, min(len(amounts), i + 1 + RAISE_REACH))
             if units[k].block.start == unit.block.start and amounts[k].currency == amount.currency]
    added = [k for k in later if is_new_money(doc.text, amounts[k], units[k])]
    return any(amounts[t].value == amount.value + amounts[k].value
               for k in added for t in later if t > k)


def release_reference(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                      flagged: Sequence[bool]) -> Period | None:
    """The period the release reports on, from its title, its lead, the own periods of its
    figures not already comparison figures, and its tables' headers ("Q1-20, prognos")."""
    own = own_periods(doc.text, amounts, units)
    figures: list[Period | None] = [p for p, f in zip(own, flagged, strict=True) if not f]
    figures.extend(header_periods(doc, amounts))
    return release_period(doc, lead_paragraph(doc), figures)


def compares_periods(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit],
                     flagged: Sequence[bool]) -> bool:
    """Whether the release's period can make any figure an earlier period's: a figure of the
    text with a period of its own not already flagged, or a table cell. Most releases have
    neither, and need not read their title, lead and table headers for their period."""
    return any(a.table is not None for a in amounts) or any(
        p is not None and not f for p, f in zip(own_periods(text, amounts, units), flagged, strict=True))


def own_periods(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit]) -> list[Period | None]:
    """Each figure's own period in the text (None for a table cell, whose period is its header's)."""
    return [None if a.in_table else
            own_period(text, a, units[i], amounts[i + 1].start if i + 1 < len(amounts) else units[i].end)
            for i, a in enumerate(amounts)]


def earlier_period_figures(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                           years: Sequence[Years], flagged: Sequence[bool],
                           reference: Period | None) -> set[int]:
    """Figures of a period before the release's own that the release compares with its own: in
    a sentence that compares ("ett rekord som … slogs i juli", "återhämtar sig från det massiva
    utflödet om 327 miljarder dollar i mars"), or of the period just before the release's,
    beside a figure of the release's period in the sentence before or after ("Under första
    kvartalet … minus 4,4 miljarder euro. Men under andra kvartalet … 33,4 miljarder euro")."""
    if reference is None:
        return set()
    text = doc.text
    own = own_periods(text, amounts, units)
    found: set[int] = set()
    for i, period in enumerate(own):
        if period is None or flagged[i] or not period.dated(reference.year).ends_before(reference) \
                or no_comparison(text, amounts[i], units[i], years[i], reference):
            continue
        if PERIOD_COMPARING.search(text, units[i].start, units[i].end) or \
                (not period.bare_year and period.dated(reference.year).just_before(reference)
                 and beside_release_figure(doc, amounts, units, flagged, i, reference)):
            found.add(i)
    return found


def no_comparison(text: str, amount: Amount, unit: TextUnit, years: Years, reference: Period) -> bool:
    """A plan, a forecast or an expectation, a range, money over years up to the release's:
    never an earlier period's figure ("600 miljoner kronor under perioden 2025–2028")."""
    over_years = years[0] is not None and years[0] != years[1] and \
        (reference.year is None or years[1] is None or years[1] >= reference.year)
    return amount.value_max is not None or over_years or PLAN.search(text, unit.start, unit.end) is not None


def beside_release_figure(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                          flagged: Sequence[bool], i: int, reference: Period) -> bool:
    """A figure in the same currency in the sentence right before or after this one (in its
    paragraph), a sentence that names the release's period."""
    for j in neighbour_sentences(doc.text, units, i):
        if not flagged[j] and amounts[j].currency == amounts[i].currency and \
                any(overlaps(p.dated(reference.year), reference)
                    for p in periods_in(doc.text, units[j].start, units[j].end) if not p.since):
            return True
    return False


def neighbour_sentences(text: str, units: Sequence[TextUnit], i: int) -> list[int]:
    """The amounts of the sentences right before and right after amount i's, in its block."""
    unit = units[i]
    lo, hi = i, i
    while lo > 0 and units[lo - 1].start == unit.start:
        lo -= 1
    while hi + 1 < len(units) and units[hi + 1].start == unit.start:
        hi += 1
    found: list[int] = []
    for k, step in ((lo - 1, -1), (hi + 1, 1)):
        if not 0 <= k < len(units) or units[k].block.start != unit.block.start:
            continue
        near = units[k]
        between = text[near.end:unit.start] if step < 0 else text[unit.end:near.start]
        while 0 <= k < len(units) and units[k].start == near.start and not between.strip():
            found.append(k)
            k += step
    return found
