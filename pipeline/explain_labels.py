"""The labels of the show page and of `show`'s lines: values as Swedish writes them, or short
with a scale suffix, and what each amount's row says about it."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

Row = dict[str, Any]

SCALES = ((Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "k"))
NBSP = "\N{NO-BREAK SPACE}"
CURRENCY_SIGNS = {"SEK": "kr"}


def compact_money(value: float) -> str:
    """A value as a short exact number with a scale suffix, for a terminal line.

    >>> compact_money(67900000.0), compact_money(1500000000.0), compact_money(300000.0)
    ('67.9M', '1.5bn', '300k')
    >>> compact_money(126.3), compact_money(-12300000.0), compact_money(1234567.0)
    ('126.3', '-12.3M', '1.234567M')
    """
    exact = Decimal(repr(value))
    for size, suffix in SCALES:
        if abs(exact) >= size:
            return f"{plain(exact / size)}{suffix}"
    return plain(exact)


def plain(number: Decimal) -> str:
    """'67.9' for Decimal('67.900'), '1500' for Decimal('1.5E+3')."""
    return format(number.normalize(), "f")


def swedish_number(value: float) -> str:
    """A value as Swedish writes it: groups of three split by a no-break space, a decimal
    comma, and öre to two places.

    >>> [swedish_number(v).replace(NBSP, " ") for v in (18e9, 126.3, -12300000.0, 0.8, 999.0)]
    ['18 000 000 000', '126,30', '-12 300 000', '0,80', '999']
    """
    exact = Decimal(repr(value))
    text = f"{exact:,.2f}" if exact != exact.to_integral_value() else f"{exact:,.0f}"
    return text.replace(",", NBSP).replace(".", ",")


def money(row: Row) -> str:
    """'18 000 000 000 kr', '10 000 000–15 000 000 kr', '2 500 000 EUR'."""
    value = swedish_number(row["value"])
    if row["value_max"] is not None:
        value += f"–{swedish_number(row['value_max'])}"
    return f"{value}{NBSP}{CURRENCY_SIGNS.get(row['currency'], row['currency'])}"


def years_of(row: Row) -> str | None:
    """'2026', '2015–2017', '2024–…' or None."""
    start, end = row["year_start"], row["year_end"]
    if start is None and end is None:
        return None
    if start == end:
        return str(start)
    return f"{start or '…'}–{end or '…'}"


def facts(row: Row) -> list[str]:
    """What a label says after the value: total, years, period, qualifier, previous."""
    found = ["total" if row["is_total"] else None, years_of(row),
             f"per {row['per']}" if row["per"] else None, row["qualifier"],
             "previous" if row.get("is_previous") else None]
    return [f for f in found if f]


def label_of(row: Row) -> str:
    """The full label: '#3 SEK 67.9M · total · 2015–2017 · per year · approx · Säker vård'."""
    value = f"{row['currency']} {compact_money(row['value'])}"
    if row["value_max"] is not None:
        value += f"–{compact_money(row['value_max'])}"
    restates = f"restates #{row['restates']}" if row.get("restates") else None
    parts = [f"#{row['amount_no']} {value}", *facts(row), restates, row["area"]]
    return " · ".join(p for p in parts if p)


def hover_of(row: Row) -> str:
    """The full label with the value as Swedish writes it and where the area came from."""
    parts = [f"#{row['amount_no']} {money(row)}", *facts(row)]
    if row.get("restates"):
        parts.append(f"restates #{row['restates']}")
    if row["area"]:
        parts.append(f"area: {row['area']} ({row['area_source']})")
    return " · ".join(parts)


def kind_of(row: Row) -> str:
    return "total" if row["is_total"] else "table" if row["in_table"] else "amount"
