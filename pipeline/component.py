"""The spaCy component `money_amounts`: the pipeline's rows as spans of a spaCy `Doc`.

    nlp = spacy.blank("sv")
    nlp.add_pipe("money_amounts")
    doc = nlp("Regeringen avsätter 30 Mkr till läxhjälp.")
    [(s.text, s._.value, s._.area) for s in doc.spans["money"]]

spaCy finds the factory through the `spacy_factories` entry point, and imports this module
whenever it builds any pipeline; so the module imports only spaCy, and the stages (which load
pyarrow and more) only when the component first runs.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, cast

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from pipeline.api import TextFormat
    from pipeline.rows import AmountRow

# The row's columns each span carries as `span._.<name>`; a column the rows do not have yet
# stays None. `value` and `value_max` are exact Decimals, as in the rows.
EXTENSIONS = ("amount_no", "value", "value_max", "currency", "qualifier", "per", "year_start",
              "year_end", "is_total", "area", "area_source", "section", "in_table", "restates",
              "is_previous")


def register_extensions() -> None:
    """`Span._.value` and the rest; one another package registered already is left as it is."""
    for name in EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


@Language.factory(
    "money_amounts",
    default_config={"spans_key": "money", "label": "MONEY", "total_label": "MONEY_TOTAL",
                    "text_format": "md"},
)
def make_money_amounts(nlp: Language, name: str, spans_key: str, label: str, total_label: str,
                       text_format: str) -> MoneyAmounts:
    """The factory spaCy calls for `nlp.add_pipe("money_amounts", config={...})`."""
    return MoneyAmounts(name, spans_key=spans_key, label=label, total_label=total_label,
                        text_format=text_format)


class MoneyAmounts:
    """Sets `doc.spans[spans_key]`: one span per money amount, labelled `label` (or
    `total_label` for a stated total), with the row's attributes as span extensions.

    The doc's text is read as one release (`text_format` "md", "txt" or "html", as ingest
    reads files). Amounts nested in another ("476,2 (407,8) miljarder kronor") give
    overlapping spans, which a span group allows.
    """

    def __init__(self, name: str = "money_amounts", *, spans_key: str = "money",
                 label: str = "MONEY", total_label: str = "MONEY_TOTAL",
                 text_format: str = "md") -> None:
        if text_format not in ("md", "txt", "html"):
            raise ValueError(f"text_format {text_format!r}: expected 'md', 'txt' or 'html'")
        self.name = name
        self.spans_key = spans_key
        self.label = label
        self.total_label = total_label
        self.text_format = cast("TextFormat", text_format)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[AmountRow, int, int]]:
        """Each amount row with its character span in `doc.text`."""
        from pipeline.api import extract_text

        rows = extract_text(doc.text, text_format=self.text_format)
        return list(located(doc.text, rows))

    def set_annotations(self, doc: Doc, found: Sequence[tuple[AmountRow, int, int]]) -> None:
        spans = []
        for row, start, end in found:
            span = doc.char_span(start, end, alignment_mode="expand",
                                 label=self.total_label if row.is_total else self.label)
            if span is None:
                continue
            for name in EXTENSIONS:
                span._.set(name, getattr(row, name, None))
            spans.append(span)
        doc.spans[self.spans_key] = spans


def located(text: str, rows: Sequence[AmountRow]) -> Iterator[tuple[AmountRow, int, int]]:
    """Each row with where its text is in `text`, the text before ingest cleaned it.

    Cleaning never changes an amount's own characters but may drop markup or lines before it
    and join its words with other whitespace; so each amount is looked for from where the one
    before it starts, with any whitespace between its words. A row whose text is not found
    (only a changed Unicode normal form does that) is left out.
    """
    previous_clean, previous_found = -1, 0
    for row in sorted(rows, key=lambda r: (r.start, -r.end)):
        offset = previous_found + (row.start > previous_clean)
        if text[row.start:row.end] == row.text and row.start >= offset:
            found: tuple[int, int] | None = (row.start, row.end)
        else:
            found = searched(text, row.text, offset)
        if found is None:
            continue
        previous_clean, previous_found = row.start, found[0]
        yield row, found[0], found[1]


def searched(text: str, written: str, offset: int) -> tuple[int, int] | None:
    pattern = r"\s+".join(regex.escape(word) for word in written.split())
    match = regex.compile(pattern).search(text, offset)
    return match.span() if match else None
