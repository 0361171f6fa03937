"""Sentence boundaries fitted to press releases: the unit of text the labeller reads around an
amount (`pipeline.label.words` splits it into words).

Headings, list items and table rows are units of their own (ingest made them blocks); inside
a paragraph a sentence ends at ".", "!" or "?" before a capital, a digit or a quotation dash,
but not after an abbreviation such as "bl.a." or "t.ex.".
"""
from __future__ import annotations

import regex

from pipeline.document import Span
from pipeline.lang.sv.abbreviations import ABBREVIATIONS
from pipeline.parse.patterns import longest_first

ABBREVIATION = "|".join(regex.escape(a) for a in longest_first(ABBREVIATIONS))
SENTENCE_END = regex.compile(rf"(?<!(?<!\w)(?:{ABBREVIATION}))"
                             r"[.!?][\"”»']?(?=\s+[\"”»'–-]?\s*[\p{Lu}\d])")


# A sentence longer than this is a run-on text: the labeller reads only this far around an amount.
SENTENCE_REACH = 600


def sentence_at(text: str, lo: int, hi: int, position: int) -> Span:
    """The sentence of the block text[lo:hi] that holds `position`."""
    start = max(lo, position - SENTENCE_REACH)
    # One character past the position, so a sentence that opens with the amount ("prov. 53
    # miljoner kronor …") ends the one before it: the end's look-ahead must see the digit.
    for m in SENTENCE_END.finditer(text, max(lo, position - SENTENCE_REACH), min(hi, position + 1)):
        start = m.end()
    while start < position and text[start].isspace():
        start += 1
    end = SENTENCE_END.search(text, position, min(hi, position + SENTENCE_REACH))
    return start, end.end() if end else min(hi, position + SENTENCE_REACH)
