"""Whom a figure's own words give its money to, and what kind of figure it is (guide §3
`restates`: "the same value for another thing, recipient or year is no restatement").

A receiver is named when a capitalised name follows "till" right after the figure ("10 miljoner
euro till Natos fond"), or stands beside a verb of receiving or after one of giving before the
figure ("För uppdraget får Boverket använda en miljon kronor", "bevilja Scoutförbundet 4
miljoner kronor"); a name in brackets in the receiver phrase names it too ("till koalitionen
för drönare (Drone Coalition)"). The kind of figure is the last noun of a reported figure
before it ("Lyfts omsättning var …", "nettovinsten landade på …") or the verb of an issue
("tar … in"). Each figure reads only its own stretch of the sentence: from the figure before it
in the sentence to the figure after it.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.label.context import SPACE, may_hold
from pipeline.label.likeness import alike
from pipeline.label.statements import Statement
from pipeline.lang.sv.recipients import (
    CLAUSE_MARKS,
    FIGURE_KINDS,
    GIVERS,
    PARTICLE_REACH,
    PROCEEDS_PARTICLE,
    PROCEEDS_VERBS,
    RECEIVER_LINKS,
    RECEIVER_REACH,
    TASK_LINKS,
    VERBS_OF_GIVING,
    VERBS_OF_RECEIVING,
    WORDS_BEFORE_LINK,
)
from pipeline.parse import alternation
from pipeline.pattern_cache import PatternCache

NAME_WORD = r"\p{Lu}[\p{L}\p{N}\-]*(?::\p{L}+)?"
NAME = rf"{NAME_WORD}(?:[ \u00a0]{NAME_WORD})*"
RECEIVING = alternation(VERBS_OF_RECEIVING)
# A name beside a verb of receiving, or after one of giving.
PATTERNS = PatternCache(__file__, __name__)
NAMED_BEFORE = PATTERNS.compile(
    rf"(?<!\w)(?:(?:{RECEIVING}|{alternation(VERBS_OF_GIVING)}){SPACE}+(?P<name>{NAME})"
    rf"|(?P<name>{NAME}){SPACE}+(?:{RECEIVING}))(?!\w)")
# What every verb of NAMED_BEFORE holds, as plain text: a stretch without any is not searched.
VERB_HINTS = tuple(f"{verb.split()[0]} " for verb in (*VERBS_OF_RECEIVING, *VERBS_OF_GIVING))
NAMED_AFTER = PATTERNS.compile(
    rf"(?:{SPACE}+[^\W\d]+){{0,{WORDS_BEFORE_LINK}}}?{SPACE}+(?:{alternation(RECEIVER_LINKS)})"
    rf"{SPACE}+(?P<phrase>[^,.;!?]{{1,{RECEIVER_REACH}}})")
HEAD_NAME = PATTERNS.compile(rf"{NAME}(?!\w)")
BRACKETED_NAME = PATTERNS.compile(rf"\({SPACE}*(?P<name>{NAME})")
SENTENCE_ENDS = ".!?:–—\"”"     # after which a capital letter starts a sentence
GIVER_WORDS = frozenset(GIVERS)
TASK_AFTER = PATTERNS.compile(rf"{SPACE}+(?:{alternation(TASK_LINKS)})(?!\w)")
# A name's genitive before what it owns: "Ukrainas luftförsvar", "ICRC:s arbete", "Ukrainas och
# allierades luftförsvar".
GENITIVE_AFTER = PATTERNS.compile(rf"{SPACE}+\p{{Ll}}")

KIND_OF_STEM = {stem: kind for kind, stems in FIGURE_KINDS.items() for stem in stems}
KIND_STEM = PATTERNS.compile(alternation(KIND_OF_STEM), regex.IGNORECASE)
PROCEEDS = PATTERNS.compile(
    rf"(?<!\w)(?:{alternation(PROCEEDS_VERBS)})(?:{SPACE}+[^\W\d]+){{0,{PARTICLE_REACH}}}?"
    rf"{SPACE}+{PROCEEDS_PARTICLE}(?!\w)", regex.IGNORECASE)
# What the particle of an issue's verb is written as, as plain text: a clause without it is
# not searched.
PARTICLE_HINTS = (f" {PROCEEDS_PARTICLE} ", f" {PROCEEDS_PARTICLE}\n")
KIND_RIGHT_AFTER = PATTERNS.compile(rf"{SPACE}+i{SPACE}+\w*?(?P<stem>{alternation(KIND_OF_STEM)})",
                                 regex.IGNORECASE)


def stretch_of(statements: Sequence[Statement], i: int) -> tuple[int, int]:
    """The part of amount i's sentence that is its own: from the end of the figure before it in
    the sentence to the start of the figure after it."""
    s = statements[i]
    start, end = s.unit.start, s.unit.end
    if i > 0 and statements[i - 1].unit.start == s.unit.start:
        start = max(start, statements[i - 1].amount.end)
    if i + 1 < len(statements) and statements[i + 1].unit.start == s.unit.start:
        end = min(end, statements[i + 1].amount.start)
    return start, end


def recipients_of(text: str, statements: Sequence[Statement], i: int) -> list[list[str]]:
    """The names of whom amount i's own stretch gives the money to, each as its words."""
    s = statements[i]
    if s.amount.table is not None:
        return []
    start, end = stretch_of(statements, i)
    spans = [m.span("name") for m in NAMED_BEFORE.finditer(text, start, s.amount.start)] \
        if may_hold(text, start, s.amount.start, VERB_HINTS) else []
    after = NAMED_AFTER.match(text, s.amount.end, end)
    if after is not None:
        phrase = after.start("phrase")
        head = HEAD_NAME.match(text, phrase, after.end("phrase"))
        spans += [head.span()] if head else []
        spans += [m.span("name") for m in BRACKETED_NAME.finditer(text, phrase, after.end("phrase"))]
    return [text[a:b].split() for a, b in spans if receiver_name(text, a, b, s.unit.start)]


def receiver_name(text: str, start: int, end: int, sentence: int) -> bool:
    """Whether the capitalised words at start:end name a receiver: not the giver ("Nu ger
    Sverige …"), nor a body given a task ("ger Försvarsmakten i uppdrag att betala ut …"), nor
    the owner of what gets the money ("till Ukrainas luftförsvar", "till ICRC:s arbete"); a word
    starting a sentence is a name when the release also writes it capitalised inside one."""
    words = text[start:end].split()
    if words[0].split(":")[0].lower() in GIVER_WORDS or TASK_AFTER.match(text, end) or \
            GENITIVE_AFTER.match(text, end) and words[-1].endswith("s"):
        return False
    if text[sentence:start].strip() and not text[sentence:start].rstrip().endswith(tuple(SENTENCE_ENDS)):
        return True
    return len(words) > 1 or named_inside_a_sentence(text, words[0])


def named_inside_a_sentence(text: str, word: str) -> bool:
    """"Boverket" written after a small letter and a space somewhere in the text."""
    return regex.search(rf"\p{{Ll}}[ \u00a0]{regex.escape(word)}", text) is not None


def other_recipients(own: list[list[str]], others: list[list[str]]) -> bool:
    """Both name receivers, and no name of one is a name of the other. An acronym is compared
    with acronyms only: "ICRC" may be "Internationella rödakorskommittén"."""
    if any(same_name(a, b) for a in own for b in others):
        return False
    return any(acronym(a) == acronym(b) for a in own for b in others)


def acronym(name: list[str]) -> bool:
    return len(name) == 1 and name[0].split(":")[0].isupper()


def same_name(a: list[str], b: list[str]) -> bool:
    """Every word of the shorter name is a word of the longer: "Region Skåne" and "Skåne",
    "Natos" and "Nato"; not "Region Skåne" and "Region Halland"."""
    shorter, longer = sorted((a, b), key=len)
    return all(any(alike_name_words(w, o) for o in longer) for w in shorter)


def alike_name_words(a: str, b: str) -> bool:
    """One word of a name, inflected: "Nato", "Natos", "EU:s", "Boverkets"."""
    a, b = a.split(":")[0].lower(), b.split(":")[0].lower()
    shorter, longer = sorted((a, b), key=len)
    return alike(a, b) or (longer.startswith(shorter) and len(longer) - len(shorter) <= 2)


def kind_of(text: str, statements: Sequence[Statement], i: int) -> str | None:
    """The kind of figure amount i is ("revenue", "profit", …), when its own words say it:
    "i utdelning" right after the figure, else the last kind written before it."""
    s = statements[i]
    start, end = stretch_of(statements, i)
    after = KIND_RIGHT_AFTER.match(text, s.amount.end, end)
    if after is not None:
        return KIND_OF_STEM[after.group("stem").lower()]
    start = max([start, *(text.rfind(mark, start, s.amount.start) + 1 for mark in CLAUSE_MARKS)])
    found = [(m.end(), KIND_OF_STEM[m.group().lower()]) for m in KIND_STEM.finditer(text, start, s.amount.start)] \
        if may_hold(text, start, s.amount.start, KIND_OF_STEM) else []
    if may_hold(text, start, s.amount.start, PARTICLE_HINTS):
        found += [(m.end(), "proceeds") for m in PROCEEDS.finditer(text, start, s.amount.start)]
    return max(found)[1] if found else None


PATTERNS.save()
