"""The structure of a cleaned release text, read back from the text itself for the show page.

`documents.text` keeps what ingest laid out: blocks between blank lines, a table's rows as
lines of cells joined by " | ", list items one a line. The documents table does not store the
blocks, so they are read again here from that layout, helped by what the amounts rows know:
the headings their `section` names and the list items their `sentence` holds.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Set
from dataclasses import dataclass
from typing import Literal

Span = tuple[int, int]
Kind = Literal["heading", "paragraph", "list", "table"]

BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
CELL_BORDER = re.compile(r"\|")
# A line this short, with no closing punctuation, is a heading (ingest reads plain text so).
HEADING_MAX_WORDS = 12
FINAL_PUNCTUATION = ".!?:;,…"


@dataclass(frozen=True)
class Block:
    """A block of the text; `lines` are a list's items, `cells` a table's rows of cells."""

    kind: Kind
    start: int
    end: int
    lines: tuple[Span, ...] = ()
    cells: tuple[tuple[Span, ...], ...] = ()


def blocks_of(text: str, title: str | None, sections: Set[str],
              items: Set[str]) -> list[Block]:
    """The blocks of `text` after its title line.

    >>> text = "Stöd till hamnar\\n\\nHamnarna\\n\\nHamnen får 5 Mkr.\\nI år.\\n\\nVäg | 100\\nBro | 20"
    >>> [(b.kind, text[b.start:b.end]) for b in blocks_of(text, "Stöd till hamnar", set(), set())]
    [('heading', 'Hamnarna'), ('paragraph', 'Hamnen får 5 Mkr.\\nI år.'), ('table', 'Väg | 100\\nBro | 20')]
    """
    found = []
    item_starts = {item.split("\n", 1)[0].strip() for item in items}
    for number, (start, end) in enumerate(block_spans(text)):
        chunk = text[start:end]
        if number == 0 and title and " ".join(chunk.split()) == " ".join(title.split()):
            continue
        found.append(block_at(text, start, end, sections, item_starts))
    return found


def block_at(text: str, start: int, end: int, sections: Set[str],
             item_starts: Set[str]) -> Block:
    chunk = text[start:end]
    lines = list(line_spans(text, start, end))
    if all(CELL_BORDER.search(text[s:e]) for s, e in lines):
        return Block("table", start, end, cells=tuple(cells_of(text, s, e) for s, e in lines))
    if any(text[s:e].strip() in item_starts for s, e in lines):
        return Block("list", start, end, lines=tuple(list_items(text, lines)))
    if chunk.strip() in sections or is_heading(chunk):
        return Block("heading", start, end)
    return Block("paragraph", start, end)


def block_spans(text: str) -> Iterator[Span]:
    """Where each block is: the stretches between blank lines, trimmed."""
    at = 0
    for gap in BLANK_LINES.finditer(text):
        yield from trimmed(text, at, gap.start())
        at = gap.end()
    yield from trimmed(text, at, len(text))


def trimmed(text: str, start: int, end: int) -> Iterator[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def line_spans(text: str, start: int, end: int) -> Iterator[Span]:
    at = start
    while at <= end:
        stop = text.find("\n", at, end)
        stop = end if stop == -1 else stop
        yield at, stop
        at = stop + 1


def cells_of(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The cells of one table line, each trimmed of the spaces around it."""
    cells, at = [], start
    for border in CELL_BORDER.finditer(text, start, end):
        cells.append(cell_span(text, at, border.start()))
        at = border.end()
    cells.append(cell_span(text, at, end))
    return tuple(cells)


def cell_span(text: str, start: int, end: int) -> Span:
    return next(trimmed(text, start, end), (start, start))


def list_items(text: str, lines: list[Span]) -> Iterator[Span]:
    """One span per item; a line that starts in lower case goes on the item above it."""
    start, end = lines[0]
    for s, e in lines[1:]:
        if text[s:e].lstrip()[:1].islower():
            end = e
            continue
        yield start, end
        start, end = s, e
    yield start, end


def is_heading(chunk: str) -> bool:
    """One short line with no closing punctuation, opening with a capital or a digit.

    >>> is_heading("Satsningar i budgeten för 2026"), is_heading("Pengarna fördelas så här:")
    (True, False)
    """
    words = chunk.split()
    return ("\n" not in chunk and 0 < len(words) <= HEADING_MAX_WORDS
            and chunk.rstrip()[-1] not in FINAL_PUNCTUATION
            and (chunk.lstrip()[0].isupper() or chunk.lstrip()[0].isdigit()))
