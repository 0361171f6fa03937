"""Year phrases around an amount: "under 2019", "2024–2026", "från och med 2017" (guide §3, §6)."""

# Words that open a range of years: "under perioden 2024 till 2026", "mellan 2025 och 2027".
PERIOD_OPENERS = ("under perioden", "perioden", "för perioden", "åren", "för åren", "mellan")

# Words that open a year with no end: "från och med 2017".
FROM_YEAR = ("från och med", "fr.o.m.", "from", "från")

# A rule that takes effect at a date starts the money's years: "träder i kraft den 1 januari 2021".
IN_FORCE = ("i kraft", "i kraft från", "i kraft från och med")

# Words that close a year with no start: "fram till 2018".
UNTIL_YEAR = ("fram till", "till och med", "t.o.m.", "tom", "fram t.o.m.")

# A permanent increase runs open-ended from its budget year.
PERMANENT_WORDS = ("permanent", "permanenta", "permanentas", "varaktigt")

# Month names, so "den 1 januari 2021" reads as a date and "juni 2024" as its year.
MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
               "september", "oktober", "november", "december")

YEAR_RANGE_JOINERS = ("till", "och")                # "2024 till 2026", "2025 och 2026"

YEAR_NOUNS = ("år", "åren", "budgetåret", "perioden")   # "för åren 2024–2026"

DATE_ARTICLE = "den"                                # "den 1 januari 2021"

PLAIN_UNTIL = ("till",)                             # "förlängas till 2032"

# Between a year and the next amount: "och för 2028 till 1,2 Mkr".
AMOUNT_LINKS = ("till", "med", "på", "om", "är", "blir")
