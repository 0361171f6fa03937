"""The purpose phrase after the amount: "100 Mkr till bredbandsutbyggnad", "… för att stärka
…" (guide §4, 2)."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.label.area.attributed import attributed_of
from pipeline.label.area.naming import names_something, points_back
from pipeline.label.area.phrase import YEARS, phrase_from
from pipeline.label.context import (
    SOFT_HYPHEN,
    SPACE,
    AmountContext,
    match_opening,
    may_end_with,
    may_open,
    next_amount_start,
    openings,
    words_in,
)
from pipeline.label.wordclass import is_verb
from pipeline.lang.sv.areas import (
    ADVERB_ENDINGS,
    BUDGET_DOCUMENTS,
    COMPARISON_OPENERS,
    DATIVE_VERBS,
    DETERMINERS,
    DOCUMENT_PREPOSITIONS,
    FILLER_PHRASES,
    INFINITIVE_MARKER,
    LATER_PARTICLES,
    LIST_JOINERS,
    PASSIVE_VERBS,
    PRESENT_PASSIVE_ENDINGS,
    PURPOSE_MARKERS,
    PURPOSE_PREPOSITIONS,
    RELATIVE_WORDS,
    SOURCE_PREPOSITIONS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    VERB_LEADS,
    VERB_RUN_LEADS,
    VERB_RUN_PARTICLES,
    WHERE_PREPOSITIONS,
    WHOLE_ENDINGS,
    WITHDRAWAL_PARTICLES,
)
from pipeline.lang.sv.clauses import SUPERLATIVES
from pipeline.lang.sv.junk import ORDINALS, SMALL_NUMBERS, TIME_HEADS
from pipeline.lang.sv.periods import PERIODS
from pipeline.lang.sv.purposes import CAUSE_PHRASES, CHANNEL_PREPOSITIONS, TIME_PART_LINKS
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.years import MONTH_NAMES, YEAR_NOUNS, YEAR_RANGE_JOINERS
from pipeline.parse import alternation
from pipeline.parse.patterns import longest_first
from pipeline.pattern_cache import PatternCache


def soft_hyphenated(words: tuple[str, ...]) -> str:
    """`words` as an alternation that a soft hyphen anywhere inside leaves matching:
    "budget\u00adpropositionen", "höständrings\u00adbudgeten" (government releases set them)."""
    return "|".join(f"{SOFT_HYPHEN}?".join(regex.escape(c) for c in w) for w in longest_first(words))


# A short aside in brackets with no amount of its own: "2.889 miljarder (motsvarande 60
# procent) placerade i aktiefonder" (monthly fund-savings reports: fonderdirekt:2020-02-11-
# fondbolagens-förening-historiskt-högt-aktiefondssparande-januari, fonderdirekt:2020-05-11-
# fonder-spararna-återvände-till-fonder-under-april).
ASIDE_LENGTH = 40
# What may stand between an amount and its purpose: years, periods, "bland annat", an aside.
FILLER_AFTER = rf"""{SPACE}*(?:
    (?:(?:{alternation(TIME_PREPOSITIONS)})
        {SPACE}+(?:(?:{alternation(YEAR_NOUNS)}){SPACE}+)?{YEARS}
        (?:{SPACE}+(?:{alternation(YEAR_RANGE_JOINERS)}){SPACE}+{YEARS})?)
  | {YEARS}
  | (?:{alternation(PERIODS)})
  | (?:{alternation(FILLER_PHRASES)})
  | (?:(?:{alternation(DOCUMENT_PREPOSITIONS)}){SPACE}+(?:[^\W\d]+s{SPACE}+)?(?:{soft_hyphenated(BUDGET_DOCUMENTS)})
        (?:{SPACE}+(?:för|till){SPACE}+{YEARS})?)
  | ,(?={SPACE}*(?:{alternation(PURPOSE_MARKERS)}))
  | \([^()]{{1,{ASIDE_LENGTH}}}\)
)(?!\w)"""
PATTERNS = PatternCache(__file__, __name__)
PASSIVE_VERB_AFTER = PATTERNS.compile(
    rf"{SPACE}+(?:(?:{alternation(VERB_LEADS)}){SPACE}+)?"
    rf"(?:{alternation(PASSIVE_VERBS)}|[^\W\d_]{{3,}}(?:{alternation(PRESENT_PASSIVE_ENDINGS)}))(?!\w)",
    regex.IGNORECASE)
PURPOSE_START = PATTERNS.compile(
    rf"{SPACE}*(?:(?:{alternation(PURPOSE_MARKERS)})|(?:{alternation(PURPOSE_PREPOSITIONS)})"
    rf"(?:{SPACE}+{INFINITIVE_MARKER})?){SPACE}+",
    regex.IGNORECASE)
# Aid given through an organisation, with no other purpose: "500 miljoner kronor genom
# organisationen Energy Communitys fond …" (g0vse:pressmeddelanden/2024/05/nytt-energipaket-for-
# att-starka-ukrainas-motstandskraft), "40 miljoner kronor genom Sida" (humanitarian releases);
# not "genom att …", which says how.
CHANNEL_START = PATTERNS.compile(
    rf"{SPACE}*(?:{alternation(CHANNEL_PREPOSITIONS)}){SPACE}+(?!{INFINITIVE_MARKER}(?!\w))(?:organisationen{SPACE}+)?",
    regex.IGNORECASE)
CAUSE = PATTERNS.compile(rf"{SPACE}*(?:{alternation(CAUSE_PHRASES)})(?!\w)", regex.IGNORECASE)
QUALIFIER_WORDS_RE = rf"(?:{SPACE}+(?:{alternation(QUALIFIERS)}))?"
# "de kommande fem åren", "nästa år", "under de senaste tolv månaderna": a time, not a purpose.
TIME_AFTER = rf"""{SPACE}*(?:(?:{alternation(TIME_PREPOSITIONS)}){SPACE}+)?
    (?:(?:{alternation(DETERMINERS)}){SPACE}+)?(?:(?:{alternation(ORDINALS)}){SPACE}+)?
    (?:(?:{alternation(SMALL_NUMBERS)}|\d+){SPACE}+)?(?:{alternation(TIME_HEADS)})(?!\w)
    (?:{SPACE}+(?:{alternation(TIME_PART_LINKS)}){SPACE}+(?:(?:{alternation(DETERMINERS)}){SPACE}+)?
        (?:{alternation(TIME_HEADS)}|{YEARS})(?!\w))?"""
# Money taken out of something comes from it: "[1,9 mdr dollar] drogs tillbaka från guld-ETF:er",
# "… togs ut från hedgefonder" (fund-flow news).
SOURCE_START = PATTERNS.compile(rf"{SPACE}*(?:{alternation(SOURCE_PREPOSITIONS)}){SPACE}+", regex.IGNORECASE)
# "i"/"på" after a figure mostly say where or when it stands ("på Oslobörsen", "i Europa").
PLACE_AFTER = PATTERNS.compile(rf"{SPACE}+(?:{alternation(WHERE_PREPOSITIONS)}){SPACE}+", regex.IGNORECASE)
COMPARISON_AFTER = PATTERNS.compile(rf"{SPACE}*,?{SPACE}*(?:{alternation(COMPARISON_OPENERS)})(?!\w)", regex.IGNORECASE)
# What the money is paid out as: "[18 Mkr] betalas ut som statsbidrag till ideella föreningar".
AS_WHAT = PATTERNS.compile(rf"{SPACE}+som{SPACE}+(?!(?:{alternation(SUPERLATIVES)})(?!\w))", regex.IGNORECASE)
# Money moved goes where it is moved to: "[2,2 mdr] flyttas från Klimatklivet till Industriklivet".
MOVED = PATTERNS.compile(rf"{SPACE}*från{SPACE}+[^\W\d][^,.;:]{{0,80}}?{SPACE}till{SPACE}+", regex.IGNORECASE)
# "av det totala anslaget", "av biståndsbudgeten": the part of a whole the amount is.
PART_OF = rf"""{SPACE}+av{SPACE}+(?:(?:{alternation(DETERMINERS)}){SPACE}+)?(?:[^\W\d]+{SPACE}+){{0,2}}
    [^\W\d]*(?:{alternation(WHOLE_ENDINGS)})(?!\w)(?:{SPACE}+{YEARS})?"""
# The three above in their order, as one pattern: the first that matches, in one call. Only
# this one is compiled: a process compiles each pattern it holds, used or not.
PAST_FILLER = PATTERNS.compile("|".join(f"(?:{p})" for p in (FILLER_AFTER, TIME_AFTER, PART_OF)),
                            regex.IGNORECASE | regex.VERBOSE)
# What a match of PAST_FILLER opens with, past its space, besides a digit (a year, a count of
# months): most places after an amount open with none, and are not searched.
PAST_FILLER_OPENINGS = openings(
    TIME_PREPOSITIONS, PERIODS, FILLER_PHRASES, DOCUMENT_PREPOSITIONS,      # FILLER_AFTER
    DETERMINERS, ORDINALS, SMALL_NUMBERS, TIME_HEADS,                       # TIME_AFTER
    ("av",), marks=",(")                                                    # PART_OF, a comma, an aside
# What the patterns above open with past their space, looked for before each is tried.
PLACE_OPENINGS = openings(WHERE_PREPOSITIONS)
CHANNEL_OPENINGS = openings(CHANNEL_PREPOSITIONS)
COMPARISON_OPENINGS = openings(COMPARISON_OPENERS, marks=",")
PARTICLE_OPENINGS = openings(("per",), LATER_PARTICLES, marks=",")
WITHDRAWN_OPENINGS = openings(WITHDRAWAL_PARTICLES)
CAUSE_OPENINGS = openings(CAUSE_PHRASES)
PURPOSE_OPENINGS = openings(PURPOSE_MARKERS, PURPOSE_PREPOSITIONS)
FILLER_WORDS = ("netto", "brutto", "totalt", "sammanlagt")
# Marks that no word (regex's \w) starts with.
NON_WORD_MARKS = frozenset(".,;:!?()[]{}\"'”“’‘«»–—-/%+&*=<>|")
WITHDRAWN = PATTERNS.compile(
    rf"{SPACE}+(?:{alternation(WITHDRAWAL_PARTICLES)})(?:{SPACE}+[^\W\d]+(?:{alternation(ADVERB_ENDINGS)}))?"
    rf"{SPACE}+(?:{alternation(SOURCE_PREPOSITIONS)}){SPACE}+", regex.IGNORECASE)
# Money taken out with the particle before it: "tog spararna ut [22,9 mdr] från hedgefonder",
# "tog i januari ut [450 Mpund] från europeiska aktiefonder" (fonderdirekt:2019-12-19-fonder-årets-
# vinnare-och-förlorare-bland-fondbolagen, fonderdirekt:2019-03-08-storbritannien-privatpersoner-storsålt-aktiefonder-jan-feb).
WITHDRAWN_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(WITHDRAWAL_PARTICLES)}){QUALIFIER_WORDS_RE}{SPACE}*\Z",
                                 regex.IGNORECASE)
JOINED_BEFORE = PATTERNS.at_end(rf"(?<!\w)(?:{alternation(LIST_JOINERS)}){SPACE}+\Z", regex.IGNORECASE)
# An amount set off by commas ("620 miljoner euro, drygt [6,5 miljarder kronor], i …") reads its
# purpose past the closing comma.
# What the two patterns above end in, before their trailing space.
WITHDRAWN_ENDS = (*WITHDRAWAL_PARTICLES, *QUALIFIERS)
JOINED_ENDS = tuple(LIST_JOINERS)
APPOSITIVE_BEFORE = PATTERNS.at_end(rf",{QUALIFIER_WORDS_RE}{SPACE}*\Z", regex.IGNORECASE)
APPOSITIVE_END = PATTERNS.compile(rf"{SPACE}*,(?={SPACE}*(?:{alternation(PURPOSE_PREPOSITIONS)}){SPACE})", regex.IGNORECASE)
APPOSITIVE_REACH = 20
# "[0,02 euro] per andel, ut till ägarna": the purpose after the verb's particle.
PARTICLE_LATER = PATTERNS.compile(
    rf"(?:{SPACE}+per{SPACE}+[^\W\d_]+)?{SPACE}*,?(?={SPACE}*(?:{alternation(LATER_PARTICLES)})"
    rf"{SPACE}+(?:{alternation(PURPOSE_PREPOSITIONS)}){SPACE})", regex.IGNORECASE)
WORD_AFTER = PATTERNS.compile(rf"{SPACE}+([^\W\d_]+)(?!\w)")
VERB_RUN = 5
LEADING_FILLER = PATTERNS.compile(rf"(?:{alternation(FILLER_PHRASES)}){SPACE}+", regex.IGNORECASE)
YEAR_OR_TIME_NEXT = PATTERNS.compile(rf"(?:{YEARS}|(?:{alternation((*TIME_WORDS, *MONTH_NAMES))})(?!\w)|\d)",
                                  regex.IGNORECASE)


def purpose_area(ctx: AmountContext) -> str | None:
    limit = next_amount_start(ctx.amount, ctx.amounts, ctx.unit.end)
    text = ctx.text
    if is_taken_out(ctx):
        source = SOURCE_START.match(text, past_fillers(text, ctx.amount.end, limit), limit)
        if source:      # "tog spararna ut [22,9 mdr] från hedgefonder": where it was taken from
            return phrase_from(text, source.end(), words_in(text, source.end(), limit), 0)
    if match_opening(PLACE_AFTER, PLACE_OPENINGS, text, ctx.amount.end, limit) \
            and names_something(attributed_of(ctx)):
        return None     # "ett inflöde till obligationsfonder om [X] i Europa": the noun says more
    if match_opening(CHANNEL_START, CHANNEL_OPENINGS, text, past_fillers(text, ctx.amount.end, limit), limit) \
            and names_something(attributed_of(ctx)):
        return None     # "ytterligare stöd, i form av [600 Mkr] via Världsbanken": the noun says more
    if match_opening(COMPARISON_AFTER, COMPARISON_OPENINGS, text, ctx.amount.end, limit):
        return None     # "[2,1 mdr] i förhållande till …", "… jämfört med …": no purpose follows
    end = ctx.amount.end
    lo = max(ctx.unit.start, ctx.amount.start - APPOSITIVE_REACH)
    if text.find(",", lo, ctx.amount.start) >= 0 and APPOSITIVE_BEFORE.search(text, lo, ctx.amount.start):
        closing = APPOSITIVE_END.match(text, end, limit)    # "620 Mkr euro, drygt [6,5 mdr], i …"
        end = closing.end() if closing else end
    particle = match_opening(PARTICLE_LATER, PARTICLE_OPENINGS, text, end, limit)
    end = particle.end() if particle else end
    purpose = purpose_after(text, end, limit)
    return purpose if purpose and not points_back(purpose) else None


def is_taken_out(ctx: AmountContext) -> bool:
    """"tog ut [X]", and the next of a list: "tog ut 450 Mpund från A och [135 Mpund] från B"."""
    text, amount = ctx.text, ctx.amount
    if withdrawn_before(text, ctx.unit.start, amount.start):
        return True
    if ctx.index == 0 or not may_end_with(text, ctx.unit.start, amount.start, JOINED_ENDS) \
            or not JOINED_BEFORE.search(text, ctx.unit.start, amount.start):
        return False
    before = ctx.amounts[ctx.index - 1]
    return before.start >= ctx.unit.start and withdrawn_before(text, ctx.unit.start, before.start)


def withdrawn_before(text: str, start: int, end: int) -> bool:
    """text[start:end] ends in a particle of taking out: "tog spararna ut"."""
    return may_end_with(text, start, end, WITHDRAWN_ENDS) and WITHDRAWN_BEFORE.search(text, start, end) is not None


# The purpose finder steps past the fillers after an amount both to look for a channel and to
# read the purpose: the same place twice. The key holds the release's text.
@lru_cache(maxsize=64)
def past_fillers(text: str, position: int, limit: int) -> int:
    while True:
        if not may_open(text, position, limit, PAST_FILLER_OPENINGS, digit=True):
            return position
        filler = PAST_FILLER.match(text, position, limit)
        if not filler or filler.end() == position:
            return position
        position = filler.end()


def past_verbs(text: str, position: int, limit: int) -> tuple[int, str | None]:
    """Past the verbs that make the amount their subject: "[3 Mkr] sattes in i …", "… har
    redan fördelats till …", "… att kunna betalas ut i …"; the end and the last verb."""
    if not opens_with_word(text, position, limit):
        return position, None   # "[3 Mkr]. …", "[3 Mkr], …": neither pattern below can match
    verb = PASSIVE_VERB_AFTER.match(text, position, limit)
    last = verb[0].split()[-1].lower() if verb else None
    end = verb.end() if verb else position
    for _ in range(VERB_RUN):
        word = WORD_AFTER.match(text, end, limit)
        if not word:
            break
        lower = word[1].lower()
        if not ((lower in VERB_RUN_LEADS and not (last and lower in RELATIVE_WORDS)) or is_verb(lower) or (last and (
                lower in VERB_RUN_PARTICLES or lower.endswith(ADVERB_ENDINGS) or lower in FILLER_WORDS))):
            break       # "betalas ut felaktigt från …", "plockades ut netto från …"
        last = lower if is_verb(lower) else last
        end = word.end()
    return (end, last) if last else (position, None)


def opens_with_word(text: str, position: int, limit: int) -> bool:
    """Whether text[position:limit], past its leading space, may open with a word: False
    only where it ends or a mark no word starts with opens it."""
    first = text[position:limit].lstrip()[:1]
    return bool(first) and first not in NON_WORD_MARKS


def purpose_after(text: str, end: int, limit: int) -> str | None:
    """The purpose phrase after the amount: "till bredbandsutbyggnad", "för att stärka …",
    past year, period and qualifier phrases ("för 2024", "per år", "de kommande fem åren")
    and the verbs the amount is subject of ("30 Mkr tillförs för att …"); after a verb of
    giving, the receiver: "[100 Mkr] tillförs civilsamhällesorganisationer"."""
    withdrawn = match_opening(WITHDRAWN, WITHDRAWN_OPENINGS, text, end, limit)
    position = past_fillers(text, end, limit)
    if withdrawn:       # "drogs [1,2 mdr] tillbaka från guldfonder": the verb stood before
        return phrase_from(text, withdrawn.end(), words_in(text, withdrawn.end(), limit), 0)
    after_verb, verb = past_verbs(text, position, limit)
    if verb:
        after_verb = past_fillers(text, after_verb, limit)
        if PURPOSE_START.match(text, after_verb, limit):
            position = after_verb
        elif SOURCE_START.match(text, after_verb, limit) and any(
                w.lower() in WITHDRAWAL_PARTICLES for w in text[position:after_verb].split()):
            begin = SOURCE_START.match(text, after_verb, limit).end()
            return phrase_from(text, begin, words_in(text, begin, limit), 0)
        elif AS_WHAT.match(text, after_verb, limit):
            begin = AS_WHAT.match(text, after_verb, limit).end()     # "betalas ut [som statsbidrag till …]"
            return phrase_from(text, begin, words_in(text, begin, limit), 0)
        elif MOVED.match(text, after_verb, limit):
            begin = MOVED.match(text, after_verb, limit).end()     # "flyttas från A till [B]"
            return phrase_from(text, begin, words_in(text, begin, limit), 0)
        elif verb in DATIVE_VERBS and not YEAR_OR_TIME_NEXT.match(text, after_verb + 1, limit):
            begin = after_verb
            return phrase_from(text, begin, words_in(text, begin, limit), 0)
    if match_opening(CAUSE, CAUSE_OPENINGS, text, position, limit):
        return None     # "[13 mdr pund] i spåren av en ökad oro": why, not what for
    start = match_opening(PURPOSE_START, PURPOSE_OPENINGS, text, position, limit)
    channel = match_opening(CHANNEL_START, CHANNEL_OPENINGS, text, position, limit) if not start else None
    if channel:     # "[150 Mkr] genom FN:s utvecklingsprogram": who carries it out
        return phrase_from(text, channel.end(), words_in(text, channel.end(), limit), 0)
    if not start or YEAR_OR_TIME_NEXT.match(text, start.end(), limit):
        return None
    begin = start.end()
    lead = LEADING_FILLER.match(text, begin, limit)     # "för bland annat upphandling …"
    begin = lead.end() if lead else begin
    words = words_in(text, begin, limit)
    # "i syfte att målgruppen ska komma i arbete": a purpose clause holds its own verbs.
    return phrase_from(text, begin, words, 0, clause=start[0].strip().lower().endswith(INFINITIVE_MARKER))


PATTERNS.save()
