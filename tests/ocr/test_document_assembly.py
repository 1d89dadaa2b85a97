"""OCR pages -> one `Document`: line numbers, tables continued across pages, confidence."""
from __future__ import annotations

from cchc.importer.document import Line, Table
from cchc.importer.readers.scan import LOW_CONFIDENCE, build_document
from cchc.ocr.page import PageLine, PageTable, PageText

HEADER = ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì"]


def _page(number, items, conf=95.0):
    return PageText(items, number, confidences=[(conf, 10)])


def test_table_continued_on_next_page_is_one_table_without_the_repeated_header():
    first = _page(1, [PageLine("PHỤ LỤC", 50), PageTable([HEADER, ["1.1", "Kiện toàn", "Sở Nội vụ"]], 100)])
    second = _page(2, [PageTable([["TT", "Nội dung, nhiệm vu", "Cơ quan chủ trì"],  # OCR'd slightly differently
                                  ["1.2", "Tập huấn", "Sở Nội vụ"]], 80)])
    document = build_document([first, second], "scan.pdf")
    tables = document.tables()
    assert len(tables) == 1
    assert [row[0] for row in tables[0].rows] == ["TT", "1.1", "1.2"]
    assert len(tables[0].row_linenos) == 3
    assert tables[0].row_linenos == sorted(tables[0].row_linenos)


def test_row_split_by_the_page_break_is_glued_back():
    first = _page(1, [PageTable([HEADER, ["2.1", "Tổ chức lớp tập huấn đánh giá,", "Sở Nội"]], 100)])
    second = _page(2, [PageTable([HEADER, ["", "xác định chỉ số CCHC", "vụ"], ["2.2", "Kiểm tra", "Sở Tư pháp"]], 80)])
    table = build_document([first, second], "scan.pdf").tables()[0]
    assert table.rows[1] == ["2.1", "Tổ chức lớp tập huấn đánh giá, xác định chỉ số CCHC", "Sở Nội vụ"]
    assert table.rows[2][0] == "2.2"


def test_table_after_text_on_the_next_page_stays_separate():
    first = _page(1, [PageTable([HEADER, ["1", "A", "B"]], 100)])
    second = _page(2, [PageLine("Ghi chú", 50), PageTable([HEADER, ["2", "C", "D"]], 100)])
    document = build_document([first, second], "scan.pdf")
    assert len(document.tables()) == 2
    assert isinstance(document.blocks[1], Line)


def test_line_numbers_run_through_the_document_and_pages_are_kept():
    pages = [_page(1, [PageLine("KẾ HOẠCH", 10), PageLine("Cải cách hành chính", 60)]),
             _page(2, [PageTable([HEADER, ["1", "A", "B"]], 10), PageLine("Nơi nhận:", 900)])]
    blocks = build_document(pages, "scan.pdf").blocks
    assert [b.lineno for b in blocks] == [1, 2, 3, 5]
    assert [b.page for b in blocks] == [1, 1, 2, 2]
    assert isinstance(blocks[2], Table)


def test_low_confidence_marks_the_document_damaged():
    good = build_document([_page(1, [PageLine("Sở Nội vụ", 10)], conf=92.0)], "a.png")
    poor = build_document([_page(1, [PageLine("S0 N0i vu", 10)], conf=LOW_CONFIDENCE - 20)], "b.png")
    assert not good.damaged and not good.notices
    assert poor.damaged and "độ tin cậy" in str(poor.notices[0])


def test_cell_merged_across_the_page_break_fills_its_slots_below_the_break():
    first = _page(1, [PageTable([HEADER, ["4", "Một cửa điện tử", "Văn phòng UBND tỉnh"],
                                 ["5", "Chữ ký số", "Sở Thông tin và Truyền thông"]], 100,
                                [[0, 1, 2], [3, 4, 5], [6, 7, 8]])])
    # the lead cell of rows 5-7 is one merged cell; its text was printed on page 1
    second = _page(2, [PageTable([HEADER, ["6", "Chứng thư số", ""], ["7", "Thư điện tử", ""], ["8", "Dịch vụ công", "Sở Nội vụ"]],
                                 80, [[0, 1, 2], [3, 4, 5], [6, 7, 5], [9, 10, 11]])])
    table = build_document([first, second], "scan.pdf").tables()[0]
    assert [row[2] for row in table.rows[1:]] == ["Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông",
                                                  "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông",
                                                  "Sở Nội vụ"]


def test_plain_empty_cell_after_the_break_stays_empty():
    first = _page(1, [PageTable([HEADER, ["1", "A", "Sở Nội vụ"]], 100)])
    second = _page(2, [PageTable([HEADER, ["2", "B", ""], ["3", "C", "Sở Tư pháp"]], 80)])
    table = build_document([first, second], "scan.pdf").tables()[0]
    assert table.rows[2][2] == ""


def test_merged_cell_text_running_over_the_break_is_joined():
    first = _page(1, [PageTable([HEADER, ["1", "A", "Các Sở, Ban, ngành; UBND cấp"],
                                 ["2", "B", "Các Sở, Ban, ngành; UBND cấp"]], 100,
                                [[0, 1, 2], [3, 4, 5], [6, 7, 5]])])
    second = _page(2, [PageTable([HEADER, ["3", "C", "xã"], ["4", "D", "Sở Nội vụ"]], 80,
                                 [[0, 1, 2], [3, 4, 5], [6, 7, 8]])])
    table = build_document([first, second], "scan.pdf").tables()[0]
    assert [row[2] for row in table.rows[1:]] == ["Các Sở, Ban, ngành; UBND cấp xã"] * 3 + ["Sở Nội vụ"]


def test_split_row_whose_merged_cell_runs_over_the_break():
    """Row 1 splits over the break; its coordinating cell, merged with row 2, ends on page 2."""
    first = _page(1, [PageTable([HEADER, ["1", "Kiểm tra liên ngành", "Các Sở, Ban, ngành; UBND cấp"]], 100)])
    second = _page(2, [PageTable([HEADER, ["", "doanh nghiệp", "xã"], ["2", "Kiểm tra đột xuất", "xã"]], 80,
                                 [[0, 1, 2], [3, 4, 5], [6, 7, 5]])])
    table = build_document([first, second], "scan.pdf").tables()[0]
    assert table.rows[1] == ["1", "Kiểm tra liên ngành doanh nghiệp", "Các Sở, Ban, ngành; UBND cấp xã"]
    assert table.rows[2] == ["2", "Kiểm tra đột xuất", "Các Sở, Ban, ngành; UBND cấp xã"]
