"""Words that present an amount as a sum (annotation guide §3, §6)."""

# Read right before the amount.
TOTAL_CUES = ("totalt", "sammanlagt", "sammantaget", "samlade", "samlat", "totala", "total",
              "i total", "summa", "sammanlagda", "totalbelopp", "totalbeloppet", "totalkostnad")

# Cues right before the amount only: "Av de 507 Mkr som …" (not "av de första 45 miljarder").
TOTAL_CUES_ADJACENT = ("av de", "av totalt")

# Cues that describe the subject, some words before its amount: "De totala kostnaderna för
# höjningen beräknas till 160 Mkr" (but "fondförmögenheten ökade med 152 miljarder" is a change).
TOTAL_ADJECTIVES = ("totala", "samlade", "sammanlagda", "sammantagna")

# "fondförmögenheten ökade med 152 miljarder": a change of a sum, not a sum.
CHANGE_PREPOSITIONS = ("med",)

# Cues that open a sentence about a sum: "Totalt kommer satsningen att omfatta 150 Mkr".
TOTAL_OPENERS = ("totalt", "sammanlagt", "sammantaget", "i totalt", "allt som allt")

# Table row labels that mark a row of sums.
TOTAL_ROW_LABELS = ("totalt", "summa", "total", "sammanlagt", "totalt forskningsråd och institut")
