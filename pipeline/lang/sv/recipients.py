"""Words that name whom a figure's money goes to, or what kind of figure it is (annotation guide
§3 `restates`: the same value for another recipient or thing is no restatement). Read by
`pipeline.label.recipients`."""

# Verbs whose receiver may stand on either side, as subject or inverted after the verb: "För
# uppdraget får Boverket använda en miljon kronor", "Länsstyrelsen tilldelas 3 miljoner kronor".
VERBS_OF_RECEIVING = ("får", "fick", "ska få", "erhåller", "erhöll", "tilldelas", "tilldelades",
                   "beviljas", "beviljades", "tillförs", "tillfördes", "tillföras", "ges", "gavs",
                   "tar emot", "tog emot")
# Verbs whose receiver follows them: "beslutat att bevilja Scoutförbundet 4 miljoner kronor".
VERBS_OF_GIVING = ("ger", "ge", "gav", "bevilja", "beviljar", "beviljade", "tilldela", "tilldelar",
                "tilldelade", "tillför", "tillföra", "tillförde")
# Names that follow a giving verb as its inverted subject, the giver: "Nu ger Sverige 5 miljoner
# kronor", "Därför beviljar Regeringen …".
GIVERS = ("regeringen", "sverige", "riksdagen", "staten", "kommissionen", "eu")

# Written after a name given a task, not money: "Regeringen ger Försvarsmakten i uppdrag att
# betala ut 5 miljoner euro till fonden" (the fund receives it).
TASK_LINKS = ("i uppdrag", "ett uppdrag", "uppdraget")

# Written after a figure before its receiver: "10 miljoner euro till Natos fond", "4 miljoner
# kronor i bidrag till Scoutförbundet".
RECEIVER_LINKS = ("till",)
WORDS_BEFORE_LINK = 3      # words that may stand between the figure and the link ("i bidrag")
RECEIVER_REACH = 80        # characters of the receiver phrase read after the link

# Kinds of figure a company or fund reports, each with the stems of its nouns, read as the last
# written before the figure: the same value as revenue and as the money an issue brought in, as
# a net profit and as a dividend, are two figures. A compound is of the kind of its last part
# ("vinstutdelning" is a dividend).
FIGURE_KINDS = {
    "revenue": ("omsättning", "intäkt"),
    "profit": ("vinst", "resultat", "förlust"),
    "dividend": ("utdelning",),
    "proceeds": ("emission",),
}
# A kind is read in the figure's clause only: after the last of these before it ("om vi inte
# såg enorma intäkter av de första 45 miljarder dollar" is no revenue of 45 miljarder).
CLAUSE_MARKS = ",;:("

# The money an issue brings in, written as a verb and its particle: "bolaget tar i samband med
# detta in 2 miljarder dollar".
PROCEEDS_VERBS = ("tar", "tog", "tagit", "tas", "togs", "tagits", "samlar", "samlade", "samlat",
                  "samlades", "hämtar", "hämtade", "hämtat")
PROCEEDS_PARTICLE = "in"
PARTICLE_REACH = 4         # words that may stand between the verb and its particle
