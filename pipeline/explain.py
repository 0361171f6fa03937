"""The explain view: one processed document as HTML, each amount highlighted with its label.

displaCy (spaCy's visualiser) renders the text with character-offset entities in manual mode;
the label of each carries what an analyst checks first: value, total flag, years and area.
A table of the rows follows, so every column of `amounts.parquet` can be read beside the text.
"""
from __future__ import annotations

import html
from pathlib import Path

import pyarrow.parquet as pq
from spacy import displacy

COLOURS = {"TOTAL": "#f4a261", "AMOUNT": "#a8dadc", "TABLE": "#cdb4db"}
ROW_COLUMNS = ("amount_no", "text", "value", "currency", "qualifier", "per", "year_start",
               "year_end", "is_total", "area", "area_source", "section")


class NotProcessed(Exception):
    """The document or the tables are not in the processed folder."""


def rows_of(path: Path, doc_id: str) -> list[dict]:
    """The rows of one document, read with a filter rather than the whole table."""
    if not path.exists():
        raise NotProcessed(f"{path} not found: run `python -m pipeline extract` first")
    table = pq.read_table(path, filters=[("doc_id", "=", doc_id)])
    return table.sort_by("amount_no").to_pylist() if "amount_no" in table.column_names \
        else table.to_pylist()


def label_of(row: dict) -> str:
    """"SEK 67,900,000 · total · 2015–2017 · Säker vård"."""
    value = f"{row['currency']} {row['value']:,.0f}" if row["value"] == int(row["value"]) \
        else f"{row['currency']} {row['value']:,}"
    if row["value_max"] is not None:
        value += f"–{row['value_max']:,.0f}"
    parts = [value]
    if row["is_total"]:
        parts.append("total")
    years = (row["year_start"], row["year_end"])
    if any(y is not None for y in years):
        parts.append("–".join("…" if y is None else str(y) for y in years))
    if row["per"]:
        parts.append(f"per {row['per']}")
    if row["area"]:
        parts.append(row["area"])
    return " · ".join(parts)


def kind_of(row: dict) -> str:
    return "TOTAL" if row["is_total"] else "TABLE" if row["in_table"] else "AMOUNT"


def explanation_html(document: dict, amounts: list[dict], totals: list[dict]) -> str:
    """A standalone HTML page: the highlighted text, then the rows and the totals check."""
    labels = {label_of(r): kind_of(r) for r in amounts}
    parsed = {
        "text": document["text"],
        "ents": [{"start": r["start"], "end": r["end"], "label": label_of(r)} for r in amounts],
        "title": document["title"] or document["doc_id"],
    }
    colours = {label: COLOURS[kind] for label, kind in labels.items()}
    body = displacy.render(parsed, style="ent", manual=True, page=False,
                           options={"colors": colours, "ents": list(colours)})
    return PAGE.format(title=html.escape(document["title"] or document["doc_id"]),
                       meta=html.escape(meta_line(document)), body=body,
                       rows=rows_table(amounts, ROW_COLUMNS),
                       totals=rows_table(totals, ("amount_no", "value", "items_sum", "n_items",
                                                  "item_amount_nos", "status")))


def meta_line(document: dict) -> str:
    parts = [document["doc_id"], document["publisher"], document["published"]]
    return " · ".join(str(p) for p in parts if p)


def rows_table(rows: list[dict], columns: tuple[str, ...]) -> str:
    if not rows:
        return "<p>none</p>"
    head = "".join(f"<th>{c}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell(r[c]))}</td>" for c in columns) + "</tr>"
                   for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return f"{value:,.0f}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def write_explanation(processed: Path, doc_id: str, out: Path) -> str:
    """Write the explain page of `doc_id` to `out`; returns a one-line summary."""
    documents = rows_of(processed / "documents.parquet", doc_id)
    if not documents:
        raise NotProcessed(f"no document {doc_id!r} in {processed / 'documents.parquet'}")
    amounts = rows_of(processed / "amounts.parquet", doc_id)
    totals = rows_of(processed / "totals.parquet", doc_id)
    out.write_text(explanation_html(documents[0], amounts, totals), encoding="utf-8")
    n_totals = sum(r["is_total"] for r in amounts)
    return f"{doc_id}: {len(amounts)} amounts, {n_totals} totals"


PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.6}}
table{{border-collapse:collapse;font-size:.85em}}td,th{{border:1px solid #ccc;padding:.2em .4em;text-align:left}}
</style></head><body>
<h1>{title}</h1><p>{meta}</p>
{body}
<h2>Amounts</h2>{rows}
<h2>Totals against their items</h2>{totals}
</body></html>
"""
