"""Two agency cells printed side by side: a name finished on the next line by the run right of the
other cell's name, and a list's next item glued after another cell's words."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.cutting import split_agency_run, split_listed_name
from cchc.importer.structure.ocr_layout.model import COORDINATING, DEADLINE, LEAD, OUTPUTS, TITLE, Row
from cchc.importer.structure.ocr_layout.repair import fill_holes, join_names_across
from tests.importer.structure.ocr_layout.builders import task_row

ORDER = [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE]


def _lines(row: Row, column: str) -> list[tuple[int, str]]:
    return [(p.lineno, p.text) for p in row.cells.get(column, [])]


def test_name_is_cut_before_the_words_that_finish_a_name_above():
    context = {LEAD: "Sở Thông tin và"}
    assert split_agency_run("UBND cấp huyện Truyền thông;", context) == ["UBND cấp huyện", "Truyền thông;"]
    assert split_agency_run("UBND cấp huyện Truyền thông;", {LEAD: "Sở Nội vụ"}) == \
        ["UBND cấp huyện Truyền thông;"]


def test_unfinished_name_moves_to_the_column_of_its_rest_beside_another_name():
    row = task_row({LEAD: [(8, "Sở Thông tin và"), (9, "UBND cấp huyện")],
                COORDINATING: [(9, "Truyền thông;"), (10, "UBND cấp xã")]})
    join_names_across(row)
    assert _lines(row, LEAD) == [(9, "UBND cấp huyện")]
    assert _lines(row, COORDINATING) == [(8, "Sở Thông tin và"), (9, "Truyền thông;"), (10, "UBND cấp xã")]


def test_rest_alone_on_its_line_joins_the_unfinished_name():
    row = task_row({LEAD: [(8, "Sở Thông tin và")], COORDINATING: [(8, "Sở, ban, ngành"), (9, "Truyền thông")]})
    join_names_across(row)
    assert _lines(row, LEAD) == [(8, "Sở Thông tin và"), (9, "Truyền thông")]


def test_next_list_item_glued_after_task_text_is_cut_off():
    context = {COORDINATING: "Sở Thông tin và Truyền thông;"}
    assert split_listed_name("một cửa điện tử liên thông UBND cấp xã -", context) == \
        ["một cửa điện tử liên thông", "UBND cấp xã -"]
    # no list left open above: task text naming an agency stays whole
    assert split_listed_name("một cửa điện tử liên thông UBND cấp xã", {COORDINATING: "Sở Nội vụ"}) == \
        ["một cửa điện tử liên thông UBND cấp xã"]


def test_next_list_item_is_not_moved_into_a_gap_of_the_other_column():
    row = task_row({LEAD: [(8, "Sở Nội vụ"), (9, "UBND cấp huyện"), (11, "báo cáo định kỳ.")],
                COORDINATING: [(9, "Sở Tư pháp;"), (10, "UBND cấp xã")]})
    fill_holes(row, ORDER)
    assert _lines(row, COORDINATING) == [(9, "Sở Tư pháp;"), (10, "UBND cấp xã")]


def test_name_under_a_finished_name_is_not_moved_into_the_gap():
    # "Sở, ban, ngành" (lead, line 7) then "Sở Tư pháp đôn" (coordinating, line 8): a stray title word
    # on line 9 of the lead column makes a gap on line 8 that is no gap of the lead cell
    row = task_row({LEAD: [(7, "Sở, ban, ngành"), (9, "cấp"), (10, "huyện; UBND cấp")],
                COORDINATING: [(8, "Sở Tư pháp đôn"), (9, "đốc thực hiện")]})
    fill_holes(row, ORDER)
    assert _lines(row, COORDINATING) == [(8, "Sở Tư pháp đôn"), (9, "đốc thực hiện")]


def test_line_that_goes_on_a_name_fills_the_gap():
    row = task_row({LEAD: [(7, "Sở, ban, ngành"), (9, "huyện; UBND cấp")],
                COORDINATING: [(8, "tỉnh; UBND cấp"), (9, "Sở Tư pháp")]})
    fill_holes(row, ORDER)
    assert _lines(row, LEAD) == [(7, "Sở, ban, ngành"), (8, "tỉnh; UBND cấp"), (9, "huyện; UBND cấp")]


def test_name_that_the_task_text_leads_into_stays_task_text():
    context = {COORDINATING: "Sở Tư pháp;"}
    assert split_listed_name("Hồ sơ công bố TTHC trình UBND tỉnh", context) == ["Hồ sơ công bố TTHC trình UBND tỉnh"]
