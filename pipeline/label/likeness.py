"""How alike two phrases about money are: the content words they share, a Swedish compound
sharing its last part ("Nettoomsättning", "Omsättningen") or an inflection its stem
("läroplaner", "läroplanerna")."""
from __future__ import annotations

import regex

from pipeline.lang.sv.currencies import CURRENCY_WORDS
from pipeline.lang.sv.scales import SCALE_WORDS, SCALED_CURRENCIES
from pipeline.lang.sv.stopwords import AREA_STOPWORDS

# Words every sentence about money shares: they say nothing of what it is for.
MONEY_WORDS = frozenset(w for phrase in (*CURRENCY_WORDS, *SCALE_WORDS, *SCALED_CURRENCIES)
                        for w in phrase.lower().split())

WORD = regex.compile(r"[^\W\d_]+")
STEM = 5    # letters that carry a Swedish word's stem before its endings


def content_words(phrase: str | None) -> list[str]:
    return [w for w in WORD.findall((phrase or "").lower())
            if w not in AREA_STOPWORDS and w not in MONEY_WORDS and len(w) > 1]


def alike(a: str, b: str) -> bool:
    """One word, inflected or compounded: "läroplaner"/"läroplanerna", "omsättningen" in
    "nettoomsättning".

    >>> alike("läroplaner", "läroplanerna"), alike("omsättningen", "nettoomsättning")
    (True, True)
    >>> alike("skola", "skatt")
    False
    """
    if a == b:
        return True
    if min(len(a), len(b)) < STEM:
        return False
    return a[:STEM] == b[:STEM] or a[:STEM] in b or b[:STEM] in a


def shared_words(a: str | None, b: str | None) -> int:
    """How many content words of `a` have a like word in `b`."""
    other = content_words(b)
    return sum(any(alike(w, o) for o in other) for w in content_words(a))
