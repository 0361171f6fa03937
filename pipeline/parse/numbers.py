"""Numbers as written, digits or words, found only where a unit word stands near them.

>>> [str(digits_value(s)) for s in ["2 340", "2.340", "4,5"]]
['2340', '2340', '4.5']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import regex

from pipeline.ingest.markdown import GROUP_SPACE_ENTITIES
from pipeline.lang.sv.joins import (
    AMOUNT_PART_WORDS,
    COMPARISON_GAP_WORDS,
    COMPARISON_PHRASES,
    COMPARISON_WORD_ENDINGS,
    ENUMERATION_JOINS,
    ENUMERATION_NAME_REACH,
    PRIOR_PERIOD_GAP_WORDS,
    PRIOR_PERIOD_LABEL_REACH,
    PRIOR_PERIOD_LABELS,
)
from pipeline.lang.sv.numbers import (
    FRACTION_ARTICLES,
    FRACTION_JOIN,
    FRACTION_WORDS,
    HUNDRED,
    NUMBER_WORDS,
    THOUSAND,
    WHOLE_WORDS,
)
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.scales import SCALE_WORDS
from pipeline.parse.anchors import UNIT_REACH, Anchors, LocalAnchors, anchors_for
from pipeline.parse.patterns import (
    GROUP_SPACE,
    GROUP_SPACES,
    SIGNS,
    SPACE,
    WRAPPED_GROUP_SPACE,
    Deferred,
    alternation,
)
from pipeline.parse.prices import colon_prices
from pipeline.parse.tries import guarded_trie, trie
from pipeline.pattern_cache import PatternCache

SCALE_AHEAD = rf"{SPACE}+(?:{alternation(SCALE_WORDS)})(?!\w)"
# Written with look-behinds of one width each, so that both engines compile it: `regex`
# for the callers that match a whole cell, `re` (several times less per call) for the scan.
DIGITS_PATTERN = rf"""
    (?<![0-9])(?<![0-9][.,:])(?<![0-9][eE])(?<![0-9][eE][+-])  # not inside a number, nor 1E+309
    (?:
        [0-9]{{1,3}}(?:{WRAPPED_GROUP_SPACE}[0-9]{{3}})+(?![0-9])        # 1 500 000
      | (?!(?:19|20)[0-9]{{2}})[0-9]{{4}}(?:{GROUP_SPACE}[0-9]{{3}})+(?![0-9])  # 1000 000, never 2024 130
      | [0-9]{{1,3}}(?:\.[0-9]{{3}})+(?![0-9]|[.,][0-9])          # 50.000
      | [0-9]{{1,3}}(?:,[0-9]{{3}}){{2,}}(?![0-9]|[.,][0-9])      # 1,234,567
      | [0-9]+
    )
    (?:
        [,.][0-9]+(?![0-9])                                   # 5,95 and SEK 9.4 M
      | (?:(?<=(?<![0-9])[0-9])|(?<=(?<![0-9])[0-9]{{2}})|(?<=(?<![0-9])[0-9]{{3}}))  # 1 to 3 digits
        ,{GROUP_SPACE}[0-9](?={SCALE_AHEAD})                  # the typo 1, 5 miljarder (guide §6)
    )?
    (?::[0-9]{{2}}(?:[0-9]{{2}})?(?![0-9]))?                  # 126:30 kronor, a NAV of 1:3334 euro
    (?![eE][+-]?[0-9])                                        # 1E+309 is no amount
"""
DIGITS_AT = re.compile(DIGITS_PATTERN, re.VERBOSE)
# Where a figure of DIGITS_AT can start: a digit after no digit. Only there is it tried, since
# a scan tries its look-behinds at every character of a text, `re` skips to a digit in C; the
# look-behind follows the digit for the same reason: a pattern that starts with a class is
# tried only where a character of it stands.
FIGURE_START = re.compile(r"[0-9](?<![0-9]{2})")
PIECE_WORDS = [*NUMBER_WORDS, HUNDRED, THOUSAND]
WORD_PIECES = alternation(PIECE_WORDS)
# For a text whose lower case moves its offsets, which almost no release is: compiled then.
WORD_NUMBER = Deferred(lambda: regex.compile(
    rf"(?<!\w)(?:{alternation(WHOLE_WORDS)}|(?:{WORD_PIECES})++)(?!\w)", regex.IGNORECASE))
# The same over the text in lower case, case-sensitive and behind the first character of each
# word (`guarded_trie`): `re` then skips in C to where a number word can start.
WORD_NUMBER_LOWER = re.compile(guarded_trie([
    (r"(?<!\w)", list(WHOLE_WORDS), r"(?!\w)"),
    (r"(?<!\w)", PIECE_WORDS, rf"(?:{trie(PIECE_WORDS)})*(?!\w)")]))
# `WORD_NUMBER_LOWER` as the scan runs fastest: each match starts with the character before
# its word (group 1), which the look-behind asks to be no word character, so `re` tries a
# position only at a space or a mark, not at every letter a number word starts with (most of
# them: "e", "t", "s", "f"). A word at the start of the text is matched apart.
WORD_NUMBER_WORDS = rf"{trie(list(WHOLE_WORDS))}(?!\w)|{trie(PIECE_WORDS)}(?:{trie(PIECE_WORDS)})*(?!\w)"
WORD_NUMBER_AFTER = re.compile(rf"\W({WORD_NUMBER_WORDS})")
WORD_NUMBER_AT = re.compile(rf"({WORD_NUMBER_WORDS})")
PATTERNS = PatternCache(__file__, __name__)
FRACTION = PATTERNS.compile(
    rf"(?<!\w)(?:(?P<whole>(?:{WORD_PIECES})++|[0-9]+){SPACE}+{FRACTION_JOIN}{SPACE}+)?"
    rf"(?:(?:{alternation(FRACTION_ARTICLES)}){SPACE}+)?(?P<fraction>{alternation(FRACTION_WORDS)})(?!\w)",
    regex.IGNORECASE)
WORD_PIECE = PATTERNS.compile(WORD_PIECES, regex.IGNORECASE)

YEAR = PATTERNS.compile(r"(?:19|20)\d\d")
# Whether a block holds a fraction word at all, before the fraction pattern is tried.
ANY_FRACTION_WORD = re.compile(trie(list(FRACTION_WORDS)))

# A cue that compares the number after it with an amount before it: such a number is read
# without a unit word near it ("väntat 736", "konsensus som låg på 3 815").
COMPARISON_WORD = re.compile(trie(sorted({w.split()[0] for w in (*COMPARISON_PHRASES, *COMPARISON_WORD_ENDINGS)})))
COMPARISON_CUE = PATTERNS.compile(
    rf"(?<![^\W\d_])(?:{alternation(COMPARISON_PHRASES)}|[^\W\d_]*(?:{alternation(COMPARISON_WORD_ENDINGS)}))"
    rf"(?:{SPACE}+[^\W\d_]+){{0,{COMPARISON_GAP_WORDS}}}?:?{SPACE}+(?=[{SIGNS}]?[0-9])", regex.IGNORECASE)
NUMBER_PIECES = {k.lower(): v for k, v in NUMBER_WORDS.items()}
# A figure in parentheses a few words after an amount: "505 miljoner kronor för det tredje
# kvartalet (535)". Such a figure is read although no unit word stands near it.
WORDS_THEN_PAREN = rf"(?:{SPACE}+[^\W\d_]+){{1,{PRIOR_PERIOD_GAP_WORDS}}}{SPACE}*\({SPACE}*"
PAREN_AFTER_WORDS = PATTERNS.compile(rf"{WORDS_THEN_PAREN}[{regex.escape(SIGNS)}]?\Z")
PAREN_REACH = 60
# From a parenthesised figure (and its unit words) to the next of an enumeration of names:
# "(-1,6 miljarder kronor), Europafonder (-1,2), Nordenfonder (" and "(+2,1 miljarder), Asien (".
ENUMERATION_GAP = PATTERNS.compile(
    rf"[^()\n]{{0,{UNIT_REACH}}}?\){SPACE}*(?:,{SPACE}*(?:(?:{alternation(ENUMERATION_JOINS)}){SPACE}+)?"
    rf"|{SPACE}+(?:{alternation(ENUMERATION_JOINS)}){SPACE}+)"
    rf"[^()\d\n.;:]{{1,{ENUMERATION_NAME_REACH}}}?{SPACE}*\({SPACE}*[+{regex.escape(SIGNS)}]?\Z",
    regex.IGNORECASE)
# From an amount's figure (and its unit words) to a part of it: "76,6 miljarder, varav 49,8".
PART_GAP = PATTERNS.compile(
    rf"(?P<unit>[^\d\n]{{0,{UNIT_REACH}}}?),?{SPACE}*(?<!\w)(?:{alternation(AMOUNT_PART_WORDS)}){SPACE}+"
    rf"(?:(?:{alternation(QUALIFIERS)}){SPACE}+)?[{regex.escape(SIGNS)}]?\Z", regex.IGNORECASE)
PART_REACH = UNIT_REACH + 20
PAREN_OPENS = PATTERNS.compile(rf"\({SPACE}*[+{regex.escape(SIGNS)}]?\Z")
# The label of a prior-period figure inside its parentheses: "(fg år: 10,1)", "(2023: 38)".
PRIOR_LABEL = (rf"{SPACE}*(?:(?:{alternation(PRIOR_PERIOD_LABELS)})(?!\w)"
               rf"|(?:[Qq][1-4]{SPACE}*)?(?:19|20)[0-9]{{2}}(?={SPACE}*:)){SPACE}*:?{SPACE}*")
LABELLED_PAREN = PATTERNS.compile(rf"\({PRIOR_LABEL}[{regex.escape(SIGNS)}]?\Z", regex.IGNORECASE)


@dataclass(frozen=True)
class Number:
    """A number as written, digits or words, without sign or unit."""

    start: int
    end: int
    value: Decimal
    words: bool = False
    colon: bool = False
    compared: bool = False    # a comparison cue stands right before it ("väntat 736")
    price: bool = False       # a share price in kronor and öre with no unit word ("till 268:50")

    def is_year(self, text: str) -> bool:
        return not self.words and bool(YEAR.fullmatch(text[self.start:self.end]))


COMMA_THOUSANDS = PATTERNS.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
DOT_THOUSANDS = PATTERNS.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def digits_value(written: str) -> Decimal:
    """The value of a number written in digits, Swedish or English style.

    >>> [str(digits_value(s)) for s in ["1 500 000", "5,95", "50.000", "9.4", "126:30", "1,234,567"]]
    ['1500000', '5.95', '50000', '9.4', '126.30', '1234567']
    """
    if written.isascii() and written.isdigit():
        return Decimal(written)     # most figures: "2024", "40"
    # Every group space but " " is beyond ASCII and every entity starts with "&": a figure
    # without any (most) is not copied a dozen times over.
    if not written.isascii() or " " in written or "&" in written or "\n" in written:
        for space in (*GROUP_SPACES, *GROUP_SPACE_ENTITIES, "\n"):
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


def comparison_ends(text: str, lo: int, hi: int, lowered: str | None) -> set[int]:
    """Where the comparison cues of text[lo:hi] end, right before their number (a sign
    included); a block without any cue word costs one literal scan. A cue starts at the
    start of the word holding its cue word, so the scan starts at the word of the first one:
    tried at every character before it, the cue's run of letters cost more than the rest."""
    if lowered is None:
        return {m.end() for m in COMPARISON_CUE.finditer(text, lo, hi)}
    first = COMPARISON_WORD.search(lowered, lo, hi)
    if first is None:
        return set()
    return {m.end() for m in COMPARISON_CUE.finditer(text, word_start(text, lo, first.start()), hi)}


def word_start(text: str, lo: int, at: int) -> int:
    """Where the run of characters but spaces that holds text[at] starts, lo at the earliest."""
    while at > lo and not text[at - 1].isspace():
        at -= 1
    return at


def in_parentheses_after_words(text: str, start: int, lo: int, anchors: Anchors | LocalAnchors) -> bool:
    """The figure at `start` opens a parenthesis, or follows the label that opens it ("(fg
    år: 10,1)"), a few words after a unit word."""
    opening = text[max(lo, start - 3):start].rstrip(f" {SIGNS}")
    if not opening.endswith("("):
        if "(" not in text[max(lo, start - PRIOR_PERIOD_LABEL_REACH):start]:
            return False
        label = LABELLED_PAREN.search(text, max(lo, start - PRIOR_PERIOD_LABEL_REACH), start)
        if label is None:
            return False
        start = label.start() + 1    # read from the parenthesis: "12,5 MSEK (fg år: 10,1)"
    found = PAREN_AFTER_WORDS.search(text, max(lo, start - PAREN_REACH), start)
    return found is not None and anchors.near(found.start(), found.start())


def opens_part(text: str, last: Number, start: int) -> bool:
    """The figure at `start` follows "varav" right after the amount of `last`."""
    return start - last.end <= PART_REACH and PART_GAP.fullmatch(text, last.end, start) is not None


def continues_enumeration(text: str, last: Number, start: int, lo: int) -> bool:
    """The figure at `start` and the number before it stand in parentheses after names of
    one enumeration: "Europafonder (-1,2), Nordenfonder (-0,6)"."""
    return (start - last.end <= UNIT_REACH + ENUMERATION_NAME_REACH
            and PAREN_OPENS.search(text, max(lo, last.start - 3), last.start) is not None
            and ENUMERATION_GAP.fullmatch(text, last.end, start) is not None)


def digit_figures(text: str, lo: int, hi: int) -> list[re.Match]:
    """The matches of `DIGITS_AT.finditer(text, lo, hi)`, each tried only where a figure can
    start: several times faster over prose, where most characters are letters."""
    found = []
    pos = lo
    for start in FIGURE_START.finditer(text, lo, hi):
        at = start.start()
        if at >= pos and (figure := DIGITS_AT.match(text, at, hi)) is not None:
            found.append(figure)
            pos = figure.end()
    return found


def word_numbers(lowered: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of each match of `WORD_NUMBER_LOWER.finditer(lowered, lo, hi)`."""
    first = WORD_NUMBER_AT.match(lowered, lo, hi) if lo == 0 else None
    found = [(first.start(1), first.end(1), first[1])] if first else []
    found += [(m.start(1), m.end(1), m[1])
              for m in WORD_NUMBER_AFTER.finditer(lowered, first.end() if first else max(0, lo - 1), hi)]
    return found


def numbers_in(text: str, lo: int, hi: int, lowered: str | None = None) -> list[Number]:
    """Every number in text[lo:hi] near a unit word, in order; a longer reading wins over the
    words inside it."""
    digits = digit_figures(text, lo, hi)
    words = word_numbers(lowered, lo, hi) if lowered is not None else [
        (m.start(), m.end(), m[0]) for m in WORD_NUMBER.finditer(text, lo, hi)]
    has_fraction = lowered is None or ANY_FRACTION_WORD.search(lowered, lo, hi) is not None
    fractions = list(FRACTION.finditer(text, lo, hi)) if has_fraction else []
    candidates = len(digits) + len(words) + len(fractions)
    if not candidates:
        return []
    anchors = anchors_for(text, lo, hi, lowered, candidates)
    cue_ends = comparison_ends(text, lo, hi, lowered)
    prices = colon_prices(text, lo, hi)
    found: list[Number] = []
    for m in digits:
        compared = m.start() in cue_ends or (m.start() - 1 in cue_ends and text[m.start() - 1] in SIGNS)
        price = m.start() in prices and ":" in m[0]
        if (price or compared or anchors.near(*m.span())
                or in_parentheses_after_words(text, m.start(), lo, anchors)
                or found and (continues_enumeration(text, found[-1], m.start(), lo)
                              or opens_part(text, found[-1], m.start()))):
            found.append(Number(m.start(), m.end(), digits_value(m[0]), colon=":" in m[0],
                                compared=compared, price=price))
    for start, end, word in words:
        value = word_value(word) if anchors.near(start, end) else None
        if value is not None:
            found.append(Number(start, end, value, words=True))
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


PATTERNS.save()
