"""Periods and denominators of an amount: "per år", "i månaden", "per elev" (guide §3, §6)."""

# Periods written after the amount: "per år", "årligen", "kr/år", "i månaden".
PERIODS: dict[str, str] = {
    "per år": "year", "om året": "year", "i året": "year", "årligen": "year", "varje år": "year",
    "/år": "year", "per budgetår": "year", "per helår": "year", "årlig": "year", "per månad": "month",
    "i månaden": "month", "om månaden": "month", "per kalendermånad": "month", "/mån": "month",
    "/månad": "month", "varje månad": "month", "månadsvis": "month",
    "per vecka": "week", "i veckan": "week", "om veckan": "week", "/vecka": "week",
    "per dag": "day", "om dagen": "day", "i dagen": "day", "/dag": "day", "per dygn": "day",
    "per timme": "hour", "i timmen": "hour", "/tim": "hour", "/timme": "hour",
}
# What each of `PERIODS` holds, as plain text: a stretch with none of these has no period.
PERIOD_HINTS = ("år", "mån", "veck", "dag", "dygn", "tim")

# A passive verb right after the amount makes the amount its clause's subject, so a period
# that closes the clause further on is the amount's: "15–20 miljarder kronor betalas ut
# felaktigt från de statliga välfärdssystemen varje år" (six government releases on erroneous
# payments, g0vse 2024/03 myndigheter-kommuner-och-a-kassor-ska-utbyta-mer-information, 2025/…).
SUBJECT_VERB_ENDINGS = ("as", "ts")
SUBJECT_VERB_MIN_LENGTH = 5       # "betalas", "avsätts"; not "kas", "its"
SUBJECT_CLAUSE_WORDS = 8          # words a clause's period may stand after its verb
SUBJECT_CLAUSE_REACH = 100

# Periods that may stand before the amount in its sentence: "Varje år beräknas 18 miljarder ...".
PERIODS_BEFORE: dict[str, str] = {"varje år": "year", "årligen": "year", "per år": "year"}

# "per invånare", "per elev": the noun after "per" (or "/"), as written: it is singular there
# ("per kilometer", "per kvadratmeter", "per liter" end in -er all the same), but for these plurals.
PER_WORDS = ("per", "/")
PLURAL_ENDINGS = (("personer", "person"), ("elever", "elev"), ("regioner", "region"),
                  ("kommuner", "kommun"), ("platser", "plats"))

# "per" capitalised before a capitalised word is a given name, not a denominator: "köpt aktier
# för 2,35 miljoner kronor, uppger styrelseledamoten Per Axelsson" (insider trades on the
# newswire; government releases quoting a state secretary named Per).
PER_AS_NAME = "Per"

# A conjunction between a figure and a "per" phrase starts another noun's phrase: "blev 98 Mkr
# (87) och resultatet per aktie landade på 1,45 kronor" (interim reports on the newswire).
PHRASE_CONJUNCTIONS = ("och", "samt", "medan")

# A sentence of expectation right after a per-share figure is about the same measure: "… en
# vinst per aktie, justerat, om 0,39-0,45 dollar. Väntat var 0,46 dollar." (the newswire's
# interim-report notes). With `EXPECTATION_CUES` read by `pipeline.label.period`.
EXPECTATION_CUES = ("väntat", "väntade", "förväntat", "förväntade", "konsensus",
                    "analytikerkonsensus", "snittestimat")

# "per" also written as: "650 000 kronor till varje kommun", "500 kronor för var elev" (guide §6).
PER_PHRASES = ("till varje", "för varje", "för var")

# A word after "per" that is no denominator: "260,9 miljoner euro per den 31 december 2018",
# "Per årsskiftet ägde fonden aktier för 153,9 miljoner kronor" (fund news).
NOT_DENOMINATORS = ("den", "det", "de", "dem", "denna", "detta", "dessa", "en", "ett", "sista",
                    "årsskiftet", "halvårsskiftet", "utgången", "slutet", "capita", "månadens",
                    "årets", "kvartalets", "halvårets", "veckans",   # "per månadens utgång"
                    "styck")      # "200 kronor per styck", like "vardera", is per item of a list

# An adjective between "per" and its noun: "högst 30 000 kronor per beviljad ansökan" (energy
# grants), "stödbeloppet per enskild mottagare" (state aid).
DENOMINATOR_ADJECTIVES = ("beviljad", "beviljat", "enskild", "enskilt", "inskriven", "inskrivet",
                          "folkbokförd", "folkbokfört", "påbörjad", "påbörjat", "godkänd", "godkänt",
                          "ny", "nytt",      # "15 000 kronor för varje nytt småhus" (housing grants)
                          "förbrukad", "förbrukat", "troy")   # "per förbrukad kilowattimme", "per troy oz"

# Periods named on the figure's noun, before it (guide §6): "det årliga statsbidraget" (g0vse
# 2024/01 regeringen-starker-arbetet-inom-demensomradet…, 2023/09 regeringens-lassatsning-
# bemannade-skolbibliotek…), "den dagliga omsättningen … 60 miljarder dollar", "en månadslön på
# 33 390 kr" (g0vse 2025/10 ny-loneniva-for-arbetskraftsinvandring…).
PERIOD_ADJECTIVES: dict[str, str] = {
    "årlig": "year", "årliga": "year", "årligt": "year", "daglig": "day", "dagliga": "day",
    "dagligt": "day", "månatlig": "month", "månatliga": "month", "månatligt": "month",
    "veckovis": "week", "veckovisa": "week", "månadslön": "month", "månadslönen": "month",
    "årslön": "year", "årslönen": "year", "timlön": "hour", "timlönen": "hour",
}
