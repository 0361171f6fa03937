"""Words that decide whether a number with a scale but no currency ("200 miljoner") is money.

An amount like that is money when its clause talks about money (`MONEY_CUE_STEMS`) and the
word after it does not make it a count ("1,4 miljoner jobb"): the next word must be one of
`AMOUNT_FOLLOWERS` (function words, budget verbs), punctuation, a number, or the end.
"""

# Starts of words that make a clause about money: "avsätts", "anslaget", "statsbidrag".
MONEY_CUE_STEMS: tuple[str, ...] = (
    "krona", "kronor", "kr", "sek", "euro", "dollar", "pengar", "medel", "medlen",
    "budget", "anslag", "bidrag", "statsbidrag", "stöd", "investe", "satsa", "satsning",
    "avsät", "avsat", "tillför", "tilldela", "tillskott", "finansi", "kostn", "kosta",
    "intäkt", "omsättning", "resultat", "rörelseresultat", "vinst", "förlust", "pris",
    "avgift", "lån", "skatt", "kapital", "fond", "ersättning", "lön", "betal", "utbetal",
    "besparing", "spara", "summa", "belopp", "förstärk", "fördela", "ram", "värde",
    "affär", "order", "köp", "försälj", "ekonomisk", "bekosta", "reserver", "skuld",
    "underskott", "överskott", "utgift", "omfördel", "sköts till", "skjuts till", "tillfalla",
    "anslå", "bevilja", "beviljat", "miljardsatsning", "bistånd", "kärnstöd",
    "donation", "insamling", "sponsr", "emission", "utdelning", "aktiekapital", "nedskrivning",
    "bnp", "beställning", "inflöde", "utflöde", "nettoinflöde", "nettoutflöde", "nettoflöde",
    "insättning", "nettoinsättning", "uttag", "förmögenhet", "fondförmögenhet", "förvaltat",
    "marknadsvärde", "värdera", "börsvärde", "hyresintäkt", "placer", "upphandl", "reformutrymme",
    "nettouttag",
)

# Words that start with a money stem above but name no money, so they make no clause about
# money: "lång", "långt", "långsiktig" start with "lån" ("långt under rekordnivån", "en
# långsiktig satsning", "långsiktiga investeringskategorier": fonderdirekt 2019-01-25 fonder-
# positivt-inflöde…, 2019-04-30 esg-fonder-amerikanskt-rekordinflöde…, g0vse 2024/02 satsning-
# pa-folkbiblioteken…), "värdefull" with "värde" ("vårdpersonalens värdefulla arbetstimmar":
# g0vse 2023/06 digitaliseringen-av-varden-ska-bli-mer-enhetlig; "värdefulla naturmiljöer").
MONEY_CUE_FALSE_FRIENDS: tuple[str, ...] = ("lång", "värdefull")

# Ends of compounds that make a clause about money wherever the compound starts (each is a
# stem above as well):
# "underhållsskulden", "nettoskuld", "driftskostnaden", "substansvärdet" (government and
# financial-news releases alike).
MONEY_CUE_TAILS: tuple[str, ...] = (
    "skuld", "kostnad", "budget", "anslag", "bidrag", "intäkt", "värde", "kapital", "vinst",
    "satsning", "uttag",
)

# Words that may follow an amount without making it a count of something. The last two lines
# follow written amounts in many releases of the corpus ("48,8 miljoner kronor före
# emissionskostnader", "21 miljarder kronor flödade ut", "6 miljarder kronor nästa år", "967
# miljoner pund togs ut", "40 miljoner kronor föreslås till": financial news and government
# alike) and so leave a figure without its currency an amount too ("138 miljoner togs ur").
# The last line names the earlier period of an interim report's comparison figure: "mot 8
# miljoner året innan", "3,1 miljoner föregående år", "1,1 miljarder motsvarande period i fjol".
AMOUNT_FOLLOWERS = frozenset("""
till för åt inom i på om av från med mot vid efter över under per genom hos ur utöver
enligt bland trots inklusive exklusive varav jämfört plus minus
och eller samt men respektive som vilket vilka där när då så att
är var blir blev har hade ska skall kan kommer kunde skulle bör får fick ges gavs går gick
gör gjorde ger gav innebär innebar bidrar bidrog underlättar möjliggör räcker räckte
den det de denna detta dessa sedan nu redan också även dock bara endast fram
avsätts avsattes satsas satsades tillförs tillfördes fördelas fördelades anslås läggs lades
skjuts investeras investerades betalas betalades används användes beräknas behövs kostar
kostade omfattar omfattade motsvarar motsvarade tillfaller utgör utgjorde återstår
årligen årlig årligt totalt sammanlagt ytterligare extra mer mindre vardera var netto brutto
samma
före mellan medan avser nästa varje via direkt ut in inför sett behöver fortsätter
föreslås togs drogs söks flödade
året föregående motsvarande
""".split())

# Starts of words after an amount that name what the money does or is, never what is counted:
# "22 miljarder fördelat enligt nedan", "16 miljarder nettouttag", "2731 miljarder placerade".
AMOUNT_FOLLOWER_STEMS = ("fördela", "placera", "investera", "utbetala", "avsatt", "nettouttag",
                         "nettoinsättning", "nettoinflöde", "nettoutflöde", "inflöde", "utflöde")

# Endings of a passive verb right after an amount ("20 miljarder lagts", "774 miljarder
# noterades"): like the followers above, they leave the number an amount.
PASSIVE_ENDINGS = ("ts", "tts", "as", "ades", "des", "tes")

# Endings of the plural noun that makes a figure a count ("5 miljoner aktier", "10 miljoner
# människor", "3 miljoner besökare"): after a figure that restates an amount of the release,
# any other word leaves it money ("de 500 miljoner regeringen avsatte", "Av dessa 95 miljarder
# togs 46 ut", "upphandling för 25 miljarder undertecknad" in titles and news alike).
COUNT_NOUN_ENDINGS = ("er", "ar", "or", "are")

# "av" after a figure may open what it counts, the noun phrase then headed by a plural noun:
# "tre miljoner av vårdpersonalens värdefulla arbetstimmar" (g0vse 2023/06 digitaliseringen-av-
# varden-ska-bli-mer-enhetlig), "1,1 miljoner av dessa människor" (g0vse 2025/01 statsministern-
# och-kulturministern…), while "270 miljoner av det totala anslaget", "250 miljoner av dessa
# avsätts" and "22,4 miljarder av dessa kommer" stay money (government and financial news).
# Determiners, pronouns and genitives ("Sveriges") stand before the head; a money word, a verb or
# a preposition ends the phrase without a count.
PARTITIVE_WORDS = ("av",)
PARTITIVE_DETERMINERS = frozenset("de den det dessa denna detta alla sina sitt sin våra vår era "
                                  "deras hans hennes dess".split())
PARTITIVE_REACH = 4     # words of the noun phrase looked at

# Words after an amount that say what the money is for: "Hundra miljoner till FN"; an
# intensifier may stand between ("18 miljoner mer till arbetet mot våld", headlines).
PURPOSE_WORDS = ("till", "för", "åt")
PURPOSE_INTENSIFIERS = ("mer", "extra", "ytterligare")

# A preposition right before an amount that makes it what something costs or is worth, a
# qualifier may stand between: "Ökad Gripenförmåga för över 1,5 miljarder" (a heading, g0vse
# 2025/10 over-fem-miljarder-till-okad-antidronarformaga-och-gripenformaga), "upphandla fordon
# och system för 1,5 miljarder" (g0vse 2025/11 nya-satsningar-pa-forsvarsmaktens-luftvarn-
# genomfors), "stridsfordonsupphandling för 25 miljarder" (g0vse 2024/12 gemensam-
# stridsfordonsupphandling…). The word after must still leave it an amount: "plats för 7
# miljoner personer" is a count; and a qualifier must stand between or a word of trade before
# it in the sentence: "Vaccinet räcker för 3 miljoner" counts people.
PRICE_PREPOSITIONS = ("för",)
# Stems of buying, selling and ordering, in verbs and nouns ("upphandla", "stridsfordons-
# upphandling", "köper", "sålts", "beställer", "förvärvet"), that make "för" a price
# ("sål" alone would take "således").
TRADE_STEMS = ("upphandl", "köp", "sålt", "såld", "säljer", "sälja", "beställ", "förvärv")

# Words that make the figure after them in their clause a count, when no money word stands
# between: "antalet utestående aktier och röster ökar med 5 miljoner" (fonderdirekt 2020-05-28
# fonder-flera-fondbolag-med-i-24sevenoffice…), "antal aktier minskade innehavet från 7,8 till
# 2,0 miljoner" (fonderdirekt 2020-09-22 swedbank-robur-dumpade-saab…), "antalet nya
# arbetssökanden steg med nära 3,3 miljoner" (fonderdirekt 2020-03-30 danske-bank-spår-djup-
# lågkonjunktur). "Antalet platser ökar och regeringen satsar 50 miljoner" stays money.
COUNT_SUBJECTS = ("antal", "antalet")

# Money words that name an ownership share in these phrases, not a sum: "motsvarande 9,2
# procent av kapital och röster … en ökning från drygt 4,6 miljoner respektive 8,2 procent"
# (fonderdirekt 2019-02-06 bodenholm-ökat-till-9-2-i-catena-media…), "5,04 procent av kapital
# och röster" (fonderdirekt 2018-10-10 handelsbanken-fonder-ökar-i-dometic…), "andelen av
# kapitalet" (holdings and flagging news throughout).
OWNERSHIP_SHARE_PHRASES = (
    r"(?:procent|%|andel(?:en)?)\s+av\s+(?:aktie)?kapital(?:et)?",
    r"kapital(?:et)?\s+och\s+röster(?:na)?",
)
