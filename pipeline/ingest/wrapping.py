"""Hard-wrapped text: lines that a PDF converter, a mail client or a newswire broke at a fixed
width, so a sentence runs on over lines whatever the next line starts with:

    Kostnaden för ansökningarna med svenska aktörer är 1
    207 miljoner euro varav cirka 403 miljoner euro söks i bidrag.
    ... återfinns Alecta (76,5 miljoner kronor), Handelsbanken Fonder (7,6 miljoner), EWS
    Stiftelsen (3,8 miljoner) och Jesem AS (1,8 miljoner).

Such a text has most of its running lines filled nearly to one width; a line that fills it
and ends no sentence was broken there by the wrapper, not by its writer, and is joined to the
next before the release is read (so its first line of prose is no headline, and a figure or
a name at the start of a line still belongs to its sentence).
"""
from __future__ import annotations

import re

# Wrappers break at 60 to 100 characters; a line longer than this was not wrapped (a scraped
# page has a paragraph or a list item a line).
MAX_WRAP_WIDTH = 120
MIN_WRAP_WIDTH = 40
# A wrapped line fills its width but for the word that did not fit (proportional fonts make a
# PDF's lines of one width differ by some characters).
FILLED = 0.75
MIN_FILLED_LINES = 3
SENTENCE_ENDS = ".!?:…"
# A list item or a quotation dash starts a line of its own, wrapped or not.
OWN_LINE = re.compile(r"[ \t\u00a0]*(?:[-–—•·▪◦‣*]|\d{1,3}[.)])[ \t\u00a0]")


def unwrapped(lines: list[str]) -> list[str]:
    """`lines` with each line the wrapper broke joined to the next; `lines` itself when the
    text is not wrapped."""
    width = wrap_width(lines)
    if width is None:
        return lines
    result = lines[:1]
    for previous, line in zip(lines, lines[1:], strict=False):
        if line.strip() and not OWN_LINE.match(line) and broken_at_width(previous, width):
            result[-1] = result[-1].rstrip() + " " + line.strip()
        else:
            result.append(line)
    return result


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, or None when it was not wrapped: the longest of the
    lines that another line follows directly (the lines a wrapper broke; a line standing
    alone, a heading or a paragraph of one line, says nothing of the width, nor does a list
    item left unwrapped), when most such lines fill it."""
    continued = [length for line, after in zip(lines, lines[1:], strict=False)
                 if line.strip() and after.strip()
                 and (length := len(line.rstrip())) <= MAX_WRAP_WIDTH]
    width = max(continued, default=0)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    filled = sum(length >= FILLED * width for length in continued)
    return width if filled >= MIN_FILLED_LINES and 2 * filled >= len(continued) else None


def broken_at_width(previous: str, width: int) -> bool:
    """`previous` is a line the wrapper broke: it fills the width and ends no sentence."""
    line = previous.rstrip()
    return len(line) >= FILLED * width and line[-1:] not in SENTENCE_ENDS
