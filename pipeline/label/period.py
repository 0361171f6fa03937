"""The period or denominator of an amount: `year` … `hour`, or the noun after "per" (guide §3, §6)."""
from __future__ import annotations

import regex

from pipeline.parse import Amount, alternation
from pipeline.label.context import SPACE, TextUnit
from pipeline.lang.sv.periods import PER_WORDS, PERIODS, PERIODS_BEFORE, PLURAL_ENDINGS

PERIOD_AFTER = regex.compile(rf"{SPACE}*(?P<word>{alternation(PERIODS)})(?!\w)", regex.IGNORECASE)
PER_BEFORE_NOUN = "|".join(rf"{regex.escape(w)}{SPACE}+" if w.isalpha() else regex.escape(w) for w in PER_WORDS)
PER_NOUN_AFTER = regex.compile(rf"{SPACE}*(?:{PER_BEFORE_NOUN})(?P<noun>[^\W\d_][\w-]*)", regex.IGNORECASE)
PERIOD_ANYWHERE_BEFORE = regex.compile(rf"(?<!\w)(?P<word>{alternation(PERIODS_BEFORE)})(?!\w)",
                                       regex.IGNORECASE)
PERIOD_REACH = 60


def per_of(text: str, amount: Amount, unit: TextUnit) -> str | None:
    """`year` … `hour`, or the noun after "per"; looked for right after the amount, after a
    short phrase ("500 Mkr i investerat kapital per fond"), then before it in the sentence."""
    window_end = min(unit.end, amount.end + PERIOD_REACH)
    for start in phrase_starts(text, amount.end, window_end):
        period = PERIOD_AFTER.match(text, start, window_end)
        if period:
            return PERIODS[period["word"].lower()]
        noun = PER_NOUN_AFTER.match(text, start, window_end)
        if noun:
            word = noun["noun"].lower()
            return PERIODS.get(f"per {word}") or PERIODS.get(f"/{word}") or singular(word)
    before = PERIOD_ANYWHERE_BEFORE.search(text, unit.start, amount.start)
    return PERIODS_BEFORE[before["word"].lower()] if before else None


def phrase_starts(text: str, start: int, end: int, words: int = 4) -> list[int]:
    """The amount's end and the starts of the next few words, stopping at punctuation."""
    found = [start]
    for m in regex.finditer(r"\S+", text[start:end]):
        if len(found) > words or regex.search(r"[.,;:!?()]$", m[0]):
            break
        found.append(start + m.end())
    return found


def singular(noun: str) -> str:
    """"elever" -> "elev", "kommuner" -> "kommun"."""
    for plural, single in PLURAL_ENDINGS:
        if noun.endswith(plural) and len(noun) > len(plural) + 2:
            return noun[: len(noun) - len(plural)] + single
    return noun
