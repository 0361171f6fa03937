"""Share prices written with the kronor-and-öre colon and no unit word ("till 268:50"): such
a figure is read as kronor when a word of share prices stands before it in its sentence.

>>> text = "Aktien stängde på 46:45 kronor och noterar i dag 68:30."
>>> [text[s:s + 5] for s in sorted(colon_prices(text, 0, len(text)))]
['46:45', '68:30']
>>> colon_prices("Kursen börjar klockan 13:15 och slutar 16:00.", 0, 46)
set()
"""
from __future__ import annotations

import re

import regex

from pipeline.lang.sv.currencies import COLON_PRICE_CUES, COLON_PRICE_TAILS
from pipeline.lang.sv.joins import NON_MONEY_WORDS_BEFORE
from pipeline.parse.patterns import SPACE, alternation
from pipeline.pattern_cache import PatternCache

DASHES = "-–—"
# Whole kronor (dot thousands allowed, no leading zero) and exactly two öre digits; neither end
# of a span of times ("13:45-14:00") nor a reference such as "SOU 2022:52" or "3:12-reglerna".
PATTERNS = PatternCache(__file__, __name__)
COLON_FIGURE = PATTERNS.compile(
    rf"(?<![0-9.,:]|[0-9]{SPACE}*[{DASHES}]{SPACE}*)(?:[1-9][0-9]{{0,2}}(?:\.[0-9]{{3}})?|0)"
    rf":[0-9]{{2}}(?![0-9:]|{SPACE}*[{DASHES}])")
# What every colon figure holds, the colon and its two öre digits: `re` finds it skipping in C
# from colon to colon, so a release with colons but no such figure (a link's "https:",
# "Kontakt:") is told apart from one with a price in a few microseconds.
COLON_DIGITS = re.compile(r":[0-9]{2}")
CUE = PATTERNS.compile(rf"{alternation(COLON_PRICE_CUES)}|(?<=[^\W\d_])(?:{alternation(COLON_PRICE_TAILS)})",
                    regex.IGNORECASE)
NOT_PRICE_BEFORE = PATTERNS.compile(
    rf"(?<!\w)(?:{alternation(NON_MONEY_WORDS_BEFORE)}){SPACE}*\Z",
    regex.IGNORECASE)
SENTENCE_START = PATTERNS.compile(r"(?:[.!?]\s+(?=[\"”»'–-]?\s*[A-ZÅÄÖ0-9])|\n)", regex.REVERSE)
CUE_REACH = 300    # characters back to the cue, at most


def may_hold_colon_figure(text: str, lo: int, hi: int) -> bool:
    """Whether `COLON_FIGURE` can match in text[lo:hi]."""
    return COLON_DIGITS.search(text, lo, hi) is not None


def colon_prices(text: str, lo: int, hi: int) -> set[int]:
    """Where the colon figures of text[lo:hi] that are share prices start."""
    if not may_hold_colon_figure(text, lo, hi):
        return set()
    return {m.start() for m in COLON_FIGURE.finditer(text, lo, hi)
            if is_price(text, m.start(), lo)}


def is_price(text: str, start: int, lo: int) -> bool:
    """A price cue stands between the sentence's start and the figure, and no word that makes
    it a time ("klockan") right before it."""
    if NOT_PRICE_BEFORE.search(text, max(lo, start - 12), start):
        return False
    begin = max(lo, start - CUE_REACH)
    sentence = SENTENCE_START.search(text, begin, start)
    return CUE.search(text, sentence.end() if sentence else begin, start) is not None


PATTERNS.save()
