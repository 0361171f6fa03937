"""Years that tied amounts share (guide §3, §6), once each amount has its own: both levels of
a change over a range of years ("Åren 2023–2027 beräknas anslaget öka från 14,1 till 26
miljarder kronor": each level its end), the same money stated twice, an aside and a part their
amount's, an increase the year of the level it leads to, and a list of grants the year written
once for it ("186 miljoner kronor för läkemedel och 557 miljoner kronor för skyddsutrustning
under 2026")."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.label.context import SPACE, TextUnit, Years
from pipeline.label.pairs import Pairs
from pipeline.lang.sv.areas import LIST_JOINERS
from pipeline.lang.sv.years import INCREASE_LEADS, LEVEL_LEADS, NOT_COORDINATION
from pipeline.parse import Amount, alternation
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
COORDINATED = PATTERNS.compile(rf"(?:{SPACE}+[^\W\d]+){{0,6}}?{SPACE}*(?:,|(?<!\w)(?:{alternation(LIST_JOINERS)}))"
                            rf"(?:{SPACE}+[^\W\d]+){{0,4}}{SPACE}*", regex.IGNORECASE)
NOT_A_LIST = PATTERNS.compile(rf"(?<!\w)(?:{alternation(NOT_COORDINATION)})(?!\w)", regex.IGNORECASE)
INCREASE_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(INCREASE_LEADS)}){SPACE}+(?:ytterligare{SPACE}+)?\Z",
                                regex.IGNORECASE)
LEVEL_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(LEVEL_LEADS)}){SPACE}+\Z", regex.IGNORECASE)
NO_YEARS: Years = (None, None)


def shared_years(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit],
                 years: list[Years], pairs: Pairs) -> list[Years]:
    """Each amount's years, with those its ties give it where it has none."""
    result = list(years)
    for i, j in enumerate(pairs.change_to):
        if j is None or not pairs.is_bare_change_start(amounts, i):
            continue
        if result[i] == result[j] and result[j][0] is not None and result[j][0] != result[j][1]:
            result[i], result[j] = (result[j][0], result[j][0]), (result[j][1], result[j][1])
        elif result[i] == NO_YEARS:
            result[i] = result[j]
    for k, equivalent in enumerate(pairs.equivalent_of):
        if equivalent is not None:
            if result[k] == NO_YEARS:
                result[k] = result[equivalent]
            elif result[equivalent] == NO_YEARS:
                result[equivalent] = result[k]
    for k, anchor in [*enumerate(pairs.aside_of), *enumerate(pairs.part_of)]:
        if anchor is not None and result[k] == NO_YEARS:
            result[k] = result[anchor]
    for i in range(len(amounts) - 1):
        if result[i] == NO_YEARS and result[i + 1] != NO_YEARS and leads_to_level(text, amounts, units, i):
            result[i] = result[i + 1]
    for i in range(len(amounts) - 2, -1, -1):    # a year written after the last of a list
        if result[i] == NO_YEARS and result[i + 1] != NO_YEARS and coordinated(text, amounts, units, i):
            result[i] = result[i + 1]
    for i in range(1, len(amounts)):             # a year written with the first of a list
        if result[i] == NO_YEARS and result[i - 1] != NO_YEARS and coordinated(text, amounts, units, i - 1):
            result[i] = result[i - 1]
    return result


def leads_to_level(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit], i: int) -> bool:
    """Amount i is an increase and amount i + 1 the level it leads to, in one sentence."""
    a, b = amounts[i], amounts[i + 1]
    if a.in_table or b.in_table or units[i].start != units[i + 1].start or b.start < a.end:
        return False
    return (INCREASE_BEFORE.search(text, units[i].start, a.start) is not None
            and LEVEL_BEFORE.search(text, a.end, b.start) is not None
            and not any(c.isdigit() for c in text[a.end:b.start]))


def coordinated(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit], i: int) -> bool:
    """Amounts i and i + 1 stand in one list of one clause: "2 miljoner kronor och FohM
    500 000 kronor", "186 miljoner kronor för läkemedel och 557 miljoner kronor"."""
    a, b = amounts[i], amounts[i + 1]
    if a.in_table or b.in_table or units[i].start != units[i + 1].start or b.start < a.end:
        return False
    return (COORDINATED.fullmatch(text, a.end, b.start) is not None
            and not NOT_A_LIST.search(text, a.end, b.start))


PATTERNS.save()
