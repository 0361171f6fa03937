"""Tidying a finder's phrase: without a leading conjunction or verb particle, the giver an
inverted verb puts first, a trailing qualifier, filler, stranded preposition or the time it ends in."""
from __future__ import annotations

from pipeline.label.area.phrase import TRAILING_TIME, is_particle, may_end_in_time
from pipeline.label.area.time import is_time_noun, is_time_word
from pipeline.label.context import A_YEAR, PHRASE_TRIM, SOFT_HYPHEN
from pipeline.label.wordclass import is_verb
from pipeline.lang.sv.areas import (
    CLAUSE_ADVERBS,
    CLAUSE_CONJUNCTIONS,
    INFINITIVE_MARKER,
    PARTITIVE,
    PREPOSITIONS,
    RELATIVE_WORDS,
    TIME_PREPOSITIONS,
)
from pipeline.lang.sv.junk import ACTORS, FIRST_PERSON, SMALL_NUMBERS, SPLIT_PARTICLES

SOURCE_WORD = "enligt"     # who says so is no part of what the money is for
TRAILING_FILLERS = ("vardera", "styck", "att", "totalt", "sammanlagt", "netto")


def tidy(phrase: str) -> str:
    """Without soft hyphens, a leading conjunction or a trailing qualifier, filler or "att":
    "och den samlade fondförmögenheten" -> "den samlade fondförmögenheten", "garantiramen högst"
    -> "garantiramen", "utflöden vardera" -> "utflöden"."""
    words = phrase.replace(SOFT_HYPHEN, "").split()
    lower = [w.lower() for w in words]
    if SOURCE_WORD in lower[1:]:
        words = words[:lower.index(SOURCE_WORD, 1)]     # "rörelseresultat [enligt Factsets konsensus]"
    words = without_giver(words)
    while len(words) > 1 and (words[0].lower() in CLAUSE_CONJUNCTIONS or words[0].lower() == INFINITIVE_MARKER):
        words.pop(0)
    if len(words) > 2 and words[0] in SPLIT_PARTICLES and words[1].lower() in PREPOSITIONS:
        words = words[2:]   # "räknas inte [in i] taket på …", "nått [upp till] kravet om …"
    while len(words) > 1 and (is_particle(words[-1].lower()) or words[-1].lower() in TRAILING_FILLERS
                              or words[-1].lower() in PREPOSITIONS):
        if is_stranded(words):
            break       # "som staten och SKL har enats om": the relative clause's own preposition
        words.pop()
    return without_trailing_time(" ".join(words).strip(PHRASE_TRIM))


def without_trailing_time(phrase: str) -> str:
    """Without the time the phrase ends in, and the start of that time phrase: "Barnombudsmannen
    i år" -> "Barnombudsmannen", "GAV vid utgången av det tredje kvartalet 2018" -> "GAV",
    "hyresintäkter för de första åtta månaderna av 2020" -> "hyresintäkter"; but not an age:
    "personer som har fyllt 66 år"."""
    found = TRAILING_TIME.search(phrase) if may_end_in_time(phrase) else None
    if not found or not phrase[:found.start()].strip():
        return without_time_adverbial(phrase)
    words = phrase[:found.start()].split()
    if words[-1].isdigit() and not A_YEAR.fullmatch(words[-1]):
        return phrase       # "fyllt 66 år": an age, no time of the money
    while len(words) > 1 and (words[-1].lower() in PARTITIVE or words[-1].lower() in SMALL_NUMBERS
                              or is_time_word(words[-1].lower())):
        words.pop()
    return " ".join(words).strip(PHRASE_TRIM) or phrase


def without_giver(words: list[str]) -> list[str]:
    """Without the giver an inverted verb puts first: "[ökade regeringen] anslaget till
    SciLifeLab", "[regeringen därför] en höjning av Skolinspektionens förvaltningsanslag"
    (g0vse:pressmeddelanden/2023/05/…scilifelab…, g0vse:pressmeddelanden/2024/09/…skolinspektionen…);
    not "kärnstöd från regeringen"."""
    lower = [w.lower() for w in words]
    for k, word in enumerate(lower[:-1]):
        if word in ACTORS or word in FIRST_PERSON:
            if k == 0 or any(is_verb(w) for w in lower[:k]):
                rest = words[k + 1:]
                while len(rest) > 1 and rest[0].lower() in CLAUSE_ADVERBS:
                    rest = rest[1:]
                return rest
            break
    return words


def without_time_adverbial(phrase: str) -> str:
    """Without a time adverbial the phrase ends in: "hedgefonder [under årets första 11
    månader]"; it opens with a preposition of time and holds a time noun."""
    words = phrase.split()
    k = len(words)
    while k > 1 and (is_time_word(words[k - 1].lower()) or words[k - 1].lower() in SMALL_NUMBERS):
        k -= 1
    stripped = [w.lower() for w in words[k:]]
    if k == len(words) or stripped[0] not in TIME_PREPOSITIONS or not any(is_time_noun(w) for w in stripped):
        return phrase
    return " ".join(words[:k]).strip(PHRASE_TRIM) or phrase


def is_stranded(words: list[str]) -> bool:
    """A last word that a relative clause strands ("de överenskommelser som parterna enats
    om", "det som regeringen talat för"): Swedish leaves the preposition at the clause's end."""
    return words[-1].lower() in PREPOSITIONS and any(w.lower() in RELATIVE_WORDS for w in words[1:-2])

