"""The subject of the clause the amount stands in (guide §4, 3 and §6 for financial news):
"Omsättningen sjönk 1,9 procent till [4 008 Mkr]" -> "Omsättningen"; after a fronted
adverbial the subject follows the verb: "I slutet av juni nådde priset [1 439 dollar]" ->
"priset"; in a relative clause it is what "som" refers to: "Aktiefonder, som står för [544
miljarder euro]" -> "Aktiefonder". A subject that gives the money ("Regeringen avsätter …")
or names nothing ("Det handlar om …") is no area.

Verbs are told by `wordclass.is_verb` (spaCy's Swedish lemma table) and the closed lists of
`pipeline/lang/sv/clauses.py`; the clause runs from its last boundary before the amount.
"""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.label.area.attributed import noun_phrase_tokens
from pipeline.label.area.junk import is_area, is_time_word
from pipeline.label.area.naming import points_back
from pipeline.label.area.phrase import is_particle, without_time_at_end
from pipeline.label.area.verbs import is_finite_verb_token, is_verb_token
from pipeline.label.context import (
    PHRASE_TRIM,
    AmountContext,
    has_digit,
    is_break,
    span_text,
    words_in,
)
from pipeline.label.words import Word
from pipeline.lang.sv.areas import (
    AREA_MAX_WORDS,
    BUDGET_DOCUMENTS,
    CLAUSE_CONJUNCTIONS,
    INFINITIVE_MARKER,
    LIST_JOINERS,
    PREPOSITIONS,
    VERB_PARTICLES,
)
from pipeline.lang.sv.clauses import (
    CLAUSE_PUNCT,
    COMMA_SUBORDINATORS,
    COMPARATIVE_SO,
    CONTRAST_JOINERS,
    FRONTED_OPENERS,
    FRONTED_PLACE_PREPOSITIONS,
    GIVER_VERBS,
    RELATIVE_PRONOUNS,
    SUBJECT_ADVERBS,
    SUBORDINATORS,
    SUPERLATIVES,
    VERBLESS_OPENERS,
)

SUBJECT_MAX_WORDS = AREA_MAX_WORDS + 4
COMPOUND_HYPHEN = "-"
MAX_DEPTH = 2
ELLIPSIS_MAX_WORDS = 4


def clause_subject_area(ctx: AmountContext) -> str | None:
    begin = max(ctx.unit.start, ctx.previous_end)
    phrase = subject_of(ctx.text, begin, words_in(ctx.text, begin, ctx.amount.start))
    return phrase if is_area(phrase) and not points_back(phrase) else None


def subject_of(text: str, begin: int, words: Sequence[Word], depth: int = 0) -> str | None:
    """The subject of the clause that `words` (tokens of text[begin:]) end in."""
    start = clause_start(words)
    lead = words[start].lower_ if start < len(words) else ""
    clause = words[start + 1:] if start < len(words) and is_boundary(words, start) else words[start:]
    verb = first_verb(clause)
    if verb is None and lead in RELATIVE_PRONOUNS:
        verb = len(clause)      # "får Försvarshögskolan som samordnar uppdraget [1,4 Mkr]"
    if verb is None and lead in COMMA_SUBORDINATORS and depth < MAX_DEPTH:
        return subject_of(text, begin, words[:start], depth + 1)    # ", då det landade på …"
    if verb is None:
        return elliptic_subject(text, begin, clause) if lead in VERBLESS_OPENERS else None
    before = clause[:verb]
    if lead in RELATIVE_PRONOUNS and all(is_time_word(w.lower_) or w.lower_ in SUBJECT_ADVERBS for w in before):
        # "Skolverket, som [under förra året] betalade ut …": what "som" refers to
        found = noun_phrase_tokens(without_punct(words[:start], CLAUSE_CONJUNCTIONS))
        if not found:
            return None
        main = next((k for k in range(verb + 1, len(clause)) if is_finite_verb_token(clause, k)), None)
        if main is not None and main > verb + 1 and words[start - 1].text != ",":
            # "[Patienter som når gränsen för frikort] kommer att betala …": the relative clause
            # belongs to the subject of the verb after it.
            return span_text(text, begin, found[-1], clause[main - 1])
        return span_text(text, begin, found[-1], found[0])
    if any(w.lower_ in GIVER_VERBS for w in clause[verb:]):
        return None     # "Regeringen avsätter …": who gives, not what for
    if before and before[-1].lower_ in CLAUSE_CONJUNCTIONS:
        return None     # "… och beräknas tillföras [3 Mkr]": the subject is the earlier clause's
    phrase = after = None
    if before and before[0].lower_ not in FRONTED_OPENERS:
        phrase = subject_before_verb(text, begin, before)
    if not is_area(phrase):     # "Den 27 maj var substansvärdet …": a time phrase fronted
        phrase = after = subject_after_verb(text, begin, clause[verb + 1:])
    if after is None and not is_area(phrase) and before \
            and before[0].lower_ in FRONTED_PLACE_PREPOSITIONS:
        phrase = fronted_place(text, begin, before)     # "I fastighetsrörelsen investerades [273 Mkr]"
    if not is_area(phrase) and (lead in LIST_JOINERS or lead in COMMA_SUBORDINATORS or lead in CONTRAST_JOINERS) \
            and depth < MAX_DEPTH:
        # "Biståndet har fortgått och därtill … tillförts [150 Mkr]", "noterades större
        # insättningar, då det landade på [68 mdr]": the earlier clause's subject
        phrase = subject_of(text, begin, words[:start], depth + 1)
    return phrase


def fronted_place(text: str, offset: int, words: Sequence[Word]) -> str | None:
    """The noun of a fronted "i/inom …" when the amount is the subject: "I fastighetsrörelsen
    investerades [273 Mkr]", "Inom äldreomsorgen fördelas …"."""
    head = []
    for token in words[1:]:
        if is_break(token) or token.lower_ in PREPOSITIONS:
            break
        head.append(token)
    if not head or head[-1].lower_.endswith(BUDGET_DOCUMENTS):
        return None     # "I vårändringsbudgeten satsas …": where it is proposed, not what for
    return span_text(text, offset, head[0], head[-1])


def elliptic_subject(text: str, offset: int, words: Sequence[Word]) -> str | None:
    """A clause whose verb is left out: "FOI får 2 Mkr och [FohM] 500 000 kronor"."""
    kept = trimmed(words)
    if not kept or len(kept) > ELLIPSIS_MAX_WORDS or any(is_break(w) or has_digit(w.text) for w in kept):
        return None
    return span_text(text, offset, kept[0], kept[-1])


def is_boundary(words: Sequence[Word], k: int) -> bool:
    token = words[k]
    word = token.lower_
    if word in RELATIVE_PRONOUNS:     # not "som lägst", nor "så sent som i juni"
        if k >= 2 and words[k - 2].lower_ in COMPARATIVE_SO:
            return False
        if k >= 1 and is_verb_token(words, k - 1):
            return False    # "fungerar som en buffert": "som" is "as", no relative clause
        return k + 1 == len(words) or words[k + 1].lower_ not in SUPERLATIVES
    if token.text in CLAUSE_PUNCT or word in SUBORDINATORS:
        return True
    if word in COMMA_SUBORDINATORS and k > 0 and words[k - 1].text == ",":
        return True
    if word in VERBLESS_OPENERS:     # "… att [5 Mkr] avsätts": the amount opens the clause
        if k + 1 == len(words):
            return word == INFINITIVE_MARKER    # "3,7 procent eller [31 mdr]": the same clause
        if k > 0 and words[k - 1].text.endswith(COMPOUND_HYPHEN):
            return False    # "Hälso- och sjukvårdens förmåga": one compound, split by "och"
        return not is_verb_token(words, k + 1)
    return False


def clause_start(words: Sequence[Word]) -> int:
    """Index of the boundary word (or punctuation) that opens the amount's clause, else 0;
    inside parentheses nothing opens a clause: "Fondens NAV (net asset value, eller …)"."""
    depth = 0
    for k in range(len(words) - 1, -1, -1):
        depth += (words[k].text == "(") - (words[k].text == ")")
        if depth >= 0 and words[k].text != "(" and is_boundary(words, k):
            return k
    return 0


def first_verb(words: Sequence[Word]) -> int | None:
    for k in range(len(words)):
        if is_verb_token(words, k):
            return k
    return None


def without_punct(words: Sequence[Word], also: frozenset[str] = frozenset()) -> list[Word]:
    kept = list(words)
    while kept and (kept[-1].is_punct or kept[-1].lower_ in also):
        kept.pop()
    return kept


def trimmed(words: Sequence[Word]) -> list[Word]:
    """Without the particles, adverbs and prepositions that end a phrase before its amount."""
    kept = list(words)
    while kept and (is_break(kept[-1]) or is_particle(kept[-1].lower_) or kept[-1].lower_ in SUBJECT_ADVERBS
                    or kept[-1].lower_ in VERB_PARTICLES or kept[-1].lower_ in PREPOSITIONS):
        kept.pop()
    while kept and (kept[0].is_punct or kept[0].lower_ in SUBJECT_ADVERBS
                    or kept[0].lower_ in CLAUSE_CONJUNCTIONS):
        kept.pop(0)
    return kept


def subject_before_verb(text: str, offset: int, words: Sequence[Word]) -> str | None:
    """The words before the verb, up to an inserted phrase's comma: "Utdelningar till staten
    under 2022, för verksamhetsåret 2021, uppgick …" -> "Utdelningar till staten"."""
    head = []
    for token in words:
        if is_break(token):
            break
        head.append(token)
    kept = trimmed(head)
    if not kept or len(kept) > SUBJECT_MAX_WORDS:
        return None
    return without_time(span_text(text, offset, kept[0], kept[-1]))


def subject_after_verb(text: str, offset: int, words: Sequence[Word]) -> str | None:
    """The noun phrase after an inverted verb: "noterades [XXL] i", "har [skulderna] ökat"."""
    found: list[Word] = []
    for k, token in enumerate(words):
        if not found and (token.lower_ in SUBJECT_ADVERBS or is_verb_token(words, k)
                          or token.lower_ == INFINITIVE_MARKER):
            continue
        if is_break(token) or has_digit(token.text) or is_verb_token(words, k):
            break
        found.append(token)
    kept = trimmed(found)
    if not kept or len(kept) > SUBJECT_MAX_WORDS:
        return None
    return without_time(span_text(text, offset, kept[0], kept[-1]))


def without_time(phrase: str) -> str | None:
    return without_time_at_end(phrase).strip(PHRASE_TRIM) or None
