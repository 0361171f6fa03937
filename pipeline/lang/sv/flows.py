"""Words of fund flows, read by `pipeline/label/area/flow.py`: which fund a flow of money is
about (fund news, Morningstar and EPFR figures)."""

# Heads of a fund flow, which says which way money moved but not in which fund: "Blandfonder
# hade nettoinflöde om 0,3 mdr", "… noterade utflöden om 5,2 mdr", "5,1 mdr dollar i inflöden".
FLOW_HEADS = ("inflöde", "utflöde", "flöde", "insättning", "uttag")
# What may stand before such a head in one word: "nettoutflöden", "kapitalinflödet"; not
# "kassaflöde", which is a company's own.
FLOW_PREFIXES = ("", "netto", "kapital", "rekord", "fond", "netto-")
# Endings of their forms: "inflöden", "utflödet", "insättningarna", "nettouttagen".
FLOW_ENDINGS = ("", "t", "n", "na", "en", "ar", "arna", "et")
# Words a bare flow may hold beside its head: "ett totalt nettoinflöde", "massiva utflöden".
FLOW_MODIFIERS = frozenset("""
ett en de det totalt totala stora stort större massiva kraftiga kraftigt rekordstora rekordhöga
fortsatta fortsatt nya samlade sammanlagda aktiva passiva och positiva negativa
""".split())
# Heads of a subject that moves money rather than holds it, so owns no flow: "Mest kapital
# uppges ha tagits ut från …", "Spararna satte in …".
FLOW_MOVERS = frozenset("""
kapital kapitalet pengar pengarna medel medlen sparare spararna investerare investerarna
placerare placerarna
""".split())
# Words after which the clause before is the owner of a flow: "Internationella aktiefonder var
# inget undantag, där noterades utflöden om 16 mdr".
FLOW_BACK_REFERENCES = frozenset(("där",))
