"""Text normalisation: the fast accent folding agrees with the Unicode definition on any text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.importer.text import _fold_slowly, fold, fold_words

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"


def test_folds_vietnamese_to_its_ascii_skeleton():
    assert fold("Sở Nội vụ") == "so noi vu"
    assert fold("ĐẮK NÔNG") == "dak nong"
    assert fold_words("Sở TT&TT, UBND cấp huyện") == "so tt tt ubnd cap huyen"


def test_folds_decomposed_marks_like_composed_ones():
    assert fold("Nô\u0323i vu\u0323") == fold("Nội vụ") == "noi vu"


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " ,.-\u0301\u0323ßñçøİ"), max_size=40))
def test_fast_fold_equals_the_unicode_definition_on_vietnamese_text(text):
    assert fold(text) == _fold_slowly(text)


@settings(max_examples=300)
@given(st.text(max_size=30))
def test_fast_fold_equals_the_unicode_definition_on_any_text(text):
    assert fold(text) == _fold_slowly(text)
