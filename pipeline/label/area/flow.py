"""Whose flow a fund flow is (guide §6: the area is the fund, not the headline): "Blandfonder
hade nettoinflöde om [0,3 mdr]" -> "Blandfonder", "Aktiva aktiefonder noterade utflöden om 638
Mpund medan passiva fonder hade inflöden om [398 Mpund]" -> "passiva fonder", "Vanguard och
Fidelity var månadens vinnare med 16,7 respektive [5,1 mdr] i inflöden" -> "Vanguard och
Fidelity". A bare flow noun says which way money moved, not in which fund; the clause's subject
names the fund (fonderdirekt:2019-03-11-fonder-spararna-valde-långa-räntefonder-aktiefonder-i-feb,
fonderdirekt:2020-06-10-fonder-spararna-dumpade-korta-räntefonder-hedgefonder-i-maj,
fonderdirekt:2019-12-19-fonder-årets-vinnare-och-förlorare-bland-fondbolagen)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeGuard

import regex

from pipeline.label.area.attributed import attributed_of, noun_phrase_tokens
from pipeline.label.area.clause import clause_start, subject_of
from pipeline.label.area.junk import is_area
from pipeline.label.area.naming import content_words, names_something
from pipeline.label.area.purpose import purpose_area
from pipeline.label.area.time import is_time_noun
from pipeline.label.area.verbs import is_finite_verb_token
from pipeline.label.context import SOFT_HYPHEN, SPACE, AmountContext, may_hold, words_in
from pipeline.label.wordclass import is_verb
from pipeline.label.words import Word
from pipeline.lang.sv.areas import (
    LIST_JOINERS,
    PREPOSITIONS,
)
from pipeline.lang.sv.flows import (
    FLOW_BACK_REFERENCES,
    FLOW_ENDINGS,
    FLOW_HEADS,
    FLOW_MODIFIERS,
    FLOW_MOVERS,
    FLOW_PREFIXES,
)
from pipeline.parse import alternation

FLOW_WORD = regex.compile(rf"(?:{alternation(FLOW_PREFIXES)})(?:{alternation(FLOW_HEADS)})(?:{alternation(FLOW_ENDINGS)})", regex.IGNORECASE)
# "[5,1 mdr dollar] i inflöden", "[23 Mkr] i nettoinsättningar under året"
FLOW_AFTER = regex.compile(rf"{SPACE}+i{SPACE}+({FLOW_WORD.pattern})(?!\w)", regex.IGNORECASE)
BARE_FLOW_WORDS = 4


def flow_owner_area(ctx: AmountContext) -> str | None:
    if not may_name_flow(ctx):
        return None
    measured = attributed_of(ctx)
    after = FLOW_AFTER.match(ctx.text, ctx.amount.end, ctx.unit.end)
    if not (is_bare_flow(measured) or (after and (measured is None or is_bare_flow(measured)))):
        return None
    if not after and not is_bare_flow(purpose_area(ctx) or measured):
        return None     # "ett inflöde om [X] till obligationsfonder": the purpose names the fund
    # From the unit's start: the owner of "16,7 respektive [5,1 mdr] i inflöden" stands before
    # both figures; the clause's own start is found below.
    begin = ctx.unit.start
    words = words_in(ctx.text, begin, ctx.amount.start)
    start = clause_start(words)
    if sum(is_finite_verb_token(words, k) for k in range(start, len(words))) > 1:
        return None     # "…, där hedgefonder ingår, var mindre munter då dessa tappade …"
    owner = subject_of(ctx.text, begin, words)
    if not is_owner(owner) and start > 0 and words[start].lower_ in FLOW_BACK_REFERENCES:
        owner = subject_of(ctx.text, begin, words[:start])     # "…, där noterades utflöden om …"
    if owner and measured and owner.endswith(f" {measured}"):
        owner = owner[:-len(measured)].strip()      # "hade [obligationsfonder] ett utflöde om …"
    if not is_owner(owner):
        return None
    return coordinated(ctx.text, begin, words, start, owner) or owner


def may_name_flow(ctx: AmountContext) -> bool:
    """Whether the amount's unit may hold a flow word, which holds a flow head: both the noun
    the amount is measured by and the "i inflöden" after it stand there. Most units hold none,
    and are left before their noun phrase is read; a soft hyphen may split a head ("in\u00adflöden")."""
    text, unit = ctx.text, ctx.unit
    return text.find(SOFT_HYPHEN, unit.start, unit.end) >= 0 or may_hold(text, unit.start, unit.end, FLOW_HEADS)


def coordinated(text: str, begin: int, words: Sequence[Word], start: int, owner: str) -> str | None:
    """"[Teknik- och hälsofonder] hade inflöden om …": a sentence that opens with two nouns
    joined by "och" has them both as its subject, not a clause that starts at "och"."""
    if start == 0 or words[start].lower_ not in LIST_JOINERS:
        return None
    first = noun_phrase_tokens(words[:start])
    if len(first) != start:
        return None
    end = text.find(owner, begin + words[start].idx) + len(owner)
    return text[begin + words[0].idx:end]


def is_bare_flow(phrase: str | None) -> bool:
    """"ett totalt nettoinflöde", "utflöden", "Nettoinflödena": a flow with no fund named."""
    if not phrase:
        return False
    words = content_words(phrase)
    return 0 < len(words) <= BARE_FLOW_WORDS and FLOW_WORD.fullmatch(words[-1]) is not None \
        and all(w in FLOW_MODIFIERS for w in words[:-1])


def is_owner(phrase: str | None) -> TypeGuard[str]:
    """A noun phrase that names a fund: no flow, time ("det tredje bästa kvartalet") or
    adverbial ("till de nio första månaderna") nor clause ("Det rapporterar Funds Europe")."""
    if not (is_area(phrase) and names_something(phrase)) or is_bare_flow(phrase):
        return False
    words = content_words(phrase)
    return words[0] not in PREPOSITIONS and words[-1] not in FLOW_MOVERS \
        and not any(is_time_noun(w) or is_verb(w) for w in words)
