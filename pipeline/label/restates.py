"""Restatements (guide §3 `restates`): an amount that states again money already stated in the
release (the title and the body, a lead and a paragraph, "De 6 miljarderna", a rounded "nästan
6 miljarder" of "5 886 500 000", the same money in another currency, a table cell that repeats
a figure of the text) points to its first statement.

Each amount is compared with the earlier statements that may be the same money: the same
value, one within the rounding of the rounder figure (`value_index`), or a stated conversion
(`conversions`). Then what the money is for decides, by the rules of `other_money`: money for
other years, at another rate, on the other side of a comparison, a sibling (in the same
sentence, another list item, another heading, another row of a table), money on top of it
("ytterligare"), the same value for another thing ("även"), a rounding nothing says is one,
a round figure in another section said of nothing alike, and the same value for another named
recipient or of another kind of figure (revenue and proceeds, a profit and a dividend) are
other money. Of the statements
left, the one in the same section and with the most words alike (`likeness`) wins. The records
the rules read are in `statements`.

The text is read first, in order; then each table's cells, a row at a time: a figure of the
text is repeated by one row of a table, the row most alike.
"""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Document
from pipeline.label.conversions import conversions_of
from pipeline.label.likeness import shared_words
from pipeline.label.other_money import alike_areas, may_restate
from pipeline.label.statements import Money, StatedRelease, Statement, lead_of, list_ids, section_of
from pipeline.label.value_index import ValueIndex

__all__ = ["Statement", "restatements_of"]


def restatements_of(doc: Document, statements: Sequence[Statement]) -> list[int | None]:
    """Per amount: the index of the first statement of the money it restates, else None."""
    release = StatedRelease(doc, statements, list_ids(doc), lead_of(doc))
    converts = conversions_of(doc.text, [s.amount for s in statements], [s.per for s in statements])
    converted: dict[int, list[int]] = {}
    for later, earlier in converts.items():
        converted.setdefault(earlier, []).append(later)
    index = ValueIndex(statements)
    money: list[Money] = []
    owner: dict[int, int] = {}      # amount -> its money
    cells: dict[tuple[int, int | None], list[int]] = {}
    for i, s in enumerate(statements):
        if s.amount.table is not None:
            cells.setdefault((s.amount.table, s.amount.row), []).append(i)
            continue
        if i in converts and converts[i] in owner:
            target: int | None = owner[converts[i]]
        else:
            ranked = ranked_money(release, i, index.candidates(s), owner, money)
            for k in converted.get(i, ()):
                # "1 miljon euro, motsvarande tio miljoner kronor": the kronor find the money too.
                for m, rank in ranked_money(release, k, index.candidates(statements[k]), owner, money).items():
                    ranked[m] = max(ranked.get(m, rank), rank)
            target = max(ranked, key=ranked.__getitem__) if ranked else None
        state(release, i, target, money, owner)
        index.add(i)
    for table in sorted({t for t, _ in cells}):
        repeat_table(release, [cells[k] for k in sorted(cells) if k[0] == table], index, money, owner)
    return [money[owner[i]].first if money[owner[i]].first != i else None
            for i in range(len(statements))]


def repeat_table(release: StatedRelease, rows: list[list[int]], index: ValueIndex,
                 money: list[Money], owner: dict[int, int]) -> None:
    """Each figure of the text goes to the one row of the table most alike that repeats it, and
    each cell repeats one figure: the best claims first; a cell already taken leaves the figure
    to the next row that names it alike or gives it for the same years (budget tables of equal
    sums, a row per measure: g0vse:pressmeddelanden/2025/09/nationell-satsning-pa-cybersakerhet,
    g0vse:pressmeddelanden/2025/09/budgetpaket-for-att-forebygga-kriminalitet-hos-barn-och-unga)."""
    ranked = {i: ranked_money(release, i, [j for j in index.candidates(release.statements[i]) if j < i],
                              owner, money) for row in rows for i in row}
    claims = sorted(((rank, n, i, m) for n, row in enumerate(rows) for i in row
                     for m, rank in ranked[i].items()), reverse=True)
    claimed: dict[int, int] = {}      # money -> the row that repeats it
    best: dict[int, int] = {}         # money -> the row of its best claim
    taken: dict[int, int] = {}        # cell -> the money it repeats
    for rank, n, i, m in claims:
        moved = best.setdefault(m, n) != n and m not in claimed
        if i in taken or (moved and not (named_alike(rank) or same_years(rank))):
            continue
        if claimed.setdefault(m, n) == n:
            taken[i] = m
    for row in rows:
        for i in row:
            state(release, i, taken.get(i), money, owner)


def named_alike(rank: tuple) -> bool:
    """A table cell's rank (`ranked_money`): its row shares words with the figure or its section."""
    return bool(rank[0] or rank[1])


def same_years(rank: tuple) -> bool:
    """A table cell's rank (`ranked_money`): the figure is for the cell's years."""
    return bool(rank[-2])


def state(release: StatedRelease, i: int, target: int | None, money: list[Money], owner: dict[int, int]) -> None:
    """Record amount `i` as a statement of money `target` (new money when None)."""
    if target is None:
        money.append(Money(first=i))
        target = len(money) - 1
    owner[i] = target
    m, s = money[target], release.statements[i]
    m.statements.append(i)
    if s.years != (None, None):
        m.years.append(s.years)
    m.units.add(s.unit.start)
    block = s.unit.block
    if block.kind == "list_item":
        m.lists.add(release.lists[block.start])
    m.heading = m.heading or block.kind == "heading"
    if s.amount.table is not None:
        m.table_rows.setdefault(s.amount.table, s.amount.row)


def ranked_money(release: StatedRelease, i: int, candidates: Sequence[int], owner: dict[int, int],
                 money: Sequence[Money]) -> dict[int, tuple]:
    """The money each compatible earlier statement states, ranked: for text, the same section
    first, then words alike; for a table cell, words alike first, then words its row shares
    with the section's heading; then the same value, the same years, the latest statement."""
    s = release.statements[i]
    ranked: dict[int, tuple] = {}
    for j in candidates:
        m, e = owner[j], release.statements[j]
        if not may_restate(release, s, e, money[m], i, j):
            continue
        heading = section_of(release.doc, e.unit)
        shared = shared_words(s.area, e.area)
        section = heading == section_of(release.doc, s.unit)
        exact = e.amount.value == s.amount.value
        if s.amount.table is None:
            first: tuple = (section, shared)
        else:
            # A budget table's row names what a section of the text is about: "Skolsociala team
            # | 100" repeats the "100 miljoner kronor" under "Förstärkning av skolsociala team"
            # (g0vse:pressmeddelanden/2025/09/budgetpaket-for-att-forebygga-kriminalitet-hos-barn-och-unga);
            # the sentence's own words still come first, where two sums share a heading
            # (g0vse:pressmeddelanden/2025/09/satsningar-pa-ren-natur-och-giftfri-vardag).
            named = shared_words(s.area, heading) if alike_areas(s.area, heading) else 0
            first = (shared, named, section)
        rank = (*first, exact, e.years == s.years, j)
        ranked[m] = max(ranked.get(m, rank), rank)
    return ranked

