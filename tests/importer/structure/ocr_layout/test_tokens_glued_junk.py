"""At a line's end, a known word whose list mark OCR glued to a stray mark ("như;p,") keeps the word."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.tokens import segments


def test_last_word_glued_to_a_stray_mark_is_kept():
    assert segments("inh như doanh như;p,") == ["inh như doanh như;"]


def test_glued_debris_inside_a_line_stays_junk():
    assert segments("lại}nh ch;l_ cấp huyện thực hiện") == ["cấp huyện thực hiện"]
    assert not any("Quý" in run for run in segments("hoạt Số, ban, ngành | - Quý;l định của"))


def test_debris_that_is_no_known_word_stays_junk_at_the_end():
    assert segments("cấp huyện thực hiện ch;l_") == ["cấp huyện thực hiện"]


def test_words_glued_by_list_marks_are_still_split():
    assert segments("Sở Tư pháp tỉnh;UBND cấp huyện") == ["Sở Tư pháp tỉnh; UBND cấp huyện"]
