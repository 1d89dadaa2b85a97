"""What of Tesseract's output counts as words."""
import pytest

from cchc.ocr.engine import Word, _is_speck

DPI = 200


@pytest.mark.parametrize("text, conf, height, speck", [
    ("~", 20.0, 20, True),    # an unsure mark without letters: dust
    ("~", 90.0, 20, False),
    ("oe", 4.0, 250, True),   # a shadow over an empty cell read as letters, an inch tall
    ("KẾ HOẠCH", 90.0, 250, False),   # big print read with confidence
    ("oe", 30.0, 22, False),  # a short unsure word is still text (the restorer may mend it)
])
def test_specks_and_blots(text, conf, height, speck):
    assert _is_speck(Word(text, conf, 0, 0, 40, height), DPI) is speck


def test_without_a_resolution_only_marks_without_letters_are_specks():
    assert not _is_speck(Word("oe", 4.0, 0, 0, 40, 250), None)
