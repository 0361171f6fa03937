"""Words of table captions and headers: where a table states its unit, and which columns hold
no money."""

# Words before a table's unit that announce it in a caption: "Belopp i miljoner kronor".
TABLE_UNIT_INTRODUCERS = ("i", "belopp i", "belopp", "anges i")

# Column headers of table cells that are not money even under a money caption.
NON_MONEY_COLUMN_WORDS = ("%", "procent", "andel", "antal", "år")

# A caption with these states the table in percent, whatever currency its columns name.
PERCENT_WORDS = ("procent", "procentenheter", "procentuell", "avkastning")
