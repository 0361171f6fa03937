"""Words that name the period or moment a figure is for and the period a release reports on,
so that an earlier period's figure can be told from the period's own (annotation guide §3
`is_previous`). Read by `pipeline.label.release_period`."""

# Quarters and half-years by their ordinal: "det tredje kvartalet", "första halvåret 2019".
ORDINAL_NUMBERS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4}
QUARTER_NOUNS = ("kvartalet", "kvartal")
HALF_YEAR_NOUNS = ("halvåret", "halvår")

# A quarter by its number: "upp 4,9% i 4 kv", "inflöde till börshandlade fonder 2kv", "Q3".
QUARTER_MARKS = ("kv", "kv.", "kvartalet")
QUARTER_LETTER = "q"

# Articles written before an ordinal period: "det fjärde kvartalet", "den första".
PERIOD_ARTICLES = ("det", "den")

# A moment at the end or the start of a period: "I slutet av 2019 var innehavet värt",
# "mot 248,6 miljoner euro vid utgången av det tredje kvartalet".
PERIOD_ENDS = ("slutet av", "slutet på", "utgången av", "utgången på")
PERIOD_STARTS = ("början av", "början på", "inledningen av")

# Prepositions that tie a period to a figure: "om 327 miljarder dollar i mars", "130:45 kronor
# från i september 2018", "9,4 miljoner euro för det andra kvartalet", "Under första kvartalet".
PERIOD_PREPOSITIONS = ("i", "under", "för", "per", "vid", "från i", "avseende", "in")

# Written between a period and its figure: "det tidigare rekordet i juli på 45,3 miljarder
# dollar", "rekordinflödet i juni om 92 miljarder".
FIGURE_LINKS = ("på", "om")

# Written between a figure and its period: "minus 4,4 miljarder euro netto".
FIGURE_TRAILERS = ("netto",)

# Written before a period that starts a span up to now, which is no figure's own period: "det
# största utflödet sedan juni 2016", "Betydande utflöden av kapital sedan september".
SINCE = ("sedan", "sedan i", "allt sedan")

# Words that may open a sentence before the period that frames it: "Men under andra kvartalet
# återvände det normala inflödet", "Samtidigt noterades i juni …".
SENTENCE_OPENERS = ("men", "och", "samtidigt", "dock", "även", "också", "redan")
