"""Periods and denominators of an amount: "per år", "i månaden", "per elev" (guide §3, §6)."""

# Periods written after the amount: "per år", "årligen", "kr/år", "i månaden".
PERIODS: dict[str, str] = {
    "per år": "year", "om året": "year", "i året": "year", "årligen": "year", "varje år": "year",
    "/år": "year", "per budgetår": "year", "årlig": "year", "per månad": "month",
    "i månaden": "month", "om månaden": "month", "per kalendermånad": "month", "/mån": "month",
    "/månad": "month", "varje månad": "month", "månadsvis": "month",
    "per vecka": "week", "i veckan": "week", "om veckan": "week", "/vecka": "week",
    "per dag": "day", "om dagen": "day", "i dagen": "day", "/dag": "day", "per dygn": "day",
    "per timme": "hour", "i timmen": "hour", "/tim": "hour", "/timme": "hour",
}

# Periods that may stand before the amount in its sentence: "Varje år beräknas 18 miljarder ...".
PERIODS_BEFORE: dict[str, str] = {"varje år": "year", "årligen": "year", "per år": "year"}

# "per invånare", "per elev": the noun after "per" (or "/"), made singular with these endings.
PER_WORDS = ("per", "/")
PLURAL_ENDINGS = (("personer", "person"), ("elever", "elev"), ("regioner", "region"),
                  ("kommuner", "kommun"), ("platser", "plats"), ("deltagare", "deltagare"),
                  ("er", ""), ("ar", ""), ("or", "a"))
