"""A verb in its place: a word the lemma table calls a verb is none after a preposition ("i
slutet av juni") or as a participle inside a noun phrase ("den samlade fondförmögenheten",
"bolagets justerade resultat"); a proper name is none either ("Formas")."""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.label.area.time import is_time_noun
from pipeline.label.context import has_digit
from pipeline.label.wordclass import VOWELS, is_verb
from pipeline.label.words import Word
from pipeline.lang.sv.areas import CLAUSE_VERBS, PREPOSITIONS
from pipeline.lang.sv.clauses import ATTRIBUTIVE_LEADS, FRONTED_OPENERS, FRONTED_PARTICIPLES


def is_verb_token(words: Sequence[Word], k: int) -> bool:
    """A verb here, not a participle inside a noun phrase ("den samlade fondförmögenheten")."""
    token = words[k]
    word = token.lower_
    if has_digit(word) or not token.is_alpha or (k > 0 and token.text[:1].isupper()):
        return False
    if word in FRONTED_PARTICIPLES and k + 1 < len(words) and words[k + 1].lower_ in PREPOSITIONS:
        return False    # "Sett till sektorer …": an adverbial, not the clause's verb
    if k > 0 and words[k - 1].lower_ in PREPOSITIONS:
        return False    # "I slutet av juni": a preposition governs a noun
    if k > 0 and not word.endswith("s") and (words[k - 1].lower_ in ATTRIBUTIVE_LEADS
                                              or is_genitive(words[k - 1].lower_)):
        return word in CLAUSE_VERBS     # "den samlade …", "bolagets justerade …"; not "… grundades"
    return word in CLAUSE_VERBS or is_verb(word)


def is_genitive(word: str) -> bool:
    """"bolagets", "Sveriges": a noun in -s that is no verb, month or time noun ("mars")."""
    return word.endswith("s") and not is_verb(word) and not is_time_noun(word) \
        and word not in FRONTED_OPENERS




# Participles stand inside a noun phrase: "förvaltat", "så kallad", "säkerställda". A form in
# "-ade", "-de", "-te" outside a noun phrase's determiner is a past: "fonder noterade uttag".
PARTICIPLE_ENDINGS = ("ad", "at", "d", "t", "da", "ta", "na")
SHORT_VERB = 3      # "gå", "se", "bo": a short infinitive ends in any vowel


def is_finite_verb_token(words: Sequence[Word], k: int) -> bool:
    """A verb here that is no participle nor infinitive: "ligger", "sjönk", "noterade", but
    not "förvaltat" nor "stärka"."""
    word = words[k].lower_
    infinitive = word.endswith("a") or (len(word) <= SHORT_VERB and word[-1:] in VOWELS)
    return is_verb_token(words, k) and not word.endswith(PARTICIPLE_ENDINGS) and not infinitive
