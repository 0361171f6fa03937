"""What a trade was in (guide §6: the share or asset the figure is about, not who trades):
"Fondförvaltare har sålt saudiska aktier för motsvarande [650 Mdollar]" -> "saudiska aktier",
"… köpte värdepapper för ungefär [260 Mkr]" -> "värdepapper", "sålde 200.000 aktier i Devport för
[37 kronor] styck" -> "aktier i Devport" (fonderdirekt:2018-10-30-förvaltare-storsäljer-saudiska-aktier,
fonderdirekt:2020-02-07-ppm-allra-domen-säger-sälj-dina-fonder-jonas-lindmark,
fonderdirekt:2019-05-17-shb-fonder-blir-storägare-i-devport-köpt-4-7-av-kapitalet)."""
from __future__ import annotations

from pipeline.label.area.naming import names_something
from pipeline.label.area.phrase import is_particle
from pipeline.label.area.time import is_time_word
from pipeline.label.area.verbs import is_verb_token
from pipeline.label.context import (
    AmountContext,
    ends_with,
    has_digit,
    is_break,
    span_text,
    words_in,
)
from pipeline.lang.sv.areas import (
    AREA_MAX_WORDS,
    DETERMINERS,
    VERB_RUN_PARTICLES,
)
from pipeline.lang.sv.pairs import RESPECTIVELY
from pipeline.lang.sv.trades import (
    OBJECT_PARTICIPLE_ENDINGS,
    SUBSCRIBE_LINKS,
    SUBSCRIBE_VERBS,
    TRADE_LINKS,
    TRADE_NOUNS,
    TRADE_VERBS,
)

TRADE_REACH = AREA_MAX_WORDS     # words between the verb and its price


def traded_area(ctx: AmountContext) -> str | None:
    text, amount = ctx.text, ctx.amount
    begin = max(ctx.unit.start, ctx.previous_end)
    words = words_in(text, begin, amount.start)
    while words and is_particle(words[-1].lower_) and not ends_with(words, TRADE_LINKS):
        words.pop()     # "för [ungefär] 260 Mkr"
    link = ends_with(words, TRADE_LINKS)
    if not link:
        return None
    words = words[:-link]
    for k in range(len(words) - 1, max(-1, len(words) - 1 - TRADE_REACH), -1):
        if is_break(words[k]):
            return None
        if words[k].lower_ in TRADE_VERBS or is_trade_noun(words, k) or subscribed(words, k):
            thing = traded_thing(words[k + 1 + subscribed(words, k):])
            phrase = span_text(text, begin, thing[0], thing[-1]) if thing else None
            return phrase if names_something(phrase) else None
    return None


def is_trade_noun(words: list, k: int) -> bool:
    """"försäljning [av] verksamheten": a trade named by a noun, its object after "av"."""
    return words[k].lower_ in TRADE_NOUNS and k + 1 < len(words) and words[k + 1].lower_ == "av"


def subscribed(words: list, k: int) -> int:
    """How many words of "sig för" follow a verb of subscribing at k, else 0."""
    if words[k].lower_ not in SUBSCRIBE_VERBS:
        return 0
    return next((len(link.split()) for link in SUBSCRIBE_LINKS
                 if [w.lower_ for w in words[k + 1:k + 1 + len(link.split())]] == link.split()), 0)


def is_attributive(words: list, k: int) -> bool:
    """"[nyemitterade] fondandelar": the object's first word, a participle before its noun."""
    return k == 0 and len(words) > 1 and words[0].lower_.endswith(OBJECT_PARTICIPLE_ENDINGS)


def traded_thing(words: list) -> list:
    """The object of the trade, without the figures that count it and a time before it:
    "200.000 respektive 100.000 [aktier i Devport]"."""
    kept = list(words)
    first = next((k for k, w in enumerate(kept) if w.lower_ in DETERMINERS), None)
    if first and any(has_digit(w.text) for w in kept[:first]):
        kept = kept[first:]     # "klockan 16.03 inbördes [en aktiepost om …]"
    while kept and (has_digit(kept[0].text) or kept[0].lower_ == RESPECTIVELY or (is_time_word(kept[0].lower_) and kept[0].lower_ not in DETERMINERS)
                    or kept[0].lower_ in VERB_RUN_PARTICLES):
        kept.pop(0)     # "köpte [under året] aktier i H&M", "köpa [tillbaka] aktier"
    if not kept or any(is_verb_token(kept, k) and not is_attributive(kept, k) for k in range(len(kept))):
        return []
    return kept if kept[0].lower_ not in DETERMINERS or len(kept) > 1 else []
