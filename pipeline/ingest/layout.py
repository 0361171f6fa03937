"""Parts -> one cleaned text with its blocks and tables, so every offset indexes that text."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Literal, NamedTuple

from pipeline.document import Block, BlockKind, Precision, Span, Table
from pipeline.ingest.decode import clean_unicode

CELL_SEPARATOR = " | "
HEADING_MAX_WORDS = 12
FINAL_PUNCTUATION = ".!?:;,…"
# A run of spaces and tabs that is not one space: a pattern that opens with its first
# character, so a search skips in C to the next space or tab, and leaves a single space
# alone (`[ \t]+` tried every position, and replaced each space between words by itself).
SPACES = re.compile(r"(?: [ \t]|\t)[ \t]*")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Dated:
    """A publication date as precise as its source: `2023-09` is September, not its 1st."""

    day: date         # the first day of the month or year for a coarser date
    precision: Precision


# A tuple, not a frozen dataclass: a release makes one per block, and a frozen dataclass sets
# each field through object.__setattr__, which made building them a twentieth of ingest.
class Part(NamedTuple):
    """A block before layout: cleaned text, or for a table its rows of cleaned cells."""

    kind: BlockKind | Literal["table"]
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


# Tuples too, as `Part` is: a release builds two of these and a `Layout`.
class Release(NamedTuple):
    """What a reader found: the parts in order and any metadata the text itself states."""

    parts: tuple[Part, ...]
    title: str | None = None
    publisher: str | None = None
    published: Dated | None = None


# A block and a part made in C from a tuple of their fields: a named tuple's own __new__ is
# Python code, called for every block of every release.
new_block = partial(tuple.__new__, Block)
new_part = partial(tuple.__new__, Part)
new_release = partial(tuple.__new__, Release)


class Layout(NamedTuple):
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
    return new_release((parts, title or found_title or release.title,
                        clean_name(publisher) or release.publisher,
                        published or release.published))


def clean_name(name: str | None) -> str | None:
    return clean_unicode(name).strip() or None if name else None


def assemble(parts: Iterable[Part]) -> Layout:
    """Lay parts out one after another: a blank line between blocks, a line break between
    neighbouring list items and between the rows of a table."""
    # The text's length is kept here rather than asked of a builder object: a release lays
    # out a part per block, and the calls cost a tenth of layout.
    pieces: list[str] = []
    length = 0
    blocks: list[Block] = []
    tables: list[Table] = []
    section: str | None = None
    context = ""
    previous: str | None = None
    for kind, text, rows in parts:
        if kind == "table":
            spans, length = table_rows(rows, pieces, length, blocks, len(tables), section)
            tables.append(Table(rows=spans, context=context))
        else:
            if length:
                separator = "\n" if previous == kind == "list_item" else "\n\n"
                pieces.append(separator)
                length += len(separator)
            pieces.append(text)
            blocks.append(new_block((kind, length, length + len(text), section, None)))
            length += len(text)
            context = text
            if kind == "heading":
                section = text
        previous = kind
    return tuple.__new__(Layout, ("".join(pieces), tuple(blocks), tuple(tables)))


def table_rows(rows: tuple[tuple[str, ...], ...], pieces: list[str], length: int,
               blocks: list[Block], index: int,
               section: str | None) -> tuple[tuple[tuple[Span, ...], ...], int]:
    """Each row as a `table_row` block (cells joined by " | ") after the `length` characters
    of `pieces`; returns the cell spans and the new length."""
    spans_of_rows = []
    for number, cells in enumerate(rows):
        if length:
            separator = "\n" if number else "\n\n"
            pieces.append(separator)
            length += len(separator)
        line = CELL_SEPARATOR.join(cells)
        pieces.append(line)
        blocks.append(new_block(("table_row", length, length + len(line), section, index)))
        spans, position = [], length
        for cell in cells:
            spans.append((position, position + len(cell)))
            position += len(cell) + len(CELL_SEPARATOR)
        spans_of_rows.append(tuple(spans))
        length += len(line)
    return tuple(spans_of_rows), length


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
