"""Words that tie two neighbouring amounts together (guide §3, §6): a change "från 20 till 35
miljoner", the same money again "20,5 miljarder dollar, motsvarande 198 miljarder kronor", a
pairing "6 respektive 8 miljarder", a comparison "2 100 kronor per månad i stället för 1 325"."""

# "från 80 till 40 miljoner": the old and the new level of one thing.
LEVEL_FROM = ("från", "upp från", "ned från", "ner från")
LEVEL_TO = ("till", "till över", "till drygt", "till knappt", "till cirka", "till runt",
             "till omkring", "till nära", "till nästan", "till minst", "till ca")

# The same money stated again, often in another currency: "42,6 miljarder euro, motsvarande 435
# miljarder kronor" (fonderdirekt 2019-01-04 fonder-november-sjunde-raka-månaden…, 2018-12-07
# danica-pension-sverige…), "132 miljoner dollar (cirka 1,2 miljarder kronor)" (2019-02-18
# fonder-hedgefond-vill-stämma-bafin…, 2020-09-14 fonder-globala-etf-tillgångar…).
EQUIVALENT_LINKS = ("motsvarande", "vilket motsvarar", "eller", "dvs.", "det vill säga", "alltså")
EQUIVALENT_QUALIFIERS = ("cirka", "ca", "ca.", "drygt", "knappt", "runt", "omkring", "nära",
                         "närmare", "nästan", "över", "ungefär")

# "7,5 respektive 4,0 miljarder kronor": each amount goes with one thing of a list (g0vse 2024/09
# reformer-for-ett-rikare-och-tryggare-sverige, 2023/06 stabil-utveckling-for-den-statliga-…).
RESPECTIVELY = "respektive"
LIST_SEPARATORS = (",", "och")

# A figure given for comparison with the one before: "2 100 kronor per månad i stället för 1 325
# kronor" (g0vse 2023/06 nu-forlangs-det-tillfalliga-tillagget…, 2024/03 forslag-om-ytterligare-
# forlangning…), "550 kronor per barn (tidigare 500 kr)" (fee releases), "60 miljarder dollar,
# jämfört med 15 miljarder dollar" (market news).
COMPARED_LINKS = ("i stället för", "istället för", "jämfört med", "mot", "tidigare", "(tidigare",
                  "att jämföra med", "i jämförelse med")

# A part of the amount before: "600 miljoner kronor under perioden 2025–2028, varav 100 miljoner"
# (fund statistics: fonderdirekt 2020-06-10 fonder-spararna-dumpade…, 2020-07-10 fondbolagens-…).
PART_LINKS = ("varav", "därav", "av dessa", "av detta", "av vilka")

# An aside on the amount before, in parentheses: "1 miljon kronor för 2023 (totalt tre miljoner
# kronor)"; but a figure given as the earlier level is no aside: "(tidigare 500 kr)", "(407,8)".
EARLIER_WORDS = ("tidigare", "i fjol", "ifjol", "föregående år", "fg år")
