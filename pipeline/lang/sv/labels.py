"""Words the labeller reads around an amount: qualifiers, periods, years, total cues and the
small closed classes that bound an area phrase (annotation guide §3-4)."""

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

# Words that present an amount as a sum (guide §3), read right before the amount.
TOTAL_CUES = ("totalt", "sammanlagt", "sammantaget", "samlade", "samlat", "totala", "total",
              "i total", "summa", "sammanlagda", "totalbelopp", "totalbeloppet", "totalkostnad")

# Table row labels that mark a row of sums.
TOTAL_ROW_LABELS = ("totalt", "summa", "total", "sammanlagt", "totalt forskningsråd och institut")

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

# Year phrases.
PERIOD_OPENERS = ("under perioden", "perioden", "för perioden", "åren", "för åren", "mellan")
FROM_YEAR = ("från och med", "fr.o.m.", "from", "från")
UNTIL_YEAR = ("fram till", "till och med", "t.o.m.", "tom", "fram t.o.m.")
PERMANENT_WORDS = ("permanent", "permanenta", "permanentas", "varaktigt")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")

# Area phrases.
PURPOSE_PREPOSITIONS = ("till", "för", "åt", "inom", "i", "på")
PURPOSE_MARKERS = ("i syfte att", "med syfte att", "för att", "i syfte till att")
# Prepositions that tie an amount to the noun phrase before it: "ett statsbidrag på 300 Mkr".
ATTRIBUTE_PREPOSITIONS = ("på", "om", "av")
# Verbs after whose subject the money goes: "Industriklivet förstärks med 100 Mkr".
RECEIVING_VERBS = frozenset("""
får fick erhåller erhöll tilldelas tilldelades tillförs tillfördes beviljas beviljades
förstärks förstärktes ökas ökar ökade höjs höjdes gäller gällde omfattar omfattade kostar
kostade motsvarar uppgår uppgick landar landade hamnar stiger steg minskar minskade sänks
beräknas budgeteras anslås tillfaller passera passerar omsatte omsätter värderas
öka ökas höjas minska minskas sänkas förstärkas uppgå
""".split())
# Verbs whose object gets the money: "beviljar SDC tre miljoner kronor".
GIVING_VERBS = frozenset("""
beviljar beviljade bevilja ger gav ge tilldelar tilldelade tilldela tillför tillförde
""".split())
# Words between such a verb and the amount that belong to neither.
VERB_PARTICLES = frozenset("""
med till på nu även också ytterligare därmed därför totalt sammanlagt cirka ca drygt nästan
närmare knappt minst högst över under upp ungefär omkring runt kring uppskattningsvis
""".split())
# Words that only point back to what the section is about: "för ändamålet", "medlen".
POINTER_WORDS = frozenset("""
ändamålet ändamål detta denna dessa det den medlen satsningen uppdraget insatsen insatserna
arbetet syftet projektet stödet ändamålen sådana
""".split())
# Words that end an area phrase.
CLAUSE_BREAKERS = frozenset("""
vilket vilka där när då eftersom medan samtidigt men varav samt respektive enligt jämfört
säger sa skriver fortsätter
""".split())
RELATIVE_WORDS = frozenset(("som",))
# Words that open a noun phrase when walking back from "på"/"om" or a verb.
DETERMINERS = frozenset("en ett den det de denna detta dessa sin sitt sina hela".split())
CLAUSE_OPENERS = frozenset("""
att och eller som där när om men samt så för genom med till av i på från under efter
har hade är var blir blev ska skall kan kommer avser föreslår föreslog föreslå föreslås
beslutat beslutade beslutar vill
""".split())
# Time phrases that follow an amount but say nothing about its purpose.
TIME_WORDS = frozenset("år året åren budgetåret perioden kvartalet månaden halvåret helåret".split())
AREA_MAX_WORDS = 14

# Phrases after an amount that say nothing of its purpose: "130 Mkr för bland annat …".
FILLER_PHRASES = ("bland annat", "bl.a.", "bl a", "vardera", "var", "per år", "årligen",
                  "därefter", "dessutom", "också", "även", "i form av", "extra", "ytterligare")
# Verbs right after an amount, before its purpose: "25 Mkr tillförs för att …".
PASSIVE_VERBS = ("föreslås", "avsätts", "tillförs", "fördelas", "satsas", "anslås", "läggs",
                 "skjuts till", "går", "gick", "används", "betalas ut", "investeras", "ges",
                 "avsattes", "tillfördes", "fördelades", "öronmärks", "reserveras")
# Nouns that only say "an amount" and so make a poor area: "en höjning på 30 Mkr".
GENERIC_AMOUNT_NOUNS = frozenset("""
höjning höjningen ökning ökningen minskning minskningen satsning satsningen förstärkning
förstärkningen tillskott tillskottet värde värdet belopp beloppet summa summan investering
investeringen nivå nivån ram ramen budget total totalt totala sammanlagt pengar medel medlen
""".split())
# Words that cannot be the subject that receives money: "Varje år beräknas 18 miljarder …".
NON_SUBJECT_WORDS = frozenset("""
varje år året därutöver dessutom samtidigt också även nu då sedan därefter totalt
sammanlagt i dag idag hittills kvartalet månaden perioden
""".split())

# A noun right before "med"/"till" + amount whose verb is left out: "och barntillägget med 500 kr".
ELLIPSIS_PREPOSITIONS = frozenset(("med", "till"))
# Words that end a subject when walking back from its verb.
SUBJECT_STOPS = frozenset("att där när då föreslås föreslår avser".split())

# Prepositions that may stand inside an area's noun phrase ("stöd till kommuner").
INNER_PREPOSITIONS = frozenset(("för", "till", "i", "av", "med", "inom"))
# Prepositions that link a generic noun to the phrase before it: "X till ett värde av …".
LINKING_PREPOSITIONS = frozenset(("till", "med", "för"))
