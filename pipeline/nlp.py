"""The spaCy part: a blank Swedish pipeline (no trained Swedish model can be downloaded) used
for its tokenizer, and sentence boundaries fitted to press releases.

Headings, list items and table rows are units of their own (ingest made them blocks); inside
a paragraph a sentence ends at ".", "!" or "?" before a capital, a digit or a quotation dash,
but not after an abbreviation such as "bl.a." or "t.ex.".
"""
from __future__ import annotations

from functools import lru_cache

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.document import Span
from pipeline.lang.sv.abbreviations import ABBREVIATIONS

ABBREVIATION = "|".join(regex.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
SENTENCE_END = regex.compile(rf"(?<!(?<!\w)(?:{ABBREVIATION}))"
                             r"[.!?][\"”»']?(?=\s+[\"”»'–-]?\s*[\p{Lu}\d])")


# A sentence longer than this is a run-on text: the labeller reads only this far around an amount.
SENTENCE_REACH = 600


@lru_cache(maxsize=1)
def swedish() -> Language:
    """The blank Swedish pipeline, built once per process."""
    return spacy.blank("sv")


def tokens(text: str) -> Doc:
    """`text` tokenized by spaCy's Swedish rules (abbreviations, punctuation, clitics)."""
    return swedish().make_doc(text)


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
