"""Parse: text -> money amount spans with exact `Decimal` values (annotation guide §1-2).

One scan finds every number written in digits or words. Each number is then read with what
stands around it: a currency code or symbol before it, a scale and a currency after it, a
neighbour that lends it scale and currency ("mellan 2 och 3 miljarder", "från 80 till 40
miljoner", "476,2 (407,8) miljarder kronor"). A number with a scale but no currency is money
only when its clause is about money and the next word does not make it a count. Table cells
take the unit their table's caption or header states.

>>> [(a.text, a.value, a.currency) for a in amounts_in_text("Projektet får 5,95 Mkr i år.")]
[('5,95 Mkr', Decimal('5950000'), 'SEK')]
>>> [(a.text, a.value, a.value_max) for a in amounts_in_text("mellan 2 och 3 miljarder kronor")]
[('mellan 2 och 3 miljarder kronor', Decimal('2000000000'), Decimal('3000000000'))]
>>> amounts_in_text("Reformen ger 1,4 miljoner jobb och kömiljarden, ring 08-452 76 64.")
[]
"""
from pipeline.parse.amount import Amount
from pipeline.parse.find import find_amounts
from pipeline.parse.numbers import alternation
from pipeline.parse.text import amounts_in_text

__all__ = ["Amount", "alternation", "amounts_in_text", "find_amounts"]
