"""The amount's unit of text (its sentence, list item, heading or table row), its neighbours,
and the token helpers every finder shares: a span of tokens as text, punctuation that ends a
phrase, a phrase's end words.

Only the sentence around an amount is tokenized, and only the part of it a finder reads.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import NamedTuple, Protocol

import regex

from pipeline.document import Block, Document
from pipeline.label.words import Word, words_of
from pipeline.nlp import SENTENCE_REACH, sentence_at
from pipeline.parse import Amount
from pipeline.parse.patterns import CAPITAL_SIGMA
from pipeline.pattern_cache import PatternCache

SPACE = r"\s"    # blocks hold no blank line, so a line break inside one is a space
YEAR = r"(?:19|20)\d\d"
# Compiled once: `regex.fullmatch(YEAR, …)` looks the pattern up in regex's cache at each call,
# which costs ten times the match.
PATTERNS = PatternCache(__file__, __name__)
A_YEAR = PATTERNS.compile(YEAR)
A_DIGIT = PATTERNS.compile(r"\d")
DASH = "[–—-]"
SOFT_HYPHEN = "\u00ad"
NEIGHBOURS = 8     # amounts looked back over for the previous one's end (nested ones overlap)
LABEL_TRIM = " :–—-,;.\u00a0\t\n"
PHRASE_TRIM = " ,;:.–—-\u00a0\t\n"
# Punctuation inside a phrase rather than between phrases: "Säker vård/patientsäkerhet", "EU-stöd".
JOINING_PUNCT = "/-–"

# The letters regex's IGNORECASE matches to "i" and "s" that str.lower() does not lower to
# them one for one ("İ", the long "ſ"): `may_hold` cannot rule out a word where one stands.
CASE_APART = ("\u0130", "\u017f")

# "STOCKHOLM (Fonder Direkt) ", "NEW YORK (Direkt) ": a place in capitals and the agency.
DATELINE = PATTERNS.compile(r"\p{Lu}[\p{Lu} ]{2,30}\s*\([^()\n]{1,40}\)\s+")

# The first and last year the money is for, either open.
Years = tuple[int | None, int | None]


class Placed(Protocol):
    """Where an amount may stand in a table: a cell has all three, an amount in the text none."""

    @property
    def table(self) -> int | None: ...
    @property
    def row(self) -> int | None: ...
    @property
    def column(self) -> int | None: ...


class Cell(NamedTuple):
    table: int
    row: int
    column: int


def cell_of(amount: Placed) -> Cell | None:
    """The table cell the amount stands in, None for an amount in the text."""
    if amount.table is None or amount.row is None or amount.column is None:
        return None
    return Cell(amount.table, amount.row, amount.column)


@dataclass(frozen=True)
class TextUnit:
    """The text unit an amount stands in: a sentence, list item, heading or table row."""

    block: Block
    start: int
    end: int


@dataclass(frozen=True)
class AmountContext:
    """What a finder reads about one amount: the document, the amount, its unit and the
    amounts around it."""

    doc: Document
    amounts: Sequence[Amount]
    index: int
    unit: TextUnit
    # Finders ask for these a hundred thousand times a corpus: plain attributes, set once.
    text: str = field(init=False, repr=False, compare=False)
    amount: Amount = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.doc.text)
        object.__setattr__(self, "amount", self.amounts[self.index])

    @cached_property
    def previous_end(self) -> int:
        """Where the last amount wholly before this one ends: most finders start there, so it
        is found once per amount."""
        return previous_amount_end(self.amount, self.amounts)


def unit_of(doc: Document, starts: list[int], amount: Amount) -> TextUnit:
    """The amount's sentence (in a paragraph) or block, at most `SENTENCE_REACH` characters to
    either side of it: a run-on text without sentence ends costs no more than a sentence."""
    block = doc.blocks[max(0, bisect_right(starts, amount.start) - 1)]
    start, end = block.start, block.end
    if block.kind == "paragraph":
        start, end = sentence_at(doc.text, start, end, amount.start)
    return TextUnit(block, max(start, amount.start - SENTENCE_REACH),
                    min(end, amount.end + SENTENCE_REACH))


def units_of(doc: Document, amounts: Sequence[Amount]) -> list[TextUnit]:
    starts = [b.start for b in doc.blocks]
    return [without_dateline(doc.text, unit_of(doc, starts, a)) for a in amounts]


def without_dateline(text: str, unit: TextUnit) -> TextUnit:
    """A newswire item's first sentence opens with its dateline, "STOCKHOLM (Fonder Direkt)",
    which is no part of the sentence (fonderdirekt:2018-10-31-saudi-norska-staten-investerar-…,
    fonderdirekt:2019-08-29-morningstar-europeiskt-rekordinflöde-till-obligationer-i-juli)."""
    found = DATELINE.match(text, unit.start, unit.end)
    return replace(unit, start=found.end()) if found else unit


def may_hold(text: str, start: int, end: int, words: Iterable[str]) -> bool:
    """Whether text[start:end] may hold one of `words` (lower case), in any case: False only
    when it holds none, so that a costly case-blind pattern that needs one of them is not tried
    at every place of a stretch that cannot match. A few substring tests of the lowered stretch
    cost less than one such search; the labeller asks this some seventy thousand times a corpus,
    so the release's text is lowered once (`lowered_text`) and each test slices it."""
    lowered = lowered_text(text)
    if lowered is None:
        return stretch_may_hold(text[start:end], words)
    # A slice, not `lowered.find(word, start, end)`: a slice takes the narrowest storage its
    # characters allow, where a find in the whole text widens each word to a dash's elsewhere.
    stretch = lowered[start:end]
    for word in words:     # a loop, not any(): this runs for most amounts several times
        if word in stretch:
            return True
    return False


def stretch_may_hold(stretch: str, words: Iterable[str]) -> bool:
    if CASE_APART[0] in stretch or CASE_APART[1] in stretch:
        return True
    lowered = stretch.lower()
    for word in words:
        if word in lowered:
            return True
    return False


# The labeller reads one release at a time: the last few texts are kept, each lowered once.
@lru_cache(maxsize=2)
def lowered_text(text: str) -> str | None:
    """`text` lowered, each character in its place, when a stretch of it lowered is the
    stretch lowered alone; else None: a text with a letter that `may_hold` cannot rule out
    (`CASE_APART`, among them "İ", which lowers to two), or a capital sigma, which lowers by
    the letters beside it."""
    if CASE_APART[0] in text or CASE_APART[1] in text or CAPITAL_SIGMA in text:
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def may_end_with(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether text[start:end], past its trailing space, may end in one of `words` (lower
    case) in any case: False only when it cannot, so that a case-blind pattern anchored at the
    end, which a search tries from every place of the stretch, is tried only where it may match."""
    lowered = lowered_text(text)
    if lowered is not None:     # lowering keeps white space as it is
        return lowered[start:end].rstrip().endswith(words)
    tail = text[start:end].rstrip()
    if CASE_APART[0] in tail or CASE_APART[1] in tail:
        return True
    return tail.lower().endswith(words)


Openings = Mapping[str, tuple[str, ...]]


def openings(*phrase_lists: Iterable[str], marks: str = "") -> Openings:
    """What a case-blind pattern built of `phrase_lists` opens with, past the space before it:
    each phrase's first word (lower case) and each of `marks`, by their first character."""
    starts = {p.split()[0].lower() for phrases in phrase_lists for p in phrases if p.split()} | set(marks)
    by_first: dict[str, list[str]] = {}
    for start in sorted(starts):
        by_first.setdefault(start[0], []).append(start)
    return MappingProxyType({first: tuple(found) for first, found in by_first.items()})


def may_open(text: str, position: int, limit: int, starts: Openings, digit: bool = False) -> bool:
    """Whether text[position:limit], past its leading space, may open with one of `starts`
    (`openings`), or with a digit, in any case: False only when it cannot, so that a costly
    case-blind pattern that must open so is not tried. str.lstrip strips every space regex's
    \\s matches, and more, which only leaves more to try."""
    lowered = lowered_text(text)
    if lowered is None:
        return True
    rest = lowered[position:limit].lstrip()
    first = rest[:1]
    # regex's \d: a decimal digit of any script, of a later Unicode than str.isdecimal knows
    if digit and (first.isdecimal() or (not first.isascii() and A_DIGIT.match(first))):
        return True
    found = starts.get(first)
    return found is not None and rest.startswith(found)


def match_opening(pattern: regex.Pattern[str], starts: Openings, text: str, position: int,
                  limit: int) -> regex.Match[str] | None:
    """`pattern.match(text, position, limit)`, tried only where the text may open with one of
    `starts`, what the pattern opens with past its space (see `may_open`)."""
    return pattern.match(text, position, limit) if may_open(text, position, limit, starts) else None


def first_at_or_after(amounts: Sequence[Amount], position: int) -> int:
    """Index of the first amount starting at or after `position` (amounts are in order)."""
    return bisect_left(amounts, position, key=lambda a: a.start)


def previous_amount_end(amount: Amount, amounts: Sequence[Amount]) -> int:
    """Where the last amount wholly before this one ends (a nested "(407,8)" is not before)."""
    k = first_at_or_after(amounts, amount.start)
    return max((a.end for a in amounts[max(0, k - NEIGHBOURS):k] if a.end <= amount.start), default=0)


def next_amount_start(amount: Amount, amounts: Sequence[Amount], end: int) -> int:
    k = bisect_right(amounts, amount.start, key=lambda a: a.start)
    return min(end, amounts[k].start) if k < len(amounts) else end


def row_label(doc: Document, amount: Amount) -> str | None:
    """The first cell of a table cell's row."""
    cell = cell_of(amount)
    if cell is None:
        return None
    start, end = doc.tables[cell.table].rows[cell.row][0]
    label = doc.text[start:end].strip(LABEL_TRIM)
    return label or None


def words_in(text: str, start: int, end: int) -> list[Word]:
    """The tokens of text[start:end] without whitespace; their `idx` counts from `start`.
    A fresh list each call: finders trim it in place."""
    return list(tokenized_words(text, start, end))


# Several finders read the same stretch before an amount: it is tokenized once. The key holds
# the release's text, so an entry never serves another release.
@lru_cache(maxsize=256)
def tokenized_words(text: str, start: int, end: int) -> tuple[Word, ...]:
    return tuple([t for t in words_of(text[start:end]) if not t.is_space])


def span_text(text: str, offset: int, first: Word, last: Word) -> str:
    """The text from `first` to `last` (tokens of text[offset:]), trimmed of punctuation."""
    return text[offset + first.idx: offset + last.idx + len(last.text)].strip(PHRASE_TRIM)


def is_break(token: Word) -> bool:
    """Punctuation that ends a phrase; a slash or a hyphen joins words inside one, but a dash
    with space on both sides ends it: "rörelseresultat i första kvartalet - Factset"."""
    if not token.is_punct:
        return False
    if token.text not in JOINING_PUNCT:
        return True
    return bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def has_digit(word: str) -> bool:
    # Most words are letters only, which one C call tells (no letter is a digit); the loop
    # over characters is for the rest.
    return not word.isalpha() and any(c.isdigit() for c in word)


def ends_with(words: Sequence[Word], phrases: Iterable[str]) -> int:
    """How many of the last `words` make one of `phrases` (the first such in `phrases`), or 0."""
    first_of, lengths = phrase_index(phrases if isinstance(phrases, tuple) else tuple(phrases))
    n = len(words)
    if not lengths or n <= lengths[0]:
        return 0
    # A plain loop: the finders ask this some twenty thousand times a corpus, mostly of
    # stretches that end in none of the phrases.
    last = tuple([w.lower_ for w in words[-lengths[-1]:]])     # lowered once, not once per phrase
    best: tuple[int, int] | None = None
    for k in lengths:
        if n <= k:
            break
        found = first_of.get(last[len(last) - k:])
        if found is not None and (best is None or found < best):
            best = found
    return best[1] if best else 0


@lru_cache(maxsize=64)
def phrase_index(phrases: tuple[str, ...]) -> tuple[Mapping[tuple[str, ...], tuple[int, int]], tuple[int, ...]]:
    """A constant table of phrases as words: each phrase's (place in the table, word count) by
    its words, and the word counts there are, shortest first."""
    first_of: dict[tuple[str, ...], tuple[int, int]] = {}
    for n, phrase in enumerate(phrases):
        parts = tuple(phrase.split())
        if parts:
            first_of.setdefault(parts, (n, len(parts)))
    return MappingProxyType(first_of), tuple(sorted({len(parts) for parts in first_of}))


PATTERNS.save()
