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
`pipeline.ingest.columns` finds the columns and places the words; this module finds the lines
that make a table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.ingest.columns import (
    ALIGN_TOLERANCE,
    MIN_ROWS,
    Column,
    Word,
    are_cells,
    candidate_columns,
    edges_of,
    fitted,
    line_words,
    placed_cells,
    placement,
)

# Lines that are another block in their own right: list items, Markdown tables, headings,
# fences and quotations.
OTHER_BLOCK = re.compile(r"[ \t\u00a0]*(?:[-*+•·▪◦‣–—]|\d{1,3}[.)])[ \t\u00a0]|[ \t]*[|#>]|[ \t]*(?:```|~~~)")
# A unit line under a header holds a word or three: "(Mkr)", "(miljoner kronor)", "Belopp i Mkr".
CAPTION_WORDS = 3
HEADER_END = re.compile(r"[.:!?]\s*$")
TABS = re.compile(r"\t\t*")      # the tab first: a split skips in C to it


@dataclass(frozen=True)
class FoundTable:
    """Lines `start` to `end` (exclusive) hold a table of these rows of cell texts."""

    start: int
    end: int
    rows: tuple[tuple[str, ...], ...]


FENCE = re.compile(r" {0,3}(```|~~~)")


def fenced_tables(lines: list[str]) -> list[FoundTable]:
    """The aligned tables inside the fences of a plain text, read as the Markdown reader reads
    a fence: blank lines inside it do not end a table (newswires set one between a header and
    its rows), so `Oktober (USD)   SÅ` stays the header of the rows under it."""
    found = []
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        close = next((j for j in range(i + 1, len(lines)) if lines[j].strip().startswith(opening[1])),
                     len(lines))
        kept = [j for j in range(i + 1, close) if lines[j].strip()]
        for table in aligned_tables([lines[j] for j in kept]):
            found.append(FoundTable(kept[table.start], kept[table.end - 1] + 1, table.rows))
        i = close + 1
    return found


def is_row_line(line: str) -> bool:
    """A line with at least two cells that is not a list item, heading or the like."""
    return has_gap(line.strip()) and not OTHER_BLOCK.match(line)


def has_gap(stripped: str) -> bool:
    """Whether a tab or a run of spaces separates two words of `stripped`: two substring
    tests, cheaper than a regex on the many lines of prose that hold neither."""
    return "\t" in stripped or "  " in stripped


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
    if not has_gap(lines[i].strip()) and not (i + 1 < len(lines) and has_gap(lines[i + 1].strip())):
        return None     # every table has a gap in its first or second line: most prose has none
    if "\t" in lines[i].strip() and (table := tab_table_at(lines, i)):
        return table
    if is_row_line(lines[i]):
        return table_of(lines, i, i)
    if (lines[i].strip() and not OTHER_BLOCK.match(lines[i]) and not HEADER_END.search(lines[i])
            and i + 1 < len(lines) and is_row_line(lines[i + 1])):
        # rows that tabs separate make their own table, header included: the line above
        # them is a caption ("Belopp i tkr"), not a header whose words tabs would place
        if "\t" in lines[i + 1].strip() and tab_table_at(lines, i + 1):
            return None
        return table_of(lines, i, i + 1)
    return None


def tab_table_at(lines: list[str], i: int) -> FoundTable | None:
    """Lines whose cells tabs separate, taken column by column in order: on screen a tab's
    width depends on the text before it, so such cells need not line up. A header may lack
    the first (corner) cell. One tab between cells leaves an empty cell as two tabs (a table
    copied from a spreadsheet or a word processor); when the rows disagree that way, or a
    column would hold no cell, runs of tabs are one gap (tabs set to align the columns)."""
    k = i
    while k < len(lines) and "\t" in lines[k].strip() and not OTHER_BLOCK.match(lines[k]):
        k += 1
    body = lines[i:k]
    rows = tab_rows([line.strip(" \r\u00a0").split("\t") for line in body])
    if rows is None or any(not any(row[c] for row in rows) for c in range(len(rows[0]))):
        rows = tab_rows([TABS.split(line.strip()) for line in body])   # a column of no cells
    return FoundTable(i, k, rows) if rows else None


def tab_rows(split: list[list[str]]) -> tuple[tuple[str, ...], ...] | None:
    """The rows of cells when they have as many cells each (the header one fewer, for the
    corner cell it leaves out) and hold cells, not sentences."""
    if len(split) < MIN_ROWS or len(split[-1]) < 2:
        return None
    rows = [list(row) for row in split]
    count = len(rows[-1])
    if len(rows[0]) == count - 1:
        rows[0] = ["", *rows[0]]
    if any(len(row) != count or not are_cells([cell.split() for cell in row]) for row in rows):
        return None
    return tuple(tuple(" ".join(cell.split()) for cell in row) for row in rows)


def table_of(lines: list[str], header: int, first_row: int) -> FoundTable | None:
    """The table of the header line and the rows from `first_row`, under the columns that
    take in the most lines; of equals, those that leave no gap inside a cell (a layout of too
    few columns puts `2 844   3   2 909` in one), then those more rows agree on."""
    run = row_run(lines, first_row)
    # once, not per layout: each line's words and whether it is a row line
    words = {k: line_words(lines[k]) for k in range(header, run[-1] + 1)}
    rows = {k: is_row_line(lines[k]) for k in words}
    best: tuple[tuple[int, int, int], FoundTable] | None = None
    for seeds, columns in candidate_columns([words[k] for k in run]):
        found, placed = fitted_table(header, run, columns, words, rows)
        if found is None:
            continue
        score = (found.end - found.start, -gaps_within_cells(found, columns, words, rows, placed),
                 seeds)
        if best is None or score > best[0]:
            best = score, found
    return best[1] if best else None


Placed = dict[int, list[list[Word]] | None]


def gaps_within_cells(table: FoundTable, columns: list[Column], words: dict[int, tuple[Word, ...]],
                      rows: dict[int, bool], placed: Placed) -> int:
    """How many words of the table's lines stand after a gap inside a cell rather than at
    its start: each is a column the layout has merged into its neighbour. `placed` holds
    the row lines as `fitted_table` placed them."""
    gaps = 0
    for k in range(table.start, table.end):
        cells = placed[k] if rows[k] else placement(words[k], columns, by_overlap=True)
        gaps += sum(word.after_gap for cell in cells or [] for word in cell[1:])
    return gaps


def fitted_table(header: int, run: list[int], columns: list[Column],
                 words: dict[int, tuple[Word, ...]],
                 rows: dict[int, bool]) -> tuple[FoundTable | None, Placed]:
    """The lines of `run` (after the header line above it, if any) that fit `columns`, up to
    the first one that does not, and each line's words placed under them. The first line
    may be a header set a character or two off its columns: its words go where they overlap
    most. `rows` says which lines are row lines."""
    edges = edges_of(columns)
    placed: Placed = {}
    table: list[tuple[str, ...]] = []
    end = header
    for k in ([header] if header < run[0] else []) + run:
        strict = not rows[k]
        placed[k] = placement(words[k], columns, False, edges)
        cells = placed_cells(placed[k], columns, strict)
        if cells is None and k == header:
            cells = fitted(words[k], columns, strict, by_overlap=True)
        if cells is None and len(table) == 1 and k == end:
            cells = caption_below_header(words[k], columns)
        if cells is None:
            break
        table.append(cells)
        end = k + 1
    table = [row for row in table if any(row)]
    return FoundTable(header, end, tuple(table)) if is_table(table, columns) else None, placed


def caption_below_header(words: tuple[Word, ...], columns: list[Column]) -> tuple[str, ...] | None:
    """The line right under a header that only names, in the corner column, what the figures
    are in ("(Mkr)", "(miljoner kronor)" under "Prognos Q2-24  Lägsta  Högsta  Utfall Q2-23"):
    a part of the header, not the end of the table."""
    placed = placement(words, columns)
    if placed is None or any(placed[1:]) or not placed[0] or len(placed[0]) > CAPTION_WORDS \
            or placed[0][0].start > columns[0].start + ALIGN_TOLERANCE:
        return None
    return (" ".join(word.text for word in placed[0]), *("" for _ in columns[1:]))


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


def is_table(rows: list[tuple[str, ...]], columns: list[Column]) -> bool:
    """At least two rows of at least two cells, in columns that line up."""
    if len(columns) < 2 or sum(sum(bool(cell) for cell in row) >= 2 for row in rows) < MIN_ROWS:
        return False
    return all(column.alignment is not None for column in columns[1:])
