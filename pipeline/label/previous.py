"""Comparison figures (guide §3 `is_previous`): a figure given only as an earlier level or an
earlier period's figure, beside the figure that counts.

Decided from the structure around the amount, never from one word: the bare figure in brackets
after an amount ("476,2 (407,8) miljarder"), the old level of a change (`level_changes`: "höjs
från 37 till 51,9 miljarder", "en siffra som ökat till", today's level in a release about
changing it), a bracket naming the earlier level ("(tidigare 500 kr)"), a comparison with an
earlier period or moment ("att jämföra med 1,12 miljarder dollar samma period året innan",
"mot måndagens stängningskurs"), a clause about the same period last year; and, by the order
of periods (`earlier_periods`, `release_period`), the earlier of two compared months,
quarters or years, a figure of a period before the release's own that the release compares
with its own, money given before that the release raises to a new level, a level of an
earlier year changed in the next sentence, a table column or row of an earlier period
(`earlier_cells`). Forecasts and consensus figures compared with are no earlier figures, nor
is money granted earlier that still stands; a range's lower end is one amount. The patterns
are built once from the word lists (`comparison_patterns`).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.label.comparison_patterns import (
    AFTER_REACH,
    BARE_FIGURE,
    BRACKET_CLOSE,
    BRACKET_OPEN,
    CLAUSE_END,
    COMPARED,
    DIFFERENCE,
    EARLIER_AFTER,
    EARLIER_BRACKET,
    EARLIER_EXPECTATION,
    EARLIER_RECORD_BEFORE,
    EQUIVALENT,
    EXPECTATION,
    OPEN_BRACKET,
    PAST_WHEN_AFTER,
    SAME_PERIOD_AFTER,
    SAME_PERIOD_OPENING,
    TODAY,
    TODAY_AFTER,
    WORDS_BEFORE_BRACKET,
)
from pipeline.label.context import AmountContext, TextUnit, Years, may_hold
from pipeline.label.earlier_cells import earlier_columns, earlier_rows
from pipeline.label.earlier_periods import (
    compares_periods,
    dated_before,
    earlier_grant_raised,
    earlier_in_sentence,
    earlier_period_figures,
    earlier_time,
    level_before_change,
    named_earlier,
    release_reference,
)
from pipeline.label.level_changes import (
    about_a_change,
    before,
    level_changed_since,
    level_of_its_year_changed,
    old_level_of_change,
    old_level_of_pair,
    restated_as_old_level,
    rule_in_force_changed,
    todays_level_changed,
    worth_at_an_earlier_moment,
)
from pipeline.lang.sv.comparisons import COMPARED_HINTS, EARLIER_RECORD_HINTS, SAME_PERIOD_HINTS
from pipeline.parse import Amount


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


def same_unit_other_figure(earlier: Amount, amount: Amount) -> bool:
    """"12,1 MSEK (8,4 MSEK)", "512 miljoner kronor (440 miljoner kronor)": the interim-report
    bracket that writes the unit again. Another unit ("1,2 miljarder kronor (1 200 miljoner
    kronor)") or the same value restates the figure; another currency converts it."""
    unit = BARE_FIGURE.sub("", amount.text, count=1).strip().casefold()
    earlier_unit = BARE_FIGURE.sub("", earlier.text, count=1).strip().casefold()
    # The bracket may write the scale alone ("1,2 miljarder kronor (1,1 miljarder)") and sign
    # its figure ("-4,5 Mkr (-7,9 Mkr)").
    return bool(unit) and BARE_FIGURE.match(amount.text) is not None and amount.value != earlier.value and \
        (unit == earlier_unit or earlier_unit.startswith(unit + " "))


def bare_figure_in_brackets(ctx: AmountContext) -> bool:
    """"476,2 (407,8) miljarder", "4 008 miljoner kronor (4 086)": a prior-period figure in the
    convention of Swedish interim reports, also with its unit written again or the unit or the
    period named before it ("505 miljoner kronor för det tredje kvartalet (535)", "3,50 kronor
    per aktie (3,00)")."""
    amount, earlier = ctx.amount, figure_before(ctx)
    if earlier is None or earlier.currency != amount.currency or \
            not (BARE_FIGURE.fullmatch(amount.text) or same_unit_other_figure(earlier, amount)):
        return False
    opening = BRACKET_OPEN.search(ctx.text, earlier.start, amount.start)
    if opening is None:
        return False
    nested = earlier.start < amount.start < earlier.end
    between = ctx.text[earlier.end:opening.start()]
    return (nested or not between.strip() or WORDS_BEFORE_BRACKET.fullmatch(between) is not None) and \
        BRACKET_CLOSE.match(ctx.text, amount.end) is not None


def earlier_level_in_brackets(ctx: AmountContext) -> bool:
    """"höjs till 550 kronor (tidigare 500 kr)", "(2,9 miljoner samma period 2017)", "(fg år:
    2,1 Mkr)", "(11,90 kronor vid årets början)"."""
    lo, hi = before(ctx, 40)
    if EARLIER_BRACKET.search(ctx.text, lo, hi):
        return True
    return OPEN_BRACKET.search(ctx.text, lo, hi) is not None and \
        EARLIER_AFTER.match(ctx.text, ctx.amount.end, ctx.unit.end) is not None


def compared_with_earlier(ctx: AmountContext) -> bool:
    """"att jämföra med 1,12 miljarder dollar samma period året innan", "jämfört med
    stängningskursen på 357,60 norska kronor på Oslobörsen igår", "mot 248,6 miljoner euro vid
    utgången av det tredje kvartalet 2018", "högre än tidigare rekord om 63 miljarder dollar",
    "att jämföra med kursen 68 euro där aktien inhandlades";
    "jämfört med dagens gräns på 1 450 kronor", "jämfört med 500 kronor i dag" when the sentence
    is about a change; "mot tidigare prognos på 1,9 miljarder", the forecast a change replaced.
    Not a comparison with consensus or a forecast."""
    lo, hi = before(ctx, 80)
    cue = COMPARED.search(ctx.text, lo, hi) if may_hold(ctx.text, lo, hi, COMPARED_HINTS) else None
    if cue is None or (EXPECTATION.search(cue["gap"]) and not EARLIER_EXPECTATION.search(cue["gap"])):
        return False
    gap, after = cue["gap"], clause_after(ctx)
    compared_to = ctx.text[ctx.unit.start:cue.start()]
    if earlier_time(ctx.doc, gap) or earlier_time(ctx.doc, after) \
            or PAST_WHEN_AFTER.match(after) is not None \
            or dated_before(ctx, gap + after, compared_to) \
            or named_earlier(compared_to, after):
        return True
    return (TODAY.search(gap) is not None or TODAY_AFTER.match(after) is not None) and about_a_change(ctx)


def earlier_record(ctx: AmountContext) -> bool:
    """"den tidigare toppnoteringen för nettoutflöden uppgick till 8,3 miljarder euro": the
    record of before, which the release's figure is compared with."""
    lo, hi = before(ctx, 90)
    return may_hold(ctx.text, lo, hi, EARLIER_RECORD_HINTS) and \
        EARLIER_RECORD_BEFORE.search(ctx.text, lo, hi) is not None


def same_period_beside(ctx: AmountContext) -> bool:
    """"170 miljoner samma period i fjol", "2,9 miljoner samma period 2017"."""
    return may_hold(ctx.text, ctx.amount.end, ctx.unit.end, SAME_PERIOD_HINTS) and \
        SAME_PERIOD_AFTER.match(ctx.text, ctx.amount.end, ctx.unit.end) is not None


def clause_about_last_year(ctx: AmountContext) -> bool:
    """"Under motsvarande period i fjol var resultatet 170 miljoner.": a sentence that opens
    with the same period last year; not a difference ("1,8 miljoner mer än")."""
    return may_hold(ctx.text, ctx.unit.start, ctx.amount.start, SAME_PERIOD_HINTS) and \
        SAME_PERIOD_OPENING.match(ctx.text, ctx.unit.start, ctx.amount.start) is not None and \
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
    # Government releases raising a benefit named at length before its two levels: "höja det
    # särskilda tandvårdsbidraget, STB, för personer med … från 600 kronor till 1 000 kronor"
    # (g0vse:pressmeddelanden/2025/08/nasta-steg-i-inforandet-av-tandvardsreform,
    # g0vse:pressmeddelanden/2024/12/regeringen-fordubblar-bidraget-for-rehabiliteringsstod-till-arbetsgivare).
    old_level_of_pair,
    # Statistics and budget releases naming a level, then its change: "600 miljoner kronor, en
    # siffra som ökat till över 700 miljoner" (g0vse:pressmeddelanden/2024/03/civilministern-bjuder-in-organisationer-till-samtal-om-telefonbedragerier,
    # fonderdirekt:2020-07-24-statsobligationer-tillväxtmarknader-ogynnsamt-förhållande-risk-avkastning-morningstar,
    # g0vse:pressmeddelanden/2022/12/regeringen-satsar-pa-idrottsrorelsen-och-scouterna).
    level_changed_since,
    # Government releases on a raised benefit: "(tidigare 500 kr)"
    # (g0vse:pressmeddelanden/2025/12/fritidskortet-hojs-och-breddas-till-2026, and
    # g0vse:pressmeddelanden/2023/06/nu-forlangs-det-tillfalliga-tillagget-for-barnfamiljer-med-bostadsbidrag
    # for "i stället för", read by `old_level_of_change`).
    earlier_level_in_brackets,
    # Fund and company news comparing with an earlier period: "att jämföra med 174 miljoner euro
    # under samma period föregående år" (fonderdirekt:2020-08-14-hedgefonder-gör-miljardvinster-på-resebolagens-kollaps,
    # fonderdirekt:2019-11-18-2019-11-18-12-39-03-cet-baltic-horizon-fund-0-8-i-okt-nettovinst-1-1-mln-eur).
    compared_with_earlier,
    # Fund-flow news naming the record a month beats: "den tidigare toppnoteringen för
    # nettoutflöden uppgick till 8,3 miljarder euro" (fonderdirekt:2020-04-14-fonder-rekordutflöden-från-europeiska-etf-er-i-mars,
    # fonderdirekt:2020-08-19-fonder-stora-utflöden-från-amerikanska-aktiefonder-i-år).
    earlier_record,
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
    # Fund and company news on a holding sold: what it was worth at a year-end before
    # (FWM004CDC7 in the newswire's releases, fonderdirekt:2020-03-18-fonder-första-ap-fonden-sålde-oljeaktier-innan).
    worth_at_an_earlier_moment,
)


@dataclass(frozen=True)
class ComparisonFigures:
    """Per amount, whether it is only a comparison figure; `by_period` the ones only the order
    of periods across the release makes one, which may still state again money the release's
    story names ("minskades av utdelningar om 2,04 miljoner euro … För det tredje kvartalet
    delades 2,04 miljoner euro")."""

    previous: tuple[bool, ...]
    by_period: frozenset[int]

    def in_structure(self, i: int) -> bool:
        """Whether a comparison's structure around the amount makes it a comparison figure."""
        return self.previous[i] and i not in self.by_period


def previous_of(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                years: Sequence[Years]) -> ComparisonFigures:
    """Per amount: whether it is only a comparison figure."""
    columns = earlier_columns(doc, amounts, years)
    # One context per amount for every finder below: what a context works out on first use
    # (where the amount before ends) is worked out once.
    contexts = [AmountContext(doc, amounts, i, unit) for i, unit in enumerate(units)]
    result: list[bool] = []
    for i, ctx in enumerate(contexts):
        if ctx.amount.in_table:
            result.append(i in columns)
            continue
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
                      level_before_change(doc, amounts, units, years, i) or
                      # Government releases raising money given before to a new level
                      # (g0vse:pressmeddelanden/2024/05/regeringen-dubblar-resurserna-till-myggbekampning,
                      # g0vse:pressmeddelanden/2023/03/en-halv-miljard-i-svenskt-stod-till-jordbavningsdrabbade-i-turkiet-och-syrien).
                      earlier_grant_raised(doc, amounts, units, years, i) or
                      # Government releases changing a threshold the rules in force set
                      # (g0vse:pressmeddelanden/2023/12/regeringen-remitterar-forslag-om-sankt-alder-for-taxiforarlegitimation,
                      # g0vse:pressmeddelanden/2024/09/beloppsgransen-for-avdrag-for-arbetsresor-hojs).
                      rule_in_force_changed(doc, amounts, units, i) or
                      # Government releases raising a frame or a grant from this year's level
                      # (g0vse:pressmeddelanden/2025/04/utokat-stod-till-kvinnors-och-flickors-organisationer-i-sverige,
                      # g0vse:pressmeddelanden/2025/09/regeringen-starker-det-statliga-exportfinansieringssystemet).
                      level_of_its_year_changed(doc, amounts, units, years, i))
    # Fund-flow news and interim reports giving an earlier month's or quarter's figure beside
    # the release's own (fonderdirekt:2019-08-29-morningstar-europeiskt-rekordinflöde-till-obligationer-i-juli,
    # fonderdirekt:2020-07-10-okat-inflode-till-borshandlade-fonder-2kv-morningstar,
    # fonderdirekt:2020-09-28-hedgefonder-återigen-positiva-nettoflöden,
    # fonderdirekt:2020-04-22-fonder-rekordutflöden-från-europeiska-fonder-i-mars).
    # Government releases on a change stated in the title or made the year before
    # (g0vse:pressmeddelanden/2024/09/fran-69-till-100-miljarder-pa-fem-ar--…,
    # g0vse:pressmeddelanden/2025/11/regeringen-utokar-stod-for-att-framja-tillgangen-…).
    old = {c.index for c in contexts if not c.amount.in_table and (old_level_of_change(c) or old_level_of_pair(c))}
    for k in restated_as_old_level(contexts, old):
        result[k] = True
    reference = release_reference(doc, amounts, units, result) \
        if compares_periods(doc.text, amounts, units, result) else None
    by_period = earlier_period_figures(doc, amounts, units, years, result, reference)
    # Newswire previews listing past reports a row per quarter, the transpose of the
    # interim-report column of an earlier year.
    by_period |= earlier_rows(doc, amounts, reference)
    return ComparisonFigures(tuple(flag or i in by_period for i, flag in enumerate(result)),
                             frozenset(by_period))


def equivalent_of(ctx: AmountContext) -> bool:
    """"upp från 2,1 miljoner euro motsvarande 0,026 euro per andel": the comparison figure
    before, in other terms."""
    earlier = figure_before(ctx)
    return earlier is not None and earlier.end <= ctx.amount.start and \
        EQUIVALENT.fullmatch(ctx.text, earlier.end, ctx.amount.start) is not None
