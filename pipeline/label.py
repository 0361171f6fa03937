"""Label: each amount -> qualifier, per, years, is_total, area (annotation guide §3-4).

The labeller reads the amount's unit of text (its sentence, list item or table row) with
spaCy's Swedish tokenizer and closed word lists from `pipeline/lang/sv/labels.py`. The area
comes from the first of: the list item's or table row's label, the purpose phrase after the
amount, the noun phrase the amount is attributed to ("ett statsbidrag på 300 Mkr", or what a
generic "höjning på 30 Mkr av X" raises), a purpose opening the sentence ("För att stärka X
avsätts …"), the subject that receives the money, and else the section heading or the title.
Only the sentence around an amount is tokenized; a release without money costs nothing here.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import count, takewhile
from dataclasses import dataclass, replace

import regex

from pipeline.parse import Amount, alternation
from pipeline.document import Block, Document
from pipeline.lang.sv.labels import (
    ADVERB_ENDINGS,
    AMOUNT_LINKS,
    APPOSITIVE_FILLERS,
    AREA_MAX_WORDS,
    ATTRIBUTE_PREPOSITIONS,
    BUDGET_VERBS,
    CHANGE_FROM,
    CHANGE_PREPOSITIONS,
    CLAUSE_ADVERBS,
    CLAUSE_BREAKERS,
    CLAUSE_OPENERS,
    CLAUSE_VERBS,
    COORDINATORS,
    CORRELATIVES,
    DATE_ARTICLE,
    DEMONSTRATIVES,
    DETERMINERS,
    ELLIPSIS_JOINERS,
    ELLIPSIS_PREPOSITIONS,
    FILLER_BEFORE,
    FILLER_PHRASES,
    FROM_YEAR,
    GENERIC_AMOUNT_NOUNS,
    GIVING_VERBS,
    INFINITIVE_MARKER,
    INNER_PREPOSITIONS,
    IN_FORCE,
    LINKING_PREPOSITIONS,
    LIST_JOINERS,
    MODAL_VERBS,
    MONTHS,
    NON_SUBJECT_WORDS,
    OPEN_ENDINGS,
    PARTITIVE,
    PASSIVE_ENDINGS,
    PASSIVE_INFINITIVE_ENDINGS,
    PASSIVE_VERBS,
    PAST_PASSIVE_ENDINGS,
    PERIODS,
    PERIODS_BEFORE,
    PERIOD_OPENERS,
    PERMANENT_WORDS,
    PER_WORDS,
    PLAIN_UNTIL,
    PLURAL_ENDINGS,
    POINTER_WORDS,
    PURPOSE_MARKERS,
    PURPOSE_PREPOSITIONS,
    QUALIFIERS,
    RAISED_PREPOSITIONS,
    RATE_WORDS,
    RECEIVING_VERBS,
    RELATIVE_WORDS,
    SUBJECT_STOPS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    TOTAL_ADJECTIVES,
    TOTAL_CUES,
    TOTAL_CUES_ADJACENT,
    TOTAL_OPENERS,
    TOTAL_ROW_LABELS,
    UNTIL_YEAR,
    VALUE_PHRASES,
    VERB_LEADS,
    VERB_PARTICLES,
    YEAR_NOUNS,
    YEAR_PREPOSITIONS,
    YEAR_RANGE_JOINERS,
)
from pipeline.lang.sv.stopwords import AREA_STOPWORDS
from pipeline.nlp import sentence_at, tokens
from pipeline.reconcile import breakdown_of, table_columns
from pipeline.tables import AmountRow


SPACE = r"\s"    # blocks hold no blank line, so a line break inside one is a space
QUALIFIER_BEFORE = regex.compile(
    rf"(?<!\w)(?P<word>{alternation(QUALIFIERS)})(?:{SPACE}+(?:{alternation(TOTAL_CUES)}))?{SPACE}*\Z",
    regex.IGNORECASE)
# "totalt 5 Mkr", "totalt cirka 5 Mkr", "Totalt har 67,9 miljoner kronor", "av totalt 5 Mkr".
TOTAL_BEFORE = regex.compile(
    rf"(?<!\w)(?:{alternation(TOTAL_CUES)})(?:{SPACE}+[^\W\d]+){{0,2}}{SPACE}*\Z", regex.IGNORECASE)
TOTAL_ADJACENT_BEFORE = regex.compile(rf"(?<!\w)(?:{alternation(TOTAL_CUES_ADJACENT)}){SPACE}+\Z",
                                      regex.IGNORECASE)
TOTAL_SUBJECT_BEFORE = regex.compile(
    rf"(?<!\w)(?:{alternation(TOTAL_ADJECTIVES)})(?:{SPACE}+[^\W\d]+){{0,5}}"
    rf"{SPACE}+(?!(?:{alternation(CHANGE_PREPOSITIONS)}){SPACE}*\Z)[^\W\d]+{SPACE}*\Z", regex.IGNORECASE)
TOTAL_OPENING = regex.compile(rf"[\W]*(?:{alternation(TOTAL_OPENERS)})(?!\w)", regex.IGNORECASE)
PERIOD_AFTER = regex.compile(rf"{SPACE}*(?P<word>{alternation(PERIODS)})(?!\w)", regex.IGNORECASE)
PER_BEFORE_NOUN = "|".join(rf"{regex.escape(w)}{SPACE}+" if w.isalpha() else regex.escape(w) for w in PER_WORDS)
PER_NOUN_AFTER = regex.compile(rf"{SPACE}*(?:{PER_BEFORE_NOUN})(?P<noun>[^\W\d_][\w-]*)", regex.IGNORECASE)
PERIOD_ANYWHERE_BEFORE = regex.compile(rf"(?<!\w)(?P<word>{alternation(PERIODS_BEFORE)})(?!\w)",
                                       regex.IGNORECASE)
YEAR = r"(?:19|20)\d\d"
DASH = "[–—-]"
# "år 2024", "juni 2024", "den 1 januari 2021": what may stand between "från"/"fram till" and a year.
YEAR_LEAD = (rf"(?:(?:{alternation(YEAR_NOUNS)}){SPACE}+"
             rf"|(?:(?:{DATE_ARTICLE}{SPACE}+)?\d{{1,2}}{SPACE}+)?(?:{alternation(MONTHS)}){SPACE}+)?")
YEAR_PHRASE = regex.compile(rf"""
    (?P<range>(?:(?:{alternation(PERIOD_OPENERS)}){SPACE}+)?(?P<a>{YEAR}){SPACE}*(?:{DASH}|{SPACE}(?:{alternation(YEAR_RANGE_JOINERS)}){SPACE}){SPACE}*(?P<b>{YEAR}))
  | (?P<from>(?:{alternation(FROM_YEAR + IN_FORCE)}){SPACE}+{YEAR_LEAD}(?P<f>{YEAR}))
  | (?P<until>(?:{alternation(UNTIL_YEAR)}){SPACE}+{YEAR_LEAD}(?P<u>{YEAR}))
  | (?P<single>(?P<y>{YEAR}))
""", regex.IGNORECASE | regex.VERBOSE)
DATE_BEFORE_YEAR = regex.compile(
    rf"(?:\d{{1,2}}{SPACE}+(?:{alternation(MONTHS)})|{DATE_ARTICLE}{SPACE}+\d{{1,2}}){SPACE}+\Z", regex.IGNORECASE)
MONTH_BEFORE = regex.compile(rf"(?<!\w)(?:{alternation(MONTHS)}){SPACE}+\Z", regex.IGNORECASE)
PERMANENT = regex.compile(rf"(?<!\w)(?:{alternation(PERMANENT_WORDS)})(?!\w)", regex.IGNORECASE)
YEARS = rf"{YEAR}(?:{SPACE}*{DASH}{SPACE}*{YEAR})?"
# What may stand between an amount and its purpose: years, periods, "bland annat".
FILLER_AFTER = regex.compile(rf"""{SPACE}*(?:
    (?:(?:{alternation(TIME_PREPOSITIONS)})
        {SPACE}+(?:(?:{alternation(YEAR_NOUNS)}){SPACE}+)?{YEARS}
        (?:{SPACE}+(?:{alternation(YEAR_RANGE_JOINERS)}){SPACE}+{YEARS})?)
  | {YEARS}
  | (?:{alternation(PERIODS)})
  | (?:{alternation(FILLER_PHRASES)})
  | ,(?={SPACE}*(?:{alternation(PURPOSE_MARKERS)}))
)(?!\w)""", regex.IGNORECASE | regex.VERBOSE)
PASSIVE_VERB_AFTER = regex.compile(
    rf"{SPACE}+(?:(?:{alternation(VERB_LEADS)}){SPACE}+)?"
    rf"(?:{alternation(PASSIVE_VERBS)}|[^\W\d_]{{3,}}(?:{alternation(PASSIVE_ENDINGS)}))(?!\w)", regex.IGNORECASE)
PURPOSE_START = regex.compile(
    rf"{SPACE}*(?:(?:{alternation(PURPOSE_MARKERS)})|(?:{alternation(PURPOSE_PREPOSITIONS)})"
    rf"(?:{SPACE}+{INFINITIVE_MARKER})?){SPACE}+",
    regex.IGNORECASE)
LEADING_FILLER = regex.compile(rf"(?:{alternation(FILLER_PHRASES)}){SPACE}+", regex.IGNORECASE)
YEAR_OR_TIME_NEXT = regex.compile(rf"(?:{YEARS}|(?:{alternation((*TIME_WORDS, *MONTHS))})(?!\w)|\d)",
                                  regex.IGNORECASE)
# "vägunderhåll under 2024", "skolan i år": the time is a year or period, not the area.
TRAILING_TIME = regex.compile(
    rf"(?:{SPACE}+(?:{alternation(TIME_PREPOSITIONS)})(?:{SPACE}+(?:{alternation(YEAR_NOUNS)}))?)?"
    rf"{SPACE}+(?:{YEARS}|{alternation(TIME_WORDS)})\Z", regex.IGNORECASE)
RAISED_START = regex.compile(rf"{SPACE}+(?:{alternation(RAISED_PREPOSITIONS)}){SPACE}+", regex.IGNORECASE)
LEADING_PURPOSE = regex.compile(rf"[\W]*(?:{alternation(PURPOSE_MARKERS)}){SPACE}+", regex.IGNORECASE)
SOFT_HYPHEN = "\u00ad"
LIST_ITEM_WORDS = 3
ENUMERATING_BLOCKS = ("list_item", "heading")
TOPIC_BLOCKS = ("heading", "title")
TOPIC_SOURCES = ("phrase", "subject")
NEXT_AMOUNT_LEAD = regex.compile(rf"{SPACE}*(?:(?:{alternation(AMOUNT_LINKS)}){SPACE}+)?", regex.IGNORECASE)
NEW_ITEM = regex.compile(rf"(?:,|(?<!\w)(?:{alternation(LIST_JOINERS)}))(?:{SPACE}+\w+)?{SPACE}*\Z",
                         regex.IGNORECASE)
UNTIL_BEFORE = regex.compile(rf"(?<!\w)(?:{alternation(PLAIN_UNTIL)}){SPACE}+\Z", regex.IGNORECASE)
PART_OF_TIME = regex.compile(rf"(?<!\w)(?:{alternation(PARTITIVE)})\Z", regex.IGNORECASE)
CELL_YEAR = regex.compile(rf"(?<!\d)({YEAR})(?!\d)")
UNIT_REACH = 600
NEIGHBOURS = 8     # amounts looked back over for the previous one's end (nested ones overlap)
ATTRIBUTE_REACH = 300
LABEL_TRIM = " :–—-,;.\u00a0\t\n"
PHRASE_TRIM = " ,;:.–—-\u00a0\t\n"


@dataclass(frozen=True)
class Unit:
    """The text unit an amount stands in: a sentence, list item, heading or table row."""

    block: Block
    start: int
    end: int


def label_amounts(doc: Document, amounts: list[Amount]) -> list[AmountRow]:
    """One row per amount, in order, with its attributes and area."""
    starts = [b.start for b in doc.blocks]
    units = [unit_of(doc, starts, a) for a in amounts]
    years = years_of(doc, amounts, units)
    cued = [is_cued_total(doc, a, u, i == 0 or units[i - 1].start != u.start)
            for i, (a, u) in enumerate(zip(amounts, units))]
    kinds = [u.block.kind for u in units]
    # An unmarked amount is a total only when what follows it adds up to it.
    columns = table_columns(amounts)
    items = [breakdown_of(i, amounts, kinds, forward_only=not cued[i], years=years, columns=columns)
             for i in range(len(amounts))]
    # A total broken down into list items or headings spans more than its section.
    listed = [bool(found) and kinds[found[0]] != kinds[i] and kinds[found[0]] in ENUMERATING_BLOCKS
              for i, found in enumerate(items)]
    areas = areas_of(doc, amounts, units, listed)
    rows = []
    for i, (amount, unit) in enumerate(zip(amounts, units)):
        total = cued[i] or items[i] is not None
        area, source = areas[i]
        rows.append(AmountRow(
            doc_id=doc.doc_id, amount_no=i + 1, text=amount.text, start=amount.start,
            end=amount.end, value=amount.value, value_max=amount.value_max,
            currency=amount.currency, qualifier=qualifier_of(doc.text, amount, unit),
            per=per_of(doc.text, amount, unit), year_start=years[i][0], year_end=years[i][1],
            is_total=total, area=area, area_source=source, section=unit.block.section,
            sentence=doc.text[unit.start:unit.end], in_table=amount.in_table))
    return restated_totals(rows)


def block_kinds(doc: Document, amounts: list[Amount]) -> list[str]:
    """The kind of block each amount stands in: the items of a total share one."""
    starts = [b.start for b in doc.blocks]
    return [unit_of(doc, starts, a).block.kind for a in amounts]


def unit_of(doc: Document, starts: list[int], amount: Amount) -> Unit:
    """The amount's sentence (in a paragraph) or block, at most `UNIT_REACH` characters to
    either side of it: a run-on text without sentence ends costs no more than a sentence."""
    block = doc.blocks[max(0, bisect_right(starts, amount.start) - 1)]
    start, end = block.start, block.end
    if block.kind == "paragraph":
        start, end = sentence_at(doc.text, start, end, amount.start)
    return Unit(block, max(start, amount.start - UNIT_REACH), min(end, amount.end + UNIT_REACH))


# ---------------------------------------------------------------------------------------------
# Qualifier, period, total


def qualifier_of(text: str, amount: Amount, unit: Unit) -> str | None:
    if amount.value_max is not None:
        return None
    match = QUALIFIER_BEFORE.search(text, max(unit.start, amount.start - 30), amount.start)
    return QUALIFIERS[match["word"].lower()] if match else None


def per_of(text: str, amount: Amount, unit: Unit) -> str | None:
    """`year` … `hour`, or the noun after "per"; looked for right after the amount, after a
    short phrase ("500 Mkr i investerat kapital per fond"), then before it in the sentence."""
    window_end = min(unit.end, amount.end + 60)
    for start in phrase_starts(text, amount.end, window_end):
        period = PERIOD_AFTER.match(text, start, window_end)
        if period:
            return PERIODS[period["word"].lower()]
        noun = PER_NOUN_AFTER.match(text, start, window_end)
        if noun:
            word = noun["noun"].lower()
            return PERIODS.get(f"per {word}") or PERIODS.get(f"/{word}") or singular(word)
    before = PERIOD_ANYWHERE_BEFORE.search(text, unit.start, amount.start)
    return PERIODS_BEFORE[before["word"].lower()] if before else None


def phrase_starts(text: str, start: int, end: int, words: int = 4) -> list[int]:
    """The amount's end and the starts of the next few words, stopping at punctuation."""
    found = [start]
    for m in regex.finditer(r"\S+", text[start:end]):
        if len(found) > words or regex.search(r"[.,;:!?()]$", m[0]):
            break
        found.append(start + m.end())
    return found


def singular(noun: str) -> str:
    for plural, single in PLURAL_ENDINGS:
        if noun.endswith(plural) and len(noun) > len(plural) + 2:
            return noun[: len(noun) - len(plural)] + single
    return noun


def is_cued_total(doc: Document, amount: Amount, unit: Unit, first_in_unit: bool) -> bool:
    """A cue right before the amount ("totalt 5 Mkr"), on its subject ("De totala kostnaderna
    … beräknas till 5 Mkr") or opening its sentence ("Totalt kommer satsningen att omfatta
    5 Mkr", for the sentence's first amount); in a table, a "Totalt" row."""
    if amount.in_table:
        label = row_label(doc, amount)
        return bool(label) and label.lower().strip(LABEL_TRIM) in TOTAL_ROW_LABELS
    text, lo = doc.text, max(unit.start, amount.start - 40)
    return (TOTAL_BEFORE.search(text, lo, amount.start) is not None
            or TOTAL_ADJACENT_BEFORE.search(text, lo, amount.start) is not None
            or TOTAL_SUBJECT_BEFORE.search(text, max(unit.start, amount.start - 80), amount.start) is not None
            or (first_in_unit and TOTAL_OPENING.match(text, unit.start, amount.start) is not None))


def restated_totals(rows: list[AmountRow]) -> list[AmountRow]:
    """An amount that restates a total (the title's "7,5 miljarder" beside the body's) is one."""
    totals = {(r.value, r.currency) for r in rows if r.is_total and not r.in_table}
    return [r if r.is_total or (r.value, r.currency) not in totals or r.in_table
            else replace(r, is_total=True) for r in rows]


# ---------------------------------------------------------------------------------------------
# Years


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    years: tuple[int | None, int | None]


def years_of(doc: Document, amounts: list[Amount], units: list[Unit]
             ) -> list[tuple[int | None, int | None]]:
    """Years per amount: a table cell's column year; else the year phrase right after the
    amount (before the next amount); else one before it since the previous amount; else one
    in the sentence that no other amount claims."""
    result: list[tuple[int | None, int | None]] = []
    headers: dict[int, dict[int, tuple[int, int]]] = {}
    for i, (amount, unit) in enumerate(zip(amounts, units)):
        if amount.in_table:
            if amount.table not in headers:
                headers[amount.table] = column_years(doc, amount.table)
            row, year = headers[amount.table].get(amount.column, (amount.row, None))
            result.append((year, year) if row < amount.row else (None, None))
            continue
        mentions = year_mentions(doc.text, unit)
        result.append(years_for(doc.text, i, amount, unit, amounts, mentions))
    return result


def year_mentions(text: str, unit: Unit) -> list[YearMention]:
    mentions = []
    for m in YEAR_PHRASE.finditer(text, unit.start, unit.end):
        if m["single"] and (DATE_BEFORE_YEAR.search(text, max(unit.start, m.start() - 20), m.start())
                            or is_inside_number(text, m.start(), m.end())):
            continue
        if m["range"]:
            years = (int(m["a"]), int(m["b"]))
        elif m["from"]:
            years = (int(m["f"]), None)
        elif m["until"] and MONTH_BEFORE.search(text, max(unit.start, m.start() - 15), m.start()):
            years = (int(m["u"]), int(m["u"]))     # "juni till och med oktober 2025"
        elif m["until"]:
            years = (None, int(m["u"]))
        else:
            years = (int(m["y"]), int(m["y"]))
        mentions.append(YearMention(m.start(), m.end(), years))
    return mentions


def is_inside_number(text: str, start: int, end: int) -> bool:
    before = text[start - 1:start]
    after = text[end:end + 1]
    if before.isalpha() or after.isalpha() or (after == ":" and text[end + 1:end + 2].isdigit()):
        return True     # "S2024:05", an id
    return before.isdigit() or after.isdigit() or (before in ",." and text[start - 2:start - 1].isdigit())


def years_for(text: str, i: int, amount: Amount, unit: Unit, amounts: list[Amount],
              mentions: list[YearMention]) -> tuple[int | None, int | None]:
    if not mentions:
        return None, None
    later = [amounts[i + 1].start] if i + 1 < len(amounts) and amounts[i + 1].start < unit.end else []
    next_start = later[0] if later else unit.end
    earlier = [amounts[i - 1].end] if i and amounts[i - 1].end > unit.start else []
    previous_end = earlier[-1] if earlier else unit.start
    after = [m for m in mentions if amount.end <= m.start < next_start
             and not (later and leads_next_amount(text, amount.end, m, next_start))]
    if after:
        return extended(text, mentions, permanent(text, unit, after[0].years))
    before = [m for m in mentions if previous_end <= m.start and m.end <= amount.start
              and not (earlier and m.start - previous_end < 3)]
    if before:
        return permanent(text, unit, before[-1].years)
    in_unit = range(first_at_or_after(amounts, unit.start), first_at_or_after(amounts, unit.end))
    claimed = {id(m) for j in in_unit if j != i for m in mentions
               if amounts[j].end <= m.start < amounts[j].end + 40}
    free = [m for m in mentions if id(m) not in claimed and m.end <= amount.start]
    return permanent(text, unit, free[-1].years) if free else (None, None)


def leads_next_amount(text: str, end: int, mention: YearMention, next_start: int) -> bool:
    """"1,5 Mkr och för 2028 till 1,2 Mkr": a year after a conjunction, right before the next
    amount, is that amount's."""
    return (NEXT_AMOUNT_LEAD.fullmatch(text, mention.end, next_start) is not None
            and NEW_ITEM.search(text, end, mention.start) is not None)


def extended(text: str, mentions: list[YearMention], years: tuple[int | None, int | None]
             ) -> tuple[int | None, int | None]:
    """An open-ended start closed by an end year the sentence states: "förlängas till 2032 med
    31 Mkr årligen från och med 2027" -> (2027, 2032)."""
    start, end = years
    if start is None or end is not None:
        return years
    ends = [m.years[1] for m in mentions if m.years[0] == m.years[1] and m.years[1] > start
            and UNTIL_BEFORE.search(text, max(0, m.start - 8), m.start)]
    return (start, ends[0]) if ends else years


def permanent(text: str, unit: Unit, years: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """A permanent increase from a budget year runs open-ended: (2023, None)."""
    if years[0] is not None and years[0] == years[1] and PERMANENT.search(text, unit.start, unit.end):
        return years[0], None
    return years


def column_years(doc: Document, index: int) -> dict[int, tuple[int, int]]:
    """Per column, the first row whose cell names a year, and that year: the year of the
    cells below it. Found once per table, so a long table costs one pass."""
    found: dict[int, tuple[int, int]] = {}
    for r, row in enumerate(doc.tables[index].rows):
        for c, (start, end) in enumerate(row):
            if c not in found:
                match = CELL_YEAR.search(doc.text, start, end)
                if match:
                    found[c] = (r, int(match[1]))
    return found


# ---------------------------------------------------------------------------------------------
# Area


def row_label(doc: Document, amount: Amount) -> str | None:
    start, end = doc.tables[amount.table].rows[amount.row][0]
    label = doc.text[start:end].strip(LABEL_TRIM)
    return label or None


def areas_of(doc: Document, amounts: list[Amount], units: list[Unit], listed: list[bool]
             ) -> list[tuple[str | None, str | None]]:
    """Each amount's area; one with none of its own shares that of the amounts beside it in
    its sentence ("200 Mkr 2025, 300 Mkr 2026 och 600 Mkr 2027 till kommunerna"), else
    falls back to the heading or title."""
    own = [area_of(doc, a, u, amounts) for a, u in zip(amounts, units)]
    topics = heading_topics(doc, units, own)
    result = []
    for i, (area, source) in enumerate(own):
        if area is None or source == "subject":
            # A purpose stated once for a run of amounts is each one's ("200 Mkr 2025, 300 Mkr
            # 2026 … för att bygga ut förskolan"): the guide ranks it above the subject.
            shared = neighbour_area(i, own, units, later_only=area is not None)
            if shared[1] == "phrase" or area is None:
                area, source = shared if shared[0] is not None else (area, source)
        if area is None:
            area, source = fallback_area(doc, units[i], listed[i])
            area = topics.get(area, area)
        result.append((area, source))
    return result


def heading_topics(doc: Document, units: list[Unit], own: list[tuple[str | None, str | None]]
                   ) -> dict[str, str]:
    """A heading or title that holds an amount, mapped to that amount's own area: "Anskaffning
    för donation till ett värde av 9,2 miljarder kronor" -> "Anskaffning för donation"."""
    topics: dict[str, str] = {}
    for unit, (area, source) in zip(units, own):
        if unit.block.kind in TOPIC_BLOCKS and source in TOPIC_SOURCES and area:
            topics.setdefault(doc.text[unit.block.start:unit.block.end].strip(), area)
    return topics


def neighbour_area(i: int, own: list[tuple[str | None, str | None]], units: list[Unit],
                   later_only: bool = False) -> tuple[str | None, str | None]:
    def same_sentence(j: int) -> bool:
        return 0 <= j < len(units) and units[j].start == units[i].start and units[j].block == units[i].block

    # Amounts are in order, so those sharing a sentence stand next to each other.
    after = takewhile(same_sentence, count(i + 1))
    before = takewhile(same_sentence, count(i - 1, -1))
    later = [j for j in after if own[j][0] is not None]
    earlier = [j for j in before if own[j][0] is not None][::-1]
    for j in later[:1] + ([] if later_only else earlier[-1:]):
        return own[j]
    return None, None


def area_of(doc: Document, amount: Amount, unit: Unit, amounts: list[Amount]
            ) -> tuple[str | None, str | None]:
    """(area, area_source) in the guide's order."""
    text = doc.text
    if amount.in_table:
        label = row_label(doc, amount)
        if label:
            return label, "table"
    elif unit.block.kind == "list_item":
        label = item_label(text, amount, unit)
        if label:
            return label, "list_item"
    limit = next_amount_start(amount, amounts, unit.end)
    purpose = purpose_after(text, amount.end, limit)
    if purpose and not points_back(purpose):
        return purpose, "phrase"
    attributed = attributed_phrase(text, amount, unit, previous_amount_end(amount, amounts))
    if attributed and not points_back(attributed) and not is_generic(attributed):
        return attributed, "phrase"
    if attributed:
        # "en höjning på 30 Mkr av bidragen till myndigheter": what is raised follows "av".
        raised = raised_after(text, amount.end, limit)
        if raised and not points_back(raised):
            return raised, "phrase"
    leading = leading_purpose(text, amount, unit)
    if leading and not points_back(leading):
        return leading, "phrase"
    subject = subject_before(text, amount, unit, amounts)
    if subject and not points_back(subject) and not is_generic(subject):
        return subject, "subject"
    return None, None


def is_generic(phrase: str) -> bool:
    """"en höjning", "ett värde", "Varje år", "en tillfällig förstärkning": words that name no
    purpose or receiver, or a phrase headed by a noun that only says "an amount"."""
    words = [w.lower() for w in regex.findall(r"\w+", phrase.replace(SOFT_HYPHEN, ""))]
    if len(words) >= 2 and words[0] in DETERMINERS and words[-1] in GENERIC_AMOUNT_NOUNS \
            and not any(w in INNER_PREPOSITIONS for w in words):
        return True
    return all(w in GENERIC_AMOUNT_NOUNS or w in NON_SUBJECT_WORDS or w in DETERMINERS
               or w in VERB_PARTICLES or w in AREA_STOPWORDS or w.isdigit() for w in words)


def fallback_area(doc: Document, unit: Unit, listed: bool) -> tuple[str | None, str | None]:
    """The section heading, else the title; a total broken down into listed items spans more
    than its section, so for it the title comes first."""
    choices = [(doc.title, "title"), (unit.block.section, "heading")]
    for area, source in choices if listed else reversed(choices):
        if area:
            return area, source
    return None, None


def first_at_or_after(amounts: list[Amount], position: int) -> int:
    """Index of the first amount starting at or after `position` (amounts are in order)."""
    return bisect_left(amounts, position, key=lambda a: a.start)


def previous_amount_end(amount: Amount, amounts: list[Amount]) -> int:
    """Where the last amount wholly before this one ends (a nested "(407,8)" is not before)."""
    k = first_at_or_after(amounts, amount.start)
    return max((a.end for a in amounts[max(0, k - NEIGHBOURS):k] if a.end <= amount.start), default=0)


def next_amount_start(amount: Amount, amounts: list[Amount], end: int) -> int:
    k = bisect_right(amounts, amount.start, key=lambda a: a.start)
    return min(end, amounts[k].start) if k < len(amounts) else end


def item_label(text: str, amount: Amount, unit: Unit) -> str | None:
    """The words before the amount in a short list item: "Säker vård/patientsäkerhet 5,95 Mkr"."""
    before = text[unit.start:amount.start].strip(LABEL_TRIM)
    words = before.split()
    if not words or len(words) > 10 or regex.search(r"[.!?]\s", before):
        return None
    if any(w.lower() in RECEIVING_VERBS | GIVING_VERBS for w in words):
        return None
    if words[-1].lower() in OPEN_ENDINGS:
        return None     # a sentence running into its amount, not a label
    return before


def points_back(phrase: str) -> bool:
    """"ändamålet", "detta ändamål", "medlen", "permanenta denna satsning": a phrase that only
    refers back."""
    words = [w.lower() for w in regex.findall(r"\w+", phrase)]
    if words and all(w in POINTER_WORDS for w in words):
        return True
    # "detta arbete", "permanenta denna satsning": a demonstrative and a word that names nothing.
    rest = words[1:] if len(words) > 2 else words
    return bool(rest) and rest[0] in DEMONSTRATIVES and len(rest) >= 2 \
        and all(w in POINTER_WORDS or w in GENERIC_AMOUNT_NOUNS for w in rest[1:])


def purpose_after(text: str, end: int, limit: int) -> str | None:
    """The purpose phrase after the amount: "till bredbandsutbyggnad", "för att stärka …",
    past year, period and qualifier phrases ("för 2024", "per år") and a passive verb
    ("30 Mkr tillförs för att …")."""
    position = end
    while True:
        filler = FILLER_AFTER.match(text, position, limit)
        if not filler or filler.end() == position:
            break
        position = filler.end()
    verb = PASSIVE_VERB_AFTER.match(text, position, limit)
    if verb and PURPOSE_START.match(text, verb.end(), limit):
        position = verb.end()
    start = PURPOSE_START.match(text, position, limit)
    if not start or YEAR_OR_TIME_NEXT.match(text, start.end(), limit):
        return None
    begin = start.end()
    lead = LEADING_FILLER.match(text, begin, limit)     # "för bland annat upphandling …"
    begin = lead.end() if lead else begin
    words = [t for t in tokens(text[begin:limit]) if not t.is_space]
    # "i syfte att målgruppen ska komma i arbete": a purpose clause holds its own verbs.
    return phrase_from(text, begin, words, 0, clause=start[0].strip().lower().endswith(INFINITIVE_MARKER))


def raised_after(text: str, end: int, limit: int) -> str | None:
    """What a generic increase is of: "… på 30 Mkr av bidragen till myndigheter"."""
    match = RAISED_START.match(text, end, limit)
    if not match:
        return None
    words = [t for t in tokens(text[match.end():limit]) if not t.is_space]
    return phrase_from(text, match.end(), words, 0)


def leading_purpose(text: str, amount: Amount, unit: Unit) -> str | None:
    """A purpose that opens the sentence, up to the verb that brings the money: "För att
    stärka försvaret avsätts 724 Mkr" -> "stärka försvaret"."""
    match = LEADING_PURPOSE.match(text, unit.start, amount.start)
    if not match:
        return None
    words = [t for t in tokens(text[match.end():amount.start]) if not t.is_space]
    for k, token in enumerate(words):
        if token.is_punct and token.text not in "/-–" or token.lower_ in CLAUSE_BREAKERS - LIST_JOINERS:
            return None
        if token.lower_ in BUDGET_VERBS or token.lower_ in CLAUSE_VERBS:
            if k == 0 or k > 2 * AREA_MAX_WORDS or not governs_amount(words[k + 1:]):
                return None
            last = words[k - 1]
            return text[match.end() + words[0].idx: match.end() + last.idx + len(last.text)
                        ].strip(PHRASE_TRIM) or None
    return None


def phrase_from(text: str, offset: int, words, k: int, clause: bool = False) -> str | None:
    """Words from index k up to a clause break, the next amount or `AREA_MAX_WORDS`."""
    if k >= len(words):
        return None
    first = words[k]
    kept = []
    in_list = False
    for n, token in enumerate(words[k:], start=k):
        if token.text == "," and kept and list_goes_on(words, n + 1):
            kept.append(token)
            in_list = True
            continue
        if token.is_punct and token.text not in "/-–" or token.text in "()":
            break
        if token.lower_ in CLAUSE_BREAKERS and not (in_list and token.lower_ in LIST_JOINERS):
            break
        if token.lower_ in RELATIVE_WORDS and len(kept) >= 8:
            break
        if kept and (token.text in "–—" or token.lower_ in RATE_WORDS or token.lower_ in CORRELATIVES):
            break
        if kept and token.lower_ in CLAUSE_VERBS:
            # "elstöd och regeringen kommer att …": the new clause starts at its conjunction.
            joins = [j for j in range(max(0, len(kept) - 2), len(kept)) if kept[j].lower_ in COORDINATORS]
            if joins or not clause:
                kept = kept[:joins[0]] if joins else kept
                break
        kept.append(token)
        if sum(not t.is_punct for t in kept) >= AREA_MAX_WORDS:
            break
    while kept and (kept[-1].is_punct or kept[-1].lower_ in COORDINATORS
                    or kept[-1].lower_ in RELATIVE_WORDS):
        kept.pop()
    if not kept:
        return None
    last = kept[-1]
    phrase = text[offset + first.idx: offset + last.idx + len(last.text)].strip(PHRASE_TRIM)
    timeless = TRAILING_TIME.sub("", phrase).strip(PHRASE_TRIM)
    if timeless != phrase and PART_OF_TIME.search(timeless):
        return None     # "för resterande delen av 2025" says when, not what for
    return timeless or None


def governs_amount(words) -> bool:
    """No other clause between a verb and the amount: "avsätts [724 Mkr]", "föreslår regeringen
    [5 Mkr]", but not "föreslår regeringen att statsbidraget ska uppgå till [300 Mkr]"."""
    return not any(w.lower_ == INFINITIVE_MARKER or w.lower_ in CLAUSE_VERBS or w.lower_ in RECEIVING_VERBS
                   or w.is_punct for w in words)


def list_goes_on(words, k: int) -> bool:
    """After a comma: a list that ends in "och"/"samt" before the next punctuation, with no
    verb, is the same phrase ("reservkraft, brandbekämpning samt sanering")."""
    joined = False
    for n, token in enumerate(words[k:k + AREA_MAX_WORDS]):
        if token.is_punct and token.text not in "/-–":
            return joined and token.text != ","
        word = token.lower_
        if (word in CLAUSE_BREAKERS and word not in LIST_JOINERS) or word in CLAUSE_VERBS \
                or word in RELATIVE_WORDS \
                or word in RECEIVING_VERBS or word in BUDGET_VERBS or has_digit(word):
            return False
        if word in LIST_JOINERS and not joined and (n == 0 or n > LIST_ITEM_WORDS):
            return False    # "…, till stor del riktat mot barn och unga" is no list of short items
        joined = joined or word in LIST_JOINERS
    return False    # the phrase runs into the next amount: "familjer med ett barn, och med [2 000 kr]"


def attributed_phrase(text: str, amount: Amount, unit: Unit, floor: int) -> str | None:
    """The noun phrase the amount belongs to: "ett nytt statsbidrag för X på 300 Mkr" -> "ett
    nytt statsbidrag för X"; "statsbidraget på 7,5 miljarder" -> "statsbidraget"; past a
    generic noun: "Anskaffning för donation till ett värde av 9,2 miljarder" -> "Anskaffning
    för donation"."""
    begin = max(unit.start, floor, amount.start - ATTRIBUTE_REACH)    # two noun phrases at most
    words = without_fillers([t for t in tokens(text[begin:amount.start]) if not t.is_space])
    while words and is_particle(words[-1].lower_) and words[-1].lower_ not in ATTRIBUTE_PREPOSITIONS:
        words.pop()
    appositive = ends_with(words, APPOSITIVE_FILLERS)
    if appositive:      # "ytterligare stöd, i form av 600 Mkr"
        words = words[:-appositive]
        words = words[:-1] if words and words[-1].text == "," else words
    elif len(words) < 2 or words[-1].lower_ not in ATTRIBUTE_PREPOSITIONS:
        return None
    else:
        if words[-1].lower_ in CHANGE_FROM and len(words) >= 3 and words[-3].lower_ in RECEIVING_VERBS:
            return None     # "ökade sekventiellt från 135 …": an adverb, the subject says more
        words = words[:-1]
    while True:
        kept = noun_phrase_tokens(words)
        if not kept:
            return None
        first, last = kept[-1], kept[0]
        phrase = text[begin + first.idx: begin + last.idx + len(last.text)].strip(PHRASE_TRIM)
        rest = words[:len(words) - len(kept)]
        if not is_generic(phrase) or not rest or rest[-1].lower_ not in LINKING_PREPOSITIONS:
            return phrase or None
        words = rest[:-1]


def noun_phrase_tokens(words) -> list:
    """The tokens of the noun phrase that ends `words`, last first."""
    kept = []
    for token in reversed(words):
        if token.is_punct and token.text not in "/-–":
            break
        if token.lower_ in CLAUSE_OPENERS and token.lower_ not in INNER_PREPOSITIONS:
            if token.lower_ == INFINITIVE_MARKER and kept:
                kept.pop()      # "att halvera kärnstödet från 80": the verb is no part of it
            break
        if token.lower_ in RECEIVING_VERBS | GIVING_VERBS or is_clause_word(token):
            break
        kept.append(token)
        if token.lower_ in DETERMINERS or len(kept) >= AREA_MAX_WORDS:
            break
    while kept and kept[-1].lower_ in INNER_PREPOSITIONS:
        kept.pop()
    return kept


def is_clause_word(token) -> bool:
    """A verb, adverb or number that a noun phrase cannot hold: "Det handlar om …",
    "föreslår därför satsningar på …", "räknas inte in i taket på …"."""
    word = token.lower_
    return (word in CLAUSE_VERBS or word in CLAUSE_ADVERBS or has_digit(token.text)
            or is_passive(word))


def has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def is_particle(word: str) -> bool:
    """A word between a verb or noun and its amount that belongs to neither."""
    return word in VERB_PARTICLES or (word in QUALIFIERS and " " not in word
                                      and word not in RECEIVING_VERBS)


def ends_with(words: list, phrases) -> int:
    """How many of the last `words` make one of `phrases`, or 0."""
    for phrase in phrases:
        parts = phrase.split()
        if len(words) > len(parts) and [w.lower_ for w in words[-len(parts):]] == parts:
            return len(parts)
    return 0


def without_fillers(words: list) -> list:
    """`words` without a filler phrase at their end ("i genomsnitt")."""
    n = ends_with(words, FILLER_BEFORE)
    return words[:-n] if n else words


def subject_before(text: str, amount: Amount, unit: Unit, amounts: list[Amount]) -> str | None:
    """Who gets or costs the money: the subject before a receiving verb ("Industriklivet
    förstärks med …", "anslaget att öka med …"), the noun whose verb is left out
    ("och barntillägget med 500 kronor"), or the object of a giving verb ("beviljar SDC …")."""
    begin = max(unit.start, previous_amount_end(amount, amounts))
    words = [t for t in tokens(text[begin:amount.start]) if not t.is_space]
    stripped = []
    while words and is_particle(words[-1].lower_):
        stripped.append(words.pop().lower_)
    value = ends_with(words, VALUE_PHRASES)     # "uppgår till ett värde av 140 Mkr"
    if value:
        words = words[:-value]
        while words and is_particle(words[-1].lower_):
            stripped.append(words.pop().lower_)
    if words and set(stripped) & ELLIPSIS_PREPOSITIONS:
        words = without_year(words)     # "kan förlängas till 2032 med 31 Mkr"
    if len(words) >= 2 and stripped and words[-2].lower_ in RECEIVING_VERBS \
            and words[-1].lower_.endswith(ADVERB_ENDINGS):
        words = words[:-1]      # "ökade sekventiellt från 135 …"
    if not words:
        return None
    if words[-1].lower_ in RECEIVING_VERBS or (set(stripped) & ELLIPSIS_PREPOSITIONS
                                               and is_passive(words[-1].lower_)):
        before = first_clause(without_agent(words[:-1]))
        while before and (before[-1].lower_ == INFINITIVE_MARKER or before[-1].lower_ in MODAL_VERBS
                          or before[-1].lower_ in RELATIVE_WORDS):
            before = before[:-1]    # "anslaget att öka", "satsningen kan förlängas", "X som uppgår"
        return noun_phrase_back(text, begin, before)
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[k].lower_ in GIVING_VERBS and k + 1 < len(words):
            object_words = [w for w in words[k + 1:] if w.lower_ not in VERB_PARTICLES]
            if object_words and not any(w.is_punct and w.text not in "-/" for w in object_words):
                first, last = object_words[0], object_words[-1]
                return text[begin + first.idx: begin + last.idx + len(last.text)].strip(PHRASE_TRIM) or None
    if set(stripped) & ELLIPSIS_PREPOSITIONS and not words[-1].is_punct:
        phrase = noun_phrase_back(text, begin, words, ellipsis=True)
        # "Sverige har hittills bidragit med …" is a clause, not a noun with its verb left out.
        if phrase and not any(w.lower() in CLAUSE_VERBS for w in phrase.split()):
            return phrase
    return None


def is_passive(word: str) -> bool:
    """A passive verb: "förlängas", "fördelas", "fördubblades", "höjdes"."""
    return word.isalpha() and ((len(word) >= 6 and word.endswith(PASSIVE_INFINITIVE_ENDINGS))
                               or (len(word) >= 7 and word.endswith(PAST_PASSIVE_ENDINGS)))


def without_year(words: list) -> list:
    """`words` without a year phrase at their end: "… förlängas till 2032"."""
    if words and regex.fullmatch(YEAR, words[-1].text):
        words = words[:-1]
        while words and (is_particle(words[-1].lower_) or words[-1].lower_ in YEAR_PREPOSITIONS):
            words = words[:-1]
    return words


def first_clause(words: list) -> list:
    """For a verb joined to an earlier one, the words before that one: "Fonden har fem stjärnor
    och [förvaltar]" -> "Fonden"."""
    if not words or words[-1].lower_ not in COORDINATORS:
        return words
    for k in range(len(words) - 2, 0, -1):
        if words[k].is_punct:
            break
        if words[k].lower_ in CLAUSE_VERBS or words[k].lower_ in RECEIVING_VERBS:
            return words[:k]
    return words


def without_agent(words: list) -> list:
    """Words before a passive verb's agent: "Kapitalet beräknas av Pensionsmyndigheten
    [passera]" -> "Kapitalet"."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].lower_ == "av" and words[k - 1].lower_ in RECEIVING_VERBS:
            return words[:k - 1]
    return words


def in_relative_clause(words, k: int) -> bool:
    """The verb at `k` stands in a relative clause of the subject: "avgifter som myndigheten
    får ta ut", "De tolv överenskommelser som staten och SKL har enats om"."""
    for token in reversed(words[max(0, k - AREA_MAX_WORDS):k]):
        if token.is_punct or token.lower_ in SUBJECT_STOPS:
            return False
        if token.lower_ in RELATIVE_WORDS:
            return True
    return False


def noun_phrase_back(text: str, offset: int, words, ellipsis: bool = False) -> str | None:
    """The clause's words before its verb, back to a comma, "att", another verb or the
    sentence start; for a left-out verb, back to the "och" that joins it."""
    kept = []
    depth = 0       # inside a parenthesis, "(NAV, net asset value)", a comma ends nothing
    for k in range(len(words) - 1, -1, -1):
        token = words[k]
        word = token.lower_
        depth += (token.text == ")") - (token.text == "(")
        if depth > 0 or token.text == "(":
            kept.append(token)
            continue
        if kept and (word in RECEIVING_VERBS or word in GIVING_VERBS) and in_relative_clause(words, k):
            kept.append(token)      # "Beloppet som kan beviljas företag … [höjs]"
            continue
        if word in CLAUSE_VERBS and not in_relative_clause(words, k):
            if ellipsis:
                return None     # "Sverige har hittills bidragit med …": a clause, not a left-out verb
            break       # "Samtidigt ska [den lägsta nivån] höjas från …"
        if (token.is_punct and token.text not in "/-–()") or word in SUBJECT_STOPS \
                or word in RECEIVING_VERBS or word in GIVING_VERBS:
            break
        if ellipsis and word in ELLIPSIS_JOINERS:
            break
        kept.append(token)
    if not kept or len(kept) > AREA_MAX_WORDS + 4 or kept[-1].lower_ in RELATIVE_WORDS:
        return None
    first, last = kept[-1], kept[0]
    return text[offset + first.idx: offset + last.idx + len(last.text)].strip(PHRASE_TRIM) or None
