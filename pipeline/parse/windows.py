"""Where money can be: one compiled scan for the words every amount needs.

An amount is a number read with a unit: a currency word, symbol or code, a scale, a subunit or
the price mark (`units`), a share-price word before a colon price (`prices`), or one it borrows
from a neighbour in its block that has one (`joins`). A list item or a table cell without one
takes the unit of its lead-in, caption, column or of the release's other amounts
(`implied_units`, `table_units`). So a block that holds none of these words states no amount
itself, and a release without any and without a table holds none: the finders read only the
blocks with one, and only the releases with one or with a table. The pattern is built from the
word lists of `pipeline/lang/sv/` the finders read, with no stricter a boundary than theirs (a
unit word follows a number, a space or a parenthesis, never a letter: the "mn" of "namn" is
none), so it matches wherever a finder can and a unit word added there is found here too.
Tables are always read: a column headed "Belopp" over whole kronor is money with no unit word
at all.

>>> may_hold_money("Ansökan öppnar den 3 mars 2025 för 120 elever.")
False
>>> may_hold_money("Stödet är 40 Mkr.")
True
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import re2
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
from pipeline.parse.patterns import (
    SPACE,
    Deferred,
    alternation,
    either_case,
    keeps_offsets_in_lower_case,
    lower_case,
    lower_view,
    lowered_from,
)
from pipeline.parse.prices import COLON_FIGURE, CUE, may_hold_colon_figure
from pipeline.parse.tries import trie

UNIT_WORDS = [*CURRENCY_WORDS, *SCALE_WORDS, *SCALED_CURRENCIES, *SUBUNITS]
CODES = [*PREFIX_CODES, *SCALED_PREFIX_CODES]     # before a figure: "SEK 30", "MSEK12"
UNIT_MARKS = [*CURRENCY_SYMBOLS, PRICE_MARK]
NOT_LETTER_BEFORE = r"(?<![^\W\d_])"   # a unit word follows a number, a space or a parenthesis


def money_word_pattern(words: list[str], codes: list[str]) -> str:
    return (rf"{NOT_LETTER_BEFORE}(?:(?:{alternation(words)})(?!\w)"
            rf"|(?:{alternation(codes)}){SPACE}?[0-9])|{alternation(UNIT_MARKS)}")


# For a text whose lower case moves its offsets, which almost no release is: compiled then.
MONEY_WORD = Deferred(lambda: regex.compile(money_word_pattern(UNIT_WORDS, CODES), regex.IGNORECASE))
# The same over the text in lower case (when lowering keeps every offset), in the form `re`
# scans fastest: case-sensitive, each word a trie, and every match starting with the
# character before the word (a non-letter, so `re` skips letters in C): a mark is that
# character, seen by a look-behind. A word at the very start of the span is matched apart.
LOWER_WORDS = (rf"{trie([w.lower() for w in UNIT_WORDS])}(?!\w)"
               rf"|{trie([c.lower() for c in CODES])}{SPACE}?[0-9]")
MONEY_WORD_LOWER = re.compile(rf"[\W\d_](?:{LOWER_WORDS}|"
                              + "|".join(f"(?<={re.escape(m.lower())})" for m in UNIT_MARKS) + ")")
MONEY_WORD_LOWER_AT = re.compile(LOWER_WORDS)
# Where `MONEY_WORD_LOWER` may match, asked of RE2, which scans in linear time whatever the
# number of words, some ten times faster than `re` tries them after every non-letter. RE2
# has no look-around, so each test is loosened to a class that holds every character the
# exact one allows (a character before or after a word is no ASCII or Swedish letter, an
# optional space is any such character): every exact match begins where a loose one can.
SWEDISH_LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"
# Characters beside a block that the loose scan reads as neither letters nor word characters,
# as the exact one reads the block's edges: a line break around a block, a space around a cell.
BLOCK_EDGES = "\n "
WORD_CHARACTERS = f"{SWEDISH_LETTERS}0123456789_"


def loose_unit_word(literal: Callable[[str], str] = re.escape,
                    members: Callable[[str], str] = str, marks_of: list[str] = UNIT_MARKS) -> str:
    """The loose scan over text in lower case; with `either_case` and `lowered_from`, the
    same scan over the text as written: it matches where the first matches the text lowered,
    so a release is ruled out without lowering it. `marks_of`: the marks a text may hold."""
    not_letter = f"[^{''.join(map(members, SWEDISH_LETTERS))}]"
    not_word = f"[^{''.join(map(members, WORD_CHARACTERS))}]"
    marks = "|".join("".join(map(literal, m.lower())) for m in marks_of)
    return (rf"(?:^|{not_letter})(?:(?:{trie([w.lower() for w in UNIT_WORDS], literal)})(?:{not_word}|$)"
            rf"|(?:{trie([c.lower() for c in CODES], literal)}){not_word}?[0-9])|{marks}")


LOOSE_UNIT_WORD = loose_unit_word()
ANY_UNIT_WORD = re2.compile(LOOSE_UNIT_WORD)
# The same over the UTF-8 bytes of the text as written: given a str, the RE2 wrapper encodes
# the whole text again and maps offsets back in Python for every match it reports, which cost
# more than the scan; and lowering a release costs twice the scan, paid now only by the
# releases the scan does not rule out.
LOOSE_UNIT_WORD_AS_WRITTEN = loose_unit_word(either_case, lowered_from)
ANY_UNIT_WORD_UTF8 = re2.compile(LOOSE_UNIT_WORD_AS_WRITTEN.encode())


def in_latin_1(chars: str) -> str:
    return "".join(c for c in chars if c <= "\xff")


def latin_1_either_case(char: str) -> str:
    sources = in_latin_1(lowered_from(char))
    return re.escape(char) if len(sources) == 1 else f"[{sources}]"


# The same over the Latin-1 bytes of a text, whose bytes are its characters: it is encoded with
# one copy, where UTF-8 costs a pass that writes two bytes for each "å" and a mapping of every
# offset back. The characters beyond Latin-1 the scan as written knows (the Kelvin and Ångström
# signs, "€": `KNOWN_BEYOND_LATIN_1`) are left out, as a text with one is scanned as UTF-8;
# each other one ("–" and "”" are the usual ones) the scan as written reads as neither letter,
# word character nor mark, and so it reads "?", which stands for it in the bytes.
LATIN_1 = re2.Options()
LATIN_1.encoding = re2.Options.Encoding.LATIN1
ANY_UNIT_WORD_LATIN_1 = re2.compile(
    loose_unit_word(latin_1_either_case, lambda c: in_latin_1(lowered_from(c)),
                    [m for m in UNIT_MARKS if m == in_latin_1(m)]).encode("latin-1"), LATIN_1)


KNOWN_BEYOND_LATIN_1 = sorted({c for c in LOOSE_UNIT_WORD_AS_WRITTEN if c > "\xff"})


def may_hold_money(text: str, lo: int = 0, hi: int | None = None,
                   lowered: str | None = None) -> bool:
    """Whether text[lo:hi] holds a word or mark some amount in it needs. `lowered` is
    `lower_view(text)` when it is not None: the faster scan. A price mark may begin at the
    last character or right after the end: the finders read it after a number ending there."""
    hi = len(text) if hi is None else hi
    if lowered is not None:
        found = MONEY_WORD_LOWER.search(lowered, lo, hi) or MONEY_WORD_LOWER_AT.match(lowered, lo, hi)
    else:
        found = MONEY_WORD.search(text, lo, hi)
    return found is not None or text.find(PRICE_MARK, max(lo, hi - 1), hi + len(PRICE_MARK)) >= 0 \
        or holds_colon_price(text, lo, hi)


def holds_colon_price(text: str, lo: int, hi: int) -> bool:
    """A share price with the öre colon and no unit word ("stängde på 268:50") needs a word of
    share prices in its sentence, so in its block (`prices`)."""
    return may_hold_colon_figure(text, lo, hi) and COLON_FIGURE.search(text, lo, hi) is not None \
        and CUE.search(text, lo, hi) is not None


def release_may_hold_money(doc: Document, lowered: str | None = None) -> bool:
    """Whether the finders can find an amount in `doc`: it has a table or a unit word.
    `lowered` is `lower_view(doc.text)` when the caller has it."""
    return bool(doc.tables) or may_hold_money(
        doc.text, lowered=lowered if lowered is not None else lower_view(doc.text))


@dataclass(frozen=True)
class MoneyWords:
    """Where a release's unit words and marks may stand, from one RE2 scan of its whole text
    (`ANY_UNIT_WORD`), so that only the blocks beside a loose match are scanned exactly: most
    releases and most blocks hold none and were scanned to their end.

    A position where a loose match can begin lies inside one the scan reports, and every
    exact match of a block between line breaks (as layout writes blocks) or spaces (as it
    writes table cells) begins where a loose one can, from the character before the block to
    its last character: a block that no reported match meets holds no word. Any other block
    is scanned as `may_hold_money` scans it."""

    text: str
    starts: list[int]     # the loose matches, in order and apart: their ends are in order too
    ends: list[int]
    # The text holds a price mark or a colon between digits: without one, no block asks for
    # a mark or a colon price, and most releases hold neither.
    prices: bool

    @classmethod
    def of(cls, text: str) -> MoneyWords | None:
        """The words of `text`; None when its lower case moves offsets (`lower_view`)."""
        if not keeps_offsets_in_lower_case(text):
            return None
        spans = loose_spans(text)
        prices = PRICE_MARK in text or may_hold_colon_figure(text, 0, len(text))
        return cls(text, [s for s, _ in spans], [e for _, e in spans], prices)

    @cached_property
    def lowered(self) -> str:
        """`lower_view(self.text)`, made only for a release the scan does not rule out."""
        return lower_case(self.text)

    def in_block(self, lo: int, hi: int) -> bool:
        """`may_hold_money(self.text, lo, hi, self.lowered)`."""
        text = self.text
        if not ((lo == 0 or text[lo - 1] in BLOCK_EDGES) and (hi == len(text) or text[hi] in BLOCK_EDGES)):
            return may_hold_money(text, lo, hi, self.lowered)
        met = bisect_right(self.ends, lo - 1)      # the first loose match ending after lo - 1
        if met < len(self.starts) and self.starts[met] < hi and self.holds_word(lo, hi, met):
            return True
        return self.prices and (text.find(PRICE_MARK, max(lo, hi - 1), hi + len(PRICE_MARK)) >= 0
                                or holds_colon_price(text, lo, hi))

    def holds_word(self, lo: int, hi: int, met: int) -> bool:
        """Whether `MONEY_WORD_LOWER` matches in the block between line breaks lowered[lo:hi],
        searched from the `met`-th loose match on: an exact match begins where a loose one
        can, so none begins before it. One search in C costs less than a match tried at each
        position of each loose match, even where it reads the block to its end."""
        lowered = self.lowered
        return (MONEY_WORD_LOWER_AT.match(lowered, lo, hi) is not None
                or MONEY_WORD_LOWER.search(lowered, max(lo, self.starts[met]), hi) is not None)


UNANCHORED = re2._re2.RE2.Anchor.UNANCHORED


def spans_of(pattern: re2._Regexp, data: bytes) -> list[tuple[int, int]]:
    """`[m.span() for m in pattern.finditer(data)]`, asked of RE2 itself: the wrapper's
    generator builds a match object in Python for each span, which cost two thirds as much as
    the scan. An empty match (the loose scans have none) moves the next search one byte on."""
    match, spans, pos, end = pattern._regexp.Match, [], 0, len(data)
    while pos <= end:
        span = match(UNANCHORED, data, pos, end)[0]
        if span[0] < 0:
            break
        spans.append(span)
        pos = span[1] if span[1] > span[0] else span[1] + 1
    return spans


def loose_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `ANY_UNIT_WORD` in `text.lower()` (for a text that keeps its offsets in
    lower case), from one scan of the bytes of `text`: its Latin-1 bytes, "?" for a character
    beyond Latin-1, when it has none the scan knows (`ANY_UNIT_WORD_LATIN_1`), else its UTF-8
    bytes (`ANY_UNIT_WORD_UTF8`). RE2 matches whole characters, so a span's UTF-8 bytes decode
    alone, and the characters before it are counted from the bytes between it and the span
    before."""
    if not any(c in text for c in KNOWN_BEYOND_LATIN_1):
        return spans_of(ANY_UNIT_WORD_LATIN_1, text.encode("latin-1", "replace"))
    encoded = text.encode()
    spans = spans_of(ANY_UNIT_WORD_UTF8, encoded)
    found, byte, char = [], 0, 0
    for start, end in spans:
        first = char + len(encoded[byte:start].decode())
        byte, char = end, first + len(encoded[start:end].decode())
        found.append((first, char))
    return found
