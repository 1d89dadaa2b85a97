"""Department names whose head word "Sở" OCR garbled are read back before the table is rebuilt."""
from __future__ import annotations

import pytest

from cchc.importer.structure.ocr_layout.departments import repair_department_heads


@pytest.mark.parametrize("line, expected", [
    ("ea Nội vụ tỉnh; UBND cấp", "Sở Nội vụ tỉnh; UBND cấp"),  # "g4 Ngi vy" after restoration
    ("công| $4 Tư pháp | Báo cáo", "công| Sở Tư pháp | Báo cáo"),  # digits and symbols for the letters
    ("định chi tiết: o Tư pháp nhân dân", "định chi tiết: Sở Tư pháp nhân dân"),  # the "S" lost
    ("các nội|  Sỹ Nội và | tỉnh;UBND", "các nội|  Sở Nội vụ | tỉnh;UBND"),  # the second word slipped too
    ("Số Thông tin và", "Sở Thông tin và"),
    ("(thông qua S6 Nội vụ) về kết quả", "(thông qua Sở Nội vụ) về kết quả"),  # punctuation kept
    ("hành chính |, Sở 1hong tin và | Sở, ban", "hành chính |, Sở Thông tin và | Sở, ban"),  # "T" read as "1"
    ("đổi thành “S& Nông nghiệp và", "đổi thành “Sở Nông nghiệp và"),  # the quote kept
])
def test_garbled_head_before_a_department_name_is_read_as_so(line, expected):
    assert repair_department_heads(line) == expected


@pytest.mark.parametrize("line", [
    "Thông báo của Bộ Tư pháp về danh mục",  # another agency's head
    "cải cách về Tài chính công",  # an ordinary word before the same words
    "Các sở: Tư pháp; Tài chính",  # a plural list, not a name
    "ea nội vụ",  # a name is capitalised
    "ea Nội dung thực hiện",  # not a department's words
    "Sở Nội vụ tỉnh",  # nothing to repair
    "ea 1ội dung",  # a digit for a capital only reads as a department's first word
    # clean prose around the same words (from 2025 official documents)
    "b) Xây dựng kế hoạch", "- Xây dựng, hoàn thiện", "Điều 3 Thông tư này",  # list marks
    "cơ sở Văn hóa cấp xã",  # a facility
    "QLXLVPHC (Bộ Tư pháp);",
    "thực hiện tốt Kế hoạch này", "thị trấn Cù Lao Dung",  # ordinary words, a place name
    "HỒ SƠ KHOA HỌC", "Đại Hàn Dân Quốc", "sửa đổi bởi Thông tư số 03",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Công thương chủ trì",  # written right already
])
def test_other_words_are_left_alone(line):
    assert repair_department_heads(line) == line
