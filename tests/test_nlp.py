"""The labeller's tokenizer: spaCy's Swedish rules, with only the word attributes it reads."""
import pytest
import spacy
from spacy.tokens import Doc

from pipeline.nlp import tokens

# Abbreviations, clitics, brackets, a dash, a line break and a double space: the places where
# the rules split words or make whitespace a token of its own.
TEXTS = [
    "Regeringen avsätter bl.a. 30 Mkr (2025–2027) till  läxhjälp.\nDet är t.ex. 5,5 milj. kr.",
    "Blandfonder hade nettoinflöde om 0,3 mdr, dvs. mer än FN:s fond – drygt 12 %.",
    "Aktien: +4,2 procent; omsättningen steg till 1 610 miljoner kronor i Q3-19!",
]


def described(doc: Doc) -> list[tuple]:
    return [(t.text, t.idx, t.whitespace_, t.lower_, t.is_alpha, t.is_punct, t.is_space)
            for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_read_as_the_full_swedish_pipeline_reads_them(text):
    assert described(tokens(text)) == described(spacy.blank("sv").make_doc(text))

