"""Inline markup: what a reader sees of a Markdown line, the same whichever way a release's
text leads it to be read (every substitution, or only the trimming of its lines)."""
import pytest

from pipeline.ingest.aligned import has_gap
from pipeline.ingest.inline import MARKUP_MARKS, has_markup, inline_reader, plain_inline

CASES = [
    ("*Fet* start", "Fet start"),
    ("a*b* c", "a*b* c"),                     # a star beside a word opens no emphasis
    ("**a __b** c__", "a __b c__"),           # the first strong mark found closes first
    ("x_y_ z _kursiv_", "x_y_ z kursiv"),
    ("30&nbsp;000 kr &nbsp; och &amp; 5&#160;6", "30&nbsp;000 kr \xa0 och & 5&#160;6"),
    ("S&P500 &P", "S&P500 &P"),
    ("**Rubrik** och *text*", "Rubrik och text"),
    ("a <b>fet</b>  c", "a fet c"),
    ("a <b>fet</b> c", "a fet c"),
    ("ett <br> två", "ett två"),                # a tag taken out leaves two spaces: one
    ("[länk](http://x.se) och ![bild](b.png)", "länk och"),
    ("[länk][1] och [x]", "länk och [x]"),
    ("\\*inte\\*", "\\inte\\"),
    ("rad  ett\nrad två ", "rad ett\nrad två"),
    ("__under__ och **stjärna**", "under och stjärna"),
    ("  Bara text\n\n  och mer  ", "Bara text\noch mer"),
    ("Bara text\n och mer ", "Bara text\noch mer"),
]


@pytest.mark.parametrize(("written", "seen"), CASES)
def test_inline_markup_reads_as_a_reader_sees_it(written, seen):
    assert plain_inline(written) == seen


@pytest.mark.parametrize(("written", "seen"), CASES)
def test_the_reader_a_text_chooses_reads_it_the_same(written, seen):
    spaced = has_gap(written)
    assert inline_reader(written, spaced)(written) == seen
    if not spaced:
        assert plain_inline(written, spaced=False) == seen


def test_a_line_holds_markup_by_each_mark_the_patterns_need_and_by_no_other():
    assert all(has_markup(f"Stödet är {mark}30 Mkr") for mark in MARKUP_MARKS)
    assert not has_markup("Stödet är 30 Mkr (tidigare 25 Mkr), se https://regeringen.se: 5 % mer.")
