"""Areas (guide §4, §6) on sentences of the kinds the corpus holds: the clause's subject in
financial news, never a junk area, and verbs told by spaCy's Swedish lemma table."""
import pytest

from pipeline.amounts import find_amounts
from pipeline.ingest import document_from_text
from pipeline.label import label_amounts
from pipeline.label.area.junk import junk_kind
from pipeline.label.wordclass import is_verb

TITLE = "Fondmarknaden i korthet"


def areas(body: str) -> list[tuple[str | None, str | None]]:
    doc = document_from_text("t", "t.md", f"# {TITLE}\n\n{body}", "md")
    return [(r.area, r.area_source) for r in label_amounts(doc, find_amounts(doc))]


# The subject before the verb: interim reports and fund-flow news
# (fonderdirekt:2020-03-10-fondbolagens-förening-spararna-sålde-av-aktiefonder-under-februari,
# fonderdirekt:2019-05-09-guld-etf-första-nordamerikanska-nettoutflödet-på-över-ett-år).
@pytest.mark.parametrize("sentence, area", [
    ("Omsättningen sjönk 2,1 procent till 512 miljoner kronor.", "Omsättningen"),
    ("Nettoflödet till räntefonder uppgick till 4,2 miljarder kronor.", "Nettoflödet till räntefonder"),
    ("Den samlade fondförmögenheten i Norden ökade under månaden med 80 miljarder kronor.",
     "Den samlade fondförmögenheten i Norden"),
    ("Det justerade rörelseresultatet var 46 miljoner kronor.", "Det justerade rörelseresultatet"),
    ("Utgifterna för bostadsbidrag beräknas till följd av förslaget öka med 12 miljoner kronor.",
     "Utgifterna för bostadsbidrag"),
    ("Utdelningarna till ägarna under 2024, för verksamhetsåret 2023, uppgick till 8 miljarder kronor.",
     "Utdelningarna till ägarna"),
])
def test_the_subject_before_its_verb_is_the_area(sentence, area):
    assert areas(sentence) == [(area, "subject")]


# After a fronted adverbial the subject follows the verb
# (fonderdirekt:2019-07-04-fonder-guld-för-hela-slanten-i-juni,
# fonderdirekt:2018-12-19-xxl-hedgefondglädje-och-odinköp-under-skoningslös-dag-för-aktien).
@pytest.mark.parametrize("sentence, area", [
    ("I slutet av mars nådde kursen 48,20 kronor.", "kursen"),
    ("Som högst noterades aktien i 31,40 kronor under eftermiddagen.", "aktien"),
    ("Sedan årsskiftet har fondförmögenheten ökat med 310 miljarder kronor.", "fondförmögenheten"),
    ("Den 30 juni var substansvärdet 212 kronor per aktie.", "substansvärdet"),
])
def test_after_a_fronted_adverbial_the_subject_follows_the_verb(sentence, area):
    assert areas(sentence) == [(area, "subject")]


def test_a_relative_clause_takes_what_som_refers_to():
    # fonderdirekt:2020-07-10-okat-inflode-till-borshandlade-fonder-2kv-morningstar
    found = areas("Marknaden domineras av två slag: Blandfonder, som står för 120 miljarder euro av kapitalet.")
    assert found == [("Blandfonder", "subject")]


def test_a_clause_whose_verb_is_left_out_takes_its_own_noun():
    found = areas("Länsstyrelsen får för uppdraget använda 2 miljoner kronor och Tullverket 500 000 kronor.")
    assert found[1][0] == "Tullverket"


def test_an_inline_enumeration_labels_each_amount():
    found = areas("Stödet fördelas så: Röda korset 60 miljoner kronor, FN:s barnfond 30 miljoner kronor "
                  "och Läkare utan gränser 25 miljoner kronor.")
    assert [a for a, _ in found] == ["Röda korset", "FN:s barnfond", "Läkare utan gränser"]
    found = areas("Bland köparna finns Alecta (40 miljoner kronor), Skandia (7,5 miljoner) och AMF (2 miljoner).")
    assert [a for a, _ in found] == ["Alecta", "Skandia", "AMF"]


@pytest.mark.parametrize("sentence", [
    "Omsättningen steg 4 procent till 812 (780) miljoner kronor.",
    "Intäkterna steg till 2,3 miljarder kronor, att jämföra med 1,9 miljarder kronor året innan.",
    "Bidraget till skolorna höjs från 300 till 450 miljoner kronor.",
])
def test_a_figure_given_beside_another_shares_its_area(sentence):
    found = areas(sentence)
    assert len(found) == 2 and found[0] == found[1] and found[0][0] != TITLE


@pytest.mark.parametrize("sentence", [
    "Regeringen avsätter 40 miljoner kronor.",
    "Nu skjuter regeringen till ytterligare 5 miljoner kronor.",
    "Det handlar om 30 miljoner kronor.",
])
def test_who_gives_the_money_or_a_pronoun_is_no_area(sentence):
    assert areas(sentence) == [(TITLE, "title")]


@pytest.mark.parametrize("phrase, kind", [
    ("Högst", "qualifier"), ("omkring", "qualifier"), ("upp till tre", "qualifier"),
    ("i maj", "time"), ("det fjärde", "time"), ("på fredagsmorgonen", "time"), ("2025", "time"),
    ("totalt", "sum"), ("Regeringen", "actor"), ("Vi", "determiner"), ("bl", "fragment"),
    ("samma ändamål", "pointer"), ("för detta ändamål", "pointer"), ("medlen", "pointer"),
    ("uppdraget", "pointer"), ("fördelat", "verb"), ("ligger", "verb"), ("har stärkts", "verb"),
    ("Omsättningen", None), ("Nettoflödet till räntefonder", None), ("EU", None), ("aktien", None),
])
def test_junk_areas_are_told_by_kind(phrase, kind):
    assert junk_kind(phrase) == kind


@pytest.mark.parametrize("word, verb", [
    ("uppgick", True), ("sjönk", True), ("noterades", True), ("tillföras", True), ("ökade", True),
    ("delades", True), ("innebär", True),
    ("kronor", False), ("aktier", False), ("omsättningen", False), ("stöd", False), ("för", False),
    ("vården", False), ("månaden", False), ("boende", False),
])
def test_verbs_are_read_from_the_lemma_table(word, verb):
    assert is_verb(word) is verb
