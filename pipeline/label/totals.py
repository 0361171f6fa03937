"""Totals (guide §3, §6): an amount is a total when a cue presents it as a sum, when a
breakdown in the document adds up to it (`breakdowns`), or when it restates such a total.

A cue ("totalt", "sammanlagt", "den samlade", "De totala kostnaderna", "i sin helhet",
"summeras") presents the first figure after it in its clause as the sum, so one cue makes one
total: a figure that is not money takes the cue ("Totalt handlar det om 55,34 miljoner aktier"),
a change of the sum passes it on ("Den samlade fondförmögenheten ökade med 70 miljarder kronor
och uppgick till 4 941 miljarder", "minskade med 3 procent, till 100 miljarder dollar"), and after "av" the cue names a whole of which the figure is
a part ("Av den samlade budgeten går 2 Mkr till …"). A part ("varav") is never a total.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from pipeline.document import Document
from pipeline.label.breakdowns import Place, breakdown_of, table_columns
from pipeline.label.context import LABEL_TRIM, SPACE, TextUnit, Years, may_hold, row_label
from pipeline.label.pairs import Pairs
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.totals import (
    CHANGE_BEFORE,
    CUE_VERB_PARTICLES,
    NEW_CLAUSE_WORDS,
    PART_OF_WHOLE,
    PART_WORDS,
    RESTATING_LINKS,
    RESTATING_NOUNS,
    SUMMED,
    TOGETHER,
    TOTAL_ADVERBS,
    TOTAL_CUES_ADJACENT,
    TOTAL_NAMES,
    TOTAL_ROW_LABELS,
    TOTAL_ROW_OPENERS,
    WHOLE_PHRASE_LINKS,
)
from pipeline.parse import Amount, alternation
from pipeline.pattern_cache import PatternCache
from pipeline.rows import AmountRow

PATTERNS = PatternCache(__file__, __name__)
CUE = PATTERNS.compile(
    rf"(?<!\w)(?:(?P<adverb>{alternation(TOTAL_ADVERBS)})|{alternation(TOTAL_NAMES)})(?!\w)"
    rf"(?!{SPACE}+(?:{alternation(CUE_VERB_PARTICLES)})(?!\w))"
    rf"|(?<!\w)(?:{alternation(TOGETHER)})(?!\w)[^.;!?]*?(?<!\w)(?:{alternation(SUMMED)})(?!\w)", regex.IGNORECASE)
# The words every cue holds, as plain text: a unit without any is not scanned for cues.
CUE_WORDS = (*TOTAL_ADVERBS, *TOTAL_NAMES, *TOGETHER)
ADJACENT_CUE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(TOTAL_CUES_ADJACENT)}){SPACE}+\Z", regex.IGNORECASE)
QUALIFIER_WORDS = rf"(?:{SPACE}+(?:{alternation(QUALIFIERS)}))?"
PART = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(PART_WORDS)}){QUALIFIER_WORDS}{SPACE}*\Z", regex.IGNORECASE)
CHANGE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(CHANGE_BEFORE)}){QUALIFIER_WORDS}{SPACE}*\Z", regex.IGNORECASE)
CLAUSE_BREAK = PATTERNS.compile(rf"[;!?]|,{SPACE}*(?:{alternation(NEW_CLAUSE_WORDS)})(?!\w)", regex.IGNORECASE)
# A number that is not a year: "55,34 miljoner aktier", "5 procent".
COUNT = PATTERNS.compile(r"(?<![\w,.])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.\u00a0 ]*")
RESTATED_AFTER_COUNT = PATTERNS.at_end(
    rf"(?<!\w)(?:{alternation(RESTATING_LINKS)})(?:{SPACE}+(?:{alternation(RESTATING_NOUNS)}){SPACE}+(?:om|på|av))?"
    rf"{QUALIFIER_WORDS}{SPACE}*\Z", regex.IGNORECASE)
WHOLE_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(PART_OF_WHOLE)})(?:{SPACE}+\w+)?{SPACE}+\Z",
                             regex.IGNORECASE)
IN_WHOLE_PHRASE = PATTERNS.compile(
    rf"(?:(?:{SPACE}+[^\W\d]+){{0,3}}{SPACE}+(?:{alternation(WHOLE_PHRASE_LINKS)}))?{QUALIFIER_WORDS}{SPACE}*",
    regex.IGNORECASE)
__all__ = ["cued_totals", "restated_totals", "totals_of"]

ROW_OPENER = PATTERNS.compile(rf"(?:{alternation(TOTAL_ROW_OPENERS)})(?!\w)", regex.IGNORECASE)


def totals_of(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit],
              years: Sequence[Years], places: Sequence[Place], pairs: Pairs
              ) -> tuple[list[bool], list[list[int] | None]]:
    """Per amount: whether it is a total, and the items that add up to it (or None)."""
    cued = cued_totals(doc, amounts, units)
    columns = table_columns(amounts)
    # An unmarked amount is a total only when what follows it adds up to it.
    items = [breakdown_of(i, amounts, places, forward_only=not cued[i], years=years, columns=columns)
             for i in range(len(amounts))]
    found = [c or its is not None for c, its in zip(cued, items, strict=False)]
    for j, i in enumerate(pairs.equivalent_of):     # "totalt 20,5 miljarder dollar, motsvarande 198 miljarder kronor"
        if i is not None and found[i] != found[j]:
            found[i] = found[j] = True
    for j, i in enumerate(pairs.part_of):           # "varav 100 miljoner": a part
        if i is not None and not cued[j]:
            found[j] = False
    return found, items


def cued_totals(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit]) -> list[bool]:
    """Per amount: a cue presents it as a sum (in a table, a sum row's label)."""
    text = doc.text
    cued = [False] * len(amounts)
    by_unit: dict[int, list[int]] = {}
    for i, (amount, unit) in enumerate(zip(amounts, units, strict=False)):
        if amount.in_table:
            cued[i] = is_sum_row(doc, amount)
            continue
        by_unit.setdefault(unit.start, []).append(i)
        if ADJACENT_CUE.search(text, unit.start, amount.start):
            cued[i] = True
    for indices in by_unit.values():
        unit = units[indices[0]]
        if not may_hold(text, unit.start, unit.end, CUE_WORDS):
            continue
        for cue in CUE.finditer(text, unit.start, unit.end):
            j = bound_amount(text, cue, unit, [k for k in indices if amounts[k].start >= cue.end()], amounts)
            if j is not None:
                cued[j] = True
    return cued


def bound_amount(text: str, cue: regex.Match, unit: TextUnit, after: list[int],
                 amounts: Sequence[Amount]) -> int | None:
    """The first amount after a cue that the cue presents as a sum, or None."""
    whole = WHOLE_BEFORE.search(text, unit.start, cue.start()) is not None
    position = cue.end()
    for j in after:
        amount = amounts[j]
        if CLAUSE_BREAK.search(text, position, amount.start):
            return None
        count = COUNT.search(text, position, amount.start)
        while count and not cue["adverb"] and CHANGE.search(text, position, count.start()):
            # "Den totala fondförmögenheten … minskade med 3 procent under månaden, till 100
            # miljarder dollar", "Den sammanlagda nettoomsättningen minskade med 8,7 procent …
            # och uppgick till 480,5 miljarder": a change in percent passes the cue on.
            position = count.end()
            count = COUNT.search(text, position, amount.start)
        if count:
            return j if RESTATED_AFTER_COUNT.search(text, position, amount.start) else None
        if whole:
            return j if IN_WHOLE_PHRASE.fullmatch(text, cue.end(), amount.start) else None
        if PART.search(text, position, amount.start):
            return None
        if not cue["adverb"] and CHANGE.search(text, position, amount.start):
            position = amount.end       # "ökade med 70 miljarder kronor": the change, not the sum
            continue
        return j
    return None


def is_sum_row(doc: Document, amount: Amount) -> bool:
    label = row_label(doc, amount)
    if not label:
        return False
    label = label.lower().strip(LABEL_TRIM)
    return label in TOTAL_ROW_LABELS or (ROW_OPENER.match(label) is not None and " " in label)


def restated_totals(rows: list[AmountRow]) -> list[AmountRow]:
    """An amount that restates a total (the title's "7,5 miljarder" beside the body's) is one,
    when it is the same money: the same years, as far as both state them."""
    totals = [r for r in rows if r.is_total and not r.in_table]
    return [replace(r, is_total=True) if not r.is_total and not r.in_table
            and any(restates(r, t) for t in totals) else r for r in rows]


def restates(row: AmountRow, total: AmountRow) -> bool:
    if (row.value, row.currency) != (total.value, total.currency):
        return False
    years, total_years = (row.year_start, row.year_end), (total.year_start, total.year_end)
    return years == total_years or (None, None) in (years, total_years)


PATTERNS.save()
