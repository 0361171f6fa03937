"""Earlier figures by currency and value: the same value, a rounder figure of the same money
("nästan 6 miljarder" for "5 886 500 000") or a more exact one ("1 610 miljoner" after "1,6
miljarder"), found by lookups and one bisection, not by comparing every pair of amounts.

A figure stands for money within half the unit of its last written digit, as totals are
checked against their items (`pipeline.label.breakdowns.rounding`), and never further than a tenth
of its value.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Sequence
from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache
from typing import Protocol

import regex

from pipeline.label.breakdowns import rounding
from pipeline.parse import Amount

ROUNDED_REACH = Decimal("0.1")    # a rounded figure is never further than this share off
MAX_CANDIDATES = 8     # earlier figures looked at per value: a release may repeat one often
MAX_SCAN = 32          # neighbouring values looked at for the more exact figures of a rounder one
POWERS = 15            # powers of ten a rounder figure may be cut at
INTEGER_LIMIT = 10 ** 27     # whole values below it are cut exactly in decimal arithmetic's 28 digits
BOUND_SLIP = Decimal("0.025")    # how far past its bound a rounded "över"/"knappt" may still lie
ABOVE = frozenset({"over", "at_least"})     # qualifiers that put the money above the figure
BELOW = frozenset({"under", "at_most"})     # and below it
WRITTEN_NUMBER = regex.compile(r"\d+(?:[ \u00a0\u202f\u2009.]\d{3})*(?:,\d+)?")
SEPARATORS = str.maketrans("", "", " \u00a0\u202f\u2009.,")


class Written(Protocol):
    """A figure as written: its amount and the qualifier that may say it is rough."""

    @property
    def amount(self) -> Amount: ...

    @property
    def qualifier(self) -> str | None: ...


def precision(figure: Written) -> Decimal:
    """Half the unit of the figure's last written digit: "1,6 miljarder" 50 000 000,
    "1 610 miljoner" 500 000, "1 560 000 000 kronor" 0.5. Zeros written at the end count
    ("200 miljoner" is not "cirka 200 miljoner"), unless a qualifier says the figure is rough.

    >>> from types import SimpleNamespace as Figure
    >>> from pipeline.parse import amounts_in_text
    >>> [precision(Figure(amount=a, qualifier=None))
    ...  for a in amounts_in_text("1,6 miljarder, 1 610 miljoner och 23,0 miljarder kronor")]
    [Decimal('5E+7'), Decimal('5E+5'), Decimal('5E+7')]
    """
    if figure.qualifier is not None:
        return rounding(figure.amount.value)
    return written_precision(figure.amount.text, figure.amount.value)


# Each figure's precision is asked once per figure it is compared with: read once per writing.
@lru_cache(maxsize=1024)
def written_precision(text: str, value: Decimal) -> Decimal:
    unit = rounding(value)
    numbers = WRITTEN_NUMBER.findall(text)
    if not numbers:
        return unit
    # A written number is digits and the separators WRITTEN_NUMBER allows between them.
    digits = numbers[-1].translate(SEPARATORS)
    return unit.scaleb(-(len(digits) - len(digits.rstrip("0"))))


def reach_of(figure: Written) -> Decimal:
    """How far from its value the money a figure stands for may lie (none for a range)."""
    return reach_at(figure, precision(figure)) if figure.amount.value_max is None else Decimal(0)


def reach_at(figure: Written, figure_precision: Decimal) -> Decimal:
    """`reach_of` a figure that is no range, of the given precision."""
    return min(figure_precision, abs(figure.amount.value) * ROUNDED_REACH)


def rounds_to(rounder: Written, value: Decimal) -> bool:
    """`value` lies within the rounding of the rounder figure, or below its next step: "1,5
    miljarder" is written for 1 560 000 000 as often as for 1 540 000 000. A bound keeps its
    side, but for a slip of rounding: "över 1.000 miljarder" is no rounding of 928 miljarder
    (fonderdirekt:2020-10-22-alecta-förvaltat-kapital-nu-över-1-000-miljarder-kronor), "drygt
    300 miljoner" none of "Drygt 270 miljoner" (g0vse:pressmeddelanden/2024/07/socialtjanstministern-bjuder-in-till-mote-om-platsbristen-pa-sis),
    while "över 340 miljoner kronor" still sums up 337 miljoner
    (fonderdirekt:2020-01-28-fonder-rata-dolda-indexfonder-spara-340-miljoner-frida-bratt)."""
    return within_reach(rounder, reach_of(rounder), value)


def within_reach(rounder: Written, reach: Decimal, value: Decimal) -> bool:
    """`rounds_to`, with the rounder figure's reach already worked out."""
    gap = value - rounder.amount.value
    if not -reach <= gap <= min(2 * reach, abs(rounder.amount.value) * ROUNDED_REACH):
        return False
    slip = abs(rounder.amount.value) * BOUND_SLIP
    return not ((rounder.qualifier in ABOVE and gap < -slip) or (rounder.qualifier in BELOW and gap > slip))


def rounder_figures(value: Decimal) -> list[Decimal]:
    """The values a rounder figure of `value` may have: `value` cut to each power of ten, down
    and up.

    >>> [str(v) for v in rounder_figures(Decimal("5886500000"))][-4:]
    ['5800000000', '5900000000', '5000000000', '6000000000']
    """
    return list(rounder_values(str(value)))


# A release's figures repeat their values (a sum, its restatement). Keyed by the value as
# written, since 5.0 and 5 are equal keys but not the same Decimal.
@lru_cache(maxsize=1024)
def rounder_values(written: str) -> tuple[Decimal, ...]:
    value = Decimal(written)
    if value == value.to_integral_value() and abs(value) < INTEGER_LIMIT:
        return integer_rounder_values(int(value))
    found: list[Decimal] = []
    for power in range(POWERS):
        unit = Decimal(10) ** power
        if unit > abs(value):
            break
        down = (value / unit).to_integral_value(rounding=ROUND_FLOOR) * unit
        found.extend(c for c in (down, down + unit) if c != value and c not in found)
    return tuple(found)


def integer_rounder_values(value: int) -> tuple[Decimal, ...]:
    """`rounder_values` of a whole value, in integers: the same values in the same order, as
    cutting a whole number below the precision of decimal arithmetic is exact either way,
    at a tenth of the cost (most figures are whole, and most values are met once)."""
    found: list[int] = []
    unit = 1
    for _ in range(POWERS):
        if unit > abs(value):
            break
        down = value // unit * unit     # floor division: ROUND_FLOOR below zero too
        for c in (down, down + unit):
            if c != value and c not in found:
                found.append(c)
        unit *= 10
    return tuple(map(Decimal, found))


class ValueIndex:
    """The figures added so far, by currency and value. All figures are sorted once; a lookup
    reads a bounded stretch of them, so a release's work grows with its number of amounts."""

    def __init__(self, figures: Sequence[Written]) -> None:
        self.figures = figures
        # By currency, then value: a figure's rounder values are looked up in its currency's
        # table only, and most of them are in none.
        self.exact: dict[str, dict[Decimal, deque[int]]] = {}
        self.ordered: dict[str, list[tuple[Decimal, int]]] = {}
        for i, figure in enumerate(figures):
            self.ordered.setdefault(figure.amount.currency, []).append((figure.amount.value, i))
        for values in self.ordered.values():
            values.sort()
        self.added: set[int] = set()
        # Each figure is compared with many others: its precision and reach are worked out
        # once, when first asked for.
        self.precisions: dict[int, Decimal] = {}
        self.reaches: dict[int, Decimal] = {}

    def add(self, i: int) -> None:
        amount = self.figures[i].amount
        by_value = self.exact.setdefault(amount.currency, {})
        by_value.setdefault(amount.value, deque(maxlen=MAX_CANDIDATES)).append(i)
        self.added.add(i)

    def candidates(self, figure: Written) -> list[int]:
        """Figures of the same value, rounder figures it falls within, and (for a rounder
        figure itself) more exact ones within its reach."""
        value, currency = figure.amount.value, figure.amount.currency
        by_value = self.exact.get(currency, {})
        found = list(by_value.get(value, ()))
        if by_value:
            for rounder in rounder_values(str(value)):
                if rounder in by_value:
                    found.extend(j for j in by_value[rounder]
                                 if within_reach(self.figures[j], self.reach(j), value))
        own = precision(figure) if figure.amount.value_max is None else Decimal(0)
        reach = reach_at(figure, own) if own else Decimal(0)
        if reach:
            values = self.ordered.get(currency, [])
            lo = bisect_left(values, (value - reach, -1))
            for v, j in values[lo: lo + MAX_SCAN]:
                if j in self.added and v != value and within_reach(figure, reach, v) and self.precision(j) < own:
                    found.append(j)
        return found

    def precision(self, j: int) -> Decimal:
        """`precision` of figure j."""
        if j not in self.precisions:
            self.precisions[j] = precision(self.figures[j])
        return self.precisions[j]

    def reach(self, j: int) -> Decimal:
        """`reach_of` figure j."""
        if j not in self.reaches:
            figure = self.figures[j]
            self.reaches[j] = reach_at(figure, self.precision(j)) if figure.amount.value_max is None \
                else Decimal(0)
        return self.reaches[j]
