"""Words that give a figure only for comparison: an earlier level or an earlier period's figure
(annotation guide §3 `is_previous`). Read by `pipeline.label.previous`."""

# Word stems of a change of level, written before the old level: "höjs från 37 till 51,9
# miljarder", "ökade sekventiellt från 109,3 till 109,8", "en höjning från 500 kronor".
CHANGE_STEMS = ("höj", "ök", "sänk", "minsk", "fördubbl", "tredubbl", "halver", "stig", "sjönk",
                "sjunk", "stärk", "försvag", "förändr", "ändr", "utök", "väx", "vuxit", "lyft",
                "backa", "förbättr", "försämr", "tapp", "klättr", "rasa", "dubbl", "uppgång",
                "nedgång", "hoppa", "juster")

# Whole words of a change: "upp från 2,1 miljoner euro", "gick från 80 till 40 miljoner".
CHANGE_WORDS = ("upp", "ned", "ner", "steg", "föll", "går", "gick", "gått", "landade")

# Written right before the old level, after a change: "från", "i stället för", "(tidigare".
OLD_LEVEL_CUES = ("från", "i stället för", "istället för")

# Words that may stand between such a cue and the old level: "backat från nivåer kring 140
# kronor", "en nedgång från toppnoteringen om 28,1 miljarder", "höjs från dagens 500 kronor".
LEVEL_WORDS = ("nivåer", "nivån", "nivå", "nivåerna", "toppnoteringen", "toppnivån", "rekordet",
               "rekordnivån", "dagens", "nuvarande", "tidigare", "en", "de", "den", "kring", "runt",
               "omkring", "på", "om", "fjolårets", "föregående års", "förra årets",
               # the forecast a change replaced: "ned från tidigare prognos om 89-93 miljarder dollar"
               "prognos", "prognosen", "guidning", "guidningen")

# Words that join several old levels of one change: "höjs från 6,50 respektive 9,50 till 12 kronor".
LEVEL_JOINERS = ("respektive", "och", ",")

# A bracket that gives the earlier level, with the words of `A_YEAR_BEFORE`: "höjs till 550
# kronor (tidigare 500 kr)", "(i fjol: 40 Mkr)".
# Interim reports abbreviate the year before and name it as a noun: "Resultatet blev 3,2 Mkr
# (fg år: 2,1 Mkr)", "(föreg. år 2,1 Mkr)", "(fjolåret: 3 Mkr)".
# (The abbreviations themselves are in `YEAR_BEFORE`, which brackets read too.)
EARLIER_IN_BRACKETS = ("tidigare", "tidigare:", "fjolåret", "föregående räkenskapsår")

# Written between a comparison figure and the same money in other terms, which compares too:
# "upp från 2,1 miljoner euro motsvarande 0,026 euro per andel".
EQUIVALENT_CUES = ("motsvarande", "vilket motsvarar", "eller")

# The level before a proposed change, named as today's: "jämfört med dagens gräns på 1 450 kronor".
TODAYS_LEVEL = ("dagens", "nuvarande", "hittillsvarande")

# Cues that compare a figure with another one, written before the compared figure. They make
# it an earlier period's figure only with a time phrase or a year: "att jämföra med 1,12
# miljarder dollar samma period året innan", "högre än tidigare rekord om 63 miljarder dollar".
# They compare wherever they stand in a sentence; "mot" (`COMPARING_PREPOSITIONS`) compares only
# right before the figure ("2,2 miljoner euro, mot 2,1 miljoner euro året innan").
COMPARING_PHRASES = ("jämfört med", "att jämföra med", "att jämföras med", "kan jämföras med",
                     "jämföras med", "jämförs med", "jämför med", "i jämförelse med", "jämfört mot",
                     "högre än", "lägre än", "större än", "bättre än", "sämre än")
COMPARING_PREPOSITIONS = ("mot",)
# What each of `COMPARING_PHRASES` holds, as plain text.
COMPARING_HINTS = ("jämför", "högre", "lägre", "större", "bättre", "sämre")

# Words that end the stretch between such a cue and its figure: "ökade med 11,5 procent jämfört
# med föregående år och uppgick till 531 miljarder kronor" compares the percentage.
GAP_BREAKERS = ("och", "men", "samt", "medan", "vilket", "som", "till", "uppgick", "uppgår")

# The same period another year, a comparison in itself with a year or "i fjol" after it:
# "(2,9 miljoner samma period 2017)", "Under motsvarande period i fjol var resultatet 170
# miljoner."
SAME_PERIODS = ("samma period", "motsvarande period", "samma kvartal", "motsvarande kvartal",
                "samma månad", "motsvarande månad")
# Last year, counted from the release's own time ("(i fjol: 40 Mkr)"), and the year before the
# one a sentence names, a comparison wherever it stands: a sentence it opens gives the earlier
# figure ("Året innan var omsättningen 96 Mkr", "Ett år tidigare låg resultatet på 12 Mkr").
LAST_YEAR = ("i fjol", "ifjol", "förra året")
YEAR_BEFORE = ("året innan", "året före", "föregående år", "ett år tidigare", "året dessförinnan",
               # interim reports' abbreviations: "(fg år: 10,1)", "(föreg. år 2,1 Mkr)"
               "fg år", "fg. år", "föreg. år", "föreg år", "f.å.")
A_YEAR_BEFORE = LAST_YEAR + YEAR_BEFORE

# An earlier period or moment: the compared figure's, after a comparison cue or in a bracket
# ("(40 Mkr i fjol)"). Alone, "vid utgången av 2023" only dates a level, and "i fjol" may be
# the year a release reports on. "innan" alone opens a clause ("det kan ta 2-4 år innan orders
# omvandlas till intäkter", fonderdirekt:2019-05-07-rhenman-global-opportunities-…): only a
# period before it makes it an earlier time ("kvartalet innan", "veckan innan").
EARLIER_TIMES = ("föregående kvartal", "förra kvartalet", "kvartalet innan", "månaden innan",
                 "förra månaden", "föregående månad", "för ett år sedan",
                 "vid årsskiftet", "igår", "i går", "vid utgången av", "vid slutet av", "tidigare",
                 "veckan innan", "dagen innan", "halvåret innan", "perioden innan", "i våras",
                 "i somras", "i höstas", "i vintras", "föregående års",
                 "förra årets", "föregående kvartals", "förra kvartalets", "föregående månads",
                 "i måndags", "i tisdags", "i onsdags", "i torsdags", "i fredags", "i lördags",
                 "i söndags", "förra veckan", "i förrgår", "vid årets början", "vid ingången av året",
                 "vid årets ingång", "vid förra årsskiftet")

# A table column headed as the level before a change: "| Belopp | Tidigare | Från 1 juli 2025 |".
EARLIER_LEVEL_HEADERS = ("tidigare", "nuvarande", "dagens", "i dag", "idag", "gällande", "före",
                         "hittills")

# Words that begin compounds of an earlier time: "jämfört med fjolårsvinsten på 1,41 biljoner
# yen", "jämfört med gårdagens stängningskurs på 31 kronor", "en premie om 45 procent mot
# måndagens stängningskurs om 129:57 dollar".
# A weekday's figure is an earlier one unless the release is of that day: "att jämföra med
# onsdagens 23,5 franc" in a release of a Wednesday is today's price
# (fonderdirekt:2020-08-05-cevian-minskat-i-abb-pga-stor-portföljvikt-…), "mot måndagens
# stängningskurs" in one of a Tuesday an earlier one (fonderdirekt:2019-06-25-allergan-…).
# Monday first, as `date.weekday()` counts.
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
EARLIER_STEMS = ("fjolår", "gårdag", "måndagens", "tisdagens", "onsdagens", "torsdagens",
                 "fredagens")

# Periods in order, to tell the earlier of two compared figures: "nettoinflöden om 41,3
# miljarder euro i det andra kvartalet, att jämföra med utflöden om 37 miljarder euro i det
# första kvartalet".
QUARTERS = {"första kvartalet": 1, "andra kvartalet": 2, "tredje kvartalet": 3,
            "fjärde kvartalet": 4, "första kvartal": 1, "andra kvartal": 2, "tredje kvartal": 3,
            "fjärde kvartal": 4}

# Interim-report news may name the unit or the period between a figure and its prior-period
# bracket: "Ebita-resultatet blev 505 miljoner kronor för det tredje kvartalet (535)", "omsatte
# 1 210 Mkr under perioden (1 050)", "en utdelning om 3,50 kronor per aktie (3,00)" (guide §3
# `is_previous`, the prior-period figure in parentheses).
BRACKET_UNIT_PREPOSITIONS = ("per",)
BRACKET_UNIT_NOUNS = ("aktie", "andel", "fondandel", "stamaktie", "preferensaktie")
BRACKET_PERIOD_PREPOSITIONS = ("i", "för", "under")
BRACKET_PERIOD_ARTICLES = ("det", "den")
BRACKET_PERIODS = ("kvartalet", "halvåret", "första halvåret", "andra halvåret", "helåret",
                   "perioden", "rapportperioden", "räkenskapsåret", "året", "månaden")

# The level a change starts from may be stated the sentence before the change, for an earlier
# year: "2024 avsattes 333 miljoner kronor … 2025 ökades ramen till totalt 888 miljoner
# kronor", "2024 gav regeringen ett stöd om 49,5 miljoner kronor. I år höjs stödet till 80
# miljoner kronor." Words that place the change in the release's own year:
THIS_YEAR = ("i år", "nu", "i dag", "idag")

# Words between a change and its new level: "ökades ramen till totalt 888 miljoner kronor".
NEW_LEVEL_CUES = ("till", "till totalt", "till sammanlagt")

# A figure compared with these is an expectation, not an earlier period's figure:
# "jämfört med analytikerkonsensus på 3 815", "mot väntat 736".
EXPECTATION_WORDS = ("konsensus", "analytikerkonsensus", "väntat", "väntade", "väntad",
                     "förväntat", "förväntade", "förväntningar", "förväntningarna", "prognos",
                     "prognosen", "prognoser", "estimat", "budget", "budgeten", "snittet",
                     "snittestimat", "målet", "riktkurs", "riktkursen", "förväntan")

# Written before an expectation word, they make it the forecast a change replaced, whose figure
# is the old level: "Det är en ökning mot tidigare prognos på 1,9 miljarder" after the new
# forecast (fonderdirekt:2018-10-26-electrolux-rapportsmäll-tungt-för-lannebo-fonder), "sänkte sin
# intäktsprognos … till preliminärt 84 miljarder dollar, ned från tidigare prognos om 89-93
# miljarder dollar" (fonderdirekt:2019-01-04-fonder-svenska-fonderna-med-störst-apple-exponering).
EARLIER_EXPECTATION_MARKS = ("tidigare", "förra", "föregående", "gamla")

# Words that compare figures of two months or quarters in one sentence (with a comparison cue):
# "86 miljarder dollar i juli, näst högsta inflödet någonsin efter rekordinflödet om 92
# miljarder i juni"; without them two periods are two tranches ("497 miljoner kronor i
# februari och 507,5 miljoner kronor i juni").
RECORD_STEMS = ("rekord", "högsta", "lägsta", "största")

# A record of before, named as such before its figure: "den tidigare toppnoteringen för
# nettoutflöden uppgick till 8,3 miljarder euro", "högre än tidigare rekord på 63 miljarder
# dollar", "det tidigare rekordet i juli på 45,3 miljarder dollar".
EARLIER_RECORDS = ("tidigare rekord", "tidigare rekordet", "tidigare toppnotering",
                   "tidigare toppnoteringen", "tidigare rekordnivå", "tidigare rekordnivån",
                   "förra rekordet")
RECORD_LINKS = ("uppgick till", "var", "låg på", "landade på", "på", "om")

# A level that has stood until now, written right before it: "Det statliga driftstödet har i
# många år uppgått till ca 103 miljoner kronor årligen", "Biståndsbudgeten kommer att ha
# uppgått till 56 miljarder kronor per år 2023–2025" (in a release that changes it).
STANDING_AUXILIARIES = ("har", "ha", "hade")
STANDING_VERBS = ("uppgått", "legat", "varit")

# Written right after a compared figure that is today's level, in a sentence about changing it:
# "höjs till 550 kronor, jämfört med 500 kronor i dag", the same as "jämfört med dagens 7
# miljoner kronor" (g0vse:pressmeddelanden/2025/02/starkt-tillsyn-av-grossistenergimarknaderna-…,
# g0vse:pressmeddelanden/2025/03/regeringen-presenterar-uppdaterat-hogkostnadsskydd) written the
# other way round. With `TODAY_CUES`.
TODAY_AFTER_WORDS = ("i nuläget", "för tillfället")

# Written right before a figure that is today's level, which a change in the same paragraph or
# the title moves: "Denna del av statsbidraget omfattar i dag 40 miljoner kronor" after
# "Statsbidraget förstärks med 20 miljoner kronor".
TODAY_CUES = ("i dag", "idag", "i dagsläget", "för närvarande")

# Verbs between today's word and today's level: "Avgiften, som i dag är 500 kronor, höjs",
# "en utökning från nuvarande nivå som uppgår till 1,2 miljoner kronor"
# (g0vse:pressmeddelanden/2025/10/regeringen-mer-an-fordubblar-stodet-till-…).
TODAY_VERBS = ("är", "uppgår till", "ligger på")

# The rules in force, written before a level they set: "Med nuvarande regler måste prisuppgift
# lämnas … om jämförpriset överstiger 500 kronor" (g0vse:pressmeddelanden/2023/12/regeringen-
# remitterar-forslag-om-sankt-alder-for-taxiforarlegitimation, g0vse:pressmeddelanden/2024/04/
# regeringen-foreslar-sankt-alder-for-taxiforarlegitimation), "Rätten till avdrag … är i dag
# begränsad … överstiger 11 000 kronor" (g0vse:pressmeddelanden/2024/09/beloppsgransen-for-
# avdrag-for-arbetsresor-hojs). Only a new level stated after it makes it the old one: "enligt
# gällande regelverk … 40 000 kronor per familj" in a release that changes nothing of it stands.
RULE_PREPOSITIONS = ("med", "enligt")
RULES_IN_FORCE = ("nuvarande", "dagens", "gällande")
RULE_NOUNS = ("regler", "reglerna", "regelverk", "regelverket", "lagstiftning", "reglering")
STATE_VERBS = ("är", "ligger", "uppgår", "omfattar", "gäller")
# Words of the sentence that states the new level: "Det nya förslaget innebär … en gräns på 680
# kr", "gränsen bör höjas till 13 000 kronor" (with the words of a change).
NEW_WORDS = ("ny", "nya", "nytt")

# Words that make the figure a difference, not a level: "1,8 miljoner mer än samma period".
DIFFERENCE_WORDS = ("mer än", "mindre än", "högre än", "lägre än", "större än", "fler än")

# Written before money granted or given before the release, which the release may raise:
# "Regeringen har sedan tidigare beslutat att 5,4 miljoner kronor får användas", "Sverige har
# hittills bidragit med 230 miljoner kronor". Only a new level stated for it ("ytterligare fem
# miljoner kronor … uppgå till totalt 10,4 miljoner kronor") makes it an earlier level.
EARLIER_GRANT_CUES = ("sedan tidigare", "tidigare", "hittills", "redan")

# Words that open a clause about the earlier time a compared figure is from: "att jämföra med
# samma period föregående år då resultatet var +36 miljarder", "en ökning från föregående år
# då stödet låg på 14 miljoner kronor", "Det ska jämföras med dagens reglering där taket för
# rotavdraget är 50 000 kronor".
WHEN_WORDS = ("då", "när", "där")

# Endings of a verb in the past tense, in a clause about the time a compared figure is from
# ("att jämföra med kursen 68 euro där aktien inhandlades i portföljen", "ett aktiepris på 6
# dollar när det första uppköpserbjudandet gjordes"), and the words that end so in the present.
PAST_ENDINGS = ("ades", "des", "tes", "dde", "de", "te")
NOT_PAST = ("måste", "bästa", "sista", "första", "största", "värsta", "minsta", "andre", "verkade")

# A change already made, written after the level it started from: "Under 2022 uppskattades
# telefonbedrägerierna omsätta över 600 miljoner kronor, en siffra som ökat till över 700
# miljoner", "år 2000 var det totala värdet 167 miljarder dollar, en summa som i juli 2020 har
# ökat till 919 miljarder".
PAST_CHANGES = ("ökat", "ökade", "ökats", "steg", "stigit", "vuxit", "växte", "höjdes", "höjts",
                "minskat", "minskade", "minskats", "sjönk", "sjunkit", "sänktes", "sänkts",
                "fördubblats", "fördubblades", "halverats", "halverades")

# Written after a level that is the release's present, before a change of it: "Anslagsposten
# är 45 miljoner kronor i år och ökar 2023 till 50 miljoner kronor".
PRESENT_LEVEL = ("i år", "i dag", "idag", "nu", "i dagsläget")

# A level stated with its verb for a year not after the release's, then changed in its clause:
# "Bidraget ligger för 2025 på drygt 48 miljoner kronor och ökas till drygt 53 miljoner kronor"
# (g0vse:pressmeddelanden/2025/04/utokat-stod-till-kvinnors-och-flickors-organisationer-…),
# "För 2025 var ramen 550 miljarder kronor som för 2026 föreslås ökas till högst 650 miljarder
# kronor" (g0vse:pressmeddelanden/2025/09/regeringen-starker-det-statliga-exportfinansierings-
# systemet-…). A level of a year to come is a schedule ("uppgår till 150 000 kronor 2025 och
# höjs till 300 000 kronor 2026", published in 2024).
LEVEL_STATES = ("är", "var", "ligger", "låg", "uppgår", "uppgick")
CHANGE_JOINS = ("och", "som", "men")
# The same in one sentence that names what the level is of before the change, or gives the
# later year its level without a word of change: "Under 2024 var garantiramen 333 miljoner kronor
# för de särskilda exportkreditgarantierna för Ukraina och 2025 ökades ramen till totalt 888
# miljoner kronor" (g0vse:pressmeddelanden/2025/05/forlangda-loptider-for-sarskilda-
# exportkreditgarantier-for-affarer-med-ukraina), "Under 2025 var garantiramen högst 888 miljoner
# kronor och för 2026 föreslår regeringen att den högst ska uppgå till 1 776 miljoner kronor"
# (g0vse:pressmeddelanden/2025/09/regeringen-starker-det-statliga-exportfinansieringssystemet-…).
# Only a level that was (past tense) may take its later year's level so.
PAST_LEVEL_STATES = ("var", "låg", "uppgick")
LATER_LEVEL_VERBS = ("uppgå", "uppgår", "ligga", "landa")

# A figure of an earlier period in a sentence that compares it: "ett rekord som med viss
# marginal alltså slogs i juli", "innan de återhämtar sig från det massiva utflödet om 327
# miljarder dollar i mars", "i närheten av den högsta stängningsnivån hittills på 130:45
# kronor", "långt under rekordnivån 2017, då 774 miljarder noterades". Word stems; with
# `COMPARING_PHRASES`. A record named as the known one (definite) compares; one that is called
# a record compares nothing: "inflöden på över fem miljarder kronor under oktober vilket är en
# rekordnotering".
PERIOD_COMPARING_STEMS = ("slogs", "överträff", "återhämt", "i närheten av", "tidigare rekord",
                          "rekordet", "rekordnivån", "rekordåret", "rekordmånaden",
                          "rekordkvartalet", "rekordnoteringen", "toppnoteringen")

# A figure whose sentence plans, forecasts or expects is no earlier period's figure, whatever
# period it names: "I april meddelade Grab att bolaget ämnar ta in kapital om ytterligare 2
# miljarder dollar i år", "Mekonomen väntas redovisa 68 miljoner kronor i första kvartalet".
# With `EXPECTATION_WORDS`.
PLAN_WORDS = ("väntas", "förväntas", "spår", "spås", "beräknas", "bedöms", "planerar",
              "planeras", "ämnar", "avser", "avses", "ska", "skall", "kommer att", "föreslår",
              "föreslås", "guidning")

# What a holding was worth at a moment before the news, written right before the figure, with
# that moment in its sentence: "I slutet av 2019 var innehavet värt nära 700 miljoner dollar"
# (of a holding since sold at a loss), "Fondens portfölj innehöll vid årsskiftet omkring 130
# olje- och gasbolag, som då tillsammans var värda 4,5 miljarder kronor" (since sold). Without
# a moment the value is the news itself: "Positionen var värd cirka 1,2 miljarder kronor".
WAS_WORTH = ("var", "hade varit")
WORTH_WORDS = ("värd", "värt", "värda")
EARLIER_MOMENTS = ("då", "vid årsskiftet", "i slutet av", "vid slutet av", "vid utgången av",
                   "i början av", "vid årets början", "vid förra årets slut")

# What the cues above hold, as plain text, each tuple for one pattern of
# `pipeline.label.comparison_patterns` (a phrase's words may stand on two lines): a stretch
# with none of a pattern's is not searched with it. Tests check that every cue holds one.
COMPARED_HINTS = COMPARING_HINTS + COMPARING_PREPOSITIONS
EARLIER_RECORD_HINTS = ("rekord", "toppnotering")
TODAY_HINTS = ("dag", "närvarande")                                     # `TODAY_CUES`
RULES_NOW_HINTS = ("regler", "regelverk", "lagstiftning", "reglering") + TODAY_HINTS
SAME_PERIOD_HINTS = ("samma", "motsvarande", "året", "föreg", "tidigare", "fg", "f.å.")
COMPARING_OR_RECORD_HINTS = COMPARING_HINTS + ("rekord", "högsta", "lägsta", "största")
