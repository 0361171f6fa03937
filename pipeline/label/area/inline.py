"""A label written inline before each amount of an enumeration (guide §4, 1): "ICRC 60 Mkr,
FN:s humanitära landfond 30 Mkr, …", "Alecta (76,5 miljoner kronor), Handelsbanken Fonder
(7,6 miljoner)", "Stockholm: 42 426 203 kronor Uppsala: 6 983 461 kronor". Government lists
flattened into one paragraph (g0vse:pressmeddelanden/2023/12/182-miljo…,
g0vse:pressmeddelanden/2023/02/regeringe…) and subscriber lists in fund news write them."""
from __future__ import annotations

import regex

from pipeline.label.area.junk import QUALIFIER_WORDS, is_area
from pipeline.label.area.time import is_time_noun
from pipeline.label.context import (
    AmountContext,
    has_digit,
    span_text,
    words_in,
)
from pipeline.label.wordclass import is_verb
from pipeline.label.words import Word
from pipeline.lang.sv.areas import ITEM_SEPARATORS, LIST_JOINERS, OPEN_ENDINGS, PREPOSITIONS

LABEL_MAX_WORDS = 6
ITEM_END = regex.compile(r"\s*(?:[),;.:]|och\b|samt\b|\Z)")
LABEL_MARKS = ("(", ":")
SIGNS = "+-−–"
MINUS_WORDS = ("minus", "plus")


def inline_label(ctx: AmountContext) -> str | None:
    text, amount, unit = ctx.text, ctx.amount, ctx.unit
    if amount.in_table:
        return None
    begin = max(unit.start, ctx.previous_end)
    # "Norska oljefonden: +412 miljarder NOK", "Stockholm: 42 426 203 kronor Uppsala: …": a
    # colon labels the amount in any block; other enumerations are lists in a paragraph.
    listed = unit.block.kind == "paragraph" and in_enumeration(ctx) \
        and ITEM_END.match(text, amount.end, unit.end) is not None
    if not listed and text.find(":", begin, amount.start) < 0:
        return None     # most amounts: neither, and the words before them are not read here
    words = words_in(text, begin, amount.start)
    while words and (words[-1].text in SIGNS or words[-1].lower_ in MINUS_WORDS):
        words = words[:-1]
    colon = bool(words) and words[-1].text == ":"
    if not colon and not listed:
        return None
    if words and words[-1].text in LABEL_MARKS:
        words = words[:-1]
    label: list[Word] = []
    for token in reversed(words):     # back to a separator or the verb: "återfinns [Alecta] (…)"
        if token.text in ITEM_SEPARATORS or token.lower_ in LIST_JOINERS \
                or (token.text.islower() and is_verb(token.lower_)):
            break
        label.insert(0, token)
    if not label or label[-1].lower_ in OPEN_ENDINGS:
        return None     # "… under första kvartalet med": a sentence running into its amount
    if label[0].lower_ in PREPOSITIONS and any(is_time_noun(t.lower_) for t in label):
        return None     # "vid utgången av oktober till rekordhöga": an adverbial of time, no label
    while label and label[-1].lower_ in QUALIFIER_WORDS:
        label.pop()     # "garantiramen högst"
    if not label or len(label) > LABEL_MAX_WORDS or label[-1].lower_ in OPEN_ENDINGS:
        return None
    if any(has_digit(t.text) for t in label):
        return None
    if len(label) == len(words) and begin == unit.start and not colon:
        return None     # a sentence's first words: "Regeringen 5 Mkr" is no list
    phrase = span_text(text, begin, label[0], label[-1])
    return phrase if is_area(phrase) else None


def in_enumeration(ctx: AmountContext) -> bool:
    """At least one other amount in the same sentence."""
    neighbours = [*ctx.amounts[max(0, ctx.index - 1):ctx.index], *ctx.amounts[ctx.index + 1:ctx.index + 2]]
    return any(ctx.unit.start <= a.start < ctx.unit.end for a in neighbours)
