"""Parse: text -> money amount spans with exact `Decimal` values (annotation guide §1-2).

One scan finds every number written in digits or words. Each number is then read with what
stands around it: a currency code or symbol before it, a scale and a currency after it, a
neighbour that lends it scale and currency ("mellan 2 och 3 miljarder", "från 80 till 40
miljoner", "476,2 (407,8) miljarder kronor"). A number with a scale but no currency is money
only when its clause is about money and the next word does not make it a count. Table cells
take the unit their table's caption or header states.

>>> [(a.text, a.value, a.currency) for a in amounts_in_text("Projektet får 5,95 Mkr i år.")]
[('5,95 Mkr', Decimal('5950000'), 'SEK')]
>>> [(a.text, a.value, a.value_max) for a in amounts_in_text("mellan 2 och 3 miljarder kronor")]
[('mellan 2 och 3 miljarder kronor', Decimal('2000000000'), Decimal('3000000000'))]
>>> amounts_in_text("Reformen ger 1,4 miljoner jobb och kömiljarden, ring 08-452 76 64.")
[]
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
import decimal
from decimal import Decimal
import re

import regex

from pipeline.document import Document, Span, Table
from pipeline.lang.sv.currencies import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DEFAULT_CURRENCY,
    PREFIX_CODES,
    PRICE_MARK,
    PRICE_MARK_CURRENCY,
    SCALED_PREFIX_CODES,
    SUBUNIT_JOIN,
    SUBUNITS,
)
from pipeline.lang.sv.money_words import (
    AMOUNT_FOLLOWERS,
    COORDINATORS,
    MONEY_CUE_STEMS,
    NON_MONEY_COLUMN_WORDS,
    NON_MONEY_WORDS_BEFORE,
    PASSIVE_ENDINGS,
    PERCENT_WORDS,
    PURPOSE_WORDS,
    RANGE_DASHES,
    RANGE_JOIN,
    RANGE_OPENER,
    TABLE_UNIT_INTRODUCERS,
)
from pipeline.lang.sv.numbers import (
    FRACTION_ARTICLES,
    FRACTION_JOIN,
    FRACTION_WORDS,
    HUNDRED,
    MINUS_WORDS,
    NUMBER_WORDS,
    THOUSAND,
    WHOLE_WORDS,
)
from pipeline.lang.sv.scales import CASED_SCALES, COUNT_SCALES, SCALE_WORDS, SCALED_CURRENCIES


@dataclass(frozen=True)
class Amount:
    """One money amount as written. Offsets index `Document.text`; `text == doc.text[start:end]`.

    For a table cell, `table`, `row` and `column` locate it in `Document.tables`.
    """

    start: int
    end: int
    text: str
    value: Decimal
    value_max: Decimal | None
    currency: str
    table: int | None = None
    row: int | None = None
    column: int | None = None
    implied: bool = False   # no currency written in its block: the document's is assumed

    @property
    def in_table(self) -> bool:
        return self.table is not None


# ---------------------------------------------------------------------------------------------
# Patterns, built from the word lists in pipeline/lang/sv/


def alternation(words) -> str:
    """Words as a regex alternation, longest first so "miljoner" wins over "miljon"."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


SPACE = r"[ \t\u00a0\u202f\u2009]"
GROUP_SPACE = r"[ \u00a0\u202f\u2009]"
SIGNS = "-−–"
DIGITS = regex.compile(rf"""
    (?<![0-9.,:])
    (?:
        [0-9]{{1,3}}(?:{GROUP_SPACE}[0-9]{{3}})+(?![0-9])        # 1 500 000
      | [0-9]{{1,3}}(?:\.[0-9]{{3}})+(?![0-9]|[.,][0-9])          # 50.000
      | [0-9]{{1,3}}(?:,[0-9]{{3}}){{2,}}(?![0-9]|[.,][0-9])      # 1,234,567
      | [0-9]+
    )
    (?:[,.][0-9]+(?![0-9]))?                                  # 5,95 and SEK 9.4 M
    (?::[0-9]{{2}}(?![0-9]))?                                 # 126:30 kronor
""", regex.VERBOSE)
WORD_PIECES = alternation([*NUMBER_WORDS, HUNDRED, THOUSAND])
WORD_NUMBER = regex.compile(rf"(?<!\w)(?:{alternation(WHOLE_WORDS)}|(?:{WORD_PIECES})++)(?!\w)",
                            regex.IGNORECASE)
FRACTION = regex.compile(
    rf"(?<!\w)(?:(?P<whole>(?:{WORD_PIECES})++|[0-9]+){SPACE}+{FRACTION_JOIN}{SPACE}+)?"
    rf"(?:{alternation(FRACTION_ARTICLES)}){SPACE}+(?P<fraction>{alternation(FRACTION_WORDS)})(?!\w)",
    regex.IGNORECASE)
WORD_PIECE = regex.compile(WORD_PIECES, regex.IGNORECASE)

GAP = rf"(?:{SPACE}|\n(?!\n)){{0,3}}"    # between a number and its words, never across blocks
SCALED_CURRENCY = regex.compile(rf"{GAP}(?P<word>{alternation(SCALED_CURRENCIES)})(?!\w)",
                                regex.IGNORECASE)
SCALE = regex.compile(rf"{GAP}(?P<word>{alternation(SCALE_WORDS)})(?!\w)", regex.IGNORECASE)
CASED_SCALE = regex.compile(rf"{SPACE}?(?P<word>{alternation(CASED_SCALES)})(?![^\W\d_])")
CURRENCY_WORD = regex.compile(rf"{GAP}(?P<word>{alternation(CURRENCY_WORDS)})(?!\w)",
                              regex.IGNORECASE)
CURRENCY_SYMBOL = regex.compile(rf"{SPACE}?(?P<word>{alternation(CURRENCY_SYMBOLS)})")
SUBUNIT = regex.compile(rf"{GAP}(?P<word>{alternation(SUBUNITS)})(?!\w)", regex.IGNORECASE)
SUBUNIT_AFTER = regex.compile(
    rf"{SPACE}+{SUBUNIT_JOIN}{SPACE}+(?P<number>[0-9]{{1,2}}){SPACE}+(?P<word>{alternation(SUBUNITS)})(?!\w)",
    regex.IGNORECASE)
PREFIX = regex.compile(
    rf"(?:(?<![^\W\d_])(?P<code>{alternation([*PREFIX_CODES, *SCALED_PREFIX_CODES])})"
    rf"|(?P<symbol>{alternation(CURRENCY_SYMBOLS)})){SPACE}?\Z")
MINUS_WORD = regex.compile(rf"(?<!\w)(?:{alternation(MINUS_WORDS)}){SPACE}+\Z", regex.IGNORECASE)
RANGE_OPENING = regex.compile(rf"(?<!\w){RANGE_OPENER}{SPACE}+\Z", regex.IGNORECASE)
DASH_JOIN = regex.compile(rf"{SPACE}*[{''.join(RANGE_DASHES)}]{SPACE}*\Z")
WORD_JOIN = regex.compile(rf"{SPACE}+(?P<word>{alternation(COORDINATORS)}){SPACE}+\Z",
                          regex.IGNORECASE)
PAREN_OPEN = regex.compile(rf"{SPACE}*\({SPACE}*\Z")
PAREN_CLOSE = regex.compile(rf"{SPACE}*\)")
NOT_MONEY_BEFORE = regex.compile(
    rf"(?<!\w)(?:{alternation(NON_MONEY_WORDS_BEFORE)}){SPACE}*\Z", regex.IGNORECASE)
PURPOSE_AFTER = regex.compile(rf"{SPACE}+(?:{alternation(PURPOSE_WORDS)}){SPACE}+(?![\d{SIGNS}])\w",
                              regex.IGNORECASE)
FOLLOWER = regex.compile(rf"{SPACE}*(?P<word>[^\W\d_][\w-]*)?")
MONEY_CUE = regex.compile(rf"(?<!\w)(?:{alternation(MONEY_CUE_STEMS)})", regex.IGNORECASE)
SENTENCE_END = regex.compile(r"[.!?](?=\s+[\"”»'–-]?\s*[A-ZÅÄÖ0-9])|\n")
CELL_NUMBER = regex.compile(rf"(?P<sign>[{SIGNS}])?{SPACE}?(?P<number>[0-9][0-9 \u00a0\u202f\u2009.,]*[0-9]|[0-9])\**")
YEAR = regex.compile(r"(?:19|20)\d\d")
UNIT_IN_HEADER = regex.compile(
    rf"(?<!\d{SPACE}?)(?<!\w)(?:(?P<scaled>{alternation(SCALED_CURRENCIES)})"
    rf"|(?:(?P<scale>{alternation(SCALE_WORDS)}){SPACE}+)?(?P<currency>{alternation(CURRENCY_WORDS)}))(?!\w)",
    regex.IGNORECASE)
UNIT_IN_CONTEXT = regex.compile(
    rf"(?:\(|(?<!\w)(?:{alternation(TABLE_UNIT_INTRODUCERS)}){SPACE}+)"
    rf"(?:(?P<scaled>{alternation(SCALED_CURRENCIES)})"
    rf"|(?:(?P<scale>{alternation(SCALE_WORDS)}){SPACE}+)?(?P<currency>{alternation(CURRENCY_WORDS)}))(?!\w)",
    regex.IGNORECASE)

WORD_NUMBER_LOWER = re.compile(rf"(?<!\w)(?:{alternation(WHOLE_WORDS)}|(?:{WORD_PIECES})+)(?!\w)")
PERCENT_TABLE = regex.compile(rf"%|(?<!\w)(?:{alternation(PERCENT_WORDS)})(?!\w)", regex.IGNORECASE)

# How far a unit word may stand after a number ("2,5 respektive 4 miljarder kronor") or a code
# before it ("US$ 5") for the number to be read at all.
UNIT_REACH = 40
EXACT_DIGITS = 100       # digits of precision for arithmetic on values: enough to stay exact
SENTENCE_REACH = 400
WORD_REACH = 64
PREFIX_REACH = 6
ANCHOR = regex.compile(
    rf"(?<!\w)(?:{alternation([*SCALED_CURRENCIES, *SCALE_WORDS, *CURRENCY_WORDS, *SUBUNITS])})(?!\w)"
    rf"|{alternation([*CURRENCY_SYMBOLS, PRICE_MARK])}"
    rf"|(?:{alternation([*PREFIX_CODES, *SCALED_PREFIX_CODES])})"
    rf"|(?<=\d)(?:{alternation([*SCALED_CURRENCIES, *CASED_SCALES])})(?!\w)",
    regex.IGNORECASE)

ANCHOR_LOWER = re.compile(ANCHOR.pattern.lower())
LOWER_CURRENCY_WORDS = {k.lower(): v for k, v in CURRENCY_WORDS.items()}
LOWER_SCALED = {k.lower(): v for k, v in SCALED_CURRENCIES.items()}
LOWER_SCALES = {k.lower(): v for k, v in SCALE_WORDS.items()}
LOWER_SUBUNITS = {k.lower(): v for k, v in SUBUNITS.items()}
NUMBER_PIECES = {k.lower(): v for k, v in NUMBER_WORDS.items()}


# ---------------------------------------------------------------------------------------------
# Numbers


@dataclass(frozen=True)
class Number:
    """A number as written, digits or words, without sign or unit."""

    start: int
    end: int
    value: Decimal
    words: bool = False
    colon: bool = False

    def is_year(self, text: str) -> bool:
        return not self.words and bool(YEAR.fullmatch(text[self.start:self.end]))


COMMA_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
DOT_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def digits_value(written: str) -> Decimal:
    """The value of a number written in digits, Swedish or English style.

    >>> [str(digits_value(s)) for s in ["1 500 000", "5,95", "50.000", "9.4", "126:30", "1,234,567"]]
    ['1500000', '5.95', '50000', '9.4', '126.30', '1234567']
    """
    for space in " \u00a0\u202f\u2009":
        written = written.replace(space, "")
    whole, colon, ore = written.partition(":")     # "1.250:50": kronor, then öre
    if COMMA_THOUSANDS.fullmatch(whole):
        value = Decimal(whole.replace(",", ""))
    elif DOT_THOUSANDS.fullmatch(whole):
        value = Decimal(whole.replace(".", "").replace(",", "."))
    else:
        value = Decimal(whole.replace(",", "."))
    return value + Decimal(f"0.{ore}") if colon else value


def word_value(word: str) -> Decimal | None:
    """A Swedish number word, compounds included; None when it is not one.

    >>> [word_value(w) for w in ["Sju", "tjugofem", "tvåhundra", "etthundrafemtio", "femtusen", "halvannan"]]
    [Decimal('7'), Decimal('25'), Decimal('200'), Decimal('150'), Decimal('5000'), Decimal('1.5')]
    >>> word_value("tusentals") is None
    True
    """
    lowered = word.lower()
    if lowered in WHOLE_WORDS:
        return WHOLE_WORDS[lowered]
    pieces = WORD_PIECE.findall(lowered)
    if not pieces or "".join(pieces) != lowered:
        return None
    total, current = 0, 0
    for piece in pieces:
        if piece == HUNDRED:
            current = (current or 1) * 100
        elif piece == THOUSAND:
            total, current = total + (current or 1) * 1000, 0
        else:
            current += NUMBER_PIECES[piece]
    return Decimal(total + current)


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


def lower_view(text: str) -> str | None:
    """`text` in lower case when that keeps every offset (it does for Swedish text): scanning
    it case-sensitively is several times faster than a case-insensitive scan."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


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


def numbers_in(text: str, lo: int, hi: int, lowered: str | None = None) -> list[Number]:
    """Every number in text[lo:hi] near a unit word, in order; a longer reading wins over the
    words inside it."""
    digits = list(DIGITS.finditer(text, lo, hi))
    words = list(WORD_NUMBER_LOWER.finditer(lowered, lo, hi) if lowered is not None
                 else WORD_NUMBER.finditer(text, lo, hi))
    has_fraction = lowered is None or any(lowered.find(w, lo, hi) >= 0 for w in FRACTION_WORDS)
    fractions = list(FRACTION.finditer(text, lo, hi)) if has_fraction else []
    candidates = len(digits) + len(words) + len(fractions)
    if not candidates:
        return []
    if candidates * (UNIT_REACH + WORD_REACH) < hi - lo:
        anchors: Anchors | LocalAnchors = (LocalAnchors(ANCHOR_LOWER, lowered) if lowered is not None
                                           else LocalAnchors(ANCHOR, text))
    else:
        anchors = anchors_in(text, lo, hi, lowered)
    found = [Number(m.start(), m.end(), digits_value(m[0]), colon=":" in m[0])
             for m in digits if anchors.near(*m.span())]
    for m in words:
        value = word_value(m[0]) if anchors.near(*m.span()) else None
        if value is not None:
            found.append(Number(m.start(), m.end(), value, words=True))
    for m in fractions:
        whole = m["whole"]
        base = Decimal(0) if whole is None else (
            Decimal(whole) if whole.isdigit() else word_value(whole))
        if base is not None and anchors.near(*m.span()):
            fraction = FRACTION_WORDS[m["fraction"].lower()]
            found.append(Number(m.start(), m.end(), base + fraction, words=True))
    found.sort(key=lambda n: (n.start, -n.end))
    kept: list[Number] = []
    for number in found:
        if not kept or number.start >= kept[-1].end:
            kept.append(number)
    return kept


# ---------------------------------------------------------------------------------------------
# Reading a number with its unit


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
        with decimal.localcontext() as ctx:
            ctx.prec = EXACT_DIGITS    # the default 28 digits would round a long amount
            return self.sign * self.number.value * (self.scale or 1)


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
    in_parentheses = bool(PAREN_OPEN.search(text, max(lo, number.start - 3), number.start))
    closing = PAREN_CLOSE.match(text, position, near(position, hi)) if in_parentheses else None
    if closing:
        position = closing.end()
    unit = read_unit(text, position, hi, scale, currency)
    if unit is None:
        return Reading(number, start, number.end, sign)
    scale, currency, end, count_scale = unit
    if number.colon and currency is None:
        return Reading(number, start, number.end, sign)      # a time of day: "kl. 10:30"
    explicit = currency is not None
    subunit = SUBUNIT_AFTER.match(text, end, near(end, hi)) if currency == "SEK" else None
    extra = Decimal(0)
    if subunit and scale is None:
        extra = Decimal(subunit["number"]) * LOWER_SUBUNITS[subunit["word"].lower()][0]
        end = subunit.end()
    number = replace(number, value=number.value + extra) if extra else number
    if closing:
        return Reading(number, start, number.end, sign, scale, currency, explicit, count_scale,
                       unit_end=end)
    return Reading(number, start, end, sign, scale, currency, explicit, count_scale)


def signed_start(text: str, start: int, lo: int) -> tuple[int, int]:
    """(sign, start) with a minus written right before the number ("-85,5", "minus 4,4")."""
    if start > lo and text[start - 1] in SIGNS and (start - 1 == lo or not text[start - 2].isalnum()):
        return -1, start - 1
    minus = MINUS_WORD.search(text, max(lo, start - 8), start)
    if minus:
        return -1, start
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
            currency = LOWER_CURRENCY_WORDS.get(named["word"].lower()) or CURRENCY_SYMBOLS[named["word"]]
            end = named.end()
        elif subunit:
            scale, currency = LOWER_SUBUNITS[subunit["word"].lower()]
            end = subunit.end()
    if cased and currency is None:
        return None    # "5 M" or "10k" means money only beside a currency
    if scale is None and currency is None:
        return None
    return scale, currency, end, count_scale and currency is None


# ---------------------------------------------------------------------------------------------
# Numbers that share a unit


def joined_readings(text: str, readings: list[Reading], lo: int) -> list[Reading]:
    """Let a bare number borrow the unit of the number right after it: "10–15 Mkr" and
    "mellan 2 och 3 miljarder" become ranges, "från 80 till 40 miljoner" and
    "476,2 (407,8) miljarder kronor" two amounts."""
    readings = list(readings)
    for i in range(len(readings) - 2, -1, -1):
        left, right = readings[i], readings[i + 1]
        if left.has_unit or not right.has_unit or left.number.is_year(text):
            continue
        if NOT_MONEY_BEFORE.search(text, max(lo, left.start - 12), left.start):
            continue
        between = (left.number.end, right.number.start)
        if right.unit_end is not None and PAREN_OPEN.fullmatch(text, *between):
            readings[i] = replace(left, scale=right.scale, currency=right.currency,
                                  explicit=right.explicit, count_scale=right.count_scale,
                                  end=right.unit_end, joined_to=i + 1)
            continue
        dash = DASH_JOIN.fullmatch(text, *between)
        word = None if dash else WORD_JOIN.fullmatch(text, *between)
        if not (dash or word):
            continue
        if right.sign < 0 and dash:    # "10 – 15": the dash joins, it is no minus
            right = readings[i + 1] = replace(right, sign=1, start=right.number.start)
        opener = RANGE_OPENING.search(text, max(lo, left.start - 8), left.start)
        is_range = bool(dash) or (word["word"].lower() == RANGE_JOIN and opener is not None)
        shared = dict(scale=right.scale, currency=right.currency, explicit=right.explicit,
                      count_scale=right.count_scale, joined_to=i + 1)
        if is_range:
            start = opener.start() if opener else left.start
            readings[i] = replace(left, start=start, end=right.end, is_range=True, **shared)
        else:
            readings[i] = replace(left, **shared)
    return readings


# ---------------------------------------------------------------------------------------------
# Implied currency


@dataclass(frozen=True)
class MoneyCues:
    """Where a block's sentences end and its money words stand, found in one scan each so
    that many amounts in one long block cost no more than one."""

    lo: int
    hi: int
    sentence_ends: list[int]
    cues: list[int]

    @classmethod
    def of(cls, text: str, lo: int, hi: int) -> MoneyCues:
        return cls(lo, hi, [m.end() for m in SENTENCE_END.finditer(text, lo, hi)],
                   [m.start() for m in MONEY_CUE.finditer(text, lo, hi)])

    def in_sentence_of(self, start: int) -> bool:
        """A money word in the sentence around `start` (at most `SENTENCE_REACH` away)."""
        k = bisect_right(self.sentence_ends, start)
        begin = max(self.lo, start - SENTENCE_REACH, self.sentence_ends[k - 1] if k else self.lo)
        end = min(self.hi, start + SENTENCE_REACH,
                  self.sentence_ends[k] if k < len(self.sentence_ends) else self.hi)
        first = bisect_left(self.cues, begin)
        return first < len(self.cues) and self.cues[first] < end


def follows_as_amount(text: str, end: int, hi: int) -> bool:
    """The word after a scale leaves the number an amount: not "1,4 miljoner jobb"."""
    follower = FOLLOWER.match(text, end, near(end, hi))
    word = follower["word"].lower() if follower and follower["word"] else None
    return word is None or word in AMOUNT_FOLLOWERS or (len(word) > 5 and word.endswith(PASSIVE_ENDINGS))


def is_implied_money(text: str, reading: Reading, hi: int, explicit: bool,
                     cues: MoneyCues) -> bool:
    """A number with a scale and no currency is money when the next word does not make it a
    count and either a purpose follows ("Hundra miljoner till FN"), its block names a
    currency elsewhere, or its sentence is about money."""
    if not follows_as_amount(text, reading.end, hi):
        return False
    if explicit or PURPOSE_AFTER.match(text, reading.end, near(reading.end, hi)):
        return True
    return cues.in_sentence_of(reading.start)


# ---------------------------------------------------------------------------------------------
# Text -> amounts


def amounts_in_text(text: str, lo: int = 0, hi: int | None = None,
                    default_currency: str = DEFAULT_CURRENCY, lowered: str | None = None
                    ) -> list[Amount]:
    """Every money amount in text[lo:hi], in order. `lowered` is `lower_view(text)`, passed
    in when many blocks of one text are read."""
    hi = len(text) if hi is None else hi
    lowered = lowered if lowered is not None else lower_view(text)
    numbers = numbers_in(text, lo, hi, lowered)
    if not numbers:
        return []
    readings = joined_readings(text, [read_number(text, n, lo, hi) for n in numbers], lo)
    money = money_readings(text, readings, lo, hi)
    upper_ends = {r.joined_to for i, r in enumerate(readings) if r.is_range and i in money}
    amounts: list[Amount] = []
    for i, reading in enumerate(readings):
        if i not in money or i in upper_ends:    # a range's upper end is part of its amount
            continue
        if amounts and reading.start < amounts[-1].end and readings[i].unit_end is None:
            continue    # "23" in "2 kronor och 23 öre", "tusen" in "300 tusen kronor"
        amount = amount_of(text, reading, readings, money[i] or default_currency)
        amounts.append(replace(amount, implied=True) if money[i] is None else amount)
    return amounts


def money_readings(text: str, readings: list[Reading], lo: int, hi: int) -> dict[int, str | None]:
    """Index of each reading that is money -> its currency (None: implied, use the default)."""
    explicit = {i: r.currency for i, r in enumerate(readings) if r.explicit}
    order = sorted(explicit)
    cues: MoneyCues | None = None
    money: dict[int, str | None] = dict(explicit)
    for i in range(len(readings) - 1, -1, -1):
        reading = readings[i]
        if i in money or not reading.has_unit:
            continue
        partner = reading.joined_to
        if partner is not None:
            if partner in money:
                money[i] = money[partner]
            continue
        if reading.currency is not None:
            money[i] = reading.currency
        elif reading.count_scale and is_implied_money(text, reading, hi, bool(explicit),
                                                      cues := cues or MoneyCues.of(text, lo, hi)):
            money[i] = nearest_currency(explicit, order, i)
    return money


def nearest_currency(explicit: dict[int, str | None], order: list[int], i: int) -> str | None:
    """The currency of the closest amount with a written currency in the block (`order`:
    the indices of `explicit`, sorted), the one before on a tie."""
    if not order:
        return None
    after = bisect_left(order, i)
    candidates = [j for j in (order[after - 1] if after else None,
                              order[after] if after < len(order) else None) if j is not None]
    return explicit[min(candidates, key=lambda j: (abs(j - i), j > i))]


def amount_of(text: str, reading: Reading, readings: list[Reading], currency: str) -> Amount:
    value = reading.value()
    value_max = None
    if reading.is_range and reading.joined_to is not None:
        value_max = readings[reading.joined_to].value()
    return Amount(reading.start, reading.end, text[reading.start:reading.end],
                  normalised(value), normalised(value_max) if value_max is not None else None,
                  currency)


def normalised(value: Decimal) -> Decimal:
    """Whole amounts without a fractional part, so 5,95 Mkr reads 5950000 not 5950000.00."""
    with decimal.localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + 2)
        return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


# ---------------------------------------------------------------------------------------------
# Tables


@dataclass(frozen=True)
class Unit:
    scale: Decimal
    currency: str


def table_amounts(doc: Document, index: int, lowered: str | None = None) -> list[Amount]:
    """Money cells of a table: cells that say their currency, and bare numbers under a
    caption or header that gives the unit."""
    table = doc.tables[index]
    text = doc.text
    numbers = [row_numbers(text, row) for row in table.rows]
    first_data = next((r for r, found in enumerate(numbers) if not all_years(found)), len(table.rows))
    data_rows = {r for r in range(first_data, len(table.rows)) if numbers[r]}
    unit = table_unit(text, table, first_data)
    skipped_columns = non_money_columns(text, table, first_data)
    amounts = []
    for r, row in enumerate(table.rows):
        for c, (start, end) in enumerate(row):
            written = amounts_in_text(text, start, end, lowered=lowered)
            if written:
                amounts += [replace(a, table=index, row=r, column=c) for a in written]
            elif unit and r in data_rows and c > 0 and c not in skipped_columns:
                cell = bare_cell_amount(text, start, end, unit)
                amounts += [replace(cell, table=index, row=r, column=c)] if cell else []
    return amounts


def bare_number(text: str, start: int, end: int) -> regex.Match | None:
    match = CELL_NUMBER.fullmatch(text, start, end)
    return match if match and DIGITS.fullmatch(match["number"]) else None


def row_numbers(text: str, row: tuple[Span, ...]) -> list[regex.Match]:
    """The bare numbers of a row's cells after its label."""
    return [m for m in (bare_number(text, s, e) for s, e in row[1:]) if m]


def all_years(numbers: list[regex.Match]) -> bool:
    """No numbers, or only years: a header row ("| Satsning (mnkr) | 2026 | 2027 |"). Data
    starts at the first row with another number; below it every row of numbers is data."""
    return all(YEAR.fullmatch(m["number"]) for m in numbers)


def table_unit(text: str, table: Table, first_data: int) -> Unit | None:
    """The unit the header rows or the caption before the table state; none for a table of
    percentages ("Avkastning i procent", "Oktober (EUR)")."""
    if PERCENT_TABLE.search(last_sentence(table.context)):
        return None
    for row in table.rows[:first_data]:
        for start, end in row:
            unit = unit_in(UNIT_IN_HEADER, text[start:end])
            if unit:
                return unit
    return unit_in(UNIT_IN_CONTEXT, table.context)


def last_sentence(written: str) -> str:
    ends = [m.end() for m in SENTENCE_END.finditer(written)]
    return written[ends[-1]:] if ends and ends[-1] < len(written) else written


def unit_in(pattern: regex.Pattern, written: str) -> Unit | None:
    match = pattern.search(written)
    if not match:
        return None
    if match["scaled"]:
        scale, currency = LOWER_SCALED[match["scaled"].lower()]
        return Unit(scale, currency)
    scale = LOWER_SCALES[match["scale"].lower()] if match["scale"] else Decimal(1)
    return Unit(scale, LOWER_CURRENCY_WORDS[match["currency"].lower()])


def non_money_columns(text: str, table: Table, first_data: int) -> set[int]:
    """Columns whose header names a share, a count or a year."""
    skipped = set()
    for row in table.rows[:first_data]:
        for c, (start, end) in enumerate(row):
            header = text[start:end].lower()
            if any(regex.search(rf"(?<!\w){regex.escape(w)}(?!\w)", header) or w == "%" and w in header
                   for w in NON_MONEY_COLUMN_WORDS):
                skipped.add(c)
    return skipped


def bare_cell_amount(text: str, start: int, end: int, unit: Unit) -> Amount | None:
    match = bare_number(text, start, end)
    if not match:
        return None
    sign = -1 if match["sign"] else 1
    with decimal.localcontext() as ctx:
        ctx.prec = EXACT_DIGITS
        value = sign * digits_value(match["number"]) * unit.scale
    number_end = match.end("number")
    return Amount(match.start(), number_end, text[match.start():number_end], normalised(value),
                  None, unit.currency)


# ---------------------------------------------------------------------------------------------
# Document -> amounts


def find_amounts(doc: Document) -> list[Amount]:
    """Every money amount of `doc`, in document order. An amount whose block names no
    currency takes the one the document writes most."""
    lowered = lower_view(doc.text)
    amounts = []
    for block in doc.blocks:
        if block.kind != "table_row":
            amounts += amounts_in_text(doc.text, block.start, block.end, lowered=lowered)
    for index in range(len(doc.tables)):
        amounts += table_amounts(doc, index, lowered)
    currency = written_currency(amounts)
    amounts = [replace(a, currency=currency) if a.implied else a for a in amounts]
    return sorted(amounts, key=lambda a: a.start)


def written_currency(amounts: list[Amount]) -> str:
    counts = Counter(a.currency for a in amounts if not a.implied)
    return counts.most_common(1)[0][0] if counts else DEFAULT_CURRENCY
