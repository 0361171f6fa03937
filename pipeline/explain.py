"""The explain view: one processed document as HTML, each amount highlighted with its label.

displaCy (spaCy's visualiser) renders the text with character-offset entities in manual mode;
the label of each carries what an analyst checks first: its number, value, total flag, years,
period, qualifier and area. A table of the rows follows, so every column of `amounts.parquet`
can be read beside the text, then the check of each stated total against its items.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from spacy import displacy

COLOURS = {"TOTAL": "#f4a261", "AMOUNT": "#a8dadc", "TABLE": "#cdb4db"}
ROW_COLUMNS = ("amount_no", "text", "value", "value_max", "currency", "qualifier", "per",
               "year_start", "year_end", "is_total", "area", "area_source", "section")
TOTAL_COLUMNS = ("amount_no", "value", "items_sum", "n_items", "item_amount_nos", "status")
SCALES = ((Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "k"))


class NotProcessed(Exception):
    """The document or the tables are not in the processed folder."""


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of text: an amount, with any amount written inside it."""

    start: int
    end: int
    label: str
    kind: str


def rows_of(processed: Path, table: str, doc_id: str) -> list[dict]:
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


def compact_money(value: float) -> str:
    """A value as a short exact number with a scale suffix.

    >>> compact_money(67900000.0), compact_money(1500000000.0), compact_money(300000.0)
    ('67.9M', '1.5bn', '300k')
    >>> compact_money(126.3), compact_money(-12300000.0), compact_money(1234567.0)
    ('126.3', '-12.3M', '1.234567M')
    """
    exact = Decimal(repr(value))
    for size, suffix in SCALES:
        if abs(exact) >= size:
            return f"{plain(exact / size)}{suffix}"
    return plain(exact)


def plain(number: Decimal, grouping: str = "") -> str:
    """'67.9' for Decimal('67.900'), '1,500' for Decimal('1.5E+3') grouped by ','."""
    return format(number.normalize(), f"{grouping}f")


def years_of(row: dict) -> str | None:
    """'2026', '2015–2017', '2024–…' or None."""
    start, end = row["year_start"], row["year_end"]
    if start is None and end is None:
        return None
    if start == end:
        return str(start)
    return f"{start or '…'}–{end or '…'}"


def label_of(row: dict) -> str:
    """'#3 SEK 67.9M · total · 2015–2017 · per year · approx · Säker vård'."""
    value = f"{row['currency']} {compact_money(row['value'])}"
    if row["value_max"] is not None:
        value += f"–{compact_money(row['value_max'])}"
    parts = [f"#{row['amount_no']} {value}", "total" if row["is_total"] else None,
             years_of(row), f"per {row['per']}" if row["per"] else None, row["qualifier"],
             row["area"]]
    return " · ".join(p for p in parts if p)


def kind_of(row: dict) -> str:
    return "TOTAL" if row["is_total"] else "TABLE" if row["in_table"] else "AMOUNT"


def marks_of(amounts: list[dict]) -> list[Mark]:
    """Marks in text order, none overlapping.

    displaCy cannot nest entities, and the parser gives amounts inside others ("476,2 (407,8)
    miljarder kronor" is two): an amount starting inside the previous mark joins its label.
    """
    marks: list[Mark] = []
    for row in sorted(amounts, key=lambda r: (r["start"], -r["end"])):
        if marks and row["start"] < marks[-1].end:
            last = marks.pop()
            marks.append(Mark(last.start, max(last.end, row["end"]),
                              f"{last.label} | {label_of(row)}", last.kind))
        else:
            marks.append(Mark(row["start"], row["end"], label_of(row), kind_of(row)))
    return marks


def highlighted_text(text: str, amounts: list[dict]) -> str:
    """The document text as displaCy markup, labels escaped since displaCy inserts them raw."""
    marks = marks_of(amounts)
    ents = [{"start": m.start, "end": m.end, "label": html.escape(m.label)} for m in marks]
    colours = {e["label"]: COLOURS[m.kind] for e, m in zip(ents, marks)}
    return displacy.render({"text": text, "ents": ents}, style="ent", manual=True, page=False,
                           options={"colors": colours})


def explanation_html(document: dict, amounts: list[dict], totals: list[dict]) -> str:
    """A standalone HTML page: the highlighted text, then the rows and the totals check."""
    title = document["title"] or document["doc_id"]
    return PAGE.format(title=html.escape(title), meta=html.escape(meta_line(document)),
                       legend=legend(), body=highlighted_text(document["text"], amounts),
                       rows=rows_table(amounts, ROW_COLUMNS),
                       totals=rows_table(totals, TOTAL_COLUMNS))


def meta_line(document: dict) -> str:
    status = document.get("status")
    parts = [document["doc_id"], document["publisher"], document["published"],
             None if status == "ok" else status]
    return " · ".join(str(p) for p in parts if p)


def legend() -> str:
    return " ".join(f'<span class="key" style="background:{colour}">{kind.lower()}</span>'
                    for kind, colour in COLOURS.items())


def rows_table(rows: list[dict], columns: tuple[str, ...]) -> str:
    if not rows:
        return "<p>none</p>"
    head = "".join(f"<th>{c}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell(r[c]))}</td>" for c in columns)
                   + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return plain(Decimal(repr(value)), grouping=",")
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def summary_lines(doc_id: str, amounts: list[dict], totals: list[dict]) -> list[str]:
    """One line per amount (its text and label), then the counts."""
    lines = [f"{label_of(r)}  ← {' '.join(r['text'].split())!r}" for r in amounts]
    lines += [f"total #{t['amount_no']}: {t['status']}"
              f" ({t['n_items']} items, sum {cell(t['items_sum'])})" for t in totals]
    n_totals = sum(bool(r["is_total"]) for r in amounts)
    lines.append(f"{doc_id}: {len(amounts)} amounts, {n_totals} totals")
    return lines


def default_out(processed: Path, doc_id: str) -> Path:
    """processed/<doc_id>.html, with the path separators of the doc_id flattened."""
    return processed / f"{doc_id.replace('/', '_').replace(':', '_')}.html"


def write_explanation(processed: Path, doc_id: str, out: Path | None = None) -> str:
    """Write the explain page of `doc_id` (default: `default_out`); returns a text summary.

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


PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.6}}
table{{border-collapse:collapse;font-size:.85em}}
td,th{{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top}}
.key{{padding:.1em .5em;border-radius:.35em;font-size:.85em}}</style></head><body>
<h1>{title}</h1><p>{meta}</p><p>{legend}</p>
{body}
<h2>Amounts</h2>{rows}
<h2>Totals against their items</h2>{totals}
</body></html>
"""
