"""A capitalised run that finishes the name an agency cell left unfinished goes to that cell."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.assign import assign_line
from cchc.importer.structure.ocr_layout.model import COORDINATING, DEADLINE, LEAD, OUTPUTS, TITLE
from cchc.importer.structure.ocr_layout.vocabulary import repair_words

ORDER = [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE]


def test_rest_of_an_unfinished_name_goes_to_its_cell():
    previous = {TITLE: "Kế hoạch ứng dụng CNTT của", LEAD: "Sở Thông tin và", COORDINATING: "Sở, ban, ngành"}
    assert assign_line(["Truyền thông"], ORDER, previous, "no") == [LEAD]


def test_finished_name_gives_no_pull():
    previous = {TITLE: "Kế hoạch ứng dụng CNTT của", LEAD: "Sở Nội vụ", COORDINATING: "Sở Thông tin và"}
    assert assign_line(["Truyền thông"], ORDER, previous, "no") == [COORDINATING]


def test_collective_with_its_head_garbled_and_glued_list_marks():
    assert repair_words("CNTT cao| Sở Thông tin Và | S ban,ngành | 1. Quyết") == \
        "CNTT cao| Sở Thông tin Và | Sở, ban, ngành | 1. Quyết"


def test_other_collectives_are_not_read_as_so_ban_nganh():
    for text in ("phối hợp với các ban, ngành liên quan", "các Bộ, ban, ngành trung ương"):
        assert repair_words(text) == text
    assert repair_words("ở, ban, ngân . T ha") == "Sở, ban, ngân . T ha"  # the "S" lost


def test_restorer_slip_of_the_collective_head_is_written_right():
    assert repair_words("Số, ban, ngành tỉnh") == "Sở, ban, ngành tỉnh"
    assert repair_words("các SỞ, BAN, NGÀNH") == "các SỞ, BAN, NGÀNH"
