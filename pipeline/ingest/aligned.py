"""Plain-text tables: rows whose columns line up by runs of spaces or tabs, as PDF converters
and newswires lay a table out in text.

    Bolaget, MSEK      Q1 2024/2025 Q1 2023/2024 Förändring
    Nettoomsättning    4 008        3 815        5,1%
    Rörelseresultat    658          525          25,3%

A data row separates its cells by two or more spaces or a tab, so `4 008` (one space) stays one
cell; a header may separate its titles by single spaces, so the columns are found where the
data rows' cells sit (character positions, tabs expanded), and every line's words are then put
in the column they stand under. Prose is never a table: the cells of a column must line up (at
their start, end or middle) in every row, and a cell holds a few words, not a sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

TAB_SIZE = 8
# A minus sign or a header one character off still stands in its column ("-3,6" under "Nov").
ALIGN_TOLERANCE = 1
MAX_CELL_WORDS = 8
MIN_ROWS = 2

WORD = re.compile(r"[^ \t]+")
GAP = re.compile(r"\t| {2,}")
# Lines that are another block in their own right: list items, Markdown tables, headings,
# fences and quotations.
OTHER_BLOCK = re.compile(r"[ \t\u00a0]*(?:[-*+•·▪◦‣–—]|\d{1,3}[.)])[ \t\u00a0]|[ \t]*[|#>]|[ \t]*(?:```|~~~)")
HEADER_END = re.compile(r"[.:!?]\s*$")
TABS = re.compile(r"\t+")
# A cell of three words or more that ends a sentence is prose that happens to hold a gap.
SENTENCE_WORDS = 3
SENTENCE_END = re.compile(r"[^\W\d_][.!?]$")

Alignment = Literal["left", "right", "centre"]


@dataclass(frozen=True)
class Word:
    start: int       # column on screen, tabs expanded
    end: int
    text: str
    after_gap: bool  # the line starts here, or a tab or two spaces stand before it


@dataclass(frozen=True)
class Column:
    start: int
    end: int
    alignment: Alignment


@dataclass(frozen=True)
class FoundTable:
    """Lines `start` to `end` (exclusive) hold a table of these rows of cell texts."""

    start: int
    end: int
    rows: tuple[tuple[str, ...], ...]


def line_words(line: str) -> tuple[Word, ...]:
    found = []
    previous_end = 0
    for match in WORD.finditer(line):
        start = match.start() if "\t" not in line else len(line[:match.start()].expandtabs(TAB_SIZE))
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


def is_row_line(line: str) -> bool:
    """A line with at least two cells that is not a list item, heading or the like."""
    return bool(GAP.search(line.strip())) and not OTHER_BLOCK.match(line)


def is_padding(line: str) -> bool:
    """A line of spaces that a converter padded to the table's width keeps the table going."""
    return bool(line) and not line.strip()


def aligned_tables(lines: list[str]) -> list[FoundTable]:
    """Every plain-text table in `lines`, in order."""
    found = []
    i = 0
    while i < len(lines):
        table = aligned_table_at(lines, i)
        if table:
            found.append(table)
            i = table.end
        else:
            i += 1
    return found


def aligned_table_at(lines: list[str], i: int) -> FoundTable | None:
    """The table whose first line (a header or a row) is line `i`, if one starts there."""
    if "\t" in lines[i].strip() and (table := tab_table_at(lines, i)):
        return table
    if is_row_line(lines[i]):
        return table_of(lines, i, i)
    if (lines[i].strip() and not OTHER_BLOCK.match(lines[i]) and not HEADER_END.search(lines[i])
            and i + 1 < len(lines) and is_row_line(lines[i + 1])):
        return table_of(lines, i, i + 1)
    return None


def tab_table_at(lines: list[str], i: int) -> FoundTable | None:
    """Lines whose cells tabs separate, taken column by column in order: on screen a tab's
    width depends on the text before it, so such cells need not line up. A header may lack
    the first (corner) cell."""
    rows = []
    k = i
    while k < len(lines) and "\t" in lines[k].strip() and not OTHER_BLOCK.match(lines[k]):
        rows.append(tuple(TABS.split(lines[k].strip())))
        k += 1
    if len(rows) < MIN_ROWS or len(rows[-1]) < 2:
        return None
    count = len(rows[-1])
    if len(rows[0]) == count - 1:
        rows[0] = ("", *rows[0])
    if any(len(row) != count or not all(is_cell(cell.split()) for cell in row) for row in rows):
        return None
    return FoundTable(i, k, tuple(tuple(" ".join(cell.split()) for cell in row) for row in rows))


def table_of(lines: list[str], header: int, first_row: int) -> FoundTable | None:
    """The table of the header line and the rows from `first_row`, under the columns that
    take in the most lines; of equals, those that leave no gap inside a cell (a layout of too
    few columns puts `2 844   3   2 909` in one), then those more rows agree on."""
    run = row_run(lines, first_row)
    best: tuple[tuple[int, int, int], FoundTable] | None = None
    for seeds, columns in candidate_columns([line_words(lines[k]) for k in run]):
        found = fitted_table(lines, header, run, columns)
        if found is None:
            continue
        score = (found.end - found.start, -gaps_within_cells(lines, found, columns), seeds)
        if best is None or score > best[0]:
            best = score, found
    return best[1] if best else None


def gaps_within_cells(lines: list[str], table: FoundTable, columns: list[Column]) -> int:
    """How many words of the table's lines stand after a gap inside a cell rather than at
    its start: each is a column the layout has merged into its neighbour."""
    gaps = 0
    for k in range(table.start, table.end):
        placed = placement(line_words(lines[k]), columns, by_overlap=not is_row_line(lines[k]))
        gaps += sum(word.after_gap for cell in placed or [] for word in cell[1:])
    return gaps


def fitted_table(lines: list[str], header: int, run: list[int],
                 columns: list[Column]) -> FoundTable | None:
    """The lines of `run` (after the header line above it, if any) that fit `columns`, up to
    the first one that does not. The first line may be a header set a character or two off
    its columns: its words go where they overlap most."""
    rows: list[tuple[str, ...]] = []
    end = header
    for k in ([header] if header < run[0] else []) + run:
        words, strict = line_words(lines[k]), not is_row_line(lines[k])
        cells = fitted(words, columns, strict)
        if cells is None and k == header:
            cells = fitted(words, columns, strict, by_overlap=True)
        if cells is None:
            break
        rows.append(cells)
        end = k + 1
    rows = [row for row in rows if any(row)]
    return FoundTable(header, end, tuple(rows)) if is_table(rows, columns) else None


def row_run(lines: list[str], first: int) -> list[int]:
    """Row lines from `first` on, over padding lines and single lines between rows."""
    run = [first]
    k = first + 1
    while k < len(lines):
        if is_row_line(lines[k]):
            run.append(k)
        elif is_padding(lines[k]):
            pass
        elif lines[k].strip() and k + 1 < len(lines) and is_row_line(lines[k + 1]) \
                and not OTHER_BLOCK.match(lines[k]):
            run.append(k)
        else:
            break
        k += 1
    return run


def candidate_columns(rows: list[tuple[Word, ...]]) -> Iterator[tuple[int, list[Column]]]:
    """Column layouts the rows may follow, with how many rows gave each: one from the rows of
    each cell count, refined by where all rows' words fall."""
    cells = [gap_cells(words) for words in rows]
    for count in sorted({len(c) for c in cells if len(c) >= 2}, reverse=True):
        seeds = [c for c in cells if len(c) == count]
        columns = merged_columns(seeds)
        if columns is None:
            continue
        placed = [p for words in rows if (p := placement(words, columns)) is not None]
        if len(placed) >= MIN_ROWS:
            yield len(seeds), refined(columns, placed)


def merged_columns(rows: list[list[tuple[Word, ...]]]) -> list[Column] | None:
    """One column per cell position, where the rows' cells overlap position by position; rows
    whose cells start farthest from the others' are left out (to be placed word by word
    later) until the rest agree, as long as they are at least half."""
    middle = [sorted(row[c][0].start for row in rows)[len(rows) // 2] for c in range(len(rows[0]))]
    ranked = sorted(rows, key=lambda row: sum(abs(cell[0].start - m) for cell, m in zip(row, middle, strict=False)))
    for keep in range(len(ranked), (len(ranked) + 1) // 2 - 1, -1):
        columns = [Column(min(row[c][0].start for row in ranked[:keep]),
                          max(row[c][-1].end for row in ranked[:keep]), "left")
                   for c in range(len(middle))]
        if all(a.end < b.start for a, b in zip(columns, columns[1:], strict=False)):
            return columns
    return None


def refined(columns: list[Column], placed: list[list[list[Word]]]) -> list[Column]:
    """Columns widened to every word placed in them, each with the alignment its cells share
    (below the first row, which may be a header set otherwise)."""
    body = placed[1:] if len(placed) > MIN_ROWS else placed
    result = []
    for c, column in enumerate(columns):
        cells = [(cell[0].start, cell[-1].end) for row in placed if (cell := row[c])]
        starts, ends = [s for s, _ in cells], [e for _, e in cells]
        result.append(Column(min(starts, default=column.start), max(ends, default=column.end),
                             alignment_of([(cell[0].start, cell[-1].end) for row in body
                                           if (cell := row[c])])))
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


def placement(words: tuple[Word, ...], columns: list[Column],
              by_overlap: bool = False) -> list[list[Word]] | None:
    """The words of a line in the columns they stand under; None when a word runs across a
    column's edge, or stands apart (after a gap) beyond the column's cells, where a column
    the layout lacks would be. `by_overlap` puts a word in the column it overlaps most."""
    edges = boundaries(columns)
    placed: list[list[Word]] = [[] for _ in columns]
    for word in words:
        c = sum(word.start >= edge for edge in edges)
        overlaps = [min(word.end, col.end) - max(word.start, col.start)
                    for col in columns] if by_overlap else [0]
        if max(overlaps) > 0:
            c = overlaps.index(max(overlaps))
        elif c + 1 < len(columns) and word.end > columns[c + 1].start:
            return None
        if placed[c] and word.after_gap and word.start > columns[c].end:
            return None
        placed[c].append(word)
    return placed


def fitted(words: tuple[Word, ...], columns: list[Column], strict: bool,
           by_overlap: bool = False) -> tuple[str, ...] | None:
    """The cell texts of a line under `columns`. A line without gaps (a header written with
    single spaces) must start or end each cell where its column does."""
    placed = placement(words, columns, by_overlap)
    if placed and any(a and b and a[-1].start > b[0].start for a, b in zip(placed, placed[1:], strict=False)):
        return None
    if placed is None or not all(is_cell([word.text for word in cell]) for cell in placed):
        return None
    if strict and (not any(placed[1:]) or not all(
            lines_up(cell, column) for cell, column in zip(placed[1:], columns[1:], strict=False))):
        return None
    return tuple(" ".join(word.text for word in cell) for cell in placed)


def is_cell(words: list[str]) -> bool:
    """A few words that do not end a sentence."""
    return len(words) <= MAX_CELL_WORDS and not (
        len(words) >= SENTENCE_WORDS and SENTENCE_END.search(words[-1]))


def lines_up(cell: list[Word], column: Column) -> bool:
    if not cell:
        return True
    start, end = cell[0].start, cell[-1].end
    return (abs(start - column.start) <= ALIGN_TOLERANCE or abs(end - column.end) <= ALIGN_TOLERANCE
            or abs((start + end) - (column.start + column.end)) <= 2 * ALIGN_TOLERANCE)


def is_table(rows: list[tuple[str, ...]], columns: list[Column]) -> bool:
    """At least two rows of at least two cells, in columns that line up."""
    if len(columns) < 2 or sum(sum(bool(cell) for cell in row) >= 2 for row in rows) < MIN_ROWS:
        return False
    return all(column.alignment is not None for column in columns[1:])
