"""Words of the dates releases print on their date lines, for ingest to read them."""

# Words that may stand on a date line beside the date: "Nyhet • Dec 13, 2013 15:59 CET".
DATELINE_WORDS = frozenset("""
nyhet nyheter pressmeddelande publicerad publicerat uppdaterad uppdaterat datum den kl
news published updated cet cest utc gmt
""".split())

# Month names and abbreviations, Swedish and English, to their number.
MONTH_NUMBERS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augusti": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
