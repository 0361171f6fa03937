"""Bytes -> clean text: UTF-8, UTF-16 with a BOM or a guessed Western European code page, with
binary files refused and stray controls taken out.

ftfy and charset-normalizer are imported only for the few texts that need them (a mojibake hint,
a file that is not UTF-8): most runs never do.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.lang.sv.boilerplate import SWEDISH_ALPHABET_LETTERS, SWEDISH_TEXT_CHARACTERS

if TYPE_CHECKING:
    import ftfy

log = logging.getLogger(__name__)

# A Swedish release that is not UTF-8 is in one of these; an unrestricted guess prefers
# Central European code pages and turns "å" into "ĺ".
WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "cp437"]
BINARY_SAMPLE = 8192
ENCODING_SAMPLE = 256 * 1024
BINARY_CONTROL_SHARE = 0.10
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
# A NUL or two is a stray byte in a text (a bad copy, a concatenation); more is binary.
STRAY_NULS = 8
STRAY_NUL_SHARE = 0.001

# Formats that are not text, by the bytes they start with. Signature libraries (filetype,
# puremagic) also match two-letter starts such as "BM" (a bitmap) or "MZ" (a program), which
# begin releases about BMW or MZ Group; none of these begins a text.
BINARY_SIGNATURES = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"PK\x03\x04", "zip archive, Word, Excel or OpenDocument file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "older Word or Excel file"),
    (b"{\\rtf", "RTF document"),
    (b"\x1f\x8b\x08", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "program"),
)

# Random bytes and encoded blobs read as characters are not prose. Of the 7,800 releases of
# the corpus (short link-only ones included) none has fewer than one space in thirty
# characters, nor more than a fifth symbols; random printable ASCII has a third symbols and one
# space in a hundred, base64 no spaces. A table of figures has many symbols, and many spaces.
MIN_SPACE_SHARE = 0.02
SYMBOL_SHARE_LIMIT = 0.25
SPACES_BESIDE_SYMBOLS = 0.10
MIN_JUDGED_LENGTH = 40
JUDGED_SAMPLE = 20_000


# UTF-8 read as cp1252 starts each non-ASCII character with "Â", "Ã" or "â" followed by what
# a continuation byte reads as ("Ã¶", "â‚¬"); C1 controls are cp1252 read as Latin-1. Only a
# text holding one is handed to ftfy, whose own test costs as much as the rest of ingest.
CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
MOJIBAKE_HINT = re.compile(f"[ÂÃâ][\u00a0-\u00bf{re.escape(CP1252_HIGH)}]|[\u0080-\u009f]")
# The characters a hint starts with: a scan for one class is several times faster than the
# hint's alternation, and nearly every text holds none.
MOJIBAKE_START = re.compile("[ÂÃâ\u0080-\u009f]")


class UnreadableFile(Exception):
    """A raw file that cannot become a document; the message names the file and the reason."""


def decoded(raw: bytes, source: str) -> str:
    """UTF-8 (BOM dropped) or UTF-16 with a BOM, else a guessed Western European code page.
    A file mixing UTF-8 and a code page reads in the code page, and `repaired` then mends
    its UTF-8 parts."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = decoded_utf16(raw, source)
    else:
        raw = without_stray_nuls(raw, source)
        signature = binary_signature(raw)
        if signature:
            raise UnreadableFile(f"{source}: binary file, not text ({signature})")
        if looks_binary(raw):
            raise UnreadableFile(f"{source}: binary file, not text (control characters)")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = decoded_legacy(raw, source)
    if not text.strip():
        raise UnreadableFile(f"{source}: empty file (only whitespace)")
    return text


def without_stray_nuls(raw: bytes, source: str) -> bytes:
    nuls = raw.count(0)
    if not nuls:
        return raw
    if nuls > max(STRAY_NULS, STRAY_NUL_SHARE * len(raw)):
        raise UnreadableFile(f"{source}: binary file, not text (NUL bytes)")
    log.warning("%s: removed %d stray NUL byte%s", source, nuls, "s" * (nuls > 1))
    return raw.replace(b"\x00", b"")


SIGNATURE_STARTS = tuple(start for start, _ in BINARY_SIGNATURES)


def binary_signature(raw: bytes) -> str | None:
    if not raw.startswith(SIGNATURE_STARTS):    # one test in C for the texts, nearly all
        return None
    return next((name for start, name in BINARY_SIGNATURES if raw.startswith(start)), None)


def unreadable(text: str) -> str | None:
    """Why a decoded text is no prose (random bytes, an encoded blob), or None. Counted in C:
    the spaces by what `split()` drops, and the symbols only for the few texts whose spaces
    alone do not settle it (prose has one character in six a space)."""
    sample = text[:JUDGED_SAMPLE]
    if len(sample.strip()) < MIN_JUDGED_LENGTH:
        return None
    if sample.count(" ") >= SPACES_BESIDE_SYMBOLS * len(sample):
        return None     # most prose, without counting the other spaces
    spaces = len(sample) - len("".join(sample.split()))
    if spaces >= SPACES_BESIDE_SYMBOLS * len(sample):
        return None
    if spaces < MIN_SPACE_SHARE * len(sample) or symbol_count(sample) > SYMBOL_SHARE_LIMIT * len(sample):
        return "not readable text (random characters or encoded data)"
    return None


# Neither a letter or digit (`str.isalnum`) nor a space (`str.isspace`): the classes `re`
# gives `\w` and `\s` in a str pattern, with "_", which `\w` holds, counted apart.
SYMBOL = re.compile(r"[^\w\s]")


def symbol_count(text: str) -> int:
    return len(SYMBOL.findall(text)) + text.count("_")


def repaired(text: str, source: str) -> str:
    """`text` with characters decoded twice mended ("StÃ¶d" -> "Stöd"), saying so."""
    if not has_mojibake_hint(text):
        return text
    import ftfy

    if not ftfy.is_bad(text):
        return text
    fixed = ftfy.fix_text(text, mojibake_fixes())
    if fixed != text:
        log.warning("%s: repaired characters decoded in the wrong encoding", source)
    return fixed


@cache
def mojibake_fixes() -> ftfy.TextFixerConfig:
    """Repair of text decoded twice ("StÃ¶d" for "Stöd"), and only that: the rest of cleaning
    is clean_unicode's."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
        remove_control_chars=False, normalization=None, explain=False)


def prepare_repair() -> None:
    """Import ftfy, build its settings and mend one short text: what the first repair builds
    (ftfy's tables, the code pages it tries) is then built once, in a process that forks its
    workers after this, not again in each of them."""
    import ftfy

    ftfy.fix_text("StÃ¶d pÃ¥ 5 â‚¬", mojibake_fixes())


def has_mojibake_hint(text: str) -> bool:
    start = MOJIBAKE_START.search(text)
    return start is not None and MOJIBAKE_HINT.search(text, start.start()) is not None


def decoded_utf16(raw: bytes, source: str) -> str:
    try:
        return raw.decode("utf-16")
    except UnicodeDecodeError as err:
        raise UnreadableFile(f"{source}: undecodable UTF-16: {err.reason}") from err


def looks_binary(raw: bytes) -> bool:
    sample = raw[:BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return controls > BINARY_CONTROL_SHARE * len(sample)


def decoded_legacy(raw: bytes, source: str) -> str:
    """The file in the code page whose reading of its start looks most like Swedish."""
    for encoding in ranked_encodings(raw[:ENCODING_SAMPLE]):
        text = decoded_as(raw, encoding)
        if text is not None:
            return text
    raise UnreadableFile(f"{source}: undecodable: neither UTF-8 nor a Western European encoding")


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


def c1_as_cp1252(code: int) -> str:
    """A C1 control left by a cp1252 text read as Latin-1 -> the character it stood for."""
    try:
        return bytes([code]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


UNICODE_FIXES = {
    **{code: None for code in range(0x00, 0x20) if chr(code) not in "\t\n\r\f\v"},
    0x7F: None,
    **{code: c1_as_cp1252(code) for code in range(0x80, 0xA0)},
    ord("\f"): "\n", ord("\v"): "\n",
    ord("\N{LINE SEPARATOR}"): "\n", ord("\N{PARAGRAPH SEPARATOR}"): "\n",
    ord("\N{ZERO WIDTH SPACE}"): None, ord("\N{WORD JOINER}"): None,
    ord("\N{ZERO WIDTH NO-BREAK SPACE}"): None,
}


NEEDS_FIXING = re.compile("[{}]".format(re.escape("".join(chr(c) for c in UNICODE_FIXES))))


def clean_unicode(text: str) -> str:
    """Newlines as `\\n`, stray controls out, NFC. No-break, thin and narrow no-break spaces and
    soft hyphens stay: they sit inside numbers and inside the words gold areas quote."""
    if "\r" in text:     # one scan, where two replacements copy every text
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if NEEDS_FIXING.search(text):    # translate() is slow and most texts need nothing
        text = text.translate(UNICODE_FIXES)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
