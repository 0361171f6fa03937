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
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LOWER
from spacy.lang.lex_attrs import LEX_ATTRS
from spacy.lang.sv import Swedish
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.document import Span
from pipeline.lang.sv.abbreviations import ABBREVIATIONS
from pipeline.parse.patterns import longest_first

ABBREVIATION = "|".join(regex.escape(a) for a in longest_first(ABBREVIATIONS))
SENTENCE_END = regex.compile(rf"(?<!(?<!\w)(?:{ABBREVIATION}))"
                             r"[.!?][\"”»']?(?=\s+[\"”»'–-]?\s*[\p{Lu}\d])")


# A sentence longer than this is a run-on text: the labeller reads only this far around an amount.
SENTENCE_REACH = 600


# The word attributes the labeller reads of a token (besides its text and place). spaCy works
# out every attribute it knows (shape, like_num, like_url, …) for each word a process first
# meets, about half of tokenizing a sentence of new words; these are worked out as spaCy does.
READ_ATTRIBUTES = (LOWER, IS_ALPHA, IS_PUNCT, IS_SPACE)


@lru_cache(maxsize=1)
def swedish() -> Language:
    """The blank Swedish pipeline, built once per process."""
    getters = {**LEX_ATTRS, **Swedish.Defaults.lex_attr_getters}
    return spacy.blank("sv", vocab=Vocab(lex_attr_getters={a: getters[a] for a in READ_ATTRIBUTES}))


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
