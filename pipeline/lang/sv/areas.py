"""Words that bound an area phrase: purpose prepositions, the verbs that give or receive money,
the closed classes that end a noun phrase, and words that only point back (guide §4, §6)."""

# "höjs från 80 till 100 Mkr": the amount before the new level.
CHANGE_FROM = ("från",)

# A rate ends an area phrase: "500 Mkr i investerat kapital [per fond]".
RATE_WORDS = frozenset(("per",))

# Prepositions that open a purpose after the amount: "100 Mkr till bredbandsutbyggnad".
PURPOSE_PREPOSITIONS = ("till", "för", "åt", "inom", "i", "på")

# After an amount that a noun before it names, these say where or when: "stängningskursen på
# 357,60 kronor på Oslobörsen", "ett inflöde om 42,8 miljarder euro i Europa".
WHERE_PREPOSITIONS = ("i", "på")

# Markers of a purpose clause: "för att stärka försvaret".
PURPOSE_MARKERS = ("i syfte att", "med syfte att", "för att", "i syfte till att")

# Prepositions that tie an amount to the noun phrase before it: "ett statsbidrag på 300 Mkr".
ATTRIBUTE_PREPOSITIONS = ("på", "om", "av", "från", "omfattande", "värt", "värd", "värda")

# Verbs after whose subject the money goes: "Industriklivet förstärks med 100 Mkr".
RECEIVING_VERBS = frozenset("""
får fick erhåller erhöll tilldelas tilldelades tillförs tillfördes beviljas beviljades
förstärks förstärktes ökar ökade höjs höjdes gäller gällde omfattar omfattade kostar
kostade motsvarar uppgår uppgick landar landade hamnar stiger steg minskar minskade sänks
beräknas budgeteras anslås tillfaller passera passerar omsatte omsätter omsätta värderas förvaltar
öka ökas höjas minska minskas sänkas förstärkas uppgå
tilldelats tillförts beviljats erhållit
""".split())

# Verbs whose object gets the money: "beviljar SDC tre miljoner kronor".
GIVING_VERBS = frozenset("""
beviljar beviljade bevilja ger gav ge tilldelar tilldelade tilldela tillför tillförde
höjer höjde sänker sänkte förstärker förstärkte förlänger förlängde förstärkt höjt sänkt ökat
tillfört beviljat tilldelat gett
""".split())

# Words between such a verb and the amount that belong to neither.
VERB_PARTICLES = frozenset("""
med till på nu även också ytterligare därmed därför totalt sammanlagt cirka ca drygt nästan
närmare knappt minst högst över under upp ungefär omkring runt kring uppskattningsvis
från endast bara idag
""".split())

# Words that stress an amount and belong to no phrase: "ett börsvärde på hela 2 500 mdr dollar",
# "ökat med hela 892 mdr" (fonderdirekt:2019-04-05-amazon-hedgefond-vd-ser-aktien-gå-över-5-000-
# usd-år-2025, fonderdirekt:2019-11-11-fonder-stort-nysparande-och-rekordhög-fondförmögenhet-i-oktober).
EMPHATIC_WORDS = frozenset("hela rekordhöga rekordstora".split())

# Words that only point back to what the section is about: "för ändamålet", "medlen".
POINTER_WORDS = frozenset("""
ändamålet ändamål detta denna dessa det den medlen satsningen uppdraget insatsen insatserna
arbetet arbete syftet syfte projektet stödet ändamålen sådana förslaget förslagen beslutet
reformen kategorin kategorierna uppdragets myndigheten myndigheterna uppdrag uppdragen
förändringen förändringarna
""".split())
# Of those, the nouns: a phrase that holds one beside only verbs, times and function words
# points back too: "för att genomföra uppdraget", "för uppdragets genomförande", "för
# ändamålet åren 2026 och 2027", "Försvarshögskolan som samordnar uppdraget" (g0vse:
# pressmeddelanden/2025/04/nytt-register-ska-sakra-konscellsdonationer-i-sverige, g0vse:
# pressmeddelanden/2025/09/ny-nationell-funktion-ska-samordna-stodet-till-vissa-brottsoffer).
POINTER_NOUNS = frozenset("""
ändamålet ändamål medlen satsningen uppdraget insatsen insatserna arbetet arbete syftet syfte
projektet ändamålen förslaget beslutet reformen uppdragets uppdrag uppdragen förändringen
förändringarna
""".split())
# Words beside such a noun that name nothing: "det nya uppdraget", "den här satsningen",
# "uppdragets genomförande".
POINTER_FILLERS = frozenset("här nya eget egna pågående aktuella genomförande genomförandet".split())

# Words that end an area phrase.
CLAUSE_BREAKERS = frozenset("""
vilket vilka där när då eftersom medan samtidigt men varav samt respektive enligt jämfört så
säger sa skriver fortsätter
""".split())

RELATIVE_WORDS = frozenset(("som",))

# Words that open a noun phrase when walking back from "på"/"om" or a verb.
DETERMINERS = frozenset("en ett den det de denna detta dessa sin sitt sina hela samma".split())

# Words before which a noun phrase walked back from its amount ends; "än" too, for what is
# compared is another thing: "3 procent bättre än [analytikerkonsensus] som låg på …", "ett
# högre elpris än [referenspriset] om 75 öre" (g0vse:pressmeddelanden/2023/01/nytt-elstod-till-
# hushall-i-hela-landet, fonderdirekt:2020-08-19-fonder-stora-utflöden-från-amerikanska-aktiefonder-i-år).
CLAUSE_OPENERS = frozenset("""
att och eller som där när om men samt så för genom med till av i på från under efter än
har hade är var blir blev ska skall kan kommer avser föreslår föreslog föreslå föreslås
beslutat beslutade beslutar vill
""".split())

# Time phrases that follow an amount but say nothing about its purpose.
TIME_WORDS = frozenset("år året åren budgetåret perioden kvartalet månaden halvåret helåret".split())

AREA_MAX_WORDS = 14

# Phrases after an amount that say nothing of its purpose: "130 Mkr för bland annat …".
FILLER_PHRASES = ("bland annat", "bl.a.", "bl a", "vardera", "var", "per år", "årligen",
                  "därefter", "dessutom", "också", "även", "i form av", "extra", "ytterligare",
                  "ut", "netto", "och framåt",
                  # The particle of money put into funds: "sattes [15 mdr] netto in i aktiefonder"
                  # (fonderdirekt:2019-01-31-fondbolagens-förening-2018-var-ett-år-med-två-ansikten,
                  # fonderdirekt:2019-09-10-fonder-aktierna-som-toppar-de-hållbara-fondportföljerna,
                  # fonderdirekt:2020-01-08-storbritannien-aktiefonder-hetast-i-december-rekorduttag-för-fastigheter).
                  "in")

# Between a noun and its amount, saying nothing of either: "utgifter om i genomsnitt 2 Mkr".
FILLER_BEFORE = ("i genomsnitt", "i snitt", "i sin helhet")

# Between a noun and its amount, standing for "på": "ytterligare stöd, i form av 600 Mkr".
# "reservdelar som kan avvaras till ett värde om högst 1,1 mdr", "aktier till ett sammanlagt
# värde av 11 mdr" (g0vse:pressmeddelanden/2023/08/ett-trettonde-stodpaket-till-ukraina-med-fokus-
# pa-ammunitio…, fonderdirekt:2020-02-17-jupiter-köper-konkurrenten-merian-för-390-miljoner-pund).
# What is bought or built "till en kostnad om 325 Mkr" is the area too (renovating the opera
# house, g0vse:pressmeddelanden/2025/01/planen-klar-for-renoveringen-av-kungliga-operan;
# projecting a building, "Projektering … beräknas till en kostnad av 300 miljoner kronor").
VALUE_LEADS = ("till", "med", "")
NEUTER_VALUE_ADJECTIVES = ("", "totalt", "sammanlagt", "uppskattat", "samlat", "bokfört")
COMMON_VALUE_ADJECTIVES = ("", "total", "sammanlagd", "uppskattad", "beräknad")
# (article, adjectives that agree with the noun, noun)
VALUE_NOUNS = (("ett", NEUTER_VALUE_ADJECTIVES, "värde"), ("ett", NEUTER_VALUE_ADJECTIVES, "belopp"),
               ("en", COMMON_VALUE_ADJECTIVES, "kostnad"))
VALUE_LINKS = ("av", "på", "om", "")     # "": a qualifier follows, "till ett värde kring 371 Meuro"
# Longest first, so "till ett värde av" wins over "ett värde av"; then alphabetical, the same in
# every process whatever its string-hash seed.
VALUE_PHRASES = tuple(sorted({" ".join(f"{lead} {article} {adjective} {noun} {link}".split())
                              for lead in VALUE_LEADS for article, adjectives, noun in VALUE_NOUNS
                              for adjective in adjectives for link in VALUE_LINKS}, key=lambda p: (-len(p), p)))
APPOSITIVE_FILLERS = ("i form av",) + tuple(p for p in VALUE_PHRASES if p.split()[0] in ("till", "med"))

# Verbs right after an amount, before its purpose: "25 Mkr tillförs för att …".
PASSIVE_VERBS = ("föreslås", "avsätts", "tillförs", "fördelas", "satsas", "anslås", "läggs",
                 "skjuts till", "går", "gick", "används", "betalas ut", "investeras", "ges",
                 "avsattes", "tillfördes", "fördelades", "öronmärks", "reserveras", "gå",
                 "användas", "fördelas ut")

# What may open a relative clause or a modal before such a verb: "400 Mkr som ska fördelas till …".
VERB_LEADS = ("som ska", "som skall", "som kommer att", "som får", "som kan", "som", "ska", "skall",
              "får", "kan", "kommer att", "bör", "måste")

# Words of a verb run after the amount: "[3 Mkr] har redan fördelats ut till …", "… kommer att
# kunna betalas ut i …", "… sattes in i …", "… drogs tillbaka från …".
VERB_RUN_LEADS = frozenset("som ska skall kan får har hade kommer att redan nu också även och sedan därefter".split())
VERB_RUN_PARTICLES = frozenset("in ut tillbaka av över bort upp".split())
# Punctuation between the items of an inline enumeration: "ICRC 60 Mkr, FN:s landfond 30 Mkr".
ITEM_SEPARATORS = frozenset(",;:()")

# Words before a figure given only beside the one before it: "…, att jämföra med 1,12 mdr",
# "…, motsvarande 198 miljarder kronor", "… i stället för 1 325 kronor".
COMPARISON_CUES = ("jämfört med", "att jämföra med", "i jämförelse med", "i stället för",
                   "istället för", "motsvarande", "vilket motsvarar", "vilket är", "mot")

# A figure that is the market's estimate of the one before it shares that one's area: "ebitda-
# resultatet uppgick till 9,4 Meuro, att jämföra med analytikernas förhandstips som låg på
# 11,3 miljoner", "omsatte 3.320 Mkr, att jämföra med snittestimaten om 3.103 Mkr"
# (fonderdirekt:2019-08-19-catena-media-first-globalt-fokus-norron-select-och-bodenholm-mest-
# drabbade-av-rapportnedgång, fonderdirekt:2019-02-22-case-power-play-boxplay-i-och-med-elekta-
# nedgång-på-fredagen); newswire notes put it in a sentence of its own: "Utfallet kan jämföras
# med analytikerkonsensus som låg på 1 290".
ESTIMATE_STEMS = ("konsensus", "estimat", "förhandstips", "prognos", "förväntning", "analytiker")
ESTIMATE_CUES = ("jämför", "än", "väntat", "mot")
OUTCOME_POINTERS = ("utfallet", "det", "detta", "siffran", "resultatet")

# Words that open a part of the amount before them, whose purpose is the part's alone: "Satsningen
# på 50 Mkr årligen – varav 35 miljoner går till kommunerna – ska …", "avsätts 20 Mkr, varav
# 18 miljoner betalas ut som statsbidrag till ideella föreningar" (g0vse:pressmeddelanden/2026/01/
# 50-miljoner-till-forberedelser-infor-socialdataregister, g0vse:pressmeddelanden/2025/02/oberoende-
# barnombud-ska-ge-stod-till-barn-i-utsatta-situationer).
PART_OPENERS = ("varav", "därav", "av dessa", "av detta", "av vilka")

# After an amount these open a comparison, not a purpose: "[2,1 mdr] i förhållande till …".
COMPARISON_OPENERS = ("i förhållande till", "jämfört med", "i jämförelse med", "i stället för",
                      "istället för", "inklusive", "exklusive", "utöver")

# Particles of money taken out, and where from: "togs ut från hedgefonder".
WITHDRAWAL_PARTICLES = ("ut", "tillbaka")
# The particle of a verb said before the amount, set off after it by a comma or a per-unit
# phrase: "delades [2 Meuro], eller [0,02 euro] per andel, ut till ägarna" (quarterly dividends of
# a listed property fund: fonderdirekt:2019-02-15-baltic-horizon-värde-bruttotillgångar-upp-4-9-i-4-kv,
# fonderdirekt:2020-02-17-baltic-horizon-fund-värde-bruttotillgångar-upp-7-6-i-4-kv).
LATER_PARTICLES = ("ut", "in")
SOURCE_PREPOSITIONS = ("från", "ur")
# Passive verbs whose receiver follows without a preposition: "[100 Mkr] tillförs kommunerna".
DATIVE_VERBS = frozenset("tillförs tilldelas tilldelades tillfördes ges gavs anvisas tillfaller".split())

# Pointers that end a purpose phrase: "kommunerna för ändamålet", "… för detta arbete".
POINTER_PHRASE_WORDS = ("uppdraget", "ändamålet", "ändamål", "arbetet", "arbete", "satsningen",
                        "projektet", "insatsen", "insatserna", "reformen", "detta")

# Ends of the nouns for a whole an amount is part of: "av det totala anslaget", "av biståndsbudgeten".
WHOLE_ENDINGS = ("anslaget", "budgeten", "medlen", "beloppet", "ramen", "summan")

# Where money is proposed or decided, never what it is for: "satsar [10 Mkr] i
# budgetpropositionen för 2026 för att …", "… tillförs för ändamålet i vårändringsbudgeten".
BUDGET_DOCUMENTS = ("budgetpropositionen", "budgetproposition", "vårändringsbudgeten",
                    "vårändringsbudget", "höständringsbudgeten", "höständringsbudget",
                    "ändringsbudgeten", "ändringsbudget", "regleringsbrevet", "regleringsbreven",
                    "regleringsbrev", "budgeten")
# Prepositions before such a document.
DOCUMENT_PREPOSITIONS = ("i", "enligt", "genom")
# A condition ends a purpose: "… för uppdraget under förutsättning att riksdagen …".
CONDITIONS = ("under förutsättning att", "förutsatt att")

# Nouns for money whose purpose, stated once, is that of the sentence's amounts: "avsätta
# medel för ikappvaccinering …, där 49 miljoner avsätts år 2027".
MONEY_NOUNS = ("medel", "medlen", "pengar", "pengarna", "resurser", "resurserna")

# Nouns that only say "an amount" and so make a poor area: "en höjning på 30 Mkr".
GENERIC_AMOUNT_NOUNS = frozenset("""
höjning höjningen ökning ökningen minskning minskningen satsning satsningen förstärkning
förstärkningen tillskott tillskottet värde belopp beloppet summa summan investering
investeringen nivå nivån ram ramen budget total totalt totala sammanlagt pengar medel medlen
satsningar höjningar ökningar förstärkningar tillskotten värdet form målnivå målnivån rekordnivå
rekordnivån toppnivå totalsumma totalbelopp totalbeloppet budgeten
""".split())

# Words that cannot be the subject that receives money: "Varje år beräknas 18 miljarder …".
NON_SUBJECT_WORDS = frozenset("""
varje år året därutöver dessutom samtidigt också även nu då sedan därefter totalt
sammanlagt i dag idag hittills kvartalet månaden perioden
""".split())

# A noun right before "med"/"till" + amount whose verb is left out: "och barntillägget med 500 kr".
ELLIPSIS_PREPOSITIONS = frozenset(("med", "till"))

# Words that end a subject when walking back from its verb.
SUBJECT_STOPS = frozenset("att där när då medan eftersom föreslås föreslår avser".split())

# Prepositions: a noun phrase neither starts nor ends with one, and no verb follows one.
PREPOSITIONS = frozenset("""
i på till för av om med från under inom åt hos vid mot efter genom mellan enligt utan kring
""".split())

# Prepositions that may stand inside an area's noun phrase ("stöd till kommuner").
INNER_PREPOSITIONS = frozenset(("för", "till", "i", "av", "med", "inom"))

# Prepositions that link a generic noun to the phrase before it: "X till ett värde av …".
LINKING_PREPOSITIONS = frozenset(("till", "med", "för"))

# Finite verbs that end a noun phrase or a purpose phrase: "för elstöd och regeringen kommer …".
CLAUSE_VERBS = frozenset("""
har hade är var blir blev ska skall kan kunde kommer vill ville måste bör borde får fick ger gav
gett gjort gör står stod visar visade innebär innebar betyder handlar handlade rör gällde
""".split())

# Words that join two clauses; a clause verb right after one ends the phrase before it.
CLAUSE_CONJUNCTIONS = frozenset(("och", "samt", "men", "eller"))

# Adverbs that stand between verbs, never inside a noun phrase: "föreslår därför satsningar".
CLAUSE_ADVERBS = frozenset("""
inte ej också även redan nu därför dock alltså således hittills sedan troligen dessutom därtill
""".split())

# A list that goes on past a comma: "för upphandling av reservkraft, brandbekämpning samt sanering".
LIST_JOINERS = frozenset(("och", "samt"))
# Joiners of the last item of a list of things: "granater, robotar eller fordon".
ITEM_JOINERS = LIST_JOINERS | frozenset(("eller",))

# "såväl X som Y": a second thing that is not the amount's purpose.
CORRELATIVES = frozenset(("såväl",))

# "detta arbete", "denna satsning": a short phrase opened by one of these only points back.
DEMONSTRATIVES = frozenset(("denna", "detta", "dessa", "samma"))

# A purpose written as a noun phrase before its amount: "För framtagande av läslistor föreslår
# regeringen 2 Mkr", "För inrättandet av ett samverkanskontor tillförs 3 Mkr".
FRONTED_PURPOSE_PREPOSITIONS = ("för",)

# Verbs that end a purpose written before its amount: "För att stärka X avsätts 724 Mkr".
BUDGET_VERBS = frozenset("""
avsätter avsatte avsätts avsattes satsar satsade satsas föreslår föreslog föreslås anslår
anvisar anvisas fördelar fördelade fördelas investerar investeras lägger läggs tillför tillförs
tilldelas beviljas förstärks ökas höjs får fick
""".split())

# A list item that ends in one of these is a sentence, not a label: "X räknas in i taket på 3 Mkr".
OPEN_ENDINGS = frozenset(("på", "om", "av", "till", "med", "för", "från", "i", "att", "vid", "mot", "hos", "inom"))

# Verbs that stand before an infinitive: "satsningen kan förlängas med …".
MODAL_VERBS = frozenset("kan kunde ska skall får fick bör borde måste kommer vill".split())
# Verbs before a supine or infinitive, which is then a verb and no participle of a noun phrase:
# "har hittills bidragit med stöd värt …".
AUXILIARIES = MODAL_VERBS | frozenset(("har", "hade", "ha"))

# Endings of adverbs that may follow a verb: "ökade kraftigt", "höjs tillfälligt", "gradvis".
ADVERB_ENDINGS = ("igt", "llt", "ivt", "vis")

# Prepositions of a time phrase after an amount: "för 2024", "till och med 2026".
TIME_PREPOSITIONS = ("för", "under", "om", "i", "per", "från", "till", "mellan", "från och med",
                     "till och med", "fram till", "fr.o.m.", "t.o.m.", "fram till och med")

# Prepositions before a year a verb reaches: "kan förlängas till 2032 med …".
YEAR_PREPOSITIONS = ("till", "under")

# "för resterande delen av 2025": a part of a time, not a purpose.
PARTITIVE = ("av",)

# What a generic increase is of: "en höjning på 30 Mkr av bidragen".
RAISED_PREPOSITIONS = ("av",)

# The infinitive marker: "för att stärka", "att halvera kärnstödet".
INFINITIVE_MARKER = "att"

# Endings of passive verbs: "fördelas", "avsätts", "tillförs"; past: "fördubblades", "höjdes".
PRESENT_PASSIVE_ENDINGS = ("as", "ts", "ds", "rs", "ls", "ns")

PASSIVE_INFINITIVE_ENDINGS = ("as",)

PAST_PASSIVE_ENDINGS = ("ades", "des", "tes")

# Words that join a noun to a clause whose verb is left out: "och barntillägget med 500 kr".
ELLIPSIS_JOINERS = frozenset(("och", "samt", "medan", "men"))
