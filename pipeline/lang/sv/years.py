"""Year phrases around an amount: "under 2019", "2024–2026", "från och med 2017" (guide §3, §6)."""

# Words that open a range of years: "under perioden 2024 till 2026", "mellan 2025 och 2027".
PERIOD_OPENERS = ("under perioden", "perioden", "för perioden", "åren", "för åren", "mellan")

# Words that open a year with no end: "från och med 2017".
FROM_YEAR = ("från och med", "fr.o.m.", "from", "från")

# A rule that takes effect at a date starts the money's years: "träder i kraft den 1 januari 2021".
IN_FORCE = ("i kraft", "i kraft från", "i kraft från och med")

# Written after a year, they leave it open: "200 miljoner kronor 2024 och framåt" (tax
# releases: g0vse 2022/12 forslag-om-forstarkt-fou-avdrag-pa-remiss; 2023/09 158-miljoner-kr-
# satsas-2024-pa-skydd-av-ostersjon), "75 miljoner kronor 2024 och därefter," (2023/03
# satsning-for-att-oka-anvandningen-av-fysisk-aktivitet-pa-recept).
# "och därefter" leaves the year open only where its clause ends: "och därefter 60 miljoner
# kronor" gives the next amount its years (THEREAFTER), "passera 100 miljarder under 2026 och
# därefter fortsätta att öka" dates something else.
ONWARDS = ("och framåt", "och framöver", "och senare")
ONWARDS_CLOSING_A_CLAUSE = ("och därefter",)

# Words that close a year with no start: "fram till 2018", "ska vara klar till år 2030".
UNTIL_YEAR = ("fram till", "till och med", "t.o.m.", "tom", "fram t.o.m.", "till år")

# "sedan (februari) 2022", "sedan starten 2001": money since a year runs open-ended from it.
SINCE_YEAR = ("sedan",)

# A record "since" compares, it does not date the money: "det största utflödet sedan oktober 2013"
# (fund-flow news), "den högsta summan sedan i januari 2018".
RECORD_WORDS = ("största", "högsta", "lägsta", "minsta", "bästa", "sämsta", "starkaste",
                "svagaste", "första gången", "rekord", "rekordet", "rekordnivå", "rekordnivåer",
                "rekordinflöden", "rekordutflöden")

# A bare prior-period figure in parentheses takes the year of the prior period an earlier
# parenthesis of its sentence names: "3,9 miljoner euro i det fjärde kvartalet (2,9 miljoner
# samma period 2017), medan nettovinsten låg på 3,5 miljoner euro (5,3)" -> 2017 for 5,3
# (property-fund reports: fonderdirekt 2019-02-15 baltic-horizon-värde-bruttotillgångar-upp-4-9-
# i-4-kv, 2020-02-17 baltic-horizon-fund-värde-bruttotillgångar).
PRIOR_PERIOD_WORDS = ("samma period", "motsvarande period", "samma kvartal", "motsvarande kvartal")

# A permanent increase runs open-ended from its budget year.
PERMANENT_WORDS = ("permanent", "permanenta", "permanentas", "varaktigt")

# A budget bill's year starts money that a year phrase after it only closes: "I regeringens
# budgetproposition för 2024 tillfördes anslaget 200 miljoner kronor om året till och med 2026"
# -> (2024, 2026) (g0vse 2023/10 regeringen-satsar-pa-godselbaserad-biogas), likewise "i
# budgetpropositionen för 2023 ytterligare 200 miljoner kronor årligen till och med 2025" and
# "i budgetpropositionen för 2025 avsatt sju miljoner kronor per år till och med 2027".
BUDGET_YEAR_LEADS = ("budgetpropositionen för", "budgetproposition för")

# Month names, so "den 1 januari 2021" reads as a date and "juni 2024" as its year.
MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
               "september", "oktober", "november", "december")

# Between the years of a range or a list: "2024 till 2026", "2025 och 2026", "2014, 2016 och 2018";
# "från 2026 till och med 2028", "under perioden 2026 t.o.m. 2028" (government releases on
# multi-year grants: g0vse 2025 satsningar "400 miljoner kronor per år från 2026 till och med
# 2028", and the corpus's "från 2012 till och med 2024", "2026 till och med 2030").
YEAR_RANGE_JOINERS = ("till och med", "t.o.m.", "till", "och", "samt")
# Between the start and the end of money's years only: "från 2026 till och med 2028".
UNTIL_YEAR_JOINERS = ("till och med", "t.o.m.", "till")

YEAR_NOUNS = ("år", "åren", "budgetåret", "perioden")   # "för åren 2024–2026"

# Between "fram till"/"från" and its year: "fram till slutet av 2019" (guide §6), "från början av 2024".
YEAR_PART_LEADS = ("slutet av", "utgången av", "början av", "mitten av")

DATE_ARTICLE = "den"                                # "den 1 januari 2021"

PLAIN_UNTIL = ("till",)                             # "förlängas till 2032"

# Between a year and the next amount: "och för 2028 till 1,2 Mkr".
AMOUNT_LINKS = ("till", "med", "på", "om", "är", "blir")

# A level measured or a decision taken at a date is no year of the money (guide §6): "per den
# 31 december 2018", "vid utgången av 2023", "i slutet av 2019 var innehavet värt", "som
# regeringen beslutade om i början av 2024" (fund reports, state portfolio reports).
MEASURED_AT = ("per", "per den", "per utgången av", "vid utgången av", "vid slutet av",
               "vid årsskiftet", "vid halvårsskiftet", "beslutade om i början av",
               "beslutade i början av", "beslutades i början av")
# A measuring date written right after the amount is the amount's own time, so no other year of
# the sentence is its year: "bruttotillgångar om 260,9 miljoner euro per den 31 december 2018, i
# fondens rapport för det fjärde kvartalet 2018" (property-fund reports: fonderdirekt 2019-02-15
# baltic-horizon-värde-bruttotillgångar-upp-4-9-i-4-kv, 2020-02-17 baltic-horizon-fund-värde-
# bruttotillgångar). A bare "per" counts only before a date ("per 31 december"), not "per år 2025".
MEASURED_RIGHT_AFTER = ("per den", "per utgången av", "vid utgången av", "vid slutet av")
MEASURED_RIGHT_AFTER_IF_DATE = ("per",)
# A level stated as today's has today as its time, so a year elsewhere in the sentence dates
# something else: "år 2050 kan hela underhållsskulden, som i dag uppskattas till cirka 90
# miljarder, vara åtgärdad" (g0vse 2025/09 trafikverket-har-redovisat-sitt-forslag-till-nationell-
# plan), "hela fondkapitalet, vilket idag överstiger 1,000 miljarder kronor, som bolaget förvaltar
# år 2025" (fonderdirekt 2020-09-24 swedbank-robur-klassificerar-flera-fonder). Only with a word
# of state after it: "tilldelar regeringen i dag 14 miljoner kronor" dates a decision.
TODAY_WORDS = ("i dag", "idag")
TODAY_LEVEL_WORDS = ("uppskattas till", "beräknas till", "bedöms till", "överstiger", "uppgår till",
                     "värd", "värt", "ligger på", "omfattar")
TODAY_HEDGES = ("cirka", "ca", "drygt", "över", "nära", "knappt", "omkring", "runt")
# Times that date a level only when a verb of state follows: "I slutet av 2019 var innehavet
# värt nära 700 miljoner dollar" (holdings news), but "I slutet av 2024 beslutade regeringen att
# bevilja 100 000 kronor" is when money was given.
MEASURED_IF_LEVEL = ("i slutet av", "i början av")
LEVEL_VERBS = ("var", "är", "uppgick", "uppgår", "hade", "har", "låg", "ligger", "fanns", "ägde",
               "förvaltade", "förvaltar")
# Written after the year: "vid 2023 års slut", "2023 års utgång".
MEASURED_AFTER = ("års slut", "års utgång")
# Words of a measured period between the cue and its year: "vid utgången av det tredje kvartalet 2018".
MEASURED_PERIOD_WORDS = ("det", "första", "andra", "tredje", "fjärde", "kvartalet", "halvåret",
                         "året", "månaden")

# A year the money is compared with is not its year: "ökar med 1,75 miljarder kronor jämfört med
# 2025", "samma nivå som för 2021", "jämfört med utgången av 2018" (budget and portfolio news).
# ("som för 2025 är satt till" is a relative clause, no comparison.)
COMPARED_WITH = ("jämfört med", "jämföra med", "att jämföra med", "jämfört med utgången av",
                 "i jämförelse med", "än", "än för", "än år", "samma nivå som", "samma nivå som för",
                 "mot")

# These compare also across a few words naming the thing compared with, so its year is no year
# of the money: "minskade med 8,7 procent under 2024, jämfört med helåret 2023 och uppgick till
# 480,5 miljarder kronor" (g0vse 2025/06 en-stabil-bolagsportfolj-i-standig-utveckling),
# "hyresreduceringar om 140.000 euro, … lägre jämfört med reduceringarna under det andra
# kvartalet 2020" (fonderdirekt 2020-09-16 baltic-horizon-fund-5-9-i-aug-hyresreducering).
# ("än" and "mot" do not: "mot brottsligheten under 2025" is a purpose.)
COMPARED_ACROSS_WORDS = ("jämfört med", "jämföra med", "i jämförelse med")
COMPARED_GAP_WORDS = 5
# After a compared year, these lead the compared thing's own amount, which keeps the year: "i
# jämförelse med den deppigaste månaden under finanskrisen 2007-2009 då 108 miljarder euro togs
# ut" (fund-flow news: fonderdirekt 2020-04-22 fonder-rekordutflöden-från-europeiska-fonder-i-mars).
COMPARED_AMOUNT_LINKS = ("då",)

# A year in the name of a law or directive: "1980 års socialtjänstlag", "1985 års direktiv"
# (g0vse 2024/02 overenskommelse-…-ny-socialtjanstlag, 2024/12 utredning-for-att-genomfora-ett-
# nytt-direktiv-om-produktansvar); "2025 års regleringsbrev" is a year of the money.
NAMED_BY_YEAR = ("lag", "lagen", "direktiv", "direktivet", "förordning", "förordningen",
                 "konvention", "konventionen")

# A year of birth or founding dates people and firms, not money: "personer födda 1959" (pension
# compensation releases: g0vse 2023/10 kompensation-till-personer-fodda-1957, 2024/02
# regeringen-foreslar-kompensation-till-57orna), "grundades år 1999 … har 30 miljarder dollar
# under förvaltning" (company descriptions: mynewsdesk 2009-11-12 mynewsdesk-sveriges-4-e-…,
# fonderdirekt hedge-fund portraits).
ORIGIN_WORDS = ("född", "födda", "födde", "grundades", "grundad", "grundat", "bildades", "bildad")

# "30 Mkr 2025 och därefter 60 Mkr årligen": the money after runs from the following year.
THEREAFTER = ("därefter", "och därefter", "sedan därefter")

# Report periods in table headers and row labels: "Q1 2024/2025", "Q4-19", "kv3 2023", "helåret 2023".
QUARTER_PREFIXES = ("q", "kv", "k", "h")

# Words between two amounts that make them no list sharing one year: a comparison, a part
# ("100.000 miljarder dollar, varav 31.000 miljarder …, att jämföra med 16.000 miljarder 2014").
NOT_COORDINATION = ("jämföra", "jämfört", "jämförelse", "mot", "än", "varav", "därav", "medan",
                    "tidigare", "vilket", "vilka")

# The same money again for other years extends the years of the amount before (guide §6): "För
# 2025 föreslår regeringen 100 miljoner kronor … och beräknar samma summa för 2026 och 2027"
# (g0vse 2024/09 satsningar-for-att-fler-ska-lara-sig-svenska; 2023/11 okade-medel-till-
# goteborgs-universitet-for-att-forstarka-arbetet-mot-antisemitism). "Motsvarande belopp
# tilldelas 2026 och 2027" states a sum of its own for those years.
SAME_SUM = ("samma summa", "samma belopp", "lika mycket")

# An increase and the level it leads to share the level's year: "förstärkts med 850 miljoner
# kronor för att totalt uppgå till 1,7 miljarder för 2025", "Tillskottet på 1,2 miljoner kronor
# innebär att UHR får totalt 5 miljoner kronor … under 2025" (school and EU-recruitment grants).
INCREASE_LEADS = ("med", "tillskottet på", "tillskottet om", "tillskott på", "tillskott om",
                  "förstärkning på", "förstärkning om", "ökning på", "ökning med", "höjning på",
                  "höjning med")
LEVEL_LEADS = ("uppgå till", "uppgår till", "till totalt", "totalt", "till drygt", "till cirka")

