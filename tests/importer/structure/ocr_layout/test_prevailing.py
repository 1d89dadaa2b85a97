"""The value the table's complete cells nearly always write in one place: three times, four in five."""
from __future__ import annotations

from collections import Counter

from cchc.importer.structure.ocr_layout.prevailing import prevailing

NAME, OTHER = "Sở, ban, ngành tỉnh", "Sở, ban, ngành"


def test_value_written_three_times_and_four_in_five_prevails():
    assert prevailing(Counter({NAME: 4, OTHER: 1})) == NAME
    assert prevailing(Counter({NAME: 3})) == NAME


def test_too_few_copies_give_nothing():
    assert prevailing(Counter({NAME: 2})) is None
    assert prevailing(Counter()) is None
    assert prevailing(None) is None


def test_a_share_under_four_in_five_gives_nothing():
    assert prevailing(Counter({NAME: 3, OTHER: 1})) is None


def test_the_items_own_copies_are_left_out_of_the_share():
    assert prevailing(Counter({NAME: 3, OTHER: 1}), own=1) == NAME
    assert prevailing(Counter({NAME: 3, OTHER: 2}), own=1) is None
