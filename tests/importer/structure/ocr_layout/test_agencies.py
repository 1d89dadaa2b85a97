"""Agency cells of an OCR-rebuilt table keep the registry names they hold and drop other cells' words."""
from __future__ import annotations

import textwrap

import pytest

from cchc.importer.document import Line
from cchc.importer.fields.agencies import split_agencies
from cchc.importer.structure.ocr_layout import ocr_table
from cchc.importer.structure.ocr_layout.agencies import (agency_names, opens_agency_run, reads_more_together,
                                                        registry_words, snap_agency_cell, snap_agency_fragments)



@pytest.mark.parametrize("cell, names", [
    ("Sở Tư pháp st", ["Sở Tư pháp"]),  # a stray word of the next column
    ("Sở Nội vụ hoạch", ["Sở Nội vụ"]),
    ("Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông", ["Sở Khoa học và Công nghệ",
                                                                 "Sở Thông tin và Truyền thông"]),
    ("UBND tỉnh tổ chức", ["UBND tỉnh"]),  # not "UBND tỉnh" + a province named "tổ chức"
    ("Sở Nội vụ tỉnh; UBND cấp huyện gửi báo cáo", ["Sở Nội vụ", "UBND cấp huyện"]),
    ("Sở, ban, ngân", ["Sở, ban, ngành"]),  # a restoration slip, written as the registry writes it
    ("Sở Y tế, Báo Kon Tum", ["Sở Y tế", "Báo Kon Tum"]),
])
def test_agency_names_are_the_registry_runs_of_the_cell(cell, names):
    assert agency_names(cell) == names


@pytest.mark.parametrize("cell", ["Báo cáo kết quả thực hiện", "Ban Quản lý Khu kinh tế tỉnh", "Nhận mang tính mới"])
def test_cell_without_a_known_name_is_left_as_it_is(cell):
    assert snap_agency_cell(cell) == cell


def test_plural_list_is_expanded_before_matching():
    assert snap_agency_cell("Các sở: Tư pháp; Tài chính hoạch") == "Sở Tư pháp; Sở Tài chính"


def test_snapped_cell_splits_into_the_same_items():
    cell = "Sở, ban, ngành tỉnh; UBND cấp huyện; Các đơn vị sự nghiệp công lập 4yng công chức"
    assert split_agencies(snap_agency_cell(cell)) == ["Sở, ban, ngành tỉnh", "UBND cấp huyện",
                                                      "Các đơn vị sự nghiệp công lập"]


def test_rebuilt_table_drops_other_cells_words_from_agency_cells():
    lines = [Line(t, i + 1) for i, t in enumerate(textwrap.dedent("""\
        TT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm đầu ra | Thời gian hoàn thành
        1 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ kiểm | Sở Tư pháp; Sở Tài chính tra | Báo cáo kết quả | Quý IV hằng năm
        """).strip("\n").split("\n"))]
    table = ocr_table(lines)
    header, row = table.rows[0], table.rows[-1]
    assert row[header.index("Đơn vị chủ trì")] == "Sở Nội vụ"
    assert row[header.index("Đơn vị phối hợp")] == "Sở Tư pháp; Sở Tài chính"


def test_fragments_of_other_cells_between_agency_lines_are_dropped():
    fragments = ["Sở, ban, ngành", "Do bị số lượng", "tiếp nhận phản ánh,", "tỉnh; UBND cấp", "huyện"]
    assert snap_agency_fragments(fragments) == "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_product_line_in_an_agency_cell_is_dropped():
    # "UBND tỉnh ban hành" is a line of "Quyết định của UBND tỉnh ban hành Kế hoạch ..."
    assert snap_agency_fragments(["Sở, ban, ngành", "tỉnh; UBND cấp", "huyện", "UBND tỉnh ban hành"]) == \
        "Sở, ban, ngành tỉnh; UBND cấp huyện"
    assert snap_agency_fragments(["Sở, ban, ngành", "tỉnh; UBND cấp", "huyện", "ban hành;"]) == \
        "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_fragments_naming_no_known_agency_are_kept_whole():
    assert snap_agency_fragments(["Ban Quản lý Khu", "kinh tế tỉnh"]) == "Ban Quản lý Khu kinh tế tỉnh"


@pytest.mark.parametrize("run, title, expected", [
    ("Sở Tài chính tỉnh; UBND cấp", "chuyên môn cấp tỉnh triển khai thực", True),
    ("ia Sở Nội vụ tỉnh; ở", "quan chuyên môn cấp tỉnh, đơn vị", True),  # one word of debris first
    ("UBND cấp huyện có bộ phận tiếp nhận", "Phấn đấu đến năm 2020, 100%", False),  # task text naming agencies
    ("sở, ban, ngành tỉnh, UBND cấp huyện", "Trang thông tin điện tử của", False),  # goes on with the task text
])
def test_agency_cell_opening_a_line_inside_a_task_text(run, title, expected):
    assert opens_agency_run(run, title) is expected


def test_registry_coverage_ignores_loose_pattern_names():
    # the registry's newspaper pattern ("Báo <name>") reads "Báo kết quả" as a name when snapping a
    # whole item, but word-joining decisions do not rely on it
    assert registry_words("Sở, ban, ngành tỉnh; UBND cấp huyện") == 7
    assert registry_words("Báo kết quả") == 0
    assert agency_names("Báo Kon Tum") == ["Báo Kon Tum"]


def test_an_agency_named_twice_is_kept_once_where_first_named():
    assert snap_agency_cell("UBND cấp xã; Sở Nội vụ; UBND cấp Xã") == "UBND cấp xã; Sở Nội vụ"


def test_plural_list_item_with_another_cells_words_keeps_its_whole_name():
    fragments = ["Các sở: Tư pháp;", "Tài chính; Khóa", "học và công nghệ;", "Thông tin và", "truyền thông",
                 "thực hiện kế hoạch"]
    assert snap_agency_fragments(fragments).split("; ")[-1] == "Sở Thông tin và truyền thông"


@pytest.mark.parametrize("before, after, expected", [
    ("Sở Thông tin và", "Truyền thông", True),  # a name wrapped in the middle
    ("UBND cấp", "huyện", True),  # its level on the next line
    ("Sở Nội vụ", "Sở Tư pháp", False),  # two whole names
    ("Sở Nội vụ", "huyện", False),  # a whole name and a word that finishes no name of it
])
def test_reads_more_together(before, after, expected):
    assert reads_more_together(before, after) is expected
