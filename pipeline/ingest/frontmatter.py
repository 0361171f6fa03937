"""YAML front matter of a Markdown release (as static-site generators and note tools write
it): `title`, `date` and `publisher` (or `author`) give the release's metadata; they, and
any other field (`url`, `tags`), are not text.

    ---
    title: Nytt stöd till glesbygden
    date: 2023-09
    publisher: Landsbygdsdepartementet
    ---
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from pipeline.ingest.dates import metadata_date
from pipeline.ingest.layout import Dated, clean_name

log = logging.getLogger(__name__)

OPENING = re.compile(r"\A[ \t]*---[ \t]*\n")
CLOSING = re.compile(r"^[ \t]*(?:---|\.\.\.)[ \t]*$", re.M)
MAX_LINES = 60   # a block that long after a leading rule is a document, not its metadata
PUBLISHER_KEYS = ("publisher", "author", "organisation", "organization")


@dataclass(frozen=True)
class FrontMatter:
    title: str | None = None
    publisher: str | None = None
    published: Dated | None = None


# Shared, being frozen: a frozen dataclass's __init__ costs a release with no front matter
# (all of the corpus) as much as looking for it.
NO_FRONT_MATTER = FrontMatter()


def front_matter(text: str, source: str) -> tuple[FrontMatter, str]:
    """The front matter at the top of `text` (if any) and the body after it. A block that is
    not a YAML mapping is not front matter: a Markdown rule can open a text too."""
    opening = OPENING.match(text)
    closing = CLOSING.search(text, opening.end()) if opening else None
    if not opening or not closing or text.count("\n", 0, closing.start()) > MAX_LINES:
        return NO_FRONT_MATTER, text
    import yaml  # only a release with front matter needs it

    try:
        fields = yaml.safe_load(text[opening.end():closing.start()])
    except yaml.YAMLError as err:
        log.warning("%s: front matter is not YAML (%s), read as text", source,
                    str(err).splitlines()[0])
        return NO_FRONT_MATTER, text
    if not isinstance(fields, dict):
        return NO_FRONT_MATTER, text
    return metadata_of(fields, source), text[closing.end():]


def metadata_of(fields: dict, source: str) -> FrontMatter:
    publisher = next((fields[key] for key in PUBLISHER_KEYS if fields.get(key)), None)
    return FrontMatter(title=clean_name(text_of(fields.get("title"))),
                       publisher=clean_name(text_of(publisher)),
                       published=metadata_date(fields.get("date"), source))


def text_of(value: object) -> str | None:
    return None if value is None or isinstance(value, (dict, list)) else str(value)
