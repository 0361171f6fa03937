"""Label: each amount -> qualifier, per, years, is_total, area, restates, is_previous (guide §3-4).

Each attribute has its module: `qualifier`, `period`, `years` (with `year_mentions`,
`table_years`, `shared_years`), `totals` (with `breakdowns`), `previous` (with
`comparison_patterns`, `level_changes`, `earlier_periods` and `release_period`), `restates` (with `value_index`, `conversions`,
`likeness` and `recipients`), and `area/` with one module per way of finding an area, tried in the order of one
table (`area.AREA_FINDERS`). `pairs` finds once how neighbouring amounts are tied (a change,
the same money again, a part, a comparison, a "respektive" list) for the attributes that follow
such ties. All read the amount's unit of text (`context`) as words (`words`: spaCy's Swedish
tokenizer rules, without spaCy) and the closed word lists of `pipeline/lang/sv/`. Only the
sentence around an amount is tokenized; a release without money costs nothing here. The
patterns of the larger modules are compiled once and kept for later runs (`pipeline.pattern_cache`).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.label.area import Area, areas_of
from pipeline.label.breakdowns import Place
from pipeline.label.context import AmountContext, TextUnit, units_of
from pipeline.label.pairs import Pairs, pairs_of
from pipeline.label.period import periods_of
from pipeline.label.previous import previous_of
from pipeline.label.qualifier import qualifier_of
from pipeline.label.restates import Statement, restatements_of
from pipeline.label.totals import restated_totals, totals_of
from pipeline.label.years import years_of
from pipeline.parse import Amount
from pipeline.rows import AmountRow

__all__ = ["Labelled", "label_amounts", "label_document"]

BORROWED_SOURCES = ("heading", "title")     # area sources that are not the amount's own


@dataclass(frozen=True)
class Labelled:
    """A release's rows, and where each amount stands (its block's kind and start, and whether
    it is an earlier level): the items of a total share a kind of block, and no sum counts an
    earlier level, so reconciling the totals reads both."""
    rows: list[AmountRow]
    places: list[Place]


def label_amounts(doc: Document, amounts: list[Amount]) -> list[AmountRow]:
    """One row per amount, in order, with its attributes and area."""
    return label_document(doc, amounts).rows


def label_document(doc: Document, amounts: list[Amount]) -> Labelled:
    """The rows of `label_amounts` with the places of their amounts, from one reading."""
    units = units_of(doc, amounts)
    pairs = pairs_of(doc.text, amounts, units)
    years = years_of(doc, amounts, units, pairs)
    pers = periods_of(doc, amounts, units, pairs)
    places = places_of(units, pairs, pers)
    is_total, items = totals_of(doc, amounts, units, years, places, pairs)
    contexts = [AmountContext(doc, amounts, i, unit) for i, unit in enumerate(units)]
    areas = areas_of(doc, contexts, items)
    qualifiers = [qualifier_of(doc.text, a, u, amounts) for a, u in zip(amounts, units, strict=False)]
    comparisons = previous_of(doc, amounts, units, years)
    previous = comparisons.previous
    restates = restatements_of(doc, [
        Statement(a, u, qualifiers[i], pers[i], years[i], own_area(areas[i]), comparisons.in_structure(i))
        for i, (a, u) in enumerate(zip(amounts, units, strict=False))])
    rows = []
    for i, (amount, unit) in enumerate(zip(amounts, units, strict=False)):
        area, source = areas[i]
        rows.append(AmountRow(
            doc_id=doc.doc_id, amount_no=i + 1, text=amount.text, start=amount.start,
            end=amount.end, value=amount.value, value_max=amount.value_max,
            currency=amount.currency, qualifier=qualifiers[i], per=pers[i],
            year_start=years[i][0], year_end=years[i][1], is_total=is_total[i], area=area,
            area_source=source, section=unit.block.section,
            sentence=doc.text[unit.start:unit.end], in_table=amount.in_table,
            restates=None if (restated := restates[i]) is None else restated + 1,
            is_previous=previous[i]))
    return Labelled(restated_totals(rows), places)


def own_area(area: Area) -> str | None:
    """The area the amount's own text gives; one borrowed from a heading or the title says
    nothing of what this amount is for."""
    return area[0] if area[1] not in BORROWED_SOURCES else None


def places_of(units: Sequence[TextUnit], pairs: Pairs, pers: Sequence[str | None]) -> list[Place]:
    earlier = {i for i, j in enumerate(pairs.change_to) if j is not None}
    earlier |= {j for j, i in enumerate(pairs.compared_with) if i is not None}
    return [Place(u.block.kind, u.block.start, i in earlier, pers[i])
            for i, u in enumerate(units)]
