"""Qualifiers written right before an amount (annotation guide §3, §6)."""

# Written right before the amount (a total cue such as "totalt" may stand between).
QUALIFIERS: dict[str, str] = {
    "cirka": "approx", "ca": "approx", "ca.": "approx", "c:a": "approx", "ungefär": "approx",
    "omkring": "approx", "runt": "approx", "kring": "approx", "uppskattningsvis": "approx",
    "drygt": "over", "dryga": "over", "över": "over", "mer än": "over", "fler än": "over",
    "passera": "over", "passerar": "over", "överstiger": "over", "översteg": "over",
    "överstiga": "over", "överstigande": "over", "överskrider": "over",
    "knappt": "under", "under": "under", "mindre än": "under", "nästan": "under",
    "närmare": "under", "nära": "under", "uppåt": "under", "uppemot": "under",
    "understiger": "under", "understeg": "under", "understiga": "under", "understigande": "under",
    "minst": "at_least", "åtminstone": "at_least", "inte mindre än": "at_least", "som lägst": "at_least",
    "högst": "at_most", "maximalt": "at_most", "upp till": "at_most", "som mest": "at_most",
    "som högst": "at_most", "max": "at_most", "max.": "at_most", "maximum": "at_most",
}

# Adverbs that may stand between a verb qualifier and its amount: "översteg väl 500 miljarder".
QUALIFIER_INTENSIFIERS = ("väl", "klart", "långt", "vida")

# A qualifier that cancels when this verb stands before it: "Nettoinflödet nådde upp till 1,1
# miljarder pund" is the level reached, not a cap (fund-flow news).
QUALIFIER_CANCELLED_AFTER: dict[str, tuple[str, ...]] = {
    "upp till": ("nådde", "når", "nått", "nå", "gick", "steg", "uppgick"),
}

# Qualifiers that may open the clause, the verb standing between: "Som lägst noterades aktien i
# 21,7 norska kronor" (share-price news).
CLAUSE_QUALIFIERS = ("som lägst", "som mest", "som högst")
