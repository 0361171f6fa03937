"""Comparison figures (guide §3 `is_previous`): a figure given only as an earlier level or an
earlier period's figure, beside the figure that counts.

Decided from the structure around the amount, never from one word: the bare figure in brackets
after an amount ("476,2 (407,8) miljarder"), the old level of a change ("höjs från 37 till 51,9
miljarder"), a bracket naming the earlier level ("(tidigare 500 kr)"), a comparison with an
earlier period or moment ("att jämföra med 1,12 miljarder dollar samma period året innan"), a
clause about the same period last year, and a table column of an earlier period. Forecasts and
consensus figures compared with are no earlier figures; a range's lower end is one amount.
"""
from __future__ import annotations

from typing import Callable, Sequence

import regex

from pipeline.document import Document
from pipeline.label.context import SPACE, YEAR, AmountContext, TextUnit, Years
from pipeline.lang.sv.comparisons import (
    A_YEAR_BEFORE,
    CHANGE_STEMS,
    CHANGE_WORDS,
    COMPARING_PHRASES,
    COMPARING_PREPOSITIONS,
    DIFFERENCE_WORDS,
    EARLIER_IN_BRACKETS,
    EARLIER_LEVEL_HEADERS,
    EARLIER_STEMS,
    EARLIER_TIMES,
    EQUIVALENT_CUES,
    EXPECTATION_WORDS,
    LEVEL_JOINERS,
    LEVEL_WORDS,
    NEW_LEVEL_CUES,
    OLD_LEVEL_CUES,
    QUARTERS,
    RECORD_STEMS,
    SAME_PERIODS,
    THIS_YEAR,
    TODAY_CUES,
    TODAYS_LEVEL,
)
from pipeline.lang.sv.years import MONTH_NAMES
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.parse import Amount, alternation


def words(phrases: Sequence[str]) -> str:
    """Whole words or phrases, as one regex alternation."""
    return rf"(?<!\w)(?:{alternation(phrases)})(?!\w)"


QUALIFIER = rf"(?:(?:{alternation(QUALIFIERS)}){SPACE}+)?"
CHANGE = rf"(?<!\w)(?:(?:{alternation(CHANGE_STEMS)})\w*|{words(CHANGE_WORDS)})"
IN_CLAUSE = r"(?:[^.;!?]|(?<=\d)\.(?=\d))"     # a clause's characters; "1.270" is a number
GAP_WORDS = rf"(?:{SPACE}+[^\W\d]+){{0,4}}?"
# "samma period i fjol", "motsvarande period 2017", "samma kvartal föregående år".
SAME_PERIOD = rf"{words(SAME_PERIODS)}{SPACE}+(?:{words(A_YEAR_BEFORE)}|(?:[^\W\d]+{SPACE}+)?{YEAR})"
EARLIER_WORDS = (rf"(?:{SAME_PERIOD}|{words(EARLIER_TIMES + A_YEAR_BEFORE)}"
                 rf"|(?<!\w)(?:{alternation(EARLIER_STEMS)})\w*)")
# A date after a compared figure is the day it was measured, before the release's.
DATE = rf"(?<!\d)\d{{1,2}}{SPACE}+{words(MONTH_NAMES)}"
EARLIER = rf"(?:{EARLIER_WORDS}|{DATE})"
NUMBER = r"[-−–]?\d[\d\s.,:]*"
# A bare figure: the number only, its unit borrowed from the amount before the bracket.
BARE_FIGURE = regex.compile(r"[-−–]?\d[\d\s.,:]*")
BRACKET_OPEN = regex.compile(rf"\({SPACE}*\Z")
BRACKET_CLOSE = regex.compile(rf"{SPACE}*\)")
# "höjs från 37 till", "höjts till 1.270 från", "ökade till 2 100 kronor i stället för".
OLD_LEVEL = regex.compile(
    rf"{CHANGE}{IN_CLAUSE}*?{words(OLD_LEVEL_CUES)}{SPACE}+(?:{words(LEVEL_WORDS)}{SPACE}+){{0,3}}"
    rf"(?:{NUMBER}{SPACE}*{words(LEVEL_JOINERS)}{SPACE}+)*{QUALIFIER}\Z", regex.IGNORECASE)
NEW_LEVEL = regex.compile(rf"{CHANGE}{IN_CLAUSE}*?{words(NEW_LEVEL_CUES)}{SPACE}+{QUALIFIER}\Z", regex.IGNORECASE)
TODAY_BEFORE = regex.compile(rf"{words(TODAY_CUES)}(?:{SPACE}+(?:till|på|om))?{SPACE}+{QUALIFIER}\Z",
                          regex.IGNORECASE)
TODAYS_LEVEL_BEFORE = regex.compile(
    rf"{words(TODAYS_LEVEL)}(?:{SPACE}+[^\W\d]+)?(?:{SPACE}+(?:på|om))?{SPACE}+{QUALIFIER}\Z", regex.IGNORECASE)
THIS_YEAR_WORDS = regex.compile(words(THIS_YEAR), regex.IGNORECASE)
A_CHANGE_BY = regex.compile(rf"{CHANGE}{IN_CLAUSE}*?(?<!\w)med{SPACE}+{QUALIFIER}\Z", regex.IGNORECASE)
PERIOD_ORDER = regex.compile(f"{words(tuple(QUARTERS))}|{words(MONTH_NAMES)}", regex.IGNORECASE)
PERIOD_PHRASE = regex.compile(
    rf"(?P<name>{words(tuple(QUARTERS))}|{words(MONTH_NAMES)})(?:{SPACE}+(?P<year>{YEAR}))?"
    rf"|(?<![\d.,])(?P<year>{YEAR})(?![\d.,])", regex.IGNORECASE)
COMPARISON_ANYWHERE = regex.compile(words(COMPARING_PHRASES), regex.IGNORECASE)
COMPARING = regex.compile(rf"{words(COMPARING_PHRASES)}|(?<!\w)(?:{alternation(RECORD_STEMS)})", regex.IGNORECASE)
RANGE_DASH = regex.compile(rf"{SPACE}*[-–—]{SPACE}*[^\W\d]")
RANGE_DASH_BEFORE = regex.compile(rf"[^\W\d]{SPACE}*[-–—]{SPACE}*\Z")
# "(tidigare 500 kr)", "(i fjol: 40 Mkr)", "(2023: 40 Mkr)", ", tidigare 500 kronor".
EARLIER_BRACKET = regex.compile(
    rf"(?:\({SPACE}*(?:{words(EARLIER_IN_BRACKETS + A_YEAR_BEFORE)}|{YEAR}(?={SPACE}*:))"
    rf"|[,–—]{SPACE}*{words(EARLIER_IN_BRACKETS)}){SPACE}*:?{SPACE}*{QUALIFIER}\Z", regex.IGNORECASE)
OPEN_BRACKET = regex.compile(rf"\({SPACE}*{QUALIFIER}\Z", regex.IGNORECASE)
EARLIER_AFTER = regex.compile(rf"{SPACE}*,?{SPACE}*(?:(?:under|för|i){SPACE}+)?{EARLIER}", regex.IGNORECASE)
SAME_PERIOD_AFTER = regex.compile(rf"{SPACE}*,?{SPACE}*(?:(?:under|för|i){SPACE}+)?{SAME_PERIOD}",
                                  regex.IGNORECASE)
COMPARED = regex.compile(
    rf"{words(COMPARING_PHRASES + COMPARING_PREPOSITIONS)}(?P<gap>{GAP_WORDS}){SPACE}+(?:(?:på|om){SPACE}+)?{QUALIFIER}\Z",
    regex.IGNORECASE)
EARLIER_ANYWHERE = regex.compile(EARLIER, regex.IGNORECASE)
# After a comparison cue, the same period alone is the earlier one: "mot 40 Mkr under
# motsvarande period".
COMPARED_PERIOD = regex.compile(rf"{EARLIER}|{words(SAME_PERIODS)}", regex.IGNORECASE)
EARLIER_HEADER = regex.compile(rf"{EARLIER_WORDS}|{words(EARLIER_LEVEL_HEADERS)}", regex.IGNORECASE)
SAME_PERIOD_OPENING = regex.compile(rf"[\W]*(?:under{SPACE}+)?{SAME_PERIOD}", regex.IGNORECASE)
EQUIVALENT = regex.compile(rf"{SPACE}*,?{SPACE}*{words(EQUIVALENT_CUES)}{SPACE}+{QUALIFIER}", regex.IGNORECASE)
EXPECTATION = regex.compile(words(EXPECTATION_WORDS), regex.IGNORECASE)
TODAY = regex.compile(words(TODAYS_LEVEL), regex.IGNORECASE)
DIFFERENCE = regex.compile(words(DIFFERENCE_WORDS), regex.IGNORECASE)
CHANGE_ANYWHERE = regex.compile(CHANGE, regex.IGNORECASE)
YEAR_WORD = regex.compile(rf"(?<!\d)({YEAR})(?!\d)")
CLAUSE_END = regex.compile(r"[.;!?](?!\d)")
REACH = 120         # characters read before an amount for the change it is the old level of
AFTER_REACH = 60    # characters read after a compared figure for its period


def before(ctx: AmountContext, reach: int = REACH) -> tuple[int, int]:
    return max(ctx.unit.start, ctx.amount.start - reach), ctx.amount.start


def clause_after(ctx: AmountContext) -> str:
    """The text after the amount up to the next amount or the end of its clause."""
    end = min(ctx.unit.end, ctx.amount.end + AFTER_REACH)
    if ctx.index + 1 < len(ctx.amounts):
        end = min(end, max(ctx.amount.end, ctx.amounts[ctx.index + 1].start))
    text = ctx.text[ctx.amount.end:end]
    stop = CLAUSE_END.search(text)
    return text[:stop.start()] if stop else text


def figure_before(ctx: AmountContext) -> Amount | None:
    """The amount this one stands right after (or inside, as "407,8" in "476,2 (407,8) miljarder")."""
    if ctx.index == 0:
        return None
    earlier = ctx.amounts[ctx.index - 1]
    return earlier if earlier.start >= ctx.unit.start else None


def bare_figure_in_brackets(ctx: AmountContext) -> bool:
    """"476,2 (407,8) miljarder", "4 008 miljoner kronor (4 086)": a prior-period figure in the
    convention of Swedish interim reports. A bracket with its own unit is a conversion or a
    restatement, not this."""
    amount, earlier = ctx.amount, figure_before(ctx)
    if earlier is None or earlier.currency != amount.currency or not BARE_FIGURE.fullmatch(amount.text):
        return False
    opening = BRACKET_OPEN.search(ctx.text, earlier.start, amount.start)
    if opening is None:
        return False
    nested = earlier.start < amount.start < earlier.end
    return (nested or not ctx.text[earlier.end:opening.start()].strip()) and \
        BRACKET_CLOSE.match(ctx.text, amount.end) is not None


def old_level_of_change(ctx: AmountContext) -> bool:
    """"höjs från 37 till 51,9 miljarder", "upp från 2,1 miljoner euro", "ökade till 2 100
    kronor i stället för 1 325 kronor"."""
    return OLD_LEVEL.search(ctx.text, *before(ctx)) is not None


def earlier_level_in_brackets(ctx: AmountContext) -> bool:
    """"höjs till 550 kronor (tidigare 500 kr)", "(2,9 miljoner samma period 2017)"."""
    lo, hi = before(ctx, 40)
    if EARLIER_BRACKET.search(ctx.text, lo, hi):
        return True
    return OPEN_BRACKET.search(ctx.text, lo, hi) is not None and \
        EARLIER_AFTER.match(ctx.text, ctx.amount.end, ctx.unit.end) is not None


def compared_with_earlier(ctx: AmountContext) -> bool:
    """"att jämföra med 1,12 miljarder dollar samma period året innan", "jämfört med
    stängningskursen på 357,60 norska kronor på Oslobörsen igår", "mot 248,6 miljoner euro vid
    utgången av det tredje kvartalet 2018", "högre än tidigare rekord om 63 miljarder dollar";
    "jämfört med dagens gräns på 1 450 kronor" when the sentence is about a change. Not a
    comparison with consensus or a forecast."""
    cue = COMPARED.search(ctx.text, *before(ctx, 80))
    if cue is None or EXPECTATION.search(cue["gap"]):
        return False
    gap, after = cue["gap"], clause_after(ctx)
    if COMPARED_PERIOD.search(gap) or COMPARED_PERIOD.search(after) or dated_before(ctx, after) \
            or named_earlier(ctx.text[ctx.unit.start:cue.start()], after):
        return True
    return TODAY.search(gap) is not None and \
        CHANGE_ANYWHERE.search(ctx.text, ctx.unit.start, ctx.unit.end) is not None


def dated_before(ctx: AmountContext, text: str) -> bool:
    """A year in `text`, the compared figure's, before the release's own year (when known)."""
    years = [int(y) for y in YEAR_WORD.findall(text)]
    published = ctx.doc.published.year if ctx.doc.published else None
    return bool(years) and (published is None or min(years) < published)


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


def todays_level_changed(ctx: AmountContext) -> bool:
    """"den nuvarande gränsen på 80 000 kronor höjs till 120 000 kronor": today's level in a
    sentence that changes it; "Denna del av statsbidraget omfattar i dag 40 miljoner kronor"
    in a paragraph (or a release, by its title) about changing it."""
    lo, hi = before(ctx, 40)
    if TODAYS_LEVEL_BEFORE.search(ctx.text, lo, hi):
        return CHANGE_ANYWHERE.search(ctx.text, ctx.unit.start, ctx.unit.end) is not None
    if TODAY_BEFORE.search(ctx.text, lo, hi) is None:
        return False
    block = ctx.unit.block
    title = next((b for b in ctx.doc.blocks if b.kind == "title"), None)
    return CHANGE_ANYWHERE.search(ctx.text, block.start, block.end) is not None or \
        (title is not None and CHANGE_ANYWHERE.search(ctx.text, title.start, title.end) is not None)


def same_period_beside(ctx: AmountContext) -> bool:
    """"170 miljoner samma period i fjol", "2,9 miljoner samma period 2017"."""
    return SAME_PERIOD_AFTER.match(ctx.text, ctx.amount.end, ctx.unit.end) is not None


def clause_about_last_year(ctx: AmountContext) -> bool:
    """"Under motsvarande period i fjol var resultatet 170 miljoner.": a sentence that opens
    with the same period last year; not a difference ("1,8 miljoner mer än")."""
    return SAME_PERIOD_OPENING.match(ctx.text, ctx.unit.start, ctx.amount.start) is not None and \
        DIFFERENCE.search(clause_after(ctx)) is None


Finder = Callable[[AmountContext], bool]

# The structures that make a figure a comparison figure, each with the kind of release it serves.
PREVIOUS_FINDERS: tuple[Finder, ...] = (
    # Interim reports and government portfolio reports: "83,9 miljoner kronor (64,1)"
    # (fonderdirekt:2020-07-22-micro-systemation-aktiehuset-och-humle-kan-glädjas-åt-rapport,
    # g0vse:pressmeddelanden/2023/03/okad-omsattning-for-den-statliga-bolagsportfoljen-men-minskat-resultat).
    bare_figure_in_brackets,
    # Government releases on raised benefits and fund news on growth: "höjs från 18,50 till 25
    # kronor per mil" (g0vse:pressmeddelanden/2022/10/forslag-om-att-behalla-och-forstarka-reseavdraget-pa-remiss,
    # fonderdirekt:2018-12-03-avanza-jesper-bonnivier-ny-vd-för-avanza-fonder).
    old_level_of_change,
    # Government releases on a raised benefit: "(tidigare 500 kr)"
    # (g0vse:pressmeddelanden/2025/12/fritidskortet-hojs-och-breddas-till-2026, and
    # g0vse:pressmeddelanden/2023/06/nu-forlangs-det-tillfalliga-tillagget-for-barnfamiljer-med-bostadsbidrag
    # for "i stället för", read by `old_level_of_change`).
    earlier_level_in_brackets,
    # Fund and company news comparing with an earlier period: "att jämföra med 174 miljoner euro
    # under samma period föregående år" (fonderdirekt:2020-08-14-hedgefonder-gör-miljardvinster-på-resebolagens-kollaps,
    # fonderdirekt:2019-11-18-2019-11-18-12-39-03-cet-baltic-horizon-fund-0-8-i-okt-nettovinst-1-1-mln-eur).
    compared_with_earlier,
    # Government releases on a raised grant or limit: "omfattar i dag 40 miljoner kronor",
    # "den nuvarande gränsen på 80 000 kronor höjs till 120 000 kronor"
    # (g0vse:pressmeddelanden/2023/04/275-miljoner-kronor-for-okat-stod-till-barn-och-elever-med-neuropsykiatriska-funktionsnedsattningar,
    # g0vse:pressmeddelanden/2023/09/farre-smaforetag-ska-behova-redovisa-moms).
    todays_level_changed,
    # Fund news and interim reports: a figure followed by the same period a year before
    # (fonderdirekt:2020-08-14-hedgefonder-gör-miljardvinster-på-resebolagens-kollaps,
    # fonderdirekt:2019-02-15-baltic-horizon-värde-bruttotillgångar-upp-4-9-i-4-kv).
    same_period_beside,
    # Newswire previews and fund news: "Under samma period föregående år noterades ett
    # nettoinflöde på 2,390 miljarder kronor" (fonderdirekt:2020-09-14-fonder-globala-etf-tillgångar-passerar-rekordnivån-60-biljoner,
    # fonderdirekt:2020-09-16-baltic-horizon-fund-5-9-i-aug-hyresreduceringar-lägre-än-2kv).
    clause_about_last_year,
)


def previous_of(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                years: Sequence[Years]) -> list[bool]:
    """Per amount: whether it is only a comparison figure."""
    earlier_columns = earlier_period_cells(doc, amounts, years)
    result: list[bool] = []
    for i, (amount, unit) in enumerate(zip(amounts, units)):
        if amount.in_table:
            result.append(i in earlier_columns)
            continue
        ctx = AmountContext(doc, amounts, i, unit)
        result.append(any(finder(ctx) for finder in PREVIOUS_FINDERS) or
                      # Fund news comparing two months or quarters in one sentence
                      # (fonderdirekt:2020-08-19-fonder-stora-utflöden-från-amerikanska-aktiefonder-i-år,
                      # fonderdirekt:2020-10-13-blackrock-högre-avgifter-gav-27-högre-vinst-under-q3).
                      earlier_in_sentence(doc, amounts, units, i) or
                      # Fund news: "upp från 2,1 miljoner euro motsvarande 0,026 euro per andel"
                      # (fonderdirekt:2019-02-15-baltic-horizon-värde-bruttotillgångar-upp-4-9-i-4-kv,
                      # fonderdirekt:2020-02-17-baltic-horizon-fund-värde-bruttotillgångar-upp-7-6-i-4-kv).
                      (i > 0 and result[i - 1] and equivalent_of(ctx)) or
                      # Government releases on a widened frame or a raised grant
                      # (g0vse:pressmeddelanden/2025/02/regeringen-utokar-mojligheter-for-svenska-foretag-att-bidra-till-ukrainas-uppbyggnad,
                      # g0vse:pressmeddelanden/2025/04/fortsatt-stod-till-projekt-om-battre-diagnostik-och-mer-individanpassad-behandling).
                      level_before_change(doc, amounts, units, years, i))
    return result


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


def equivalent_of(ctx: AmountContext) -> bool:
    """"upp från 2,1 miljoner euro motsvarande 0,026 euro per andel": the comparison figure
    before, in other terms."""
    earlier = figure_before(ctx)
    return earlier is not None and earlier.end <= ctx.amount.start and \
        EQUIVALENT.fullmatch(ctx.text, earlier.end, ctx.amount.start) is not None


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
