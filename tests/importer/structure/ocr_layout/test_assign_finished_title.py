"""Below a task text whose row number was lost ("loose" lines), a product's opening goes to its column
once the task text has ended its sentence."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.assign import assign_line
from cchc.importer.structure.ocr_layout.model import COORDINATING, DEADLINE, LEAD, OUTPUTS, TITLE

ORDER = [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE]
PREVIOUS = {LEAD: "Sở Nội vụ", COORDINATING: "Sở, ban, ngành tỉnh; UBND cấp huyện",
            OUTPUTS: "Báo cáo tình hình triển khai", DEADLINE: "năm thực hiện kế hoạch"}


def test_product_opening_after_a_finished_task_text():
    previous = {**PREVIOUS, TITLE: "xác định đối tượng và tinh giản biên chế từ năm 2016-2021."}
    assert assign_line(["Quyết định của"], ORDER, previous, "loose") == [OUTPUTS]


def test_task_text_going_on_below_an_unfinished_one():
    previous = {**PREVIOUS, TITLE: "xác định đối tượng và tinh giản biên chế"}
    assert assign_line(["từ năm 2016-2021"], ORDER, previous, "loose") == [TITLE]
