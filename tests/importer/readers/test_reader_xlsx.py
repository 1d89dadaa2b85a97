"""Excel task appendices: title rows as lines, the table with merged cells repeated."""
import datetime as dt
import zipfile

import openpyxl
from openpyxl.styles import PatternFill
import pytest

from cchc.importer.errors import ImportFailed
from cchc.importer.readers import libreoffice, read_document

from .reader_samples import requires_soffice

AREA = "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"


def build_workbook(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Phụ lục"
    sheet.append(["PHỤ LỤC"])
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["TT", "Nội dung", "Chủ trì", "Thời hạn", "Kinh phí"])
    sheet.append(["I", AREA])
    sheet.merge_cells("B4:E4")
    sheet.append([1, "Kiện toàn Ban chỉ đạo\r\nCCHC tỉnh", "Sở Nội vụ", dt.date(2021, 3, 31), 10.0])
    sheet.append([2, "Hội nghị tổng kết", None, "Tháng 12", 2.5])
    sheet.merge_cells("C5:C6")
    book.save(path)
    return path


EXPECTED = [
    ["TT", "Nội dung", "Chủ trì", "Thời hạn", "Kinh phí"],
    ["I", AREA, AREA, AREA, AREA],
    ["1", "Kiện toàn Ban chỉ đạo\nCCHC tỉnh", "Sở Nội vụ", "31/03/2021", "10"],
    ["2", "Hội nghị tổng kết", "Sở Nội vụ", "Tháng 12", "2,5"],
]


def test_title_rows_lines_and_table_with_merges(tmp_path):
    doc = read_document(build_workbook(tmp_path / "phu-luc.xlsx"))
    assert [b.text for b in doc.lines()] == ["PHỤ LỤC"]
    assert doc.tables()[0].rows == EXPECTED
    assert doc.tables()[0].row_linenos == [2, 3, 4, 5]
    assert doc.source == "phu-luc.xlsx"


@pytest.mark.parametrize("target", ["xls", "ods"])
def test_legacy_and_open_spreadsheets_read_like_xlsx(tmp_path, target):
    """Excel 97-2003 and OpenDocument sheets made by LibreOffice Calc from the workbook above."""
    workbook = build_workbook(tmp_path / "phu-luc.xlsx")
    outdir = tmp_path / "out"
    outdir.mkdir()
    converted = libreoffice.convert(workbook, target, outdir)
    doc = read_document(converted)
    assert doc.source == f"phu-luc.{target}"
    assert [b.text for b in doc.lines()] == ["PHỤ LỤC"]
    assert doc.tables()[0].rows == EXPECTED


def test_damaged_legacy_spreadsheets_give_vietnamese_errors(tmp_path):
    ods = tmp_path / "bang.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    xls = tmp_path / "bang.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le"))
    for path in (ods, xls):
        with pytest.raises(ImportFailed, match="[ăâđêôơư]"):
            read_document(path)


def test_damaged_workbook_gives_vietnamese_error(tmp_path):
    path = tmp_path / "hong.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook")
    with pytest.raises(ImportFailed, match="Excel"):
        read_document(path)


def test_hidden_rows_columns_and_sheets_are_not_read(tmp_path):
    """What Excel does not print: an old deadline column kept for reference, a dropped task, a scratch sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Nội dung", "Thời hạn năm trước", "Thời hạn"])
    sheet.append([1, "Rà soát văn bản", "Quý IV/2017", "31/01/2018"])
    sheet.append([2, "Nhiệm vụ đã bỏ", "Quý IV/2017", "Quý II/2018"])
    sheet.append([3, "Kiểm tra văn bản", "Quý IV/2017", "Quý III/2018"])
    sheet.column_dimensions["C"].hidden = True
    sheet.row_dimensions[3].hidden = True
    scratch = book.create_sheet("Nháp")
    scratch.append(["Ghi chú nội bộ"])
    scratch.sheet_state = "hidden"
    path = tmp_path / "ke-hoach.xlsx"
    book.save(path)
    doc = read_document(path)
    assert doc.tables()[0].rows == [["TT", "Nội dung", "Thời hạn"], ["1", "Rà soát văn bản", "31/01/2018"],
                                    ["3", "Kiểm tra văn bản", "Quý III/2018"]]
    assert doc.lines() == []


def test_cells_read_as_their_number_format_shows_them(tmp_path):
    """A target kept as 0.98 under a "0%" format is 98%; a date under "mm/yyyy" is a month."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Chỉ tiêu", "Kế hoạch", "Thời hạn"])
    sheet.append([1, "Tỷ lệ hồ sơ giải quyết đúng hạn", 0.98, dt.date(2024, 6, 1)])
    sheet.append([2, "Tỷ lệ hài lòng", 0.875, dt.date(2024, 9, 30)])
    for row in (2, 3):
        sheet.cell(row, 3).number_format = "0%" if row == 2 else "0.0%"
    sheet.cell(2, 4).number_format = "mm/yyyy"
    sheet.cell(3, 4).number_format = "dd/mm/yyyy"
    path = tmp_path / "chi-tieu.xlsx"
    book.save(path)
    rows = read_document(path).tables()[0].rows
    assert [r[2:] for r in rows[1:]] == [["98%", "06/2024"], ["87,5%", "30/09/2024"]]


def test_letterhead_in_two_blocks_side_by_side_gives_title_lines(tmp_path):
    """"ỦY BAN NHÂN DÂN | CỘNG HÒA ..." on the same rows is the letterhead, not the table's first row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ỦY BAN NHÂN DÂN", None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    sheet.append(["TỈNH PHÚ YÊN", None, "Độc lập - Tự do - Hạnh phúc"])
    sheet.append(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"])
    for rows in ("A1:B1", "C1:E1", "A2:B2", "C2:E2", "A3:E3"):
        sheet.merge_cells(rows)
    sheet.append(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"])
    sheet.append([1, "Rà soát văn bản", "Sở Tư pháp", "Các sở", "Quý II/2024"])
    path = tmp_path / "ke-hoach.xlsx"
    book.save(path)
    doc = read_document(path)
    assert [b.text for b in doc.lines()] == ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH PHÚ YÊN",
                                             "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"]
    assert doc.tables()[0].rows[0] == ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"]


def _workbook_with_formula_numbers(path):
    """As openpyxl and web exports write it: formulas stored without the values they compute."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kinh phí"])
    for title, lead, budget in [("Rà soát văn bản", "Sở Tư pháp", 10), ("Kiện toàn bộ máy", "Sở Nội vụ", 5),
                                ("Nâng cấp Cổng dịch vụ công", "Văn phòng UBND tỉnh", 20)]:
        sheet.append(["=ROW()-1", title, lead, budget])
    sheet.append(["", "Tổng cộng", "", "=SUM(D2:D4)"])
    book.save(path)
    return path


@requires_soffice
def test_formulas_stored_without_values_are_computed(tmp_path):
    doc = read_document(_workbook_with_formula_numbers(tmp_path / "phu-luc.xlsx"))
    assert [row[0] for row in doc.tables()[0].rows] == ["STT", "1", "2", "3", ""]
    assert doc.tables()[0].rows[-1][-1] == "35"
    assert any("đã tính lại bằng LibreOffice" in str(notice) for notice in doc.notices)


def test_without_libreoffice_formulas_without_values_are_pointed_out(tmp_path, monkeypatch):
    monkeypatch.setattr(libreoffice, "soffice_binary", lambda: None)
    doc = read_document(_workbook_with_formula_numbers(tmp_path / "phu-luc.xlsx"))
    assert [row[0] for row in doc.tables()[0].rows] == ["STT", "", "", "", ""]
    assert any("không tính lại được" in str(notice) for notice in doc.notices)


def test_a_workbook_saved_with_its_values_is_read_without_a_notice(tmp_path):
    assert read_document(build_workbook(tmp_path / "phu-luc.xlsx")).notices == []


@pytest.mark.parametrize("signature", [
    ["Nghệ An, ngày 19 tháng 01 năm 2024", "GIÁM ĐỐC", "Nguyễn Văn Hương"],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Lan"],
    ["Người lập biểu", "Lê Văn Nam"],
])
def test_a_signature_block_typed_under_the_table_is_no_part_of_it(tmp_path, signature):
    path = build_workbook(tmp_path / "ke-hoach.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet.append([])
    area_row = ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"]   # a row of few values that is the table's: it stays
    sheet.append(area_row)
    for line in signature:
        sheet.append([None, None, None, line])
    book.save(path)
    doc = read_document(path)
    assert doc.tables()[0].rows == [*EXPECTED, area_row + [""] * 3]
    assert [b.text for b in doc.lines()] == ["PHỤ LỤC", *signature]


def test_a_timeline_marked_by_shading_alone_reads_as_marked(tmp_path):
    """Quarters shaded grey with nothing typed in them: the shaded cells read "x", as typed marks would; a
    notes column shaded on every row, and white cells, stay as they are."""
    grey, white = PatternFill("solid", fgColor="BFBFBF"), PatternFill("solid", fgColor="FFFFFF")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Nội dung", "Chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV", "Ghi chú"])
    sheet.append(["1", "Rà soát văn bản", "Sở Tư pháp", None, None, None, None, "Trọng tâm"])
    sheet.append(["2", "Kiểm tra cải cách hành chính", "Sở Nội vụ", None, None, None, None, None])
    for column in "EF":
        sheet[f"{column}2"].fill = grey
    sheet["G3"].fill = grey
    sheet["D3"].fill = white
    for row in (2, 3):
        sheet[f"H{row}"].fill = grey
    sheet.cell(4, 1, "3")
    sheet.cell(4, 2, "Tổng kết năm")
    path = tmp_path / "a.xlsx"
    workbook.save(path)
    table = read_document(path).tables()[0]
    assert [row[3:] for row in table.rows[1:]] == [
        ["", "x", "x", "", "Trọng tâm"], ["", "", "", "x", ""], ["", "", "", "", ""]]


def test_a_row_marked_by_shading_among_rows_that_type_their_marks(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Nội dung", "Chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV"])
    sheet.append(["1", "Rà soát văn bản", "Sở Tư pháp", "x", "x", None, None])
    sheet.append(["2", "Kiểm tra cải cách hành chính", "Sở Nội vụ", None, None, None, None])
    sheet.append(["3", "Tổng kết năm", "Sở Nội vụ", None, None, None, "30/12"])
    sheet["E3"].fill = sheet["F3"].fill = PatternFill("solid", fgColor="FFC000")
    path = tmp_path / "mixed.xlsx"
    workbook.save(path)
    assert [row[3:] for row in read_document(path).tables()[0].rows[1:]] == [
        ["x", "x", "", ""], ["", "x", "x", ""], ["", "", "", "30/12"]]
