"""Who gets or costs the money (guide §4, 3): the subject before a receiving verb
("Industriklivet förstärks med …", "anslaget att öka med …"), the noun whose verb is left out
("och barntillägget med 500 kronor"), or the object of a giving verb ("beviljar SDC …")."""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.label.area.junk import junk_kind
from pipeline.label.area.naming import names_something
from pipeline.label.area.phrase import is_particle, is_passive
from pipeline.label.context import (
    A_YEAR,
    AmountContext,
    ends_with,
    has_digit,
    is_break,
    span_text,
    words_in,
)
from pipeline.label.wordclass import is_verb
from pipeline.label.words import Word
from pipeline.lang.sv.areas import (
    ADVERB_ENDINGS,
    AREA_MAX_WORDS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_VERBS,
    ELLIPSIS_JOINERS,
    ELLIPSIS_PREPOSITIONS,
    GIVING_VERBS,
    INFINITIVE_MARKER,
    MODAL_VERBS,
    PREPOSITIONS,
    RECEIVING_VERBS,
    RELATIVE_WORDS,
    SUBJECT_STOPS,
    VALUE_PHRASES,
    VERB_PARTICLES,
    YEAR_PREPOSITIONS,
)
from pipeline.lang.sv.junk import ACTORS, PRONOUNS

CLAUSE_MARKERS = ("som", "att", "där")
GIVING_REACH = 5    # words between a giving verb and the amount: "beviljar SDC [3 Mkr]"
AGENT = "av"        # "Kapitalet beräknas av Pensionsmyndigheten"


def subject_area(ctx: AmountContext) -> str | None:
    subject = subject_before(ctx)
    if subject and subject.split()[0].lower() in PREPOSITIONS:
        return None     # "beräknas [till följd av förslaget] öka": an adverbial, not the subject
    if subject and (ends_in_verb(subject) or starts_with_verb(subject)):
        return None     # "kan [således få] maximalt …", "[tillföras årligen och …]": verbs, not a subject
    return subject if names_something(subject) else None


def starts_with_verb(phrase: str) -> bool:
    """"tillföras årligen och för åren 2028–2034": a verb with only times after it."""
    first, _, rest = phrase.partition(" ")
    return first.islower() and is_verb(first) and (not rest or junk_kind(rest) is not None)


def ends_in_verb(phrase: str) -> bool:
    """A phrase ending in a verb, with no relative or infinitive clause to hold it."""
    written = phrase.split()
    lower = [w.lower() for w in written]
    return len(lower) > 1 and written[-1].islower() and is_verb(lower[-1]) \
        and not any(w in CLAUSE_MARKERS for w in lower)


def subject_before(ctx: AmountContext) -> str | None:
    text, amount = ctx.text, ctx.amount
    begin = max(ctx.unit.start, ctx.previous_end)
    words = words_in(text, begin, amount.start)
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
    for k in range(len(words) - 1, max(-1, len(words) - 1 - GIVING_REACH), -1):
        if words[k].lower_ in GIVING_VERBS and k + 1 < len(words):
            object_words = [w for w in words[k + 1:] if w.lower_ not in VERB_PARTICLES]
            while object_words and object_words[0].lower_ in ACTORS | PRONOUNS:
                object_words.pop(0)     # "förstärker [regeringen] satsningen med …": the inverted subject
            if object_words and not any(is_break(w) and w.text not in "()" for w in object_words):
                return span_text(text, begin, object_words[0], object_words[-1]) or None
    if set(stripped) & ELLIPSIS_PREPOSITIONS and not words[-1].is_punct:
        phrase = noun_phrase_back(text, begin, words, ellipsis=True)
        return verbless(phrase) if phrase else None
    return None


def verbless(phrase: str) -> str | None:
    """The noun phrase of a clause whose verb is left out. "Sverige har hittills bidragit med
    …" and "Omsättningen sjönk 1,9 procent till …" are clauses; in "att höja [den ekonomiska
    ramen] till …" the infinitive's object is the noun phrase."""
    words = phrase.split()
    if len(words) > 1 and is_verb(words[0].lower()):
        phrase, words = phrase[len(words[0]):].strip(), words[1:]
    if any(w.lower() in CLAUSE_VERBS or is_verb(w.lower()) or has_digit(w) for w in words):
        return None
    return phrase


def without_year(words: list[Word]) -> list[Word]:
    """`words` without a year phrase at their end: "… förlängas till 2032"."""
    if words and A_YEAR.fullmatch(words[-1].text):
        words = words[:-1]
        while words and (is_particle(words[-1].lower_) or words[-1].lower_ in YEAR_PREPOSITIONS):
            words = words[:-1]
    return words


def first_clause(words: list[Word]) -> list[Word]:
    """For a verb joined to an earlier one, the words before that one: "Fonden har fem stjärnor
    och [förvaltar]" -> "Fonden"."""
    if not words or words[-1].lower_ not in CLAUSE_CONJUNCTIONS:
        return words
    for k in range(len(words) - 2, 0, -1):
        if words[k].is_punct:
            break
        if words[k].lower_ in CLAUSE_VERBS or words[k].lower_ in RECEIVING_VERBS:
            return words[:k]
    return words


def without_agent(words: list[Word]) -> list[Word]:
    """Words before a passive verb's agent: "Kapitalet beräknas av Pensionsmyndigheten
    [passera]" -> "Kapitalet"."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].lower_ == AGENT and words[k - 1].lower_ in RECEIVING_VERBS:
            return words[:k - 1]
    return words


def in_relative_clause(words: Sequence[Word], k: int) -> bool:
    """The verb at `k` stands in a relative clause of the subject: "avgifter som myndigheten
    får ta ut", "De tolv överenskommelser som staten och SKL har enats om"."""
    for token in reversed(words[max(0, k - AREA_MAX_WORDS):k]):
        if token.is_punct or token.lower_ in SUBJECT_STOPS:
            return False
        if token.lower_ in RELATIVE_WORDS:
            return True
    return False


def noun_phrase_back(text: str, offset: int, words: Sequence[Word], ellipsis: bool = False) -> str | None:
    """The clause's words before its verb, back to a comma, "att", another verb or the
    sentence start; for a left-out verb, back to the "och" that joins it."""
    kept: list[Word] = []
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
        if (is_break(token) and token.text not in "()") or word in SUBJECT_STOPS \
                or word in RECEIVING_VERBS or word in GIVING_VERBS:
            break
        if ellipsis and word in ELLIPSIS_JOINERS:
            break
        kept.append(token)
    if not kept or len(kept) > AREA_MAX_WORDS + 4 or kept[-1].lower_ in RELATIVE_WORDS:
        return None
    return span_text(text, offset, kept[-1], kept[0]) or None
