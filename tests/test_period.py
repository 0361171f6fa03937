"""Period (`per`) and qualifier (guide §3, §6) on sentences written like the releases each rule
serves (named from `../shared/corpus/` beside the cases)."""
import pytest

from pipeline.ingest import document_from_text
from pipeline.label import label_amounts
from pipeline.parse import find_amounts


def rows(text: str):
    doc = document_from_text("t", "t.md", f"# Nyheter\n\n{text}", "md")
    return label_amounts(doc, find_amounts(doc))


@pytest.mark.parametrize("sentence, expected", [
    ("Myndigheten fördelar 650 000 kronor (lika belopp) till varje kommun.", ["kommun"]),
    ("Bidraget är högst 30 000 kronor per beviljad ansökan.", ["ansökan"]),
    ("Skolan får 300 kronor för var elev.", ["elev"]),
    ("De två förbunden får 25 000 kronor vardera.", [None]),
    # The noun after "per" is singular as written (corpus: "per kilometer", "per kubikmeter").
    ("Stödet är 150 kronor per kvadratmeter och 2 kronor per liter.", ["kvadratmeter", "liter"]),
    ("Kommunen får 15 000 kronor för varje nytt småhus.", ["småhus"]),
    # (energy-tax releases: "per förbrukad kilowattimme"; fund news: "per troy oz")
    ("Skatten är 42,8 öre per förbrukad kilowattimme och guldet 1 400 dollar per troy oz.",
     ["kilowattimme", "oz"]),
    # A full year is a year (g0vse 2022 …-skattefrihet-for-forman-av-laddel, twice).
    ("Intäkterna minskar med 110 miljoner kronor per helår.", ["year"]),
    ("Skolorna får 400 kronor per elever i årskurs 9.", ["elev"]),
    ("Förmögenheten uppgick till 4 789 miljarder kronor per månadens utgång.", [None]),
    ("Biljetterna kostar 200 kronor styck.", [None]),
    # A date after "per" is no denominator (fund reports: fonderdirekt 2019-02-15
    # baltic-horizon-värde-bruttotillgångar…, 2019-03-07 nordea-fonder-minskat-till-4-7-…).
    ("Fonden hade tillgångar om 260 miljoner euro per den 31 december 2022.", [None]),
    # A phrase after the next amount is that amount's.
    ("Kassaflödet uppgick till 2,2 miljoner euro eller 0,028 euro per andel.", [None, "andel"]),
    # A phrase owned by an earlier amount serves no later one.
    ("Statsbidraget är 250 miljoner kronor per år under 2025–2030, sammanlagt 1,5 miljarder kronor.",
     ["year", None]),
])
def test_the_denominator_after_the_amount(sentence, expected):
    assert [r.per for r in rows(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # The subject's denominator serves the figures of its clause (newswire interim reports;
    # g0vse 2025/03 regeringen-satsar-497-miljoner-for-att-korta-vardkoerna, 2023/12
    # farjetrafik-till-och-fran-gotland-far-ekonomiskt-stod).
    ("Resultat per aktie blev 1,20 kronor (0,95 kronor).", ["aktie", "aktie"]),
    ("Ersättningen per operation är 90 000 kr för höftprotes och 20 000 kr för grå starr.",
     ["operation", "operation"]),
    # …but not a sum of another scale in the same sentence.
    ("Priset per aktie var 79 kronor, vilket tillför bolaget 48,8 miljoner kronor.", ["aktie", None]),
    # Periods named on the figure's noun (guide §6; g0vse 2024/01 regeringen-starker-arbetet-inom-
    # demensomradet, 2023/09 regeringens-lassatsning-bemannade-skolbibliotek).
    ("Det årliga stödet till förbundet ökade från 20 till 35 miljoner kronor.", ["year", "year"]),
    ("Den dagliga omsättningen på börsen var 60 miljarder dollar.", ["day"]),
    ("Kravet motsvarar en månadslön på 33 390 kr.", ["month"]),
    # The prior-period figure in brackets after a per-share phrase, or inside the figure,
    # is per share too (interim reports and dividend proposals on the newswire).
    ("Styrelsen föreslår en utdelning om 3,10 kronor per aktie (2,60).", ["aktie", "aktie"]),
    ("Förvaltningsresultatet motsvarade 2,04 (1,87) kronor per aktie.", ["aktie", "aktie"]),
    # A conjunction starts another noun's phrase; a sentence of expectation right after a
    # per-share figure expects that figure (the newswire's interim-report notes).
    ("Nettoresultatet blev 64 Mkr (51) och resultatet per aktie landade på 0,88 kronor (0,70).",
     [None, None, "aktie", "aktie"]),
    ("Bolaget spår en vinst per aktie om 1,10-1,20 dollar. Väntat var 1,25 dollar.",
     ["aktie", "aktie"]),
    # …not one of another scale, nor one after a paragraph break.
    ("Vinsten per aktie blev 2,40 kronor. Konsensus för omsättningen var 980 Mkr.", ["aktie", None]),
    # A capitalised "Per" before a capitalised word is a name (insider trades).
    ("Styrelseledamoten Per Lindahl har köpt aktier för 1,8 miljoner kronor.", [None]),
    ("Aktierna köptes för 2,4 Mkr av Per Holm. Per aktie betalade han 96 kronor.", [None, "aktie"]),
    # …but a later figure after another phrase is not.
    ("Utdelningen blir 1,50 kronor per aktie och återköpen 300 Mkr.", ["aktie", None]),
    # One phrase serves both levels of a change and a figure compared with the one before.
    ("Taket höjs från 25 000 till 35 000 kronor per månad.", ["month", "month"]),
    ("Bidraget ökade till 2 100 kronor per månad i stället för 1 325 kronor.", ["month", "month"]),
    ("Avgiften höjs till 550 kronor per barn (tidigare 500 kr).", ["barn", "barn"]),
    # A period closing the clause of which the amount is the subject, a passive verb after it.
    ("Cirka 12 miljarder kronor betalas ut felaktigt från de statliga trygghetssystemen varje år.", ["year"]),
    ("Regeringen ger 12 miljoner kronor till förbundet, som ordnar läger varje år.", [None]),
])
def test_a_period_stated_once_serves_the_figures_it_names(sentence, expected):
    assert [r.per for r in rows(sentence)] == expected


def test_a_table_cell_takes_the_denominator_of_its_row_label():
    doc = document_from_text("t", "t.md", "# Rapport\n\n| Mkr | Q1 | Q1 i fjol |\n| --- | --- | --- |\n"
                             "| Resultat per aktie, kronor | 1,20 kr | 0,95 kr |\n| Omsättning | 400 | 380 |\n", "md")
    assert [r.per for r in label_amounts(doc, find_amounts(doc))] == ["aktie", "aktie", None, None]


@pytest.mark.parametrize("sentence, expected", [
    ("Som lägst noterades aktien i 21,70 kronor under förmiddagen.", "at_least"),
    ("Sparandet understiger 300 000 kronor för tre av fyra sparare.", "under"),
    ("Inflödena kan överstiga 30 miljarder dollar.", "over"),
    ("Omsättningen översteg 500 miljarder kronor.", "over"),
    # A negated limit is a cap or a floor.
    ("Stödet per företag får inte överstiga totalt 300 000 euro.", "at_most"),
    ("Regeln gäller när priset inte överstiger 5 000 kronor.", "at_most"),
    ("Kapitalet får inte understiga 25 000 kronor.", "at_least"),
    ("Budgeten är på dryga sex miljarder kronor.", "over"),
    ("En fond kostar uppemot 400 miljoner kronor om året.", "under"),
    ("Varje bedrägeri kostar i genomsnitt 1,3 miljoner kronor.", None),
    ("Stödet kan uppgå till 40 miljoner kronor.", None),
    ("Företagen får upp till 15 miljoner euro.", "at_most"),
    ("Ersättningen ges upp till ett tak på 2 miljoner euro.", None),
    ("Omkring 15–20 miljarder kronor betalas ut felaktigt.", "approx"),
])
def test_qualifier(sentence, expected):
    assert rows(sentence)[0].qualifier == expected


def test_a_qualifier_applies_only_to_the_amount_it_stands_before():
    assert [r.qualifier for r in rows("Stödet är drygt 5 miljoner kronor 2025 och 6 miljoner kronor 2026.")] == [
        "over", None]
