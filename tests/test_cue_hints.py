"""The plain-text hints that rule a stretch out before a cue pattern is tried: every cue a
pattern reads holds one of its hints, or a stretch with the cue would go unread."""
import pytest

from pipeline.label.period import PERIOD_OR_PER_HINTS
from pipeline.lang.sv import comparisons as c
from pipeline.lang.sv.periods import PER_PHRASES, PER_WORDS, PERIODS

CUES_AND_HINTS = [
    (c.COMPARING_PHRASES, c.COMPARING_HINTS),
    (c.COMPARING_PHRASES + c.COMPARING_PREPOSITIONS, c.COMPARED_HINTS),
    (c.EARLIER_RECORDS, c.EARLIER_RECORD_HINTS),
    (c.TODAY_CUES, c.TODAY_HINTS),
    (c.RULE_NOUNS, c.RULES_NOW_HINTS),
    (c.SAME_PERIODS + c.YEAR_BEFORE, c.SAME_PERIOD_HINTS),
    (c.COMPARING_PHRASES + c.RECORD_STEMS, c.COMPARING_OR_RECORD_HINTS),
    (tuple(PERIODS) + PER_WORDS + PER_PHRASES, PERIOD_OR_PER_HINTS),
]


@pytest.mark.parametrize(("cues", "hints"), CUES_AND_HINTS)
def test_every_cue_holds_a_hint(cues: tuple[str, ...], hints: tuple[str, ...]) -> None:
    # A phrase's words may stand on two lines: a hint is one word's part, never two words'.
    assert all(" " not in h for h in hints)
    assert [cue for cue in cues if not any(h in cue.lower() for h in hints)] == []



@pytest.mark.parametrize("text", [
    "Fonden hade INFLÖDEN om 5 Mkr.",
    "Σ fonder hade inflöden om 5 Mkr.",          # a capital sigma lowers by its neighbours
    "İnflöden om 5 Mkr, inſättningar om 2 Mkr.",  # letters regex matches to "i" and "s"
    "Inga pengar här.",
])
def test_may_hold_reads_a_stretch_as_lowered_alone(text: str) -> None:
    from pipeline.label.context import may_end_with, may_hold, stretch_may_hold

    words = ("inflöde", "insättning", "mkr", "här")
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            assert may_hold(text, start, end, words) == stretch_may_hold(text[start:end], words)
            tail = text[start:end].rstrip()
            alone = any(c in tail for c in "\u0130\u017f") or tail.lower().endswith(("mkr", "här."))
            assert may_end_with(text, start, end, ("mkr", "här.")) == alone


def test_past_filler_opens_as_its_openings_say() -> None:
    # Wherever the filler pattern matches, the test of its openings lets it be tried.
    from pipeline.label.area import purpose as p
    from pipeline.label.context import may_open
    from pipeline.lang.sv.periods import PERIODS

    words = [*p.TIME_PREPOSITIONS, *PERIODS, *p.FILLER_PHRASES, *p.DETERMINERS, *p.ORDINALS,
             *p.SMALL_NUMBERS, *p.TIME_HEADS, "av totala anslaget", "i budgetpropositionen",
             "(motsvarande 60 procent)", ", för att", "2025", "\u0663 år", "till 2026", "och framåt"]
    for word in words:
        for form in (word, word.upper(), word.title()):
            for space in (" ", "\u00a0", "\n "):
                text = f"5 Mkr{space}{form} 2025 bidrag"
                if p.PAST_FILLER.match(text, 5, len(text)):
                    assert may_open(text, 5, len(text), p.PAST_FILLER_OPENINGS, digit=True), text
    assert not may_open("5 Mkr. Regeringen", 5, 17, p.PAST_FILLER_OPENINGS, digit=True)


def test_each_pattern_after_an_amount_opens_as_its_openings_say() -> None:
    from pipeline.label.area import purpose as p
    from pipeline.label.context import may_open
    from pipeline.lang.sv.areas import COMPARISON_OPENERS, WHERE_PREPOSITIONS
    from pipeline.lang.sv.purposes import CAUSE_PHRASES, CHANNEL_PREPOSITIONS

    cases = [
        (p.PLACE_AFTER, p.PLACE_OPENINGS, WHERE_PREPOSITIONS),
        (p.CHANNEL_START, p.CHANNEL_OPENINGS, CHANNEL_PREPOSITIONS),
        (p.COMPARISON_AFTER, p.COMPARISON_OPENINGS, COMPARISON_OPENERS),
        (p.PARTICLE_LATER, p.PARTICLE_OPENINGS, ("per aktie, ut till", "ut till", "in i", ", ut till")),
        (p.WITHDRAWN, p.WITHDRAWN_OPENINGS, ("tillbaka från", "ut snabbt från", "ut ur")),
        (p.CAUSE, p.CAUSE_OPENINGS, CAUSE_PHRASES),
        (p.PURPOSE_START, p.PURPOSE_OPENINGS, (*p.PURPOSE_MARKERS, *p.PURPOSE_PREPOSITIONS, "till att")),
    ]
    for pattern, starts, words in cases:
        tried = 0
        for word in words:
            for form in (word, word.upper(), word.capitalize()):
                for space in (" ", "\u00a0", "\n", ", "):
                    text = f"5 Mkr{space}{form} kommunerna"
                    if pattern.match(text, 5, len(text)):
                        tried += 1
                        assert may_open(text, 5, len(text), starts), (pattern.pattern[:40], text)
        assert tried, pattern.pattern[:40]


def test_no_word_starts_with_a_mark_the_verb_test_passes_over() -> None:
    import regex

    from pipeline.label.area.purpose import NON_WORD_MARKS, PASSIVE_VERB_AFTER, WORD_AFTER

    assert not [c for c in NON_WORD_MARKS if regex.match(r"\w", c)]
    for mark in NON_WORD_MARKS:
        text = f"5 Mkr {mark}betalas ut"
        assert not PASSIVE_VERB_AFTER.match(text, 5) and not WORD_AFTER.match(text, 5)
