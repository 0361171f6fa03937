"""Words that let numbers share one unit, and words that keep a number from joining."""

# Words joining two numbers that share the scale and currency written after the second.
# "från 80 till 40 miljoner" is two amounts; "mellan 2 och 3 miljarder" and "10–15 Mkr" one.
RANGE_DASHES = ("–", "—", "-", "−")
RANGE_OPENER = "mellan"
# After "mellan" a range may also be joined by "till", as speech and quotes write it ("mellan 20
# till 100", "mellan 2 till 4 procent", "mellan 75 till 92 procent" in five corpus releases).
RANGE_JOINS = ("och", "till")
# "samt" joins as "och" does, in financial news mostly: "uppgick till 15,4 samt 17,9 miljarder
# euro" (fonderdirekt 2019-05-06 aktiefonder-största-utflödet-i-europa…), "med 6,4, 6,4 samt 6,3
# procent" (fonderdirekt 2018-10-26 electrolux-rapportsmäll…, 2019-01-21 east-capital-nuvarande…).
COORDINATORS = ("till", "och", "eller", "respektive", "samt")
# Coordinators that join only after a word before the first number: a new level before the
# old, as newswire writes a change ("höjts till 1.270 från 1.250 dollar", "sänker riktkursen
# till 85 från 95 kronor"; also "till 6 från 7 procent" in financial news).
COORDINATORS_AFTER: dict[str, str] = {"från": "till"}
# A list before the last coordinator shares the unit too: "12, 15 eller 20 kronor".
LIST_SEPARATOR = ","

# Words after which a bare number is compared with an amount stated just before it and takes
# its unit: "886 miljoner kronor (985), väntat 736", "Utfallet kan jämföras med
# analytikerkonsensus som låg på 3 815", "jämfört med 530". Consensus and forecast figures are
# amounts of their own (annotation guide §3); newswire interim-report notes write them bare.
COMPARISON_PHRASES = ("jämfört med", "jämföras med", "jämföra med", "räknat med", "räknade med")
COMPARISON_WORD_ENDINGS = ("konsensus", "väntat", "väntade", "väntningar", "väntningarna",
                           "väntningen", "estimat", "estimaten", "prognos", "prognosen")   # "analytikerkonsensus"
# Words between an amount and its prior-period figure in parentheses, one of them naming the
# period or the kind of figure: "505 miljoner kronor för det tredje kvartalet (535)", "20
# miljarder kronor netto (19,6)" (interim-report news in financial news).
PRIOR_PERIOD_GAP_WORDS = 4
# "2,50 kronor per aktie (2,00)": the kind of figure in a year-end report's dividend and key
# figures ("Utdelning 2,50 kronor per aktie (2,25)", "Substansvärde 371 kronor per aktie (346)").
PRIOR_PERIOD_GAP_STEMS = ("kvartal", "halvår", "helår", "år", "period", "månad", "netto", "brutto",
                          "aktie")
# Labels that open the parentheses of a prior-period figure, the convention of Swedish interim
# reports written out or abbreviated: "12,5 MSEK (fg år: 10,1)", "3,4 Mkr (föregående år 2,1)",
# "9,4 miljoner kronor (f.å. 8,1)", "(i fjol: 40)"; a year or a quarter with a colon labels it
# too: "45 MSEK (2023: 38)", "(Q3 2023: 10,1)".
PRIOR_PERIOD_LABELS = ("fg år", "fg. år", "fg", "f.å.", "f å", "föreg. år", "föregående år",
                       "i fjol", "ifjol", "fjol", "året innan", "året före", "jämförelseperioden",
                       "samma period föregående år", "motsvarande period föregående år",
                       "samma period i fjol", "motsvarande period i fjol")
PRIOR_PERIOD_LABEL_REACH = 40     # characters from the parenthesis to its figure
COMPARISON_GAP_WORDS = 3       # words between the cue and the number: "som låg på", "rörelseresultat var"

# Words before a number that make it a time, a page or a rank, not money: "klockan 15 till 102:65 kronor".
NON_MONEY_WORDS_BEFORE = ("klockan", "kl", "kl.", "vecka", "veckan", "sidan", "sida", "nummer",
                          "nr", "nr.", "paragraf", "kapitel", "punkt", "plats", "version", "§")

# An enumeration of names, each with its figure in parentheses, the first with its unit:
# "Sverigefonder (-1,6 miljarder kronor), Europafonder (-1,2), Nordenfonder (-0,6) och
# Japanfonder (-0,4)"; the later figures take the first one's unit (guide §1: the currency
# implied by its neighbour). Fund-flow news writes breakdowns so (fonderdirekt 2019-03-11
# fonder-spararna-valde-långa-räntefonder…), and fund reports their country weights in percent
# ("Frankrike (11,1 procent), Storbritannien (9,0), Tyskland (8,0)": fonderdirekt 2019-04-05
# ub-infra-flygplatsaktier…, 2020-03-09 oddo-bhf-active-small-cap…), where no money follows.
ENUMERATION_JOINS = ("och", "samt")
ENUMERATION_NAME_REACH = 40     # characters of the name between two parenthesised figures

# Words right after an amount that open a part of it, a bare figure then in the amount's unit:
# "inflöden om 76,6 miljarder, varav 49,8 gick till aktivt förvaltade obligationsfonder"
# (fonderdirekt 2020-09-15 aktiefonder-andra-månaden-i-rad-med-rekordutflöden-i-usa; guide §6
# names "varav" a part of a total). The figure must follow the amount at once: "50 miljoner
# kronor till 12 organisationer, varav 3 är nya" counts organisations.
AMOUNT_PART_WORDS = ("varav", "därav")
