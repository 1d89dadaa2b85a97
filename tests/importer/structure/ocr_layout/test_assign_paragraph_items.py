"""Cells printed as paragraphs: a numbered item goes on the cell whose list it continues, and a word
OCR garbled into digits ("40 báo cáo CCHC") is no list number."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.assign import assign_block
from cchc.importer.structure.ocr_layout.model import COORDINATING, DEADLINE, LEAD, OUTPUTS, TITLE
from cchc.importer.structure.ocr_layout.vocabulary import column_scores, repeats_item, starts_lower

ORDER = [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE]
PREVIOUS = {TITLE: "Xác định cơ cấu công chức theo vị trí việc làm", LEAD: "Sở Nội vụ",
            COORDINATING: "Sở, ban, ngành tỉnh; UBND cấp huyện",
            OUTPUTS: "1. Các cơ quan hành chính có cơ cấu công chức được phê duyệt; 2. Các đơn vị sự nghiệp có",
            DEADLINE: "1. Thực hiện thường xuyên hằng năm;"}


def test_second_item_goes_on_the_list_that_stopped_at_the_first():
    assert assign_block("2. Báo cáo kết quả theo chế", ORDER, PREVIOUS, DEADLINE) == DEADLINE
    assert repeats_item(PREVIOUS[OUTPUTS], "2. Báo cáo")
    assert not repeats_item(PREVIOUS[DEADLINE], "2. Báo cáo")


def test_garbled_first_word_goes_on_the_open_cell():
    previous = {**PREVIOUS, DEADLINE: "1. Thực hiện thường xuyên hằng năm; 2. Báo cáo kết quả theo chế"}
    assert assign_block("40 báo cáo CCHC định", ORDER, previous, DEADLINE) == DEADLINE


def test_number_before_a_lower_case_word_is_no_list_number():
    assert starts_lower("40 báo cáo CCHC định kỳ.")
    assert not starts_lower("1 Báo cáo kết quả")
    assert column_scores("40 báo cáo CCHC")[OUTPUTS] < column_scores("1 Báo cáo kết quả")[OUTPUTS]
