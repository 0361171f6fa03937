"""Swedish number words, as the parser reads them ("tjugofem", "tvåhundra", "en halv").

Compounds are written as one word ("tvåhundrafemtio"); the parser splits them into these
pieces, longest first.
"""
from decimal import Decimal

# Pieces that add their value: "tjugo" + "fem" = 25.
NUMBER_WORDS: dict[str, int] = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
    "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13,
    "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "aderton": 18,
    "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60,
    "sjuttio": 70, "åttio": 80, "nittio": 90,
}

# Pieces that multiply what stands before them: "två" + "hundra" = 200.
HUNDRED = "hundra"
THOUSAND = "tusen"

# Words that are a number alone, fractions included: "halvannan miljard" = 1,5 miljarder.
WHOLE_WORDS: dict[str, Decimal] = {
    "halvannan": Decimal("1.5"),
    "halvannat": Decimal("1.5"),
}

# "en halv miljard", "en kvarts miljard", "två och en halv miljoner"; a heading may drop the
# article ("Halv miljard till vården").
FRACTION_ARTICLES = ("en", "ett")
FRACTION_WORDS: dict[str, Decimal] = {
    "halv": Decimal("0.5"),
    "halvt": Decimal("0.5"),
    "kvarts": Decimal("0.25"),
}
FRACTION_JOIN = "och"

# Words that stand for a written minus sign.
MINUS_WORDS = ("minus",)
