"""The structural pass over an HTML page before its main text is taken: what a reader never
sees goes, by the page's structure rather than by its words.

- Server-side code left in a saved page (`<?php … ?>`, `<% … %>`, `{% … %}`, `{{ … }}`).
- Scripts, styles, forms, navigation, footers, cookie and consent banners, and the page's
  header unless it holds the release's headline (then only its menus go).
- A table used for layout (holding another table, or headings) becomes plain blocks, so its
  menu column and article column are not read as one table row.
- A table's caption becomes the paragraph just before it, where the table's context is read.
- No-break, thin and narrow no-break spaces (`150&nbsp;000`) stand in for themselves as
  private-use characters while the extractor runs, which turns every space into " ";
  `with_spaces` puts them back.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

SERVER_CODE = re.compile(r"<\?.*?\?>|<%.*?%>|\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)
UNSEEN_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
               "form", "button", "select", "nav", "footer")
LINKED_DATA = "application/ld+json"
UNSEEN_ROLES = ("navigation", "search", "contentinfo")
# Marks in a class or id of the banner a site lays over its page until cookies are accepted.
BANNER_MARKS = re.compile(r"cookie|consent|gdpr", re.I)
HEADLINES = ("h1", "h2")
LAYOUT_MARKS = ("table", "h1", "h2", "h3", "h4", "h5", "h6", "article", "main", "nav")
TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


# Spaces that sit inside numbers and amounts, each with a private-use stand-in.
KEPT_SPACES = {"\u00a0": "\ue0a0", "\u2009": "\ue209", "\u202f": "\ue22f"}
TO_STAND_INS = str.maketrans(KEPT_SPACES)
FROM_STAND_INS = str.maketrans({v: k for k, v in KEPT_SPACES.items()})


def with_spaces(text: str) -> str:
    return text.translate(FROM_STAND_INS)


def without_server_code(page: str) -> str:
    return SERVER_CODE.sub("", page)


def cleaned_tree(tree: HtmlElement) -> HtmlElement:
    """`tree` with what a reader of the page never sees taken out (changed in place)."""
    for node in tree.xpath("//comment() | //processing-instruction()"):
        drop(node)
    for node in tree.xpath(" | ".join(f"//{tag}" for tag in UNSEEN_TAGS)):
        if node.get("type") != LINKED_DATA:    # the page's metadata, read by the extractor
            drop(node)
    for node in tree.xpath("//*[@role]"):
        if node.get("role") in UNSEEN_ROLES:
            drop(node)
    for node in tree.xpath("//*[@class or @id]"):
        if is_banner(node):
            drop(node)
    for node in tree.xpath("//header | //*[@role='banner']"):
        drop_page_header(node)
    for table in reversed(tree.xpath("//table")):   # innermost first
        if is_layout_table(table):
            unwrap_table(table)
        else:
            caption_before(table)
    for node in tree.iter():
        if node.text:
            node.text = node.text.translate(TO_STAND_INS)
        if node.tail:
            node.tail = node.tail.translate(TO_STAND_INS)
    return tree


def drop(node: etree._Element) -> None:
    """Remove `node` but keep the text that follows it."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    previous = node.getprevious()
    parent.remove(node)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def is_banner(node: etree._Element) -> bool:
    marks = f"{node.get('class', '')} {node.get('id', '')}"
    return bool(BANNER_MARKS.search(marks)) and not node.xpath(".//h1 | .//article | .//main")


def drop_page_header(node: etree._Element) -> None:
    """A header that holds the headline keeps it (and its date line); others are site chrome."""
    if node.getparent() is None:
        return
    if not any(node.iter(*HEADLINES)):
        drop(node)
        return
    for menu in node.xpath(".//ul | .//ol"):
        if all(item.find(".//a") is not None for item in menu.findall("li")):
            drop(menu)


def is_layout_table(table: etree._Element) -> bool:
    return any(node is not table for node in table.iter(*LAYOUT_MARKS))


def unwrap_table(table: etree._Element) -> None:
    """A layout table's rows and cells as plain blocks; a data table in one of its cells
    stays a table."""
    own = [node for node in table.iter(*TABLE_PARTS)
           if node.tag != "table" and next(node.iterancestors("table"), None) is table]
    for node in own:
        node.tag = "div"
    for caption in table.findall("caption"):
        caption.tag = "p"
    table.tag = "div"


def caption_before(table: etree._Element) -> None:
    caption = table.find("caption")
    if caption is None or table.getparent() is None:
        return
    tail = caption.tail
    table.remove(caption)
    if tail and tail.strip():
        table.text = (table.text or "") + tail
    caption.tag, caption.tail = "p", None
    table.addprevious(caption)
