"""Currency words, symbols and codes, to their ISO 4217 code.

A bare "kronor" in a Swedish text is Swedish kronor; a bare "dollar" is the US dollar.
"""
from decimal import Decimal

DEFAULT_CURRENCY = "SEK"

# Written after the number (lower case; matched case-insensitively, longest first).
CURRENCY_WORDS: dict[str, str] = {
    "kronor": "SEK", "krona": "SEK", "kronorna": "SEK", "kr": "SEK", "sek": "SEK",
    "svenska kronor": "SEK", "spänn": "SEK",
    "konor": "SEK",                     # a typo that keeps its meaning (annotation guide §6)
    "norska kronor": "NOK", "nok": "NOK",
    "nkr": "NOK",                       # the Swedish abbreviation of norska kronor
    "danska kronor": "DKK", "dkk": "DKK",
    "isländska kronor": "ISK", "isk": "ISK",
    "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "dollar": "USD", "dollars": "USD", "usd": "USD", "us-dollar": "USD", "us-dollars": "USD",
    "us dollar": "USD", "amerikanska dollar": "USD",
    # a named dollar wins (annotation guide §6): "kanadensiska dollar", "1:50 Kanadadollar"
    "kanadensiska dollar": "CAD", "kanadadollar": "CAD", "cad": "CAD",
    "australiska dollar": "AUD", "australiendollar": "AUD", "aud": "AUD",
    "hongkongdollar": "HKD", "singaporedollar": "SGD",
    "pund": "GBP", "brittiska pund": "GBP", "gbp": "GBP",
    # "franc" alone is the Swiss franc (annotation guide §6): "onsdagens 23,5 franc"
    "schweizerfranc": "CHF", "schweiziska franc": "CHF", "franc": "CHF", "francs": "CHF",
    "chf": "CHF",
    "yen": "JPY", "jpy": "JPY",
    "yuan": "CNY", "cny": "CNY",
    "rubel": "RUB",
    "won": "KRW", "sydkoreanska won": "KRW",
}

# Symbols, after or before the number ("20€", "€20", "$ 254 miljoner", "US$ 3").
CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "¥": "JPY",
}

# Codes written before the number ("SEK 30 miljoner", "EUR 20", "USD1,23").
PREFIX_CODES: dict[str, str] = {
    "SEK": "SEK", "EUR": "EUR", "USD": "USD", "GBP": "GBP", "NOK": "NOK", "DKK": "DKK",
    "CHF": "CHF", "JPY": "JPY", "CAD": "CAD", "AUD": "AUD", "ISK": "ISK",
}

# Codes with a scale written before the number ("MSEK 12", "MEUR 4").
SCALED_PREFIX_CODES: dict[str, tuple[Decimal, str]] = {
    "TSEK": (Decimal(10) ** 3, "SEK"),
    "KSEK": (Decimal(10) ** 3, "SEK"),
    "MSEK": (Decimal(10) ** 6, "SEK"),
    "MEUR": (Decimal(10) ** 6, "EUR"),
    "MUSD": (Decimal(10) ** 6, "USD"),
}

# Subunits alone: "80 öre" is 0,80 kronor, "50 cent" half a euro.
SUBUNITS: dict[str, tuple[Decimal, str]] = {
    "öre": (Decimal("0.01"), "SEK"),
    "cent": (Decimal("0.01"), "EUR"),
}

# Subunits after a whole amount of their currency: "2 kronor och 23 öre", "tre kronor 45 öre",
# "7 euro och 20 cent", "12 dollar och 40 cent" (annotation guide §1 and §6).
SUBUNITS_OF: dict[str, tuple[str, ...]] = {
    "SEK": ("öre",), "EUR": ("cent",), "USD": ("cent",),
}
SUBUNIT_JOIN = "och"

# The Swedish price mark: "100:-".
PRICE_MARK = ":-"
PRICE_MARK_CURRENCY = "SEK"

# A share price written with the kronor-and-öre colon and no unit word is a price in kronor
# when a word of share prices stands before it in its sentence: "stängningskurs 6:56", "ICA:s
# aktiekurs ... till 268:50", "Mr Greens aktie stängde på 46:45 kronor ... noterar 68:30",
# "förpackningsbolagets aktie, som backat ... till 108:50", "växelkurs ... NAV i svenska kronor
# 14:44" (financial-news releases). A cue counts anywhere in a word ("ICA-aktien"), a tail only
# after the start of its compound ("stängningskursen", "växelkurs"): "Kursen börjar 13:15" is a
# course. A time of day ("klockan 10:30", "13:45-14:00") stands without them.
COLON_PRICE_CUES = ("aktie",)
COLON_PRICE_TAILS = ("kurs",)
COLON_PRICE_CURRENCY = "SEK"
