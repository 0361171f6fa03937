"""The old level of a change, in the ways releases write it: before the change's new level
("höjs från 37 till 51,9 miljarder", "höja bidraget, för personer med …, från 600 kronor till
1 000 kronor"), before the change it went through ("600 miljoner kronor, en siffra som ökat
till över 700 miljoner"), or as today's level in a sentence, paragraph or release about
changing it ("omfattar i dag 40 miljoner kronor"), or as the level the rules in force set,
before a sentence that states the new one ("Med nuvarande regler … överstiger 500 kronor. Det
nya förslaget innebär … en gräns på 680 kr"); and the worth of a holding at an earlier moment
("I slutet av 2019 var innehavet värt nära 700 miljoner dollar")."""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Document
from pipeline.label.comparison_patterns import (
    CHANGE_ANYWHERE,
    CHANGED_SINCE,
    EARLIER_MOMENT,
    FROM_BEFORE,
    NEW_OR_CHANGED,
    OLD_LEVEL,
    PAST_LEVEL,
    RAISE_REACH,
    REACH,
    RULES_NOW,
    STANDING_BEFORE,
    STATED_LEVEL,
    THEN_CHANGED,
    THEN_STATED,
    THIS_YEAR_WORDS,
    TO_BETWEEN,
    TODAY_BEFORE,
    TODAYS_LEVEL_BEFORE,
    WORTH_THEN_BEFORE,
    YEAR_WORD,
)
from pipeline.label.context import AmountContext, TextUnit, Years, may_hold
from pipeline.lang.sv.comparisons import (
    OLD_LEVEL_CUES,
    RULES_NOW_HINTS,
    STANDING_VERBS,
    TODAY_HINTS,
    TODAYS_LEVEL,
)
from pipeline.parse import Amount


def before(ctx: AmountContext, reach: int = REACH) -> tuple[int, int]:
    return max(ctx.unit.start, ctx.amount.start - reach), ctx.amount.start


def old_level_of_change(ctx: AmountContext) -> bool:
    """"höjs från 37 till 51,9 miljarder", "upp från 2,1 miljoner euro", "ökade till 2 100
    kronor i stället för 1 325 kronor"."""
    lo, hi = before(ctx)
    return may_hold(ctx.text, lo, hi, OLD_LEVEL_CUES) and OLD_LEVEL.search(ctx.text, lo, hi) is not None


def worth_at_an_earlier_moment(ctx: AmountContext) -> bool:
    """"I slutet av 2019 var innehavet värt nära 700 miljoner dollar", "som då tillsammans var
    värda 4,5 miljarder kronor": what a holding was worth then, beside what became of it."""
    lo, hi = before(ctx)
    return WORTH_THEN_BEFORE.search(ctx.text, lo, hi) is not None and \
        EARLIER_MOMENT.search(ctx.text, ctx.unit.start, hi) is not None


def from_to_pair(ctx: AmountContext) -> bool:
    """"från 69 till 100 miljarder": the amount begins a pair of one currency in its sentence."""
    amounts, i = ctx.amounts, ctx.index
    return i + 1 < len(amounts) and amounts[i + 1].currency == ctx.amount.currency and \
        amounts[i + 1].start <= ctx.unit.end and \
        FROM_BEFORE.search(ctx.text, *before(ctx, 40)) is not None and \
        TO_BETWEEN.fullmatch(ctx.text, ctx.amount.end, amounts[i + 1].start) is not None


def restated_as_old_level(contexts: Sequence[AmountContext], old: set[int]) -> set[int]:
    """An end of a "från … till …" pair whose figure comes back later as the old level of a
    change: the title's "Från 69 till 100 miljarder på fem år" before the body's "växa från 69
    till 100 miljarder kronor", the new level of last year's change ("höjde … från 300 000
    kronor till 350 000 kronor") that this year's raises ("från 350 000 kronor till 370 000")."""
    ends = {k for c in contexts if from_to_pair(c) for k in (c.index, c.index + 1)}
    return {k for k in ends - old
            if any(j > k and contexts[j].amount.value == contexts[k].amount.value
                   and contexts[j].amount.currency == contexts[k].amount.currency for j in old)}


def old_level_of_pair(ctx: AmountContext) -> bool:
    """"höja det särskilda tandvårdsbidraget, STB, för personer med vissa tillstånd … från 600
    kronor till 1 000 kronor": "från X till Y" of one currency in a sentence that changes a
    level before it, however long its clause."""
    amounts, i = ctx.amounts, ctx.index
    if i + 1 >= len(amounts) or amounts[i + 1].currency != ctx.amount.currency or \
            amounts[i + 1].start > ctx.unit.end or \
            FROM_BEFORE.search(ctx.text, *before(ctx, 40)) is None or \
            TO_BETWEEN.fullmatch(ctx.text, ctx.amount.end, amounts[i + 1].start) is None:
        return False
    return CHANGE_ANYWHERE.search(ctx.text, ctx.unit.start, ctx.amount.start) is not None


def about_a_change(ctx: AmountContext) -> bool:
    """The sentence, or the release's title, changes a level."""
    title = next((b for b in ctx.doc.blocks if b.kind == "title"), None)
    return CHANGE_ANYWHERE.search(ctx.text, ctx.unit.start, ctx.unit.end) is not None or \
        (title is not None and CHANGE_ANYWHERE.search(ctx.text, title.start, title.end) is not None)


def level_changed_since(ctx: AmountContext) -> bool:
    """"Under 2022 uppskattades telefonbedrägerierna omsätta över 600 miljoner kronor, en siffra
    som ökat till över 700 miljoner under 2023", "Anslagsposten är 45 miljoner kronor i år och
    ökar 2023 till 50 miljoner kronor": a level of now or before, changed to the next figure of
    its clause. A schedule of future levels ("150 000 kronor 2025 och höjs till 300 000 kronor
    2026") is none."""
    amounts, i = ctx.amounts, ctx.index
    if i + 1 >= len(amounts) or amounts[i + 1].currency != ctx.amount.currency or \
            amounts[i + 1].start > ctx.unit.end:
        return False
    return CHANGED_SINCE.fullmatch(ctx.text, ctx.amount.end, amounts[i + 1].start) is not None


def todays_level_changed(ctx: AmountContext) -> bool:
    """"den nuvarande gränsen på 80 000 kronor höjs till 120 000 kronor": today's level in a
    sentence that changes it; "Denna del av statsbidraget omfattar i dag 40 miljoner kronor",
    "Det statliga driftstödet har i många år uppgått till ca 103 miljoner kronor årligen" in a
    paragraph (or a release, by its title) about changing it."""
    text = ctx.text
    lo, hi = before(ctx, 40)
    if may_hold(text, lo, hi, TODAYS_LEVEL) and TODAYS_LEVEL_BEFORE.search(text, lo, hi):
        return CHANGE_ANYWHERE.search(text, ctx.unit.start, ctx.unit.end) is not None
    if not (may_hold(text, lo, hi, TODAY_HINTS) and TODAY_BEFORE.search(text, lo, hi)):
        lo, hi = before(ctx, 80)
        if not (may_hold(text, lo, hi, STANDING_VERBS) and STANDING_BEFORE.search(text, lo, hi)):
            return False
    block = ctx.unit.block
    return CHANGE_ANYWHERE.search(ctx.text, block.start, block.end) is not None or about_a_change(ctx)


def rule_in_force_changed(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit], i: int) -> bool:
    """"Med nuvarande regler måste prisuppgift lämnas i förväg om jämförpriset överstiger 500
    kronor. Det nya förslaget innebär … en gräns på 680 kr": the level today's rules set, when
    the next figure of its currency, in a later sentence of its section, is a new or changed
    level. Today's rules the release leaves as they are ("Enligt gällande regelverk kan
    personer … beviljas ett ekonomiskt stöd om 10 000 kronor") still stand."""
    amount, unit = amounts[i], units[i]
    if not may_hold(doc.text, unit.start, amount.start, RULES_NOW_HINTS) or \
            RULES_NOW.search(doc.text, unit.start, amount.start) is None:
        return False
    later = next((k for k in range(i + 1, min(len(amounts), i + 1 + RAISE_REACH))
                  if units[k].start != unit.start and amounts[k].currency == amount.currency), None)
    return later is not None and units[later].block.section == unit.block.section and \
        NEW_OR_CHANGED.search(doc.text, units[later].start, amounts[later].start) is not None


def level_of_its_year_changed(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
                              years: Sequence[Years], i: int) -> bool:
    """"Bidraget ligger för 2025 på drygt 48 miljoner kronor och ökas till drygt 53 miljoner
    kronor", "För 2025 var ramen 550 miljarder kronor som för 2026 föreslås ökas till högst 650
    miljarder kronor": a level stated for a year not after the release's (the year its clause
    names before it, "i år", else its own), changed in its clause to the next figure. One for a year
    still to come is a schedule of levels."""
    amount, unit = amounts[i], units[i]
    if i + 1 >= len(amounts) or amounts[i + 1].currency != amount.currency or doc.published is None:
        return False
    lo = max(unit.start, amount.start - REACH)
    named = YEAR_WORD.findall(doc.text, lo, amount.start)
    if named:
        year: int | None = int(named[-1])
    elif THIS_YEAR_WORDS.search(doc.text, lo, amount.start):     # "Stödet ligger i år på"
        year = doc.published.year
    else:
        year = years[i][0] if years[i][0] == years[i][1] else None
    if year is None or year > doc.published.year:
        return False
    stated = STATED_LEVEL.search(doc.text, lo, amount.start)
    if stated is None:
        return False
    gap = (amount.end, amounts[i + 1].start)
    return THEN_CHANGED.fullmatch(doc.text, *gap) is not None or (
        PAST_LEVEL.match(stated.group()) is not None and THEN_STATED.fullmatch(doc.text, *gap) is not None
        and any(int(y) > year for y in YEAR_WORD.findall(doc.text, *gap)))
