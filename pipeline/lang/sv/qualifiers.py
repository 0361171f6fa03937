"""Qualifiers written right before an amount (annotation guide §3, §6)."""

# Written right before the amount (a total cue such as "totalt" may stand between). Guide §6
# adds "som lägst", "uppåt" (nearly: also "uppemot", g0vse 2024/01 oversynen-av-ap-fondernas-
# forvaltning-utvidgas), "understiger" and "överstiger" with their tenses (holdings news:
# fonderdirekt 2018-10-30 nordea-fonder-under-5-för-första-gången-i-nilörn, 2019-05-06
# seb-im-fortsatt-öka-i-mycronic-nu-över-5-kapital); "dryga" is "drygt" before a plural
# (mynewsdesk 2008-06-30 newsdesk-gynnar-svensk-forskning…, fonderdirekt 2018-10-24
# ännu-en-rapportbesvikelse-sätter-press-nu-från-boliden). A negated limit is a cap: "får
# stödbeloppet … inte överstiga totalt 2 000 000 euro" (state aid, g0vse 2023/12 farjetrafik-till-
# och-fran-gotland-far-ekonomiskt-stod), "när varans inköpspris inte överstiger 10 000 kronor"
# (tax rules, g0vse 2025/03 forslag-om-enklare-skatteregler-vid-forsaljning-av-begagnade-varor…).
QUALIFIERS: dict[str, str] = {
    "cirka": "approx", "ca": "approx", "ca.": "approx", "c:a": "approx", "ungefär": "approx",
    "omkring": "approx", "runt": "approx", "kring": "approx", "uppskattningsvis": "approx",
    "drygt": "over", "dryga": "over", "över": "over", "mer än": "over", "fler än": "over",
    "passera": "over", "passerar": "over", "överstiger": "over", "översteg": "over",
    "överstiga": "over", "överstigande": "over", "överskrider": "over",
    "knappt": "under", "under": "under", "mindre än": "under", "nästan": "under",
    "närmare": "under", "nära": "under", "uppåt": "under", "uppemot": "under",
    "understiger": "under", "understeg": "under", "understiga": "under", "understigande": "under",
    "minst": "at_least", "åtminstone": "at_least", "inte mindre än": "at_least", "som lägst": "at_least",
    "högst": "at_most", "maximalt": "at_most", "upp till": "at_most", "som mest": "at_most",
    "som högst": "at_most", "max": "at_most", "max.": "at_most", "maximum": "at_most",
    **{f"{neg} {verb}": "at_most" for neg in ("inte", "ej")
       for verb in ("överstiga", "överstiger", "överskrida", "överskrider")},
    **{f"{neg} {verb}": "at_least" for neg in ("inte", "ej") for verb in ("understiga", "understiger")},
}

# Qualifiers that may open the clause, the verb standing between: "Som lägst noterades aktien i
# 21,7 norska kronor" (share-price news).
CLAUSE_QUALIFIERS = ("som lägst", "som mest", "som högst")
