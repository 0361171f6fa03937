"""Words that tie a figure to money stated before it (annotation guide §3 `restates`). Read by
`pipeline.label.other_money` and `pipeline.label.conversions`."""

# Written between an amount and the same money in another currency or per another period:
# "20,5 miljarder dollar, motsvarande 198 miljarder kronor", "2 miljoner euro (ca 20 miljoner
# kronor)", "70 kronor per dag – ca 2 100 kronor per månad".
CONVERSION_CUES = ("motsvarande", "vilket motsvarar", "som motsvarar", "motsvarar", "eller",
                   "dvs.", "dvs", "det vill säga", "omräknat", "omräknat till", "i svenska kronor")

# Written before an amount that is money on top of an earlier sum, not that sum again:
# "Nu skjuter regeringen till ytterligare fem miljoner kronor".
# The earlier sum may itself be new money, restated: the title's "ytterligare 110 miljoner" and
# the body's "Det nya tillskottet om 110 miljoner kronor".
NEW_MONEY_CUES = ("ytterligare", "ytterliggare", "ännu", "därutöver", "extra")

# Periods a money rate may be restated in ("per dag" as "per månad"); a rate per another
# denominator ("per region", "per aktie") is another sum.
TIME_PERIODS = ("year", "month", "week", "day", "hour")

# Written in the clause of an amount that gives the same value to another thing: "Även här blir
# teckningskursen 2 norska kronor per aktie", "Också Region Gävleborg får 5 miljoner kronor".
LIKEWISE_WORDS = ("även", "också", "likaså", "likadant", "lika mycket", "samma summa",
                  "samma belopp")

# After such a word, they mean "still", not "likewise": "kan även fortsatt få 40 000 kronor".
STILL_WORDS = ("fortsatt", "framöver", "i fortsättningen", "i framtiden")
# After such a word, they say what a thing named before is, or another name of it, not the same
# value for another thing: "världens enskilt största fond även känd som oljefonden, avkastade
# 4,3 procent …, motsvarande 412 miljarder norska kronor" (fonderdirekt:2020-10-15-norska-
# oljefonden-412-miljarder-nok-under-tredje-kvartalet, fonderdirekt:2020-08-18-norska-oljefonden-
# minus-188-miljarder-nok-första-halvåret), "Japans pensionsfond GPIF, som även är världens
# största pensionsfond, förlorade 18 biljoner yen, motsvarande cirka 1,528 miljarder kronor"
# (fonderdirekt:2020-07-06-fonder-världens-största-pensionsfond-förlorade-1-5-mdr-kr-1kv).
DESCRIBING_WORDS = ("känd som", "kända som", "känt som", "kallad", "kallade", "kallat", "kallas",
                    "är")

# A figure written definite points back to money stated before: "Av de 507 miljoner kronor som
# regionerna kunde kvalificera sig för" after "507,5 miljoner kronor", "De ytterligare 700
# miljonerna kommer att fördelas" after "förstärkas med 700 miljoner kronor". The article,
# the words that may stand between it and the figure, and the endings of a definite unit.
DEFINITE_ARTICLES = ("de",)
DEFINITE_BETWEEN = ("ytterligare", "extra", "nya", "avsatta", "beslutade")
DEFINITE_ENDINGS = ("erna", "arna", "orna")
# A definite noun of a sum before its figure points back the same way: "Ukrainastödet räknas inte
# in i taket på 300 miljarder kronor" after "en ökad skuldsättning på maximalt 300 miljarder
# kronor", "Taket på 30 miljoner euro gäller per projekt" after "med ett tak på 30 miljoner euro".
DEFINITE_NOUNS = ("taket", "ramen", "beloppet", "summan")
DEFINITE_LINKS = ("på", "om")

# The direction of a fund flow, read from the words before a figure in its sentence: money in
# ("inflöden om 1,0 miljarder", "nettoinsättningar på närmare 10 miljarder") is never the same
# money as money out ("utflöden om 1 miljard kronor", "9,4 miljarder tagits ut") of equal value.
# Stems of the nouns, and the verb phrases that say the same.
INFLOW_STEMS = ("inflöd", "nettoinflöd", "insättning", "nettoinsättning")
INFLOW_PHRASES = ("flödade in", "flödat in", "flödar in", "strömmade in")
OUTFLOW_STEMS = ("utflöd", "nettoutflöd", "uttag", "nettouttag")
OUTFLOW_PHRASES = ("flödade ut", "flödat ut", "flödar ut", "tog ut", "tagit ut", "tagits ut",
                   "togs ut", "plockade ut", "plockat ut", "plockades ut")

# Written right before money granted or set aside before the release, which still stands: it
# is not the money the release gives now, whatever its value ("Regeringen avsätter sedan
# tidigare 3 miljarder kronor årligen" beside "ett sektorsbidrag som omfattar 3 miljarder").
EARLIER_GRANT_WORDS = ("sedan tidigare",)
# The same said by a word of earlier time and the verb of granting, in the past, right before
# the money: "till de tidigare beviljade 20 miljoner kronor för ändamålet" before "beslutat att
# bevilja Scouterna 20 miljoner kronor" (g0vse:pressmeddelanden/2022/12/regeringen-satsar-pa-
# idrottsrorelsen-och-scouterna), "Bara under förra året beviljades 1,5 miljarder kronor i
# stöd" before "föreslås anslaget att öka med 1,5 miljarder kronor 2026" (g0vse:
# pressmeddelanden/2025/09/satsningar-pa-elektrifiering-av-transportsektorn). A word of earlier
# time alone marks a comparison figure ("Under motsvarande period i fjol var resultatet 170
# miljoner", a newswire preview beside its table), not money that still stands.
EARLIER_TIME_WORDS = ("tidigare", "förra året", "i fjol", "ifjol")
PAST_GRANTS = ("beviljade", "beviljades", "beviljats", "avsatta", "avsattes", "avsatts",
               "anslagna", "anslogs", "anslagits", "tilldelade", "tilldelades", "tilldelats",
               "utbetalade", "betalades ut", "fördelade", "fördelades", "fördelats")
