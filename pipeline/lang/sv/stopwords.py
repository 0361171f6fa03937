"""Small function words ignored when comparing an area with a gold phrase (guide §4)."""

AREA_STOPWORDS = frozenset("""
och i att det som en ett på är av för med till den de har om var men så inom samt vid från
under the of and m.m mm bl.a t.ex ska kan får sig sin sina sitt vilket vilka dess där när nya
""".split())
