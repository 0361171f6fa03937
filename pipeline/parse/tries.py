"""Word lists as regexes that `re` scans fast: a trie tries one branch per character, not one
per word, and a pattern whose every branch starts with a literal character lets `re` skip in C
to the characters that can start a match.

>>> trie(["kr", "kronor", "krona"])
'kr(?:on(?:a|or))?'
>>> import re
>>> pattern = re.compile(guarded_trie([("(?<!\\\\w)", ["kr", "mkr"], "(?!\\\\w)"), ("", ["$"], "")]))
>>> [m.span() for m in pattern.finditer("5 kr, 7mkr, 9 mkr och $")]
[(2, 4), (14, 17), (22, 23)]
"""
from __future__ import annotations

import re
from collections.abc import Callable

# (a look-behind at one character before the word or "", the words, what must follow them)
Guarded = tuple[str, list[str], str]


def trie(words: list[str], literal: Callable[[str], str] = re.escape) -> str:
    """The words as one regex that tries one branch per character, not one per word:
    ["kr", "kronor"] -> "kr(?:onor)?"; `re` tries each alternative of a plain alternation at
    every position. Like an alternation of the words longest first, it matches the longest
    word that lets the rest of a pattern match. `literal` writes each character as a pattern
    (`either_case` for a scan of a text not lowered)."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie_of(root, literal)


def trie_of(node: dict, literal: Callable[[str], str] = re.escape) -> str:
    branches = [literal(char) + trie_of(child, literal) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def guarded_trie(alternatives: list[Guarded]) -> str:
    """The alternation of `before + trie(words) + after` over `alternatives`, in their order,
    with the first character of each word taken out in front: every branch of the pattern then
    starts with a literal, and `re` tries a position only where one stands. A look-behind
    (`(?<!\\w)`, one character wide) moves behind that first character, one character wider."""
    firsts = sorted({word[0] for _, words, _ in alternatives for word in words})
    branches = []
    for first in firsts:
        inner = [f"{widened(before)}{trie([w[1:] for w in words if w[0] == first])}{after}"
                 for before, words, after in alternatives if any(w[0] == first for w in words)]
        branches.append(f"{re.escape(first)}(?:{'|'.join(inner)})")
    return "|".join(branches)


def widened(lookbehind: str) -> str:
    """ "(?<!\\w)" before a word's first character -> "(?<!\\w.)" after it."""
    return f"{lookbehind[:-1]}.)" if lookbehind else ""
