"""A purpose stated for the money earlier in the amount's sentence (guide §4, 2): "Regeringen
vill avsätta medel för att elever ska få tillgång till skolbibliotek och beräknar att [216
Mkr] behöver avsättas", "… medel för ikappvaccinering …, där [49 miljoner] avsätts år 2027"
(g0vse:pressmeddelanden/2023/09/regeringens-lassatsning-bemannade-skolbibliotek-…,
g0vse:pressmeddelanden/2025/09/vaccin-mot-vattkoppor-…, g0vse:pressmeddelanden/2024/09/stora-satsningar-pa-skolan-i-budgeten)."""
from __future__ import annotations

import regex

from pipeline.label.area.phrase import phrase_from
from pipeline.label.context import SPACE, AmountContext, may_hold, words_in
from pipeline.lang.sv.areas import INFINITIVE_MARKER, MONEY_NOUNS
from pipeline.parse import alternation

MONEY_FOR = regex.compile(
    rf"(?<!\w)(?:{alternation(MONEY_NOUNS)}){SPACE}+(?P<prep>för|till)(?:{SPACE}+{INFINITIVE_MARKER})?{SPACE}+",
    regex.IGNORECASE)


def money_purpose_area(ctx: AmountContext) -> str | None:
    text, amount = ctx.text, ctx.amount
    # Most sentences name no money noun: the plain-text test says so before the scan.
    if not may_hold(text, ctx.unit.start, amount.start, MONEY_NOUNS):
        return None
    # The last money noun before the amount is the one whose purpose it states.
    found = next(reversed(list(MONEY_FOR.finditer(text, ctx.unit.start, amount.start))), None)
    if found is None:
        return None
    begin = found.end()
    clause = found[0].rstrip().lower().endswith(INFINITIVE_MARKER)
    return phrase_from(text, begin, words_in(text, begin, amount.start), 0, clause=clause)
