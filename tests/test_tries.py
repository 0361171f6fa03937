"""The lower-case scans built as tries find exactly what the alternations they stand for find:
the same unit words beside numbers, the same money words in a block."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.lang.sv.currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS, PREFIX_CODES
from pipeline.lang.sv.money_words import MONEY_CUE_STEMS, MONEY_CUE_TAILS
from pipeline.lang.sv.scales import CASED_SCALES, SCALE_WORDS
from pipeline.parse.anchors import ANCHOR, ANCHOR_LOWER
from pipeline.parse.money import MONEY_CUE, money_cue_starts
from pipeline.parse.tries import guarded_trie, trie

ALTERNATION_LOWER = re.compile(ANCHOR.pattern.lower())
PIECES = sorted({*CURRENCY_WORDS, *SCALE_WORDS, *CASED_SCALES, *PREFIX_CODES, *CURRENCY_SYMBOLS,
                 *MONEY_CUE_STEMS, *MONEY_CUE_TAILS, "12", "4,5", " ", "\n", "-", "(", "a", "ö",
                 "_", ":", "och", "till", "budget"})
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def test_a_trie_prefers_the_longest_word_that_lets_the_rest_match():
    pattern = re.compile(rf"(?:{trie(['kr', 'kronor', 'krona'])})(?!\w)")
    assert [m[0] for m in pattern.finditer("5 kr, 7 kronor och 1 krona, kronorna")] == \
        ["kr", "kronor", "krona"]


def test_a_guarded_trie_keeps_each_look_behind():
    pattern = re.compile(guarded_trie([(r"(?<!\w)", ["mkr"], r"(?!\w)"), (r"(?<=\d)", ["m"], r"(?!\w)")]))
    assert [m[0] for m in pattern.finditer("40 mkr, 40mkr, 5m, 5 m och rumkr")] == ["mkr", "m"]


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 40), st.integers(0, 400))
def test_unit_words_beside_numbers_are_those_of_the_alternation(text, lo, hi):
    lowered = text.lower()
    assert [m.span() for m in ANCHOR_LOWER.finditer(lowered, lo, hi)] == \
        [m.span() for m in ALTERNATION_LOWER.finditer(lowered, lo, hi)]


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 40), st.integers(0, 400))
def test_money_words_of_a_block_are_those_of_the_case_blind_scan(text, lo, hi):
    text = text.upper() if lo % 3 == 0 else text    # "STÖD" and "stöd" alike
    hi = min(hi, len(text))
    assert money_cue_starts(text, lo, hi) == [m.start() for m in MONEY_CUE.finditer(text, lo, hi)]
