"""Label: each amount -> qualifier, per, years, is_total, area (annotation guide §3-4).

The labeller reads the amount's unit of text (its sentence, list item or table row) with
spaCy's Swedish tokenizer and closed word lists from `pipeline/lang/sv/labels.py`. The area
comes from the first of: the list item's or table row's label, the purpose phrase after the
amount, the noun phrase the amount is attributed to ("ett statsbidrag på 300 Mkr"), the subject
that receives the money, and else the section heading or the title.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from pipeline.amounts import Amount
from pipeline.document import Block, Document, Span
from pipeline.lang.sv.labels import (
    AREA_MAX_WORDS,
    ATTRIBUTE_PREPOSITIONS,
    CLAUSE_BREAKERS,
    CLAUSE_OPENERS,
    DETERMINERS,
    FROM_YEAR,
    GIVING_VERBS,
    MONTHS,
    FILLER_PHRASES,
    GENERIC_AMOUNT_NOUNS,
    PASSIVE_VERBS,
    NON_SUBJECT_WORDS,
    ELLIPSIS_PREPOSITIONS,
    SUBJECT_STOPS,
    LINKING_PREPOSITIONS,
    INNER_PREPOSITIONS,
    PER_WORDS,
    PERIOD_OPENERS,
    PERIODS,
    PERIODS_BEFORE,
    PERMANENT_WORDS,
    PLURAL_ENDINGS,
    POINTER_WORDS,
    PURPOSE_MARKERS,
    PURPOSE_PREPOSITIONS,
    QUALIFIERS,
    RECEIVING_VERBS,
    RELATIVE_WORDS,
    TIME_WORDS,
    TOTAL_CUES,
    TOTAL_ROW_LABELS,
    UNTIL_YEAR,
    VERB_PARTICLES,
)
from pipeline.lang.sv.stopwords import AREA_STOPWORDS
from pipeline.nlp import sentence_at, tokens
from pipeline.reconcile import breakdown_of
from pipeline.tables import AmountRow


def alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


SPACE = r"\s"    # blocks hold no blank line, so a line break inside one is a space
QUALIFIER_BEFORE = regex.compile(
    rf"(?<!\w)(?P<word>{alternation(QUALIFIERS)})(?:{SPACE}+(?:{alternation(TOTAL_CUES)}))?{SPACE}*\Z",
    regex.IGNORECASE)
# "totalt 5 Mkr", "totalt cirka 5 Mkr", "Totalt har 67,9 miljoner kronor", "av totalt 5 Mkr".
TOTAL_BEFORE = regex.compile(
    rf"(?<!\w)(?:{alternation(TOTAL_CUES)})(?:{SPACE}+[^\W\d]+){{0,2}}{SPACE}*\Z", regex.IGNORECASE)
PERIOD_AFTER = regex.compile(rf"{SPACE}*(?P<word>{alternation(PERIODS)})(?!\w)", regex.IGNORECASE)
PER_NOUN_AFTER = regex.compile(rf"{SPACE}*(?:per{SPACE}+|/)(?P<noun>[^\W\d_][\w-]*)", regex.IGNORECASE)
PERIOD_ANYWHERE_BEFORE = regex.compile(rf"(?<!\w)(?P<word>{alternation(PERIODS_BEFORE)})(?!\w)",
                                       regex.IGNORECASE)
YEAR = r"(?:19|20)\d\d"
DASH = "[–—-]"
YEAR_PHRASE = regex.compile(rf"""
    (?P<range>(?:(?:{alternation(PERIOD_OPENERS)}){SPACE}+)?(?P<a>{YEAR}){SPACE}*(?:{DASH}|{SPACE}(?:till|och){SPACE}){SPACE}*(?P<b>{YEAR}))
  | (?P<from>(?:{alternation(FROM_YEAR)}){SPACE}+(?:år{SPACE}+)?(?P<f>{YEAR}))
  | (?P<until>(?:{alternation(UNTIL_YEAR)}){SPACE}+(?:år{SPACE}+)?(?P<u>{YEAR}))
  | (?P<single>(?P<y>{YEAR}))
""", regex.IGNORECASE | regex.VERBOSE)
DATE_BEFORE_YEAR = regex.compile(rf"(?:\d{{1,2}}{SPACE}+(?:{alternation(MONTHS)})|den{SPACE}+\d{{1,2}}){SPACE}+\Z",
                                 regex.IGNORECASE)
PERMANENT = regex.compile(rf"(?<!\w)(?:{alternation(PERMANENT_WORDS)})(?!\w)", regex.IGNORECASE)
ABOUT_MONEY_DATE = regex.compile(r"(?<!\w)per den\Z", regex.IGNORECASE)
YEARS = rf"{YEAR}(?:{SPACE}*{DASH}{SPACE}*{YEAR})?"
# What may stand between an amount and its purpose: years, periods, "bland annat".
FILLER_AFTER = regex.compile(rf"""{SPACE}*(?:
    (?:(?:för|under|om|i|per|från\ och\ med|till\ och\ med|fram\ till|fr\.o\.m\.|t\.o\.m\.|mellan)
        {SPACE}+(?:(?:år|åren|budgetåret|perioden){SPACE}+)?{YEARS}(?:{SPACE}+(?:och|till){SPACE}+{YEARS})?)
  | {YEARS}
  | (?:{alternation(PERIODS)})
  | (?:{alternation(FILLER_PHRASES)})
  | ,(?={SPACE}*(?:{alternation(PURPOSE_MARKERS)}))
)(?!\w)""", regex.IGNORECASE | regex.VERBOSE)
PASSIVE_VERB_AFTER = regex.compile(rf"{SPACE}+(?:{alternation(PASSIVE_VERBS)}|[^\W\d_]{{3,}}(?:as|ts|ds|rs|ls|ns))(?!\w)",
                                   regex.IGNORECASE)
PURPOSE_START = regex.compile(
    rf"{SPACE}*(?:(?:{alternation(PURPOSE_MARKERS)})|(?:{alternation(PURPOSE_PREPOSITIONS)})(?:{SPACE}+att)?){SPACE}+",
    regex.IGNORECASE)
LEADING_FILLER = regex.compile(rf"(?:{alternation(FILLER_PHRASES)}){SPACE}+", regex.IGNORECASE)
YEAR_OR_TIME_NEXT = regex.compile(rf"(?:{YEARS}|(?:{alternation(TIME_WORDS)})(?!\w)|\d)", regex.IGNORECASE)
# "vägunderhåll under 2024", "skolan i år": the time is a year or period, not the area.
TRAILING_TIME = regex.compile(
    rf"(?:{SPACE}+(?:under|för|i|om|från|till|per|mellan)(?:{SPACE}+(?:och{SPACE}+med|år|åren))?)?"
    rf"{SPACE}+(?:{YEARS}|{alternation(TIME_WORDS)}|år)\Z", regex.IGNORECASE)
UNIT_REACH = 600
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
    cued = [is_cued_total(doc, a, u) for a, u in zip(amounts, units)]
    kinds = [u.block.kind for u in units]
    areas = areas_of(doc, amounts, units, cued)
    rows = []
    for i, (amount, unit) in enumerate(zip(amounts, units)):
        total = cued[i] or breakdown_of(i, amounts, kinds, forward_only=True) is not None
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


def is_cued_total(doc: Document, amount: Amount, unit: Unit) -> bool:
    if amount.in_table:
        label = row_label(doc, amount)
        return bool(label) and label.lower().strip(LABEL_TRIM) in TOTAL_ROW_LABELS
    return TOTAL_BEFORE.search(doc.text, max(unit.start, amount.start - 40), amount.start) is not None


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
    for i, (amount, unit) in enumerate(zip(amounts, units)):
        if amount.in_table:
            result.append(column_year(doc, amount))
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
        elif m["until"]:
            years = (None, int(m["u"]))
        else:
            years = (int(m["y"]), int(m["y"]))
        mentions.append(YearMention(m.start(), m.end(), years))
    return mentions


def is_inside_number(text: str, start: int, end: int) -> bool:
    before = text[start - 1:start]
    after = text[end:end + 1]
    return before.isdigit() or after.isdigit() or (before in ",." and text[start - 2:start - 1].isdigit())


def years_for(text: str, i: int, amount: Amount, unit: Unit, amounts: list[Amount],
              mentions: list[YearMention]) -> tuple[int | None, int | None]:
    if not mentions:
        return None, None
    later = [a.start for a in amounts[i + 1:] if a.start < unit.end]
    next_start = later[0] if later else unit.end
    earlier = [a.end for a in amounts[:i] if a.end > unit.start]
    previous_end = earlier[-1] if earlier else unit.start
    after = [m for m in mentions if amount.end <= m.start < next_start]
    if after:
        return permanent(text, unit, after[0].years)
    before = [m for m in mentions if previous_end <= m.start and m.end <= amount.start
              and not (earlier and m.start - previous_end < 3)]
    if before:
        return permanent(text, unit, before[-1].years)
    claimed = {id(m) for j, other in enumerate(amounts) if j != i and unit.start <= other.start < unit.end
               for m in mentions if other.end <= m.start < other.end + 40}
    free = [m for m in mentions if id(m) not in claimed and m.end <= amount.start]
    return permanent(text, unit, free[-1].years) if free else (None, None)


def permanent(text: str, unit: Unit, years: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """A permanent increase from a budget year runs open-ended: (2023, None)."""
    if years[0] is not None and years[0] == years[1] and PERMANENT.search(text, unit.start, unit.end):
        return years[0], None
    return years


def column_year(doc: Document, amount: Amount) -> tuple[int | None, int | None]:
    table = doc.tables[amount.table]
    for row in table.rows[:amount.row]:
        if amount.column < len(row):
            start, end = row[amount.column]
            match = regex.search(rf"(?<!\d)({YEAR})(?!\d)", doc.text[start:end])
            if match:
                return int(match[1]), int(match[1])
    return None, None


# ---------------------------------------------------------------------------------------------
# Area


def row_label(doc: Document, amount: Amount) -> str | None:
    start, end = doc.tables[amount.table].rows[amount.row][0]
    label = doc.text[start:end].strip(LABEL_TRIM)
    return label or None


def areas_of(doc: Document, amounts: list[Amount], units: list[Unit], cued: list[bool]
             ) -> list[tuple[str | None, str | None]]:
    """Each amount's area; one with none of its own shares that of the amounts beside it in
    its sentence ("200 Mkr 2025, 300 Mkr 2026 och 600 Mkr 2027 till kommunerna"), else
    falls back to the heading or title."""
    own = [area_of(doc, a, u, amounts) for a, u in zip(amounts, units)]
    result = []
    for i, (area, source) in enumerate(own):
        if area is None or source == "subject":
            # A purpose stated once for a run of amounts is each one's ("200 Mkr 2025, 300 Mkr
            # 2026 … för att bygga ut förskolan"): the guide ranks it above the subject.
            shared = neighbour_area(i, own, units, later_only=area is not None)
            if shared[1] == "phrase" or area is None:
                area, source = shared if shared[0] is not None else (area, source)
        if area is None:
            area, source = fallback_area(doc, units[i], cued[i])
        result.append((area, source))
    return result


def neighbour_area(i: int, own: list[tuple[str | None, str | None]], units: list[Unit],
                   later_only: bool = False) -> tuple[str | None, str | None]:
    same = [j for j in range(len(own)) if j != i and units[j].start == units[i].start
            and units[j].block == units[i].block and own[j][0] is not None]
    later = [j for j in same if j > i]
    earlier = [j for j in same if j < i]
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
    attributed = attributed_phrase(text, amount, unit)
    if attributed and not points_back(attributed) and not is_generic(attributed):
        return attributed, "phrase"
    subject = subject_before(text, amount, unit, amounts)
    if subject and not points_back(subject) and not is_generic(subject):
        return subject, "subject"
    return None, None


def is_generic(phrase: str) -> bool:
    """"en höjning", "ett värde", "Varje år": words that name no purpose or receiver."""
    words = [w.lower() for w in regex.findall(r"\w+", phrase)]
    return all(w in GENERIC_AMOUNT_NOUNS or w in NON_SUBJECT_WORDS or w in DETERMINERS
               or w in VERB_PARTICLES or w in AREA_STOPWORDS or w.isdigit() for w in words)


def fallback_area(doc: Document, unit: Unit, total: bool) -> tuple[str | None, str | None]:
    """The section heading, else the title; a stated total is the whole release's, so for it
    the title comes first."""
    choices = [(doc.title, "title"), (unit.block.section, "heading")]
    for area, source in choices if total else reversed(choices):
        if area:
            return area, source
    return None, None


def next_amount_start(amount: Amount, amounts: list[Amount], end: int) -> int:
    later = [a.start for a in amounts if a.start > amount.start]
    return min([end, *later])


def item_label(text: str, amount: Amount, unit: Unit) -> str | None:
    """The words before the amount in a short list item: "Säker vård/patientsäkerhet 5,95 Mkr"."""
    before = text[unit.start:amount.start].strip(LABEL_TRIM)
    words = before.split()
    if not words or len(words) > 10 or regex.search(r"[.!?]\s", before):
        return None
    if any(w.lower() in RECEIVING_VERBS | GIVING_VERBS for w in words):
        return None
    return before


def points_back(phrase: str) -> bool:
    """"ändamålet", "detta ändamål", "medlen": a phrase that only refers back."""
    words = [w.lower() for w in regex.findall(r"\w+", phrase)]
    return bool(words) and all(w in POINTER_WORDS for w in words)


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
    return phrase_from(text, begin, words, 0)


def phrase_from(text: str, offset: int, words, k: int) -> str | None:
    """Words from index k up to a clause break, the next amount or `AREA_MAX_WORDS`."""
    if k >= len(words):
        return None
    first = words[k]
    last = None
    count = 0
    for token in words[k:]:
        if token.is_punct and token.text not in "/-–" or token.text in "()":
            break
        if token.lower_ in CLAUSE_BREAKERS or (token.lower_ in RELATIVE_WORDS and count >= 8):
            break
        if token.text in "–—" and count:
            break
        last = token
        count += 1
        if count >= AREA_MAX_WORDS:
            break
    if last is None:
        return None
    phrase = text[offset + first.idx: offset + last.idx + len(last.text)].strip(PHRASE_TRIM)
    return TRAILING_TIME.sub("", phrase).strip(PHRASE_TRIM) or None


def attributed_phrase(text: str, amount: Amount, unit: Unit) -> str | None:
    """The noun phrase the amount belongs to: "ett nytt statsbidrag för X på 300 Mkr" -> "ett
    nytt statsbidrag för X"; "statsbidraget på 7,5 miljarder" -> "statsbidraget"; past a
    generic noun: "Anskaffning för donation till ett värde av 9,2 miljarder" -> "Anskaffning
    för donation"."""
    words = [t for t in tokens(text[unit.start:amount.start]) if not t.is_space]
    while words and words[-1].lower_ in VERB_PARTICLES and words[-1].lower_ not in ATTRIBUTE_PREPOSITIONS:
        words.pop()
    if len(words) < 2 or words[-1].lower_ not in ATTRIBUTE_PREPOSITIONS:
        return None
    words = words[:-1]
    while True:
        kept = noun_phrase_tokens(words)
        if not kept:
            return None
        first, last = kept[-1], kept[0]
        phrase = text[unit.start + first.idx: unit.start + last.idx + len(last.text)].strip(PHRASE_TRIM)
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
            break
        if token.lower_ in RECEIVING_VERBS | GIVING_VERBS:
            break
        kept.append(token)
        if token.lower_ in DETERMINERS or len(kept) >= AREA_MAX_WORDS:
            break
    while kept and kept[-1].lower_ in INNER_PREPOSITIONS:
        kept.pop()
    return kept


def subject_before(text: str, amount: Amount, unit: Unit, amounts: list[Amount]) -> str | None:
    """Who gets or costs the money: the subject before a receiving verb ("Industriklivet
    förstärks med …", "anslaget att öka med …"), the noun whose verb is left out
    ("och barntillägget med 500 kronor"), or the object of a giving verb ("beviljar SDC …")."""
    previous = [a.end for a in amounts if unit.start <= a.end <= amount.start]
    begin = previous[-1] if previous else unit.start
    words = [t for t in tokens(text[begin:amount.start]) if not t.is_space]
    stripped = []
    while words and words[-1].lower_ in VERB_PARTICLES:
        stripped.append(words.pop().lower_)
    if not words:
        return None
    if words[-1].lower_ in RECEIVING_VERBS:
        before = words[:-1]
        if before and before[-1].lower_ == "att":
            before = before[:-1]
        return noun_phrase_back(text, begin, before)
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[k].lower_ in GIVING_VERBS and k + 1 < len(words):
            object_words = [w for w in words[k + 1:] if w.lower_ not in VERB_PARTICLES]
            if object_words and not any(w.is_punct and w.text not in "-/" for w in object_words):
                first, last = object_words[0], object_words[-1]
                return text[begin + first.idx: begin + last.idx + len(last.text)].strip(PHRASE_TRIM) or None
    if set(stripped) & ELLIPSIS_PREPOSITIONS and not words[-1].is_punct:
        return noun_phrase_back(text, begin, words, ellipsis=True)
    return None


def noun_phrase_back(text: str, offset: int, words, ellipsis: bool = False) -> str | None:
    """The clause's words before its verb, back to a comma, "att", another verb or the
    sentence start; for a left-out verb, back to the "och" that joins it."""
    kept = []
    for token in reversed(words):
        word = token.lower_
        if (token.is_punct and token.text not in "/-–()") or word in SUBJECT_STOPS \
                or word in RECEIVING_VERBS or word in GIVING_VERBS:
            break
        if ellipsis and word in ("och", "samt", "medan", "men"):
            break
        kept.append(token)
    if not kept or len(kept) > AREA_MAX_WORDS + 4:
        return None
    first, last = kept[-1], kept[0]
    return text[offset + first.idx: offset + last.idx + len(last.text)].strip(PHRASE_TRIM) or None
