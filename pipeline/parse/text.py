"""Text -> amounts: numbers, read with their units, joined to their neighbours, kept when money."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pipeline.lang.sv.currencies import DEFAULT_CURRENCY
from pipeline.parse.amount import Amount, is_plausible, normalised
from pipeline.parse.joins import joined_readings
from pipeline.parse.money import money_readings
from pipeline.parse.numbers import numbers_in
from pipeline.parse.patterns import lower_view
from pipeline.parse.units import Reading, read_number


def amounts_in_text(text: str, lo: int = 0, hi: int | None = None,
                    default_currency: str = DEFAULT_CURRENCY, lowered: str | None = None
                    ) -> list[Amount]:
    """Every money amount in text[lo:hi], in order, none above `MAX_VALUE`. `lowered` is
    `lower_view(text)`, passed in when many blocks of one text are read."""
    return [a for a in read_amounts(text, lo, hi, default_currency, lowered) if is_plausible(a)]


def read_amounts(text: str, lo: int = 0, hi: int | None = None,
                 default_currency: str = DEFAULT_CURRENCY, lowered: str | None = None,
                 restated: frozenset[Decimal] = frozenset()) -> list[Amount]:
    """`amounts_in_text` with the amounts too large to be money, for a caller that reports them.
    A figure with a scale whose value is in `restated` (amounts the release states with their
    currency) is money wherever it stands."""
    hi = len(text) if hi is None else hi
    readings = block_readings(text, lo, hi, lowered)
    return amounts_of_readings(text, readings, lo, hi, default_currency, restated)


def block_readings(text: str, lo: int, hi: int, lowered: str | None = None) -> list[Reading]:
    """The numbers of text[lo:hi] read with their units and joined to their neighbours: what
    the amounts are made of, whatever the release restates, so a block read twice (once to
    learn the release's amounts, once with them) is scanned once."""
    lowered = lowered if lowered is not None else lower_view(text)
    numbers = numbers_in(text, lo, hi, lowered)
    if not numbers:
        return []
    return joined_readings(text, [read_number(text, n, lo, hi) for n in numbers], lo, hi)


def amounts_of_readings(text: str, readings: list[Reading], lo: int, hi: int,
                        default_currency: str = DEFAULT_CURRENCY,
                        restated: frozenset[Decimal] = frozenset(), about_money: bool = False
                        ) -> list[Amount]:
    """The money amounts among a block's `readings` (`block_readings`), as `read_amounts`;
    `about_money`: a figure with a scale is money unless the next word makes it a count."""
    if not readings:
        return []
    money = money_readings(text, readings, lo, hi, restated, about_money)
    upper_ends = {r.joined_to for i, r in enumerate(readings) if r.is_range and i in money}
    amounts: list[Amount] = []
    for i, reading in enumerate(readings):
        if i not in money or i in upper_ends:    # a range's upper end is part of its amount
            continue
        if amounts and reading.start < amounts[-1].end and readings[i].unit_end is None:
            continue    # "23" in "2 kronor och 23 öre", "tusen" in "300 tusen kronor"
        amount = amount_of(text, reading, readings, money[i] or default_currency)
        amounts.append(replace(amount, implied=True) if money[i] is None else amount)
    return amounts


def amount_of(text: str, reading: Reading, readings: list[Reading], currency: str) -> Amount:
    value = reading.value()
    value_max = None
    if reading.is_range and reading.joined_to is not None:
        value_max = readings[reading.joined_to].value()
    return Amount(reading.start, reading.end, text[reading.start:reading.end],
                  normalised(value), normalised(value_max) if value_max is not None else None,
                  currency)
