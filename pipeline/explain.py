"""The show page: one processed release as a page to read, check and share.

The text comes from `documents.text` with its own structure (blocks between blank lines:
headings, paragraphs, list lines and ` | ` table rows) and each amount highlighted, a short
label beside it (number, value, total, years, period, qualifier, restatement) and the full
label with its area on hover. Each label links to the amount's row in a compact table of the
rows, whose numbers link back to the text; then each stated total against its items.
"""
from __future__ import annotations

import html
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.explain_labels import (
    NBSP,
    Row,
    compact_money,
    facts,
    hover_of,
    kind_of,
    label_of,
    money,
    years_of,
)
from pipeline.explain_text import Block, blocks_of

COLOURS = {"total": "#f4a261", "amount": "#a8dadc", "table": "#cdb4db"}


class NotProcessed(Exception):
    """The document or the tables are not in the processed folder."""


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of text: an amount, with any amount written inside it."""

    start: int
    end: int
    rows: tuple[Row, ...]

    @property
    def label(self) -> str:
        return " | ".join(label_of(r) for r in self.rows)


def rows_of(processed: Path, table: str, doc_id: str) -> list[Row]:
    """The rows of one document in `processed/<table>.parquet`, read with a filter."""
    path = processed / f"{table}.parquet"
    if not path.exists():
        raise NotProcessed(f"cannot show {doc_id!r}: no {path.name} in {processed}; "
                           "run `python -m pipeline extract` first")
    try:
        found = pq.read_table(path, filters=[("doc_id", "=", doc_id)])
    except (pa.ArrowException, OSError) as err:
        raise NotProcessed(f"cannot show {doc_id!r}: {path} is unreadable ({err})") from err
    if "amount_no" in found.column_names:
        found = found.sort_by("amount_no")
    return found.to_pylist()


# --- the text ----------------------------------------------------------------------------


def marks_of(amounts: list[Row]) -> list[Mark]:
    """Marks in text order, none overlapping: an amount starting inside the one before it
    ("476,2 (407,8) miljarder kronor" is two) shares its mark."""
    marks: list[Mark] = []
    for row in sorted(amounts, key=lambda r: (r["start"], -r["end"])):
        if marks and row["start"] < marks[-1].end:
            last = marks.pop()
            marks.append(Mark(last.start, max(last.end, row["end"]), (*last.rows, row)))
        else:
            marks.append(Mark(row["start"], row["end"], (row,)))
    return marks


def tag_of(row: Row) -> str:
    """The short label shown in the text, linked to the amount's row."""
    no = row["amount_no"]
    parts = [f'<a href="#row-{no}">#{no}</a>{NBSP}{esc(money(row))}', *map(esc, facts(row))]
    if row.get("restates"):
        parts.append(f'restates <a href="#amount-{row["restates"]}">#{row["restates"]}</a>')
    return (f'<span class="tag" id="amount-{no}" title="{esc(hover_of(row))}">'
            + " · ".join(parts) + "</span>")


def mark_html(text: str, mark: Mark, end: int) -> str:
    first = mark.rows[0]
    classes = ["mark", kind_of(first)]
    classes += ["restates"] if first.get("restates") else []
    classes += ["previous"] if first.get("is_previous") else []
    return (f'<mark class="{" ".join(classes)}" title="{esc(mark.label)}">'
            f'{esc(text[mark.start:min(mark.end, end)])}{"".join(map(tag_of, mark.rows))}'
            "</mark>")


def marks_from(marks: list[Mark], start: int, end: int) -> list[Mark]:
    """The marks that start in text[start:end], found by bisection (marks are in text order)."""
    first = bisect_left(marks, start, key=lambda m: m.start)
    last = bisect_left(marks, end, lo=first, key=lambda m: m.start)
    return marks[first:last]


def marked(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """text[start:end] as HTML, with the marks that start inside it (cut at its end)."""
    out, at = [], start
    for mark in marks_from(marks, start, end):
        out.append(esc(text[at:mark.start]))
        out.append(mark_html(text, mark, end))
        at = min(mark.end, end)
    out.append(esc(text[at:end]))
    return "".join(out)


def block_html(text: str, block: Block, marks: list[Mark]) -> str:
    if block.kind == "heading":
        return f"<h2>{marked(text, block.start, block.end, marks)}</h2>"
    if block.kind == "list":
        items = "".join(f"<li>{marked(text, s, e, marks)}</li>" for s, e in block.lines)
        return f"<ul>{items}</ul>"
    if block.kind == "table":
        return table_html(text, block, marks)
    return f"<p>{marked(text, block.start, block.end, marks)}</p>"


def table_html(text: str, block: Block, marks: list[Mark]) -> str:
    """A ` | ` table; the rows above its first amount are its header."""
    rows: list[str] = []
    header = True
    for cells in block.cells:
        header = header and not marks_from(marks, cells[0][0], cells[-1][1])
        tag = "th" if header or not rows else "td"
        rows.append("<tr>" + "".join(f"<{tag}>{marked(text, s, e, marks)}</{tag}>"
                                     for s, e in cells) + "</tr>")
    return f'<table class="text">{"".join(rows)}</table>'


def article_html(document: Row, amounts: list[Row]) -> str:
    text, marks = document["text"], marks_of(amounts)
    sections = {r["section"] for r in amounts if r["section"]}
    items = {r["sentence"] for r in amounts if r["area_source"] == "list_item"}
    return "\n".join(block_html(text, b, marks)
                     for b in blocks_of(text, document["title"], sections, items))


# --- the page ----------------------------------------------------------------------------

ROW_HEAD = ("#", "written", "value", "qualifier", "per", "years", "area", "area from",
            "section", "flags")
TOTAL_HEAD = ("#", "stated", "items add up to", "items", "status")
KEPT_COLUMNS = 3    # the number, what is written and the value stay even when empty


def row_cells(row: Row) -> list[str]:
    no = row["amount_no"]
    return [f'<a href="#amount-{no}">{no}</a>', clip(" ".join(row["text"].split())),
            f'<span class="num">{esc(money(row))}</span>', esc(row["qualifier"] or ""),
            esc(row["per"] or ""), esc(years_of(row) or ""), clip(row["area"]),
            esc(row["area_source"] or ""), clip(row["section"]), flags_of(row)]


def flags_of(row: Row) -> str:
    """'total', 'restates #1' (linked to that row) and 'previous', as they apply."""
    restates = row.get("restates")
    flags = ["total" if row["is_total"] else "",
             f'restates <a href="#row-{restates}">#{restates}</a>' if restates else "",
             "previous" if row.get("is_previous") else ""]
    return " · ".join(f for f in flags if f)


def total_cells(total: Row, amounts: dict[int, Row]) -> list[str]:
    no, items = total["amount_no"], total["item_amount_nos"] or []
    row = amounts.get(no, {"value": total["value"], "value_max": None, "currency": ""})
    stated = money(row)
    added = "" if total["items_sum"] is None else money(
        {**row, "value": total["items_sum"], "value_max": None})
    return [f'<a href="#row-{no}">{no}</a>', f'<span class="num">{esc(stated)}</span>',
            f'<span class="num">{esc(added)}</span>',
            ", ".join(f'<a href="#row-{i}">#{i}</a>' for i in items), esc(total["status"])]


def clip(value: str | None) -> str:
    """A long cell cut to one line, the whole of it on hover."""
    return f'<span class="clip" title="{esc(value)}">{esc(value)}</span>' if value else ""


def grid(head: tuple[str, ...], rows: list[list[str]], ids: list[str]) -> str:
    """A table of one line a row; a column empty in every row is left out."""
    if not rows:
        return "<p>none</p>"
    keep = [i for i in range(len(head)) if i < KEPT_COLUMNS or any(r[i] for r in rows)]
    top = "".join(f"<th>{head[i]}</th>" for i in keep)
    body = "".join(f'<tr id="{n}">' + "".join(f"<td>{cells[i]}</td>" for i in keep) + "</tr>"
                   for n, cells in zip(ids, rows, strict=True))
    return f'<div class="wide"><table class="rows"><tr>{top}</tr>{body}</table></div>'


def explanation_html(document: Row, amounts: list[Row], totals: list[Row]) -> str:
    """A standalone HTML page: the marked text, then the rows and the totals check."""
    by_no = {r["amount_no"]: r for r in amounts}
    return PAGE.format(
        title=esc(document["title"] or document["doc_id"]), meta=esc(meta_line(document)),
        legend=LEGEND, style=STYLE, article=article_html(document, amounts),
        rows=grid(ROW_HEAD, [row_cells(r) for r in amounts],
                  [f"row-{r['amount_no']}" for r in amounts]),
        totals=grid(TOTAL_HEAD, [total_cells(t, by_no) for t in totals],
                    [f"total-{t['amount_no']}" for t in totals]))


def meta_line(document: Row) -> str:
    status = document.get("status")
    parts = [document["doc_id"], document["publisher"], published_of(document),
             None if status == "ok" else status]
    return " · ".join(str(p) for p in parts if p)


def published_of(document: Row) -> str | None:
    """The publication date as far as the source states it: `2023-09-18`, `2023-09`, `2023`."""
    published = document.get("published")
    if published is None:
        return None
    width = {"year": 4, "month": 7}.get(document.get("published_precision") or "day", 10)
    return published.isoformat()[:width]


def esc(value: str | None) -> str:
    return html.escape(value or "")


def summary_lines(doc_id: str, amounts: list[Row], totals: list[Row]) -> list[str]:
    """One line per amount (its label and text), then each total's check and the counts."""
    lines = [f"{label_of(r)}  ← {' '.join(r['text'].split())!r}" for r in amounts]
    lines += [f"total #{t['amount_no']}: {t['status']} ({t['n_items']} items, sum "
              f"{compact_money(t['items_sum']) if t['items_sum'] is not None else '-'})"
              for t in totals]
    n_totals = sum(bool(r["is_total"]) for r in amounts)
    lines.append(f"{doc_id}: {len(amounts)} amounts, {n_totals} totals")
    return lines


def default_out(processed: Path, doc_id: str) -> Path:
    """processed/<doc_id>.html, with the path separators of the doc_id flattened."""
    return processed / f"{doc_id.replace('/', '_').replace(':', '_')}.html"


def write_explanation(processed: Path, doc_id: str, out: Path | None = None) -> str:
    """Write the show page of `doc_id` (default: `default_out`); returns a text summary.

    The summary lists each amount's label and ends with a line of counts.
    """
    documents = rows_of(processed, "documents", doc_id)
    if not documents:
        raise NotProcessed(f"no document {doc_id!r} in {processed / 'documents.parquet'}")
    amounts = rows_of(processed, "amounts", doc_id)
    totals = rows_of(processed, "totals", doc_id)
    out = out or default_out(processed, doc_id)
    out.write_text(explanation_html(documents[0], amounts, totals), encoding="utf-8")
    return "\n".join(summary_lines(doc_id, amounts, totals))


LEGEND = " ".join(f'<span class="mark {kind}">{name}</span>' for kind, name in (
    ("total", "stated total"), ("amount", "amount"), ("table", "table cell"),
    ("amount restates", "restatement"), ("amount previous", "previous figure")))

STYLE = "\n".join([
    "body{font:15px/1.55 system-ui,sans-serif;max-width:68em;margin:1.5em auto;padding:0 1em;"
    "color:#222}",
    "h1{font-size:1.5em;margin-bottom:.2em} .meta{color:#666;margin-top:0}",
    "article h2{font-size:1.15em;margin:1.2em 0 .3em}",
    "section>h2{font-size:1.1em;border-top:1px solid #ddd;padding-top:.8em;margin-top:2em}",
    ".mark{padding:.05em .3em;border-radius:.3em;box-decoration-break:clone;"
    "-webkit-box-decoration-break:clone}",
    *(f".mark.{kind}{{background:{colour}}}" for kind, colour in COLOURS.items()),
    ".mark.restates{background:none;outline:2px dashed #7fb8bb}",
    ".mark.previous{background:#e3e3e3;color:#555}",
    ".tag{font-size:.72em;font-weight:600;margin-left:.4em;color:#333;white-space:nowrap}",
    ".tag+.tag::before{content:'| ';font-weight:400}",
    "a{color:#1d5c8c;text-decoration:none} a:hover{text-decoration:underline}",
    "table{border-collapse:collapse;font-size:.85em;margin:.5em 0}",
    "td,th{border:1px solid #ccc;padding:.15em .45em;text-align:left;vertical-align:top}",
    "table.rows{font-size:.8em} table.rows td,table.rows th{white-space:nowrap}",
    ".clip{display:inline-block;max-width:11em;overflow:hidden;text-overflow:ellipsis;"
    "vertical-align:bottom}",
    ".num{font-variant-numeric:tabular-nums} .wide{overflow-x:auto}",
    "tr:target{background:#fff3c4} .tag:target{outline:2px solid #1d5c8c}",
])

PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>
<style>{style}</style></head><body>
<h1>{title}</h1><p class="meta">{meta}</p><p>{legend}</p>
<article>
{article}
</article>
<section><h2>Amounts</h2>{rows}</section>
<section><h2>Totals against their items</h2>{totals}</section>
</body></html>
"""
