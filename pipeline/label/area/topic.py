"""What a title is about, when the title is the last resort (guide §4, 4): a title that is a
noun phrase is its own topic ("Kompensation till personer födda 1957"); a title that is a
clause gives what the giver's verb acts on ("Regeringen förlänger [bostadsbidraget för …]"), the
purpose it names ("Regeringen satsar [på vårdplatser …]"), else its subject ("[Vaccin mot
vattkoppor] införs i …"), so that an area is not a whole headline."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from pipeline.label.area.clause import subject_of
from pipeline.label.area.junk import is_area
from pipeline.label.area.naming import names_something
from pipeline.label.area.phrase import phrase_from
from pipeline.label.area.tidy import tidy
from pipeline.label.area.verbs import is_verb_token
from pipeline.label.context import has_digit, words_in
from pipeline.label.words import Word
from pipeline.lang.sv.areas import INFINITIVE_MARKER, PREPOSITIONS, PURPOSE_PREPOSITIONS
from pipeline.lang.sv.junk import ACTORS

TOPIC_MIN_WORDS = 6     # a shorter title is short enough to be the area itself
# Fund news titles name the fund or company before a colon: "Robur Ny Teknik: Betydande
# utflöden …", "Svenska hedgefonder: Utflöden varje månad 2020 …" (guide §6: the fund, not the
# headline; fonderdirekt:2018-12-20-robur-ny-teknik-betydande-utflöden-av-kapital-sedan-september,
# fonderdirekt:2020-07-31-svenska-hedgefonder-utflöden-varje-månad-2020-nära-20-mdr-sek-totalt).
TITLE_TOPIC_SEPARATOR = ": "
TITLE_TOPIC_MAX_WORDS = 4
# In a headline "i" mostly says where ("införs i det nationella programmet"), not what for.
TITLE_PURPOSES = tuple(p for p in PURPOSE_PREPOSITIONS if p != "i")


@lru_cache(maxsize=256)
def title_topic(title: str) -> str:
    named = named_before_colon(title)
    if named:
        return named
    words = words_in(title, 0, len(title))
    if len(words) < TOPIC_MIN_WORDS and not (words and words[0].lower_ in ACTORS):
        return title    # but "Regeringen aviserar miljardsatsning på flyget" is a clause
    verb = main_verb(words)
    if verb is None:
        return title    # "Satsning för att öka användningen av …": a noun phrase, verbs only after "att"
    given = object_of(title, words, verb) if words[0].lower_ in ACTORS else None
    if given:
        return given    # "Regeringen förlänger [bostadsbidraget för barnfamiljer]"
    for k in range(verb + 1, len(words)):
        if words[k].lower_ in TITLE_PURPOSES and k + 1 < len(words):
            purpose = phrase_from(title, 0, words, k + 1, clause=True)
            if purpose and is_area(tidy(purpose)):
                return tidy(purpose)
            break
    subject = subject_of(title, 0, words[:verb + 1])
    return tidy(subject) if subject and is_area(tidy(subject)) else title


def named_before_colon(title: str) -> str | None:
    """"Robur Ny Teknik" of "Robur Ny Teknik: Betydande utflöden …": a short name before the
    headline's colon, with no figure or verb of its own."""
    head, separator, rest = title.partition(TITLE_TOPIC_SEPARATOR)
    words = words_in(head, 0, len(head))
    if not (separator and rest.strip()) or not 0 < len(words) <= TITLE_TOPIC_MAX_WORDS:
        return None
    if any(has_digit(w.text) or is_verb_token(words, k) for k, w in enumerate(words)):
        return None
    return head.strip() if is_area(head.strip()) and names_something(head.strip()) else None


def object_of(title: str, words: Sequence[Word], verb: int) -> str | None:
    """What the giver's verb acts on, when the subject is only who gives: "Regeringen aviserar
    [nytt gasprisstöd till sydsvenska hushåll]", "Regeringen stärker [konkurrenskraften för svensk
    animalieproduktion]" (g0vse:pressmeddelanden/2022/12/regeringen-aviserar-nytt-gasprisstod-
    till-sydsvenska-hushall, g0vse:pressmeddelanden/2023/01/regeringen-starker-konkurrenskraften-
    for-svensk-animalieproduktion)."""
    k = verb + 1
    while k < len(words) and is_verb_token(words, k):
        k += 1      # "Regeringen har [beslutat] …"
    if k >= len(words) or words[k].lower_ in PREPOSITIONS:
        return None     # "Regeringen satsar [på vårdplatser]": a purpose, read as one
    found = phrase_from(title, 0, words, k, clause=True)
    if not found or has_digit(found):
        return None     # "Regeringen föreslår [100 miljoner kronor] för sfi": the amount, its purpose follows
    found = tidy(found)
    return found if is_area(found) and names_something(found) else None


def main_verb(words: Sequence[Word]) -> int | None:
    """The headline's own verb, not an infinitive after "att": "Satsning för att öka …" is a
    noun phrase."""
    return next((k for k in range(len(words)) if is_verb_token(words, k)
                 and not (k > 0 and words[k - 1].lower_ == INFINITIVE_MARKER)), None)
