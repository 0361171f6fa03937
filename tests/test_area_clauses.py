"""Areas on kinds of sentence that releases outside the gold sets hold: a clause opened by
", då", a budget document fronted, what something costs, a dated decision, a split verb
particle and an assignment pointed back to."""
import pytest

import pipeline
from pipeline.label.area.junk import junk_kind

TITLE = "Nyheter i korthet"


def areas(body: str, title: str = TITLE) -> list[tuple[str | None, str | None]]:
    return [(r.area, r.area_source) for r in pipeline.extract_text(body, title=title)]


# ", då …" opens a clause of its own, whose subject the amount's is: blankers' lists
# (fonderdirekt:2018-10-01-aqr-capital-management-56-på-blankning-i-ericsson) and flow news
# (fonderdirekt:2020-05-12-fonder-rekordinflöden-till-hälsovårds-etp-er-i-april); a pronoun
# there stands for the clause before (fonderdirekt:2019-12-19-fonder-årets-vinnare-och-
# förlorare-bland-fondbolagen). "medan" ends a subject as "då" does.
@pytest.mark.parametrize("sentence, area", [
    ("Två förvaltare toppar listan över blankare, då Nordvik Fond är trea med knappt 2 miljarder kronor.",
     "Nordvik Fond"),
    ("Det var ett starkt år för räntefonder, då totala inflödet till obligationsfonder nådde 9 miljarder kronor.",
     "totala inflödet till obligationsfonder"),
    ("I fjol noterades stora insättningar till räntefonder, då det landade på 40 miljarder kronor.",
     "stora insättningar till räntefonder"),
    ("Aktiefonder minskade, medan inflödet till räntefonder landade på 3 miljarder kronor.",
     "inflödet till räntefonder"),
])
def test_a_clause_after_comma_da_has_its_own_subject(sentence, area):
    assert areas(sentence) == [(area, "subject")]


def test_a_fronted_budget_document_is_no_area():
    # g0vse:pressmeddelanden/2025/12/regeringen-fortsatter-satsningen-for-kortare-vardkoer--stora-
    # skillnader-mellan-regionerna, g0vse:pressmeddelanden/2025/04/satsningar-for-att-halla-uppe-
    # trycket-i-utbyggnaden-av-kriminalvarden: the section says what for.
    body = "## Fler platser i häkten\n\nI vårändringsbudgeten satsas ytterligare 300 miljoner kronor för 2025."
    assert areas(body) == [("Fler platser i häkten", "heading")]
    assert areas("I budgetpropositionen för 2026 finns 2 miljarder kronor avsatta för ändamålet.") \
        == [(TITLE, "title")]


@pytest.mark.parametrize("sentence, area", [
    ("Trafikverket får bygga om bron över älven till en kostnad av högst 400 miljoner kronor.", "bron över älven"),
    ("Kommunen renoverar simhallen till en total kostnad om 80 miljoner kronor.", "simhallen"),
])
def test_what_is_bought_at_a_cost_is_the_area(sentence, area):
    # g0vse:pressmeddelanden/2025/01/planen-klar-for-renoveringen-av-kungliga-operan,
    # g0vse:pressmeddelanden/2017/09/beslut-om-medel-till-statens-fastighetsverk-for-renovering-av-rosenbad
    assert areas(sentence) == [(area, "phrase")]


def test_a_dated_decision_is_no_label():
    # g0vse:pressmeddelanden/2023/02/ytterligare-svenskt-stod-till-jordbavningsdrabbade-i-turkiet-och-syrien,
    # g0vse:pressmeddelanden/2025/12/regeringen-avsatter-800-miljoner-kronor-i-humanitart-stod-till-gaza-…
    found = areas("Den 3 mars beslutades om ytterligare 15 miljoner kronor till Röda korset och "
                  "5 miljoner kronor till Rädda Barnen.")
    assert found == [("Röda korset", "phrase"), ("Rädda Barnen", "phrase")]


@pytest.mark.parametrize("phrase, kind", [
    ("Den 7 februari beslutades", "time"), ("I maj beslutade regeringen", "time"),
    ("netto", "function"), ("bort alla hinder på marknaden", "verb"), ("ut till regionerna och", "verb"),
    ("stöd under 2025", None), ("Ut i skogen", None),
])
def test_a_dated_verb_or_a_split_particle_is_junk(phrase, kind):
    assert junk_kind(phrase) == kind


def test_a_split_particle_before_the_noun_is_dropped():
    # "räknas inte in i taket på …" (g0vse:pressmeddelanden/2025/06/blockoverskridande-
    # overenskommelse-nadd-om-historisk-upprustning), "nått upp till kravet om …"
    # (fonderdirekt:2019-01-07-fonder-east-capital-köper-insiderfonder)
    assert areas("Bidraget räknas inte in i taket på 200 miljoner kronor.") == [("taket", "phrase")]
    assert areas("Fonderna har inte nått upp till kravet om 500 miljoner kronor.") == [("kravet", "phrase")]


def test_an_assignment_pointed_back_to_gives_its_task():
    # g0vse:pressmeddelanden/2025/04/satsning-for-att-framja-okat-deltagande-i-idrott-och-
    # friluftsliv-for-personer-med-neuropsykiatriska-funktionsnedsattningar (two tasks, each with
    # "för detta uppdrag" and its money), g0vse:pressmeddelanden/2025/01/nu-starks-fritidshemmens-
    # arbete-med-sprak-och-lasning ("För uppdraget avsätts 9 Mkr 2025")
    body = ("Havsmiljöinstitutet får i uppdrag att under 2026 kartlägga ålgräsängar längs västkusten. "
            "Budgeten för detta uppdrag är 4 miljoner kronor.\n\n"
            "Naturvårdsverket får i uppdrag att utveckla tillsynen av fiskevatten. "
            "För 2026 avsätts 3 miljoner kronor för detta uppdrag.")
    assert areas(body) == [("kartlägga ålgräsängar längs västkusten", "phrase"),
                           ("utveckla tillsynen av fiskevatten", "phrase")]


def test_an_assignment_with_its_recipient_named_keeps_the_recipient():
    # Two assignments before one money sentence: the recipient tells them apart (g0vse:
    # pressmeddelanden/2023/12/nya-uppdrag-for-att-gynna-fysisk-aktivitet-i-befolkningen).
    body = ("Skolverket får i uppdrag att ta fram ett stödmaterial om läsning. Länsstyrelsen får i uppdrag "
            "att stödja kommunernas arbete med badplatser. Länsstyrelsen får för uppdraget använda "
            "2 miljoner kronor.")
    assert areas(body) == [("Länsstyrelsen", "subject")]


def test_a_new_assignment_is_no_pointer():
    # g0vse:pressmeddelanden/2025/03/regeringen-stodjer-ukraina-finansiellt-pa-minrojnings--och-dronaromradet
    body = ("Skolverket får i uppdrag att ta fram ett stödmaterial om läsning. Försvarsmakten får nu ett "
            "liknande uppdrag där de ska stötta minröjarkoalitionen med 40 miljoner kronor.")
    assert areas(body) == [("minröjarkoalitionen", "subject")]


def test_an_assignment_in_another_section_is_not_pointed_to():
    body = ("## Läsning\n\nSkolverket får i uppdrag att ta fram ett stödmaterial om läsning.\n\n"
            "## Badplatser\n\nFör 2026 avsätts 3 miljoner kronor för detta uppdrag.")
    assert areas(body) == [("Badplatser", "heading")]


# "A och B … X respektive Y": each amount its own thing of the list (fonderdirekt:2019-02-28-
# fonder-januari-nionde-raka-månaden-av-europeiska-nettoutflöden, g0vse:pressmeddelanden/2025/04/
# satsning-for-att-framja-okat-deltagande-i-idrott-och-friluftsliv-…).
@pytest.mark.parametrize("sentence, found", [
    ("Kulturrådet och Svenska Filminstitutet tilldelas 25 respektive 10 miljoner kronor.",
     ["Kulturrådet", "Svenska Filminstitutet"]),
    ("Storebrand och Nordea var månadens flödesvinnare med 16,7 respektive 5,1 miljarder kronor.",
     ["Storebrand", "Nordea"]),
    ("Även Norge och Danmark stack ut, med nettoinflöden på 2,6 respektive 2,3 miljarder euro.",
     ["Norge", "Danmark"]),
    ("Fonden har ökat innehaven i Saab och Volvo med 2,2 respektive 9,6 miljoner kronor.", ["Saab", "Volvo"]),
    # The flow after the last figure names the pair only there (fonderdirekt:2019-02-28-fonder-
    # januari-nionde-raka-…,
    # fonderdirekt:2019-06-17-fondflöden-maj-sämsta-månaden-för-…).
    ("SEB och Handelsbanken var veckans vinnare med 3,2 respektive 1,8 miljarder kronor i inflöden, "
     "medan Länsförsäkringar stod still.", ["SEB", "Handelsbanken"]),
])
def test_amounts_respectively_take_the_things_of_the_list(sentence, found):
    assert [area for area, _ in areas(sentence)] == found


def test_one_thing_with_och_in_its_name_is_not_split():
    assert [area for area, _ in areas("Hälso- och sjukvården får 5 respektive 6 miljarder kronor 2025 och 2026.")] \
        == ["Hälso- och sjukvården"] * 2


# "Sett till …", "Räknat i …" open a fronted adverbial; the subject follows the verb
# (fonderdirekt:2019-02-28-fonder-januari-nionde-raka-månaden-av-europeiska-nettoutflöden,
# fonderdirekt:2020-05-12-fonder-rekordinflöden-till-hälsovårds-etp-er-i-april).
@pytest.mark.parametrize("sentence, area", [
    ("Sett till fondkategorier hade aktiefonder ett nettoinflöde om 4 miljarder kronor.", "aktiefonder"),
    ("Räknat i kronor hade räntefonder ett utflöde om 2 miljarder kronor.", "räntefonder"),
])
def test_a_fronted_participle_is_no_verb_of_the_clause(sentence, area):
    assert areas(sentence) == [(area, "subject")]


def test_a_purpose_before_a_proposal_that_names_its_receiver():
    # g0vse:pressmeddelanden/2023/09/historiska-satsningar-pa-rattsvasendet-for-att-aterupprätta-…
    # ("föreslår regeringen att myndigheten tillförs 1,475 miljarder kr 2024 i budget\u00adpropositionen"),
    # "föreslår regeringen att SFV under andra halvåret 2025 tillförs 5 miljoner"
    sentence = ("För att bygga fler anstaltsplatser föreslår regeringen att myndigheten tillförs 900 miljoner "
                "kronor 2026 i budget\u00adpropositionen för 2026.")
    assert areas(sentence) == [("bygga fler anstaltsplatser", "phrase")]


def test_a_budget_document_with_a_soft_hyphen_is_no_purpose():
    body = "## Fler domstolar\n\nDomstolsverket tillförs 80 miljoner kronor i höständrings\u00adbudgeten för 2025."
    assert [area for area, _ in areas(body)] == ["Domstolsverket"]


# Aid through an organisation, with no other purpose, goes to it (g0vse:pressmeddelanden/2024/05/
# nytt-energipaket-for-att-starka-ukrainas-motstandskraft, "… miljoner kronor genom Sida" in
# humanitarian releases); a noun the amount belongs to says more, and "genom att" says how.
@pytest.mark.parametrize("sentence, area", [
    ("Regeringen ger 150 miljoner kronor genom FN:s barnfond.", "FN:s barnfond"),
    ("300 miljoner kronor genom organisationen Nordiska utvecklingsfonden.", "Nordiska utvecklingsfonden"),
    ("Sverige skickar ytterligare stöd, i form av 600 miljoner kronor via Världsbanken.", "ytterligare stöd"),
])
def test_a_channel_is_the_area_when_nothing_else_is(sentence, area):
    assert [a for a, _ in areas(sentence)] == [area]


def test_how_money_is_saved_is_no_channel():
    assert areas("Kommunen sparar 2 miljoner kronor genom att minska lokalerna.") == [(TITLE, "title")]


# A qualifier of two words between the noun and its amount: "ett förvaltat kapital på som mest
# 17 miljarder" (fonderdirekt:2020-03-19-fonder-flera-svenska-fonder-kallade-till-krismöte-hos-fi-di),
# "ett stöd om upp till 3 miljoner"; a worth with a qualifier and no link: "till ett värde kring
# 371 miljoner euro" (fonderdirekt:2020-09-16-baltic-horizon-fund-5-9-i-aug-hyresreduceringar-lägre-än-2kv).
@pytest.mark.parametrize("sentence, area", [
    ("Låga avgifter har banat vägen för ett förvaltat kapital på som mest 9 miljarder kronor.", "ett förvaltat kapital"),
    ("Föreningen beviljas ett driftstöd om som högst 30 000 kronor.", "ett driftstöd"),
    ("I portföljen finns tolv lagerfastigheter till ett värde kring 200 miljoner euro.", "tolv lagerfastigheter"),
])
def test_a_qualifier_between_a_noun_and_its_amount(sentence, area):
    assert [a for a, _ in areas(sentence)] == [area]


# Why an amount came about is no purpose: "tagit ut 13 miljarder pund i spåren av en ökad oro"
# (fonderdirekt:2020-09-24-fonder-investerare-dumpar-brittiska-aktiefonder), "till följd av".
@pytest.mark.parametrize("sentence, area", [
    ("Spararna har tagit ut 4 miljarder kronor i spåren av en ökad oro för räntorna.", "Spararna"),
    ("Fonden tappade 2 miljarder kronor till följd av börsfallet.", "Fonden"),
])
def test_a_cause_is_no_purpose(sentence, area):
    assert areas(sentence) == [(area, "subject")]


# A purpose after a passive verb, past "sedan" and a part of a time: "300 miljoner dollar
# investerades sedan i slutet på juni 2020 i den tredje … fonden" (fonderdirekt:2020-07-03-alecta-
# investerar-620-miljoner-euro-i-infrastrukturfonder), "i början av året".
@pytest.mark.parametrize("sentence", [
    "200 miljoner euro investerades sedan i den nya skogsfonden.",
    "200 miljoner euro investerades i slutet på juni 2020 i den nya skogsfonden.",
    "200 miljoner euro placerades i början av året i den nya skogsfonden.",
])
def test_a_purpose_after_a_verb_past_then_and_a_part_of_a_time(sentence):
    assert areas(sentence) == [("den nya skogsfonden", "phrase")]


# What is given "till ett värde av …" is the whole list before it (donation releases: g0vse:
# pressmeddelanden/2025/01/storsta-stodpaketet-till-ukraina-presenterat, g0vse:pressmeddelanden/
# 2024/10/regeringen-utokar-mojligheten-att-donera-medicinsk-utrustning-…).
@pytest.mark.parametrize("sentence, area", [
    ("Regeringen skänker granater, robotar och fordon till ett värde av 2 miljarder kronor.",
     "granater, robotar och fordon"),
    ("Myndigheten får donera förband, skyddsvästar eller annan materiel till ett belopp av högst 9 miljoner kronor.",
     "förband, skyddsvästar eller annan materiel"),
    ("Utbildning via Försvarshögskolan, FHS, till ett värde av 80 miljoner kronor.",
     "Utbildning via Försvarshögskolan, FHS"),
])
def test_a_listed_gift_of_a_worth_keeps_the_whole_list(sentence, area):
    assert [a for a, _ in areas(sentence)] == [area]


# "…, men [verb] … X": the contrast goes on with the earlier clause's subject
# (fonderdirekt:2019-04-26-east-capital-tech-startups-driver-en-fastighetsboom-i-baltikum,
# fonderdirekt:2020-07-10-okat-inflode-till-borshandlade-fonder-2kv-morningstar).
def test_a_contrast_without_its_own_subject_takes_the_earlier_one():
    found = areas("Hyresintäkterna i Tallinn ökade i fjol med 8 procent, men är fortfarande med sina 40 miljoner euro "
                  "en liten del av portföljen.")
    assert found == [("Hyresintäkterna i Tallinn", "subject")]
