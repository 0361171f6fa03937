"""Document -> amounts: every block's amounts and every table's money cells."""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from pipeline.document import Block, Document
from pipeline.lang.sv.currencies import DEFAULT_CURRENCY
from pipeline.parse.amount import MAX_VALUE, Amount, is_plausible
from pipeline.parse.implied_units import inferred_column_units, list_amounts
from pipeline.parse.money import may_restate
from pipeline.parse.tables import TableLayout, table_amounts
from pipeline.parse.text import amounts_of_readings, block_readings
from pipeline.parse.units import Reading
from pipeline.parse.windows import MoneyWords, may_hold_money, release_may_hold_money

log = logging.getLogger(__name__)


def find_amounts(doc: Document) -> list[Amount]:
    """Every money amount of `doc`, in document order. An amount whose block names no
    currency takes that of the amount it restates, else the one the document writes most, but
    kronor in the title: a title speaks to its Swedish reader ("8 miljarder till FN:s gröna
    klimatfond" over a body in dollars, "Sverige allokerar 720 miljoner" over one in euro,
    both regeringen.se releases; "AP7: Får Google att lägga 2,8 miljarder" restates "2,8
    miljarder kronor" beside "310 miljoner dollar")."""
    words = MoneyWords.of(doc.text)
    if not (doc.tables or words.in_block(0, len(doc.text)) if words is not None
            else release_may_hold_money(doc)):
        return []    # most releases: ruled out by one scan, never lowered
    lowered = words.lowered if words is not None else None
    blocks = [(block, block_readings(doc.text, block.start, block.end, lowered))
              for block in money_blocks(doc, words)]
    first_reading = text_amounts(doc, blocks)
    stated = [a for found in first_reading for a in found]
    restated = frozenset(a.value for a in stated if not a.implied and a.value_max is None)
    if restated:
        stated = [a for found in text_amounts(doc, blocks, restated, first_reading) for a in found]
    amounts = stated + list_amounts(doc, stated)
    layouts = [TableLayout.of(doc.text, table) for table in doc.tables]
    for index, layout in enumerate(layouts):
        amounts += table_amounts(doc, index, lowered, inferred_column_units(doc, index, stated, layouts),
                                 layout, words)
    currency = written_currency(amounts)
    titles = [(b.start, b.end) for b in doc.blocks if b.kind == "title"]
    stated_in = first_currency_of_each_value(amounts)
    amounts = [replace(a, currency=stated_in.get(a.value) or (
                   DEFAULT_CURRENCY if any(s <= a.start < e for s, e in titles) else currency))
               if a.implied else a for a in plausible(doc, amounts)]
    return sorted(amounts, key=lambda a: a.start)


def first_currency_of_each_value(amounts: list[Amount]) -> dict[Decimal, str]:
    """Value -> the currency written with it first, over the amounts that write one."""
    found: dict[Decimal, str] = {}
    for amount in sorted(amounts, key=lambda a: a.start):
        if not amount.implied:
            found.setdefault(amount.value, amount.currency)
    return found


def money_blocks(doc: Document, words: MoneyWords | None) -> list[Block]:
    """The blocks but table rows that hold a word some amount needs (`words`: where the
    release's words stand, None for a text whose lower case moves offsets)."""
    if words is None:
        return [block for block in doc.blocks if block.kind != "table_row"
                and may_hold_money(doc.text, block.start, block.end)]
    return [block for block in doc.blocks if block.kind != "table_row"
            and words.in_block(block.start, block.end)]


def text_amounts(doc: Document, blocks: list[tuple[Block, list[Reading]]],
                 restated: frozenset[Decimal] = frozenset(),
                 unrestated: list[list[Amount]] | None = None) -> list[list[Amount]]:
    """The amounts of each of `blocks`, each block with its readings; a figure with a scale
    whose value is in `restated` restates an amount of the release ("de 500 miljoner" in a
    title). `unrestated` holds each block's amounts read without `restated`: a block with no
    reading that `restated` can make money keeps them, unread again."""
    return [unrestated[k] if unrestated is not None and not may_restate(readings, restated)
            else amounts_of_readings(doc.text, readings, block.start, block.end, restated=restated)
            for k, (block, readings) in enumerate(blocks)]


def plausible(doc: Document, amounts: list[Amount]) -> list[Amount]:
    """The amounts within `MAX_VALUE`; each one above it is reported, naming the release."""
    for amount in amounts:
        if not is_plausible(amount):
            log.warning("%s: the figure at offset %d (%d characters) is above %s of any "
                        "currency: no amount", doc.source, amount.start, amount.end - amount.start,
                        f"10^{MAX_VALUE.adjusted()}")
    return [a for a in amounts if is_plausible(a)]


def written_currency(amounts: list[Amount]) -> str:
    counts = Counter(a.currency for a in amounts if not a.implied)
    return counts.most_common(1)[0][0] if counts else DEFAULT_CURRENCY
