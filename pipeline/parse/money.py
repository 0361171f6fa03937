"""Implied money: a number with a scale but no currency ("200 miljoner") is money when its
clause is about money and the next word does not make it a count."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal

import regex

from pipeline.lang.sv.money_words import (
    COUNT_NOUN_ENDINGS,
    COUNT_SUBJECTS,
    MONEY_CUE_FALSE_FRIENDS,
    MONEY_CUE_STEMS,
    MONEY_CUE_TAILS,
    OWNERSHIP_SHARE_PHRASES,
    PARTITIVE_DETERMINERS,
    PARTITIVE_REACH,
    PARTITIVE_WORDS,
    PRICE_PREPOSITIONS,
    PURPOSE_INTENSIFIERS,
    PURPOSE_WORDS,
    TRADE_STEMS,
)
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.parse.numbers import YEAR
from pipeline.parse.patterns import SIGNS, SPACE, alternation
from pipeline.parse.tries import trie
from pipeline.parse.units import Reading, leaves_an_amount, near
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
PURPOSE_AFTER = PATTERNS.compile(   # "Hundra miljoner till FN", "18 miljoner mer till arbetet"
    rf"(?:{SPACE}+(?:{alternation(PURPOSE_INTENSIFIERS)}))?{SPACE}+(?:{alternation(PURPOSE_WORDS)}){SPACE}+"
    rf"(?![\d{regex.escape(SIGNS)}])\w", regex.IGNORECASE)
# A year right after the figure says which budget year the money is for, as government
# releases list a sum per year ("en nedjustering av läkemedelsförmånen på 540 miljoner 2025, 2 160
# miljoner 2026 och 2 700 miljoner 2027": g0vse 2024/09 regeringen-foreslar-atgarder…; "ett
# tillskott till anslag 1:3 med 4,7 miljarder 2026, 6,7 miljarder 2027": 2025/09 regeringen-
# lagger-fram-forsvarsbudget…, 2025/09 nationell-satsning-pa-cybersakerhet…, 2024/10 100-000-
# underskoterskor…): a count names what it counts before its year ("1,2 miljoner elbilar 2018").
YEAR_AFTER = PATTERNS.compile(rf"{SPACE}+{YEAR.pattern}(?!\d|[.,:]\d)")
PRICE_BEFORE = PATTERNS.compile(   # "Ökad Gripenförmåga för över 1,5 miljarder"
    rf"(?<!\w)(?:{alternation(PRICE_PREPOSITIONS)})(?P<qualifier>{SPACE}+(?:{alternation(QUALIFIERS)}))?{SPACE}+\Z",
    regex.IGNORECASE)
PRICE_REACH = 40
TRADE_WORD = PATTERNS.compile(rf"(?:{alternation(TRADE_STEMS)})\w*", regex.IGNORECASE)
TRADE_REACH = 120
SENTENCE_BREAK = PATTERNS.compile(r"[.!?;:\n]")
# The words of the noun phrase after a partitive "av", up to punctuation.
PARTITIVE_PHRASE = PATTERNS.compile(rf"{SPACE}*(?P<words>(?:[^\W\d_][\w-]*(?:{SPACE}+|(?=[^\w]|\Z))){{1,{PARTITIVE_REACH}}})")
PARTITIVE_PHRASE_REACH = 120
GENITIVE_ENDING = "s"
MIN_GENITIVE_LENGTH = 3
# With the noun it counts, whose own money word ("antalet fondandelsägare") says nothing of the figure.
COUNT_SUBJECT = PATTERNS.compile(
    rf"(?<!\w)(?:{alternation(COUNT_SUBJECTS)})(?!\w)(?:{SPACE}+[^\W\d_][\w-]*)?", regex.IGNORECASE)
FALSE_FRIEND = PATTERNS.compile(rf"(?:{alternation(MONEY_CUE_FALSE_FRIENDS)})", regex.IGNORECASE)
OWNERSHIP_SHARE = PATTERNS.compile("|".join(OWNERSHIP_SHARE_PHRASES), regex.IGNORECASE)
# The next word may stand on the next line of a paragraph with hard line breaks ("14
# miljoner\naktier"), unless a capital starts that line (a sentence whose full stop the writer
# left out: "… på 182,5 miljoner\nÅr 2012 hade …").
FOLLOWER = PATTERNS.compile(rf"{SPACE}*(?:\n{SPACE}*(?=\p{{Ll}}))?(?P<word>[^\W\d_][\w-]*)?")
MONEY_CUE = PATTERNS.compile(    # a tail counts anywhere in a word: "underhållsskulden"
    rf"(?<!\w)(?:{alternation(MONEY_CUE_STEMS)})|(?:{alternation(MONEY_CUE_TAILS)})", regex.IGNORECASE)
# The same over a block in lower case (when lowering keeps every offset), each list a trie:
# `re` tries a tail at every character, one branch per character is four times faster than
# a case-insensitive alternation of words.
MONEY_CUE_LOWER = re.compile(rf"(?<!\w)(?:{trie([s.lower() for s in MONEY_CUE_STEMS])})"
                             rf"|(?:{trie([t.lower() for t in MONEY_CUE_TAILS])})")
# A line break ends a sentence unless the line after it goes on with it (lower case, a
# figure or a parenthesis: a paragraph with hard line breaks, as Mynewsdesk bodies come).
SENTENCE_END = PATTERNS.compile(r"[.!?](?=\s+[\"”»'–-]?\s*[A-ZÅÄÖ0-9])|\n(?![ \t]*[\p{Ll}0-9(])")
SENTENCE_REACH = 400
# A sign written before a figure makes it a change of a sum, as financial news lists flows
# ("branschfonder (+3,0 miljarder)", "\"andra marknader\" (+2,1 miljarder)", "resultatet var +36
# miljarder"): like a money word in its sentence, unless the next word makes it a count.
WRITTEN_SIGNS = SIGNS + "+"


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
                   money_cue_starts(text, lo, hi))

    def in_sentence_of(self, start: int) -> bool:
        """A money word in the sentence around `start` (at most `SENTENCE_REACH` away)."""
        k = bisect_right(self.sentence_ends, start)
        begin = max(self.lo, start - SENTENCE_REACH, self.sentence_ends[k - 1] if k else self.lo)
        end = min(self.hi, start + SENTENCE_REACH,
                  self.sentence_ends[k] if k < len(self.sentence_ends) else self.hi)
        return self.cue_between(begin, end)

    def sentence_start(self, start: int) -> int:
        k = bisect_right(self.sentence_ends, start)
        return max(self.lo, start - SENTENCE_REACH, self.sentence_ends[k - 1] if k else self.lo)

    def cue_between(self, begin: int, end: int) -> bool:
        first = bisect_left(self.cues, begin)
        return first < len(self.cues) and self.cues[first] < end

    def counted_before(self, text: str, start: int) -> bool:
        """A count subject ("antalet utestående aktier") stands before `start` in its
        sentence with no money word between them."""
        ends = [m.end() for m in COUNT_SUBJECT.finditer(text, self.sentence_start(start), start)]
        return bool(ends) and not self.cue_between(ends[-1], start)


def money_cue_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where the money words of text[lo:hi] start; the character before `lo` is lowered too,
    for the look-behind of a stem."""
    begin = max(0, lo - 1)
    lowered = text[begin:hi].lower()
    if len(lowered) != hi - begin:
        cues = [m.start() for m in MONEY_CUE.finditer(text, lo, hi)]
    else:
        cues = [m.start() + begin for m in MONEY_CUE_LOWER.finditer(lowered, lo - begin)]
    cues = [c for c in cues if not FALSE_FRIEND.match(text, c)]
    return without_ownership_shares(text, lo, hi, cues) if cues else cues


def without_ownership_shares(text: str, lo: int, hi: int, cues: list[int]) -> list[int]:
    """The cues that stand in no ownership share ("9,2 procent av kapital och röster")."""
    shares = [m.span() for m in OWNERSHIP_SHARE.finditer(text, lo, hi)]
    return [c for c in cues if not any(s <= c < e for s, e in shares)] if shares else cues


def follows_as_amount(text: str, end: int, hi: int) -> bool:
    """The word after a scale leaves the number an amount: not "1,4 miljoner jobb", nor "tre
    miljoner av vårdpersonalens arbetstimmar"."""
    follower = FOLLOWER.match(text, end, near(end, hi))
    if not (follower and follower["word"]):
        return True
    if follower["word"].lower() in PARTITIVE_WORDS:
        return not counts_after_partitive(text, follower.end(), hi)
    return leaves_an_amount(follower["word"])


def counts_after_partitive(text: str, end: int, hi: int) -> bool:
    """The noun phrase after "av" is headed by a plural noun that names no money."""
    phrase = PARTITIVE_PHRASE.match(text, end, min(hi, end + PARTITIVE_PHRASE_REACH))
    for word in phrase["words"].split() if phrase else ():
        lowered = word.lower()
        if lowered in PARTITIVE_DETERMINERS:
            continue
        if MONEY_CUE.match(word) and not FALSE_FRIEND.match(word):
            return False
        if lowered.endswith(GENITIVE_ENDING) and len(lowered) > MIN_GENITIVE_LENGTH:
            continue     # "vårdpersonalens", "Sveriges"
        if leaves_an_amount(word):
            return False
        if lowered.endswith(COUNT_NOUN_ENDINGS):
            return True
    return False


def follows_as_restated(text: str, end: int, hi: int) -> bool:
    """The word after a figure that restates an amount is no plural noun it would count."""
    follower = FOLLOWER.match(text, end, near(end, hi))
    word = follower["word"].lower() if follower and follower["word"] else None
    return word is None or follows_as_amount(text, end, hi) or not word.endswith(COUNT_NOUN_ENDINGS)


def is_implied_money(text: str, reading: Reading, hi: int, explicit: bool,
                     cues: MoneyCues, restated: frozenset[Decimal] = frozenset()) -> bool:
    """A number with a scale and no currency is money when it restates an amount the release
    states with its currency, or when the next word does not make it a count and either a
    purpose follows ("Hundra miljoner till FN"), its block names a currency elsewhere, or its
    sentence is about money; never when a count subject stands before it ("antalet aktier
    ökar med 5 miljoner")."""
    if cues.counted_before(text, reading.start):
        return False
    if reading.value() in restated and follows_as_restated(text, reading.end, hi):
        return True
    if not follows_as_amount(text, reading.end, hi):
        return False
    if explicit or PURPOSE_AFTER.match(text, reading.end, near(reading.end, hi)):
        return True
    if YEAR_AFTER.match(text, reading.end, near(reading.end, hi)):
        return True
    if is_priced(text, reading.start, cues.lo):
        return True
    return is_signed(text, reading) or cues.in_sentence_of(reading.start)


def is_priced(text: str, start: int, lo: int) -> bool:
    """"för" right before the figure names a price: after a qualifier ("för över 1,5
    miljarder") or with a word of trade earlier in its sentence ("upphandla fordon för 1,5
    miljarder"), not where it says what the figure suffices for ("räcker för 3 miljoner")."""
    price = PRICE_BEFORE.search(text, max(lo, start - PRICE_REACH), start)
    if price is None:
        return False
    if price["qualifier"]:
        return True
    begin = max(lo, price.start() - TRADE_REACH)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, begin, price.start())]
    return TRADE_WORD.search(text, breaks[-1] if breaks else begin, price.start()) is not None


def is_signed(text: str, reading: Reading) -> bool:
    """A plus or minus sign stands right before the number."""
    start = reading.number.start
    return start > 0 and text[start - 1] in WRITTEN_SIGNS


def money_readings(text: str, readings: list[Reading], lo: int, hi: int,
                   restated: frozenset[Decimal] = frozenset(), about_money: bool = False
                   ) -> dict[int, str | None]:
    """Index of each reading that is money -> its currency (None: implied, use the default).
    `restated` holds the values the release states with a currency; `about_money` says that
    text[lo:hi] speaks of money whatever its words (a cell of a table about money)."""
    explicit = {i: r.currency for i, r in enumerate(readings) if r.explicit}
    order = sorted(explicit)
    cues: MoneyCues | None = None
    money: dict[int, str | None] = dict(explicit)
    said = bool(explicit) or about_money    # a currency stated in the block, or a money cell
    borrowers = []
    for i in range(len(readings) - 1, -1, -1):
        reading = readings[i]
        if i in money or not reading.has_unit:
            continue
        if reading.joined_to is not None:
            borrowers.append(i)
        elif reading.currency is not None:
            money[i] = reading.currency
        elif reading.count_scale and is_implied_money(text, reading, hi, said,
                                                      cues := cues or MoneyCues.of(text, lo, hi),
                                                      restated):
            money[i] = nearest_currency(explicit, order, i)
    return money | lent_money(readings, borrowers, money)


def may_restate(readings: list[Reading], restated: frozenset[Decimal]) -> bool:
    """Whether `restated` can change what `money_readings` finds among `readings`: only a
    figure it asks `is_implied_money` about whose value is in `restated` reads otherwise, so
    most blocks of a release read twice (with no restated values, then with them) are read
    once."""
    if not restated:
        return False
    for r in readings:
        if (not r.explicit and r.has_unit and r.joined_to is None and r.currency is None
                and r.count_scale):
            try:
                if r.value() in restated:
                    return True
            except ArithmeticError:    # a figure too long for its scale: read again, as before
                return True
    return False


def lent_money(readings: list[Reading], borrowers: list[int], money: dict[int, str | None]
               ) -> dict[int, str | None]:
    """A number that borrows its unit is money when its lender is: chains run either way
    ("12, 15 eller 20 kronor" borrow from the right, "(4 086)" from the left)."""
    lent: dict[int, str | None] = {}
    changed = True
    while changed:
        changed = False
        for i in [*borrowers, *reversed(borrowers)]:
            partner = readings[i].joined_to
            if i not in lent and partner is not None and (partner in money or partner in lent):
                lent[i] = money[partner] if partner in money else lent[partner]
                changed = True
    return lent


def nearest_currency(explicit: dict[int, str | None], order: list[int], i: int) -> str | None:
    """The currency of the closest amount with a written currency in the block (`order`:
    the indices of `explicit`, sorted), the one before on a tie."""
    if not order:
        return None
    after = bisect_left(order, i)
    candidates = [j for j in (order[after - 1] if after else None,
                              order[after] if after < len(order) else None) if j is not None]
    return explicit[min(candidates, key=lambda j: (abs(j - i), j > i))]


PATTERNS.save()
