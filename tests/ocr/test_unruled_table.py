"""A task table printed without rules, scanned at 300 dpi and saved as a PNG that claims 72 dpi (as phones,
screenshots and many converters write): the page reads at its real size, and the table keeps its row numbers."""
from __future__ import annotations

import pytest
from docx import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.shared import Cm
from PIL import Image

from cchc.importer import parse_file
from cchc.importer.readers.scan import read_scan
from cchc.ocr import rendering

ROWS = [["TT", "Nội dung nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", ""],
        ["1", "Ban hành Kế hoạch cải cách hành chính năm 2025", "Kế hoạch", "Sở Nội vụ", "15/01/2025"],
        ["2", "Báo cáo kết quả thực hiện công tác cải cách hành chính", "Báo cáo", "Sở Nội vụ", "Quý IV/2025"],
        ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
        ["1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Quyết định", "Văn phòng UBND tỉnh",
         "30/6/2025"]]

WIDTHS_CM = (1.5, 11.0, 4.0, 5.0, 4.0)


def _unruled_page(workdir, rows: list[list[str]], widths_cm: tuple[float, ...], dpi: int, centred: bool = False):
    """The rows as a table without rules on a landscape page, rendered at `dpi`; its cells centred
    vertically if `centred`."""
    doc = DocxDocument()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Cải cách hành chính tỉnh Sóc Trăng năm 2025")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))   # python-docx's plain table: no rules
    table.autofit = False
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)
    for row, cells in zip(table.rows, rows):
        for cell, text, width in zip(row.cells, cells, widths_cm):
            cell.text, cell.width = text, Cm(width)
            if centred:
                cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    doc.save(workdir / "bang.docx")
    [page] = rendering.rasterise(rendering.convert_to_pdf(workdir / "bang.docx", workdir), dpi=dpi)
    return page


@pytest.fixture(scope="module")
def unruled_png(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("unruled")
    path = workdir / "bang.png"
    _unruled_page(workdir, ROWS, WIDTHS_CM, dpi=300).save(path, dpi=(72, 72))
    return path


def test_a_page_whose_image_claims_72_dpi_reads_at_its_real_size(unruled_png):
    text = read_scan(unruled_png).text()
    assert "Ban hành Kế hoạch cải cách hành chính năm 2025" in text and "Văn phòng UBND tỉnh" in text


def test_the_row_numbers_of_a_table_without_rules_survive(unruled_png):
    lines = [line.split("\t")[0].strip() for line in read_scan(unruled_png).text().splitlines()]
    assert [n for n in lines if n in ("I", "II", "1", "2")] == ["I", "1", "2", "II", "1"]


def test_the_tasks_of_a_table_without_rules_are_numbered_under_their_areas(unruled_png):
    tasks = parse_file(unruled_png).tasks
    assert [(t.id, t.area) for t in tasks] == [("I.1", "chi_dao_dieu_hanh"), ("I.2", "chi_dao_dieu_hanh"),
                                               ("II.1", "thu_tuc_hanh_chinh")]


def test_a_faint_copy_of_the_page_reads_as_well(unruled_png, tmp_path):
    """Printed or copied faint (ink light gray, ~190 of 255): the strokes' marks are kept."""
    page = Image.open(unruled_png).convert("L")
    faint = Image.eval(page, lambda v: 180 + v * 75 // 255)
    faint.save(tmp_path / "nhat.png", dpi=(300, 300))
    text = read_scan(tmp_path / "nhat.png").text()
    assert "Ban hành Kế hoạch cải cách hành chính năm 2025" in text and "Văn phòng UBND tỉnh" in text


NARROW_ROWS = [["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
               ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
               ["1", "Xây dựng Đề án nâng cao chất lượng công tác xây dựng văn bản quy phạm pháp luật của tỉnh",
                "Sở Tư pháp", "Văn phòng UBND tỉnh", "Năm 2025"],
               ["2", "Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh", "Sở Tư pháp",
                "Sở Thông tin và Truyền thông", "Hằng năm"]]


def test_rows_wrapped_in_narrow_columns_keep_each_line_in_its_column(tmp_path):
    """A cell's second line, with words in the title and agency columns only, is no new row and does not
    slide into the number column."""
    path = tmp_path / "hep.png"
    _unruled_page(tmp_path, NARROW_ROWS, (1.2, 5.0, 3.2, 3.2, 3.0), dpi=200).save(path, dpi=(200, 200))
    tasks = parse_file(path).tasks
    assert [(t.id, t.lead) for t in tasks] == [("I.1", ["Sở Tư pháp"]), ("I.2", ["Sở Tư pháp"])]
    assert tasks[0].title == NARROW_ROWS[2][1] and tasks[1].coordinating == ["Sở Thông tin và Truyền thông"]


CENTRED_ROWS = [["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn"],
                ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", ""],
                ["1", "Kiểm tra, xử lý văn bản quy phạm pháp luật trái pháp luật", "Sở Tư pháp",
                 "Các sở, ban, ngành", "Báo cáo kết quả kiểm tra", "Thường xuyên"],
                ["2", "Tổ chức Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm", "Sở Nội vụ",
                 "Văn phòng UBND tỉnh", "Hội nghị sơ kết", "Tháng 7/2025"],
                ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", ""],
                ["1", "Công khai tiến độ giải quyết hồ sơ trên Cổng Dịch vụ công tỉnh", "Văn phòng UBND tỉnh",
                 "Các sở, ban, ngành", "Kết quả công khai", "Hằng tháng"]]


def test_rows_whose_cells_are_centred_vertically_are_read_by_the_words_places(tmp_path):
    """Cells centred vertically in narrow columns: a row's number and short cells stand on the middle line
    of its wrapped title, other cells' lines above and below it. The words' places on the page give
    every line's cells their columns, as for a PDF's unruled table, so each row comes out whole."""
    path = tmp_path / "giua.png"
    _unruled_page(tmp_path, CENTRED_ROWS, (1.2, 6.0, 3.0, 3.0, 3.5, 2.8), dpi=300, centred=True).save(
        path, dpi=(300, 300))
    tasks = parse_file(path).tasks
    assert [(t.id, t.lead, t.coordinating) for t in tasks] == [
        ("I.1", ["Sở Tư pháp"], ["Các sở, ban, ngành"]), ("I.2", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"]),
        ("II.1", ["Văn phòng UBND tỉnh"], ["Các sở, ban, ngành"])]
    assert [t.title for t in tasks] == [row[1] for row in CENTRED_ROWS if row[0].isdigit()]
    assert [t.deadline_text for t in tasks] == ["Thường xuyên", "Tháng 7/2025", "Hằng tháng"]
