"""HTML -> release: the page's main text through trafilatura, with its title, site name and date."""
from __future__ import annotations

from configparser import ConfigParser
from datetime import date
from functools import cache

from lxml.etree import _Element
from lxml.html import HtmlElement

from pipeline.ingest.dates import dateline_date, field_date
from pipeline.ingest.decode import UnreadableFile
from pipeline.ingest.dom import cleaned_tree, with_spaces, without_server_code
from pipeline.ingest.layout import Dated, Part, Release, clean_name, tidy
from pipeline.ingest.plaintext import is_body_line, is_chrome, is_contact_cue


def html_release(page: str, source: str) -> Release:
    """The page's main text (trafilatura, as XML so headings, lists and tables survive) and
    its title, site name and date. The date comes from the page's metadata or its date line,
    never from a year somewhere in the text."""
    import trafilatura  # slow to import; only HTML needs it
    from trafilatura.settings import Document as Extracted
    from trafilatura.utils import load_html

    tree = load_html(without_server_code(page))
    if tree is None:
        raise UnreadableFile(f"{source}: no main text found in HTML")
    extracted = trafilatura.bare_extraction(
        cleaned_tree(tree), with_metadata=True, include_tables=True, include_formatting=False,
        include_comments=False, include_links=False, include_images=False,
        config=extractor_config())
    # A dict only with as_dict=True; None when the page has no main text.
    parts = xml_parts(extracted.body) if isinstance(extracted, Extracted) else []
    if not isinstance(extracted, Extracted) or not any(p.text or p.rows for p in parts):
        raise UnreadableFile(f"{source}: no main text found in HTML")
    parts, stated = without_dateline(without_page_chrome(parts))
    title = clean_name(with_spaces(extracted.title or ""))
    if title and not any(part.kind == "title" for part in parts) and has_headline(tree, title):
        parts = [Part("title", title), *parts]   # the extractor leaves out an h1 it took as title
    publisher = clean_name(extracted.sitename) or clean_name(extracted.author)
    published = field_date(extracted.date) if extracted.date else None
    return Release(parts=tuple(parts), title=title, publisher=publisher,
                   published=published or (Dated(stated, "day") if stated else None))


def has_headline(tree: HtmlElement, title: str) -> bool:
    return any(tidy(with_spaces(h1.text_content())) == title for h1 in tree.iter("h1"))


@cache
def extractor_config() -> ConfigParser:
    """trafilatura's settings for press releases. A short release (a few sentences) is still
    an article: below 250 characters trafilatura would fall back to a crude extraction that
    keeps menus and sidebars and flattens headings and tables into lines. The date comes from
    the page's metadata only; a search through the text takes "2026" in a sentence, or the
    "© 2024" of a footer, for the publication date."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def without_page_chrome(parts: list[Part]) -> list[Part]:
    """What a page's main text still holds of the site: a contact section ("Kontakt" and the
    names and numbers under it, up to the next heading or prose) and one-line parts such as
    "Läs mer om ...", "Dela på Facebook" or a bare phone number."""
    kept: list[Part] = []
    in_contacts = False
    for part in parts:
        first_line = part.text.split("\n", 1)[0]
        if in_contacts and (part.kind in ("heading", "title", "table") or is_body_line(part.text)):
            in_contacts = False
        if part.kind != "title" and part.text and is_contact_cue(first_line):
            in_contacts = True
        one_line_chrome = part.kind in ("paragraph", "list_item") and "\n" not in part.text \
            and is_chrome(part.text)
        if not (in_contacts or one_line_chrome):
            kept.append(part)
    return kept


def xml_parts(body: _Element) -> list[Part]:
    parts: list[Part] = []
    for element in body:
        if element.tag == "head":
            text = element_text(element)
            level = (element.get("rend") or "h2").lstrip("h")
            first = level == "1" and not parts
            parts += [Part("title" if first else "heading", text)] if text else []
        elif element.tag == "list":
            parts += xml_list_items(element)
        elif element.tag == "table":
            rows = tuple(tuple(element_text(c).replace("\n", " ") for c in row.iter("cell"))
                         for row in element.iter("row"))
            rows = tuple(r for r in rows if any(r))
            parts += [Part("table", rows=rows)] if rows else []
        else:
            text = element_text(element)
            parts += [Part("paragraph", text)] if text else []
    return parts


def xml_list_items(element: _Element) -> list[Part]:
    parts: list[Part] = []
    for item in element.findall("item"):
        nested = item.findall("list")
        text = element_text(item, skip=set(nested))
        parts += [Part("list_item", text)] if text else []
        for sub in nested:
            parts += xml_list_items(sub)
    return parts


def element_text(element: _Element, skip: set[_Element] | None = None) -> str:
    """The text of an element with `<lb/>` as a line break, nested `skip` elements left out."""
    pieces = [element.text or ""]
    for child in element:
        if skip and child in skip:
            pieces.append(child.tail or "")
            continue
        pieces.append("\n" if child.tag == "lb" else " " if child.tag in ("p", "item", "cell") else "")
        pieces.append(element_text(child, skip) if child.tag != "lb" else "")
        pieces.append(child.tail or "")
    return tidy(with_spaces("".join(pieces)))


def without_dateline(parts: list[Part]) -> tuple[list[Part], date | None]:
    """A "Publicerad 18 april 2024" paragraph near the top is metadata, not text."""
    for k, part in enumerate(parts[:3]):
        if part.kind == "paragraph":
            stated = dateline_date(part.text)
            if stated:
                return parts[:k] + parts[k + 1:], stated
    return parts, None
