"""Corrections to the verbs read from spaCy's Swedish lemma table (`pipeline/label/wordclass.py`)."""

# Words spaCy's lemma table files under a verb that in a release are something else: "för"
# (under "föra"), "mot", "andra", "bland" (under "blanda"), "hela" (under "hela", to heal).
NOT_VERBS = frozenset("""
för mot andra bland två hela nytt sin sitt sina nära man särskilt särskild särskilda både inför
data lika bort trots men dock redan när sammanlagt sammanlagda motsvarande jämfört kommande
nästa föregående pågående genomförande avseende baserat fortsatt ökad höjd riktad riktat riktade
utsatta permanent del sida hälsa båda hundra åt anställda följd grund krig liv skydd roll väg
mål beslut inköp summa avgift förtryck deltagande omfattande förebyggande maj samlade samlad vad
vars regler länder hälso närmare korta
""".split())
# Verb forms the table lacks or files under a noun ("investerar" under "investerare").
VERBS_BEYOND_TABLE = frozenset("""
är var har hade får fick finns fanns ha få ge ges gavs blev bli blir ta tar tog togs tagit bidra
bidrar bidrog bidragit visar visade handlar arbetar fått sänks pekar förvaltar investerar
förblir förblev drog drogs samordnar
""".split())
