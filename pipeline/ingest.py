"""Ingest: raw bytes -> `Document` (cleaned text, title, publisher, date, blocks, tables).

Every reader turns its format into a list of `Part`s (a title, heading, paragraph, list item or
table, already cleaned of markup) and `assemble` lays them out as one text, so every block and
cell offset indexes the cleaned text:

    .md / .markdown / JSONL bodies -> markdown_parts
    .txt (scraped pages)           -> plain_release  (site chrome, publisher, date line)
    .html / .htm                   -> html_release   (trafilatura's main text as XML)
"""
from __future__ import annotations

import hashlib
import html
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator, Literal

import charset_normalizer

from pipeline.document import Block, BlockKind, Document, Span, Table
from pipeline.lang.sv.boilerplate import (
    CONTACT_CUES,
    DATELINE_WORDS,
    MONTHS,
    ORGANISATION_WORDS,
    PUBLISHER_CUES,
    SITE_LINE_STARTS,
    SITE_LINES,
    SWEDISH_ALPHABET_LETTERS,
    SWEDISH_TEXT_CHARACTERS,
)

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
Format = Literal["txt", "md", "html"]

# A Swedish release that is not UTF-8 is in one of these; an unrestricted guess prefers
# Central European code pages and turns "å" into "ĺ".
WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "cp437"]
BINARY_SAMPLE = 8192
ENCODING_SAMPLE = 256 * 1024
BINARY_CONTROL_SHARE = 0.10
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])

CELL_SEPARATOR = " | "
TITLE_MAX_WORDS = 30
HEADING_MAX_WORDS = 12
SHORT_LINE_WORDS = 12
CONTACT_LINE_WORDS = 8
HEADER_SCAN_LINES = 15


class UnreadableFile(Exception):
    """A raw file that cannot become a document; the message names the file and the reason."""


# ---------------------------------------------------------------------------------------------
# Files and JSONL records -> Document


def read_document(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The release in `path`; `doc_id` is its path under `root` without the suffix."""
    relative = PurePosixPath(path.relative_to(root).as_posix())
    format_of(relative)
    return document_from_bytes(raw_bytes(path, relative.as_posix(), max_bytes), relative, max_bytes)


def format_of(relative: PurePosixPath) -> Format:
    fmt = SUFFIXES.get(relative.suffix.lower())
    if fmt is None:
        expected = ", ".join(sorted(SUFFIXES))
        raise UnreadableFile(f"{relative}: unsupported suffix {relative.suffix!r} (expected {expected})")
    return fmt


def document_from_bytes(raw: bytes, relative: PurePosixPath,
                        max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A release from its bytes, wherever they were read (a local file or an fsspec URL)."""
    source = relative.as_posix()
    fmt = format_of(relative)
    if len(raw) > max_bytes:
        raise UnreadableFile(f"{source}: too large: {len(raw)} bytes, limit {max_bytes}")
    if not raw.strip():
        raise UnreadableFile(f"{source}: empty file")
    text = decoded(raw, source)
    return document_from_text(relative.with_suffix("").as_posix(), source, text, fmt,
                              sha256=hashlib.sha256(raw).hexdigest())


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def document_from_text(doc_id: str, source: str, text: str, fmt: Format, *,
                       title: str | None = None, publisher: str | None = None,
                       published: date | None = None, sha256: str = "") -> Document:
    """A `Document` from decoded text; the keyword metadata wins over what the text says."""
    text = clean_unicode(text)
    title = clean_unicode(title).strip() or None if title else None
    if fmt == "md":
        release = Release(parts=tuple(markdown_parts(text)))
    elif fmt == "txt":
        release = plain_release(text)
    elif fmt == "html":
        release = html_release(text, source)
    else:
        raise ValueError(f"unknown format {fmt!r}: expected one of {sorted(set(SUFFIXES.values()))}")
    release = with_metadata(release, title, publisher, published)
    layout = assemble(release.parts)
    return Document(doc_id=doc_id, source=source, sha256=sha256, text=layout.text,
                    title=release.title, publisher=release.publisher,
                    published=release.published, blocks=layout.blocks, tables=layout.tables,
                    status="ok" if layout.text.strip() else "no text left after cleaning")


def documents_from_jsonl(path: Path, root: Path) -> Iterator[Document]:
    """One `Document` per line (`id`, `title`, `text` as Markdown, optional `date`,
    `publisher`); a bad line yields a document whose status says why."""
    relative = path.relative_to(root).as_posix()
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield document_from_record(line.rstrip(b"\r\n"), f"{relative}:{number}")


@dataclass(frozen=True)
class Record:
    """One JSONL line before ingest: enough to tell whether it changed since the last run, and
    where to read it again (so a large corpus is not held in memory)."""

    doc_id: str
    source: str
    sha256: str
    offset: int
    length: int


def records_in_jsonl(path: Path, root: Path) -> Iterator[Record]:
    """Each non-blank line's id, source (`file.jsonl:line`) and sha256, without ingesting it."""
    relative = path.relative_to(root).as_posix()
    offset = 0
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                body = line.rstrip(b"\r\n")
                source = f"{relative}:{number}"
                yield Record(record_id(body) or source, source, hashlib.sha256(body).hexdigest(),
                             offset, len(body))
            offset += len(line)


def record_line(path: Path, offset: int, length: int) -> bytes:
    with path.open("rb") as f:
        f.seek(offset)
        return f.read(length)


def record_id(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    found = record.get("id") if isinstance(record, dict) else None
    return found if isinstance(found, str) and found.strip() else None


def document_from_record(line: bytes, source: str) -> Document:
    sha256 = hashlib.sha256(line).hexdigest()
    try:
        record = json.loads(line.decode("utf-8"))
        problem = record_problem(record)
    except UnicodeDecodeError:
        record, problem = {}, "line is not UTF-8"
    except json.JSONDecodeError as err:
        record, problem = {}, f"invalid JSON: {err.msg} at column {err.colno}"
    doc_id = record.get("id") if isinstance(record, dict) else None
    if problem:
        return Document(doc_id=doc_id if isinstance(doc_id, str) and doc_id else source,
                        source=source, sha256=sha256, text="", status=f"{source}: {problem}")
    return document_from_text(
        doc_id, source, record["text"], "md", title=record.get("title"),
        publisher=record.get("publisher"), published=iso_date(record.get("date")),
        sha256=sha256)


def record_problem(record: object) -> str | None:
    """Why a JSONL record cannot be a document, or None."""
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    for key in ("id", "text"):
        if not isinstance(record.get(key), str):
            return f"field {key!r} missing or not a string"
    if not record["id"].strip():
        return "field 'id' is empty"
    for key in ("title", "publisher", "date"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return f"field {key!r} is not a string"
    return None


def iso_date(value: str | None) -> date | None:
    """`2015-03-12` -> that day; a month alone (`2014-10`) -> its first day."""
    if not value:
        return None
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?\s*", value)
    if not match:
        return None
    return safe_date(int(match[1]), int(match[2]), int(match[3] or 1))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Bytes -> clean text


def raw_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableFile(f"{source}: too large: {size} bytes, limit {max_bytes}")
        raw = path.read_bytes()
    except OSError as err:
        raise UnreadableFile(f"{source}: cannot read: {err.strerror or err}") from err
    if not raw.strip():
        raise UnreadableFile(f"{source}: empty file")
    return raw


def decoded(raw: bytes, source: str) -> str:
    """UTF-8 (BOM dropped) or UTF-16 with a BOM, else a guessed Western European code page."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = decoded_utf16(raw, source)
    elif looks_binary(raw):
        raise UnreadableFile(f"{source}: binary file, not text")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = decoded_legacy(raw, source)
    if not text.strip():
        raise UnreadableFile(f"{source}: empty file (only whitespace)")
    return text


def decoded_utf16(raw: bytes, source: str) -> str:
    try:
        return raw.decode("utf-16")
    except UnicodeDecodeError as err:
        raise UnreadableFile(f"{source}: undecodable UTF-16: {err.reason}") from err


def looks_binary(raw: bytes) -> bool:
    if b"\x00" in raw:
        return True
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
SWEDISH_LETTERS = re.compile("[%s]" % "".join(SWEDISH_ALPHABET_LETTERS))
# A quote or symbol between two letters ("f”rdelar" for "fördelar" in cp850 read as cp1252) is
# a letter read in the wrong code page; a dash or an apostrophe there is ordinary
# ("Umeå–Luleå", "O’Brien").
IN_WORD_ALLOWED = "\N{EN DASH}\N{EM DASH}\N{RIGHT SINGLE QUOTATION MARK}"
SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[%s](?=[^\W\d_])" % re.escape("".join(sorted(
    char for char in SWEDISH_TEXT_CHARACTERS
    if not char.isalpha() and not char.isspace() and char not in IN_WORD_ALLOWED))))


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


NEEDS_FIXING = re.compile("[%s]" % re.escape("".join(chr(c) for c in UNICODE_FIXES)))


def clean_unicode(text: str) -> str:
    """Newlines as `\\n`, stray controls out, NFC. No-break, thin and narrow no-break spaces and
    soft hyphens stay: they sit inside numbers and inside the words gold areas quote."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if NEEDS_FIXING.search(text):    # translate() is slow and most texts need nothing
        text = text.translate(UNICODE_FIXES)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


# ---------------------------------------------------------------------------------------------
# Parts -> text, blocks and tables


@dataclass(frozen=True)
class Part:
    """A block before layout: cleaned text, or for a table its rows of cleaned cells."""

    kind: BlockKind | Literal["table"]
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Release:
    """What a reader found: the parts in order and any metadata the text itself states."""

    parts: tuple[Part, ...]
    title: str | None = None
    publisher: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Layout:
    text: str
    blocks: tuple[Block, ...]
    tables: tuple[Table, ...]


def with_metadata(release: Release, title: str | None, publisher: str | None,
                  published: date | None) -> Release:
    """Given metadata wins; a given title with no title part in the text becomes the first part."""
    parts = release.parts
    found_title = next((p.text for p in parts if p.kind == "title"), None)
    if title and found_title is None:
        parts = (Part("title", title), *parts)
    return Release(parts=parts, title=title or found_title or release.title,
                   publisher=clean_name(publisher) or release.publisher,
                   published=published or release.published)


def clean_name(name: str | None) -> str | None:
    return clean_unicode(name).strip() or None if name else None


class TextBuilder:
    """Appends pieces to the cleaned text and says where each one landed."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0

    def add(self, piece: str, separator: str) -> Span:
        if self.length:
            self.pieces.append(separator)
            self.length += len(separator)
        start = self.length
        self.pieces.append(piece)
        self.length += len(piece)
        return start, self.length

    def text(self) -> str:
        return "".join(self.pieces)


def assemble(parts: Iterable[Part]) -> Layout:
    """Lay parts out one after another: a blank line between blocks, a line break between
    neighbouring list items and between the rows of a table."""
    builder = TextBuilder()
    blocks: list[Block] = []
    tables: list[Table] = []
    section: str | None = None
    context = ""
    previous: str | None = None
    for part in parts:
        if part.kind == "table":
            rows = table_rows(part, builder, blocks, len(tables), section,
                              "\n\n" if previous else "")
            tables.append(Table(rows=rows, context=context))
        else:
            together = previous == part.kind == "list_item"
            start, end = builder.add(part.text, "\n" if together else "\n\n")
            blocks.append(Block(part.kind, start, end, section=section))
            context = part.text
            if part.kind == "heading":
                section = part.text
        previous = part.kind
    return Layout(builder.text(), tuple(blocks), tuple(tables))


def table_rows(part: Part, builder: TextBuilder, blocks: list[Block], index: int,
               section: str | None, first_separator: str) -> tuple[tuple[Span, ...], ...]:
    """Each row as a `table_row` block (cells joined by " | "); returns the cell spans."""
    rows = []
    for number, cells in enumerate(part.rows):
        start, end = builder.add(CELL_SEPARATOR.join(cells), first_separator if number == 0 else "\n")
        spans, position = [], start
        for cell in cells:
            spans.append((position, position + len(cell)))
            position += len(cell) + len(CELL_SEPARATOR)
        rows.append(tuple(spans))
        blocks.append(Block("table_row", start, end, section=section, table=index))
    return tuple(rows)


# ---------------------------------------------------------------------------------------------
# Inline Markdown -> plain text

HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^()\n]|\([^)\n]*\))*\)")   # the url may hold (...)
REFERENCE_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
AUTOLINK = re.compile(r"<((?:https?://|mailto:|www\.)[^>\s]+)>")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
CODE = re.compile(r"`+([^`\n]*)`+")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?)(?<=\S)\*(?![\w*])")
EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]*?)(?<=\S)_(?![\w_])")
ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
SPACES = re.compile(r"[ \t]+")
EMPHASIS_ONLY = re.compile(r"\s*([*_]{1,3})(?=\S)[^\n]*(?<=\S)\1\s*")


def plain_inline(text: str) -> str:
    """Markdown inline markup -> the words a reader sees: links and emphasis keep their text,
    images, HTML tags and comments go."""
    if "<" in text:
        text = HTML_TAG.sub("", AUTOLINK.sub(r"\1", HTML_COMMENT.sub("", text)))
    if "[" in text:
        text = LINK.sub(r"\1", IMAGE.sub("", text))
        text = REFERENCE_LINK.sub(r"\1", text)
    if "`" in text:
        text = CODE.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = STRONG.sub(r"\2", text)
        text = EMPHASIS_UNDERSCORE.sub(r"\1", EMPHASIS_STAR.sub(r"\1", text))
    if "\\" in text:
        text = ESCAPED.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    return tidy(text)


def tidy(text: str) -> str:
    """Runs of spaces and tabs -> one space, each line trimmed, blank lines out."""
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------------------------
# Markdown -> parts

HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
LIST_ITEM = re.compile(r"([ \t]*)([-*+•]|\d{1,3}[.)])[ \t\u00a0]+(\S.*)")
DASH_MARKERS = "-"
TABLE_LINE = re.compile(r" {0,3}\|.*")
TABLE_SEPARATOR = re.compile(r" {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*")
FENCE = re.compile(r" {0,3}(```|~~~)")
RULE = re.compile(r" {0,3}([-*_])[ \t]*(\1[ \t]*){2,}")
QUOTE_MARKER = re.compile(r" {0,3}> ?")
CELL_SPLIT = re.compile(r"(?<!\\)\|")
FIXED_WIDTH_GAP = re.compile(r"\s{2,}")
SENTENCE_BREAK = re.compile(r"[.!?][\"”»']?\s+[\"”»'–-]?\s*[A-ZÅÄÖ0-9]")
FINAL_PUNCTUATION = ".!?:;,…"


def markdown_parts(text: str) -> list[Part]:
    """Markdown (as regeringen.se's pages converted) -> parts in document order."""
    lines = text.split("\n")
    parts: list[Part] = []
    i = 0
    while i < len(lines):
        i, found = markdown_block(lines, i, bool(parts))
        parts.extend(found)
    return parts


def markdown_block(lines: list[str], i: int, after_content: bool) -> tuple[int, list[Part]]:
    """The parts of the block starting at line `i`, and the line after it."""
    line = lines[i]
    if not line.strip() or RULE.fullmatch(line):
        return i + 1, []
    if FENCE.match(line):
        return fenced_block(lines, i)
    heading = HEADING.fullmatch(line)
    if heading:
        return i + 1, heading_parts(heading, after_content)
    if TABLE_LINE.match(line):
        return pipe_table(lines, i)
    if LIST_ITEM.fullmatch(line):
        return list_item(lines, i)
    return paragraph(lines, i)


def heading_parts(match: re.Match, after_content: bool) -> list[Part]:
    text = plain_inline(match[2] or "")
    if not re.search(r"\w", text):
        return []   # a heading of markup alone, such as a stray YAML ">-"
    kind: BlockKind = "title" if len(match[1]) == 1 and not after_content else "heading"
    return [Part(kind, text)]


def pipe_table(lines: list[str], i: int) -> tuple[int, list[Part]]:
    rows = []
    while i < len(lines) and TABLE_LINE.match(lines[i]):
        if not TABLE_SEPARATOR.fullmatch(lines[i]):
            cells = pipe_cells(lines[i])
            if any(cells):
                rows.append(cells)
        i += 1
    return i, [Part("table", rows=tuple(rows))] if rows else []


def pipe_cells(line: str) -> tuple[str, ...]:
    """`| **Skolverket** | 24,9 |` -> ("Skolverket", "24,9")."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return tuple(plain_inline(cell).replace("\n", " ") for cell in CELL_SPLIT.split(body))


def fenced_block(lines: list[str], i: int) -> tuple[int, list[Part]]:
    """A fenced block: a fixed-width table when its lines split into columns, else paragraphs."""
    fence = FENCE.match(lines[i])[1]
    first = lines[i].strip()[len(fence):]   # some texts start the table on the fence line
    body = [first] if first.strip() else []
    i += 1
    while i < len(lines) and not lines[i].strip().startswith(fence):
        body.append(lines[i])
        i += 1
    rows = [tuple(c for c in FIXED_WIDTH_GAP.split(line.strip())) for line in body if line.strip()]
    if len(rows) >= 2 and sum(len(r) >= 2 for r in rows) >= 2:
        return i + 1, [Part("table", rows=tuple(rows))]
    return i + 1, [Part("paragraph", tidy(line)) for line in body if line.strip()]


def list_item(lines: list[str], i: int) -> tuple[int, list[Part]]:
    """One item with its indented continuation lines; a dash "item" standing alone and
    holding several sentences is a quotation (the Swedish dialogue dash), so a paragraph."""
    match = LIST_ITEM.fullmatch(lines[i])
    indent = len(match[1].expandtabs())
    body = [match[3]]
    j = i + 1
    while j < len(lines) and continues_item(lines[j], indent):
        body.append(lines[j])
        j += 1
    text = plain_inline("\n".join(body))
    if match[2] in DASH_MARKERS and is_lone_item(lines, i, j) and SENTENCE_BREAK.search(text):
        return j, [Part("paragraph", plain_inline(lines[i].strip() + "\n" + "\n".join(body[1:])))]
    return j, [Part("list_item", text)] if text else []


def continues_item(line: str, indent: int) -> bool:
    stripped = line.lstrip()
    if not stripped or LIST_ITEM.fullmatch(line) or TABLE_LINE.match(line) or FENCE.match(line):
        return False
    return len(line) - len(stripped) > indent


def is_lone_item(lines: list[str], first: int, after: int) -> bool:
    before = next((ln for ln in reversed(lines[:first]) if ln.strip()), "")
    following = next((ln for ln in lines[after:] if ln.strip()), "")
    return not LIST_ITEM.fullmatch(before) and not LIST_ITEM.fullmatch(following)


def paragraph(lines: list[str], i: int) -> tuple[int, list[Part]]:
    """Lines up to the next blank line or other block; a short line that is all bold is
    a heading in all but name."""
    body = [QUOTE_MARKER.sub("", lines[i], count=1)]
    j = i + 1
    while j < len(lines) and continues_paragraph(lines[j]):
        body.append(QUOTE_MARKER.sub("", lines[j], count=1))
        j += 1
    text = plain_inline("\n".join(body))
    if not text:
        return j, []
    kind: BlockKind = "heading" if len(body) == 1 and is_emphasis_heading(body[0], text) else "paragraph"
    return j, [Part(kind, text)]


def continues_paragraph(line: str) -> bool:
    return bool(line.strip()) and not (
        HEADING.fullmatch(line) or TABLE_LINE.match(line) or FENCE.match(line)
        or LIST_ITEM.fullmatch(line) or RULE.fullmatch(line))


def is_emphasis_heading(raw: str, text: str) -> bool:
    return (bool(EMPHASIS_ONLY.fullmatch(raw)) and len(text.split()) <= HEADING_MAX_WORDS
            and text[-1] not in ".!?")


# ---------------------------------------------------------------------------------------------
# Plain text (scraped pages) -> release

PHONE = re.compile(r"(?:\+\d{1,3}[ \u00a0]?)?\(?0?\d{1,4}\)?[- \u00a0]?\d{2,4}(?:[ \u00a0-]?\d{2,4}){1,3}")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.+[\w-]+)+\b")
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:se|com|nu|org|net|eu)(?:/\S*)?",
                 re.I)
WORD = re.compile(r"\w+")
BULLET = re.compile(r"([ \t\u00a0]*)([•·▪◦‣*]|\d{1,3}[.)])[ \t\u00a0]+(\S.*)")
BREADCRUMB = re.compile(r"[^>›»\n]+(?:[ \t\u00a0][>›»][ \t\u00a0][^>›»\n]+)+")
DASH_LINE = re.compile(r"[ \t]*[-–—−][ \t\u00a0]+\S.*")
ORGANISATION = re.compile(r"(?:%s)\b" % "|".join(map(re.escape, ORGANISATION_WORDS)), re.I)


def plain_release(text: str) -> Release:
    """A scraped release: chrome dropped, publisher, title and date line found, the rest in
    blocks."""
    lines = [line.rstrip() for line in text.split("\n")]
    publisher, lines = after_publisher_line(lines)
    lines = without_chrome(lines)
    header = plain_header(lines)
    parts = [Part("title", header.title)] if header.title else []
    parts += plain_parts(header.rest)
    return Release(parts=tuple(parts), title=header.title,
                   publisher=publisher or header.publisher, published=header.published)


def after_publisher_line(lines: list[str]) -> tuple[str | None, list[str]]:
    """A "Pressmeddelande från X" line near the top names the publisher; what stands above it
    is the site's chrome."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        lowered = line.strip().lower()
        cue = next((c for c in PUBLISHER_CUES if lowered.startswith(c)), None)
        if cue:
            name = line.strip()[len(cue):].strip(" :\u00a0")
            return name or None, lines[i + 1:]
        seen += 1
        if seen >= HEADER_SCAN_LINES:
            break
    return None, lines


def without_chrome(lines: list[str]) -> list[str]:
    """Site lines, contact blocks and bare phone numbers, addresses and links blanked out."""
    kept: list[str] = []
    in_contacts = False
    for line in lines:
        if in_contacts and is_body_line(line):
            in_contacts = False
        if not in_contacts and is_contact_cue(line):
            in_contacts = True
        kept.append("" if in_contacts or is_chrome(line) else line)
    return kept


def words(text: str) -> list[str]:
    return WORD.findall(text)


def is_contact_cue(line: str) -> bool:
    lowered = line.strip().lower()
    return len(words(lowered)) <= CONTACT_LINE_WORDS and any(
        lowered.startswith(cue) and (len(lowered) == len(cue) or not lowered[len(cue)].isalpha())
        for cue in CONTACT_CUES)


def is_body_line(line: str) -> bool:
    """Prose, not a name, title, number or address in a contact block."""
    stripped = line.strip()
    return len(words(stripped)) > SHORT_LINE_WORDS and stripped[-1] in FINAL_PUNCTUATION


def is_chrome(line: str) -> bool:
    stripped = line.strip(" \t\u00a0")
    if not stripped:
        return False
    if not WORD.search(stripped):
        return True   # a lone "-" or "|" left from the page layout
    lowered = stripped.lower().rstrip(":")
    if lowered in SITE_LINES:
        return True
    short = len(words(stripped)) <= SHORT_LINE_WORDS
    if short and (lowered.startswith(SITE_LINE_STARTS) or is_breadcrumb(stripped)):
        return True
    return is_contact_detail(stripped)


def is_breadcrumb(line: str) -> bool:
    """"Start > Nyheter > Kommunen investerar": the trail of pages above this one."""
    return bool(BREADCRUMB.fullmatch(line)) and line[-1] not in FINAL_PUNCTUATION


def is_contact_detail(line: str) -> bool:
    """A line that is only a phone number, an e-mail address or a link."""
    rest = URL.sub("", EMAIL.sub("", PHONE.sub("", line)))
    return rest != line and not re.search(r"[^\W\d_]{2,}", rest)


@dataclass(frozen=True)
class Header:
    title: str | None
    publisher: str | None
    published: date | None
    rest: list[str]


def plain_header(lines: list[str]) -> Header:
    """Publisher line, title and date line from the top of a scraped release."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return Header(None, None, None, lines)
    publisher = None
    if len(content) >= 3 and is_organisation_line(lines, content):
        publisher = lines[content[0]].strip()
        content = content[1:]
    first = lines[content[0]].strip()
    title_at = content[0] if is_headline(first) and dateline_date(first) is None else None
    published, dateline_at = header_date(lines, content[:4])
    dropped = {i for i in (content[0] if publisher else None, title_at, dateline_at) if i is not None}
    if publisher:
        dropped.add(next(i for i, line in enumerate(lines) if line.strip()))
    rest = [line for i, line in enumerate(lines) if i not in dropped]
    return Header(first if title_at is not None else None, publisher, published, rest)


def is_organisation_line(lines: list[str], content: list[int]) -> bool:
    """A short first line above a headline that names an organisation, or that sits above
    a headline and a date line."""
    first, second = lines[content[0]].strip(), lines[content[1]].strip()
    if not (is_headline(first, CONTACT_LINE_WORDS) and is_headline(second)):
        return False
    if dateline_date(first) or dateline_date(second):
        return False
    return bool(ORGANISATION.search(first)) or dateline_date(lines[content[2]]) is not None


def is_headline(line: str, max_words: int = TITLE_MAX_WORDS) -> bool:
    stripped = line.strip()
    return (bool(stripped) and len(words(stripped)) <= max_words and stripped[-1] not in ".:;,"
            and not BULLET.fullmatch(line) and not DASH_LINE.fullmatch(line))


def header_date(lines: list[str], candidates: list[int]) -> tuple[date | None, int | None]:
    for i in candidates:
        found = dateline_date(lines[i])
        if found:
            return found, i
    return None, None


def plain_parts(lines: list[str]) -> list[Part]:
    """Body lines -> paragraphs, list items and headings."""
    groups = line_groups(lines)
    parts = []
    for k, (kind, text, lone) in enumerate(groups):
        following = groups[k + 1] if k + 1 < len(groups) else None
        if kind == "paragraph" and lone and following and is_plain_heading(text, following):
            kind = "heading"
        parts.append(Part(kind, text))
    return parts


def line_groups(lines: list[str]) -> list[tuple[BlockKind, str, bool]]:
    """(kind, text, stands alone between blank lines) per block; a line that wraps onto the
    next (no final punctuation, next starts in lower case) joins it."""
    groups: list[tuple[BlockKind, list[str], bool]] = []
    after_blank = True
    for i, line in enumerate(lines):
        if not line.strip():
            after_blank = True
            continue
        bullet = BULLET.fullmatch(line)
        if bullet or is_dash_list_line(lines, i):
            text = bullet[3] if bullet else line.strip()[1:].strip()
            groups.append(("list_item", [text], False))
        elif groups and not after_blank and wraps_onto(groups[-1][1][-1], line):
            groups[-1][1].append(line.strip())
        else:
            groups.append(("paragraph", [line.strip()], after_blank))
        after_blank = False
    return [(kind, tidy("\n".join(body)), lone and not_followed(lines, body))
            for kind, body, lone in groups]


def not_followed(lines: list[str], body: list[str]) -> bool:
    # A single-line group stands alone when blank lines are on both sides; multi-line never.
    return len(body) == 1


def is_dash_list_line(lines: list[str], i: int) -> bool:
    """A dash line is a list item only beside other dash lines; alone it opens a quotation."""
    if not DASH_LINE.fullmatch(lines[i]):
        return False
    neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(DASH_LINE.fullmatch(n) for n in neighbours)


def wraps_onto(previous: str, line: str) -> bool:
    first = line.strip()[:1]
    return previous[-1:] not in FINAL_PUNCTUATION and first.isalpha() and first.islower()


def is_plain_heading(text: str, following: tuple[BlockKind, str, bool]) -> bool:
    """A short line without final punctuation, followed by prose."""
    kind, next_text, _ = following
    return (len(words(text)) <= HEADING_MAX_WORDS and text[-1] not in FINAL_PUNCTUATION
            and "\n" not in text and (text[0].isupper() or text[0].isdigit())
            and kind != "heading" and not (kind == "paragraph" and is_headline(next_text, HEADING_MAX_WORDS)))


# ---------------------------------------------------------------------------------------------
# Dates

MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\.?[ \u00a0]+({MONTH})\.?,?[ \u00a0]+(\d{{4}})\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?[ \u00a0]+(\d{{1,2}}),?[ \u00a0]+(\d{{4}})\b", re.I)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
CLOCK = re.compile(r"\b(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\b", re.I)


def date_in(text: str) -> tuple[date, re.Match] | None:
    """The first date written out in `text`: `12 mars 2015`, `Dec 13, 2013`, `2015-03-12`."""
    found = []
    for pattern, order in ((DAY_MONTH_YEAR, (3, 2, 1)), (MONTH_DAY_YEAR, (3, 1, 2)),
                           (ISO_DATE, (1, 2, 3))):
        match = pattern.search(text)
        if match:
            year, month, day = (match[k] for k in order)
            month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
            day_value = safe_date(int(year), month_number, int(day))
            if day_value:
                found.append((match.start(), day_value, match))
    return min(found, key=lambda f: f[0])[1:] if found else None


def dateline_date(line: str) -> date | None:
    """The date of a line that says little but a date ("Publicerad 12 mars 2015",
    "Nyhet • Dec 13, 2013 15:59 CET"); None for prose that mentions a date."""
    found = date_in(line)
    if not found:
        return None
    day, match = found
    rest = CLOCK.sub(" ", line[:match.start()] + " " + line[match.end():])
    others = [w for w in words(rest.lower()) if w not in DATELINE_WORDS and not w.isdigit()]
    return day if len(others) <= 1 else None


# ---------------------------------------------------------------------------------------------
# HTML -> release


def html_release(page: str, source: str) -> Release:
    """The page's main text (trafilatura, as XML so headings, lists and tables survive) and
    its title, site name and date."""
    import trafilatura   # slow to import; only HTML needs it

    extracted = trafilatura.bare_extraction(
        page, with_metadata=True, include_tables=True, include_formatting=False,
        include_comments=False, include_links=False, include_images=False)
    body = getattr(extracted, "body", None) if extracted else None
    parts = xml_parts(body) if body is not None else []
    if not any(p.text or p.rows for p in parts):
        raise UnreadableFile(f"{source}: no main text found in HTML")
    parts, stated = without_dateline(without_page_chrome(parts))
    title = clean_name(extracted.title)
    publisher = clean_name(extracted.sitename) or clean_name(extracted.author)
    return Release(parts=tuple(parts), title=title, publisher=publisher,
                   published=iso_date(extracted.date) or stated)


def without_page_chrome(parts: list[Part]) -> list[Part]:
    """What a page's main text still holds of the site: a contact section ("Kontakt" and the
    names and numbers under it, up to the next heading or prose) and one-line parts such as
    "Läs mer om ...", "Dela på Facebook" or a bare phone number."""
    kept: list[Part] = []
    in_contacts = False
    for part in parts:
        first_line = part.text.split("\n", 1)[0]
        if in_contacts and (part.kind in ("heading", "title", "table") or is_body_line(part.text)):
            in_contacts = False
        if part.kind != "title" and part.text and is_contact_cue(first_line):
            in_contacts = True
        one_line_chrome = part.kind in ("paragraph", "list_item") and "\n" not in part.text \
            and is_chrome(part.text)
        if not (in_contacts or one_line_chrome):
            kept.append(part)
    return kept


def xml_parts(body) -> list[Part]:
    parts: list[Part] = []
    for element in body:
        if element.tag == "head":
            text = element_text(element)
            level = (element.get("rend") or "h2").lstrip("h")
            first = level == "1" and not parts
            parts += [Part("title" if first else "heading", text)] if text else []
        elif element.tag == "list":
            parts += xml_list_items(element)
        elif element.tag == "table":
            rows = tuple(tuple(element_text(c).replace("\n", " ") for c in row.iter("cell"))
                         for row in element.iter("row"))
            rows = tuple(r for r in rows if any(r))
            parts += [Part("table", rows=rows)] if rows else []
        else:
            text = element_text(element)
            parts += [Part("paragraph", text)] if text else []
    return parts


def xml_list_items(element) -> list[Part]:
    parts = []
    for item in element.findall("item"):
        nested = item.findall("list")
        text = element_text(item, skip=set(nested))
        parts += [Part("list_item", text)] if text else []
        for sub in nested:
            parts += xml_list_items(sub)
    return parts


def element_text(element, skip: set | None = None) -> str:
    """The text of an element with `<lb/>` as a line break, nested `skip` elements left out."""
    pieces = [element.text or ""]
    for child in element:
        if skip and child in skip:
            pieces.append(child.tail or "")
            continue
        pieces.append("\n" if child.tag == "lb" else " " if child.tag in ("p", "item", "cell") else "")
        pieces.append(element_text(child, skip) if child.tag != "lb" else "")
        pieces.append(child.tail or "")
    return tidy("".join(pieces))


def without_dateline(parts: list[Part]) -> tuple[list[Part], date | None]:
    """A "Publicerad 18 april 2024" paragraph near the top is metadata, not text."""
    for k, part in enumerate(parts[:3]):
        if part.kind == "paragraph":
            stated = dateline_date(part.text)
            if stated:
                return parts[:k] + parts[k + 1:], stated
    return parts, None
