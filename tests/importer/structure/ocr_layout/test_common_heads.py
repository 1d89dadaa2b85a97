"""A line opening with the common word "số" (number) is not read as an agency name "Sở ..."."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.assign import assign_block
from cchc.importer.structure.ocr_layout.model import COORDINATING, DEADLINE, LEAD, OUTPUTS, TITLE
from cchc.importer.structure.ocr_layout.vocabulary import column_scores

ORDER = [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE]


def test_number_word_reads_as_task_text():
    scores = column_scores("số TTHC làm quá hạn giải quyết")
    assert scores[TITLE] > scores[LEAD]
    scores = column_scores("Sở Tư pháp")
    assert scores[LEAD] > scores[TITLE]


def test_paragraph_opening_with_number_word_goes_on_with_the_task_text():
    previous = {TITLE: "Thực hiện nghiêm việc xin lỗi các trường hợp cơ quan, tổ chức giải quyết",
                LEAD: "Sở, ban, ngành tỉnh; UBND cấp", OUTPUTS: "Báo cáo kết quả", DEADLINE: "hằng năm;"}
    assert assign_block("số TTHC làm quá hạn giải quyết hồ sơ", ORDER, previous, LEAD) == TITLE
