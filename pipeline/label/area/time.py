"""Words of time: "juli", "kvartalet", "fredagsmorgonen", "det fjärde", "2025"."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.lang.sv.junk import MAX_FRAGMENT_LENGTH, ORDINALS, TIME_FILLERS, TIME_HEADS

YEAR_OR_NUMBER = regex.compile(r"\d+")
MIN_TIME_COMPOUND = 3   # "fredagsmorgonen" ends in a time noun; "år" alone is the noun itself
# The heads a compound may end in; one C-level `endswith` rules most words out before the
# length of the part before the head is asked head by head.
COMPOUND_HEADS = tuple(head for head in TIME_HEADS if len(head) > MAX_FRAGMENT_LENGTH + 1)


# Pure functions of one word, asked of the same words again and again.
@lru_cache(maxsize=4096)
def is_time_word(word: str) -> bool:
    return (word in TIME_FILLERS or word in ORDINALS or YEAR_OR_NUMBER.fullmatch(word) is not None
            or is_time_noun(word))


@lru_cache(maxsize=4096)
def is_time_noun(word: str) -> bool:
    """"juli", "kvartalet", "fredagsmorgonen" (a compound whose last part is a time noun)."""
    return word in TIME_HEADS or (word.endswith(COMPOUND_HEADS) and any(
        word.endswith(head) and len(word) - len(head) >= MIN_TIME_COMPOUND for head in COMPOUND_HEADS))


