"""Bytes that are not UTF-8 -> text in the Western European code page that reads them most
like Swedish. charset-normalizer is imported only for such a file: most runs meet none.

>>> legacy_decoded("Stödet är 5 miljoner kronor.".encode("cp1252"))
'Stödet är 5 miljoner kronor.'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.sv.boilerplate import SWEDISH_ALPHABET_LETTERS, SWEDISH_TEXT_CHARACTERS

# A Swedish release that is not UTF-8 is in one of these; an unrestricted guess prefers
# Central European code pages and turns "å" into "ĺ".
WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "cp437"]
ENCODING_SAMPLE = 256 * 1024


def legacy_decoded(raw: bytes) -> str | None:
    """The file in the code page whose reading of its start looks most like Swedish; None when
    no Western European code page reads it."""
    for encoding in ranked_encodings(raw[:ENCODING_SAMPLE]):
        text = decoded_as(raw, encoding)
        if text is not None:
            return text
    return None


def ranked_encodings(sample: bytes) -> list[str]:
    """Western European code pages that read `sample` as text, most Swedish-looking first.
    charset-normalizer ranks code pages by how ordinary the decoded text looks, but in a short
    release `mac_roman` or `cp850` look as ordinary as cp1252 and turn "ä" into "‰" and "€"
    into "Ä", and a line or two in a DOS code page may get no guess at all."""
    plausible = plausible_encodings(sample)
    readings = [Reading(encoding, text) for encoding in plausible
                if (text := decoded_as(sample, encoding)) is not None]
    readings += [Reading(encoding, text) for encoding in WESTERN_ENCODINGS
                 if encoding not in plausible and (text := decoded_as(sample, encoding)) is not None
                 and swedish_score(text) > 0]
    return [r.encoding for r in sorted(readings, key=Reading.likelihood, reverse=True)]


@dataclass(frozen=True)
class Reading:
    encoding: str
    text: str

    def likelihood(self) -> tuple[int, bool, int]:
        # Of equally Swedish-looking readings cp1252 is by far the commonest; between two
        # rarer ones, the one with more "å", "ä" and "ö" (not "è" or "Ü").
        return (swedish_score(self.text), self.encoding == "cp1252",
                len(SWEDISH_LETTERS.findall(self.text)))


def plausible_encodings(raw: bytes) -> list[str]:
    """cp1252, then charset-normalizer's guesses among the Western European code pages."""
    import charset_normalizer

    # Latin-1's 0x80-0x9F are control codes nobody means; cp1252 puts "€", "–" and quotes there.
    guesses = [match.encoding for match in charset_normalizer.from_bytes(
        raw, cp_isolation=WESTERN_ENCODINGS)]
    return list(dict.fromkeys(["cp1252", *(g for g in guesses if g != "latin_1")]))


def decoded_as(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")
SWEDISH_LETTERS = re.compile("[{}]".format("".join(SWEDISH_ALPHABET_LETTERS)))
# A quote or symbol between two letters ("f”rdelar" for "fördelar" in cp850 read as cp1252) is
# a letter read in the wrong code page; a dash or an apostrophe there is ordinary
# ("Umeå–Luleå", "O’Brien").
IN_WORD_ALLOWED = "\N{EN DASH}\N{EM DASH}\N{RIGHT SINGLE QUOTATION MARK}"
SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[{}](?=[^\W\d_])".format(re.escape("".join(sorted(
    char for char in SWEDISH_TEXT_CHARACTERS
    if not char.isalpha() and not char.isspace() and char not in IN_WORD_ALLOWED)))))


def swedish_score(text: str) -> int:
    """Characters beyond ASCII that Swedish text uses where it uses them, less the others."""
    beyond_ascii = BEYOND_ASCII.findall(text)
    expected = sum(char in SWEDISH_TEXT_CHARACTERS for char in beyond_ascii)
    misplaced = len(SYMBOL_IN_WORD.findall(text))
    return 2 * (expected - misplaced) - len(beyond_ascii)
