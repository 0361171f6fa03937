"""Which UTF-8 bytes may hold a character that NFC changes, so that most texts are known to
be composed from their bytes, without asking `unicodedata` of every character.

A character that NFC leaves as it stands, and that joins no character before it, leaves any
text of such characters as it stands. Every character below U+0300 is one, and so is nearly
every character of U+2000-U+2FFF, where a release's dashes, quotes and the euro sign are:
half the releases hold one, and few any other character from U+0300 on.
"""
from __future__ import annotations

import re

# UTF-8 of U+0300, the first character NFC may change; 0xE2 starts U+2000-U+2FFF.
FIRST_ACTIVE_LEAD = 0xCC
PUNCTUATION_LEAD = 0xE2
# The characters of U+2000-U+2FFF that NFC changes (singletons such as U+2126 OHM SIGN),
# that combine (U+20D0-U+20F0 and U+2DE0-U+2DFF) or that may join the character before
# them; `unicodedata` (Unicode 14) names these and no other (a test asks it again).
NFC_ACTIVE_PUNCTUATION = (
    (0x2000, 0x2001), (0x20D0, 0x20DC), (0x20E1, 0x20E1), (0x20E5, 0x20F0), (0x2126, 0x2126),
    (0x212A, 0x212B), (0x2329, 0x232A), (0x2ADC, 0x2ADC), (0x2CEF, 0x2CF1), (0x2D7F, 0x2D7F),
    (0x2DE0, 0x2DFF))


def utf8_of_ranges(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[bytes]:
    """A pattern for the UTF-8 of the three-byte characters in `ranges`: their first two
    bytes, then a class of last bytes, so `re` moves the common first byte out of the
    alternatives and skips in C to each place it stands."""
    tails: dict[bytes, list[int]] = {}
    for first, last in ranges:
        for code in range(first, last + 1):
            encoded = chr(code).encode()
            tails.setdefault(encoded[:2], []).append(encoded[2])
    return re.compile(b"|".join(
        re.escape(head) + b"[" + b"".join(re.escape(bytes([end])) for end in ends) + b"]"
        for head, ends in tails.items()))


ACTIVE_PUNCTUATION = utf8_of_ranges(NFC_ACTIVE_PUNCTUATION)


def is_active_lead(byte: int) -> bool:
    """Whether `byte` may start the UTF-8 of a character NFC changes, other than one of
    U+2000-U+2FFF, which `punctuation_composed` judges."""
    return byte >= FIRST_ACTIVE_LEAD and byte != PUNCTUATION_LEAD


def punctuation_composed(raw: bytes) -> bool:
    """Whether the characters of U+2000-U+2FFF in UTF-8 `raw` are all ones NFC leaves."""
    return ACTIVE_PUNCTUATION.search(raw) is None
