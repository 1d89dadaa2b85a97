"""Cells of an OCR-rebuilt row moved where they belong: agency lines between the two agency columns,
a lead of debris, the last words of another cell below a task text, an agency cell on a task-text line."""
from __future__ import annotations

import textwrap

import pytest

from cchc.importer.document import Line
from cchc.importer.structure.ocr_layout import ocr_table
from cchc.importer.structure.ocr_layout.model import Piece, Row
from cchc.importer.structure.ocr_layout.repair import join_names_across, lead_from_coordinating, shift_broken_names
from cchc.importer.structure.ocr_layout.rows import _ends_another_cell


def _row(pieces: list[tuple[int, str, str]]) -> Row:
    row = Row("task")
    for lineno, column, text in pieces:
        row.add(Piece(text, lineno, column, interleaved=True))
    return row


ORDER = ["title", "lead", "coordinating", "outputs", "deadline"]


def test_first_line_of_a_collective_taken_by_the_lead_goes_back_to_the_coordinating_cell():
    # "Sở, ban, ngành" stands alone on the line above the one-line lead "Sở Tư pháp"
    row = _row([(10, "lead", "Sở, ban, ngành"), (11, "lead", "Sở Tư pháp"),
                (11, "coordinating", "tỉnh; UBND cấp"), (12, "coordinating", "huyện")])
    shift_broken_names(row, ORDER)
    assert row.text("lead") == "Sở Tư pháp"
    assert row.text("coordinating") == "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_a_lead_list_is_not_cut_when_the_next_cell_starts_its_own_name():
    row = _row([(10, "lead", "Sở Nội vụ;"), (11, "lead", "Sở Tài chính"), (11, "coordinating", "UBND cấp huyện")])
    shift_broken_names(row, ORDER)
    assert row.text("lead") == "Sở Nội vụ; Sở Tài chính"


def test_agency_cell_on_a_task_text_line_is_not_task_text():
    # the task-text line beside the row number was lost by OCR; its agency cells are left
    lines = [Line(t, i + 1) for i, t in enumerate(textwrap.dedent("""\
        TT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm đầu ra | Thời gian hoàn thành
        Thực hiện đúng quy định về quản
        lý ngân sách (100% cơ quan
        chuyên môn cấp tỉnh triển khai thực | Báo cáo kết quả thực | Hằng năm
        1 ¥ £ Sở Tài chính tỉnh; UBND cấp | hiện
        hiện đúng các quy định về tự huyện
        chủ tài chính)
        """).strip("\n").split("\n"))]
    header, row = (table := ocr_table(lines)).rows[0], table.rows[-1]
    title = row[header.index("Nội dung thực hiện")]
    assert "Sở Tài chính" not in title and "triển khai thực hiện đúng các quy định" in title
    assert row[header.index("Đơn vị chủ trì")].startswith("Sở Tài chính")


def test_lead_of_debris_takes_the_name_glued_to_the_coordinating_cell():
    row = _row([(10, "lead", "03, DBANY"), (11, "coordinating", "Sở Tài chính tỉnh; UBND cấp"),
                (12, "coordinating", "huyện")])
    lead_from_coordinating(row)
    assert row.text("lead") == "Sở Tài chính"
    assert row.text("coordinating") == "tỉnh; UBND cấp huyện"


@pytest.mark.parametrize("pieces", [
    # the lead names an agency the registry does not know
    [(10, "lead", "Ban Quản lý Khu kinh tế"), (10, "coordinating", "Sở Nội vụ; Sở Tài chính")],
    # the coordinating cell's first name goes on on the next line
    [(10, "lead", "Tỉnh và đơn vị hành chính"), (10, "coordinating", "Sở, ban, ngành"),
     (11, "coordinating", "tỉnh; UBND cấp huyện")],
    # ... also past another cell's words on its first line, two lines down
    [(452, "lead", "Sỹ Nội và"), (452, "coordinating", "Sở, ban, ngành"),
     (452, "coordinating", "các cơ quan, địa ở"), (454, "coordinating", "tỉnh; UBND cấp")],
    # a coordinating cell of one name
    [(10, "lead", "hoạch"), (10, "coordinating", "Sở Nội vụ")],
])
def test_lead_is_not_taken_from_the_coordinating_cell(pieces):
    row = _row(pieces)
    before = {column: row.text(column) for column in ("lead", "coordinating")}
    lead_from_coordinating(row)
    assert {column: row.text(column) for column in ("lead", "coordinating")} == before


@pytest.mark.parametrize("text, context, expected", [
    # the deadline cell's last line, below the task text's last line
    ("độ báo cáo CCHC định kỳ.", {"title": "theo kế hoạch của UBND tỉnh", "deadline": "2. Báo cáo kết quả theo chế"},
     True),
    # the task text goes on with it ("chế độ")
    ("báo cáo CCHC định kỳ.", {"title": "Thực hiện nghiêm túc chế độ", "deadline": "1. Thường xuyên;"}, False),
    # it closes the parenthesis the task text opened
    ("cầu theo quy định).", {"title": "(100% các cơ quan đạt yêu", "deadline": "1. Thực hiện thường xuyên"},
     False),
    # no other cell is left unfinished
    ("độ báo cáo CCHC định kỳ.", {"title": "theo kế hoạch của UBND tỉnh", "deadline": "Hằng năm."}, False),
])
def test_last_words_of_another_cell_below_a_task_text(text, context, expected):
    assert _ends_another_cell(text, context) is expected


def _agency_row(lead: list[tuple[int, str]], coordinating: list[tuple[int, str]]) -> Row:
    row = Row(kind="task", number="1")
    for lineno, text in lead:
        row.add(Piece(text, lineno, "lead", True))
    for lineno, text in coordinating:
        row.add(Piece(text, lineno, "coordinating", True))
    return row


def test_name_left_unfinished_is_finished_by_the_other_agency_column():
    row = _agency_row([(24, "Truyền thông")], [(22, "Sở Thông tin và"), (24, "hiện")])
    join_names_across(row)
    assert row.text("coordinating") == "Sở Thông tin và Truyền thông hiện"
    assert row.text("lead") == ""


def test_other_column_piece_that_finishes_no_name_stays():
    row = _agency_row([(24, "Sở Nội vụ")], [(22, "Sở Khoa học và")])
    join_names_across(row)
    assert row.text("lead") == "Sở Nội vụ"
