"""The patterns that find comparison figures, built once from the Swedish words of
`pipeline.lang.sv.comparisons`: changes and their old and new levels, comparison cues, earlier
periods and moments, brackets."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.label.context import SPACE, YEAR
from pipeline.lang.sv.comparisons import (
    A_YEAR_BEFORE,
    BRACKET_PERIOD_ARTICLES,
    BRACKET_PERIOD_PREPOSITIONS,
    BRACKET_PERIODS,
    BRACKET_UNIT_NOUNS,
    BRACKET_UNIT_PREPOSITIONS,
    CHANGE_JOINS,
    CHANGE_STEMS,
    CHANGE_WORDS,
    COMPARING_PHRASES,
    COMPARING_PREPOSITIONS,
    DIFFERENCE_WORDS,
    EARLIER_EXPECTATION_MARKS,
    EARLIER_GRANT_CUES,
    EARLIER_IN_BRACKETS,
    EARLIER_LEVEL_HEADERS,
    EARLIER_MOMENTS,
    EARLIER_RECORDS,
    EARLIER_STEMS,
    EARLIER_TIMES,
    EQUIVALENT_CUES,
    EXPECTATION_WORDS,
    GAP_BREAKERS,
    LATER_LEVEL_VERBS,
    LEVEL_JOINERS,
    LEVEL_STATES,
    LEVEL_WORDS,
    NEW_LEVEL_CUES,
    NEW_WORDS,
    NOT_PAST,
    OLD_LEVEL_CUES,
    PAST_CHANGES,
    PAST_ENDINGS,
    PAST_LEVEL_STATES,
    PERIOD_COMPARING_STEMS,
    PLAN_WORDS,
    PRESENT_LEVEL,
    QUARTERS,
    RECORD_LINKS,
    RECORD_STEMS,
    RULE_NOUNS,
    RULE_PREPOSITIONS,
    RULES_IN_FORCE,
    SAME_PERIODS,
    STANDING_AUXILIARIES,
    STANDING_VERBS,
    STATE_VERBS,
    THIS_YEAR,
    TODAY_AFTER_WORDS,
    TODAY_CUES,
    TODAY_VERBS,
    TODAYS_LEVEL,
    WAS_WORTH,
    WHEN_WORDS,
    WORTH_WORDS,
    YEAR_BEFORE,
)
from pipeline.lang.sv.qualifiers import QUALIFIERS
from pipeline.lang.sv.years import MONTH_NAMES
from pipeline.parse import alternation
from pipeline.pattern_cache import PatternCache


def words(phrases: Sequence[str]) -> str:
    """Whole words or phrases, as one regex alternation."""
    return rf"(?<!\w)(?:{alternation(phrases)})(?!\w)"


PATTERNS = PatternCache(__file__, __name__)
QUALIFIER = rf"(?:(?:{alternation(QUALIFIERS)}){SPACE}+)?"
CHANGE = rf"(?<!\w)(?:(?:{alternation(CHANGE_STEMS)})\w*|{words(CHANGE_WORDS)})"
# A clause's characters: "1.270" is a number, "fr.o.m. 2025" an abbreviation.
IN_CLAUSE = rf"(?:[^.;!?]|\.(?=\w|{SPACE}+[\p{{Ll}}\d]))"
# Up to five words (or years) between a comparison cue and its figure: "att jämföra med 2019
# då summan landade på", "jämfört med dagens gräns på".
GAP_WORDS = rf"(?:{SPACE}+(?!{words(GAP_BREAKERS)})(?:[^\W\d]+|{YEAR}(?![\d.,]))){{0,5}}?"
# An earlier time and a clause about it, before the figure of that time: "samma period
# föregående år då resultatet var", "tidigare år då stödet uppgick till".
WHEN_CLAUSE = (rf"(?:{SPACE}+(?:[^\W\d]+|{YEAR}(?![\d.,]))){{1,4}}?{SPACE}+{words(WHEN_WORDS)}"
               rf"(?:{SPACE}+[^\W\d]+){{1,4}}?")
SIGN = r"[+]?"      # "då resultatet var +36 miljarder"
# "samma period i fjol", "motsvarande period 2017", "samma kvartal föregående år".
PERIOD_WORD = rf"(?:(?:under|för|i){SPACE}+)?"     # "under samma period", "för motsvarande kvartal"
SAME_PERIOD = rf"{words(SAME_PERIODS)}{SPACE}+(?:{words(A_YEAR_BEFORE)}|(?:[^\W\d]+{SPACE}+)?{YEAR})"
EARLIER_WORDS = (rf"(?:{SAME_PERIOD}|{words(EARLIER_TIMES + A_YEAR_BEFORE)}"
                 rf"|(?<!\w)(?:{alternation(EARLIER_STEMS)})\w*)")
# A date after a compared figure is the day it was measured, before the release's.
DATE = rf"(?<!\d)\d{{1,2}}{SPACE}+{words(MONTH_NAMES)}"
EARLIER = rf"(?:{EARLIER_WORDS}|{DATE})"
NUMBER = r"[-−–]?\d[\d\s.,:]*"
# A bare figure: the number only, its unit borrowed from the amount before the bracket.
BARE_FIGURE = PATTERNS.compile(r"[-−–]?\d[\d\s.,:]*")
BRACKET_OPEN = PATTERNS.compile(rf"\({SPACE}*\Z")
BRACKET_CLOSE = PATTERNS.compile(rf"{SPACE}*\)")
# The unit or the period named between a figure and its prior-period bracket: "per aktie",
# "för det tredje kvartalet".
WORDS_BEFORE_BRACKET = PATTERNS.compile(
    rf"(?:{SPACE}+{words(BRACKET_UNIT_PREPOSITIONS)}{SPACE}+{words(BRACKET_UNIT_NOUNS)})?"
    rf"(?:{SPACE}+{words(BRACKET_PERIOD_PREPOSITIONS)}{SPACE}+(?:{words(BRACKET_PERIOD_ARTICLES)}{SPACE}+)?"
    rf"(?:{words(BRACKET_PERIODS + tuple(QUARTERS))}|{words(MONTH_NAMES)})(?:{SPACE}+{YEAR})?)?{SPACE}*",
    regex.IGNORECASE)
# "höjs från 37 till", "höjts till 1.270 från", "ökade till 2 100 kronor i stället för".
OLD_LEVEL = PATTERNS.compile(
    rf"{CHANGE}{IN_CLAUSE}*?{words(OLD_LEVEL_CUES)}(?:{WHEN_CLAUSE})?{SPACE}+(?:{words(LEVEL_WORDS)}{SPACE}+){{0,3}}"
    rf"(?:{NUMBER}{SPACE}*{words(LEVEL_JOINERS)}{SPACE}+)*{QUALIFIER}{SIGN}\Z", regex.IGNORECASE)
# The two levels of a change written as a pair, however far the change stands before it:
# "höja det särskilda tandvårdsbidraget, STB, för personer med … från 600 kronor till 1 000 kronor".
FROM_BEFORE = PATTERNS.compile(
    rf"{words(OLD_LEVEL_CUES)}{SPACE}+(?:{words(LEVEL_WORDS)}{SPACE}+){{0,3}}{QUALIFIER}\Z", regex.IGNORECASE)
TO_BETWEEN = PATTERNS.compile(rf"{SPACE}*{words(NEW_LEVEL_CUES)}{SPACE}+{QUALIFIER}", regex.IGNORECASE)
# Between a level and the new level it changed or changes to: "600 miljoner kronor, en siffra som
# ökat till över", "45 miljoner kronor i år och ökar 2023 till".
CHANGED_SINCE = PATTERNS.compile(
    rf"(?:{SPACE}+{words(PRESENT_LEVEL)}(?:{SPACE}*,)?{SPACE}+(?:och|men){SPACE}+{CHANGE}"
    rf"|{IN_CLAUSE}{{0,60}}?{words(PAST_CHANGES)}){IN_CLAUSE}{{0,30}}?{words(NEW_LEVEL_CUES)}{SPACE}+{QUALIFIER}",
    regex.IGNORECASE)
# "Bidraget ligger för 2025 på drygt", "För 2025 var ramen": a level stated with its verb.
STATED_LEVEL = PATTERNS.compile(
    rf"{words(LEVEL_STATES)}(?:{SPACE}+(?:[^\W\d]+|{YEAR})){{0,3}}?(?:{SPACE}+(?:till|på|om))?{SPACE}+{QUALIFIER}\Z",
    regex.IGNORECASE)
# "… och ökas till drygt", "… som för 2026 föreslås ökas till högst": the level's change.
# What the level is of may stand before the join: "333 miljoner kronor för de särskilda
# exportkreditgarantierna för Ukraina och 2025 ökades ramen till totalt".
WORDS_BEFORE_JOIN = 6  # words naming what a level is of, between it and the join to its change
BEFORE_JOIN = rf"(?:{SPACE}+(?!{words(CHANGE_JOINS)})[^\W\d]+){{0,{WORDS_BEFORE_JOIN}}}?"
THEN_CHANGED = PATTERNS.compile(
    rf"{BEFORE_JOIN}{SPACE}+{words(CHANGE_JOINS)}(?:{SPACE}+(?:[^\W\d]+|{YEAR}))*?{SPACE}+{CHANGE}"
    rf"{IN_CLAUSE}{{0,30}}?{words(NEW_LEVEL_CUES)}{SPACE}+{QUALIFIER}", regex.IGNORECASE)
# "… och för 2026 föreslår regeringen att den högst ska uppgå till": the later year's level.
THEN_STATED = PATTERNS.compile(
    rf"{BEFORE_JOIN}{SPACE}+{words(CHANGE_JOINS)}(?:{SPACE}+(?:[^\W\d]+|{YEAR}))*?{SPACE}+"
    rf"{words(LATER_LEVEL_VERBS)}{SPACE}+{words(NEW_LEVEL_CUES)}{SPACE}+{QUALIFIER}", regex.IGNORECASE)
PAST_LEVEL = PATTERNS.compile(words(PAST_LEVEL_STATES), regex.IGNORECASE)
NEW_LEVEL = PATTERNS.compile(rf"{CHANGE}{IN_CLAUSE}*?{words(NEW_LEVEL_CUES)}{SPACE}+{QUALIFIER}\Z", regex.IGNORECASE)
TODAY_BEFORE = PATTERNS.compile(
    rf"{words(TODAY_CUES)}(?:{SPACE}+{words(TODAY_VERBS)}(?:{SPACE}+[^\W\d]+)?|{SPACE}+(?:till|på|om))?"
    rf"{SPACE}+{QUALIFIER}\Z", regex.IGNORECASE)
# "Med nuvarande regler måste …", "Rätten till avdrag är i dag begränsad …".
RULES_NOW = PATTERNS.compile(
    rf"{words(RULE_PREPOSITIONS)}{SPACE}+{words(RULES_IN_FORCE)}{SPACE}+{words(RULE_NOUNS)}"
    rf"|{words(STATE_VERBS)}{SPACE}+{words(TODAY_CUES)}", regex.IGNORECASE)
NEW_OR_CHANGED = PATTERNS.compile(rf"{CHANGE}|{words(NEW_WORDS)}", regex.IGNORECASE)
TODAYS_LEVEL_BEFORE = PATTERNS.compile(
    rf"{words(TODAYS_LEVEL)}(?:{SPACE}+[^\W\d]+)?(?:{SPACE}+som{SPACE}+{words(TODAY_VERBS)})?(?:{SPACE}+(?:på|om))?"
    rf"{SPACE}+{QUALIFIER}\Z", regex.IGNORECASE)
STANDING_BEFORE = PATTERNS.compile(
    rf"{words(STANDING_AUXILIARIES)}(?:{SPACE}+[^\W\d]+){{0,4}}?{SPACE}+{words(STANDING_VERBS)}"
    rf"(?:{SPACE}+(?:till|på|om|kring|runt))?{SPACE}+{QUALIFIER}\Z", regex.IGNORECASE)
EARLIER_RECORD_BEFORE = PATTERNS.compile(
    rf"{words(EARLIER_RECORDS)}(?:{SPACE}+[^\W\d]+|{SPACE}+{YEAR}){{0,6}}?{SPACE}+{words(RECORD_LINKS)}{SPACE}+"
    rf"{QUALIFIER}\Z", regex.IGNORECASE)
# A clause about the past time of the figure before it: "där aktien inhandlades", "när det
# första uppköpserbjudandet gjordes".
PAST_WHEN_AFTER = PATTERNS.compile(
    rf"{SPACE}*(?:[^\W\d]+{SPACE}+){{0,2}}?{words(WHEN_WORDS)}(?:{SPACE}+[^\W\d]+){{0,5}}?{SPACE}+"
    rf"(?!{words(NOT_PAST)})[^\W\d]{{2,}}(?:{alternation(PAST_ENDINGS)})(?!\w)", regex.IGNORECASE)
THIS_YEAR_WORDS = PATTERNS.compile(words(THIS_YEAR), regex.IGNORECASE)
A_CHANGE_BY = PATTERNS.compile(rf"{CHANGE}{IN_CLAUSE}*?(?<!\w)med{SPACE}+{QUALIFIER}\Z", regex.IGNORECASE)
PERIOD_ORDER = PATTERNS.compile(f"{words(tuple(QUARTERS))}|{words(MONTH_NAMES)}", regex.IGNORECASE)
PERIOD_PHRASE = PATTERNS.compile(
    rf"(?P<name>{words(tuple(QUARTERS))}|{words(MONTH_NAMES)})(?:{SPACE}+(?P<year>{YEAR}))?"
    rf"|(?<![\d.,])(?P<year>{YEAR})(?![\d.,])", regex.IGNORECASE)
COMPARISON_ANYWHERE = PATTERNS.compile(words(COMPARING_PHRASES), regex.IGNORECASE)
COMPARING = PATTERNS.compile(rf"{words(COMPARING_PHRASES)}|(?<!\w)(?:{alternation(RECORD_STEMS)})", regex.IGNORECASE)
RANGE_DASH = PATTERNS.compile(rf"{SPACE}*[-–—]{SPACE}*[^\W\d]")
RANGE_DASH_BEFORE = PATTERNS.compile(rf"[^\W\d]{SPACE}*[-–—]{SPACE}*\Z")
# "(tidigare 500 kr)", "(i fjol: 40 Mkr)", "(2023: 40 Mkr)", "(helåret 2023: 40 Mkr)", ", tidigare 500 kronor".
EARLIER_BRACKET = PATTERNS.compile(
    rf"(?:\({SPACE}*(?:{words(EARLIER_IN_BRACKETS + A_YEAR_BEFORE)}|{PERIOD_WORD}{SAME_PERIOD}"
    rf"|(?:(?!{words(EXPECTATION_WORDS)})[^\W\d]\w*{SPACE}+)?{YEAR}(?={SPACE}*:))"
    rf"|[,–—]{SPACE}*{words(EARLIER_IN_BRACKETS + A_YEAR_BEFORE)}){SPACE}*:?{SPACE}*{QUALIFIER}\Z", regex.IGNORECASE)
OPEN_BRACKET = PATTERNS.compile(rf"\({SPACE}*{QUALIFIER}\Z", regex.IGNORECASE)
# "jämfört med 500 kronor i dag", "mot 1 200 kronor för närvarande".
TODAY_AFTER = PATTERNS.compile(rf"{SPACE}*,?{SPACE}*{words(TODAY_CUES + TODAY_AFTER_WORDS)}(?!{SPACE}*:)",
                            regex.IGNORECASE)
# An earlier time after a figure is its time, not that of a figure after it: "412 Mkr,
# föregående år 377 Mkr", "(48 Mkr, i fjol 31 Mkr)".
NO_FIGURE_AFTER = rf"(?!{SPACE}*:?{SPACE}*{QUALIFIER}[-−–]?\d)"
EARLIER_AFTER = PATTERNS.compile(rf"{SPACE}*,?{SPACE}*{PERIOD_WORD}{EARLIER}{NO_FIGURE_AFTER}", regex.IGNORECASE)
SAME_PERIOD_AFTER = PATTERNS.compile(rf"{SPACE}*,?{SPACE}*{PERIOD_WORD}(?:{SAME_PERIOD}|{words(YEAR_BEFORE)}){NO_FIGURE_AFTER}",
                                  regex.IGNORECASE)
COMPARED = PATTERNS.compile(
    rf"{words(COMPARING_PHRASES + COMPARING_PREPOSITIONS)}(?P<gap>{WHEN_CLAUSE}|{GAP_WORDS}){SPACE}+"
    rf"(?:(?:på|om){SPACE}+)?{QUALIFIER}{SIGN}\Z",
    regex.IGNORECASE)
# After a comparison cue, the same period alone is the earlier one: "mot 40 Mkr under
# motsvarande period".
COMPARED_PERIOD = PATTERNS.compile(rf"{EARLIER}|{words(SAME_PERIODS)}", regex.IGNORECASE)
EARLIER_HEADER = PATTERNS.compile(rf"{EARLIER_WORDS}|{words(EARLIER_LEVEL_HEADERS)}", regex.IGNORECASE)
SAME_PERIOD_OPENING = PATTERNS.compile(rf"[\W]*{PERIOD_WORD}(?:{SAME_PERIOD}|{words(YEAR_BEFORE)})", regex.IGNORECASE)
EQUIVALENT = PATTERNS.compile(rf"{SPACE}*,?{SPACE}*{words(EQUIVALENT_CUES)}{SPACE}+{QUALIFIER}", regex.IGNORECASE)
EXPECTATION = PATTERNS.compile(words(EXPECTATION_WORDS), regex.IGNORECASE)
# "mot tidigare prognos på": the forecast a change replaced, no expectation of the figure.
EARLIER_EXPECTATION = PATTERNS.compile(
    rf"{words(EARLIER_EXPECTATION_MARKS)}{SPACE}+{words(EXPECTATION_WORDS)}", regex.IGNORECASE)
TODAY = PATTERNS.compile(words(TODAYS_LEVEL), regex.IGNORECASE)
DIFFERENCE = PATTERNS.compile(words(DIFFERENCE_WORDS), regex.IGNORECASE)
CHANGE_ANYWHERE = PATTERNS.compile(CHANGE, regex.IGNORECASE)
YEAR_WORD = PATTERNS.compile(rf"(?<!\d)({YEAR})(?!\d)")
# A sentence that compares a figure of an earlier period with the release's own: "ett rekord
# som … slogs i juli".
PERIOD_COMPARING = PATTERNS.compile(rf"{words(COMPARING_PHRASES)}|(?<!\w)(?:{alternation(PERIOD_COMPARING_STEMS)})",
                                 regex.IGNORECASE)
PLAN = PATTERNS.compile(words(PLAN_WORDS + EXPECTATION_WORDS), regex.IGNORECASE)
EARLIER_GRANT = PATTERNS.compile(words(EARLIER_GRANT_CUES), regex.IGNORECASE)
# "var innehavet värt nära", "som då tillsammans var värda": a worth stated in the past.
WORTH_THEN_BEFORE = PATTERNS.compile(
    rf"{words(WAS_WORTH)}(?:{SPACE}+[^\W\d]+){{0,2}}?{SPACE}+{words(WORTH_WORDS)}{SPACE}+{QUALIFIER}\Z",
    regex.IGNORECASE)
EARLIER_MOMENT = PATTERNS.compile(words(EARLIER_MOMENTS), regex.IGNORECASE)
CLAUSE_END = PATTERNS.compile(r"[.;!?](?!\d)")
REACH = 120         # characters read before an amount for the change it is the old level of
AFTER_REACH = 60    # characters read after a compared figure for its period
GRANT_REACH = 80    # characters read before an amount for the cue of an earlier grant
RAISE_REACH = 6     # amounts read after an earlier grant for the money added and the new level


PATTERNS.save()
