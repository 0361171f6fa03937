"""Label: each amount -> qualifier, per, years, is_total, area, restates, is_previous (guide §3-4).

Each attribute has its module: `qualifier`, `period`, `years`, `totals`, `previous` (with
`comparison_patterns`, `level_changes`, `earlier_periods` and `release_period`), `restates`
(with `value_index`, `conversions` and `likeness`), and `area/` with one module per way of
finding an area, tried in the order of one table (`area.AREA_FINDERS`). All
read the amount's unit of text (`context`) with spaCy's Swedish tokenizer and the closed word
lists of `pipeline/lang/sv/`. Only the sentence around an amount is tokenized; a release
without money costs nothing here.
"""
from __future__ import annotations

from pipeline.parse import Amount
from pipeline.document import Document
from pipeline.label.area import Area, areas_of
from pipeline.label.context import AmountContext, units_of
from pipeline.label.period import per_of
from pipeline.label.previous import previous_of
from pipeline.label.qualifier import qualifier_of
from pipeline.label.restates import Statement, restatements_of
from pipeline.label.totals import restated_totals, totals_of
from pipeline.label.years import years_of
from pipeline.tables import AmountRow

__all__ = ["block_kinds", "label_amounts"]

BORROWED_SOURCES = ("heading", "title")     # area sources that are not the amount's own


def label_amounts(doc: Document, amounts: list[Amount]) -> list[AmountRow]:
    """One row per amount, in order, with its attributes and area."""
    units = units_of(doc, amounts)
    years = years_of(doc, amounts, units)
    is_total, items = totals_of(doc, amounts, units, years)
    contexts = [AmountContext(doc, amounts, i, unit) for i, unit in enumerate(units)]
    areas = areas_of(doc, contexts, items)
    qualifiers = [qualifier_of(doc.text, a, u) for a, u in zip(amounts, units)]
    pers = [per_of(doc.text, a, u) for a, u in zip(amounts, units)]
    comparisons = previous_of(doc, amounts, units, years)
    previous = comparisons.previous
    restates = restatements_of(doc, [
        Statement(a, u, qualifiers[i], pers[i], years[i], own_area(areas[i]), comparisons.in_structure(i))
        for i, (a, u) in enumerate(zip(amounts, units))])
    rows = []
    for i, (amount, unit) in enumerate(zip(amounts, units)):
        area, source = areas[i]
        rows.append(AmountRow(
            doc_id=doc.doc_id, amount_no=i + 1, text=amount.text, start=amount.start,
            end=amount.end, value=amount.value, value_max=amount.value_max,
            currency=amount.currency, qualifier=qualifiers[i], per=pers[i],
            year_start=years[i][0], year_end=years[i][1], is_total=is_total[i], area=area,
            area_source=source, section=unit.block.section,
            sentence=doc.text[unit.start:unit.end], in_table=amount.in_table,
            restates=None if restates[i] is None else restates[i] + 1, is_previous=previous[i]))
    return restated_totals(rows)


def own_area(area: Area) -> str | None:
    """The area the amount's own text gives; one borrowed from a heading or the title says
    nothing of what this amount is for."""
    return area[0] if area[1] not in BORROWED_SOURCES else None


def block_kinds(doc: Document, amounts: list[Amount]) -> list[str]:
    """The kind of block each amount stands in: the items of a total share one."""
    return [unit.block.kind for unit in units_of(doc, amounts)]
