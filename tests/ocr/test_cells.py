"""Repairs of short table cells that the Vietnamese model misreads."""
import pytest

from cchc.ocr.cells import repair_numbering


@pytest.mark.parametrize("ocr, fixed", [("VỊ", "VI"), ("Ì", "I"), ("IỊ.", "II."), ("VÌI", "VII"), ("vil", "VII"), ("Xl", "XI"), ("H", "II"), ("HI", "III")])
def test_roman_numerals_lose_stray_vietnamese_marks(ocr, fixed):
    assert repair_numbering(ocr) == fixed


@pytest.mark.parametrize("text", ["Vì", "ĐI", "Tổng", "1.1", "VII", "Sở Nội vụ", "", "lít", "10", "HĐND"])
def test_other_cells_are_left_alone(text):
    assert repair_numbering(text) == text
