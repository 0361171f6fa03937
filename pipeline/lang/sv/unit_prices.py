"""Words of a price per unit, read by `pipeline/label/area/unit_price.py`: "till ett pris om 79
kronor per aktie" prices the shares placed (share issues and new fund units)."""

# Nouns of a price, which name no thing of their own: "till ett pris om …", "till kursen …".
PRICE_NOUNS = frozenset("pris priset kurs kursen".split())
# Words between the price noun and the figure: "ett pris [om] 79 kronor".
PRICE_LINKS = frozenset("om av på".split())
# The units a price is given per, and the plural endings their counted things are written with:
# "per aktie" prices "617 777 nya aktier", "per andel" prices "2.951.158 nya fondandelar".
PRICED_UNITS = frozenset("aktie andel".split())
UNIT_PLURAL_ENDINGS = ("r", "ar", "er")
# What links an issue or a placing to the price its shares are sold at: "en riktad emission
# till kursen 67 kronor", "11 miljoner B-aktier till kursen 190 kronor" (fund news on share
# issues). "till teckningskursen" names the price itself, an area of its own.
ISSUE_PRICE_LINK = "till kursen"
