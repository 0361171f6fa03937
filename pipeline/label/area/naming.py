"""Telling a phrase that names something from one that only points back ("ändamålet",
"detta arbete") or only says "an amount" ("en höjning", "ett värde")."""
from __future__ import annotations

from functools import lru_cache
from typing import TypeGuard

import regex

from pipeline.label.area.time import is_time_word
from pipeline.label.context import SOFT_HYPHEN
from pipeline.label.wordclass import is_verb
from pipeline.lang.sv.areas import (
    DEMONSTRATIVES,
    DETERMINERS,
    GENERIC_AMOUNT_NOUNS,
    INNER_PREPOSITIONS,
    NON_SUBJECT_WORDS,
    POINTER_FILLERS,
    POINTER_NOUNS,
    POINTER_WORDS,
    VERB_PARTICLES,
)
from pipeline.lang.sv.stopwords import AREA_STOPWORDS

WORD = regex.compile(r"\w+")


def content_words(phrase: str) -> list[str]:
    return [w.lower() for w in WORD.findall(phrase.replace(SOFT_HYPHEN, ""))]


def is_generic(phrase: str) -> bool:
    """"en höjning", "ett värde", "Varje år", "en tillfällig förstärkning": words that name no
    purpose or receiver, or a phrase headed by a noun that only says "an amount"."""
    words = content_words(phrase)
    if len(words) >= 2 and words[0] in DETERMINERS and words[-1] in GENERIC_AMOUNT_NOUNS \
            and not any(w in INNER_PREPOSITIONS for w in words):
        return True
    return all(w in GENERIC_AMOUNT_NOUNS or w in NON_SUBJECT_WORDS or w in DETERMINERS
               or w in VERB_PARTICLES or w in AREA_STOPWORDS or w.isdigit() for w in words)


@lru_cache(maxsize=4096)      # a pure function of the phrase, asked by several finders
def points_back(phrase: str) -> bool:
    """"ändamålet", "detta ändamål", "medlen", "permanenta denna satsning": a phrase that only
    refers back."""
    words = [w.lower() for w in WORD.findall(phrase)]
    if words and all(w in POINTER_WORDS for w in words):
        return True
    # "detta arbete", "permanenta denna satsning": a demonstrative and a word that names nothing.
    rest = words[1:] if len(words) > 2 else words
    if rest and rest[0] in DEMONSTRATIVES and len(rest) >= 2 \
            and all(w in POINTER_WORDS or w in GENERIC_AMOUNT_NOUNS for w in rest[1:]):
        return True
    # "genomföra uppdraget", "för uppdragets genomförande", "ändamålet åren 2026 och", "Budgeten
    # för 2025 för detta uppdrag"
    return any(w in POINTER_NOUNS for w in words) and all(
        w in POINTER_WORDS or w in GENERIC_AMOUNT_NOUNS or names_nothing(w) for w in words)


def names_nothing(word: str) -> bool:
    """A verb, time or function word: beside a pointer it names nothing more."""
    return (word in AREA_STOPWORDS or word in DETERMINERS or word in POINTER_FILLERS or is_verb(word)
            or is_time_word(word))


def names_something(phrase: str | None) -> TypeGuard[str]:
    """A phrase that neither points back nor only says "an amount"."""
    return bool(phrase) and phrase is not None and not points_back(phrase) and not is_generic(phrase)

