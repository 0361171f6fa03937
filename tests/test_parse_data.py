"""The parser's Swedish word lists checked as data: no duplicates, lower case where matched
without case, disjoint where one word must not mean two things."""
from __future__ import annotations

import re

import pytest

from pipeline.lang.sv import currencies, joins, money_words, numbers, scales, tables

WORD_TUPLES = [
    money_words.MONEY_CUE_STEMS, money_words.MONEY_CUE_TAILS, money_words.AMOUNT_FOLLOWER_STEMS,
    money_words.PASSIVE_ENDINGS, money_words.PURPOSE_WORDS, money_words.PURPOSE_INTENSIFIERS,
    joins.RANGE_DASHES, joins.COORDINATORS, joins.NON_MONEY_WORDS_BEFORE, joins.COMPARISON_PHRASES,
    joins.COMPARISON_WORD_ENDINGS, tables.TABLE_UNIT_INTRODUCERS, tables.NON_MONEY_COLUMN_WORDS,
    tables.PERCENT_WORDS, tables.PERCENT_ROW_WORDS, tables.PER_SHARE_WORDS,
    tables.RETURN_PERIOD_WORDS, tables.MONEY_HEADER_STEMS, numbers.FRACTION_ARTICLES,
    numbers.MINUS_WORDS,
]


@pytest.mark.parametrize("words", WORD_TUPLES, ids=lambda w: w[0])
def test_no_word_list_repeats_a_word_and_all_are_lower_case(words):
    assert len(set(words)) == len(words)
    assert all(w == w.lower() for w in words)


def test_unit_words_name_one_thing_each():
    """A word is a currency, a scale or both at once (a scaled currency), never two of these."""
    kinds = [set(currencies.CURRENCY_WORDS), set(scales.SCALE_WORDS), set(scales.SCALED_CURRENCIES),
             set(currencies.SUBUNITS)]
    for i, a in enumerate(kinds):
        for b in kinds[i + 1:]:
            assert not a & b
    assert not set(numbers.NUMBER_WORDS) & set(scales.SCALE_WORDS)


def test_currencies_map_to_iso_codes():
    codes = [*currencies.CURRENCY_WORDS.values(), *currencies.CURRENCY_SYMBOLS.values(),
             *currencies.PREFIX_CODES.values(), *(c for _, c in currencies.SCALED_PREFIX_CODES.values()),
             *(c for _, c in scales.SCALED_CURRENCIES.values()), *(c for _, c in currencies.SUBUNITS.values())]
    assert all(re.fullmatch("[A-Z]{3}", code) for code in codes)
    assert currencies.DEFAULT_CURRENCY in codes


def test_subunits_belong_to_their_currencies():
    for currency, subunits in currencies.SUBUNITS_OF.items():
        assert re.fullmatch("[A-Z]{3}", currency)
        assert set(subunits) <= set(currencies.SUBUNITS)


def test_every_compound_tail_is_a_stem_too():
    """A tail counts anywhere in a word, a stem at its start: each tail must start a stem, so
    a word that starts with a tail is a money word either way."""
    stems = money_words.MONEY_CUE_STEMS
    assert all(any(tail.startswith(stem) for stem in stems) for tail in money_words.MONEY_CUE_TAILS)


def test_words_that_leave_a_number_an_amount_are_not_counted_things():
    counted = {"jobb", "människor", "invånare", "aktier", "liter", "personer", "sparare", "doser"}
    assert not counted & money_words.AMOUNT_FOLLOWERS
    assert not any(word.startswith(money_words.AMOUNT_FOLLOWER_STEMS) for word in counted)
