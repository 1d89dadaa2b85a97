"""The importer's restoration step: damaged documents only, section numerals mended before the words."""
from __future__ import annotations

import pytest

from cchc.importer.document import Document, Line
from cchc.importer.restore import mend_roman_numeral, restore_document


@pytest.mark.parametrize("line, mended", [
    ("Ill. CÁC GIẢI PHÁP VÀ KINH PHÍ", "III. CÁC GIẢI PHÁP VÀ KINH PHÍ"),
    ("Il. NOI DUNG", "II. NOI DUNG"),
    ("I1. MUC TIEU", "II. MUC TIEU"),
    ("Vl. KINH PHI", "VI. KINH PHI"),
    ("Il", "II"),                  # an area row's numeral alone on its line
    ("lV.", "IV."),
])
def test_a_misread_section_numeral_is_mended(line, mended):
    assert mend_roman_numeral(line) == mended


@pytest.mark.parametrize("line", [
    "IV. TỔ CHỨC THỰC HIỆN",      # already right
    "1. Cải cách thể chế",        # an Arabic number
    "11. Công tác kiểm tra",
    "Ill. thường xuyên",          # no heading after it
    "lV1. ABC",                   # no numeral however read
    "Il abc",
])
def test_other_lines_are_left_alone(line):
    assert mend_roman_numeral(line) == line


def test_an_ocr_d_plan_keeps_its_section_numeral():
    lines = ["Ill. CAC GIAI PHAP VA KINH PHI THUC HIEN.", "1. Giai phap thuc hién.",
             "a) Tang cudng cong tac chi dao trién khai cai cach hanh chinh;"] * 3
    doc = restore_document(Document([Line(t, n) for n, t in enumerate(lines, 1)], "ocr.txt"))
    assert doc.damaged
    assert doc.blocks[0].text.startswith("III. CÁC GIẢI PHÁP")


ENGLISH = ["PLAN", "Public administration reform of the province in 2024", "No\tTask\tLead agency\tDeadline",
           "1\tReview legal documents\tDepartment of Justice\tSecond quarter of 2024",
           "2\tUpgrade the public service portal\tDepartment of Information\tFourth quarter of 2024"]


def test_a_document_that_is_not_vietnamese_is_left_as_it_is_and_said_so():
    doc = restore_document(Document([Line(t, n) for n, t in enumerate(ENGLISH, 1)], "invoice.txt"))
    assert [line.text for line in doc.lines()] == ENGLISH
    assert [str(n) for n in doc.notices] == [
        "Văn bản có vẻ không phải tiếng Việt (phần lớn các từ không phải âm tiết tiếng Việt) nên không khôi phục "
        "dấu; hãy kiểm tra lại tệp đã chọn."]


def test_vietnamese_without_marks_is_still_restored_and_said_so():
    lines = ["Ke hoach cai cach hanh chinh nam 2024", "So Noi vu chu tri, phoi hop voi cac co quan lien quan",
             "Ra soat van ban quy pham phap luat cua tinh"]
    doc = restore_document(Document([Line(t, n) for n, t in enumerate(lines, 1)], "khong-dau.txt"))
    assert doc.lines()[0].text == "Kế hoạch cải cách hành chính năm 2024"
    assert ["khôi phục dấu tiếng Việt tự động" in str(n) for n in doc.notices] == [True]
