"""What the restatement rules read (guide §3 `restates`): each amount as a statement, the money
its statements make up so far, and the places of a release where its money is summed up (the
title, a heading, the lead) or listed (a run of list items)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.label.context import TextUnit, Years
from pipeline.parse import Amount

SUMMARY_BLOCKS = ("title", "heading")     # with the lead paragraph, where a release sums up


@dataclass(frozen=True)
class Statement:
    """What decides whether an amount states money stated before it."""

    amount: Amount
    unit: TextUnit
    qualifier: str | None
    per: str | None
    years: Years
    area: str | None          # what the money is for, when the amount's own text says it
    previous: bool


@dataclass
class Money:
    """One sum of money and what its statements say; `first` is its first statement."""

    first: int
    statements: list[int] = field(default_factory=list)           # all of them, in order
    years: list[Years] = field(default_factory=list)              # of those that name years
    units: set[int] = field(default_factory=set)                  # starts of their sentences
    lists: set[int] = field(default_factory=set)                  # lists they are items of
    heading: bool = False                                         # a heading states it
    table_rows: dict[int, int | None] = field(default_factory=dict)  # table -> the row repeating it


@dataclass(frozen=True)
class StatedRelease:
    """What every comparison reads: the document, its statements and their places."""

    doc: Document
    statements: Sequence[Statement]
    lists: dict[int, int]                 # list item block start -> its list
    lead: int | None                      # start of the lead paragraph


def summarises(release: StatedRelease, s: Statement) -> bool:
    """The title, a heading or the lead paragraph: where a release sums its money up."""
    block = s.unit.block
    return block.kind in SUMMARY_BLOCKS or block.start == release.lead


def section_of(doc: Document, unit: TextUnit) -> str | None:
    """The heading a unit stands under; a heading is its own section's."""
    block = unit.block
    return doc.text[block.start:block.end] if block.kind == "heading" else block.section



def lead_of(doc: Document) -> int | None:
    """The start of the lead: the first paragraph, when no heading comes before it."""
    first = next((b for b in doc.blocks if b.kind in ("paragraph", "heading")), None)
    return first.start if first is not None and first.kind == "paragraph" else None


def list_ids(doc: Document) -> dict[int, int]:
    """The start of each list item's block -> the number of its list (a run of list items)."""
    ids: dict[int, int] = {}
    current, previous = 0, None
    for block in doc.blocks:
        if block.kind == "list_item":
            current += previous != "list_item"
            ids[block.start] = current
        previous = block.kind
    return ids
