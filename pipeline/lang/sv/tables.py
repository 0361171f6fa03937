"""Words of table captions and headers: where a table states its unit, and which columns hold
no money."""

# Words before a table's unit that announce it in a caption: "Belopp i miljoner kronor".
TABLE_UNIT_INTRODUCERS = ("i", "belopp i", "belopp", "anges i")

# Column headers of table cells that are not money even under a money caption, or beside a
# column headed "SEK": shares and counts in insider and issue tables, percentages.
NON_MONEY_COLUMN_WORDS = ("%", "procent", "andel", "antal", "aktier", "avkastning", "utveckling")
# A column headed by a span of time holds years or a fund's return over it ("År", "3 år" in
# fund tables of financial news), unless the header names the column's unit: "Belopp per år
# (kr)", "Nettoflöde hittills i år (mdkr)", "Betalad avgift/år" over "168 mdr kr"
# (fonderdirekt 2020-01-28 fonder-rata-dolda-indexfonder…) hold money.
TIME_COLUMN_WORDS = ("år",)
# Written before "år", they name one year, the period of a report's column ("I år", "Fg år",
# "Föreg. år", "Föregående år" over the year's and the year before's figures in reports):
# the column holds money, not a span of time.
NAMED_YEAR_WORDS = ("i", "fg", "fg.", "föreg.", "föregående", "innevarande", "samma")

# A period before a currency in parentheses heads a fund's return in that currency, not money:
# "Oktober (EUR)", "Jan-Nov (SEK)", "YTD (SEK)" (monthly fund reports in financial news).
RETURN_PERIOD_WORDS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                       "september", "oktober", "november", "december", "jan", "feb", "mar", "apr",
                       "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "ytd",
                       "hittills i år", "i år", "månaden", "kvartalet", "året")

# Row labels of percentages in a money table: "Jämförbar försäljning, procent".
PERCENT_ROW_WORDS = ("procent", "procentenheter")

# Row labels of counts in a money table: the key figures of an interim report's table in
# "MSEK" or "TSEK" end with "Antal aktier", "Genomsnittligt antal aktier", "Medelantal
# anställda" (a table's share counts are no kronor, as its "Antal" column holds none).
COUNT_ROW_WORDS = ("antal", "medelantal")

# Row labels of ratios, "gånger" in the key figures of an interim report's table:
# "Nettoskuld/EBITDA, ggr", "Räntetäckningsgrad, ggr", "Skuldsättningsgrad, gånger".
RATIO_ROW_WORDS = ("ggr", "gånger")

# Row labels of per-share figures: they take the table's currency but never its scale
# ("Resultat per aktie" in an "Mkr" table of an interim report is kronor per share).
PER_SHARE_WORDS = ("per aktie", "per stamaktie", "per preferensaktie", "per andel")

# A caption with these states the table in percent, whatever currency its columns name.
PERCENT_WORDS = ("procent", "procentenheter", "procentuell", "avkastning")

# Starts of column headers that name money in a table that states no unit: a column of whole
# kronor under "Belopp" or "Fördelade medel 2025" (allocation tables of government releases).
MONEY_HEADER_STEMS = ("belopp", "medel", "fördelade medel", "fördelande medel", "bidrag", "stöd",
                      "anslag", "ersättning", "tilldelning", "summa", "kostnad")

# A lead-in that asks how much each one gets heads a table of names and whole kronor as
# "Belopp" would: "Så här mycket kan de kommunala förskolorna och skolorna i respektive län få:"
# over cells without "kr" (g0vse 2025/04 480-miljoner-till-inkop-av-bocker-till-landets-
# forskolor…); the same lead-in stands over such tables in kronor in 2024/06 176-miljoner-till-
# inkop-av-bocker… and 2023/08 de-500-miljoner-som-regeringen-tillforde-skolan… (allocation
# releases of regeringen.se).
ALLOCATION_LEAD_INS = ("så här mycket", "så mycket")
