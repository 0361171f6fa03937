"""Parse: text -> money amount spans with exact `Decimal` values (annotation guide §1-2).

One scan finds every number written in digits or words (`numbers`). Each number is then read
with what stands around it (`units`): a currency code or symbol before it, a scale and a
currency after it. Neighbours share a unit (`joins`): "1 miljard 35 miljoner kronor" is one
amount, "mellan 2 och 3 miljarder" a range, "från 80 till 40 miljoner" and "476,2 (407,8)
miljarder kronor" two amounts, and a bare figure after an amount in parentheses or after a
comparison cue ("4 008 miljoner kronor (4 086)", "väntat 736") takes its unit. A number with a
scale but no currency is money only when its clause is about money and the next word does not
make it a count (`money`); a share price with the öre colon and no unit word ("till 268:50")
is kronor after a word of share prices (`prices`). Table cells take the unit of their row,
column or table (`table_units`, `tables`); list items under a money lead-in and tables that
state no unit take the one the release implies (`implied_units`). No amount is above 10^15
(`amount`). Only a block with a unit word or a share-price word, and only a release with one
or with a table, is read further (`windows`).

>>> [(a.text, a.value, a.currency) for a in amounts_in_text("Projektet får 5,95 Mkr i år.")]
[('5,95 Mkr', Decimal('5950000'), 'SEK')]
>>> [(a.text, a.value, a.value_max) for a in amounts_in_text("mellan 2 och 3 miljarder kronor")]
[('mellan 2 och 3 miljarder kronor', Decimal('2000000000'), Decimal('3000000000'))]
>>> amounts_in_text("Reformen ger 1,4 miljoner jobb och kömiljarden, ring 08-452 76 64.")
[]
"""
from pipeline.parse.amount import Amount
from pipeline.parse.find import find_amounts
from pipeline.parse.patterns import alternation
from pipeline.parse.text import amounts_in_text

__all__ = ["Amount", "alternation", "amounts_in_text", "find_amounts"]
