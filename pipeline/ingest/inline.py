"""Markdown inline markup -> the words a reader sees: links and emphasis keep their text,
images, HTML tags and comments go, entities become their characters."""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import partial
from operator import itemgetter

from pipeline.ingest.layout import tidy

# Each pattern that a text may need opens with a literal character where it can, so that a
# search skips in C to the next place it may match instead of trying every position.
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^()\n]|\([^)\n]*\))*\)")   # the url may hold (...)
REFERENCE_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
AUTOLINK = re.compile(r"<((?:https?://|mailto:|www\.)[^>\s]+)>")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
CODE = re.compile(r"`+([^`\n]*)`+")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
STRONG_STARS = re.compile(r"(\*\*)(?=\S)(.+?)(?<=\S)\*\*")    # `STRONG` where no "_" stands
# A star or an underscore not beside a word character or another of it: the lookbehind
# after the mark, `(?<![\w*])\*` written so that the star comes first.
EMPHASIS_STAR = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])([^*\n]*?)(?<=\S)\*(?![\w*])")
EMPHASIS_UNDERSCORE = re.compile(r"_(?<![\w_]_)(?=[^\s_])([^_\n]*?)(?<=\S)_(?![\w_])")
# A no-break or thin space written as an entity between the digits of a number ("30&nbsp;000
# kr" in Mynewsdesk releases) stays as written, so an amount's text is the document's own
# characters; the parser reads it as the space between digit groups. Elsewhere an entity is
# the character it stands for.
GROUP_SPACE_ENTITIES = ("&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&thinsp;", "&#8201;", "&#8239;")
DIGIT_GROUP_ENTITY = re.compile(   # `(?<=\d)(&nbsp;|...)(?=\d)`, the ampersand first
    r"(&(?<=\d&)(?:" + "|".join(re.escape(e[1:]) for e in GROUP_SPACE_ENTITIES) + r"))(?=\d)")
ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
# What any of those patterns needs: a text holding none of these (three releases in four)
# has no markup to take out.
MARKUP_MARKS = "<[`*_\\&"   # the tests of `has_markup`

# A replacement that is a group, as a callable in C: a template such as r"\1" is expanded by
# Python code in `re`, a function made and called for every substitution.
GROUP_1, GROUP_2 = itemgetter(1), itemgetter(2)


def plain_inline(text: str, spaced: bool = True) -> str:
    """Markdown inline markup -> the words a reader sees: links and emphasis keep their text,
    images, HTML tags and comments go. `spaced` False says `text` holds no tab and no two
    spaces in a row."""
    # each substitution only where the mark it needs stands in the text: a test for one
    # character is a scan in C, many times faster than a search with a pattern
    original = text
    if "<" in text:
        text = HTML_TAG.sub("", AUTOLINK.sub(GROUP_1, HTML_COMMENT.sub("", text)))
    if "[" in text:
        text = LINK.sub(GROUP_1, IMAGE.sub("", text))
        text = REFERENCE_LINK.sub(GROUP_1, text)
    if "`" in text:
        text = CODE.sub(GROUP_1, text)
    if "*" in text or "_" in text:
        text = (STRONG if "_" in text else STRONG_STARS).sub(GROUP_2, text)
        if "*" in text:
            text = EMPHASIS_STAR.sub(GROUP_1, text)
        if "_" in text:
            text = EMPHASIS_UNDERSCORE.sub(GROUP_1, text)
    if "\\" in text:
        text = ESCAPED.sub(GROUP_1, text)
    if "&" in text:
        text = unescaped(text)
    # a text no substitution changed has as many spaces as it came with
    return trimmed(text) if text is original and not spaced else tidy(text)


def unescaped(text: str) -> str:
    """HTML entities -> their characters, but a space entity between digits stays written."""
    pieces = DIGIT_GROUP_ENTITY.split(text)
    if len(pieces) == 1:
        return html.unescape(text)
    return "".join(piece if k % 2 else html.unescape(piece) for k, piece in enumerate(pieces))


def has_markup(text: str) -> bool:
    """Whether `text` holds one of `MARKUP_MARKS`: the tests written out, as a generator
    over the marks cost more than the scans for a table's cells."""
    return ("<" in text or "[" in text or "`" in text or "*" in text or "_" in text
            or "\\" in text or "&" in text)


def inline_reader(text: str, spaced: bool) -> Callable[[str], str]:
    """`plain_inline` for the pieces of `text`, which holds a tab or two spaces in a row when
    `spaced`: where the text holds no mark of inline markup, only their spaces tidied, or
    when it is not spaced only their lines trimmed."""
    if has_markup(text):
        return plain_inline if spaced else UNSPACED_INLINE
    return tidy if spaced else trimmed


UNSPACED_INLINE = partial(plain_inline, spaced=False)


def trimmed(text: str) -> str:
    """`tidy` of a text holding no tab and no two spaces in a row: each line trimmed, blank
    lines out."""
    if "\n" not in text:
        return text.strip()
    return "\n".join(filter(None, map(str.strip, text.split("\n"))))
