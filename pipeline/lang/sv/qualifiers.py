"""Qualifiers written right before an amount (annotation guide §3, §6)."""

# Written right before the amount (a total cue such as "totalt" may stand between).
QUALIFIERS: dict[str, str] = {
    "cirka": "approx", "ca": "approx", "ca.": "approx", "c:a": "approx", "ungefär": "approx",
    "omkring": "approx", "runt": "approx", "kring": "approx", "uppskattningsvis": "approx",
    "drygt": "over", "över": "over", "mer än": "over", "fler än": "over", "passera": "over",
    "passerar": "over", "överstiger": "over", "uppemot": "approx",
    "knappt": "under", "under": "under", "mindre än": "under", "nästan": "under",
    "närmare": "under", "nära": "under",
    "minst": "at_least", "åtminstone": "at_least", "inte mindre än": "at_least",
    "högst": "at_most", "maximalt": "at_most", "upp till": "at_most", "som mest": "at_most",
    "max": "at_most", "max.": "at_most", "maximum": "at_most",
}
