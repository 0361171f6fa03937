"""What makes a phrase no area (guide §4, §6): a bare qualifier, time phrase, determiner,
pronoun, sum word, verb, pointer or abbreviation fragment. Every finder's phrase passes
`is_area`; `junk_kind` says which kind of junk a phrase is (the corpus bench counts them)."""
from __future__ import annotations

from functools import lru_cache
from typing import TypeGuard

import regex

from pipeline.label.area.naming import WORD, content_words, points_back
from pipeline.label.area.time import is_time_word
from pipeline.label.wordclass import is_verb
from pipeline.lang.sv.areas import CLAUSE_ADVERBS, DETERMINERS, PREPOSITIONS, VERB_PARTICLES
from pipeline.lang.sv.junk import (
    ACTORS,
    FUNCTION_WORDS,
    MAX_FRAGMENT_LENGTH,
    MEASURE_WORDS,
    ORDINALS,
    PRONOUNS,
    SMALL_NUMBERS,
    SPLIT_PARTICLES,
    SUM_WORDS,
)
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.stopwords import AREA_STOPWORDS

QUALIFIER_WORDS = frozenset(w for phrase in QUALIFIERS for w in regex.findall(r"\w+", phrase))


def is_area(phrase: str | None) -> TypeGuard[str]:
    return bool(phrase) and junk_kind(phrase) is None


@lru_cache(maxsize=4096)      # a pure function of the phrase, asked by several finders
def junk_kind(phrase: str | None) -> str | None:
    """"time", "qualifier", "sum", "determiner", "actor", "measure", "function", "pointer", "verb",
    "fragment" or None."""
    if phrase is None:
        return None
    words = content_words(phrase)
    written = WORD.findall(phrase)
    if not words or all(len(w) <= MAX_FRAGMENT_LENGTH and w.islower() for w in written):
        return "fragment"     # "bl", "m.m"; but "EU", "FN" name something
    for kind, test in JUNK_TESTS:
        if all(test(w) for w in words):
            return kind
    if points_back(phrase):
        return "pointer"
    if is_bare_verb(words) and not any(w.isupper() for w in written):
        return "verb"     # not "GAV", "SAS": a name in capitals
    if is_dated_verb(words):
        return "time"
    if len(written) > 1 and written[0] in SPLIT_PARTICLES:
        return "verb"     # "ut till regionerna och": what is left of a clause
    return None


def is_dated_verb(words: list[str]) -> bool:
    """"Den 7 februari beslutades", "I maj beslutade regeringen": a time and the verb it dates,
    the label an inline list finds before a government release's dated decisions ("Den 6
    februari beslutade regeringen att ge 7 Mkr …", "Den 7 februari beslutades om ytterligare
    20 Mkr till …")."""
    core = [w for w in words if w not in ACTORS]
    return len(core) >= 2 and is_time_word(core[0]) and is_verb(core[-1]) \
        and all(is_time_word(w) for w in core[:-1])


def is_bare_verb(words: list[str]) -> bool:
    """"fördelat", "ligger", "har stärkts": verbs with at most particles and adverbs."""
    rest = [w for w in words if w not in VERB_PARTICLES and w not in CLAUSE_ADVERBS
            and w not in AREA_STOPWORDS]
    return bool(rest) and all(is_verb(w) for w in rest)


JUNK_TESTS = (
    ("time", is_time_word),
    ("qualifier", lambda w: w in QUALIFIER_WORDS or w in SMALL_NUMBERS or w.isdigit()),
    ("sum", lambda w: w in SUM_WORDS or w in QUALIFIER_WORDS or w in DETERMINERS),
    ("determiner", lambda w: w in DETERMINERS or w in PRONOUNS or w in AREA_STOPWORDS or w in ORDINALS),
    ("actor", lambda w: w in ACTORS or w in DETERMINERS),
    ("measure", lambda w: w in MEASURE_WORDS or w in QUALIFIER_WORDS or w in SMALL_NUMBERS or w.isdigit()),
    ("function", lambda w: w in FUNCTION_WORDS or w in QUALIFIER_WORDS or w in AREA_STOPWORDS
     or w in PREPOSITIONS or w in PRONOUNS or w in DETERMINERS),
)
