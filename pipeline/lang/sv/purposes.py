"""Words that tell what follows an amount from its purpose (`label/area/purpose.py`): a cause,
the organisation money goes through, the part of a time."""

# What an amount came about by, never what it is for: "tagit ut 13 mdr pund i spåren av en
# ökad oro" (fund news: fonderdirekt:2020-09-24-fonder-investerare-dumpar-brittiska-aktiefonder),
# "minskade med 2 mdr till följd av börsfallet", "ökar med 5 Mkr på grund av …".
CAUSE_PHRASES = ("i spåren av", "till följd av", "på grund av", "med anledning av", "i kölvattnet av",
                 "som en följd av")

# Through whom money goes, its area when no purpose follows: "100 Mkr genom Sida".
CHANNEL_PREPOSITIONS = ("genom", "via")

# What ties a part of a time to the time: "i slutet [på] juni 2020", "i början [av] året" (fund
# news: "investerades sedan i slutet på juni 2020 i den tredje fonden", fonderdirekt:2020-07-03-
# alecta-investerar-620-miljoner-euro-i-infrastrukturfonder; "i slutet av 2019").
TIME_PART_LINKS = ("av", "på")
