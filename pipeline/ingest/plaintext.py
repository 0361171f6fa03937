"""Plain text (scraped pages) -> release: site chrome dropped, publisher, title and date line
found, the rest in blocks."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.document import BlockKind
from pipeline.ingest.dates import dateline_date
from pipeline.ingest.layout import (
    FINAL_PUNCTUATION,
    HEADING_MAX_WORDS,
    WORD,
    Dated,
    Part,
    Release,
    tidy,
    words,
)
from pipeline.ingest.text_tables import plain_tables
from pipeline.ingest.wrapping import unwrapped
from pipeline.lang.sv.boilerplate import (
    CONTACT_CUES,
    ORGANISATION_WORDS,
    PUBLISHER_CUES,
    SITE_LINE_STARTS,
    SITE_LINES,
)

TITLE_MAX_WORDS = 30
SHORT_LINE_WORDS = 12
CONTACT_LINE_WORDS = 8
HEADER_SCAN_LINES = 15

PHONE = re.compile(r"(?:\+\d{1,3}[ \u00a0]?)?\(?0?\d{1,4}\)?[- \u00a0]?\d{2,4}(?:[ \u00a0-]?\d{2,4}){1,3}")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.+[\w-]+)+\b")
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:se|com|nu|org|net|eu)(?:/\S*)?",
                 re.I)
BULLET = re.compile(r"([ \t\u00a0]*)([•·▪◦‣*]|\d{1,3}[.)])[ \t\u00a0]+(\S.*)")
BREADCRUMB = re.compile(r"[^>›»\n]+(?:[ \t\u00a0][>›»][ \t\u00a0][^>›»\n]+)+")
BREADCRUMB_MARK = re.compile(r"[>›»]")
DASH_LINE = re.compile(r"[ \t]*[-–—−][ \t\u00a0]+\S.*")
TWO_LETTERS = re.compile(r"[^\W\d_]{2,}")
# A word of letters with no digit, "@", "." or ":": none of PHONE, EMAIL and URL can take a
# character of it (each match needs one of those in every word it touches), so a line holding
# one keeps two letters whatever they remove, and is no contact detail.
PLAIN_WORD = re.compile(r"(?<!\S)[^\s\d@.:]*[^\W\d_]{2}[^\s\d@.:]*(?!\S)")
ORGANISATION = re.compile(r"(?:{})\b".format("|".join(map(re.escape, ORGANISATION_WORDS))), re.I)


def plain_release(text: str) -> Release:
    """A scraped release: chrome dropped, publisher, title and date line found, the rest in
    blocks, with tables whose columns are aligned by spaces kept as tables."""
    publisher, lines = after_publisher_line(text.split("\n"))
    first, rest = text_and_tables(lines)
    header = plain_header(without_chrome(unwrapped(trimmed(first))))
    parts = [Part("title", header.title)] if header.title else []
    parts += plain_parts(header.rest)
    for piece in rest:
        parts += [piece] if isinstance(piece, Part) else plain_parts(without_chrome(unwrapped(trimmed(piece))))
    return Release(parts=tuple(parts), title=header.title,
                   publisher=publisher or header.publisher,
                   published=Dated(header.published, "day") if header.published else None)


def text_and_tables(lines: list[str]) -> tuple[list[str], list[list[str] | Part]]:
    """The lines cut at each aligned table: the lines before the first table, then table,
    lines, table, lines, ..."""
    first: list[str] | None = None
    pieces: list[list[str] | Part] = []
    done = 0
    for table in plain_tables(lines):
        before = lines[done:table.start]
        if first is None:
            first = before
        else:
            pieces.append(before)
        pieces.append(Part("table", rows=table.rows))
        done = table.end
    if first is None:
        return lines[done:], []
    return first, [*pieces, lines[done:]]


def trimmed(lines: list[str]) -> list[str]:
    return [line.rstrip() for line in lines]


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


def is_contact_cue(line: str) -> bool:
    lowered = line.strip().lower()
    # The cue first: nearly every line starts with none, and then its words need no counting.
    return lowered.startswith(CONTACT_CUES) and any(
        lowered.startswith(cue) and (len(lowered) == len(cue) or not lowered[len(cue)].isalpha())
        for cue in CONTACT_CUES) and len(words(lowered)) <= CONTACT_LINE_WORDS


def is_body_line(line: str) -> bool:
    """Prose, not a name, title, number or address in a contact block."""
    stripped = line.strip()
    return (bool(stripped) and stripped[-1] in FINAL_PUNCTUATION
            and len(words(stripped)) > SHORT_LINE_WORDS)


def is_chrome(line: str) -> bool:
    stripped = line.strip(" \t\u00a0")
    if not stripped:
        return False
    if not WORD.search(stripped):
        return True   # a lone "-" or "|" left from the page layout
    lowered = stripped.lower().rstrip(":")
    if lowered in SITE_LINES:
        return True
    if ((lowered.startswith(SITE_LINE_STARTS) or is_breadcrumb(stripped))
            and len(words(stripped)) <= SHORT_LINE_WORDS):
        return True
    return is_contact_detail(stripped)


def is_breadcrumb(line: str) -> bool:
    """"Start > Nyheter > Kommunen investerar": the trail of pages above this one."""
    return (BREADCRUMB_MARK.search(line) is not None and bool(BREADCRUMB.fullmatch(line))
            and line[-1] not in FINAL_PUNCTUATION)


def is_contact_detail(line: str) -> bool:
    """A line that is only a phone number, an e-mail address or a link; a line with a plain
    word is none, and is not searched for them (most lines of a release)."""
    return not PLAIN_WORD.search(line) and holds_only_contact_details(line)


def holds_only_contact_details(line: str) -> bool:
    rest = URL.sub("", EMAIL.sub("", PHONE.sub("", line)))
    return rest != line and not TWO_LETTERS.search(rest)


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
    return (bool(stripped) and stripped[-1] not in ".:;," and len(words(stripped)) <= max_words
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
    return (text[-1] not in FINAL_PUNCTUATION and "\n" not in text
            and (text[0].isupper() or text[0].isdigit()) and kind != "heading"
            and len(words(text)) <= HEADING_MAX_WORDS
            and not (kind == "paragraph" and is_headline(next_text, HEADING_MAX_WORDS)))
