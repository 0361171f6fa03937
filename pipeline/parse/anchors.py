"""Where the unit words of a block stand: a number is read only near one, so a block of digits
with no currency or scale costs one scan.

>>> text = "I höstas sökte 12 skolor i Norrbotten och Västerbotten stöd, och de fick 40 Mkr."
>>> anchors = anchors_in(text, 0, len(text), text.lower())
>>> [anchors.near(s, s + 2) for s in (15, 73)]
[False, True]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from pipeline.lang.sv.currencies import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    PREFIX_CODES,
    PRICE_MARK,
    SCALED_PREFIX_CODES,
    SUBUNITS,
)
from pipeline.lang.sv.scales import CASED_SCALES, SCALE_WORDS, SCALED_CURRENCIES
from pipeline.parse.patterns import Deferred, alternation, lower_words
from pipeline.parse.tries import guarded_trie

# How far a unit word may stand after a number ("2,5 respektive 4 miljarder kronor") or a code
# before it ("US$ 5") for the number to be read at all.
UNIT_REACH = 40
WORD_REACH = 64
PREFIX_REACH = 6
# For a text whose lower case moves its offsets, which almost no release is: compiled then.
ANCHOR = Deferred(lambda: regex.compile(
    rf"(?<!\w)(?:{alternation([*SCALED_CURRENCIES, *SCALE_WORDS, *CURRENCY_WORDS, *SUBUNITS])})(?!\w)"
    rf"|{alternation([*CURRENCY_SYMBOLS, PRICE_MARK])}"
    rf"|(?:{alternation([*PREFIX_CODES, *SCALED_PREFIX_CODES])})"
    rf"|(?<=\d)(?:{alternation([*SCALED_CURRENCIES, *CASED_SCALES, *CURRENCY_WORDS])})(?!\w)",
    regex.IGNORECASE))

# The same over the text in lower case, each branch a trie behind its first character
# (`guarded_trie`): a third faster to search beside a number than the lowered alternation.
ANCHOR_LOWER = re.compile(guarded_trie([
    (r"(?<!\w)", lower_words([*SCALED_CURRENCIES, *SCALE_WORDS, *CURRENCY_WORDS, *SUBUNITS]), r"(?!\w)"),
    ("", lower_words([*CURRENCY_SYMBOLS, PRICE_MARK]), ""),
    ("", lower_words([*PREFIX_CODES, *SCALED_PREFIX_CODES]), ""),
    (r"(?<=\d)", lower_words([*SCALED_CURRENCIES, *CASED_SCALES, *CURRENCY_WORDS]), r"(?!\w)")]))


@dataclass(frozen=True)
class Anchors:
    """Where unit words stand in a block: only numbers near one are read, so a block of
    digits with no currency or scale costs one scan."""

    starts: list[int]
    ends: list[int]

    def near(self, start: int, end: int) -> bool:
        after = bisect_left(self.starts, end)
        if after < len(self.starts) and self.starts[after] - end <= UNIT_REACH:
            return True
        before = bisect_right(self.ends, start) - 1
        return before >= 0 and start - self.ends[before] <= PREFIX_REACH


def anchors_for(text: str, lo: int, hi: int, lowered: str | None, candidates: int
                ) -> Anchors | LocalAnchors:
    """The anchors of text[lo:hi] for `candidates` numbers in it: searched beside each number
    when they are few for the length of the block, else found in one scan."""
    if candidates * (UNIT_REACH + WORD_REACH) < hi - lo:
        return LocalAnchors(ANCHOR_LOWER, lowered) if lowered is not None else LocalAnchors(ANCHOR.compiled, text)
    return anchors_in(text, lo, hi, lowered)


def anchors_in(text: str, lo: int, hi: int, lowered: str | None = None) -> Anchors:
    found = ANCHOR_LOWER.finditer(lowered, lo, hi) if lowered is not None else ANCHOR.finditer(text, lo, hi)
    spans = [m.span() for m in found]
    return Anchors([s for s, _ in spans], sorted(e for _, e in spans))


@dataclass(frozen=True)
class LocalAnchors:
    """The same question as `Anchors`, answered by a short search beside each number: cheaper
    when a block has few numbers, as prose does."""

    pattern: re.Pattern | regex.Pattern
    text: str

    def near(self, start: int, end: int) -> bool:
        after = self.pattern.search(self.text, end, end + UNIT_REACH + WORD_REACH)
        if after and after.start() - end <= UNIT_REACH:
            return True
        before = self.pattern.search(self.text, max(0, start - PREFIX_REACH - WORD_REACH), start)
        return before is not None and any(
            start - m.end() <= PREFIX_REACH
            for m in self.pattern.finditer(self.text, before.start(), start))
