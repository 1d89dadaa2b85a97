import pytest

from cchc.importer.structure.columns import COORDINATING, DEADLINE, LEAD, NUMBER, OUTPUTS, TITLE
from cchc.importer.structure.misread_rules import refitted_cells

ROLES = [NUMBER, TITLE, LEAD, COORDINATING, DEADLINE, OUTPUTS]
RIGHT = ["2", "Kiểm tra công tác cải cách hành chính", "Phòng Nội vụ", "Phòng Tư pháp", "Quý III/2019",
         "Thông báo kết quả"]


def cut(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")]


@pytest.mark.parametrize("glyph", ["l", "I", "!", "[", "]"])
def test_a_rule_read_as_another_glyph_is_a_rule(glyph):
    line = f"2 | Kiểm tra công tác cải cách hành chính | Phòng Nội vụ {glyph} Phòng Tư pháp | Quý III/2019 | " \
           "Thông báo kết quả"
    assert refitted_cells(cut(line), ROLES, None) == RIGHT


def test_a_rule_lost_between_two_agencies_is_put_back_where_each_cell_reads_best():
    line = "2 | Kiểm tra công tác cải cách hành chính | Phòng Nội vụ Phòng Tư pháp | Quý III/2019 | Thông báo kết quả"
    assert refitted_cells(cut(line), ROLES, None) == RIGHT


def test_a_rule_lost_between_a_deadline_and_a_product():
    line = "2 | Kiểm tra công tác cải cách hành chính | Phòng Nội vụ | Phòng Tư pháp | Quý III/2019 Thông báo kết quả"
    assert refitted_cells(cut(line), ROLES, None) == RIGHT


def test_the_rules_of_an_empty_coordinating_cell_lost():
    line = "2 | Kiểm tra công tác cải cách hành chính | Phòng Nội vụ | Quý III/2019 | Thông báo kết quả"
    assert refitted_cells(cut(line), ROLES, None) == [*RIGHT[:3], "", *RIGHT[4:]]


def test_a_roman_numeral_in_a_deadline_is_not_taken_for_a_rule():
    line = "2 | Kiểm tra công tác cải cách hành chính | Phòng Nội vụ | Phòng Tư pháp Quý I và Quý III/2019 | Báo cáo"
    assert refitted_cells(cut(line), ROLES, None) == [*RIGHT[:4], "Quý I và Quý III/2019", "Báo cáo"]


def test_the_frame_read_on_one_line_only():
    assert refitted_cells(cut(f"| {' | '.join(RIGHT)} |"), ROLES, None) == RIGHT


def test_a_wrapped_line_goes_on_from_the_cells_it_reads_on_from():
    """The rules of the empty cells on a row's second line were lost."""
    above = ["2", "Kiểm tra công tác cải cách hành chính tại các phòng,", "Phòng Nội vụ", "Phòng Tư pháp",
             "Quý III/2019", "Thông báo"]
    assert refitted_cells(cut("ban và UBND các xã, thị trấn | kết quả"), ROLES, above) == \
        ["", "ban và UBND các xã, thị trấn", "", "", "", "kết quả"]


def test_a_line_that_neither_opens_a_row_nor_has_one_above_is_left_alone():
    assert refitted_cells(cut("ban và UBND các xã, thị trấn | kết quả"), ROLES, None) is None


def test_a_line_with_more_cells_than_the_header_is_left_alone():
    assert refitted_cells(cut(" | ".join(RIGHT + ["x", "y"])), ROLES, None) is None


def test_lines_after_the_table_that_read_on_from_nothing_above_are_left_alone():
    above = ["4", "Đánh giá, xếp loại công chức", "Phòng Nội vụ", "Các phòng, ban", "Tháng 12/2019", "Báo cáo"]
    for line in ("Nơi nhận: | KT. CHỦ TỊCH", "- Như trên; | PHÓ CHỦ TỊCH", "Lưu: VT, NV. | Nguyễn Văn A"):
        assert refitted_cells(cut(line), ROLES, above) is None
