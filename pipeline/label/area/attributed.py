"""The noun phrase an amount is attributed to: "ett nytt statsbidrag för X på 300 Mkr",
"statsbidraget på 7,5 miljarder" (guide §4, 2-3)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from pipeline.label.area.naming import is_generic, names_something
from pipeline.label.area.phrase import is_clause_word, is_particle
from pipeline.label.area.verbs import is_finite_verb_token, is_verb_token
from pipeline.label.context import (
    AmountContext,
    TextUnit,
    ends_with,
    is_break,
    span_text,
    words_in,
)
from pipeline.label.words import Word
from pipeline.lang.sv.areas import (
    APPOSITIVE_FILLERS,
    AREA_MAX_WORDS,
    ATTRIBUTE_PREPOSITIONS,
    AUXILIARIES,
    CHANGE_FROM,
    CLAUSE_ADVERBS,
    CLAUSE_OPENERS,
    DETERMINERS,
    FILLER_BEFORE,
    GIVING_VERBS,
    INFINITIVE_MARKER,
    INNER_PREPOSITIONS,
    ITEM_JOINERS,
    LINKING_PREPOSITIONS,
    PREPOSITIONS,
    RECEIVING_VERBS,
    RELATIVE_WORDS,
)
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.parse import Amount

ATTRIBUTE_REACH = 300     # two noun phrases at most
# Qualifiers of more than one word, which `is_particle` leaves: "som mest", "inte mindre än".
PHRASE_QUALIFIERS = tuple(q for q in QUALIFIERS if " " in q)
SUPINE_ENDINGS = ("at", "it", "t")


def attributed_area(ctx: AmountContext) -> str | None:
    phrase = attributed_of(ctx)
    return phrase if names_something(phrase) else None


def attributed_of(ctx: AmountContext) -> str | None:
    return attributed_phrase(ctx.text, ctx.amount, ctx.unit, ctx.previous_end)


def attributed_phrase(text: str, amount: Amount, unit: TextUnit, floor: int) -> str | None:
    """The noun phrase the amount belongs to: "ett nytt statsbidrag för X på 300 Mkr" -> "ett
    nytt statsbidrag för X"; "statsbidraget på 7,5 miljarder" -> "statsbidraget"; past a
    generic noun: "Anskaffning för donation till ett värde av 9,2 miljarder" -> "Anskaffning
    för donation"."""
    return attributed_before(text, max(unit.start, floor, amount.start - ATTRIBUTE_REACH), amount.start)


# The flow, purpose, attributed and raised finders all ask for one amount's phrase in turn: it
# is read once. The key holds the release's text, so an entry never serves another release.
@lru_cache(maxsize=64)
def attributed_before(text: str, begin: int, end: int) -> str | None:
    """The noun phrase that text[begin:end] ends with, the amount standing at `end`."""
    words = without_fillers(words_in(text, begin, end))
    qualifier = ends_with(words, PHRASE_QUALIFIERS)
    words = words[:-qualifier] if qualifier else words     # "ett förvaltat kapital på [som mest] 17 mdr"
    while words and is_particle(words[-1].lower_) and words[-1].lower_ not in ATTRIBUTE_PREPOSITIONS:
        words.pop()
    appositive = ends_with(words, APPOSITIVE_FILLERS)
    if appositive:      # "ytterligare stöd, i form av 600 Mkr"
        words = words[:-appositive]
        words = words[:-1] if words and words[-1].text == "," else words
    elif len(words) < 2 or words[-1].lower_ not in ATTRIBUTE_PREPOSITIONS:
        return None
    else:
        if words[-1].lower_ in CHANGE_FROM and len(words) >= 3 and words[-3].lower_ in RECEIVING_VERBS:
            return None     # "ökade sekventiellt från 135 …": an adverb, the subject says more
        words = without_fillers(words[:-1])     # "Avtalen är [i sin helhet] värda …"
    while True:
        kept = noun_phrase_tokens(words)
        if not kept and appositive:
            kept = relative_head(words)     # "reservdelar som kan avvaras till ett värde om …"
        if not kept:
            return None
        if appositive:
            kept = with_listed_items(words, kept)     # "granater, robotar och [fordon] till ett värde av …"
        phrase = span_text(text, begin, kept[-1], kept[0])
        rest = words[:len(words) - len(kept)]
        if not is_generic(phrase) or not rest or rest[-1].lower_ not in LINKING_PREPOSITIONS:
            return phrase or None
        words = rest[:-1]


def with_listed_items(words: Sequence[Word], kept: list[Word]) -> list[Word]:
    """`kept` (last first) with the items listed before it, "A, B eller [C]", "Tjänster via
    X, FOI, och [Försvarshögskolan, FHS]": what is given "till ett värde av" is the whole list
    (donation releases: g0vse:pressmeddelanden/2025/01/storsta-stodpaketet-till-ukraina-presenterat,
    g0vse:pressmeddelanden/2024/10/regeringen-utokar-mojligheten-att-donera-medicinsk-utrustning-…)."""
    rest = list(words[:len(words) - len(kept)])
    while rest and (rest[-1].text == "," or rest[-1].lower_ in ITEM_JOINERS):
        joiners = 1 + (len(rest) > 1 and rest[-1].lower_ in ITEM_JOINERS and rest[-2].text == ",")
        item = noun_phrase_tokens(rest[:-joiners])
        if not item or len(kept) + joiners + len(item) > AREA_MAX_WORDS:
            break
        kept = kept + list(reversed(rest[len(rest) - joiners:])) + item
        rest = rest[:len(rest) - joiners - len(item)]
    return kept


def noun_phrase_tokens(words: Sequence[Word]) -> list[Word]:
    """The tokens of the noun phrase that ends `words`, last first."""
    kept: list[Word] = []
    depth = 0       # "bruttotillgångar (GAV, gross asset value) om …": the parenthesis is kept
    for k in range(len(words) - 1, -1, -1):
        token = words[k]
        depth += (token.text == ")") - (token.text == "(")
        if depth > 0 or token.text == "(":
            kept.append(token)
            continue
        if is_break(token):
            break
        if (token.lower_ in CLAUSE_OPENERS or token.lower_ in PREPOSITIONS) \
                and token.lower_ not in INNER_PREPOSITIONS:
            if token.lower_ == INFINITIVE_MARKER and kept:
                kept.pop()      # "att halvera kärnstödet från 80": the verb is no part of it
            break
        if token.lower_ in RECEIVING_VERBS | GIVING_VERBS or is_clause_word(token) \
                or is_finite_verb_token(words, k) \
                or (after_auxiliary(words, k) and is_verb_token(words, k)) or is_supine(words, k):
            break       # "Väntat rörelseresultat … ligger på"; but "ett förvaltat kapital på"
        kept.append(token)
        if token.lower_ in DETERMINERS or len(kept) >= AREA_MAX_WORDS:
            break
    while kept and kept[-1].lower_ in INNER_PREPOSITIONS:
        kept.pop()
    return kept


def relative_head(words: Sequence[Word]) -> list[Word]:
    """The noun phrase a relative clause at the end of `words` belongs to: "reservdelar och
    beredskapsvaror [som under en begränsad tid kan avvaras]"."""
    for k in range(len(words) - 1, 0, -1):
        if is_break(words[k]) or words[k].lower_ in RECEIVING_VERBS:
            return []       # "X som uppgår till ett värde av …": the subject finder's
        if words[k].lower_ in RELATIVE_WORDS:
            return noun_phrase_tokens(words[:k])
    return []


def is_supine(words: Sequence[Word], k: int) -> bool:
    """A supine after its subject, which ends a noun phrase: "Sverige [bidragit] med stöd",
    "organisationen [levererat] humanitärt stöd"; not "ett sammanlagt förvaltat kapital"."""
    word = words[k].lower_
    return word.endswith(SUPINE_ENDINGS) and k > 0 and not words[k - 1].lower_.endswith(SUPINE_ENDINGS) \
        and is_verb_token(words, k)


def after_auxiliary(words: Sequence[Word], k: int) -> bool:
    """An auxiliary before words[k], past adverbs: "har [hittills] bidragit"."""
    j = k - 1
    while j >= 0 and words[j].lower_ in CLAUSE_ADVERBS:
        j -= 1
    return j >= 0 and words[j].lower_ in AUXILIARIES


def without_fillers(words: list[Word]) -> list[Word]:
    """`words` without a filler phrase at their end ("i genomsnitt")."""
    n = ends_with(words, FILLER_BEFORE)
    return words[:-n] if n else words
