"""The task a sentence that only points back to an assignment names (guide §6: the thing
pointed to first): "X får i uppdrag att under 2025 stärka forskningen om idrott. Budgeten för
detta uppdrag är [2 Mkr]" -> "stärka forskningen om idrott".

Government releases state an assignment and its money in separate sentences (one on sport for
people with neuropsychiatric disabilities gives two such tasks their money, "Budgeten för 2025
för detta uppdrag är 2 Mkr" and "För 2025 avsätts 3,5 Mkr för detta uppdrag"; others say "för
uppdraget får X använda", "Socialstyrelsen tilldelas 30 Mkr för uppdraget under 2023").
"""
from __future__ import annotations

import regex

from pipeline.label.area.phrase import phrase_from
from pipeline.label.area.purpose import past_fillers
from pipeline.label.context import SPACE, AmountContext, words_in
from pipeline.lang.sv.assignments import ASSIGNMENT_POINTERS, TASK_OPENERS, TASK_REACH
from pipeline.parse import alternation
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
POINTER = PATTERNS.compile(rf"(?<!\w)(?:{alternation(ASSIGNMENT_POINTERS)})(?!\w)", regex.IGNORECASE)
TASK = PATTERNS.compile(rf"(?<!\w)(?:{alternation(TASK_OPENERS)}){SPACE}+", regex.IGNORECASE)
HEADINGS = ("heading", "title")
SENTENCE_END = PATTERNS.compile(r"[.!?](?=\s|$)")


def assignment_area(ctx: AmountContext) -> str | None:
    text, unit = ctx.text, ctx.unit
    if not POINTER.search(text, unit.start, unit.end) or TASK.search(text, unit.start, unit.end):
        return None     # no pointer, or the task stands in the sentence itself
    # Within the amount's section: after the last heading before it.
    floor = max([unit.start - TASK_REACH, 0] + [b.end for b in ctx.doc.blocks
                                                 if b.kind in HEADINGS and b.end <= unit.start])
    tasks = list(TASK.finditer(text, floor, unit.start))
    if not tasks:
        return None
    begin = past_fillers(text, tasks[-1].end(), unit.start)     # "att [under 2025] stärka …"
    end = SENTENCE_END.search(text, begin, unit.start)
    limit = end.start() if end else unit.start
    return phrase_from(text, begin, words_in(text, begin, limit), 0, clause=True)


PATTERNS.save()
