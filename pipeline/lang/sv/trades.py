"""Words of trades, read by `pipeline/label/area/traded.py`: what a price or a sum paid is for
(share deals, acquisitions, valuations)."""

# Verbs of a trade, whose object is what the price or sum is for and whose subject only trades:
# "Fondförvaltare har sålt saudiska aktier för 650 Mdollar", "Oak Capital köpte värdepapper för
# 260 Mkr", "mäklade en aktiepost om 677 954 aktier till kursen 170 kronor".
TRADE_VERBS = frozenset("""
sålde sålt säljer sälja köpte köpt köper köpa förvärvade förvärvat förvärvar avyttrade avyttrat
avyttrar mäklade mäklat värderade värderat värderar
""".split())
# What links the traded thing to its price: "för 650 Mdollar", "till kursen 170 kronor".
TRADE_LINKS = ("för", "till", "till kursen", "till priset", "till en kurs av", "till en kurs om",
               "för motsvarande", "till ett pris av", "till ett pris om")
