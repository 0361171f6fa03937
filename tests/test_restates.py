"""Restatements (annotation guide §3 `restates`): the same money stated again points to its
first statement; the same value for other money does not."""
from decimal import Decimal
from types import SimpleNamespace

import pytest

from pipeline.ingest import document_from_text
from pipeline.label import label_amounts
from pipeline.label.likeness import alike, shared_words
from pipeline.label.value_index import precision, rounder_figures
from pipeline.lang.sv import restates as words
from pipeline.parse import amounts_in_text, find_amounts


def restates(markdown: str) -> list[tuple[str, int | None]]:
    doc = document_from_text("t", "t.md", markdown, "md")
    return [(r.text, r.restates) for r in label_amounts(doc, find_amounts(doc))]


# Releases written for these tests, each with the links the guide asks for.
CASES = {
    "title and body": ("""# Regeringen ger 40 miljoner kronor till kvinnojourerna

Regeringen har i dag beslutat att kvinnojourerna får 40 miljoner kronor under 2025.
""", [("40 miljoner kronor", None), ("40 miljoner kronor", 1)]),
    "a definite restatement": ("""# Satsning på lärarutbildningen

Regeringen avsätter 6 miljarder kronor till lärarutbildningen. Av de 6 miljarder kronor som
avsätts fördelas hälften efter antalet studenter.
""", [("6 miljarder kronor", None), ("6 miljarder kronor", 1)]),
    "a rounded figure in a heading": ("""# Fördelning till regionerna

## Nästan 6 miljarder fördelas till regionerna

Regionerna får 5 886 500 000 kronor i statsbidrag för att korta vårdköerna.
""", [("6 miljarder", None), ("5 886 500 000 kronor", 1)]),
    "the same money in another currency": ("""# Stöd till Ukraina

Sverige bidrar med 20 miljoner euro, motsvarande 230 miljoner kronor, till fonden.
""", [("20 miljoner euro", None), ("230 miljoner kronor", 1)]),
    "a conversion restating the title": ("""# Personalen får 10 miljoner kronor till ideella organisationer

I elva länder läggs 1 miljon euro, motsvarande nästan tio miljoner kronor, på kommunikation.
""", [("10 miljoner kronor", None), ("1 miljon euro", 1), ("tio miljoner kronor", 1)]),
    "the same value for each of two regions": ("""# Stöd till två regioner

Region Gävleborg får 5 miljoner kronor och Region Dalarna får 5 miljoner kronor.
""", [("5 miljoner kronor", None), ("5 miljoner kronor", None)]),
    "the same value for another year": ("""# Projektet om demensvård

Centrumet får tre miljoner kronor för 2025 för att starta projektet. Regeringen beräknar att
projektet kommer att kosta tre miljoner kronor även för 2026.
""", [("tre miljoner kronor", None), ("tre miljoner kronor", None)]),
    "money on top of a sum": ("""# Mer pengar till pilotprojekten

Naturvårdsverket har tidigare fått fem miljoner kronor för pilotprojekten.

Nu skjuter regeringen till ytterligare fem miljoner kronor till kommunerna.
""", [("fem miljoner kronor", None), ("fem miljoner kronor", None)]),
    "money on top in the body is the title's sum": ("""# Sverige ger 20 miljoner kronor till Röda korset i Jemen

Regeringen har i år gett 300 miljoner kronor i humanitärt stöd till Jemen. Nu betalar
regeringen ut ytterligare 20 miljoner kronor till Röda korsets arbete med vatten.
""", [("20 miljoner kronor", None), ("300 miljoner kronor", None), ("20 miljoner kronor", 1)]),
    "two items of one list": ("""# Satsningar på beredskap

- 30 miljoner kronor till Myndigheten för samhällsskydd och beredskap.
- 30 miljoner kronor till länsstyrelsernas krisberedskap.
""", [("30 miljoner kronor", None), ("30 miljoner kronor", None)]),
    "a round figure in another section about another thing": ("""# Budgeten för arbetsmarknaden

## Piloten förlängs

Piloten förlängs och 100 miljoner kronor avsätts per år för yrkesutbildningen.

## Matchning

Arbetsförmedlingens förvaltningskostnader ökas med 100 miljoner kronor för 2026.
""", [("100 miljoner kronor", None), ("100 miljoner kronor", None)]),
    "a round figure in another section sharing one word of its purpose": ("""# Nytt stödpaket till Ukraina

## Förmågan på marken

Paketet innehåller militär utrustning för markstrid till ett värde av 300 miljoner kronor.

## Förmågan till sjöss

Paketet innehåller marin utrustning för minröjning till ett värde av 300 miljoner kronor.
""", [("300 miljoner kronor", None), ("300 miljoner kronor", None)]),
    "the same sentence again in another section": ("""# Fondspararna i oktober

## Nysparandet

Den samlade fondförmögenheten i Sverige ökade under månaden med 81 miljarder kronor, enligt
Fondbolagens förening.

## Fondförmögenheten

Enligt Fondbolagens förening ökade den samlade fondförmögenheten i Sverige under oktober med
81 miljarder kronor och uppgick till 4 870 miljarder kronor.
""", [("81 miljarder kronor", None), ("81 miljarder kronor", 1), ("4 870 miljarder kronor", None)]),
    "a title leaving out the rate": ("""# Stödet på 40 000 kronor till lätta ellastbilar förlängs

Den som köper en lätt ellastbil kan även fortsatt få upp till 40 000 kronor i stöd per lastbil.
""", [("40 000 kronor", None), ("40 000 kronor", 1)]),
    "a rounded figure that sums up nothing": ("""# Stöd till jordbruket

Regeringen betalar ut stöd om 193 miljoner kronor till drabbade jordbrukare.

Anslaget för produktionsstöd höjs med 200 miljoner kronor per år 2026–2028.
""", [("193 miljoner kronor", None), ("200 miljoner kronor", None)]),
    "a definite rounder figure": ("""# Satsningen på kortare vårdköer

I juni kunde regionerna kvalificera sig till 612,5 miljoner kronor. Av de 612 miljoner kronor
som regionerna kunde kvalificera sig för betalades hälften ut.
""", [("612,5 miljoner kronor", None), ("612 miljoner kronor", 1)]),
    "definite money on top, stated before": ("""# Fördelningen av statsbidraget

Regeringen har föreslagit att statsbidraget ska förstärkas med 400 miljoner kronor.

De ytterligare 400 miljonerna fördelas när riksdagen har beslutat om budgeten.
""", [("400 miljoner kronor", None), ("400 miljonerna", 1)]),
    "a rounder figure not written definite is other money": ("""# Satsningen på kortare vårdköer

Regeringen redovisar hur satsningen har fallit ut.

I juni kunde regionerna kvalificera sig till 612,5 miljoner kronor. Nästa år fördelas
612 miljoner kronor till förlossningsvården.
""", [("612,5 miljoner kronor", None), ("612 miljoner kronor", None)]),
    "one figure bounding from each side": ("""# Vinnarna i årets kampanjtävling

Årets kampanj med en budget över 500 000 kr: Byrån Norr. Årets kampanj med en budget under
500 000 kr: Byrån Syd.
""", [("500 000 kr", None), ("500 000 kr", None)]),
    "a change's new level beside the title's sum for another": ("""# 30 miljoner kronor till Östersjöinstitutet

Regeringen ger Östersjöinstitutet 30 miljoner kronor. Stödet till Nordiska centret höjdes förra
året från 25 till 30 miljoner kronor.
""", [("30 miljoner kronor", None), ("30 miljoner kronor", 1), ("25", None),
      ("30 miljoner kronor", None)]),
    "a change's new level restating a title about the change": ("""# Regeringen höjer premien till 25 000 kronor

Regeringen avser höja premien från 10 000 kronor till 25 000 kronor.
""", [("25 000 kronor", None), ("10 000 kronor", None), ("25 000 kronor", 1)]),
    "the same money in another form, bracketed": ("""# Nya pengar till järnvägen

Trafikverket får 2,5 miljarder kronor (2 500 miljoner kronor) för underhåll. Lika mycket, 2,5
miljarder kronor, går till vägarna, och 4,1 MSEK (4,1) till forskning.
""", [("2,5 miljarder kronor", None), ("2 500 miljoner kronor", 1), ("2,5\nmiljarder kronor", None),
      ("4,1 MSEK", None), ("4,1", None)]),
    "a bound the later figure falls short of": ("""# Pensionsbolaget förvaltar nu över 500 miljarder kronor

Bolagets förvaltade kapital uppgick till 512 miljarder kronor vid kvartalets slut. För ett år
sedan förvaltade bolaget 463 miljarder kronor.
""", [("500 miljarder kronor", None), ("512 miljarder kronor", 1), ("463 miljarder kronor", None)]),
    "a part below the bound of its whole": ("""# Mer pengar till ungdomshemmen

Anslaget till myndigheten höjs med drygt 200 miljoner kronor. Drygt 180 miljoner kronor av
anslaget går till fler platser på ungdomshemmen.
""", [("200 miljoner kronor", None), ("180 miljoner kronor", None)]),
    "a bound a slip of rounding off": ("""# Kunderna kan spara över 250 miljoner kronor

Om kunderna byter avtal betalar de 248 miljoner kronor mindre i avgifter varje år.
""", [("250 miljoner kronor", None), ("248 miljoner kronor", 1)]),
    "two budget sections worded alike": ("""# Budget för skolan

## Fler lärare i glesbygden

Regeringen avser avsätta 40 miljoner kronor för år 2026 och beräknar att avsätta
60 miljoner kronor för år 2027 till ändamålet.

## Bättre skolbibliotek

Regeringen föreslår att 40 miljoner kronor avsätts för ändamålet 2026 och beräknar att
80 miljoner kronor avsätts för år 2027.
""", [("40 miljoner kronor", None), ("60 miljoner kronor", None), ("40 miljoner kronor", None),
      ("80 miljoner kronor", None)]),
    "a budget table row naming its section": ("""# Budget för skolan

## Fler lärare i glesbygden

Regeringen avser avsätta 40 miljoner kronor för 2026 för fler lärare.

## Bättre skolbibliotek

Regeringen avsätter även 40 miljoner kronor för 2026 till inköp av böcker.

Satsningar (mnkr) | 2026
--- | ---
Skolbibliotek | 40
Lärare i glesbygden | 40
""", [("40 miljoner kronor", None), ("40 miljoner kronor", None), ("40", 2), ("40", 1)]),
    "a table row left the sum another row did not take": ("""# Satsning på cybersäkerhet

Regeringen stärker cybersäkerheten i hela landet.

## Ett starkare center

Regeringen föreslår att ytterligare medel tillförs centret, motsvarande 30 miljoner 2026 och
60 miljoner 2027.

## Kommuner och regioner

Kommunerna och regionerna tilldelas 80 miljoner respektive 30 miljoner kronor
årligen från och med 2026.

Satsningar (mnkr) | 2026 | 2027
--- | --- | ---
Förstärkning av centret för cybersäkerhet | 30 | 60
Satsning på kommunerna | 80 | 80
Satsning på regionerna | 30 | 30
""", [("30 miljoner", None), ("60 miljoner", None), ("80 miljoner", None), ("30 miljoner kronor", None),
      ("30", 1), ("60", 2), ("80", 3), ("80", 3), ("30", 4), ("30", 4)]),
    "money into funds and money out of them": ("""# Fondflöden i mars

Blandfonder noterade inflöden om 1,2 miljarder kronor, aktiefonder 0,8 miljarder och
räntefonder 2,4 miljarder. Hedgefonder hade samtidigt utflöden om 2,4 miljarder kronor.
""", [("1,2 miljarder kronor", None), ("0,8 miljarder", None), ("2,4 miljarder", None),
      ("2,4 miljarder kronor", None)]),
    "a flow stated again the same way": ("""# Fondflöden i april

Aktiefonder hade nettoinflöden om 3,3 miljarder kronor i april. Det var aktiefonderna som drog
mest, med inflöden om 3,3 miljarder kronor under månaden.
""", [("3,3 miljarder kronor", None), ("3,3 miljarder kronor", 1)]),
    "another name of the fund is no other thing": ("""# Pensionsfonden: 12 miljarder kronor i vinst

Den statliga pensionsfonden, även kallad buffertfonden, tjänade 12 miljarder kronor under kvartalet.
""", [("12 miljarder kronor", None), ("12 miljarder kronor", 1)]),
    "the cap again, written definite, in another item of the list": ("""# Överenskommelse om försvaret

- Upplåningen får uppgå till högst 200 miljarder kronor.
- Stödet till Ukraina räknas inte in i taket på 200 miljarder kronor.
""", [("200 miljarder kronor", None), ("200 miljarder kronor", 1)]),
    "the cap again, written definite, with the rate it is per": ("""# Stöd till elnäten

Projekt kan få stöd till hälften av kostnaden, med ett tak på 20 miljoner euro.

Taket på 20 miljoner euro gäller per projekt.
""", [("20 miljoner euro", None), ("20 miljoner euro", 1)]),
    "what the fund also is is no other thing": ("""# Pensionsfonden förlorade 3 miljarder kronor

Den norska pensionsfonden, som även är Nordens största fond, förlorade 3 miljarder kronor.
""", [("3 miljarder kronor", None), ("3 miljarder kronor", 1)]),
    "a year's sum, then the same value a year for the years to come": ("""# Stöd till barnombuden

För 2026 avsätts 15 miljoner kronor till barnombuden. Regeringen avser att fortsätta
satsningen med 15 miljoner kronor per år till och med 2029.
""", [("15 miljoner kronor", None), ("15 miljoner kronor", None)]),
    "a yearly sum in the title restated over its years": ("""# 15 miljoner kronor till barnombuden

Regeringen avsätter 15 miljoner kronor per år 2026–2029 till barnombuden.
""", [("15 miljoner kronor", None), ("15 miljoner kronor", 1)]),
    "the same value said again of another thing": ("""# Avgifter för tillstånd

Ansökan om tillstånd kostar 500 kronor. Avgiften för förnyelse, som även är 500 kronor, betalas
till länsstyrelsen.
""", [("500 kronor", None), ("500 kronor", None)]),
    "money set aside before, written definite, points back": ("""# Satsning på förlossningsvården

Regeringen har avsatt 400 miljoner kronor till förlossningsvården. Av de sedan tidigare avsatta
400 miljonerna går hälften till regionerna i norr.
""", [("400 miljoner kronor", None), ("400 miljonerna", 1)]),
    "money set aside before beside the new money": ("""# Satsning på förlossningsvården

Regeringen avsätter ytterligare 400 miljoner kronor per år till förlossningsvården. Regeringen
avsätter sedan tidigare 400 miljoner kronor per år för att korta väntetiderna.
""", [("400 miljoner kronor", None), ("400 miljoner kronor", None)]),
    "money granted before, then new money of the same value": ("""# Stöd till friluftslivet

Därmed tillförs 35 miljoner kronor till de tidigare beviljade 15 miljoner kronor för
ändamålet.

För att fler ska kunna vandra i fjällen har regeringen beslutat att bevilja 15 miljoner kronor i
bidrag till friluftslivet.
""", [("35 miljoner kronor", None), ("15 miljoner kronor", None), ("15 miljoner kronor", None)]),
    "last year's grants, then this budget's raise of the same value": ("""# Satsningar på laddinfrastruktur

Under förra året beviljades 2 miljarder kronor i stöd till laddstolpar. I budgetpropositionen
för 2026 föreslås anslaget öka med 2 miljarder kronor 2026.
""", [("2 miljarder kronor", None), ("2 miljarder kronor", None)]),
    "a word of earlier time alone marks a comparison, not a grant": ("""# Bolaget rapporterar i morgon

Analytikerna väntar sig ett resultat på 68 miljoner kronor. Under motsvarande period i fjol var
resultatet 170 miljoner kronor.

| Miljoner kronor | Prognos | Rapporterat i fjol |
|---|---|---|
| Rörelseresultat | 68 | 170 |
""", [("68 miljoner kronor", None), ("170 miljoner kronor", None), ("68", 1), ("170", 2)]),
    "the same value for another agency": ("""# Uppdrag om fjällturism

För uppdraget får Naturvårdsverket använda två miljoner kronor.

För uppdraget får Sametinget använda två miljoner kronor.
""", [("två miljoner kronor", None), ("två miljoner kronor", None)]),
    "the same value to another named fund": ("""# Stöd till Moldavien

Regeringen betalar ut 4 miljoner euro till fonden för minröjning (Demining Fund).

Dessutom betalas 4 miljoner euro till Natos fond för Moldavien (Moldova Support Fund).
""", [("4 miljoner euro", None), ("4 miljoner euro", None)]),
    "the same recipient named in the title and the body": ("""# Kulturrådet får 3 miljoner kronor för läsfrämjande

Regeringen ger Kulturrådet 3 miljoner kronor för att fler barn ska läsa på fritiden.
""", [("3 miljoner kronor", None), ("3 miljoner kronor", 1)]),
    "the recipient named in the body only": ("""# 3 miljoner kronor till läsfrämjande

För uppdraget får Kulturrådet använda 3 miljoner kronor.
""", [("3 miljoner kronor", None), ("3 miljoner kronor", 1)]),
    "an acronym of the recipient named in the title": ("""# 14 miljoner kronor till Världshälsoorganisationen

Regeringen ger i dag 14 miljoner kronor till WHO för arbetet i Sudan.
""", [("14 miljoner kronor", None), ("14 miljoner kronor", 1)]),
    "a body given the task of paying out is no recipient": ("""# 30 miljoner kronor till Region Norrbotten

Regeringen ger Kammarkollegiet i uppdrag att betala ut 30 miljoner kronor till regionen.
""", [("30 miljoner kronor", None), ("30 miljoner kronor", 1)]),
    "a common noun starting a sentence is no name": ("""# 2 miljoner kronor till Boverket

Myndigheten får använda 2 miljoner kronor för att vägleda kommunerna.
""", [("2 miljoner kronor", None), ("2 miljoner kronor", 1)]),
    "a country receiving what the title says it is for": ("""# Regeringen ger 200 miljoner kronor till Ukrainas och grannländernas elnät

Transformatorer behöver ersättas. Därför överförs 200 miljoner kronor till Moldavien.
""", [("200 miljoner kronor", None), ("200 miljoner kronor", 1)]),
    "a net profit and a dividend of equal value": ("""# Fastighetsfonden redovisar en vinst på 4 miljoner euro

Fondens nettovinst blev 4 miljoner euro under kvartalet. Fonden delade samtidigt ut 2 miljoner
euro, och styrelsen föreslår en utdelning på 4 miljoner euro för helåret.
""", [("4 miljoner euro", None), ("4 miljoner euro", 1), ("2 miljoner\neuro", None),
      ("4 miljoner euro", None)]),
    "an issue's proceeds and a year's revenue of equal value": ("""# Bolaget tar in 1,5 miljarder kronor vid noteringen

Bolaget tar i samband med noteringen in 1,5 miljarder kronor. Förra årets omsättning var
1,5 miljarder kronor.
""", [("1,5 miljarder kronor", None), ("1,5 miljarder kronor", 1), ("1,5 miljarder kronor", None)]),
}


@pytest.mark.parametrize("name", CASES)
def test_restatements(name):
    markdown, expected = CASES[name]
    assert restates(markdown) == expected


def test_table_cells_repeat_the_figures_of_the_text_row_by_row():
    markdown = """# Budget för skolan och läsandet

## Folkbiblioteken förstärks

Regeringen föreslår 40 miljoner kronor per år 2026–2028 till folkbibliotekens läsfrämjande.

## Nya läroplaner

Arbetet med de nya läroplanerna får 40 miljoner kronor för 2026.

Satsningarna (miljoner kronor):

| Satsning | 2026 | 2027 | 2028 |
|---|---|---|---|
| Nya läroplaner | 40 | 14 | 9 |
| Folkbiblioteken förstärks | 40 | 40 | 40 |
"""
    assert restates(markdown) == [
        ("40 miljoner kronor", None), ("40 miljoner kronor", None),
        ("40", 2), ("14", None), ("9", None),
        ("40", 1), ("40", 1), ("40", 1)]


def test_a_table_total_restates_the_rounded_sum_of_the_text():
    markdown = """# Statsbidrag till regionerna

## Nästan 2 miljarder till regionerna

Fördelningen (kronor):

| Region | Belopp |
|---|---|
| Region Uppsala | 984 031 803 |
| Region Örebro | 989 512 000 |
| Summa | 1 973 543 803 |
"""
    assert restates(markdown)[-1] == ("1 973 543 803", 1)


@pytest.mark.parametrize("text, half_unit", [
    ("1,6 miljarder kronor", Decimal("5E+7")),
    ("1 610 miljoner kronor", Decimal("5E+5")),
    ("200 miljoner kronor", Decimal("5E+5")),
    ("1 560 000 000 kronor", Decimal("0.5")),
    ("sex miljarder kronor", Decimal("5E+8")),
])
def test_precision_is_the_last_written_digit(text, half_unit):
    [amount] = amounts_in_text(text)
    assert precision(SimpleNamespace(amount=amount, qualifier=None)) == half_unit


def test_a_qualifier_makes_the_written_zeros_rough():
    [amount] = amounts_in_text("cirka 200 miljoner kronor")
    assert precision(SimpleNamespace(amount=amount, qualifier="approx")) == Decimal("5E+7")


def test_rounder_figures_are_found_by_lookup_not_by_search():
    found = rounder_figures(Decimal("5886500000"))
    assert Decimal("6000000000") in found and Decimal("5900000000") in found
    assert len(found) <= 2 * 10


@pytest.mark.parametrize("a, b, same", [
    ("Nettoomsättning", "Omsättningen", True),
    ("Nya läroplaner", "arbetet med de nya läroplanerna", True),
    ("Skolverket", "kvinnojourerna", False),
])
def test_likeness_reads_compounds_and_inflections(a, b, same):
    assert (shared_words(a, b) > 0) == same


def test_short_words_are_alike_only_when_equal():
    assert alike("kr", "kr") and not alike("stöd", "stödet")


def test_many_amounts_cost_time_in_proportion():
    """A table-heavy release: every earlier cell of the same value is not compared."""
    rows = "\n".join(f"| Kommun {n} | 10 |" for n in range(3000))
    markdown = f"# Bidrag\n\nVarje kommun får 10 miljoner kronor.\n\nBidrag (miljoner kronor):\n\n| Kommun | 2025 |\n|---|---|\n{rows}\n"
    found = restates(markdown)
    assert len(found) == 3001
    assert [r for _, r in found[1:]].count(1) == 1     # one row of a table repeats a figure


@pytest.mark.parametrize("name", [n for n in dir(words) if n.isupper()])
def test_word_lists_have_no_word_twice(name):
    listed = getattr(words, name)
    assert len(set(listed)) == len(listed)
