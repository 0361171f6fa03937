"""A purpose that opens the sentence, up to the verb that brings the money: "För att stärka
försvaret avsätts 724 Mkr" -> "stärka försvaret" (guide §4, 2)."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.label.area.junk import is_area
from pipeline.label.area.naming import points_back
from pipeline.label.context import SPACE, AmountContext, has_digit, is_break, span_text, words_in
from pipeline.label.wordclass import is_verb
from pipeline.label.words import Word
from pipeline.lang.sv.areas import (
    AREA_MAX_WORDS,
    BUDGET_VERBS,
    CLAUSE_BREAKERS,
    CLAUSE_VERBS,
    DATIVE_VERBS,
    FRONTED_PURPOSE_PREPOSITIONS,
    INFINITIVE_MARKER,
    LIST_JOINERS,
    PURPOSE_MARKERS,
    RECEIVING_VERBS,
)
from pipeline.parse import alternation

LEADING_PURPOSE = regex.compile(rf"[\W]*(?:{alternation(PURPOSE_MARKERS)}){SPACE}+", regex.IGNORECASE)
# "För framtagande av läslistor föreslår regeringen [2 Mkr]": the noun phrase is the purpose
# when a verb that brings money ends it (g0vse:pressmeddelanden/2023/09/regeringens-lassatsning-
# bemannade-skolbibliotek-och-pengar-…, g0vse:pressmeddelanden/2025/09/regeringen-lagger-fram-
# forsvarssatsningar-for-ett-starkare-…); "För en barnfamilj innebär det …" names who, not what for.
LEADING_NOUN_PURPOSE = regex.compile(rf"[\W]*(?:{alternation(FRONTED_PURPOSE_PREPOSITIONS)}){SPACE}+(?!att\b)",
                                     regex.IGNORECASE)


def leading_purpose_area(ctx: AmountContext) -> str | None:
    text, amount = ctx.text, ctx.amount
    match = LEADING_PURPOSE.match(text, ctx.unit.start, amount.start)
    noun = match is None
    match = match or LEADING_NOUN_PURPOSE.match(text, ctx.unit.start, amount.start)
    if not match:
        return None
    words = words_in(text, match.end(), amount.start)
    for k, token in enumerate(words):
        if is_break(token) or token.lower_ in CLAUSE_BREAKERS - LIST_JOINERS:
            return None
        if token.lower_ in BUDGET_VERBS or token.lower_ in CLAUSE_VERBS:
            if k == 0 or k > 2 * AREA_MAX_WORDS or not governs_amount(words[k + 1:]):
                return None
            phrase = span_text(text, match.end(), words[0], words[k - 1])
            if noun and not (token.lower_ in BUDGET_VERBS and is_noun_phrase(phrase)):
                return None     # "För 2025 beräknas …", "För uppdraget får …"
            return phrase if phrase and not points_back(phrase) else None
    return None


def governs_amount(words: Sequence[Word]) -> bool:
    """No other clause between a verb and the amount: "avsätts [724 Mkr]", "föreslår regeringen
    [5 Mkr]", but not "föreslår regeringen att statsbidraget ska uppgå till [300 Mkr]"; a
    receiver the proposal names is none ("föreslår regeringen att myndigheten tillförs [1,475
    mdr]": g0vse:pressmeddelanden/2023/09/historiska-satsningar-pa-rattsvasendet-…,
    "föreslår regeringen att SFV under andra halvåret 2025 tillförs 5 miljoner")."""
    if words and words[-1].lower_ == INFINITIVE_MARKER:
        words = words[:-1]      # "föreslår regeringen att [50 Mkr] avsätts"
    elif words and words[-1].lower_ in DATIVE_VERBS and INFINITIVE_MARKER in [w.lower_ for w in words]:
        k = max(k for k, w in enumerate(words) if w.lower_ == INFINITIVE_MARKER)
        words = words[:k]       # "… att [myndigheten] tillförs": the amount is still the proposal's
    return not any(w.lower_ == INFINITIVE_MARKER or w.lower_ in CLAUSE_VERBS or w.lower_ in RECEIVING_VERBS
                   or w.is_punct for w in words)


def is_noun_phrase(phrase: str) -> bool:
    """A short phrase with no verb or figure: "framtagande av läslistor", not "2025–2026
    beräknas anslaget" nor "detta arbete avser regeringen avsätta 374 …"."""
    words = phrase.split()
    return is_area(phrase) and len(words) <= AREA_MAX_WORDS \
        and not any(has_digit(w) or (w.islower() and is_verb(w)) for w in words)
