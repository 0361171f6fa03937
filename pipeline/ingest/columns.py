"""The columns of a plain-text table: where each word of a line stands on screen (tabs
expanded), the column layouts the rows' cells suggest, and which column each word stands
under. A column's cells line up at their start, end or middle; a cell holds a few words, not a
sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import partial
from typing import Literal, NamedTuple

TAB_SIZE = 8
# A minus sign or a header one character off still stands in its column ("-3,6" under "Nov").
ALIGN_TOLERANCE = 1
MAX_CELL_WORDS = 8
# A row label may name a whole budget item ("Bättre vård för personer med skadligt bruk,
# beroende och samsjuklighet", "Regelförenkling och snabbare tillståndsprocesser relaterat
# till EU-rättsakter, Tillväxtverket": the government's budget tables, as text) when every
# other cell of its row is a figure.
MAX_LABEL_WORDS = 16
FIGURE_WORDS = 3
MIN_ROWS = 2

# The first character apart from the rest: a pattern opening with a repeat has no first
# character for a search to skip to in C, and is tried at every position of the line.
WORD = re.compile(r"[^ \t][^ \t]*")
# A cell of three words or more that ends a sentence is prose that happens to hold a gap.
SENTENCE_WORDS = 3
SENTENCE_END = re.compile(r"[^\W\d_][.!?]$")

Alignment = Literal["left", "right", "centre"]


# Tuples, not frozen dataclasses: a table's lines make a word each, and a frozen dataclass
# sets each field through object.__setattr__ (a third of laying out a table).
class Word(NamedTuple):
    start: int       # column on screen, tabs expanded
    end: int
    text: str
    after_gap: bool  # the line starts here, or a tab or two spaces stand before it


# Made in C from a tuple of its fields: the class's own __new__ is Python code, called for
# every word of a table's lines.
new_word = partial(tuple.__new__, Word)


class Column(NamedTuple):
    start: int
    end: int
    alignment: Alignment | None   # None: its cells do not line up, so it is no column


def line_words(line: str) -> tuple[Word, ...]:
    if "\t" in line:
        return tabbed_line_words(line)
    found: list[Word] = []
    previous_end = -2     # the first word stands after a gap
    for match in WORD.finditer(line):
        start, end = match.span()
        found.append(new_word((start, end, match[0], start - previous_end >= 2)))
        previous_end = end
    return tuple(found)


def tabbed_line_words(line: str) -> tuple[Word, ...]:
    """`line_words` of a line holding a tab: a word's column counts the tabs before it
    expanded."""
    found: list[Word] = []
    previous_end = 0
    for match in WORD.finditer(line):
        start = len(line[:match.start()].expandtabs(TAB_SIZE))
        gap = line[previous_end:match.start()]
        found.append(Word(start, start + len(match[0]), match[0],
                          not found or "\t" in gap or len(gap) >= 2))
        previous_end = match.end()
    return tuple(found)


def gap_cells(words: tuple[Word, ...]) -> list[tuple[Word, ...]]:
    """The words of a line grouped into the cells its gaps separate."""
    cells: list[list[Word]] = []
    for word in words:
        if word.after_gap or not cells:
            cells.append([word])
        else:
            cells[-1].append(word)
    return [tuple(cell) for cell in cells]


def candidate_columns(rows: list[tuple[Word, ...]]) -> Iterator[tuple[int, list[Column]]]:
    """Column layouts the rows may follow, with how many rows gave each: one from the rows of
    each cell count, refined by where all rows' words fall."""
    cells = [gap_cells(words) for words in rows]
    for count in sorted({len(c) for c in cells if len(c) >= 2}, reverse=True):
        seeds = [c for c in cells if len(c) == count]
        columns = merged_columns(seeds)
        if columns is None:
            continue
        edges = edges_of(columns)
        placed = [p for words in rows if (p := placement(words, columns, False, edges)) is not None]
        if len(placed) >= MIN_ROWS:
            yield len(seeds), refined(columns, placed)
    if (header := header_columns(rows)) is not None:
        edges = edges_of(header)
        placed = [p for words in rows if (p := placement(words, header, False, edges)) is not None]
        if len(placed) >= MIN_ROWS:
            yield 1, refined(header, placed)


def header_columns(rows: list[tuple[Word, ...]]) -> list[Column] | None:
    """The columns a header line sets out when it leaves the corner cell empty (stands
    indented over the row labels): the row labels' column, then one per header cell. Where
    every row leaves a cell empty no row shows them all (budget tables as text, whose items
    have figures for some years only)."""
    if not rows or not rows[0] or rows[0][0].start == 0:
        return None
    titles = gap_cells(rows[0])
    if len(titles) < 2:
        return None
    return [Column(0, rows[0][0].start - 2, "left"),
            *(Column(cell[0].start, cell[-1].end, "left") for cell in titles)]


def merged_columns(rows: list[list[tuple[Word, ...]]]) -> list[Column] | None:
    """One column per cell position, where the rows' cells overlap position by position; rows
    whose cells start farthest from the others' are left out (to be placed word by word
    later) until the rest agree, as long as they are at least half."""
    middle = [sorted(row[c][0].start for row in rows)[len(rows) // 2] for c in range(len(rows[0]))]
    ranked = sorted(rows, key=lambda row: sum(abs(cell[0].start - m) for cell, m in zip(row, middle, strict=False)))
    for keep in range(len(ranked), (len(ranked) + 1) // 2 - 1, -1):
        columns = [Column(min(cell[0].start for cell in cells), max(cell[-1].end for cell in cells),
                          "left")
                   for cells in zip(*ranked[:keep], strict=True)]
        if all(a.end < b.start for a, b in zip(columns, columns[1:], strict=False)):
            return columns
    return None


def refined(columns: list[Column], placed: list[list[list[Word]]]) -> list[Column]:
    """Columns widened to every word placed in them, each with the alignment its cells share
    (below the first row, which may be a header set otherwise)."""
    below_first = len(placed) > MIN_ROWS
    result = []
    for column, cells in zip(columns, zip(*placed, strict=True), strict=True):
        spans = [(cell[0].start, cell[-1].end) for cell in cells if cell]
        body = spans[1:] if below_first and cells[0] else spans
        result.append(Column(min([s for s, _ in spans], default=column.start),
                             max([e for _, e in spans], default=column.end), alignment_of(body)))
    return result


def alignment_of(cells: list[tuple[int, int]]) -> Alignment | None:
    """How a column's cells line up, or None when they do not."""
    if len(cells) < 2:
        return "left"
    starts = [s for s, _ in cells]
    ends = [e for _, e in cells]
    middles = [s + e for s, e in cells]
    if max(starts) - min(starts) <= ALIGN_TOLERANCE:
        return "left"
    if max(ends) - min(ends) <= ALIGN_TOLERANCE:
        return "right"
    if max(middles) - min(middles) <= 2 * ALIGN_TOLERANCE:
        return "centre"
    return None


def boundaries(columns: list[Column]) -> list[int]:
    """Where each column after the first begins: a word starting there or later is in it."""
    found = []
    for left, right in zip(columns, columns[1:], strict=False):
        if right.alignment == "left":
            found.append(max(left.end, right.start - ALIGN_TOLERANCE))
        elif left.alignment == "right":
            found.append(left.end + 1)
        else:
            found.append((left.end + right.start + 1) // 2)
    return found


def placement(words: tuple[Word, ...], columns: list[Column], by_overlap: bool = False,
              edges: list[int] | None = None) -> list[list[Word]] | None:
    """The words of a line in the columns they stand under; None when a word runs across a
    column's edge, or stands apart (after a gap) beyond the column's cells, where a column
    the layout lacks would be. `by_overlap` puts a word in the column it overlaps most.
    `edges` are `edges_of(columns)`, for a caller placing many lines under them."""
    if edges is None:
        edges = edges_of(columns)
    placed: list[list[Word]] = [[] for _ in columns]
    last = len(columns) - 1
    for word in words:
        start, end, _, after_gap = word
        c = bisect_right(edges, start)
        overlaps = [min(end, col.end) - max(start, col.start)
                    for col in columns] if by_overlap else None
        if overlaps and max(overlaps) > 0:
            c = overlaps.index(max(overlaps))
        elif c < last and end > columns[c + 1].start:
            return None
        cell = placed[c]
        if cell and after_gap and start > columns[c].end:
            return None
        cell.append(word)
    return placed


def edges_of(columns: list[Column]) -> list[int]:
    """The count of edges at or before a word, by bisection, gives its column: the edges need
    not be in order (refined columns may overlap), and a bisection of them sorted counts the
    same."""
    return sorted(boundaries(columns))


def fitted(words: tuple[Word, ...], columns: list[Column], strict: bool,
           by_overlap: bool = False) -> tuple[str, ...] | None:
    """The cell texts of a line under `columns`. A line without gaps (a header written with
    single spaces) must start or end each cell where its column does."""
    return placed_cells(placement(words, columns, by_overlap), columns, strict, by_overlap)


def placed_cells(placed: list[list[Word]] | None, columns: list[Column], strict: bool,
                 by_overlap: bool = False) -> tuple[str, ...] | None:
    """`fitted` of a line whose words `placement` has put under `columns`."""
    if placed is None:
        return None
    # placed by their start, a column's words stand before the next column's; placed by
    # overlap they may not
    if by_overlap and any(a and b and a[-1].start > b[0].start for a, b in zip(placed, placed[1:], strict=False)):
        return None
    texts = [[word.text for word in cell] for cell in placed]
    if not are_cells(texts):
        return None
    if strict and (not any(placed[1:]) or not all(
            lines_up(cell, column) for cell, column in zip(placed[1:], columns[1:], strict=False))):
        return None
    return tuple(map(" ".join, texts))


def is_cell(words: list[str], max_words: int = MAX_CELL_WORDS) -> bool:
    """A few words that do not end a sentence."""
    return len(words) <= max_words and not (
        len(words) >= SENTENCE_WORDS and SENTENCE_END.search(words[-1]))


def are_cells(row: list[list[str]]) -> bool:
    """The words of a row's cells make cells: a few words each, or a longer label before
    figures."""
    if all(is_cell(words) for words in row):
        return True
    return bool(row) and is_cell(row[0], MAX_LABEL_WORDS) and all(map(is_figure, row[1:]))


def is_figure(words: list[str]) -> bool:
    """An empty cell or a number ("4 008", "-85,5", "12,3%"): no letters."""
    return len(words) <= FIGURE_WORDS and not any(ch.isalpha() for word in words for ch in word)


def lines_up(cell: list[Word], column: Column) -> bool:
    if not cell:
        return True
    start, end = cell[0].start, cell[-1].end
    return (abs(start - column.start) <= ALIGN_TOLERANCE or abs(end - column.end) <= ALIGN_TOLERANCE
            or abs((start + end) - (column.start + column.end)) <= 2 * ALIGN_TOLERANCE)
