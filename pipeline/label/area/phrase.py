"""What every area finder shares: reading a phrase forward to its clause break, and telling a
phrase that names something from one that only points back or only says "an amount"."""
from __future__ import annotations

from collections.abc import Sequence

import regex
from spacy.tokens import Token

from pipeline.label.area.time import is_time_noun, is_time_word
from pipeline.label.area.verbs import is_finite_verb_token
from pipeline.label.context import (
    DASH,
    PHRASE_TRIM,
    SOFT_HYPHEN,
    SPACE,
    YEAR,
    has_digit,
    is_break,
    span_text,
)
from pipeline.label.wordclass import is_verb
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
    GENERIC_AMOUNT_NOUNS,
    INFINITIVE_MARKER,
    INNER_PREPOSITIONS,
    LIST_JOINERS,
    NON_SUBJECT_WORDS,
    PARTITIVE,
    PASSIVE_INFINITIVE_ENDINGS,
    PAST_PASSIVE_ENDINGS,
    POINTER_FILLERS,
    POINTER_NOUNS,
    POINTER_PHRASE_WORDS,
    POINTER_WORDS,
    PREPOSITIONS,
    RATE_WORDS,
    RECEIVING_VERBS,
    RELATIVE_WORDS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    VERB_PARTICLES,
)
from pipeline.lang.sv.junk import ACTORS, FIRST_PERSON, ORDINALS, SMALL_NUMBERS
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.stopwords import AREA_STOPWORDS
from pipeline.lang.sv.years import MONTH_NAMES, YEAR_NOUNS
from pipeline.parse import alternation

# "2024", "2024–2026": a year or a range of years.
YEARS = rf"{YEAR}(?:{SPACE}*{DASH}{SPACE}*{YEAR})?"
# "vägunderhåll under 2024", "skolan i år": the time is a year or period, not the area.
TRAILING_TIME = regex.compile(
    rf"(?:{SPACE}+(?:{alternation(TIME_PREPOSITIONS)})(?:{SPACE}+(?:{alternation(YEAR_NOUNS)}))?)?"
    rf"(?:{SPACE}+(?:{alternation(DETERMINERS)}))?(?:{SPACE}+(?:{alternation(ORDINALS)}))?"
    rf"{SPACE}+(?:{YEARS}|{alternation((*TIME_WORDS, *MONTH_NAMES))})\Z", regex.IGNORECASE)
PART_OF_TIME = regex.compile(rf"(?<!\w)(?:{alternation(PARTITIVE)})\Z", regex.IGNORECASE)
LIST_ITEM_WORDS = 3
CLAUSE_JOIN_REACH = 6
POINTER_PREPOSITIONS = ("för", "till", "inom")
SOURCE_WORD = "enligt"     # who says so is no part of what the money is for
TRAILING_FILLERS = ("vardera", "styck", "att", "totalt", "sammanlagt", "netto")
COMPLEMENTS = ("med", "för", "på", "om", "kring", "inom", "mot", "av", "att", "till")
QUOTES = "\"”“«»"


def phrase_from(text: str, offset: int, words: Sequence[Token], k: int, clause: bool = False) -> str | None:
    """Words from index k up to a clause break, the next amount or `AREA_MAX_WORDS`."""
    if k >= len(words):
        return None
    first = words[k]
    kept: list[Token] = []
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
            joins = new_clause_join(kept)
            kept = kept[:joins] if joins is not None else kept
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
    timeless = TRAILING_TIME.sub("", phrase).strip(PHRASE_TRIM)
    if timeless != phrase and PART_OF_TIME.search(timeless):
        return None     # "för resterande delen av 2025" says when, not what for
    return timeless or None


def ends_purpose(words: Sequence[Token], k: int) -> bool:
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
    return any(joined.startswith(c) for c in CONDITIONS)


def new_clause_join(kept: Sequence[Token]) -> int | None:
    """Index of the conjunction that opens a new clause before a verb; none in a relative
    clause ("kommuner som antar eller ändrar …")."""
    if any(t.lower_ in RELATIVE_WORDS for t in kept):
        return None
    for j in range(len(kept) - 1, max(-1, len(kept) - 1 - CLAUSE_JOIN_REACH), -1):
        if kept[j].lower_ in CLAUSE_CONJUNCTIONS:
            return j
    return None


def list_goes_on(words: Sequence[Token], k: int) -> bool:
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


def tidy(phrase: str) -> str:
    """Without soft hyphens, a leading conjunction or a trailing qualifier, filler or "att":
    "och den samlade fondförmögenheten" -> "den samlade fondförmögenheten", "garantiramen högst"
    -> "garantiramen", "utflöden vardera" -> "utflöden"."""
    words = phrase.replace(SOFT_HYPHEN, "").split()
    lower = [w.lower() for w in words]
    if SOURCE_WORD in lower[1:]:
        words = words[:lower.index(SOURCE_WORD, 1)]     # "rörelseresultat [enligt Factsets konsensus]"
    words = without_giver(words)
    while len(words) > 1 and (words[0].lower() in CLAUSE_CONJUNCTIONS or words[0].lower() == INFINITIVE_MARKER):
        words.pop(0)
    while len(words) > 1 and (is_particle(words[-1].lower()) or words[-1].lower() in TRAILING_FILLERS
                              or words[-1].lower() in PREPOSITIONS):
        if is_stranded(words):
            break       # "som staten och SKL har enats om": the relative clause's own preposition
        words.pop()
    return without_trailing_time(" ".join(words).strip(PHRASE_TRIM))


def without_trailing_time(phrase: str) -> str:
    """Without the time the phrase ends in, and the start of that time phrase: "Barnombudsmannen
    i år" -> "Barnombudsmannen", "GAV vid utgången av det tredje kvartalet 2018" -> "GAV",
    "hyresintäkter för de första åtta månaderna av 2020" -> "hyresintäkter"; but not an age:
    "personer som har fyllt 66 år"."""
    found = TRAILING_TIME.search(phrase)
    if not found or not phrase[:found.start()].strip():
        return without_time_adverbial(phrase)
    words = phrase[:found.start()].split()
    if words[-1].isdigit() and not regex.fullmatch(YEAR, words[-1]):
        return phrase       # "fyllt 66 år": an age, no time of the money
    while len(words) > 1 and (words[-1].lower() in PARTITIVE or words[-1].lower() in SMALL_NUMBERS
                              or is_time_word(words[-1].lower())):
        words.pop()
    return " ".join(words).strip(PHRASE_TRIM) or phrase


def without_giver(words: list[str]) -> list[str]:
    """Without the giver an inverted verb puts first: "[ökade regeringen] anslaget till
    SciLifeLab", "[regeringen därför] en höjning av Skolinspektionens förvaltningsanslag"
    (g0vse:pressmeddelanden/2023/05/…scilifelab…, g0vse:pressmeddelanden/2024/09/…skolinspektionen…);
    not "kärnstöd från regeringen"."""
    lower = [w.lower() for w in words]
    for k, word in enumerate(lower[:-1]):
        if word in ACTORS or word in FIRST_PERSON:
            if k == 0 or any(is_verb(w) for w in lower[:k]):
                rest = words[k + 1:]
                while len(rest) > 1 and rest[0].lower() in CLAUSE_ADVERBS:
                    rest = rest[1:]
                return rest
            break
    return words


def without_time_adverbial(phrase: str) -> str:
    """Without a time adverbial the phrase ends in: "hedgefonder [under årets första 11
    månader]"; it opens with a preposition of time and holds a time noun."""
    words = phrase.split()
    k = len(words)
    while k > 1 and (is_time_word(words[k - 1].lower()) or words[k - 1].lower() in SMALL_NUMBERS):
        k -= 1
    stripped = [w.lower() for w in words[k:]]
    if k == len(words) or stripped[0] not in TIME_PREPOSITIONS or not any(is_time_noun(w) for w in stripped):
        return phrase
    return " ".join(words[:k]).strip(PHRASE_TRIM) or phrase


def is_stranded(words: list[str]) -> bool:
    """A last word that a relative clause strands ("de överenskommelser som parterna enats
    om", "det som regeringen talat för"): Swedish leaves the preposition at the clause's end."""
    return words[-1].lower() in PREPOSITIONS and any(w.lower() in RELATIVE_WORDS for w in words[1:-2])


def content_words(phrase: str) -> list[str]:
    return [w.lower() for w in regex.findall(r"\w+", phrase.replace(SOFT_HYPHEN, ""))]


def is_generic(phrase: str) -> bool:
    """"en höjning", "ett värde", "Varje år", "en tillfällig förstärkning": words that name no
    purpose or receiver, or a phrase headed by a noun that only says "an amount"."""
    words = content_words(phrase)
    if len(words) >= 2 and words[0] in DETERMINERS and words[-1] in GENERIC_AMOUNT_NOUNS \
            and not any(w in INNER_PREPOSITIONS for w in words):
        return True
    return all(w in GENERIC_AMOUNT_NOUNS or w in NON_SUBJECT_WORDS or w in DETERMINERS
               or w in VERB_PARTICLES or w in AREA_STOPWORDS or w.isdigit() for w in words)


def points_back(phrase: str) -> bool:
    """"ändamålet", "detta ändamål", "medlen", "permanenta denna satsning": a phrase that only
    refers back."""
    words = [w.lower() for w in regex.findall(r"\w+", phrase)]
    if words and all(w in POINTER_WORDS for w in words):
        return True
    # "detta arbete", "permanenta denna satsning": a demonstrative and a word that names nothing.
    rest = words[1:] if len(words) > 2 else words
    if rest and rest[0] in DEMONSTRATIVES and len(rest) >= 2 \
            and all(w in POINTER_WORDS or w in GENERIC_AMOUNT_NOUNS for w in rest[1:]):
        return True
    # "genomföra uppdraget", "för uppdragets genomförande", "ändamålet åren 2026 och"
    return any(w in POINTER_NOUNS for w in words) and all(w in POINTER_WORDS or names_nothing(w) for w in words)


def names_nothing(word: str) -> bool:
    """A verb, time or function word: beside a pointer it names nothing more."""
    return (word in AREA_STOPWORDS or word in DETERMINERS or word in POINTER_FILLERS or is_verb(word)
            or is_time_word(word))


def names_something(phrase: str | None) -> bool:
    """A phrase that neither points back nor only says "an amount"."""
    return bool(phrase) and not points_back(phrase) and not is_generic(phrase)


def is_particle(word: str) -> bool:
    """A word between a verb or noun and its amount that belongs to neither."""
    return word in VERB_PARTICLES or word in EMPHATIC_WORDS or (word in QUALIFIERS and " " not in word
                                                               and word not in RECEIVING_VERBS)


def is_clause_word(token: Token) -> bool:
    """A verb, adverb or number that a noun phrase cannot hold: "Det handlar om …",
    "föreslår därför satsningar på …", "räknas inte in i taket på …"."""
    word = token.lower_
    return (word in CLAUSE_VERBS or word in CLAUSE_ADVERBS or has_digit(token.text)
            or is_passive(word))


def is_passive(word: str) -> bool:
    """A passive verb: "förlängas", "fördelas", "fördubblades", "höjdes"."""
    return word.isalpha() and ((len(word) >= 6 and word.endswith(PASSIVE_INFINITIVE_ENDINGS))
                               or (len(word) >= 7 and word.endswith(PAST_PASSIVE_ENDINGS)))
