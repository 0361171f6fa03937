"""Words of trades, read by `pipeline/label/area/traded.py`: what a price or a sum paid is for
(share deals, acquisitions, valuations)."""

# Verbs of a trade, whose object is what the price or sum is for and whose subject only trades:
# "Fondförvaltare har sålt saudiska aktier för 650 Mdollar", "Oak Capital köpte värdepapper för
# 260 Mkr", "mäklade en aktiepost om 677 954 aktier till kursen 170 kronor".
TRADE_VERBS = frozenset("""
sålde sålt säljer sälja köpte köpt köper köpa förvärvade förvärvat förvärvar avyttrade avyttrat
avyttrar mäklade mäklat värderade värderat värderar
""".split())
# Verbs of subscribing, whose object follows "sig för": "tecknade sig för nyemitterade
# fondandelar i fonden för 4 Meuro" (fund news on new units and share issues).
SUBSCRIBE_VERBS = frozenset("tecknade tecknat tecknar teckna".split())
SUBSCRIBE_LINKS = ("sig för", "sig på")
# Nouns of a trade, whose "av" object is what the sum is for: "aviserat försäljning av
# verksamheten för receptfria produkter för 1,4 Mdkr", "förvärv av Noble Energy för 5 Mdollar"
# (fund news on company deals).
TRADE_NOUNS = frozenset("""
försäljning försäljningen försäljningar förvärv förvärvet köp köpet avyttring avyttringen
""".split())
# What links the traded thing to its price: "för 650 Mdollar", "till kursen 170 kronor".
TRADE_LINKS = ("för", "till", "till kursen", "till priset", "till en kurs av", "till en kurs om",
               "för motsvarande", "till ett pris av", "till ett pris om")
# Endings of a participle that opens the traded thing, where it stands before its noun as an
# adjective: "[nyemitterade] fondandelar", "[noterade] aktier", "[säkerställda] obligationer".
OBJECT_PARTICIPLE_ENDINGS = ("ade", "ad", "at", "de", "da", "te", "ta")
