"""Words that mark the chrome around a scraped press release and its publisher, and
the characters a Swedish release is written in.

Ingest matches the words case-insensitively against whole lines (or their start) of plain-text
releases; a line is only treated as chrome when it is short, so body sentences that happen to
start with the same words survive.
"""

# Lines that are nothing but site chrome, compared with the whole (trimmed) line.
SITE_LINES = frozenset("""
kontakt
kontakter
kontaktpersoner
publicerad
uppdaterad
publicerad uppdaterad
dela
dela artikeln
dela sidan
skriv ut
tillbaka
till toppen
till startsidan
ladda ner
bilagor
bilaga
relaterat
relaterade nyheter
relaterade dokument
taggar
ämnen
pressbilder
dokument och länkar
dokument & länkar
prenumerera
läs mer
läs också
se även
nyheter
pressmeddelanden
meny
stäng
sök
start
startsida
hem
logga in
in english
lyssna
lättläst
teckenspråk
other languages
skip to content
""".strip().splitlines())

# Starts of short lines that are chrome whatever follows them.
SITE_LINE_STARTS = (
    "innehållet publicerades under perioden",
    "publicerad uppdaterad",
    "läs mer",
    "läs hela",
    "läs också",
    "följ oss",
    "följ ",        # "Följ SKL på Twitter:"
    "gilla ",       # "Gilla SKL på Facebook"
    "dela på",
    "prenumerera på",
    "pressjour",
    "presstjänst",
    "presstelefon",
    "växel:",
    "telefon:",
    "tel:",
    "tfn:",
    "mobil:",
    "e-post:",
    "epost:",
    "mejl:",
    "webb:",
    "hemsida:",
    "bild:",
    "foto:",
    "ladda ner",
    "om oss",
    "hoppa till",       # "Hoppa till huvudinnehåll"
    "gå till innehåll",
    "gå direkt till",
    "till innehåll",    # "Till innehåll på sidan"
    "till huvudinnehåll",
    "senast uppdaterad",
    "sidan uppdaterad",
    "sidan uppdaterades",
    "sidan senast",
    "uppdaterad:",
    "senast ändrad",
    "sidansvarig",
    "du är här",        # before a breadcrumb trail
)

# Starts of the line that opens a contact block; the short lines after it are contact details.
CONTACT_CUES = (
    "kontakt",
    "kontakta",
    "presskontakt",
    "för mer information",
    "för ytterligare information",
    "för mer info",
    "mer information",
    "ytterligare information",
    "frågor besvaras av",
    "för frågor",
    "för kommentarer",
    "pressjour",
    "presstjänst",
)

# "Pressmeddelande från Socialdepartementet" -> "Socialdepartementet".
PUBLISHER_CUES = (
    "pressmeddelande från",
    "nyhet från",
    "pressinformation från",
    "pressrelease från",
    "press release from",
    "news from",
)

# Words that make a short first line an organisation name rather than a headline
# ("Sveriges Kommuner och Landsting"); matched as the end of a word, any case.
ORGANISATION_WORDS = (
    "landsting",
    "kommun",
    "kommuner",
    "region",
    "regionen",
    "departementet",
    "regeringen",
    "regeringskansliet",
    "myndigheten",
    "verket",
    "inspektionen",
    "styrelsen",
    "förbundet",
    "förbund",
    "föreningen",
    "förening",
    "universitet",
    "högskola",
    "högskolan",
    "stiftelsen",
    "institutet",
    "länsstyrelsen",
    "ab",
    "abp",
    "group",
    "fonder",
)

# The letters the Swedish alphabet adds to ASCII's.
SWEDISH_ALPHABET_LETTERS = "åäöÅÄÖ"

# Characters beyond ASCII that a Swedish release uses: its letters, the loan-word letters and
# the typography of an edited text. A guessed code page that turns a file's bytes into other
# characters ("‰", "õ", "Š", "÷") guessed wrong.
SWEDISH_TEXT_CHARACTERS = frozenset(
    "åäöÅÄÖ"
    "éÉèüÜæÆøØáà"
    "€£§°½¼¾±×–—‘’“”«»…•·"
    "\u00a0"
)
