"""Area: what each amount is for or about (guide §4, §6).

`AREA_FINDERS` lists the ways of finding an amount's own area in the order the guide ranks
them; the first that finds one wins. An amount with none of its own shares that of the
amounts beside it in its sentence, else falls back to its section heading or the title.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import count, takewhile

import regex

from pipeline.document import Document
from pipeline.label.area.assignment import assignment_area
from pipeline.label.area.attributed import attributed_area
from pipeline.label.area.clause import clause_subject_area
from pipeline.label.area.flow import flow_owner_area
from pipeline.label.area.inline import inline_label
from pipeline.label.area.junk import is_area, junk_kind
from pipeline.label.area.leading import leading_purpose_area
from pipeline.label.area.list_item import list_item_label
from pipeline.label.area.money_purpose import money_purpose_area
from pipeline.label.area.partner import estimated, partners
from pipeline.label.area.purpose import purpose_area
from pipeline.label.area.raised import raised_area
from pipeline.label.area.reference import reference_area
from pipeline.label.area.respective import respective_areas
from pipeline.label.area.subject import subject_area
from pipeline.label.area.table_row import table_row_label
from pipeline.label.area.tidy import tidy
from pipeline.label.area.topic import title_topic
from pipeline.label.area.traded import traded_area
from pipeline.label.area.unit_price import issue_price_area, unit_price_area
from pipeline.label.area.valued import valued_area
from pipeline.label.context import AmountContext, TextUnit
from pipeline.label.wordclass import is_verb
from pipeline.lang.sv.areas import PART_OPENERS
from pipeline.parse import alternation

Area = tuple[str | None, str | None]     # (area, area_source)
Finder = Callable[[AmountContext], "str | None"]

# (finder, area_source), tried in this order.
AREA_FINDERS: tuple[tuple[Finder, str], ...] = (
    (table_row_label, "table"),         # "| Bredband | 100 |"
    (list_item_label, "list_item"),     # "- Säker vård/patientsäkerhet 5,95 Mkr"
    (inline_label, "list_item"),        # "ICRC 60 Mkr, FN:s humanitära landfond 30 Mkr, …"
    (valued_area, "phrase"),            # "de 27 kronor aktien stängde på"
    (flow_owner_area, "subject"),       # "Blandfonder hade nettoinflöde om 0,3 mdr"
    (unit_price_area, "phrase"),        # "nya aktier … till ett pris om 79 kronor per aktie"
    (reference_area, "phrase"),         # "en rabatt om 5 procent mot stängningskursen 6:56"
    (purpose_area, "phrase"),           # "100 Mkr till bredbandsutbyggnad"
    (attributed_area, "phrase"),        # "ett nytt statsbidrag för X på 300 Mkr"
    (traded_area, "phrase"),            # "har sålt saudiska aktier för 650 Mdollar"
    (issue_price_area, "phrase"),       # "en riktad emission till kursen 67 kronor"
    (raised_area, "phrase"),            # "en höjning på 30 Mkr av bidragen till myndigheter"
    (leading_purpose_area, "phrase"),   # "För att stärka försvaret avsätts 724 Mkr"
    (money_purpose_area, "phrase"),     # "avsätta medel för ikappvaccinering, där 49 Mkr …"
    (subject_area, "subject"),          # "Industriklivet förstärks med 100 Mkr"
    (clause_subject_area, "subject"),   # "Omsättningen sjönk till 4 008 Mkr"
    (assignment_area, "phrase"),        # "i uppdrag att stärka X. … för detta uppdrag [2 Mkr]"
)
# A table row's label is the area as written (guide §4, 1), even "Summa" or "Totalt".
TABLE = "table"
# An amount's own label or purpose outranks what it is compared with.
OWN_SOURCES = ("table", "list_item", "phrase")
ENUMERATING_BLOCKS = ("list_item", "heading")
EARLIER_REACH = 20      # amounts looked back over for a paragraph's earlier area
TOPIC_BLOCKS = ("heading", "title")
TOPIC_SOURCES = ("phrase", "subject")
# Finders of a purpose, which a run of amounts stated before it shares.
PURPOSE_FINDERS = (purpose_area, money_purpose_area)
PART_OPENER = regex.compile(rf"(?<!\w)(?:{alternation(PART_OPENERS)})(?!\w)", regex.IGNORECASE)
LETTER_RUN = regex.compile(r"[^\W\d_]+")


def area_of(ctx: AmountContext) -> Area:
    """(area, area_source) of the first finder that finds one, else (None, None)."""
    return found_area(ctx)[:2]


def found_area(ctx: AmountContext) -> tuple[str | None, str | None, Finder | None]:
    """The area, its source and the finder that found it."""
    for finder, source in AREA_FINDERS:
        area = finder(ctx)
        if area and source != TABLE:
            area = tidy(area)
        if area and (source == TABLE or is_area(area)):
            return area, source, finder
    return None, None, None


def areas_of(doc: Document, contexts: Sequence[AmountContext], items: Sequence[list[int] | None]
             ) -> list[Area]:
    """Each amount's area; one with none of its own shares that of the amounts beside it in
    its sentence ("200 Mkr 2025, 300 Mkr 2026 och 600 Mkr 2027 till kommunerna"), else
    falls back to the heading or title. `items` are each total's items, if any."""
    units = [c.unit for c in contexts]
    found = [found_area(c) for c in contexts]
    purposes = [finder in PURPOSE_FINDERS for _, _, finder in found]
    amounts = [c.amount for c in contexts]
    own = borrowed([(a, s) for a, s, _ in found], partners(doc.text, amounts, units))
    for i, j in enumerate(estimated(doc.text, amounts, units)):
        if j is not None and own[j][0] is not None:
            own[i] = own[j]
    topics = heading_topics(doc, units, own)
    result = []
    for i, (area, source) in enumerate(own):
        if area is None or source == "subject":
            # A purpose stated once for a run of amounts is each one's ("200 Mkr 2025, 300 Mkr
            # 2026 … för att bygga ut förskolan"): the guide ranks it above the subject.
            j = neighbour(i, own, units, later_only=area is not None)
            if j is not None and (area is None or purposes[j]) and not is_part_of(doc.text, contexts, i, j):
                area, source = own[j]
        if area is None and not units[i].block.section and says_only_when(doc.text, contexts[i]):
            # "För 2025 beräknas 60 Mkr och från 2026 10 Mkr per år för satsningen": without
            # section headings a paragraph is the section, and its earlier amount says what for.
            j = earlier_in_block(i, own, units)
            area, source = own[j] if j is not None else (area, source)
        if area is None:
            area, source = fallback_area(doc, units[i], is_listed_total(i, units, items))
            area = topics.get(area, area) if area is not None else None
        result.append((area, source))
    return respective_areas(doc.text, contexts, result)


def says_only_when(text: str, ctx: AmountContext) -> bool:
    """The amount's sentence holds no word that could name what the money is for: only
    times, verbs, qualifiers, pointers and function words beside its amounts."""
    unit = ctx.unit
    spans = [(a.start, a.end) for a in ctx.amounts if unit.start <= a.start < unit.end]
    rest, position = [], unit.start
    for start, end in spans:
        rest.append(text[position:start])
        position = max(position, end)
    rest.append(text[position:unit.end])
    words = LETTER_RUN.findall(" ".join(rest))
    return all(junk_kind(w) is not None or is_verb(w.lower()) for w in words)


def is_part_of(text: str, contexts: Sequence[AmountContext], i: int, j: int) -> bool:
    """Amount j is a part of amount i ("50 Mkr årligen – varav [35 miljoner] går till …"), so
    its purpose is not i's."""
    return j > i and PART_OPENER.search(text, contexts[i].amount.end, contexts[j].amount.start) is not None


def earlier_in_block(i: int, own: Sequence[Area], units: Sequence[TextUnit]) -> int | None:
    """The last earlier amount of the same block with an area of its own, a bounded walk back
    so that a long block stays linear."""
    j = i - 1
    while j >= max(0, i - EARLIER_REACH) and units[j].block == units[i].block:
        if own[j][0] is not None:
            return j
        j -= 1
    return None


def borrowed(own: list[Area], beside: Sequence[int | None]) -> list[Area]:
    """A figure given only beside another takes that one's area, unless it has its own label
    or purpose; the two levels of a change ("från [80] till [100]") share the one found."""
    result = list(own)
    for i, j in enumerate(beside):
        if j is None or j > i:
            continue
        if result[i][1] not in OWN_SOURCES and result[j][0] is not None:
            result[i] = result[j]
    for i, j in reversed(list(enumerate(beside))):
        if j is None or j < i:
            continue
        if result[i][1] not in OWN_SOURCES and result[j][0] is not None:
            result[i] = result[j]
        elif result[j][0] is None:
            result[j] = result[i]
    return result


def is_listed_total(i: int, units: Sequence[TextUnit], items: Sequence[list[int] | None]) -> bool:
    """A total broken down into list items or headings: it spans more than its section."""
    found = items[i]
    kind = units[found[0]].block.kind if found else None
    return bool(found) and kind != units[i].block.kind and kind in ENUMERATING_BLOCKS


def heading_topics(doc: Document, units: Sequence[TextUnit], own: Sequence[Area]) -> dict[str, str]:
    """A heading or title that holds an amount, mapped to that amount's own area: "Anskaffning
    för donation till ett värde av 9,2 miljarder kronor" -> "Anskaffning för donation"."""
    topics: dict[str, str] = {}
    for unit, (area, source) in zip(units, own, strict=False):
        if unit.block.kind in TOPIC_BLOCKS and source in TOPIC_SOURCES and area:
            topics.setdefault(doc.text[unit.block.start:unit.block.end].strip(), area)
    return topics


def neighbour(i: int, own: Sequence[Area], units: Sequence[TextUnit], later_only: bool = False) -> int | None:
    """The next amount of the sentence with an area of its own, else (unless `later_only`)
    the previous one."""
    def same_sentence(j: int) -> bool:
        return 0 <= j < len(units) and units[j].start == units[i].start and units[j].block == units[i].block

    # Amounts are in order, so those sharing a sentence stand next to each other.
    after = takewhile(same_sentence, count(i + 1))
    before = takewhile(same_sentence, count(i - 1, -1))
    later = [j for j in after if own[j][0] is not None]
    earlier = [j for j in before if own[j][0] is not None][::-1]
    for j in later[:1] + ([] if later_only else earlier[-1:]):
        return j
    return None


def fallback_area(doc: Document, unit: TextUnit, listed: bool) -> Area:
    """The section heading, else the title; a total broken down into listed items spans more
    than its section, so for it the title comes first."""
    title = title_topic(doc.title) if doc.title else None
    choices = [(title, "title"), (unit.block.section, "heading")]
    for area, source in choices if listed else reversed(choices):
        if is_area(area):
            return area, source
    return None, None
