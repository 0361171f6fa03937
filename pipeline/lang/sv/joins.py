"""Words that let numbers share one unit, and words that keep a number from joining."""

# Words joining two numbers that share the scale and currency written after the second.
# "från 80 till 40 miljoner" is two amounts; "mellan 2 och 3 miljarder" and "10–15 Mkr" one.
RANGE_DASHES = ("–", "—", "-", "−")
RANGE_OPENER = "mellan"
RANGE_JOIN = "och"
COORDINATORS = ("till", "och", "eller", "respektive")

# Words before a number that make it a time, a page or a rank, not money: "klockan 15 till 102:65 kronor".
NON_MONEY_WORDS_BEFORE = ("klockan", "kl", "kl.", "vecka", "veckan", "sidan", "sida", "nummer",
                          "nr", "nr.", "paragraf", "kapitel", "punkt", "plats", "version", "§")
