"""Scale words and abbreviations after a number, with the power of ten they stand for.

Keys are lower case; the parser matches them case-insensitively, except `CASED_SCALES`, whose
case carries meaning ("SEK 9.4 M" but not "9 m").
"""
from decimal import Decimal

SCALE_WORDS: dict[str, Decimal] = {
    "tusen": Decimal(10) ** 3,
    "miljon": Decimal(10) ** 6,
    "miljoner": Decimal(10) ** 6,
    "miljonen": Decimal(10) ** 6,
    "miljonerna": Decimal(10) ** 6,     # "de 497 miljonerna" (annotation guide §6)
    "miljonor": Decimal(10) ** 6,       # a typo that keeps its meaning (annotation guide §6)
    "mln": Decimal(10) ** 6,            # news headlines: "42 mln kr", "300 mln usd"
    "milj.": Decimal(10) ** 6,
    "milj": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "miljard": Decimal(10) ** 9,
    "miljarder": Decimal(10) ** 9,
    "miljarderna": Decimal(10) ** 9,    # "De 6 miljarderna" (annotation guide §6)
    "miljader": Decimal(10) ** 9,       # a typo that keeps its meaning: "140 miljader euro" (§6)
    "mdr": Decimal(10) ** 9,
    "md": Decimal(10) ** 9,
    "mrd": Decimal(10) ** 9,
    "mrd.": Decimal(10) ** 9,
    "biljon": Decimal(10) ** 12,
    "biljoner": Decimal(10) ** 12,
}

# Adjectives that may stand between a number and its scale word without making it a count:
# "22,7 nya miljarder kronor netto till bolagets fonder" (financial news), "satsningen på 200
# nya miljoner för att fler lärare" (government).
SCALE_ADJECTIVES: tuple[str, ...] = ("nya",)

# Scale words that make a count as easily as a sum ("1,4 miljoner jobb"): an amount with one
# of these and no currency needs money around it to count.
COUNT_SCALES = frozenset(SCALE_WORDS)

# Scale and currency in one abbreviation: "30 Mkr", "1,2 mdkr", "300 tkr", "23 MSEK".
SCALED_CURRENCIES: dict[str, tuple[Decimal, str]] = {
    "kkr": (Decimal(10) ** 3, "SEK"),
    "tkr": (Decimal(10) ** 3, "SEK"),
    "tsek": (Decimal(10) ** 3, "SEK"),
    "ksek": (Decimal(10) ** 3, "SEK"),
    "mkr": (Decimal(10) ** 6, "SEK"),
    "mnkr": (Decimal(10) ** 6, "SEK"),
    "miljkr": (Decimal(10) ** 6, "SEK"),
    "msek": (Decimal(10) ** 6, "SEK"),
    "mdkr": (Decimal(10) ** 9, "SEK"),
    "mdrkr": (Decimal(10) ** 9, "SEK"),
    "mdsek": (Decimal(10) ** 9, "SEK"),
    "mrdkr": (Decimal(10) ** 9, "SEK"),
    "keur": (Decimal(10) ** 3, "EUR"),
    "teur": (Decimal(10) ** 3, "EUR"),
    "meur": (Decimal(10) ** 6, "EUR"),
    "mdeur": (Decimal(10) ** 9, "EUR"),
    "musd": (Decimal(10) ** 6, "USD"),
    "mdusd": (Decimal(10) ** 9, "USD"),
    "busd": (Decimal(10) ** 9, "USD"),  # newswire table headers: "HP Inc, BUSD"
    "mnok": (Decimal(10) ** 6, "NOK"),
    "mdkk": (Decimal(10) ** 6, "DKK"),
    # The rest of the newswire convention of a scale letter before the ISO code, in the
    # headers of foreign companies' figures ("Unilever, MEUR", "Nestlé, MCHF", "Vodafone, MGBP").
    "beur": (Decimal(10) ** 9, "EUR"),
    "bsek": (Decimal(10) ** 9, "SEK"),
    "tnok": (Decimal(10) ** 3, "NOK"),
    "tdkk": (Decimal(10) ** 3, "DKK"),
    "mgbp": (Decimal(10) ** 6, "GBP"),
    "mchf": (Decimal(10) ** 6, "CHF"),
}

# Scales whose case matters, used only next to an explicit currency: "SEK 9.4 M", "$5bn", "10k kr",
# "SEK 9.4 million".
CASED_SCALES: dict[str, Decimal] = {
    "M": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "bn": Decimal(10) ** 9,
    # English scale words after a code, as Swedish company releases write "SEK 9.4 million".
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "k": Decimal(10) ** 3,
    "K": Decimal(10) ** 3,
}
