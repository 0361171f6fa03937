"""The labeller's tokenizer: a stretch of Swedish text as words, split by the rules of spaCy's
blank Swedish tokenizer (`pipeline/lang/sv/words.py`), word for word as spaCy splits it.

spaCy itself costs an extract run half a CPU-second to import and works out a dozen attributes
for every new word it meets; the labeller reads a word's text, place and four attributes, and
only around amounts, so a small tokenizer that gives it just those is enough.

Each whitespace-separated piece is split as spaCy's `Tokenizer` splits it: prefixes and
suffixes are cut off until none is left (a special case left over stops it), and what remains
is a special case, a web address, or split at its infixes. A second pass merges a run of words
that spells a special case cut apart by the first (":" ")" in "tabell:)") as spaCy's does.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

import regex

from pipeline.lang.sv.words import (
    ABBREVIATED_WORDS,
    APOSTROPHES,
    CASED_WORDS,
    CLITIC_VERBS,
    DATE_ABBREVIATIONS,
    INFIXES,
    PREFIXES,
    SPLIT_WORDS,
    SUFFIXES,
    UNSPLIT_WORDS,
    URL,
)
from pipeline.pattern_cache import PatternCache

# Runs of whitespace and of the rest, whitespace as `str.isspace` has it (the standard `re`'s
# `\s` is that test).
RUNS = re.compile(r"\s+|\S+")
PATTERNS = PatternCache(__file__, __name__)
PREFIX = PATTERNS.compile("|".join("^" + p for p in PREFIXES if p.strip()), regex.V1)
SUFFIX = PATTERNS.compile("|".join(p + "$" for p in SUFFIXES if p.strip()), regex.V1)
INFIX = PATTERNS.compile("|".join(p for p in INFIXES if p.strip()), regex.V1)
WEB_ADDRESS = PATTERNS.compile(URL, regex.V1)
# The most characters a suffix pattern other than a run of dots takes ("km/h", "US$", "km²");
# tests/test_words.py checks it against every pattern of the list.
SUFFIX_WIDTH = 5
# Letters no prefix, suffix or infix pattern takes: a unit is cut off only after a digit ("5km"),
# a currency's letters only with its sign ("US$"). A piece of them alone is one word, which the
# affix searches would find for each new piece at a third of a cold run's tokenizing.
PLAIN_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZåäöÅÄÖéÉüÜ"
# What no infix pattern takes (each takes a mark, a symbol or a dot): what is left of a piece
# once its affixes are cut, if only these, is one word, a web address or not.
PLAIN_CHARACTERS = PLAIN_LETTERS + "0123456789"


@dataclass(slots=True, eq=False)
class Word:
    """A token as the labeller reads it, under the names spaCy's `Token` gives the same
    things: its text, its place in the stretch (`idx`, in characters) and among the words
    (`i`, whitespace tokens counted), the space after it, and its word attributes."""

    text: str
    idx: int
    i: int
    whitespace_: str
    lower_: str
    is_alpha: bool
    is_punct: bool
    is_space: bool
    words: Sequence[Word] = field(repr=False)

    def nbor(self, offset: int = 1) -> Word:
        """The word `offset` places away (spaCy raises IndexError past either end too)."""
        k = self.i + offset
        if not 0 <= k < len(self.words):
            raise IndexError(f"no word {offset} places from word {self.i}")
        return self.words[k]


def special_cases() -> Mapping[str, tuple[str, ...]]:
    """The pieces kept whole (or split their own way), each with the words it is made of."""
    cases: dict[str, tuple[str, ...]] = {w: (w,) for w in UNSPLIT_WORDS}
    for verb in CLITIC_VERBS:
        for form in (verb, verb.title()):
            cases[form + "u"] = (form, "u")
    for word in DATE_ABBREVIATIONS:
        cases[word] = (word,)
        cases[word.capitalize()] = (word.capitalize(),)
    for word in CASED_WORDS:
        cases[word] = (word,)
    for abbreviation in ABBREVIATED_WORDS:
        for form in dict.fromkeys((abbreviation, abbreviation.rstrip(".") + ".")):
            cases[form] = (form,)
            cases[form.capitalize()] = (form.capitalize(),)
    cases.update(SPLIT_WORDS)
    plain, typographic = APOSTROPHES
    for text, pieces in list(cases.items()):
        if plain in text:
            cases[text.replace(plain, typographic)] = tuple(p.replace(plain, typographic)
                                                            for p in pieces)
    return MappingProxyType(cases)


SPECIAL = special_cases()


def affix_length(pattern: regex.Pattern[str], text: str) -> int:
    found = pattern.search(text)
    return found.end() - found.start() if found else 0


def suffix_length(text: str) -> int:
    """`affix_length(SUFFIX, text)`, searched only where a suffix can start: a search from the
    piece's start tries every suffix pattern at every place, a third of a new piece's cost.
    Every suffix but a run of dots is at most `SUFFIX_WIDTH` characters and ends where the
    piece does (or before a last line break, which `$` allows); a lookbehind still reads the
    characters before the place the search starts."""
    start = 0 if ".." in text else max(0, len(text) - SUFFIX_WIDTH - 1)
    found = SUFFIX.search(text, start)
    return found.end() - found.start() if found else 0


def split_piece(piece: str, specials: bool = True) -> list[str]:
    """The words of one piece without whitespace (or of one run of whitespace)."""
    if specials and piece in SPECIAL:
        return list(SPECIAL[piece])
    if piece and not piece.strip(PLAIN_LETTERS):
        return [piece]      # most pieces: every affix and infix needs a digit, symbol or punctuation
    return list(split_cached(piece) if specials else split_affixes(piece, False))


@lru_cache(maxsize=65536)
def split_cached(piece: str) -> tuple[str, ...]:
    return tuple(split_affixes(piece, True))


def split_affixes(string: str, specials: bool) -> list[str]:
    """spaCy's `Tokenizer._split_affixes` and `_attach_tokens`: prefixes and suffixes cut
    off, both at once where they do not overlap, until none is left or a special case is."""
    prefixes: list[str] = []
    suffixes: list[str] = []
    last = -1
    while string and len(string) != last:
        if specials and string in SPECIAL:
            break
        last = len(string)
        pre = affix_length(PREFIX, string)
        if pre and specials and string[pre:] in SPECIAL:
            prefixes.append(string[:pre])
            string = string[pre:]
            break
        suf = suffix_length(string[pre:])
        if suf and specials and string[:-suf] in SPECIAL:
            suffixes.append(string[-suf:])
            string = string[:-suf]
            break
        if pre and suf and pre + suf <= len(string):
            prefixes.append(string[:pre])
            suffixes.append(string[-suf:])
            string = string[pre:-suf]
        elif pre:
            prefixes.append(string[:pre])
            string = string[pre:]
        elif suf:
            suffixes.append(string[-suf:])
            string = string[:-suf]
    return prefixes + inner_words(string, specials) + suffixes[::-1]


def inner_words(string: str, specials: bool) -> list[str]:
    """What is left of a piece once its affixes are cut off: a special case, a web address,
    or the words between its infixes (an infix at the very start is not split off)."""
    if not string:
        return []
    if specials and string in SPECIAL:
        return list(SPECIAL[string])
    if not string.strip(PLAIN_CHARACTERS):
        return [string]     # every infix is a mark: "kronor" of "kronor,", "2024" of "2024."
    if WEB_ADDRESS.match(string):
        return [string]
    words = []
    start = 0
    for infix in INFIX.finditer(string):
        if infix.start() == 0:
            continue
        if infix.start() != start:
            words.append(string[start:infix.start()])
        if infix.start() != infix.end():
            words.append(string[infix.start():infix.end()])
        start = infix.end()
    if string[start:]:
        words.append(string[start:])
    return words


def split_text(text: str, specials: bool = True) -> list[tuple[str, bool]]:
    """`text` as (word, followed by a space) pairs: spaCy's `Tokenizer._tokenize_affixes`.
    One space after a word is that word's; other whitespace is a word of its own."""
    words: list[tuple[str, bool]] = []
    for run in RUNS.finditer(text):
        piece = run.group()
        if piece[0].isspace() and words and piece[0] == " ":
            words[-1] = (words[-1][0], True)
            piece = piece[1:]
            if not piece:
                continue
        words += [(w, False) for w in split_piece(piece, specials)]
    return words


def merge_patterns() -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """The special cases that the first pass can cut apart (they hold a prefix, suffix or
    infix), as the words it cuts them into, by their first word: spaCy's special matcher."""
    patterns: dict[str, list[tuple[str, ...]]] = {}
    for case in SPECIAL:
        words = tuple(w for w, _ in split_text(case, specials=False))
        if len(words) > 1:
            patterns.setdefault(words[0], []).append(words)
    return MappingProxyType({first: tuple(p) for first, p in patterns.items()})


MERGES = merge_patterns()


def merge_runs(words: list[tuple[str, bool]]) -> dict[int, int]:
    """Where runs of words that spell a special case start, and where each ends: the longest
    run first, then the earliest, and none over a word of a run taken before (spaCy's
    `_filter_special_spans`, which counts a run it leaves out as taken too)."""
    runs = [(k, k + len(pattern)) for k, (word, _) in enumerate(words)
            for pattern in MERGES.get(word, ())
            if tuple(w for w, _ in words[k:k + len(pattern)]) == pattern]
    runs.sort(key=lambda run: (run[0] - run[1], run[0]))
    taken: set[int] = set()
    kept = {}
    for start, stop in runs:
        if start not in taken and stop - 1 not in taken:
            kept[start] = stop
        taken.update(range(start, stop))
    return kept


def merged(words: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The words with each run that spells a special case as that special case's words."""
    kept = merge_runs(words)
    if not kept:
        return words
    out: list[tuple[str, bool]] = []
    k = 0
    while k < len(words):
        end = kept.get(k)
        if end is not None:
            # The run's text as written, spaces between its words included: a run with a
            # space inside spells no special case and stays as it is.
            text = "".join(w + " " * space for w, space in words[k:end - 1]) + words[end - 1][0]
            pieces = SPECIAL.get(text)
            if pieces:
                out += [(p, False) for p in pieces[:-1]] + [(pieces[-1], words[end - 1][1])]
                k = end
                continue
        out.append(words[k])
        k += 1
    return out


@lru_cache(maxsize=65536)
def attributes(text: str) -> tuple[str, bool, bool, bool]:
    """A word's lower case, and whether it is letters, punctuation or whitespace only, as
    spaCy's lexical attributes tell them."""
    # No letter is punctuation: most words need no look at their characters' categories.
    alpha = text.isalpha()
    punct = not alpha and all(unicodedata.category(c).startswith("P") for c in text)
    return text.lower(), alpha, punct, text.isspace()


Entry = tuple[str, str, bool, bool, bool]     # a word's text and its `attributes`


@lru_cache(maxsize=65536)
def piece_words(piece: str) -> tuple[tuple[Entry, ...], bool]:
    """The words of one piece (`split_piece`) with their attributes, and whether a run of
    them spells a special case that `merge_runs` may put together. No special case holds a
    space, nor a pattern of `MERGES` a whitespace word, so only a run inside one piece can be
    merged: a stretch without one, as most are, needs no second pass."""
    words = tuple(split_piece(piece))
    # Every pattern of `MERGES` is two words or more: a piece of one word, as most are, spells none.
    runs = len(words) > 1 and any(words[k:k + len(pattern)] == pattern
                                  for k, word in enumerate(words) for pattern in MERGES.get(word, ()))
    return tuple([(w, *attributes(w)) for w in words]), runs


def words_of(text: str) -> list[Word]:
    """The words of `text`, whitespace words included, as spaCy's Swedish tokenizer makes
    them; a word's `idx` is where it starts in `text`."""
    # `split_text` word by word, each piece's words and attributes found once a run: the
    # labeller tokenizes around every amount, where a word cost mostly calls and tuples. Most
    # stretches hold their pieces one space apart: `str.split` cuts them in one C call.
    pieces = text.split()
    joined = " ".join(pieces)
    single = bool(pieces) and (text == joined or (text[-1] == " " and text[:-1] == joined))
    found: list[Word] = []
    idx = 0
    for n, piece in enumerate(pieces if single else RUNS.findall(text)):
        if single and n:
            if not found:
                return merged_words_of(text)
            found[-1].whitespace_ = " "
            idx += 1
        elif piece[0] == " " and found:     # one space after a word is that word's
            found[-1].whitespace_ = " "
            idx += 1
            piece = piece[1:]
            if not piece:
                continue
        entries, merges = piece_words(piece)
        if merges:
            return merged_words_of(text)
        for word, lower, alpha, punct, space in entries:
            found.append(Word(word, idx, len(found), "", lower, alpha, punct, space, found))
            idx += len(word)
    if single and text != joined:
        if not found:
            return merged_words_of(text)
        found[-1].whitespace_ = " "
    return found


def merged_words_of(text: str) -> list[Word]:
    """`words_of` of a stretch with a run of words that may spell a special case."""
    found: list[Word] = []
    idx = 0
    for i, (word, space) in enumerate(merged(split_text(text))):
        found.append(Word(word, idx, i, " " if space else "", *attributes(word), found))
        idx += len(word) + space
    return found


PATTERNS.save()
