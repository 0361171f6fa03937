"""Words that, alone, make no area (guide §4, §6): an area is a noun phrase, never a bare
qualifier, time phrase, determiner, pronoun, verb or abbreviation fragment."""

# Personal, demonstrative and relative pronouns: "Det handlar om …", "Vi avsätter …".
PRONOUNS = frozenset("""
jag du han hon vi ni de dem den det man oss honom henne sig mig dig er denne dessa detta denna
vilket vilka vars båda bägge
""".split())
# Number words a qualifier phrase may hold: "upp till tre", "drygt hälften".
SMALL_NUMBERS = frozenset("""
en ett två tre fyra fem sex sju åtta nio tio elva tolv hälften halva dubbla
""".split())
# Ordinals, as in "det fjärde", "första halvåret".
ORDINALS = frozenset("""
första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde sista senaste nästa förra
kommande innevarande
""".split())
# Nouns of time, alone or at the end of a compound: "fredagsmorgonen", "helåret", "juli".
TIME_HEADS = (
    "år", "året", "åren", "årets", "års", "månaders", "veckors", "dagars", "månad", "månaden",
    "månader", "månaderna", "kvartal", "kvartalet", "kvartalen", "halvår", "halvåret", "vecka",
    "veckan", "veckor", "dag", "dagen", "dagar", "morgon", "morgonen", "förmiddagen",
    "eftermiddagen", "kvällen", "natten", "helgen", "perioden", "period", "tid", "tiden",
    "fjol", "ifjol", "igår", "idag", "nu", "framåt", "sikt", "början", "slutet", "utgången",
    "mitten", "årligen", "månadsvis", "dagligen", "kalenderår", "budgetår", "verksamhetsår",
    "räkenskapsår", "budgetåret", "verksamhetsåret", "skiftet", "skifte", "januari", "februari", "mars", "april",
    "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
)
# Words around a time noun that keep it a time phrase: "i slutet av året", "under 2024".
TIME_FILLERS = frozenset("""
i på under för från till om av efter före sedan mellan inom vid per och hela samma varje den
det de en ett
""".split())
# Words that only state an amount or a sum: "totalt", "sammanlagt", "summan".
SUM_WORDS = frozenset("""
totalt sammanlagt sammantaget total totala summa summan belopp beloppet
""".split())
# An abbreviation cut at a full stop: "bl", "m.m", "t", "ca".
MAX_FRAGMENT_LENGTH = 2
# Who decides or pays, never what the money is for: "Regeringen väljer att …".
ACTORS = frozenset("regeringen riksdagen".split())
# Who speaks for the giver: "I år stärker vi det svenska stödet med 15 Mkr".
FIRST_PERSON = frozenset("vi jag".split())
# Adverbs, conjunctions and comparison words: "därefter", "motsvarande", "tidigare", "eller".
FUNCTION_WORDS = frozenset("""
därefter dessutom därtill därutöver också även nu då sedan redan tidigare annars respektive
eller och samt men motsvarande motsvarar vilket inklusive exklusive varav dvs bland annat
jämfört jämförelse stället istället utöver hittills fortfarande ytterligare extra vardera
netto brutto
""".split())
# Words that only measure an amount, never what it is of: a predicative adjective of worth
# ("Bitcoin kan vara värt 1.000 …", "innehavet var värt drygt 700 miljoner", both in financial
# news and in government releases on state holdings) or a unit ("stängde 18,8 procent upp på
# 126:30 kronor", "av vilka över 50 procent är …"): the thing measured is the area.
MEASURE_WORDS = frozenset("""
värt värd värda procent procentenhet procentenheter
""".split())
# Particles of a verb split off from it: a phrase that starts with one is what is left of a
# clause, not a noun phrase ("[ut till regionerna och] 4 Mkr användas …" after "betalas",
# "[bort alla handelshinder …] skulle stärka …" after "tog").
SPLIT_PARTICLES = frozenset("ut in upp bort tillbaka fram".split())
