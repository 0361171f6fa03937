"""Pieces of pattern the finders of `parse` share: the spaces a figure or a phrase may hold and
word lists as alternations. A module of its own, so `numbers` and `prices`, which `numbers`
reads, build on the same pieces without importing each other.

>>> import regex
>>> regex.fullmatch(alternation(["miljon", "miljoner"]), "miljoner") is not None
True
>>> regex.fullmatch(rf"30{GROUP_SPACE}000", "30&nbsp;000") is not None
True
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

import regex

from pipeline.ingest.markdown import GROUP_SPACE_ENTITIES


class Deferred:
    """A pattern compiled when it is first used, for the scans only a rare text needs (one
    whose lower case moves its offsets): compiling a `regex` pattern costs a few milliseconds
    of every run's import, and most runs never use these. It answers as the compiled pattern."""

    def __init__(self, compile_pattern: Callable[[], regex.Pattern]) -> None:
        self.compile_pattern = compile_pattern

    @cached_property
    def compiled(self) -> regex.Pattern:
        return self.compile_pattern()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def longest_first(words: Iterable[str]) -> list[str]:
    """`words` longest first, so that an alternation takes "miljoner" over "miljon"; words of
    one length in alphabetical order, so that a pattern built from a set is the same in every
    process whatever its string-hash seed."""
    return sorted(words, key=lambda w: (-len(w), w))


def alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, longest first so "miljoner" wins over "miljon"; the space
    between a phrase's words matches any run of white space, a line break included ("från och
    med" in a paragraph a writer or a converter broke after "och")."""
    return "|".join(phrase_pattern(w) for w in longest_first(words))


def phrase_pattern(phrase: str) -> str:
    return r"\s+".join(regex.escape(word) for word in phrase.split(" "))


def lower_words(words: Iterable[str]) -> list[str]:
    return [w.lower() for w in words]


def lower_view(text: str) -> str | None:
    """`text` in lower case when that keeps every offset (it does for Swedish text): scanning
    it case-sensitively is several times faster than a case-insensitive scan."""
    return lower_case(text) if keeps_offsets_in_lower_case(text) else None


# Each Latin-1 character's lower case, by its code: a Latin-1 character too (built from
# `str.lower`, which would fail here for one that is not).
LATIN1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))
# The one character whose lower case depends on its neighbours (a final sigma).
CAPITAL_SIGMA = "\u03a3"


def lower_case(text: str) -> str:
    """`text.lower()` for a text that keeps its offsets in lower case: its Latin-1 characters
    through one table lookup each in C, where `str.lower` looks up every character's full case
    mapping; the few beyond Latin-1 (dashes, quotes) one by
    one.

    >>> lower_case("Stödet ÄR 40 Mkr – ΑΒΓ")
    'stödet är 40 mkr – αβγ'
    """
    try:
        return text.encode("latin-1").translate(LATIN1_LOWER).decode("latin-1")
    except UnicodeEncodeError:
        pass
    if CAPITAL_SIGMA in text:
        return text.lower()
    lowered = text.encode("latin-1", "replace").translate(LATIN1_LOWER)
    pieces, done = [], 0
    at = lowered.find(b"?")
    while at >= 0:     # a character beyond Latin-1, or a question mark
        if text[at] != "?":
            pieces += [lowered[done:at].decode("latin-1"), text[at].lower()]
            done = at + 1
        at = lowered.find(b"?", at + 1)
    pieces.append(lowered[done:].decode("latin-1"))
    return "".join(pieces)


# The only character `str.lower` writes as two ("İ": "i" and a combining dot; no character
# lowers to none): a text without it keeps every offset in lower case. A test checks every
# code point.
LONGER_IN_LOWER_CASE = "\u0130"
# The characters but a letter's upper case whose lower case is that letter: the Kelvin sign
# lowers to "k", the Ångström sign to "å". A test checks every code point for the characters
# the scans of a text not lowered write (`either_case`).
ALSO_LOWERED_TO = {"k": "\u212a", "å": "\u212b"}


def keeps_offsets_in_lower_case(text: str) -> bool:
    """`lower_view(text) is not None`, without lowering the text."""
    return LONGER_IN_LOWER_CASE not in text


def lowered_from(char: str) -> str:
    """Every character whose lower case is the one character `char`, `char` first."""
    upper = char.upper()
    cased = upper if len(upper) == 1 and upper != char and upper.lower() == char else ""
    return char + cased + ALSO_LOWERED_TO.get(char, "")


def either_case(char: str) -> str:
    """A pattern for the characters whose lower case is `char`: a scan of a text with these
    in place of each character matches where the same scan of the text in lower case does."""
    sources = lowered_from(char)
    return re.escape(char) if len(sources) == 1 else f"[{sources}]"


SPACE = r"[ \t\u00a0\u202f\u2009]"
GROUP_SPACES = " \u00a0\u202f\u2009"
# Between digit groups, a space or a space entity that ingest kept as written ("30&nbsp;000").
GROUP_SPACE = rf"(?:[{GROUP_SPACES}]|{'|'.join(regex.escape(e) for e in GROUP_SPACE_ENTITIES)})"
# Between the words of a sentence, a space or a line break inside its paragraph (Markdown
# bodies with hard line breaks, as Mynewsdesk releases come); never a blank line.
LINE_SPACE = rf"(?:{SPACE}|\n(?!\n))"
# A line wrapped at a fixed width may break between digit groups ("totalt 143 500\n000
# kronor": Mynewsdesk releases written with hard line breaks); a blank line never does.
WRAPPED_GROUP_SPACE = rf"(?:{GROUP_SPACE}|\n(?![\n]))"
# A figure's characters from its first digit to its last, group spaces and separators included.
FIGURE = rf"[0-9](?:[0-9.,]|{GROUP_SPACE})*[0-9]|[0-9]"
SIGNS = "-−–"
