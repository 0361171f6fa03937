"""Bytes -> clean text: UTF-8, UTF-16 with a BOM or a guessed Western European code page, with
binary files refused and stray controls taken out.

ftfy and charset-normalizer are imported only for the few texts that need them (a mojibake hint,
a file that is not UTF-8): most runs never do.
"""
from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from pipeline.ingest.codepages import legacy_decoded
from pipeline.ingest.composed import PUNCTUATION_LEAD, is_active_lead, punctuation_composed

if TYPE_CHECKING:
    import ftfy

log = logging.getLogger(__name__)

BINARY_SAMPLE = 8192
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
MOJIBAKE_LEADS = "ÂÃâ"
MOJIBAKE_HINT = re.compile(f"[{MOJIBAKE_LEADS}][\u00a0-\u00bf{re.escape(CP1252_HIGH)}]|[\u0080-\u009f]")
# The characters a hint starts with: a scan for one class is several times faster than the
# hint's alternation, and nearly every text holds none.
MOJIBAKE_START_CHARS = f"{MOJIBAKE_LEADS}\u0080-\u009f"
MOJIBAKE_START = re.compile(f"[{MOJIBAKE_START_CHARS}]")


class UnreadableFile(Exception):
    """A raw file that cannot become a document; the message names the file and the reason."""


def decoded(raw: bytes, source: str) -> str:
    """UTF-8 (BOM dropped) or UTF-16 with a BOM, else a guessed Western European code page.
    A file mixing UTF-8 and a code page reads in the code page, and `repaired` then mends
    its UTF-8 parts."""
    return decoded_text(raw, source)[0]


def decoded_text(raw: bytes, source: str) -> tuple[str, bool]:
    """`decoded`, and whether the text is known clean, `cleaned` turning only its carriage
    returns into newlines: told from the bytes of a UTF-8 file as they are read, so most
    texts need not be scanned for what cleaning acts on again."""
    clean = False
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = decoded_utf16(raw, source)
    else:
        raw = without_stray_nuls(raw, source)
        signature = binary_signature(raw)
        if signature:
            raise UnreadableFile(f"{source}: binary file, not text ({signature})")
        classes = raw.translate(BYTE_CLASSES)
        # a file holding no control byte at all (nearly every text) is no binary one either
        controls_free = CONTROL_CLASS not in classes
        if not controls_free and looks_binary(raw):
            raise UnreadableFile(f"{source}: binary file, not text (control characters)")
        try:     # the BOM by hand: the "utf-8-sig" codec's Python wrapper cost a third more
            text = raw[3:].decode() if raw.startswith(codecs.BOM_UTF8) else raw.decode()
            clean = controls_free and not has_cleaned_beyond_controls(raw, text) and (
                composed_as_read(raw, classes) or unicodedata.is_normalized("NFC", text))
        except UnicodeDecodeError:
            text = decoded_legacy(raw, source)
    if not text.strip():
        raise UnreadableFile(f"{source}: empty file (only whitespace)")
    return text, clean


def without_stray_nuls(raw: bytes, source: str) -> bytes:
    if b"\x00" not in raw:    # a scan in memchr, several times cheaper than counting
        return raw
    nuls = raw.count(0)
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
    if sample.count(" ") >= SPACES_BESIDE_SYMBOLS * len(sample):
        return None     # most prose, without counting the other spaces or copying it stripped
    if len(sample.strip()) < MIN_JUDGED_LENGTH:
        return None
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
    text = legacy_decoded(raw)
    if text is None:
        raise UnreadableFile(f"{source}: undecodable: neither UTF-8 nor a Western European encoding")
    return text


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
    text = unix_newlines(text)
    if NEEDS_FIXING.search(text):    # translate() is slow and most texts need nothing
        text = text.translate(UNICODE_FIXES)
    return composed(text)


# Every character `repaired` or `clean_unicode` acts on: a hint of mojibake starts with one,
# and `UNICODE_FIXES` maps the others. Nearly every text holds none and costs one scan, not two.
NEEDS_CLEANING = re.compile("[{}{}]".format(
    MOJIBAKE_START_CHARS, re.escape("".join(chr(c) for c in UNICODE_FIXES))))


# What `cleaned` acts on, in a UTF-8 file: its control bytes ("\t", "\n" and "\r" kept), a C1
# control ("\xc2" and a byte below 0xa0) and a few characters found by a search for each,
# which for most texts is faster than one scan for a class of them. A file holding no byte
# that starts a character NFC may change is composed as it stands, and one whose only such
# bytes start U+2000-U+2FFF (dashes, quotes) is when a search of its bytes finds none of the
# few there NFC changes (`pipeline.ingest.composed`), without asking `unicodedata` of every
# character.
CLEANED_BYTES = bytes(c for c in UNICODE_FIXES if c < 0x80)
CONTROL_CLASS, WIDE_CLASS, OTHER_CLASS, PUNCTUATION_CLASS = b"\x00", b"\x01", b"\x02", b"\x03"
BYTE_CLASSES = b"".join(CONTROL_CLASS if b in CLEANED_BYTES else WIDE_CLASS if is_active_lead(b)
                        else PUNCTUATION_CLASS if b == PUNCTUATION_LEAD else OTHER_CLASS
                        for b in range(256))
C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
CLEANED_CHARACTERS = MOJIBAKE_LEADS + "".join(chr(c) for c in UNICODE_FIXES if c > 0x9F)


def has_cleaned_beyond_controls(raw: bytes, text: str) -> bool:
    """Whether `text`, `raw` read as UTF-8, holds a C1 control, a hint of mojibake or a
    character `UNICODE_FIXES` maps above the C1 controls."""
    if b"\xc2" in raw and C1_UTF8.search(raw):
        return True
    return any(c in text for c in CLEANED_CHARACTERS)


def composed_as_read(raw: bytes, classes: bytes) -> bool:
    """Whether UTF-8 `raw` (`classes`: its `BYTE_CLASSES`) is NFC by its bytes alone."""
    return WIDE_CLASS not in classes and (PUNCTUATION_CLASS not in classes or punctuation_composed(raw))


def cleaned(text: str, source: str, known_clean: bool = False) -> str:
    """`clean_unicode(repaired(text, source))`; `known_clean` says that only turns carriage
    returns into newlines (`decoded_text` found nothing else to do)."""
    if known_clean:
        return unix_newlines(text)
    if NEEDS_CLEANING.search(text):
        return clean_unicode(repaired(text, source))
    return composed(unix_newlines(text))


def unix_newlines(text: str) -> str:
    if "\r" in text:     # one scan, where two replacements copy every text
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def composed(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
