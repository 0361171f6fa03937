"""Words that present an amount as a sum (annotation guide §3, §6)."""

# Written right before the amount, a qualifier perhaps between: "totalt cirka 5 Mkr".
TOTAL_CUES = ("totalt", "sammanlagt", "sammantaget", "samlade", "samlat", "totala", "total",
              "i total", "summa", "sammanlagda", "totalbelopp", "totalbeloppet", "totalkostnad")

# Cues right before the amount only: "Av de 507 Mkr som …" (not "av de första 45 miljarder").
TOTAL_CUES_ADJACENT = ("av de", "av totalt")

# Cues anywhere before the amount in its clause; each presents the first figure after it as the
# sum: "Totalt kommer satsningen att omfatta 150 Mkr", "De totala kostnaderna för höjningen
# beräknas till 160 Mkr", "Avtalen är i sin helhet värda 17,2 miljarder kronor" (defence
# procurement), "Den samlade fondförmögenheten … uppgick till 4 941 miljarder" (fund statistics).
# An adverb sums what the clause says, a change included ("minskade med sammantaget 2,2
# miljarder"); an adjective or noun names a sum whose change is no sum ("Den samlade
# fondförmögenheten ökade med 70 miljarder"), "Summa 5 886 500 000" (budget tables in prose).
TOTAL_ADVERBS = ("totalt", "sammanlagt", "sammantaget", "samlat", "allt som allt", "i sin helhet",
                 "i allt", "sammanräknat")
TOTAL_NAMES = ("totala", "total", "samlade", "samlad", "sammanlagda", "sammanlagd", "sammantagna",
               "summa", "totalsumma", "totalsumman", "totalbelopp", "totalbeloppet", "totalkostnad",
               "totalkostnaden", "totalkostnaderna")

# "Tillsammans med fastighetssektorn … summeras en ökning … till knappt 70 miljarder kronor"
# (guide §6): "summeras" alone only reports a figure ("Kvartalets intäkter summerades till").
TOGETHER = ("tillsammans",)
SUMMED = ("summeras", "summerades", "summerar", "summerade")

# A cue word followed by a particle is a verb: "Under 2014 har vi samlat in mer än tre miljoner
# kronor" (charity releases), "summerar ihop".
CUE_VERB_PARTICLES = ("in", "ihop")

# A figure that is not money after a cue takes the cue: "Totalt handlar det om 55,34 miljoner
# aktier", "sammanlagt 187.791 andelar" (insider trades); unless the money restates it:
# "sammantaget 5 procent motsvarande drygt 2,2 miljarder kronor".
RESTATING_LINKS = ("motsvarande", "vilket motsvarar", "eller")
RESTATING_NOUNS = ("ett värde", "ett belopp", "en summa")      # "motsvarande ett värde om 34 Mkr"

# The figure right after these is a change of the sum, not the sum: "Den samlade
# fondförmögenheten ökade med 152 miljarder kronor", "en ökning på 92 miljarder".
CHANGE_BEFORE = ("med", "ökning på", "ökning om", "ökning med", "minskning på", "minskning om",
                 "minskning med", "tillskott på", "tillskott om", "tillskottet på", "tillskottet om",
                 "höjning på", "höjning med", "förstärkning på", "förstärkning om")

# "Av den samlade budgeten går 2 Mkr till …": a cue after "av" names the whole of which the
# figure is a part, unless the figure stands in the cue's own phrase ("av totalt 5 Mkr").
PART_OF_WHOLE = ("av", "utav")
WHOLE_PHRASE_LINKS = ("på", "om")

# "Summan är delad på två fonder, varav 13,4 miljarder dollar": a part takes no cue.
PART_WORDS = ("varav", "därav", "av dessa", "av detta")

# A comma followed by these opens a new clause: a cue before it says nothing of what follows.
NEW_CLAUSE_WORDS = ("men", "medan", "vilket", "vilka", "där", "samtidigt", "och", "dock")

# Table row labels that mark a row of sums: "Totalt", "Summa", or a label opening with
# "Totalt"/"Summa" ("Totalt forskningsråd och institut", "Summa utgifter").
TOTAL_ROW_LABELS = ("totalt", "summa", "total", "sammanlagt")
TOTAL_ROW_OPENERS = ("totalt", "summa")
