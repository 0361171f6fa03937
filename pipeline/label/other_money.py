"""When an earlier statement of a value that fits is other money (guide §3 `restates`): money
for other years, at another rate, on the other side of a comparison, a flow the other way
(money into funds, money out), money set aside before beside the release's new money, a sibling
(in the same sentence, another list item, another heading, another row of a table), money on
top of it ("ytterligare"), the same value for another thing ("även"), a rounding nothing says
is one, a round figure in another section said of nothing alike, and the same value given to
another named recipient or reported as another kind of figure (`recipients`). Each rule reads a
`Pair`: an amount and one earlier statement of the money it may restate."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from pipeline.label.comparison_patterns import CHANGE_ANYWHERE, TO_BETWEEN
from pipeline.label.context import TextUnit, Years
from pipeline.label.conversions import (
    flow_direction,
    granted_before,
    is_likewise,
    is_new_money,
    points_back,
)
from pipeline.label.likeness import content_words, shared_words
from pipeline.label.recipients import kind_of, other_recipients, recipients_of
from pipeline.label.statements import (
    SUMMARY_BLOCKS,
    Money,
    StatedRelease,
    Statement,
    section_of,
    summarises,
)
from pipeline.label.value_index import precision
from pipeline.lang.sv.restates import TIME_PERIODS

DISTINCTIVE_DIGITS = 3
ALIKE_SENTENCE_WORDS = 5      # content words two sentences share to say the same
ABOVE, BELOW = frozenset({"over", "at_least"}), frozenset({"under", "at_most"})   # qualifiers


@dataclass(frozen=True)
class Pair:
    """An amount `s` (index `i`) and an earlier statement `e` (index `j`) of money `m`."""

    release: StatedRelease
    s: Statement
    e: Statement
    m: Money
    i: int
    j: int

    @property
    def text(self) -> str:
        return self.release.doc.text

    @property
    def same_value(self) -> bool:
        return self.s.amount.value == self.e.amount.value


def other_side_of_comparison(p: Pair) -> bool:
    return p.s.previous != p.e.previous


def other_range(p: Pair) -> bool:
    return p.s.amount.value_max != p.e.amount.value_max


def opposite_bounds(p: Pair) -> bool:
    """"totalbudget över 1 000 000 kr" and "totalbudget under 1 000 000 kr": one figure bounding
    from each side, two classes, not one sum."""
    sides = {p.s.qualifier, p.e.qualifier}
    return bool(sides & ABOVE) and bool(sides & BELOW)


def new_level_of_another_thing(p: Pair) -> bool:
    """"stödet till Pragcentret fördubblades från tio till 20 miljoner kronor": the new level of
    a change states again only money said of a change ("Regeringen höjer skrotningspremien
    till 25.000 kr", the title's "Från 69 till 100 miljarder"), not a sum the title gives
    another recipient ("20 miljoner kronor i stöd till Radio Free Europe")."""
    return new_level(p.release, p.i) and not (
        new_level(p.release, p.j) or
        CHANGE_ANYWHERE.search(p.text, p.e.unit.start, p.e.unit.end) is not None)


def new_level(release: StatedRelease, i: int) -> bool:
    """The amount right after the old level of a change, joined to it by "till"."""
    if i == 0:
        return False
    s, old = release.statements[i], release.statements[i - 1]
    return old.previous and old.unit.start == s.unit.start and \
        TO_BETWEEN.fullmatch(release.doc.text, old.amount.end, s.amount.start) is not None


def opposite_flows(p: Pair) -> bool:
    """Money into funds and money out of them: "inflöden om 1,1 miljarder dollar" and "ett
    utflöde om 1,1 miljarder dollar" are two flows of equal size."""
    a = flow_direction(p.text, p.s.amount, p.s.unit)
    b = flow_direction(p.text, p.e.amount, p.e.unit) if a is not None else None
    return b is not None and a != b


def granted_before_the_news(p: Pair) -> bool:
    """Money given before the release ("avsätter sedan tidigare 500 miljoner kronor per år")
    beside money the release gives now ("avsätter ytterligare 500 miljoner kronor per år"), in
    either order: two sums, the new one doubling the old. Written definite, the later points
    back ("Av de sedan tidigare avsatta 400 miljonerna")."""
    return granted_before(p.text, p.s.amount, p.s.unit) != \
        granted_before(p.text, p.e.amount, p.e.unit) and not definite(p)


def yearly_over_more_years(p: Pair) -> bool:
    """A sum for one year, then the same value a year over years past it ("För 2025 avsätts 20
    miljoner kronor … fortsätta satsningen med 20 miljoner kronor per år fram till och med
    2028"): the yearly rate is more money than the one year's sum."""
    (first, last), (start, end) = p.e.years, p.s.years
    return p.e.per is None and p.s.per == "year" and first is not None and first == last and \
        end is not None and end > last and (start is None or start <= first)


def other_rate(p: Pair) -> bool:
    """Another rate; a title or heading may leave a rate out ("Stödet på 40 000 kronor"), and a
    figure written definite may add the one the first left out ("med ett tak på 30 miljoner
    euro … Taket på 30 miljoner euro gäller per projekt")."""
    if p.e.per is None and (p.e.unit.block.kind in SUMMARY_BLOCKS or definite(p)):
        return False
    return not same_rate(p.s.per, p.e.per)


def other_years(p: Pair) -> bool:
    return bool(p.m.years) and not any(overlap(p.s.years, y) for y in p.m.years)


def sibling(p: Pair) -> bool:
    """A sibling states its own money, unless written definite as money told of before: "i
    taket på 300 miljarder kronor" in another item of the list that set the cap."""
    return siblings(p.release, p.s, p.m) and not (p.s.unit.block.kind == "list_item" and definite(p))


def likewise(p: Pair) -> bool:
    return is_likewise(p.text, p.s.amount, p.s.unit)


def on_top(p: Pair) -> bool:
    """Money on top ("ytterligare 5 Mkr"), unless it restates a title or heading, which names
    the news: the money on top ("Regeringen ger ytterligare 110 miljoner kronor", and "Sverige
    ger 50 miljoner kronor i humanitärt vinterstöd" before "betalar nu ut ytterligare 50
    miljoner kronor"), or is written definite ("De ytterligare 700 miljonerna")."""
    return is_new_money(p.text, p.s.amount, p.s.unit) and not definite(p) and \
        p.e.unit.block.kind not in SUMMARY_BLOCKS


def unsaid_rounding(p: Pair) -> bool:
    """A rounder figure nothing says is one; a definite one points back ("Av de 507 miljoner
    kronor" after "507,5 miljoner kronor")."""
    return not p.same_value and not definite(p) and not rounded_restatement(p.release, p.s, p.e)


def definite(p: Pair) -> bool:
    return points_back(p.text, p.s.amount, p.s.unit)


def chance_repeat(p: Pair) -> bool:
    """A round figure again in another section, in the body, in a sentence unlike the first."""
    s, e, release = p.s, p.e, p.release
    return p.same_value and not (
        section_of(release.doc, e.unit) == section_of(release.doc, s.unit)
        or s.amount.table is not None or summarises(release, s) or summarises(release, e)
        or distinctive(s.amount.value) or alike_areas(s.area, e.area) or definite(p)
        or (alike_sentences(p.text, s.unit, e.unit) and not unalike_headings(p)))


def another_recipient(p: Pair) -> bool:
    """The amount's own words name whom the money goes to, and the money's statements name
    others: "För uppdraget får Boverket använda en miljon kronor" after the same for
    Folkhälsomyndigheten. A statement naming none (a title, "för ändamålet") names no other."""
    text, statements = p.text, p.release.statements
    own = recipients_of(text, statements, p.i)
    return bool(own) and other_recipients(
        own, [name for k in p.m.statements for name in recipients_of(text, statements, k)])


def another_kind_of_figure(p: Pair) -> bool:
    """A company's or fund's figure of another kind than every statement of the money that says
    its kind: a year's revenue and the money an issue brought in, a net profit and a dividend."""
    own = kind_of(p.text, p.release.statements, p.i)
    if own is None:
        return False
    kinds = {kind_of(p.text, p.release.statements, k) for k in p.m.statements} - {None}
    return bool(kinds) and own not in kinds


def unalike_headings(p: Pair) -> bool:
    """Both under headings that name two things: budget sections word their sums alike
    ("avser regeringen avsätta 100 miljoner kronor för år 2026 och beräknar …")."""
    a, b = section_of(p.release.doc, p.s.unit), section_of(p.release.doc, p.e.unit)
    return a is not None and b is not None and not alike_areas(a, b)


def alike_areas(a: str | None, b: str | None) -> bool:
    """Two phrases saying what money is for that share at least half the words of the shorter:
    "militär utrustning för markstrid" and "marin utrustning" share one word of three, and are
    two things."""
    shorter = min(len(content_words(a)), len(content_words(b)))
    return shared_words(a, b) > 0 and 2 * shared_words(a, b) >= shorter


def alike_sentences(text: str, a: TextUnit, b: TextUnit) -> bool:
    """Two sentences that say much the same: "ökade under månaden med 81 miljarder kronor" and
    "ökade under oktober med 81 miljarder kronor"."""
    return shared_words(text[a.start:a.end], text[b.start:b.end]) >= ALIKE_SENTENCE_WORDS


# When an earlier statement of a value that fits is other money, each with the kind of release
# it serves and two releases of the corpus that show it.
OTHER_MONEY: tuple[Callable[[Pair], bool], ...] = (
    # Benefit changes: the old level "höjs från 50 000 kronor" is not the "50 000 kronor" that
    # may be used in 2024 (g0vse:pressmeddelanden/2023/09/hojt-tak-for-rotavdrag-och-andra-atgarder-for-att-starka-bygg--och-bostadssektorn,
    # g0vse:pressmeddelanden/2022/10/forslag-om-att-behalla-och-forstarka-reseavdraget-pa-remiss).
    other_side_of_comparison,
    # Tax and fund news: a range is another figure than its end
    # (g0vse:pressmeddelanden/2024/12/utredning-foreslar-skattereduktion-for-gavor,
    # fonderdirekt:2019-03-04-saudiarabien-indexinkludering-väntas-ge-inflöden-15-20-mdr-usd).
    other_range,
    # Prize categories and tax thresholds: "över 1000 000 kr" beside "under 1000 000 kr"
    # (mynewsdesk-own:2010-11-12-mynewsdesk-gratulerar-vinnarna-pa-spinn-2010, and "upp till
    # 200 000 kronor" beside "över 200 000 kronor" in
    # g0vse:pressmeddelanden/2024/12/utredning-foreslar-skattereduktion-for-gavor).
    opposite_bounds,
    # Government releases on raised grants: the new level of one grant's change beside the title's
    # sum for another (g0vse:pressmeddelanden/2025/05/20-miljoner-kronor-i-stod-till-radio-free-europe;
    # the change restated in g0vse:pressmeddelanden/2025/04/regeringen-hojer-skrotningspremien-…
    # and g0vse:pressmeddelanden/2024/09/fran-69-till-100-miljarder-pa-fem-ar--… is the same money).
    new_level_of_another_thing,
    # Fund-flow news: money in and money out of equal size are two flows
    # (fonderdirekt:2020-10-02-usa-aktiefonder-noterar-första-inflöden-på-sju-veckor,
    # fonderdirekt:2019-02-12-fondbolagens-förening-globalfonder-populära-i-januari,
    # fonderdirekt:2020-07-10-fondbolagens-förening-12-miljarder-kronor-till-fonder-i-juni).
    opposite_flows,
    # Government budget releases naming money set aside before beside the new money of equal
    # size (g0vse:pressmeddelanden/2023/09/ett-nytt-sektorsbidrag-och-okade-prestationsbundna-bidrag-ska-starka-halso--och-sjukvarden-i-hela-landet,
    # g0vse:pressmeddelanden/2023/09/regeringen-dubblerar-satsning-mot-cancer-och-barncancer-till-och-med-2026),
    # or granted before, then new money of the same value (g0vse:pressmeddelanden/2022/12/regeringen-satsar-pa-idrottsrorelsen-och-scouterna,
    # g0vse:pressmeddelanden/2025/09/satsningar-pa-elektrifiering-av-transportsektorn).
    granted_before_the_news,
    # Grants per region or person beside a sum (g0vse:pressmeddelanden/2025/03/regeringen-satsar-497-miljoner-for-att-korta-vardkoerna,
    # g0vse:pressmeddelanden/2024/02/tillfalligt-hojt-tak-for-rotavdraget).
    other_rate,
    # Government releases granting a sum for this year, then budgeting the same value a year
    # for the years to come (g0vse:pressmeddelanden/2025/02/oberoende-barnombud-ska-ge-stod-till-barn-i-utsatta-situationer,
    # g0vse:pressmeddelanden/2025/01/satsning-pa-friluftsliv-for-aldre-personer).
    yearly_over_more_years,
    # Budget releases: the same sum for another year (g0vse:pressmeddelanden/2023/01/regeringen-starker-arbetet-med-demens-genom-att-avsatta-8-miljoner-kronor-i-ny-satsning,
    # g0vse:pressmeddelanden/2022/11/regeringen-satsar-pa-hojda-kunskapsresultat-och-okad-trygghet-och-studiero-i-skolan).
    other_years,
    # One sentence, list, heading level or table naming several sums
    # (g0vse:pressmeddelanden/2020/12/regeringen-antar-ny-strategi-for-utvecklingssamarbetet-med-demokratiska-republiken-kongo,
    # g0vse:pressmeddelanden/2022/12/fler-regionala-center-mot-arbetslivskriminalitet-oppnas-nasta-ar).
    sibling,
    # "även": the same value for another thing (g0vse:pressmeddelanden/2024/10/regeringen-foreslar-18-miljarder-kronor-till-swedfund-for-investeringar-i-hallbar-utveckling-och-stod-till-ukraina,
    # fonderdirekt:2020-07-23-etf-esg-segmentet-säkrade-nettoinflöden-inom-aktier-2-kv).
    likewise,
    # "Ytterligare 5 miljoner kronor" beside 5 miljoner kronor (g0vse:pressmeddelanden/2024/01/beslut-om-forsvarsrelaterat-stod-till-ukraina-moldavien-och-georgien-om-60-miljoner-kronor,
    # g0vse:pressmeddelanden/2024/04/regeringen-satsar-pa-svensk-musikexport).
    # A title's sum is the money on top the body adds (g0vse:pressmeddelanden/2025/12/sverige-ger-50-miljoner-kronor-i-humanitart-vinterstod-till-unicef-i-gaza,
    # g0vse:pressmeddelanden/2024/12/14-miljoner-kronor-i-humanitart-stod-till-internationella-rodakorskommittens-arbete-i-syrien).
    on_top,
    # Two near figures in the body, neither said to be rounded: "8 miljoner" and "7,5 miljoner"
    # (g0vse:pressmeddelanden/2022/11/regeringens-budgetsatsningar-inom-transportomradet,
    # fonderdirekt:2019-02-12-fondbolagens-förening-globalfonder-populära-i-januari).
    unsaid_rounding,
    # Budget releases listing many round sums (g0vse:pressmeddelanden/2023/01/krafttag-mot-mans-vald-mot-kvinnor-och-hedersrelaterat-vald-och-fortryck,
    # g0vse:pressmeddelanden/2022/11/regeringen-foreslar-omfattande-integrationssatsningar).
    # Their sections may share a word of what the money is for and still be about two things:
    # "militär utrustning för markstrid" and "marin utrustning" (g0vse:pressmeddelanden/2024/09/nytt-militart-stodpaket-som-starker-ukrainas-forsvarsformaga,
    # g0vse:pressmeddelanden/2025/09/regeringen-satsar-for-att-starka-barns-och-ungas-villkor-i-utanforskapsomraden).
    # Under two headings that name two things, budget sentences worded alike are two sums
    # (g0vse:pressmeddelanden/2025/09/budgetpaket-for-att-forebygga-kriminalitet-hos-barn-och-unga,
    # g0vse:pressmeddelanden/2022/11/regeringen-satsar-pa-hojda-kunskapsresultat-och-okad-trygghet-och-studiero-i-skolan).
    chance_repeat,
    # Grants to named bodies: the same value to another agency, fund or organisation
    # (g0vse:pressmeddelanden/2025/01/uppdrag-for-att-framja-manniskors-livskvalitet-halsa-och-mojligheter-till-friluftsliv,
    # g0vse:pressmeddelanden/2024/05/forsvarsmakten-ska-stotta-ukraina-genom-ekonomiska-bidrag-till-formagekoalitioner-och-nato-fond).
    another_recipient,
    # Company and fund news: revenue beside an issue's proceeds, a profit beside a dividend
    # (fonderdirekt:2019-03-28-lyft-rejäl-uppvärdering-av-fidelitys-aktier-vid-ipo,
    # fonderdirekt:2019-11-18-2019-11-18-12-39-03-cet-baltic-horizon-fund-0-8-i-okt-nettovinst-1-1-mln-eur).
    another_kind_of_figure,
)


def may_restate(release: StatedRelease, s: Statement, e: Statement, m: Money, i: int, j: int) -> bool:
    """Whether `s` may state again the money `e` stated (`m` is all of that money)."""
    pair = Pair(release, s, e, m, i, j)
    return not any(rule(pair) for rule in OTHER_MONEY)


def rounded_restatement(release: StatedRelease, s: Statement, e: Statement) -> bool:
    """A rounder figure restates a more exact one when it says it is rounded ("nästan 6
    miljarder") or sums up in the title, a heading or the lead; a table cell repeats a rounded
    figure of the text for the same year ("4,3 miljarder … 2026", "| 4 315 |")."""
    rounder = e if precision(e) > precision(s) else s
    if rounder.qualifier is not None or summarises(release, rounder):
        return True
    return s.amount.table is not None and s.years == e.years != (None, None)


def distinctive(value: Decimal) -> bool:
    """A figure with enough digits ("507,5 miljoner", "243 miljoner") not to come back by
    chance in another section about something else, as "30 miljoner" does."""
    return len(value.normalize().as_tuple().digits) >= DISTINCTIVE_DIGITS


def same_rate(a: str | None, b: str | None) -> bool:
    """The same rate, or a time rate left out ("50 Mkr årligen" in the body, "50 Mkr" in the
    title); a rate per another thing ("per region") is another sum."""
    return a == b or (a is None and b in TIME_PERIODS) or (b is None and a in TIME_PERIODS)


def overlap(a: Years, b: Years) -> bool:
    """Two spans of years that share a year; an open or unknown end reaches every year."""
    lo = max(-10**4 if a[0] is None else a[0], -10**4 if b[0] is None else b[0])
    hi = min(10**4 if a[1] is None else a[1], 10**4 if b[1] is None else b[1])
    return lo <= hi


def siblings(release: StatedRelease, s: Statement, m: Money) -> bool:
    """The money is stated in the amount's own sentence, in another heading, in another item
    of its list or in another row of its table: each of these states its own money."""
    block, amount = s.unit.block, s.amount
    if amount.table is not None:
        return m.table_rows.get(amount.table, amount.row) != amount.row
    if s.unit.start in m.units or (block.kind == "heading" and m.heading):
        return True
    return block.kind == "list_item" and release.lists[block.start] in m.lists


