"""The period or denominator of an amount (guide §3, §6): `year` … `hour`, or the singular noun
after "per", "till varje", "för var".

Read right after the amount (before the next one, over a short parenthesis: "650 000 kronor
(lika belopp) till varje kommun"); else on the clause's subject before it, when no earlier
amount owns that phrase: "Resultat per aktie blev 0,51 dollar (0,53)", "Varje år beräknas 18
miljarder", "det årliga stödet ökade från 20 till 35 miljoner kronor"; in a table, on the row's
label ("Resultat per aktie, justerat"). One phrase serves both levels of a change ("från
25 000 till 35 000 kronor per månad") and a figure compared with the one before ("2 100 kronor
per månad i stället för 1 325 kronor").
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.document import Document
from pipeline.label.context import SPACE, TextUnit, cell_of, may_hold, row_label
from pipeline.label.pairs import Pairs
from pipeline.lang.sv.periods import (
    DENOMINATOR_ADJECTIVES,
    EXPECTATION_CUES,
    NOT_DENOMINATORS,
    PER_AS_NAME,
    PER_PHRASES,
    PER_WORDS,
    PERIOD_ADJECTIVES,
    PERIOD_HINTS,
    PERIODS,
    PERIODS_BEFORE,
    PHRASE_CONJUNCTIONS,
    PLURAL_ENDINGS,
    SUBJECT_CLAUSE_REACH,
    SUBJECT_CLAUSE_WORDS,
    SUBJECT_VERB_ENDINGS,
    SUBJECT_VERB_MIN_LENGTH,
)
from pipeline.parse import Amount, alternation
from pipeline.pattern_cache import PatternCache

PATTERNS = PatternCache(__file__, __name__)
PERIOD_AFTER = PATTERNS.compile(rf"{SPACE}*(?P<word>{alternation(PERIODS)})(?!\w)", regex.IGNORECASE)
PER_LEAD = "|".join([rf"{regex.escape(w)}{SPACE}+" if w.isalpha() else regex.escape(w) for w in PER_WORDS]
                    + [rf"{alternation([p])}{SPACE}+" for p in PER_PHRASES])
NOUN = r"[^\W\d_][\w-]*"
PER_NOUN = (rf"(?<!\w)(?-i:(?!{PER_AS_NAME}{SPACE}+\p{{Lu}}))(?:{PER_LEAD})(?:(?:{alternation(DENOMINATOR_ADJECTIVES)}){SPACE}+)?"
            rf"(?!(?:{alternation(NOT_DENOMINATORS)})(?!\w))(?P<noun>{NOUN})")
# A period word or a "per" phrase right after an amount, tried in that order at one place.
PERIOD_OR_PER_AFTER = PATTERNS.compile(rf"{SPACE}*(?:(?P<word>{alternation(PERIODS)})(?!\w)|{PER_NOUN})",
                                    regex.IGNORECASE)
PER_NOUN_ANYWHERE = PATTERNS.compile(PER_NOUN, regex.IGNORECASE)
PERIOD_BEFORE = PATTERNS.compile(
    rf"(?<!\w)(?:(?P<word>{alternation(PERIODS_BEFORE)})|(?P<adjective>{alternation(PERIOD_ADJECTIVES)}))(?!\w)",
    regex.IGNORECASE)
# The words each of the two patterns above needs, looked for first (see `may_hold`).
PERIOD_BEFORE_WORDS = (*PERIODS_BEFORE, *PERIOD_ADJECTIVES)
PER_NOUN_WORDS = (*PER_WORDS, *PER_PHRASES)
# Every period word or "per" phrase after an amount holds one of these (a phrase's last word
# for the "per" phrases, whose words a line break may part).
PERIOD_OR_PER_HINTS = (*PERIOD_HINTS, *PER_WORDS, *(p.split()[-1] for p in PER_PHRASES))
PARENTHESIS = PATTERNS.compile(rf"{SPACE}*\([^()\d]{{0,40}}\)", regex.IGNORECASE)
CLAUSE_BREAK = PATTERNS.compile(r"[;!?]")
EXPECTATION_CUE = PATTERNS.compile(rf"(?<!\w){alternation(EXPECTATION_CUES)}(?!\w)", regex.IGNORECASE)
BRACKET_AFTER_PHRASE = PATTERNS.compile(rf"{SPACE}*\({SPACE}*")
BRACKET_CLOSE = PATTERNS.compile(rf"{SPACE}*\)")
PERIOD_REACH = 60
OWNED_REACH = 3      # a phrase this few words after an amount is that amount's
# A subject's denominator serves the figures of its clause, not a sum of another scale in it:
# "Priset per aktie var 79 kronor, vilket tillför bolaget 48,8 miljoner kronor".
SCALE_GAP = 1000


def periods_of(doc: Document, amounts: Sequence[Amount], units: Sequence[TextUnit], pairs: Pairs
               ) -> list[str | None]:
    """The period of each amount, in order."""
    text = doc.text
    found = [table_period(doc, a) if a.in_table else own_period(text, i, amounts, u)
             for i, (a, u) in enumerate(zip(amounts, units, strict=False))]
    for i, j in enumerate(pairs.change_to):
        if j is not None:
            found[i] = found[i] or found[j]
            found[j] = found[j] or found[i]
    for k, compared in enumerate(pairs.compared_with):
        if compared is not None:
            found[k] = found[k] or found[compared]
    for k in range(1, len(amounts)):
        if amounts[k - 1].start < amounts[k].start and amounts[k].end < amounts[k - 1].end:
            # "1,56 (1,39) kronor per aktie": the bracket inside a figure shares its phrase.
            found[k] = found[k] or found[k - 1]
        elif found[k] is None and found[k - 1] is not None and expects_the_figure_before(text, amounts, units, k):
            found[k] = found[k - 1]
    return found


def expects_the_figure_before(text: str, amounts: Sequence[Amount], units: Sequence[TextUnit], k: int) -> bool:
    """"… en vinst per aktie om 0,39-0,45 dollar. Väntat var 0,46 dollar.": the first figure
    of a sentence of expectation, right after the sentence of a figure in its currency and
    scale, expects that figure."""
    before, amount, unit = amounts[k - 1], amounts[k], units[k]
    return not amount.in_table and not before.in_table and units[k - 1].start != unit.start \
        and units[k - 1].block.start == unit.block.start and before.currency == amount.currency \
        and same_scale(before, amount) and not text[units[k - 1].end:unit.start].strip() \
        and EXPECTATION_CUE.search(text, unit.start, amount.start) is not None


def own_period(text: str, i: int, amounts: Sequence[Amount], unit: TextUnit) -> str | None:
    amount = amounts[i]
    limit = min(unit.end, amount.end + PERIOD_REACH)
    if i + 1 < len(amounts) and amount.end <= amounts[i + 1].start < limit:
        limit = amounts[i + 1].start
    after = period_after(text, amount.end, limit)
    if after is None and verb_follows(text, amount.end, limit):
        clause_end = min(unit.end, amount.end + SUBJECT_CLAUSE_REACH)
        if i + 1 < len(amounts) and amount.end <= amounts[i + 1].start < clause_end:
            clause_end = amounts[i + 1].start
        after = period_after(text, amount.end, clause_end, SUBJECT_CLAUSE_WORDS)
    return after if after is not None else subject_period(text, i, amounts, unit)


def verb_follows(text: str, start: int, end: int) -> bool:
    """A passive verb right after the amount: "15–20 miljarder kronor betalas ut … varje år"."""
    word = NEXT_WORD.match(text, start, end)
    return bool(word) and len(word[1]) >= SUBJECT_VERB_MIN_LENGTH and word[1].lower().endswith(SUBJECT_VERB_ENDINGS)


def period_after(text: str, start: int, end: int, words: int = 4) -> str | None:
    """`year` … `hour`, or the noun after "per", right after the amount or a short phrase
    ("500 Mkr i investerat kapital per fond")."""
    # Most stretches after an amount hold no period word: a few substring tests say so before
    # a pattern is tried at each of the phrase's starts.
    if not may_hold(text, start, end, PERIOD_OR_PER_HINTS):
        return None
    skipped = PARENTHESIS.match(text, start, end)
    for position in phrase_starts(text, skipped.end() if skipped else start, end, words):
        found = PERIOD_OR_PER_AFTER.match(text, position, end)
        if found:
            return PERIODS[found["word"].lower()] if found["word"] else denominator(found["noun"])
    return None


def subject_period(text: str, i: int, amounts: Sequence[Amount], unit: TextUnit) -> str | None:
    """A period or "per" phrase before the amount in its clause that no earlier amount owns."""
    amount = amounts[i]
    best: tuple[int, int, str | None] | None = None
    if may_hold(text, unit.start, amount.start, PERIOD_BEFORE_WORDS):
        for m in PERIOD_BEFORE.finditer(text, unit.start, amount.start):
            period = PERIODS_BEFORE.get((m["word"] or "").lower()) or PERIOD_ADJECTIVES.get((m["adjective"] or "").lower())
            best = (m.start(), m.end(), period)
    if may_hold(text, unit.start, amount.start, PER_NOUN_WORDS):
        for m in PER_NOUN_ANYWHERE.finditer(text, unit.start, amount.start):
            if best is None or m.start() > best[0]:
                best = (m.start(), m.end(), denominator(m["noun"]))
    if best is None or CLAUSE_BREAK.search(text, best[0], amount.start):
        return None
    owner = owner_of(text, best[0], i, amounts, unit)
    if owner is not None:
        # "0,80 euro per aktie (0,65)": the prior-period figure in brackets after its figure's
        # phrase is of the same denominator; any other figure after a phrase is not.
        return best[2] if owner == i - 1 and prior_in_brackets(text, best[1], amount) else None
    first = next(k for k in range(i + 1) if amounts[k].start > best[0])
    if best[2] not in PERIODS.values() and not same_scale(amounts[first], amount):
        return None
    return best[2]


def prior_in_brackets(text: str, phrase_end: int, amount: Amount) -> bool:
    """A bare figure in the bracket that opens right after the phrase: "per aktie (3,80)"."""
    return not any(c.isalpha() for c in amount.text) and \
        BRACKET_AFTER_PHRASE.fullmatch(text, phrase_end, amount.start) is not None and \
        BRACKET_CLOSE.match(text, amount.end) is not None


def owner_of(text: str, position: int, i: int, amounts: Sequence[Amount], unit: TextUnit) -> int | None:
    """The amount the phrase at `position` directly follows: "250 miljoner per år …"."""
    for k in range(i - 1, -1, -1):
        if amounts[k].end <= unit.start:
            break
        if amounts[k].end <= position:
            gap = text[amounts[k].end:position].split()
            return k if len(gap) <= OWNED_REACH and not any("," in w or "." in w for w in gap[:-1]) \
                and not any(w.lower() in PHRASE_CONJUNCTIONS for w in gap) else None
    return None


def same_scale(first: Amount, amount: Amount) -> bool:
    low, high = sorted((abs(first.value), abs(amount.value)))
    return low == 0 or high / low < SCALE_GAP


def table_period(doc: Document, amount: Amount) -> str | None:
    """A table cell's period, from its own cell or its row's label: "Resultat per aktie"."""
    cell = cell_of(amount)
    if cell is None:
        return None
    start, end = doc.tables[cell.table].rows[cell.row][cell.column]
    own = period_after(doc.text, amount.end, end)
    if own is not None or not cell.column:
        return own
    label = row_label(doc, amount) or ""
    noun = PER_NOUN_ANYWHERE.search(label)
    if noun:
        return denominator(noun["noun"])
    period = PERIOD_AFTER.search(label)
    return PERIODS[period["word"].lower()] if period else None


NON_SPACE_RUN = PATTERNS.compile(r"\S+")
NEXT_WORD = PATTERNS.compile(rf"{SPACE}+([^\W\d_]+)(?!\w)")
PHRASE_PUNCT = tuple(".,;:!?()")


def phrase_starts(text: str, start: int, end: int, words: int = 4) -> list[int]:
    """The amount's end and the starts of the next few words, stopping at punctuation."""
    found = [start]
    for m in NON_SPACE_RUN.finditer(text[start:end]):
        if len(found) > words or m[0].endswith(PHRASE_PUNCT):
            break
        found.append(start + m.end())
    return found


def denominator(noun: str) -> str:
    word = noun.lower()
    return PERIODS.get(f"per {word}") or PERIODS.get(f"/{word}") or singular(word)


def singular(noun: str) -> str:
    """"elever" -> "elev", "kommuner" -> "kommun"; "kvadratmeter" stays."""
    for plural, single in PLURAL_ENDINGS:
        if noun.endswith(plural):
            return noun[: len(noun) - len(plural)] + single
    return noun


PATTERNS.save()
