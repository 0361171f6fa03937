"""The labeller's tokenizer splits Swedish text word for word as spaCy's blank Swedish
tokenizer does, with the attributes the finders read, and an extract run labels without
importing spaCy."""
import subprocess
import sys

import pytest
import spacy
from spacy.symbols import ORTH
from spacy.tokens import Doc

from pipeline.label.words import SPECIAL, words_of

# The places where the rules cut words: abbreviations with and without their period, a
# closing bracket after a unit, ranges, a slash, web addresses, quotes, dashes, "S:t", double
# spaces, line breaks, a no-break space, genitives, and runs the second pass puts together.
TEXTS = [
    "Regeringen avsätter bl.a. 30 Mkr (2025–2027) till  läxhjälp.\nDet är t.ex. 5,5 milj. kr.",
    "Blandfonder hade nettoinflöde om 0,3 mdr, dvs. mer än FN:s fond – drygt 12 %.",
    "Aktien: +4,2 procent; omsättningen steg till 1 610 miljoner kronor i Q3-19!",
    "Stödet (30 Mkr) går till 2-3 kommuner, ca 40 mnkr/år under 2026/2027.",
    "Läs mer på https://www.regeringen.se/pressmeddelanden/2026/01/stod och regeringen.se.",
    "Kontakt: press@exempel.se, tel. 08-405 10 00 eller www.exempel.se/kontakt.",
    "”Vi satsar 12 miljoner kronor”, säger ministern. «Det räcker inte», svarar »oppositionen«.",
    "S:t Eriks sjukhus och s:t Görans fick 4,5 Mkr resp. 2 Mkr fr.o.m. 1 jan. 2026.",
    "Avgiften höjs med 100 kr/mån. Totalt 1,2 mdkr t.o.m. okt. nästa år, m.fl. poster.",
    "Mats' bolag och Ericsson's ägare: 30 % av 5 MSEK, dvs. 1,5 MSEK (f.å. 1,1).",
    "Temperaturen steg till 30 °C. Det var 5°C. i fjol och 2000 m. i.",
    "Ersättningen (se tabell:) höjs; det nya beloppet 2020:) gäller från maj.",
    "Beloppet\u00a0är 450\u00a0000 kronor;\tresten – 50 000 kronor – betalas ut i\n\nmars.",
    "Satsningen — 2,5 miljarder — ska bl.a.»stärka« vården… och Q4:an (t.ex. Bl.a. fler).",
    "  Inledande mellanslag, EU-stöd, nedskrivningar/avskrivningar och 10x20 meter. ",
]


def described(words) -> list[tuple]:
    return [(w.text, w.idx, w.i, w.whitespace_, w.lower_, w.is_alpha, w.is_punct, w.is_space,
             w.nbor(-1).text if w.i > 0 else None) for w in words]


@pytest.mark.parametrize("text", TEXTS)
def test_words_read_as_spacys_swedish_tokens_read(text):
    spacy_doc: Doc = spacy.blank("sv").make_doc(text)
    assert described(words_of(text)) == described(spacy_doc)


def test_the_special_cases_are_spacys():
    rules = spacy.blank("sv").tokenizer.rules
    assert dict(SPECIAL) == {text: tuple(piece[ORTH] for piece in pieces)
                             for text, pieces in rules.items()}


def test_a_word_knows_its_neighbours():
    first, second, third = words_of("Stöd till  vården")[:3]
    assert (first.nbor().text, third.nbor(-1).text, second.whitespace_) == ("till", "till", " ")
    assert third.is_space and third.text == " "
    with pytest.raises(IndexError):
        first.nbor(-1)


RUN = """
import sys
from pathlib import Path
how, raw, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
if how == "command":
    from pipeline.cli import main
    main(["extract", "--raw", str(raw), "--out", str(out), "--jobs", "1"])
else:
    from pipeline.run import extract
    extract(raw, out, jobs=1)
print("spacy" in sys.modules)
"""


@pytest.mark.parametrize("how", ["command", "library"])
def test_an_extract_run_labels_without_importing_spacy(how, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "vagar.md").write_text("# Nytt anslag till vägunderhåll\n\nRegeringen avsätter 450 "
                                  "miljoner kronor till underhåll av vägar under 2026.\n",
                                  encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", RUN, how, str(raw), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split()[-1] == "False"
    assert (tmp_path / "out" / "amounts.parquet").exists()


def test_no_suffix_but_a_run_of_dots_is_wider_than_the_search_reads() -> None:
    import regex
    from regex import _regex_core

    from pipeline.label.words import SUFFIX_WIDTH
    from pipeline.lang.sv.words import SUFFIXES

    widths = {}
    for pattern in (p for p in SUFFIXES if p.strip()):
        source = _regex_core.Source(pattern)
        widths[pattern] = _regex_core._parse_pattern(source, _regex_core.Info(regex.V1, source.char_type, {})).max_width()
    assert {p for p, w in widths.items() if w > SUFFIX_WIDTH} == {r"\.\.+"}


def test_a_suffix_found_near_the_end_is_the_one_found_from_the_start() -> None:
    import random

    from pipeline.label.words import SUFFIX, affix_length, suffix_length

    marks = list("ab5Z.,:;!?()[]\"'”’%$€+-–/°²\n") + ["km", "US$", "m/s", "kr", "..", "…"]
    rng = random.Random(7)
    for _ in range(20000):
        piece = "".join(rng.choice(marks) for _ in range(rng.randint(1, 9)))
        assert suffix_length(piece) == affix_length(SUFFIX, piece), piece


def test_no_infix_takes_a_plain_letter_or_digit() -> None:
    import random

    from pipeline.label.words import INFIX, PLAIN_CHARACTERS

    rng = random.Random(11)
    marks = PLAIN_CHARACTERS + ".,:!?<>=/-–\"”()…©"
    for _ in range(20000):
        piece = "".join(rng.choice(marks) for _ in range(rng.randint(1, 12)))
        assert not any(c in PLAIN_CHARACTERS for m in INFIX.finditer(piece) for c in m.group()), piece
        assert all(m.group() for m in INFIX.finditer(piece)), piece
