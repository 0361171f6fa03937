"""The tables of a plain-text release: Markdown pipe tables pasted into it, tables inside its
fences and tables aligned by spaces or tabs (`pipeline.ingest.aligned`), each found as the
Markdown reader finds it, so a release reads the same as .txt and as .md."""
from __future__ import annotations

from pipeline.ingest.aligned import FoundTable, aligned_tables, fenced_tables
from pipeline.ingest.markdown import TABLE_LINE, TABLE_SEPARATOR, pipe_table


def plain_tables(lines: list[str]) -> list[FoundTable]:
    """The tables of a plain text, in order: Markdown pipe tables pasted into it, tables in
    its fences (as a Markdown reader finds them), and tables aligned by spaces or tabs elsewhere."""
    found = pipe_tables(lines) if any("|" in line for line in lines) else []
    if any("```" in line or "~~~" in line for line in lines):
        found += [t for t in fenced_tables(lines) if not overlaps(t, found)]
    found += [t for t in aligned_tables(lines) if not overlaps(t, found)]
    return sorted(found, key=lambda table: table.start)


def overlaps(table: FoundTable, others: list[FoundTable]) -> bool:
    return any(table.start < other.end and other.start < table.end for other in others)


def pipe_tables(lines: list[str]) -> list[FoundTable]:
    """Markdown tables in a .txt file (`| Förening | Bidrag (kr) |` over `|---|---|`), as a
    text copied from a Markdown page or a report converter's output holds them: lines that
    open with a pipe, one of them the delimiter row."""
    found = []
    i = 0
    while i < len(lines):
        if TABLE_LINE.match(lines[i]):
            end, parts = pipe_table(lines, i)
            if parts and any(TABLE_SEPARATOR.fullmatch(line) for line in lines[i:end]):
                found.append(FoundTable(i, end, parts[0].rows))
            i = max(end, i + 1)
        else:
            i += 1
    return found
