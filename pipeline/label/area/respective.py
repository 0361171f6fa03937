"""Amounts paired one to one with the things of a list before them (guide §4, 3): "Sverige och
Schweiz stack ut, med nettoinflöden på [2,6] respektive [2,3 mdr euro]" -> "Sverige",
"Schweiz"; "Riksidrottsförbundet och Svenskt Friluftsliv tilldelas [25] respektive [10 Mkr]".

Fund news (fonderdirekt:2019-02-28-fonder-januari-nionde-raka-månaden-av-europeiska-
nettoutflöden, "Vanguard och Fidelity var månadens flödesvinnare med 16,7 respektive 5,1
miljarder dollar") and grants (g0vse:pressmeddelanden/2025/04/satsning-for-att-framja-okat-
deltagande-i-idrott-och-friluftsliv-…: "Riksidrottsförbund och Svenskt Friluftsliv tilldelas
därför 25 respektive 10 miljoner") write them so.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.label.area.junk import is_area
from pipeline.label.context import SPACE, AmountContext
from pipeline.label.pairs import respective_lists
from pipeline.lang.sv.areas import LIST_JOINERS
from pipeline.parse import alternation

Area = tuple[str | None, str | None]
SPLIT_SOURCES = ("subject", "phrase")
# A comma or "och"/"samt" between things; not the "och" of "Hälso- och sjukvården".
SEPARATOR = regex.compile(rf"{SPACE}*,{SPACE}*|(?<!-){SPACE}+(?:{alternation(LIST_JOINERS)}){SPACE}+",
                          regex.IGNORECASE)
SEPARATOR_END = regex.compile(rf"(?:{SEPARATOR.pattern})\Z", regex.IGNORECASE)


def respective_areas(text: str, contexts: Sequence[AmountContext], areas: Sequence[Area]) -> list[Area]:
    """`areas` with each amount of a "respektive" list given its own thing of the list the
    amounts share, when that list has as many things as there are amounts."""
    result = list(areas)
    runs = respective_lists(text, [c.amount for c in contexts], [c.unit for c in contexts])
    for run in dict.fromkeys(r for r in runs if r):
        area, source = areas[run[-1]]
        if area is None or source not in SPLIT_SOURCES or not all(shares_list(areas[j], area) for j in run):
            continue
        things = listed_things(text, contexts[run[-1]], area, len(run))
        for j, thing in zip(run, things or (), strict=False):
            result[j] = (thing, source)
    return result


def shares_list(own: Area, listed: str) -> bool:
    """Whether an amount's own area fits the list its run shares: the last figure carries the
    unit and the words after it ("16,7 respektive [5,1 mdr dollar] i inflöden"), so an earlier
    one sees less of the sentence and may find only the list's last thing ("Fidelity")."""
    area = own[0]
    return area is None or area == listed or (own[1] in SPLIT_SOURCES and listed.endswith(f" {area}"))


def listed_things(text: str, ctx: AmountContext, area: str, n: int) -> list[str] | None:
    """The n things of the list `area` ends, read back from where it stands before the amount:
    "Sverige och [Schweiz]" -> ["Sverige", "Schweiz"]."""
    position = text.rfind(area, ctx.unit.start, ctx.amount.start)
    if position < 0:
        return None
    things = [t for t in SEPARATOR.split(area) if t]
    before = text[ctx.unit.start:position]
    while len(things) < n:
        separator = SEPARATOR_END.search(before)
        if not separator:
            return None
        before = before[:separator.start()]
        size = len(things[0].split())
        thing = regex.search(rf"(?:\S+{SPACE}+){{{size - 1}}}\S+\Z", before)
        if not thing:
            return None
        things.insert(0, thing[0])
        before = before[:thing.start()]
    return things if len(things) == n and all(is_area(t) for t in things) else None
