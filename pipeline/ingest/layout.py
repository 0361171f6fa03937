"""Parts -> one cleaned text with its blocks and tables, so every offset indexes that text."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pipeline.document import Block, BlockKind, Precision, Span, Table
from pipeline.ingest.decode import clean_unicode

CELL_SEPARATOR = " | "
HEADING_MAX_WORDS = 12
FINAL_PUNCTUATION = ".!?:;,…"
SPACES = re.compile(r"[ \t]+")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Dated:
    """A publication date as precise as its source: `2023-09` is September, not its 1st."""

    day: date         # the first day of the month or year for a coarser date
    precision: Precision


@dataclass(frozen=True, slots=True)    # slots: a release makes one per block, and they build faster
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
    published: Dated | None = None


@dataclass(frozen=True)
class Layout:
    text: str
    blocks: tuple[Block, ...]
    tables: tuple[Table, ...]


def with_metadata(release: Release, title: str | None, publisher: str | None,
                  published: Dated | None) -> Release:
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


def tidy(text: str) -> str:
    """Runs of spaces and tabs -> one space, each line trimmed, blank lines out."""
    # One substitution over the whole text, and only when it has a run to collapse (no run of
    # spaces and tabs crosses a line); the trimming and dropping in C.
    if "  " in text or "\t" in text:
        text = SPACES.sub(" ", text)
    if "\n" not in text:    # most blocks are one line
        return text.strip()
    return "\n".join(filter(None, map(str.strip, text.split("\n"))))


def words(text: str) -> list[str]:
    return WORD.findall(text)
