"""A number read with what stands around it: a currency code or symbol or a sign before it, a
scale and a currency after it ("SEK 30 miljoner", "5,95 Mkr", "2 kronor och 23 öre")."""
from __future__ import annotations

import decimal
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from pipeline.lang.sv.currencies import (
    COLON_PRICE_CURRENCY,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    PREFIX_CODES,
    PRICE_MARK,
    PRICE_MARK_CURRENCY,
    SCALED_PREFIX_CODES,
    SUBUNIT_JOIN,
    SUBUNITS,
    SUBUNITS_OF,
)
from pipeline.lang.sv.money_words import AMOUNT_FOLLOWER_STEMS, AMOUNT_FOLLOWERS, PASSIVE_ENDINGS
from pipeline.lang.sv.numbers import MINUS_WORDS
from pipeline.lang.sv.scales import (
    CASED_SCALES,
    COUNT_SCALES,
    SCALE_ADJECTIVES,
    SCALE_WORDS,
    SCALED_CURRENCIES,
)
from pipeline.parse.anchors import WORD_REACH
from pipeline.parse.numbers import Number
from pipeline.parse.patterns import GROUP_SPACE, LINE_SPACE, SIGNS, SPACE, alternation
from pipeline.pattern_cache import PatternCache

GAP = rf"(?:{SPACE}|\n(?!\n)){{0,3}}"    # between a number and its words, never across blocks
PATTERNS = PatternCache(__file__, __name__)
SCALED_CURRENCY = PATTERNS.compile(rf"{GAP}(?P<word>{alternation(SCALED_CURRENCIES)})(?!\w)",
                                regex.IGNORECASE)
SCALE = PATTERNS.compile(
    rf"{GAP}(?:{alternation(SCALE_ADJECTIVES)}{SPACE}+)?(?P<word>{alternation(SCALE_WORDS)})(?!\w)",
    regex.IGNORECASE)
CASED_SCALE = PATTERNS.compile(rf"{SPACE}?(?P<word>{alternation(CASED_SCALES)})(?![^\W\d_])")
# A currency of two words may break over two lines of a paragraph ("27 norska\nkronor").
CURRENCY_WORD = PATTERNS.compile(
    rf"{GAP}(?P<word>{alternation(CURRENCY_WORDS).replace(regex.escape(' '), LINE_SPACE)})(?!\w)",
    regex.IGNORECASE)
CURRENCY_SYMBOL = PATTERNS.compile(rf"{SPACE}?(?P<word>{alternation(CURRENCY_SYMBOLS)})")
SUBUNIT = PATTERNS.compile(rf"{GAP}(?P<word>{alternation(SUBUNITS)})(?!\w)", regex.IGNORECASE)
# "2 kronor och 23 öre", "tre kronor 45 öre", "12 dollar och 40.": a bare "och 40" is subunits
# only where its clause ends; before a word (`next`) it is a second price or a count as often
# ("150 kronor och 75 för barn", "och 40 går till föreningen", "och 40 anställda").
SUBUNIT_AFTER = PATTERNS.compile(
    rf"{SPACE}+(?:(?P<join>{SUBUNIT_JOIN}){SPACE}+)?(?P<number>[0-9]{{1,2}})"
    rf"(?:{SPACE}+(?P<word>{alternation(SUBUNITS)})(?!\w)"
    rf"|(?![0-9]|[.,][0-9]|{SPACE}*[%(]|{GROUP_SPACE}[0-9])(?={SPACE}*(?P<next>[^\W\d_][\w-]*)?))",
    regex.IGNORECASE)
PASSIVE_MIN_LENGTH = 5    # "lagts", never "ts" alone
PREFIX = PATTERNS.compile(
    rf"(?:(?<![^\W\d_])(?P<code>{alternation([*PREFIX_CODES, *SCALED_PREFIX_CODES])})"
    rf"|(?P<symbol>{alternation(CURRENCY_SYMBOLS)})){SPACE}?\Z")
MINUS_WORD = PATTERNS.compile(rf"(?<!\w)(?:{alternation(MINUS_WORDS)}){SPACE}+\Z", regex.IGNORECASE)
# What follows a year that a unit heads, as in a table's header line ("MSEK 2020 2019", "TSEK
# 2022/2023", "Avk. % SEK 2019" closing its line): another year, a split year, the line's end.
YEAR_HEADING_AFTER = PATTERNS.compile(rf"/[0-9]|{SPACE}+(?:19|20)[0-9]{{2}}(?![0-9])|{SPACE}*(?:\||\n|\Z)")
PAREN_OPEN = PATTERNS.compile(rf"{LINE_SPACE}*\({SPACE}*\Z")
PAREN_CLOSE = PATTERNS.compile(rf"{SPACE}*\)")
EXACT_DIGITS = 100       # digits of precision for arithmetic on values: enough to stay exact
# The default 28 digits would round a long amount. One context, made once: a local context
# per value cost more than the multiplication. No exponent limit: a figure of a million digits
# is read to a value (and left out as no plausible amount), not an Overflow.
EXACT = decimal.Context(prec=EXACT_DIGITS, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
LOWER_CURRENCY_WORDS = {k.lower(): v for k, v in CURRENCY_WORDS.items()}
LOWER_SCALED = {k.lower(): v for k, v in SCALED_CURRENCIES.items()}
LOWER_SCALES = {k.lower(): v for k, v in SCALE_WORDS.items()}
LOWER_SUBUNITS = {k.lower(): v for k, v in SUBUNITS.items()}


@dataclass(frozen=True)
class Reading:
    """A number with what stands around it. `start`/`end` span the amount's text."""

    number: Number
    start: int
    end: int
    sign: int = 1
    scale: Decimal | None = None
    currency: str | None = None
    explicit: bool = False        # a currency word, symbol or code is written
    count_scale: bool = False     # the scale is a word that also makes counts ("miljoner")
    unit_end: int | None = None   # where the unit words end, for a number in parentheses
    joined_to: int | None = None  # index of the reading this one borrows its unit from
    is_range: bool = False

    @property
    def has_unit(self) -> bool:
        return self.scale is not None or self.currency is not None

    def value(self) -> Decimal:
        return EXACT.multiply(EXACT.multiply(self.sign, self.number.value), self.scale or 1)


def near(position: int, hi: int) -> int:
    """An end for matching words right after `position`: `regex` looks for a pattern's
    literal characters up to the end it is given, so an open end costs a scan per number."""
    return min(hi, position + WORD_REACH)


def read_number(text: str, number: Number, lo: int, hi: int) -> Reading:
    """The number with its prefix (currency code or symbol, sign) and its scale and currency."""
    start, sign = number.start, 1
    scale: Decimal | None = None
    currency: str | None = None
    prefix = PREFIX.search(text, max(lo, start - 6), start)
    if prefix and number.is_year(text) and YEAR_HEADING_AFTER.match(text, number.end, near(number.end, hi)):
        return Reading(number, number.start, number.end)   # a heading: "Nyckeltal, MSEK 2020 2019"
    if prefix and not number.words:
        code = prefix["code"]
        if code in SCALED_PREFIX_CODES:
            scale, currency = SCALED_PREFIX_CODES[code]
        else:
            currency = PREFIX_CODES.get(code) or CURRENCY_SYMBOLS[prefix["symbol"]]
        start = prefix.start()
    elif not number.words and start > lo and text[start - 1].isalpha():
        return Reading(number, number.start, number.end)   # part of an id such as "F2024"
    sign, start = signed_start(text, start, lo)
    position = number.end
    in_parentheses = bool(PAREN_OPEN.search(text, max(lo, start - 3), start))
    closing = PAREN_CLOSE.match(text, position, near(position, hi)) if in_parentheses else None
    if closing:
        position = closing.end()
    unit = read_unit(text, position, hi, scale, currency)
    if unit is None and number.price:
        return Reading(number, start, number.end, sign, currency=COLON_PRICE_CURRENCY)
    if unit is None:
        return Reading(number, start, number.end, sign)
    scale, currency, end, count_scale = unit
    if number.colon and currency is None:
        return Reading(number, start, number.end, sign)      # a time of day: "kl. 10:30"
    explicit = currency is not None
    subunit = subunit_after(text, end, hi, currency) if scale is None and not closing else None
    if subunit:
        extra, end = subunit
        number = replace(number, value=number.value + extra)
    if closing:
        return Reading(number, start, number.end, sign, scale, currency, explicit, count_scale,
                       unit_end=end)
    return Reading(number, start, end, sign, scale, currency, explicit, count_scale)


def subunit_after(text: str, end: int, hi: int, currency: str | None) -> tuple[Decimal, int] | None:
    """(value, end) of the subunits written after a whole amount of `currency`: "och 23 öre"
    or, after "och", a bare "och 40" that ends its clause."""
    if currency not in SUBUNITS_OF:
        return None
    match = SUBUNIT_AFTER.match(text, end, near(end, hi))
    if not match or (match["word"] is None and match["join"] is None):
        return None
    if match["word"] is not None and match["word"].lower() not in SUBUNITS_OF[currency]:
        return None
    if match["word"] is None and match["next"] is not None:
        return None
    return Decimal(match["number"]) / 100, match.end()


def leaves_an_amount(word: str) -> bool:
    """The word after a figure goes on with the clause (a function word, a budget verb, a
    passive: "1,4 miljarder till", "20 miljarder lagts") rather than naming what it counts."""
    word = word.lower()
    if word in AMOUNT_FOLLOWERS or word.startswith(AMOUNT_FOLLOWER_STEMS):
        return True
    return len(word) >= PASSIVE_MIN_LENGTH and word.endswith(PASSIVE_ENDINGS)


def signed_start(text: str, start: int, lo: int) -> tuple[int, int]:
    """(sign, start) with a minus written right before the number ("-85,5", "minus 4,4"); the
    written word is part of the amount's text."""
    if start > lo and text[start - 1] in SIGNS and (start - 1 == lo or not text[start - 2].isalnum()):
        return -1, start - 1
    minus = MINUS_WORD.search(text, max(lo, start - 8), start)
    if minus:
        return -1, minus.start()
    return 1, start


def read_unit(text: str, position: int, hi: int, scale: Decimal | None, currency: str | None
              ) -> tuple[Decimal | None, str | None, int, bool] | None:
    """(scale, currency, end, count_scale) of the words after a number, or None."""
    if text.startswith(PRICE_MARK, position) and currency is None:
        return None, PRICE_MARK_CURRENCY, position + len(PRICE_MARK), False
    end = position
    count_scale = False
    scaled = SCALED_CURRENCY.match(text, position, near(position, hi))
    if scaled and scale is None:
        scale, found = LOWER_SCALED[scaled["word"].lower()]
        return scale, currency or found, scaled.end(), False
    word = SCALE.match(text, position, near(position, hi))
    cased = None if word else CASED_SCALE.match(text, position, near(position, hi))
    if word and scale is None:
        scale, end = LOWER_SCALES[word["word"].lower()], word.end()
        count_scale = word["word"].lower() in COUNT_SCALES
    elif cased and scale is None:
        scale, end = CASED_SCALES[cased["word"]], cased.end()
    if currency is None:
        named = CURRENCY_WORD.match(text, end, near(end, hi)) or CURRENCY_SYMBOL.match(text, end, near(end, hi))
        subunit = None if named or scale is not None else SUBUNIT.match(text, end, near(end, hi))
        if named:
            currency = (LOWER_CURRENCY_WORDS.get(" ".join(named["word"].lower().split()))
                        or CURRENCY_SYMBOLS[named["word"]])
            end = named.end()
        elif subunit:
            scale, currency = LOWER_SUBUNITS[subunit["word"].lower()]
            end = subunit.end()
    if cased and currency is None:
        return None    # "5 M" or "10k" means money only beside a currency
    if scale is None and currency is None:
        return None
    return scale, currency, end, count_scale and currency is None


PATTERNS.save()
