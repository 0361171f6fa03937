"""Words of a reference price, read by `pipeline/label/area/reference.py`: the price a premium
or discount is measured against (share issues and bids in fund news)."""

# Nouns of a gap to a price: "en rabatt om 5,5 procent mot …", "en premie om 62,8 procent mot …".
PRICE_GAPS = frozenset("premie premien premier rabatt rabatten rabatter överkurs underkurs".split())
# What links the gap to the price it is measured against.
REFERENCE_LINK = "mot"
# Words between the link and the figure that name no price: "mot [de] 116:69 dollar",
# "mot måndagens stängningskurs [om] 129:57 dollar".
REFERENCE_FILLERS = frozenset("de den det om på kring runt".split())
