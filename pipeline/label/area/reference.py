"""The price a premium or discount is measured against (guide §6: the share or asset the figure
is about, not the clause's subject): "en rabatt om 5,5 procent mot torsdagens stängningskurs
[6:56]" -> "torsdagens stängningskurs"; "en premie om 62,8 procent mot de [116:69 dollar] Red
Hats aktie stängde på" -> "Red Hats aktie" (fonderdirekt:2018-10-19-ny-teknik-och-nordic-cross-
ökar-i-si…, fonderdirekt:2018-10-29-öhman-och-robur-kan-glädjas-åt-red-h…,
fonderdirekt:2019-06-25-allergan-healthinvest-small-microcap…)."""
from __future__ import annotations

from pipeline.label.area.naming import names_something
from pipeline.label.area.verbs import is_verb_token
from pipeline.label.context import (
    AmountContext,
    is_break,
    may_hold,
    next_amount_start,
    span_text,
    words_in,
)
from pipeline.lang.sv.references import PRICE_GAPS, REFERENCE_FILLERS, REFERENCE_LINK

REFERENCE_REACH = 5     # words between "mot" and the figure: "mot måndagens stängningskurs om"
GAP_REACH = 6           # words between the gap and "mot": "rabatt om ytterligare 5,5 procent mot"


def reference_area(ctx: AmountContext) -> str | None:
    text, amount = ctx.text, ctx.amount
    begin = max(ctx.unit.start, ctx.previous_end)
    if not may_hold(text, begin, amount.start, (REFERENCE_LINK,)):
        return None     # no "mot" before the figure: its words need no reading here
    words = words_in(text, begin, amount.start)
    link = reference_link(words)
    if link is None or not any(w.lower_ in PRICE_GAPS for w in words[max(0, link - GAP_REACH):link]):
        return None
    named = words[link + 1:]
    while named and named[-1].lower_ in REFERENCE_FILLERS:
        named.pop()
    while named and named[0].lower_ in REFERENCE_FILLERS:
        named.pop(0)
    if named:
        phrase = span_text(text, begin, named[0], named[-1])
        return phrase if names_something(phrase) else None
    return priced_after(ctx)


def reference_link(words: list) -> int | None:
    """Where "mot" stands, at most `REFERENCE_REACH` words before the figure, with no break."""
    for k in range(len(words) - 1, max(-1, len(words) - 2 - REFERENCE_REACH), -1):
        if is_break(words[k]):
            return None
        if words[k].lower_ == REFERENCE_LINK:
            return k
    return None


def priced_after(ctx: AmountContext) -> str | None:
    """"mot de [116:69 dollar] Red Hats aktie stängde på": the subject of the clause after the
    figure, up to its verb, names what was priced; a capitalised word is a name ("Red")."""
    end = next_amount_start(ctx.amount, ctx.amounts, ctx.unit.end)
    words = words_in(ctx.text, ctx.amount.end, end)
    verb = next((k for k in range(len(words)) if is_break(words[k])
                 or (is_verb_token(words, k) and not words[k].text[:1].isupper())), None)
    if not verb or is_break(words[verb]):
        return None
    phrase = span_text(ctx.text, ctx.amount.end, words[0], words[verb - 1])
    return phrase if names_something(phrase) else None
