"""Markdown (and the Markdown bodies of JSONL records) -> parts in document order."""
from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.document import BlockKind
from pipeline.ingest.aligned import FENCE, aligned_table_at, aligned_tables, has_gap
from pipeline.ingest.inline import GROUP_SPACE_ENTITIES as GROUP_SPACE_ENTITIES  # for the parser
from pipeline.ingest.inline import has_markup, inline_reader, plain_inline, trimmed
from pipeline.ingest.layout import HEADING_MAX_WORDS, SPACES, Part, new_part, tidy

Inline = Callable[[str], str]


# Markdown -> parts
# An ATX heading: ` {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*` in full, read by
# `heading_of` in string operations (the lazy text group cost a tenth of block parsing).
HEADING_OPENING = re.compile(r" {0,3}(#+)")
LIST_ITEM = re.compile(r"([ \t]*)([-*+•]|\d{1,3}[.)])[ \t\u00a0]+(\S.*)")
DASH_MARKERS = "-"
TABLE_LINE = re.compile(r" {0,3}\|.*")
TABLE_SEPARATOR = re.compile(r" {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*")
RULE = re.compile(r" {0,3}([-*_])[ \t]*(\1[ \t]*){2,}")
QUOTE_MARKER = re.compile(r" {0,3}> ?")
# `(?<!\\)\|` with the pipe first, so that a split skips in C from one pipe to the next
CELL_SPLIT = re.compile(r"\|(?<!\\\|)")
# The first mark of a line each of those patterns needs, after its indent: a cheap test
# before the pattern, since most lines are prose.
RULE_MARKS, FENCE_MARKS, ITEM_MARKS = "-*_", "`~", "-*+•"
WORDLIKE = re.compile(r"\w")
EMPHASIS_ONLY = re.compile(r"\s*([*_]{1,3})(?=\S)[^\n]*(?<=\S)\1\s*")
SENTENCE_BREAK = re.compile(r"[.!?][\"”»']?\s+[\"”»'–-]?\s*[A-ZÅÄÖ0-9]")


def markdown_parts(text: str) -> list[Part]:
    """Markdown (as regeringen.se's pages converted) -> parts in document order."""
    lines = text.split("\n")
    # An aligned table has a gap in its first or second line, so a text holding no tab and no
    # two spaces in a row (19 releases in 20) has none: one substring test, not two per line.
    aligned = has_gap(text)
    inline = inline_reader(text, aligned)   # a text without markup (most) has only its spaces tidied
    quoted = ">" in text
    # a line of a text without markup or quotation reads as itself stripped (`trimmed`)
    bare = inline is trimmed and not quoted
    parts: list[Part] = []
    i = 0
    count = len(lines)
    while i < count:
        line = lines[i]
        stripped = line.strip()
        if not stripped:   # half the lines of a release: no block starts there
            i += 1
            continue
        if not aligned and (i + 1 == count or not lines[i + 1].strip()) and \
                stripped[0] not in NOT_PROSE_LEADS and not stripped[0].isdigit() and "|" not in line:
            # most blocks: a paragraph of one line (`NOT_PROSE_LEADS`), read here as `paragraph`
            # reads it, without the tests of every other block and the calls, a third of
            # reading a release; the blank line after it is passed over too
            text = stripped if bare else inline(unquoted(line) if quoted else line)
            if text:
                parts.append(new_part(("paragraph", text, ())))
            i += 2
            continue
        i, found = markdown_block(lines, i, bool(parts), aligned, inline)
        parts.extend(found)
    return parts


# The first marks of a line that can open a block other than a paragraph (`markdown_block`)
# or make a paragraph of one line a heading (`is_emphasis_heading`); a digit may open a list
# item, and a pipe anywhere a table. A line whose first mark is none of these and that holds
# no pipe is one `markdown_block` reads as a paragraph when neither an aligned table nor
# another line follows it.
NOT_PROSE_LEADS = frozenset(RULE_MARKS + FENCE_MARKS + ITEM_MARKS + "#|")


def markdown_block(lines: list[str], i: int, after_content: bool, aligned: bool = True,
                   inline: Inline = plain_inline) -> tuple[int, list[Part]]:
    """The parts of the block starting at line `i`, and the line after it; `aligned` False
    says no aligned table starts in `lines`, and `inline` reads the markup of their text
    (`plain_inline`, or what `inline_reader` chose for it)."""
    line = lines[i]
    lead = line.lstrip()[:1]    # every block pattern but the tables' needs its own first mark
    if not lead or (lead in RULE_MARKS and RULE.fullmatch(line)):
        return i + 1, []
    if lead in FENCE_MARKS and FENCE.match(line):
        return fenced_block(lines, i)
    heading = heading_of(line) if lead == "#" else None
    if heading:
        return i + 1, heading_parts(heading, after_content, inline)
    if lead == "|" and TABLE_LINE.match(line):
        return pipe_table(lines, i)
    if bare_table_at(lines, i):
        return bare_pipe_table(lines, i)
    if may_be_item(lead) and LIST_ITEM.fullmatch(line):
        return list_item(lines, i, inline)
    table = aligned_table_at(lines, i) if aligned else None
    if table:
        return table.end, [table_part(table.rows)]
    return paragraph(lines, i, aligned, inline)


def table_part(rows: tuple[tuple[str, ...], ...]) -> Part:
    return new_part(("table", "", tuple(tuple(plain_inline(cell) for cell in row) for row in rows)))


def heading_of(line: str) -> tuple[str, str | None] | None:
    """An ATX heading's opening hashes and its text (None when the hashes stand alone)
    without the closing hashes, or None when `line` is no heading."""
    opening = HEADING_OPENING.match(line)
    if opening is None or len(opening[1]) > 6:
        return None
    rest = line[opening.end():]
    if not rest:
        return opening[1], None
    if rest[0] not in " \t":
        return None
    text = rest.strip(" \t")
    if text.endswith("#"):
        bare = text.rstrip("#")
        if bare[-1:] in (" ", "\t"):    # closing hashes stand apart from the text
            text = bare.rstrip(" \t")
    return opening[1], text


def heading_parts(heading: tuple[str, str | None], after_content: bool,
                  inline: Inline = plain_inline) -> list[Part]:
    hashes, written = heading
    text = inline(written or "")
    if not WORDLIKE.search(text):
        return []   # a heading of markup alone, such as a stray YAML ">-"
    kind: BlockKind = "title" if len(hashes) == 1 and not after_content else "heading"
    return [new_part((kind, text, ()))]


def pipe_table(lines: list[str], i: int) -> tuple[int, list[Part]]:
    rows = []
    while i < len(lines) and TABLE_LINE.match(lines[i]):
        if not TABLE_SEPARATOR.fullmatch(lines[i]):
            cells = pipe_cells(lines[i])
            if any(cells):
                rows.append(cells)
        i += 1
    return i, [new_part(("table", "", tuple(rows)))] if rows else []


def bare_table_at(lines: list[str], i: int) -> bool:
    """GitHub's table without outer pipes: `Län | Belopp` over `--- | ---`, as tools that
    convert spreadsheets to Markdown write it. The delimiter row must hold a pipe and as many
    cells as the header, so a rule or a setext underline is none."""
    if "|" not in lines[i] or i + 1 >= len(lines):
        return False
    delimiter = lines[i + 1]
    return "|" in delimiter and TABLE_SEPARATOR.fullmatch(delimiter) is not None and \
        len(pipe_cells(delimiter)) == len(pipe_cells(lines[i]))


def bare_pipe_table(lines: list[str], i: int) -> tuple[int, list[Part]]:
    """The header, then each line holding a pipe until a blank line or another block."""
    rows = [pipe_cells(lines[i])]
    i += 2
    while i < len(lines) and "|" in lines[i] and lines[i].strip() and not (
            heading_of(lines[i]) or FENCE.match(lines[i])):
        cells = pipe_cells(lines[i])
        if any(cells):
            rows.append(cells)
        i += 1
    return i, [new_part(("table", "", tuple(rows)))]


def pipe_cells(line: str) -> tuple[str, ...]:
    """`| **Skolverket** | 24,9 |` -> ("Skolverket", "24,9")."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    if not has_markup(body):
        # no mark of markup (a backslash is one, so no pipe is escaped): each cell's
        # `plain_inline` is its spaces tidied, done once for the row, as no run of spaces
        # crosses a pipe; the padding of a cell cost a substitution of its own
        return tuple(map(str.strip, SPACES.sub(" ", body).split("|")))
    return tuple(plain_inline(cell).replace("\n", " ") for cell in CELL_SPLIT.split(body))


def fenced_block(lines: list[str], i: int) -> tuple[int, list[Part]]:
    """A fenced block: its aligned tables as tables, other lines as paragraphs. Blank lines
    inside the fence do not end a table (newswires set one between header and rows)."""
    opening = FENCE.match(lines[i])
    assert opening is not None    # the caller found the fence
    fence = opening[1]
    first = lines[i].strip()[len(fence):]   # some texts start the table on the fence line
    body = [first] if first.strip() else []
    i += 1
    while i < len(lines) and not lines[i].strip().startswith(fence):
        if lines[i].strip():
            body.append(lines[i])
        i += 1
    parts: list[Part] = []
    done = 0
    for table in aligned_tables(body):
        parts += [new_part(("paragraph", tidy(line), ())) for line in body[done:table.start]]
        parts.append(table_part(table.rows))
        done = table.end
    parts += [new_part(("paragraph", tidy(line), ())) for line in body[done:]]
    return i + 1, parts


def list_item(lines: list[str], i: int, inline: Inline = plain_inline) -> tuple[int, list[Part]]:
    """One item with its indented continuation lines; a dash "item" standing alone and
    holding several sentences is a quotation (the Swedish dialogue dash), so a paragraph."""
    match = LIST_ITEM.fullmatch(lines[i])
    assert match is not None      # the caller found the item
    indent = len(match[1].expandtabs())
    body = [match[3]]
    j = i + 1
    while j < len(lines) and continues_item(lines[j], indent):
        body.append(lines[j])
        j += 1
    text = inline("\n".join(body))
    if match[2] in DASH_MARKERS and is_lone_item(lines, i, j) and SENTENCE_BREAK.search(text):
        return j, [new_part(("paragraph", inline(lines[i].strip() + "\n" + "\n".join(body[1:])), ()))]
    return j, [new_part(("list_item", text, ()))] if text else []


def continues_item(line: str, indent: int) -> bool:
    stripped = line.lstrip()
    if not stripped or LIST_ITEM.fullmatch(line) or TABLE_LINE.match(line) or FENCE.match(line):
        return False
    return len(line) - len(stripped) > indent


def is_lone_item(lines: list[str], first: int, after: int) -> bool:
    before = next((ln for ln in reversed(lines[:first]) if ln.strip()), "")
    following = next((ln for ln in lines[after:] if ln.strip()), "")
    return not LIST_ITEM.fullmatch(before) and not LIST_ITEM.fullmatch(following)


def paragraph(lines: list[str], i: int, aligned: bool = True,
              inline: Inline = plain_inline) -> tuple[int, list[Part]]:
    """Lines up to the next blank line or other block; a short line that is all bold is
    a heading in all but name."""
    body = [unquoted(lines[i])]
    j = i + 1
    while j < len(lines) and continues_paragraph(lines[j]) and not bare_table_at(lines, j) \
            and not (aligned and aligned_table_at(lines, j)):
        body.append(unquoted(lines[j]))
        j += 1
    text = inline("\n".join(body))
    if not text:
        return j, []
    kind: BlockKind = "heading" if len(body) == 1 and is_emphasis_heading(body[0], text) else "paragraph"
    return j, [new_part((kind, text, ()))]


def unquoted(line: str) -> str:
    return QUOTE_MARKER.sub("", line, count=1) if ">" in line else line


def continues_paragraph(line: str) -> bool:
    lead = line.lstrip()[:1]
    return bool(lead) and not (
        (lead == "#" and heading_of(line)) or (lead == "|" and TABLE_LINE.match(line))
        or (lead in FENCE_MARKS and FENCE.match(line))
        or (may_be_item(lead) and LIST_ITEM.fullmatch(line))
        or (lead in RULE_MARKS and RULE.fullmatch(line)))


def may_be_item(lead: str) -> bool:
    """Whether a line whose first mark is `lead` can be a list item (`LIST_ITEM`)."""
    return lead in ITEM_MARKS or lead.isdigit()


def is_emphasis_heading(raw: str, text: str) -> bool:
    # the first mark before the pattern: most one-line paragraphs are prose
    return (raw.lstrip()[:1] in ("*", "_") and bool(EMPHASIS_ONLY.fullmatch(raw)) and len(text.split()) <= HEADING_MAX_WORDS
            and text[-1] not in ".!?")
