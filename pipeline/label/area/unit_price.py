"""What a price per unit prices (guide §6: the share or asset the figure is about): "en placering
av 617 777 nya aktier … till ett pris om [79 kronor] per aktie" -> "nya aktier"; "2.951.158 nya
fondandelar kommer att listas till ett pris om [1:3554 euro] per andel" -> "nya fondandelar"
(imint:20161031-imint-genomfor-riktad-nyemission,
fonderdirekt:2019-07-16-baltic-horizon-fund-2-4-i-juni-nav-och-portföljvärde-ned)."""
from __future__ import annotations

import regex

from pipeline.label.area.attributed import noun_phrase_tokens
from pipeline.label.area.naming import names_something
from pipeline.label.context import (
    SPACE,
    AmountContext,
    has_digit,
    is_break,
    span_text,
    words_in,
)
from pipeline.label.words import Word
from pipeline.lang.sv.areas import DETERMINERS
from pipeline.lang.sv.scales import COUNT_SCALES
from pipeline.lang.sv.unit_prices import (
    ISSUE_PRICE_LINK,
    PRICE_LINKS,
    PRICE_NOUNS,
    PRICED_UNITS,
    UNIT_PLURAL_ENDINGS,
)

PER_UNIT = regex.compile(rf"{SPACE}+per{SPACE}+([^\W\d_]+)(?!\w)", regex.IGNORECASE)
MODIFIERS = 2       # "[nya] aktier", "[nyemitterade B-]aktier": adjectives kept before the noun


def unit_price_area(ctx: AmountContext) -> str | None:
    text, amount = ctx.text, ctx.amount
    per = PER_UNIT.match(text, amount.end, ctx.unit.end)
    if not per or per[1].lower() not in PRICED_UNITS:
        return None
    begin = max(ctx.unit.start, ctx.previous_end)
    words = words_in(text, begin, amount.start)
    while words and words[-1].lower_ in PRICE_LINKS:
        words.pop()
    if not words or words[-1].lower_ not in PRICE_NOUNS:
        return None
    unit = per[1].lower()
    for k in range(len(words) - 2, -1, -1):
        if is_break(words[k]) and words[k].text not in ",":
            return None
        if counts_unit(words[k].lower_, unit):
            first = k
            while first > 0 and k - first < MODIFIERS and is_modifier(words[first - 1]):
                first -= 1
            return span_text(text, begin, words[first], words[k])
    return None


def counts_unit(word: str, unit: str) -> bool:
    """"aktier", "fondandelar": the plural of the unit, alone or as a compound's head."""
    return any(word.endswith(unit + ending) or word.endswith(unit[:-1] + ending)
               for ending in UNIT_PLURAL_ENDINGS) and len(word) > len(unit)


def is_modifier(token: Word) -> bool:
    """"nya", "nyemitterade": a lower-case word before the counted noun."""
    return token.is_alpha and token.text.islower() and token.lower_ not in DETERMINERS and not has_digit(token.text)


def issue_price_area(ctx: AmountContext) -> str | None:
    """"en riktad emission till kursen [67 kronor]" -> "en riktad emission", "11 miljoner
    B-aktier till kursen [190 kronor]" -> "B-aktier": what is issued or placed at the price
    (fonderdirekt:2019-02-15-atvexa-tredje-ap-fonden-och-humle-tecknare-i-riktad-emission,
    fonderdirekt:2019-02-21-thq-nordic-fonder-delaktiga-i-övertecknad-emission)."""
    text, amount = ctx.text, ctx.amount
    begin = max(ctx.unit.start, ctx.previous_end)
    words = words_in(text, begin, amount.start)
    while words and words[-1].lower_ in PRICE_LINKS:
        words.pop()
    link = len(ISSUE_PRICE_LINK.split())
    if len(words) <= link or [w.lower_ for w in words[-link:]] != ISSUE_PRICE_LINK.split():
        return None
    words = words[:-link]
    if words and words[-1].text == ",":
        words.pop()     # "i en riktad emission, till kursen 79 kronor"
    issued = noun_phrase_tokens(words)[::-1]
    while issued and (has_digit(issued[0].text) or issued[0].lower_ in COUNT_SCALES):
        issued.pop(0)   # "[11 miljoner] B-aktier"
    if not issued:
        return None
    phrase = span_text(text, begin, issued[0], issued[-1])
    return phrase if names_something(phrase) else None
