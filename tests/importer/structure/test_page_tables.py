"""A table that a converter wrote as one table per page is read as one table."""
import pytest

from cchc.importer.document import Document, Line, Table
from cchc.importer.structure import build_plan
from cchc.importer.structure.page_tables import join_page_tables

HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
PAGE_1 = [["II", "CẢI CÁCH THỂ CHẾ", "", "", ""],
          ["1", "Ban hành văn bản quy định chi tiết", "Các sở, ban, ngành", "Sở Tư pháp", "Quý II/2026"],
          ["2", "Rà soát văn bản do HĐND, UBND tỉnh Đồng Nai và", "Sở Tư pháp", "Các sở, ban, ngành",
           "Trước 15/10/2026"]]
PAGE_2 = [["", "tỉnh Bình Phước (trước sắp xếp) ban hành", "", "UBND các xã, phường", ""],
          ["3", "Kiểm tra văn bản của HĐND, UBND cấp xã", "Sở Tư pháp", "UBND các xã, phường", "Quý III/2026"]]
TITLE = [Line("KẾ HOẠCH", 1), Line("Cải cách hành chính năm 2026", 2)]


def _plan(between: list[Line], repeat_header: bool):
    page_2 = [HEADER] * repeat_header + PAGE_2
    return build_plan(Document(blocks=[*TITLE, Table([HEADER, *PAGE_1], lineno=3), *between,
                                       Table(page_2, lineno=20)]))


@pytest.mark.parametrize("repeat_header", [True, False])
@pytest.mark.parametrize("between", [[], [Line("6", 10)], [Line("", 10), Line("- 6 -", 11)]])
def test_a_tables_pages_are_one_table(between, repeat_header):
    """The row the page break split is one task, and the next page's rows stay under their area row."""
    tasks = _plan(between, repeat_header).tasks
    assert [(t.id, t.area) for t in tasks] == [("II.1", "the_che"), ("II.2", "the_che"), ("II.3", "the_che")]
    assert tasks[1].title == "Rà soát văn bản do HĐND, UBND tỉnh Đồng Nai và tỉnh Bình Phước (trước sắp xếp) ban hành"
    assert tasks[1].coordinating == ["Các sở, ban, ngành", "UBND các xã, phường"]


def test_tables_with_text_between_them_stay_apart():
    tables = join_page_tables([Table([HEADER, *PAGE_1], lineno=3), Line("2. Cải cách thủ tục hành chính", 10),
                               Table([HEADER, *PAGE_2], lineno=20)])
    assert [len(t.rows) for t in tables] == [4, 3]


def test_a_table_under_another_header_stays_apart():
    other = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Ghi chú"]
    tables = join_page_tables([Table([HEADER, *PAGE_1], lineno=3), Table([other, ["1", "Tỷ lệ", "%", "100", ""]],
                                                                         lineno=20)])
    assert [t.rows[0] for t in tables] == [HEADER, other]
