"""Words that mark where a clause starts and how its subject stands (`label/area/clause.py`):
"Omsättningen sjönk till …" (subject first), "I juni noterades ett inflöde …" (a fronted
adverbial, the subject after the verb), "Skolverket, som betalade ut …" (a relative clause)."""

# Words that always open a new clause.
SUBORDINATORS = frozenset("där när eftersom medan vilket vilka varav men innan".split())
# Words that open a new clause after a comma, and are a fronted adverbial elsewhere: ", då
# Pelham Fund är trea med 2 mdr" (blankers' and flow news), not "Då ökade inflödet …".
COMMA_SUBORDINATORS = frozenset(("då",))
# A contrast that goes on with the earlier clause's subject left out: "Investeringsvolymen ökade
# med 19 procent, men är med sina 1,12 mdr euro en liten marknad", "dessa innehöll 47 mdr euro,
# men fick in 13 mdr" (fund news: fonderdirekt:2019-04-26-east-capital-tech-startups-driver-en-
# fastighetsboom-i-baltikum, fonderdirekt:2020-07-10-okat-inflode-till-borshandlade-fonder-2kv-morningstar).
CONTRAST_JOINERS = frozenset(("men",))
# Words that open a new clause unless a verb follows: "att statsbidraget ska …" opens one,
# "kommer att betala" does not; "och det tredje kvartalet noterade …", not "och förvaltar …".
VERBLESS_OPENERS = frozenset("att och samt eller".split())
# A relative pronoun: the clause's subject is what stands before it.
RELATIVE_PRONOUNS = frozenset(("som",))
# After "som" these make a qualifier, not a relative clause: "som lägst 365 kronor".
SUPERLATIVES = frozenset("lägst högst mest minst".split())
# "så sent som i juni": a comparison, not a relative clause.
COMPARATIVE_SO = ("så",)
# Punctuation that ends a clause.
CLAUSE_PUNCT = frozenset(";:.!?")
# First words of a fronted adverbial, after which the subject follows the verb: "I slutet av
# juni nådde priset …", "Som lägst noterades XXL …", "Sedan förra året har skulderna ökat …".
FRONTED_OPENERS = frozenset("""
i på under för sedan enligt per vid efter inom genom med mellan från till av om utöver utan
trots inför hittills nu därför dessutom samtidigt därtill också även totalt sammantaget
sammanlagt därmed därutöver härutöver idag igår då redan senast tidigare slutligen vidare
först nyligen förra nästa som så år årligen sett räknat mätt
""".split())
# Participles that open a fronted adverbial with the preposition after them, and are no verb
# of the clause there: "Sett till tillgångsklasser hade obligationsfonder …" (fund-flow news:
# fonderdirekt:2019-02-28-fonder-januari-nionde-raka-månaden-av-europeiska-nettoutflöden,
# fonderdirekt:2020-05-12-fonder-rekordinflöden-till-hälsovårds-etp-er-i-april), "Räknat i
# kronor …".
FRONTED_PARTICIPLES = frozenset("sett räknat mätt".split())
# Words between an inverted verb and its subject: "tilldelades även Tillväxtverket …".
SUBJECT_ADVERBS = frozenset("""
även också nu dock inte redan därför dessutom fortfarande hittills totalt sammanlagt bara endast
därmed idag sedan tidigare nyligen annars därtill alltjämt
""".split())
# Words that make the next participle part of a noun phrase: "den samlade", "de största".
ATTRIBUTIVE_LEADS = frozenset("den det de en ett denna detta dessa sin sitt sina hela".split())
# Active verbs whose subject gives the money rather than gets it: "Regeringen avsätter …",
# "Sverige betalar ut …". Their subject is no area.
GIVER_VERBS = frozenset("""
avsätter avsatte satsar satsade föreslår föreslog anslår anvisar fördelar fördelade investerar
investerade lägger lade tillför tillförde beviljar beviljade ger gav betalar betalade skjuter
sköt tilldelar tilldelade förstärker förstärkte höjer höjde bidrar bidrog donerar donerade
finansierar finansierade öronmärker avser planerar vill beräknar beräknade beslutade beslutat beslutar
skjutit avsatt anslagit fördelat föreslagit
""".split())
# A fronted place whose noun says where the money goes when nothing else does: "I
# fastighetsrörelsen investerades 273 Mkr", "Inom äldreomsorgen fördelas …".
FRONTED_PLACE_PREPOSITIONS = frozenset(("i", "inom"))
