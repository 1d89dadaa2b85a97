"""The repair search: which syllables an OCR'd token can be read as, and at what cost."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.restoration.candidates import (COST_DELETE, COST_FIRST_CHOICE_BONUS, COST_JUNK, COST_LETTER, MAX_COST,
                                         CandidateIndex)

INDEX = CandidateIndex(["sở", "số", "so", "nội", "vụ", "chức", "cấp", "đơn", "ban", "bản"])


def test_a_clean_syllable_reads_as_itself_for_free():
    assert INDEX.repairs("ban")["ban"] == 0.0


def test_junk_and_letter_repairs_reach_the_syllable_at_their_cost():
    assert INDEX.repairs("s&")["so"] == COST_JUNK           # "S&" = "Sở"
    assert INDEX.repairs("n6i")["noi"] == COST_JUNK         # "N6i" = "Nội"
    # "e" read for "a" is the first replacement listed for "e": the cheaper one
    assert INDEX.repairs("ben")["ban"] == COST_LETTER - COST_FIRST_CHOICE_BONUS


def test_a_dropped_letter_is_found_and_paid_for():
    assert INDEX.repairs("bann")["ban"] == COST_DELETE


def test_only_known_syllables_come_out():
    assert set(INDEX.repairs("qzx")) <= set(INDEX.by_fold)


def test_a_smaller_budget_keeps_only_cheaper_readings():
    wide, narrow = INDEX.repairs("ben"), INDEX.repairs("ben", 1.0)
    assert "ban" in wide and "ban" not in narrow


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeghilmnorstuvy&6éó", min_size=1, max_size=7))
def test_every_reading_is_a_syllable_within_the_budget(token):
    for folded, cost in INDEX.repairs(token).items():
        assert folded in INDEX.by_fold
        assert 0.0 <= cost <= MAX_COST
