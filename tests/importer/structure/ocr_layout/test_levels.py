"""A "UBND cấp" whose level OCR cut off gets it back only where the row or the table gives it."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.agencies import snap_agency_fragments
from cchc.importer.structure.ocr_layout.levels import complete_levels
from cchc.importer.structure.ocr_layout.model import COORDINATING, DEADLINE, LEAD, OUTPUTS, TITLE, Row
from tests.importer.structure.ocr_layout.builders import task_row

ORDER = [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE]


def _agencies(row: Row, column: str) -> str:
    return snap_agency_fragments([p.text for p in row.cells.get(column, [])])


def test_level_word_on_the_next_line_of_another_cell_is_moved_to_the_agency_cell():
    row = task_row({TITLE: [(10, "Tổ chức kiểm tra việc thực hiện")],
                LEAD: [(11, "Sở Tư pháp")],
                COORDINATING: [(10, "Sở, ban, ngành"), (11, "tỉnh; UBND cấp (Lý văn bản của")],
                OUTPUTS: [(11, "Nghị định số 34/2016"), (12, "huyéun UBND tỉnh CP của Chính phủ")]})
    complete_levels([row], ORDER)
    assert _agencies(row, COORDINATING) == "Sở, ban, ngành tỉnh; UBND cấp huyện"
    assert row.text(OUTPUTS) == "Nghị định số 34/2016 UBND tỉnh CP của Chính phủ"


def test_level_inside_task_text_is_not_taken():
    row = task_row({TITLE: [(10, "Kiểm tra các cơ quan"), (11, "chuyên môn cấp huyện, các xã")],
                LEAD: [(10, "Sở Nội vụ")],
                COORDINATING: [(10, "Sở, ban, ngành tỉnh; UBND cấp")]})
    complete_levels([row], ORDER)
    assert row.text(COORDINATING) == "Sở, ban, ngành tỉnh; UBND cấp"


def test_complete_cell_is_left_as_it_is():
    row = task_row({LEAD: [(10, "Sở Nội vụ")],
                COORDINATING: [(10, "Sở, ban, ngành tỉnh; UBND cấp"), (11, "xã")],
                OUTPUTS: [(11, "huyện")]})
    complete_levels([row], ORDER)
    assert row.text(COORDINATING) == "Sở, ban, ngành tỉnh; UBND cấp xã"
    assert row.text(OUTPUTS) == "huyện"


def _complete_rows(count: int) -> list[Row]:
    return [task_row({LEAD: [(k * 10, "Sở Tư pháp")],
                  COORDINATING: [(k * 10, "Sở, ban, ngành tỉnh; UBND cấp huyện")]}) for k in range(count)]


def test_level_the_table_always_writes_after_the_same_agency_is_used():
    truncated = task_row({LEAD: [(100, "Sở Nội vụ")], COORDINATING: [(100, "Sở, ban, ngành"), (101, "tỉnh; UBND cấp 2")]})
    complete_levels(_complete_rows(3) + [truncated], ORDER)
    assert _agencies(truncated, COORDINATING) == "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_too_little_table_evidence_leaves_the_name_truncated():
    truncated = task_row({LEAD: [(100, "Sở Nội vụ")], COORDINATING: [(100, "Sở, ban, ngành tỉnh; UBND cấp")]})
    complete_levels(_complete_rows(2) + [truncated], ORDER)
    assert truncated.text(COORDINATING) == "Sở, ban, ngành tỉnh; UBND cấp"


def test_level_named_beside_leaves_the_other_level():
    truncated = task_row({LEAD: [(100, "UBND cấp huyện")], COORDINATING: [(100, "Sở, ban, ngành tỉnh; UBND cấp")]})
    complete_levels(_complete_rows(5) + [truncated], ORDER)  # the table would say "huyện": the lead has it
    assert _agencies(truncated, COORDINATING) == "Sở, ban, ngành tỉnh; UBND cấp xã"


def test_level_named_earlier_in_the_cell_leaves_the_other_level():
    truncated = task_row({LEAD: [(100, "Sở Nội vụ")], COORDINATING: [(100, "UBND cấp huyện; UBND cấp")]})
    complete_levels([truncated], ORDER)
    assert _agencies(truncated, COORDINATING) == "UBND cấp huyện; UBND cấp xã"


def test_name_glued_after_a_truncated_level_goes_to_the_next_agency_column():
    row = task_row({LEAD: [(10, "Sở, ban, ngành"), (12, "tỉnh; UBND cấp Sở Nội vụ Báo cáo kết quả")],
                COORDINATING: [(14, "số TTHC làm quá hạn"), (17, "huyện; UBND cấp"), (18, "xã")]})
    complete_levels([row], ORDER)
    assert _agencies(row, LEAD) == "Sở, ban, ngành tỉnh; UBND cấp huyện; UBND cấp xã"
    assert _agencies(row, COORDINATING) == "Sở Nội vụ"


def test_other_column_piece_not_opening_with_a_level_stays():
    row = task_row({LEAD: [(10, "Sở, ban, ngành tỉnh; UBND cấp")],
                COORDINATING: [(11, "Sở Nội vụ"), (14, "huyện nghèo")]})
    complete_levels([row], ORDER)
    assert [p.text for p in row.cells[COORDINATING]] == ["Sở Nội vụ", "huyện nghèo"]


def test_two_agency_cells_glued_in_the_right_column_are_cut_apart():
    row = task_row({COORDINATING: [(51, "tỉnh; UBND cấp Sở Khoa học và"), (52, "huyện; UBND cấp Công nghệ hiện"),
                               (53, "xã")]})
    complete_levels([row], ORDER)
    assert row.text(LEAD) == "tỉnh; UBND cấp huyện; UBND cấp xã"
    assert _agencies(row, COORDINATING) == "Sở Khoa học và Công nghệ"
