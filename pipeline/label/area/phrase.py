"""What every area finder shares: reading a phrase forward to its clause break, and telling a
phrase that names something from one that only points back or only says "an amount"."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.label.area.verbs import is_finite_verb_token
from pipeline.label.context import (
    CASE_APART,
    DASH,
    PHRASE_TRIM,
    SOFT_HYPHEN,
    SPACE,
    YEAR,
    has_digit,
    is_break,
    span_text,
)
from pipeline.label.words import Word
from pipeline.lang.sv.areas import (
    AREA_MAX_WORDS,
    BUDGET_DOCUMENTS,
    BUDGET_VERBS,
    CLAUSE_ADVERBS,
    CLAUSE_BREAKERS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_VERBS,
    CONDITIONS,
    CORRELATIVES,
    DEMONSTRATIVES,
    DETERMINERS,
    DOCUMENT_PREPOSITIONS,
    EMPHATIC_WORDS,
    LIST_JOINERS,
    PARTITIVE,
    PASSIVE_INFINITIVE_ENDINGS,
    PAST_PASSIVE_ENDINGS,
    POINTER_PHRASE_WORDS,
    RATE_WORDS,
    RECEIVING_VERBS,
    RELATIVE_WORDS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    VERB_PARTICLES,
)
from pipeline.lang.sv.junk import ORDINALS
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.years import MONTH_NAMES, YEAR_NOUNS
from pipeline.parse import alternation
from pipeline.pattern_cache import PatternCache

# "2024", "2024–2026": a year or a range of years.
YEARS = rf"{YEAR}(?:{SPACE}*{DASH}{SPACE}*{YEAR})?"
# "vägunderhåll under 2024", "skolan i år": the time is a year or period, not the area.
PATTERNS = PatternCache(__file__, __name__)
TRAILING_TIME = PATTERNS.compile(
    rf"(?:{SPACE}+(?:{alternation(TIME_PREPOSITIONS)})(?:{SPACE}+(?:{alternation(YEAR_NOUNS)}))?)?"
    rf"(?:{SPACE}+(?:{alternation(DETERMINERS)}))?(?:{SPACE}+(?:{alternation(ORDINALS)}))?"
    rf"{SPACE}+(?:{YEARS}|{alternation((*TIME_WORDS, *MONTH_NAMES))})\Z", regex.IGNORECASE)
# What TRAILING_TIME can end in besides a year's digit, for a test of a phrase's end that rules
# it out at the cost of one `endswith` (most phrases end in no time).
TIME_ENDS = tuple(sorted({*TIME_WORDS, *MONTH_NAMES}))
PART_OF_TIME = PATTERNS.compile(rf"(?<!\w)(?:{alternation(PARTITIVE)})\Z", regex.IGNORECASE)
LIST_ITEM_WORDS = 3
CLAUSE_JOIN_REACH = 6
POINTER_PREPOSITIONS = ("för", "till", "inom")
COMPLEMENTS = ("med", "för", "på", "om", "kring", "inom", "mot", "av", "att", "till")
QUOTES = "\"”“«»"


def phrase_from(text: str, offset: int, words: Sequence[Word], k: int, clause: bool = False) -> str | None:
    """Words from index k up to a clause break, the next amount or `AREA_MAX_WORDS`."""
    if k >= len(words):
        return None
    first = words[k]
    kept: list[Word] = []
    in_list = False
    for n, token in enumerate(words[k:], start=k):
        if token.text == "," and kept and list_goes_on(words, n + 1):
            kept.append(token)
            in_list = True
            continue
        if token.text in QUOTES:
            kept.append(token)      # "projektet ”Traces of Existence”": a quoted name
            continue
        if kept and ends_purpose(words, n):
            break       # "kommunerna [för ändamålet]", "X [i vårändringsbudgeten]", "[under förutsättning att]"
        if is_break(token) or token.text in "()":
            break
        if token.lower_ in CLAUSE_BREAKERS and not (in_list and token.lower_ in LIST_JOINERS):
            break
        if token.lower_ in RELATIVE_WORDS and len(kept) >= 8:
            break
        if kept and (token.text in "–—" or token.lower_ in RATE_WORDS or token.lower_ in CORRELATIVES):
            break
        if kept and token.lower_ in CLAUSE_VERBS:
            # "elstöd och regeringen kommer att …": the new clause starts at its conjunction.
            joins = [j for j in range(max(0, len(kept) - 2), len(kept))
                     if kept[j].lower_ in CLAUSE_CONJUNCTIONS]
            if joins or not clause:
                kept = kept[:joins[0]] if joins else kept
                break
        if kept and not clause and is_finite_verb_token(words, n) \
                and not any(t.lower_ in RELATIVE_WORDS for t in kept):
            # "brittiska fonder i september och det tredje kvartalet noterade …": a new clause
            # from its conjunction; not "kommuner som antar …", a relative clause of the phrase.
            join = new_clause_join(kept)
            kept = kept[:join] if join is not None else kept
            break
        kept.append(token)
        if sum(not t.is_punct for t in kept) >= AREA_MAX_WORDS:
            break
    while kept and (kept[-1].is_punct or kept[-1].lower_ in CLAUSE_CONJUNCTIONS
                    or kept[-1].lower_ in RELATIVE_WORDS or is_particle(kept[-1].lower_)):
        kept.pop()      # "för barn och upp till [600 000 kronor]" -> "barn"
    if not kept:
        return None
    phrase = span_text(text, offset, first, kept[-1])
    timeless = without_time_at_end(phrase).strip(PHRASE_TRIM)
    if timeless != phrase and PART_OF_TIME.search(timeless):
        return None     # "för resterande delen av 2025" says when, not what for
    return timeless or None


def may_end_in_time(phrase: str) -> bool:
    """Whether TRAILING_TIME may match at the end of `phrase`: False only when the phrase ends
    in no digit nor time word in any case (see `CASE_APART` for the letters `lower` misses)."""
    if phrase[-1:].isdigit() or CASE_APART[0] in phrase or CASE_APART[1] in phrase:
        return True
    return phrase.lower().endswith(TIME_ENDS)


def without_time_at_end(phrase: str) -> str:
    """`phrase` without the year or period it ends in: "vägunderhåll under 2024" -> "vägunderhåll"."""
    return TRAILING_TIME.sub("", phrase) if may_end_in_time(phrase) else phrase


def ends_purpose(words: Sequence[Word], k: int) -> bool:
    """A pointer, a budget document or a condition from words[k] on: what follows says
    nothing more of the purpose."""
    ahead = [w.lower_.replace(SOFT_HYPHEN, "") for w in words[k:k + 4]]
    if len(ahead) >= 2 and ahead[0] in DOCUMENT_PREPOSITIONS and (
            ahead[1] in BUDGET_DOCUMENTS or (ahead[1].endswith("s") and ahead[2:3] and ahead[2] in BUDGET_DOCUMENTS)):
        return True     # "i budgetpropositionen", "i myndighetens regleringsbrev"
    if len(ahead) >= 2 and ahead[0] in POINTER_PREPOSITIONS:
        rest = ahead[2:] if ahead[1] in DEMONSTRATIVES else ahead[1:]
        # "för ändamålet", "för detta arbete"; but "för arbetet med kvalitetsregister" names it
        if rest and rest[0] in POINTER_PHRASE_WORDS and (len(rest) == 1 or rest[1] not in COMPLEMENTS):
            return True
    joined = " ".join(ahead)
    return joined.startswith(CONDITIONS)


def new_clause_join(kept: Sequence[Word]) -> int | None:
    """Index of the conjunction that opens a new clause before a verb; none in a relative
    clause ("kommuner som antar eller ändrar …")."""
    if any(t.lower_ in RELATIVE_WORDS for t in kept):
        return None
    for j in range(len(kept) - 1, max(-1, len(kept) - 1 - CLAUSE_JOIN_REACH), -1):
        if kept[j].lower_ in CLAUSE_CONJUNCTIONS:
            return j
    return None


def list_goes_on(words: Sequence[Word], k: int) -> bool:
    """After a comma: a list that ends in "och"/"samt" before the next punctuation, with no
    verb, is the same phrase ("reservkraft, brandbekämpning samt sanering")."""
    joined = False
    for n, token in enumerate(words[k:k + AREA_MAX_WORDS]):
        if is_break(token):
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


def is_particle(word: str) -> bool:
    """A word between a verb or noun and its amount that belongs to neither."""
    return word in VERB_PARTICLES or word in EMPHATIC_WORDS or (word in QUALIFIERS and " " not in word
                                                               and word not in RECEIVING_VERBS)


def is_clause_word(token: Word) -> bool:
    """A verb, adverb or number that a noun phrase cannot hold: "Det handlar om …",
    "föreslår därför satsningar på …", "räknas inte in i taket på …"."""
    word = token.lower_
    return (word in CLAUSE_VERBS or word in CLAUSE_ADVERBS or has_digit(token.text)
            or is_passive(word))


def is_passive(word: str) -> bool:
    """A passive verb: "förlängas", "fördelas", "fördubblades", "höjdes"."""
    return word.isalpha() and ((len(word) >= 6 and word.endswith(PASSIVE_INFINITIVE_ENDINGS))
                               or (len(word) >= 7 and word.endswith(PAST_PASSIVE_ENDINGS)))


PATTERNS.save()
