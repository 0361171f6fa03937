"""Where money can be: one compiled scan for the words every amount needs.

An amount is a number read with a unit: a currency word, symbol or code, a scale, a subunit or
the price mark (`units`), or one it borrows from a neighbour in its block that has one
(`joins`). A list item or a table cell without one takes the unit of its lead-in, caption,
column or of the release's other amounts (`implied_units`, `table_units`). So a block that
holds none of these words states no amount itself, and a release without any and without a
table holds none: the finders read only the blocks with one, and only the releases with one or
with a table. The pattern is built from the word lists of `pipeline/lang/sv/` the finders
read, with no stricter a boundary than theirs (a unit word follows a number, a space or a
parenthesis, never a letter: the "mn" of "namn" is none), so it matches wherever a finder can
and a unit word added there is found here too. Tables are always read: a column headed
"Belopp" over whole kronor is money with no unit word at all.

>>> may_hold_money("Ansökan öppnar den 3 mars 2025 för 120 elever.")
False
>>> may_hold_money("Stödet är 40 Mkr.")
True
"""
from __future__ import annotations

import re

import regex

from pipeline.document import Document
from pipeline.lang.sv.currencies import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    PREFIX_CODES,
    PRICE_MARK,
    SCALED_PREFIX_CODES,
    SUBUNITS,
)
from pipeline.lang.sv.scales import SCALE_WORDS, SCALED_CURRENCIES
from pipeline.parse.numbers import SPACE, alternation, lower_view

UNIT_WORDS = [*CURRENCY_WORDS, *SCALE_WORDS, *SCALED_CURRENCIES, *SUBUNITS]
CODES = [*PREFIX_CODES, *SCALED_PREFIX_CODES]     # before a figure: "SEK 30", "MSEK12"
UNIT_MARKS = [*CURRENCY_SYMBOLS, PRICE_MARK]
NOT_LETTER_BEFORE = r"(?<![^\W\d_])"   # a unit word follows a number, a space or a parenthesis


def money_word_pattern(words: list[str], codes: list[str]) -> str:
    return (rf"{NOT_LETTER_BEFORE}(?:(?:{alternation(words)})(?!\w)"
            rf"|(?:{alternation(codes)}){SPACE}?[0-9])|{alternation(UNIT_MARKS)}")


MONEY_WORD = regex.compile(money_word_pattern(UNIT_WORDS, CODES), regex.IGNORECASE)
# The same over the text in lower case (when lowering keeps every offset): a case-sensitive
# scan with `re` is several times faster than a case-insensitive one.
MONEY_WORD_LOWER = re.compile(money_word_pattern([w.lower() for w in UNIT_WORDS],
                                                 [c.lower() for c in CODES]))


def may_hold_money(text: str, lo: int = 0, hi: int | None = None,
                   lowered: str | None = None) -> bool:
    """Whether text[lo:hi] holds a word or mark some amount in it needs. `lowered` is
    `lower_view(text)` when it is not None: the faster scan. A price mark may begin at the
    last character or right after the end: the finders read it after a number ending there."""
    hi = len(text) if hi is None else hi
    found = (MONEY_WORD_LOWER.search(lowered, lo, hi) if lowered is not None
             else MONEY_WORD.search(text, lo, hi))
    return found is not None or text.find(PRICE_MARK, max(lo, hi - 1), hi + len(PRICE_MARK)) >= 0


def release_may_hold_money(doc: Document) -> bool:
    """Whether the finders can find an amount in `doc`: it has a table or a unit word."""
    return bool(doc.tables) or may_hold_money(doc.text, lowered=lower_view(doc.text))
