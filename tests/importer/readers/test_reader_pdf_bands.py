"""A spreadsheet printed wider than its paper comes out in column bands over several pages (LibreOffice Calc,
as Excel does); the PDF reader joins the bands back into the sheet's rows."""
import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Side
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from cchc.importer.readers import libreoffice, read_document

from .reader_samples import requires_soffice

HEADER = ["STT", "Nội dung công việc", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
          "Kinh phí (triệu đồng)"]
AREAS = ["CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "CẢI CÁCH TỔ CHỨC BỘ MÁY"]


def _sheet_rows() -> list[list[str]]:
    rows = []
    for a, area in enumerate(AREAS):
        rows.append(["I" * (a + 1), area] + [""] * 5)
        for n in range(1, 9):
            rows.append([str(n), f"Rà soát, hoàn thiện nhiệm vụ số {n} của lĩnh vực {area.lower()} năm 2024",
                         f"Báo cáo kết quả số {n}", "Sở Nội vụ", "Các sở, ban, ngành; UBND cấp huyện",
                         f"Quý {'I' * (n % 3 + 1)}/2024", str(10 * n)])
    return rows


def _printed_sheet(tmp_path, name: str, order: str = "downThenOver", fit: bool = False):
    """The plan's appendix as an xlsx whose columns are too wide for an A4 page, printed by LibreOffice."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Phụ lục: NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024"])
    sheet.append(HEADER)
    rule = Side(style="thin")
    for row in _sheet_rows():
        sheet.append(row)
        if row[0].startswith("I"):   # an area heading across the sheet
            sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=7)
    for row in sheet.iter_rows(min_row=2):
        sheet.row_dimensions[row[0].row].height = 24 if row[0].value.startswith(("I", "S")) else 48
        for cell in row:
            cell.border = Border(left=rule, right=rule, top=rule, bottom=rule)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for letter, width in zip("ABCDEFG", (6, 45, 30, 20, 28, 16, 12)):
        sheet.column_dimensions[letter].width = width
    sheet.print_title_rows = "2:2"
    sheet.page_setup.pageOrder = order
    if fit:
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    path = tmp_path / f"{name}.xlsx"
    book.save(path)
    return libreoffice.convert(path, "pdf", tmp_path)


@requires_soffice
@pytest.mark.parametrize("order", ["downThenOver", "overThenDown"])
def test_a_sheet_printed_in_column_bands_reads_as_the_sheet_printed_to_fit(tmp_path, order):
    banded = read_document(_printed_sheet(tmp_path, "bands", order))
    fitted = read_document(_printed_sheet(tmp_path, "fit", fit=True))
    assert len(banded.tables()) == 1
    rows = banded.tables()[0].rows
    assert rows[0] == HEADER   # repeated on every page: as often as the pages go down the sheet
    assert [row for row in rows if row != HEADER] == [row for row in fitted.tables()[0].rows if row != HEADER]
    assert [row[0] for row in rows if row != HEADER] == [row[0] for row in _sheet_rows()]
    assert any("dải cột" in notice.message for notice in banded.notices)
    assert not any("dải cột" in notice.message for notice in fitted.notices)


def _ruled_table(pdf, lefts, rows, top=760, height=30):
    bottom = top - height * len(rows)
    for y in range(top, bottom - 1, -height):
        pdf.line(lefts[0], y, lefts[-1], y)
    for x in lefts:
        pdf.line(x, top, x, bottom)
    for r, row in enumerate(rows):
        for x, text in zip(lefts, row):
            pdf.drawString(x + 4, top - height * r - 20, text)


def test_a_table_going_on_with_rows_where_the_page_before_had_them_is_no_band(tmp_path):
    """A table whose rows are all one line high stands at the same heights on every page; with the same
    columns it goes on down the sheet, whatever its rows' places."""
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    path = tmp_path / "ke-hoach.pdf"
    pdf = canvas.Canvas(str(path))
    lefts = [72, 110, 330, 520]
    for first in (1, 4):
        pdf.setFont("DejaVuSerif", 10)
        _ruled_table(pdf, lefts, [["TT", "Nội dung", "Chủ trì"]] +
                     [[str(n), f"Nhiệm vụ {n}", "Sở Nội vụ"] for n in range(first, first + 3)])
        pdf.showPage()
    pdf.save()
    doc = read_document(path)
    assert [row[0] for row in doc.tables()[0].rows] == ["TT", "1", "2", "3", "TT", "4", "5", "6"]
    assert doc.tables()[0].rows[-1] == ["6", "Nhiệm vụ 6", "Sở Nội vụ"]
    assert not doc.notices
