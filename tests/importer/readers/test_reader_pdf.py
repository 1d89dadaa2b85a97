"""PDF reader on real PDFs made by LibreOffice and Pillow."""
import re
import sys

import docx
import pdfplumber
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from cchc.importer.document import Table
from cchc.importer.errors import ImportFailed
from cchc.importer.readers import libreoffice, read_document
from cchc.importer.text import fold

from .reader_samples import EXPECTED_ROWS, NUMBERED_EXPECTED, requires_soffice

pytestmark = requires_soffice


def test_ruled_table_cells_come_back_as_table_cells(converted):
    doc = read_document(converted("pdf"))
    tables = doc.tables()
    assert len(tables) == 1
    assert tables[0].rows == EXPECTED_ROWS  # wrapped cell lines joined, merged cells repeated
    assert tables[0].page == 1


def test_lines_outside_table_in_reading_order(converted):
    doc = read_document(converted("pdf"))
    texts = [b.text for b in doc.lines()]
    after_title = texts[texts.index("KẾ HOẠCH") + 2:][:8]
    assert after_title == NUMBERED_EXPECTED[:4] + ["- gạch đầu dòng"] + NUMBERED_EXPECTED[5:]
    table_at = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Table))
    assert doc.blocks[table_at - 1].text == "PHỤ LỤC"
    assert doc.blocks[table_at + 1].text == "Tổng kinh phí:\t936 triệu đồng"
    assert doc.source == "ke-hoach.pdf"


def _docx_to_pdf(document, tmp_path, name):
    path = tmp_path / f"{name}.docx"
    document.save(path)
    return libreoffice.convert(path, "pdf", tmp_path)


def test_unruled_table_columns_become_tabs_and_justified_prose_does_not(tmp_path):
    document = docx.Document()
    prose = ("Đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp; "
             "tăng cường ứng dụng công nghệ thông tin trong hoạt động của các cơ quan hành chính nhà nước. ") * 3
    paragraph = document.add_paragraph(prose)
    paragraph.alignment = 3  # justified: wide but irregular word gaps
    table = document.add_table(rows=2, cols=3)  # no style: no borders
    for r, row in enumerate([["TT", "Nội dung", "Chủ trì"], ["1", "Rà soát văn bản", "Sở Tư pháp"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc = read_document(_docx_to_pdf(document, tmp_path, "unruled"))
    assert doc.tables() == []
    lines = [b.text for b in doc.lines()]
    assert "TT\tNội dung\tChủ trì" in lines
    assert "1\tRà soát văn bản\tSở Tư pháp" in lines
    assert all("\t" not in line for line in lines if "cải cách" in line or "công nghệ" in line)


def test_table_over_two_pages_is_one_table_and_page_numbers_dropped(tmp_path):
    document, _ = _numbered_table(60)
    _add_page_number_field(document.sections[0].footer.paragraphs[0])
    doc = read_document(_docx_to_pdf(document, tmp_path, "long"))
    assert len(doc.tables()) == 1
    rows = doc.tables()[0].rows
    assert [r[0] for r in rows if r[0] != "TT"] == [str(n) for n in range(1, 61)]
    assert doc.lines() == []  # only page numbers were outside the table
    assert doc.tables()[0].row_linenos == list(range(1, len(rows) + 1))


def test_a_table_goes_on_over_pages_under_a_running_header(tmp_path):
    """The page header printed above the table on every page ("UBND TỈNH QUẢNG TRỊ") is no text that
    ends the table: its rows on the next page go on with it."""
    document, _ = _numbered_table(60)
    document.sections[0].header.paragraphs[0].text = "UBND TỈNH QUẢNG TRỊ - Kế hoạch cải cách hành chính năm 2023"
    doc = read_document(_docx_to_pdf(document, tmp_path, "running"))
    assert len(doc.tables()) == 1
    assert [r[0] for r in doc.tables()[0].rows if r[0] != "TT"] == [str(n) for n in range(1, 61)]
    assert [line.text for line in doc.lines()].count("UBND TỈNH QUẢNG TRỊ - Kế hoạch cải cách hành chính năm 2023") >= 2


def _add_page_number_field(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)


def _image_pdf(tmp_path):
    image = Image.new("L", (2480, 800), 255)  # an A4-wide strip at 300 dpi
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 48)
    ImageDraw.Draw(image).text((200, 300), "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021", fill=0, font=font)
    path = tmp_path / "scan.pdf"
    image.save(path, resolution=300)
    return path


def test_pdf_without_text_layer_goes_to_ocr(tmp_path):
    pytest.importorskip("cchc.importer.readers.scan", reason="OCR reader not present")
    doc = read_document(_image_pdf(tmp_path))
    assert "ke hoach cai cach hanh chinh" in fold(doc.text())
    assert doc.source == "scan.pdf"


def test_pdf_without_text_layer_and_without_ocr_gives_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "cchc.importer.readers.scan", None)  # as if OCR were not installed
    with pytest.raises(ImportFailed, match="không có lớp văn bản"):
        read_document(_image_pdf(tmp_path))


def test_encrypted_pdf_gives_vietnamese_error(tmp_path):
    path = tmp_path / "secret.pdf"
    pdf = canvas.Canvas(str(path), encrypt="mat-khau")
    pdf.drawString(100, 700, "Ke hoach")
    pdf.save()
    with pytest.raises(ImportFailed, match="mật khẩu"):
        read_document(path)


@pytest.mark.parametrize("content", [b"%PDF-1.7\n1 0 obj << /Type /Catalog", b"%PDF-1.4\n" + bytes(range(256)) * 4])
def test_broken_pdf_gives_vietnamese_error(tmp_path, content):
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match="PDF"):
        read_document(path)


def test_truncated_pdf_never_raises_anything_else(converted, tmp_path):
    data = converted("pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    try:
        doc = read_document(path)
    except ImportFailed as error:
        assert str(error)
    else:
        assert doc.blocks


def test_file_named_pdf_that_is_not_pdf(tmp_path):
    path = tmp_path / "ke-hoach.pdf"
    path.write_text("Kế hoạch cải cách hành chính", encoding="utf-8")
    with pytest.raises(ImportFailed, match="không phải định dạng PDF"):
        read_document(path)


def _numbered_table(rows: int):
    document = docx.Document()
    table = document.add_table(rows=rows + 1, cols=3)
    table.style = "Table Grid"
    for c, text in enumerate(["TT", "Nội dung", "Chủ trì"]):
        table.cell(0, c).text = text
    for r, row in enumerate(table.rows[1:], start=1):
        row.cells[0].text, row.cells[1].text, row.cells[2].text = str(r), f"Nhiệm vụ số {r}", "Sở Tư pháp"
    return document, table


def test_vertical_merge_running_across_a_page_break_repeats_on_both_pages(tmp_path):
    document, table = _numbered_table(60)
    table.cell(20, 2).merge(table.cell(55, 2)).text = "Sở Nội vụ"
    pdf = _docx_to_pdf(document, tmp_path, "merge")
    with pdfplumber.open(pdf) as opened:  # the merged cell's text is printed on the first page only
        assert [("Sở Nội vụ" in page.extract_text()) for page in opened.pages] == [True, False]
    doc = read_document(pdf)
    rows = [row for row in doc.tables()[0].rows if row[0] != "TT"]
    assert [row[0] for row in rows] == [str(n) for n in range(1, 61)]
    assert [row[2] for row in rows[19:55]] == ["Sở Nội vụ"] * 36
    assert rows[55][2] == "Sở Tư pháp"


def test_lines_a_cell_broke_short_keep_their_own_line_and_wrapped_lines_join(tmp_path):
    """One agency a paragraph in a narrow cell: a line whose next word would have fit on it was broken
    by the writer; a line the cell's width broke is joined with the next."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for c, text in enumerate(["TT", "Nội dung", "Cơ quan phối hợp"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "1"
    table.cell(1, 1).text = "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở"
    cell = table.cell(1, 2)
    cell.text = "Văn phòng Sở"
    cell.add_paragraph("Thanh tra Sở")
    cell.add_paragraph("Trung tâm Phục vụ hành chính công tỉnh")
    for row in table.rows:
        row.cells[2].width = docx.shared.Cm(3)
    doc = read_document(_docx_to_pdf(document, tmp_path, "lines"))
    [title, agencies] = doc.tables()[0].rows[1][1:]
    assert agencies == "Văn phòng Sở\nThanh tra Sở\nTrung tâm Phục vụ hành chính công tỉnh"
    assert "\n" not in title


def test_a_watermark_set_at_a_slant_is_no_text(tmp_path):
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    path = tmp_path / "watermark.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("DejaVuSerif", 12)
    for n, y in enumerate(range(700, 400, -20)):
        pdf.drawString(72, y, f"{n + 1}. Sở Nội vụ chủ trì rà soát thủ tục hành chính năm 2023")
    pdf.saveState()
    pdf.translate(150, 450)
    pdf.rotate(35)
    pdf.setFont("DejaVuSerif", 60)
    pdf.drawString(0, 0, "BẢN ĐIỆN TỬ")
    pdf.restoreState()
    pdf.save()
    texts = [line.text for line in read_document(path).lines()]
    assert texts == [f"{n}. Sở Nội vụ chủ trì rà soát thủ tục hành chính năm 2023" for n in range(1, 16)]


def test_a_footnote_marker_printed_small_and_raised_is_no_part_of_the_word_and_a_power_is_kept(tmp_path):
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    path = tmp_path / "marks.pdf"
    pdf = canvas.Canvas(str(path))
    for y, text, raised in [(700, "Hoàn thành trước 31/3/2023", "2"), (670, "Diện tích 1.000 m", "2"),
                            (640, "Kinh phí 120", "(*)")]:
        pdf.setFont("DejaVuSerif", 13)
        pdf.drawString(72, y, text)
        pdf.setFont("DejaVuSerif", 7.5)
        pdf.drawString(72 + pdfmetrics.stringWidth(text, "DejaVuSerif", 13), y + 5, raised)
    pdf.setFont("DejaVuSerif", 13)
    pdf.drawString(72, 610, "Năm 2023 2")  # the same figure at the line's own size and height stays
    pdf.save()
    assert [line.text for line in read_document(path).lines()] == [
        "Hoàn thành trước 31/3/2023", "Diện tích 1.000 m²", "Kinh phí 120", "Năm 2023 2"]


def test_a_table_printed_a_glyph_at_a_time_without_spaces_keeps_its_words_apart(tmp_path):
    """Some PDF printers place every glyph on its own and print no space: the gap alone parts words."""
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    path = tmp_path / "glyphs.pdf"
    pdf = canvas.Canvas(str(path))
    rows = [["TT", "Nội dung", "Chủ trì"], ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp"]]
    lefts, tops = [72, 110, 330, 480], [700, 680, 660]
    for x in lefts:
        pdf.line(x, tops[0], x, tops[-1])
    for y in tops:
        pdf.line(lefts[0], y, lefts[-1], y)
    for row, y in zip(rows, tops[1:]):
        for text, x in zip(row, lefts):
            x += 4
            for glyph in text:
                if glyph != " ":
                    pdf.setFont("DejaVuSerif", 8)
                    pdf.drawString(x, y + 5, glyph)
                x += pdfmetrics.stringWidth(glyph, "DejaVuSerif", 8)   # a space 2.5 points wide
    pdf.save()
    assert read_document(path).tables()[0].rows == rows


def _pdf_without_unicode_map(tmp_path):
    """Text drawn with an embedded font whose ToUnicode map is disabled: Vietnamese letters come out
    as "(cid:N)", as in PDFs made with old Vietnamese fonts."""
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    path = tmp_path / "cid.pdf"
    pdf = canvas.Canvas(str(path), pageCompression=0)
    pdf.setFont("DejaVuSerif", 24)
    pdf.drawString(72, 700, "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021")
    pdf.save()
    data = path.read_bytes()
    assert data.count(b"/ToUnicode") == 1
    path.write_bytes(data.replace(b"/ToUnicode", b"/ToUnicodX"))  # same length: offsets stay valid
    return path


def test_pdf_with_undecodable_font_goes_to_ocr(tmp_path):
    pytest.importorskip("cchc.importer.readers.scan", reason="OCR reader not present")
    doc = read_document(_pdf_without_unicode_map(tmp_path))
    assert "(cid:" not in doc.text()
    assert "ke hoach cai cach hanh chinh" in fold(doc.text())


def test_pdf_with_undecodable_font_without_ocr_gives_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "cchc.importer.readers.scan", None)
    with pytest.raises(ImportFailed, match="không giải mã được"):
        read_document(_pdf_without_unicode_map(tmp_path))


def test_text_printed_twice_for_bold_is_read_once(tmp_path):
    path = tmp_path / "bold.pdf"
    pdf = canvas.Canvas(str(path))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdf.setFont("DejaVuSerif", 14)
    for dx in (0, 0.3):  # the same line drawn twice, a hair apart
        pdf.drawString(72 + dx, 700, "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH")
    pdf.drawString(72, 670, "Năm 2021")
    pdf.save()
    assert [line.text for line in read_document(path).lines()] == ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH", "Năm 2021"]


def test_a_date_wrapped_by_a_narrow_cell_is_joined_back():
    from cchc.importer.readers.pdf_tables import cell_text

    assert cell_text("01/3/202\n1") == "01/3/2021"
    assert cell_text("Quý II/\n2021") == "Quý II/2021"
    assert cell_text("Trước 30/6\n30/9 báo cáo") == "Trước 30/6 30/9 báo cáo"  # two dates, not one
    assert cell_text("Tháng 01/202\n5 - Tháng\n6/2025") == "Tháng 01/2025 - Tháng 6/2025"   # a month's year
    assert cell_text("Trước 30/\n6/2025") == "Trước 30/6/2025"
    assert cell_text("Tháng 01/2025\n6 bản") == "Tháng 01/2025 6 bản"   # a whole year ends no broken date
    assert cell_text("Trước ngày 15/1\n2") == "Trước ngày 15/12"   # October to December cut inside the month
    assert cell_text("30/1\n1/2015") == "30/11/2015"
    assert cell_text("Ngày 15/1\n3 bản") == "Ngày 15/1 3 bản"   # no month 13: two things
    assert cell_text("Quý 1\n2") == "Quý 1 2"


def test_a_figure_wrapped_by_a_narrow_cell_is_joined_back():
    from cchc.importer.readers.pdf_tables import cell_text

    assert cell_text("12.000.0\n00") == "12.000.000"
    assert cell_text("500.000.\n000 đồng") == "500.000.000 đồng"
    assert cell_text("1.250,5\n00 bản") == "1.250,5 00 bản"   # a decimal part ends the figure
    assert cell_text("1.200\n300") == "1.200 300"              # whole groups: two figures


def test_vertical_merge_that_begins_on_a_pages_last_row_goes_on_over_the_page(tmp_path):
    document, _ = _numbered_table(60)
    with pdfplumber.open(_docx_to_pdf(document, tmp_path, "plain")) as opened:
        last = max(int(n) for n in re.findall(r"Nhiệm vụ số (\d+)", opened.pages[0].extract_text()))
    document, table = _numbered_table(60)
    table.cell(last, 2).merge(table.cell(last + 3, 2)).text = "Sở Nội vụ"   # the page's last row and 3 below
    rows = [row for row in read_document(_docx_to_pdf(document, tmp_path, "merge")).tables()[0].rows
            if row[0] != "TT"]
    assert [row[0] for row in rows] == [str(n) for n in range(1, 61)]
    assert [row[2] for row in rows[last - 2:last + 4]] == ["Sở Tư pháp"] + ["Sở Nội vụ"] * 4 + ["Sở Tư pháp"]


def _ruled_rows(pdf, rows, top, closed=True):
    """Rows of a ruled three-column table drawn from `top` down, 40 points a row; not `closed`: without
    the rule under the last row."""
    lefts, bottom = [72, 120, 330, 520], top - 40 * len(rows)
    for y in range(top, bottom - 1 if closed else bottom, -40):
        pdf.line(lefts[0], y, lefts[-1], y)
    for x in lefts:
        pdf.line(x, top, x, bottom)
    for r, row in enumerate(rows):
        for x, text in zip(lefts, row):
            pdf.drawString(x + 4, top - 40 * r - 25, text)


def test_a_row_pushed_whole_onto_the_next_page_stays_in_its_table(tmp_path):
    """A page break that moves one tall row over leaves it alone on the page: one ruled row is too little
    for a table of its own, yet it is the last row of the table above."""
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    path = tmp_path / "ke-hoach.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("DejaVuSerif", 10)
    _ruled_rows(pdf, [["TT", "Nội dung", "Chủ trì"], ["1", "Rà soát văn bản", "Sở Tư pháp"],
                      ["2", "Kiểm tra văn bản", "Sở Tư pháp"]], 760)
    pdf.showPage()
    pdf.setFont("DejaVuSerif", 10)
    _ruled_rows(pdf, [["3", "Quy định chức năng, nhiệm vụ", "Phòng Văn hóa - Xã hội"]], 760)
    pdf.save()
    doc = read_document(path)
    assert [row[0] for row in doc.tables()[0].rows] == ["TT", "1", "2", "3"]
    assert doc.tables()[0].rows[3][2] == "Phòng Văn hóa - Xã hội"
    assert doc.lines() == []


def test_a_row_a_page_break_left_without_its_closing_rule_is_read(tmp_path):
    """Writers that split a row over a page break draw no rule where the page cuts it: the column
    rules just stop. The row is still a row."""
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    path = tmp_path / "ke-hoach.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("DejaVuSerif", 10)
    _ruled_rows(pdf, [["TT", "Nội dung", "Chủ trì"], ["1", "Rà soát văn bản", "Sở Tư pháp"],
                      ["2", "Kiểm tra văn bản", "Sở Tư pháp"]], 760, closed=False)
    pdf.save()
    rows = read_document(path).tables()[0].rows
    assert rows[-1] == ["2", "Kiểm tra văn bản", "Sở Tư pháp"]


ROTATED_LINES = ["KẾ HOẠCH", "Cải cách hành chính năm 2024", "Rà soát văn bản quy phạm pháp luật"]


def _rotated_pdf(tmp_path, page_rotation: int, content_turn: int):
    """A page shown turned by /Rotate, with its text drawn turned by `content_turn` degrees."""
    path = tmp_path / f"xoay-{page_rotation}-{content_turn}.pdf"
    pdf = canvas.Canvas(str(path))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdf.setPageRotation(page_rotation)
    pdf.translate(300, 420)
    pdf.rotate(content_turn)
    pdf.setFont("DejaVuSerif", 12)
    for number, text in enumerate(ROTATED_LINES):
        pdf.drawString(-200, 100 - 20 * number, text)
    pdf.save()
    return path


@pytest.mark.parametrize("page_rotation, content_turn", [
    (90, 0),     # a /Rotate the content does not follow: shown sideways, pdftotext reads it upright
    (0, 90),     # a table printed sideways on a portrait page
    (270, 180),  # shown sideways as well
    (90, 90),    # content turned to match the page's /Rotate: shown upright
    (180, 0),
])
def test_text_turned_on_the_page_is_read_in_its_own_direction(tmp_path, page_rotation, content_turn):
    doc = read_document(_rotated_pdf(tmp_path, page_rotation, content_turn))
    assert [line.text for line in doc.lines()] == ROTATED_LINES


def test_a_ruled_table_on_a_landscape_page_stored_turned_is_read_as_a_table(tmp_path):
    """Print drivers store a landscape page as a portrait one with /Rotate 90 and its content turned by a
    matrix whose cosines are a hair off zero: a horizontal rule's top and bottom then differ in the last
    bits, which must not make it a vertical one."""
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    path = tmp_path / "phu-luc-ngang.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setPageRotation(90)
    pdf.addLiteral("0.0000000000000001 -1 1 0.0000000000000001 0 842 cm")   # what such a driver writes
    pdf.setFont("DejaVuSerif", 10)
    rows = [["TT", "Nội dung", "Chủ trì"], ["1", "Rà soát văn bản", "Sở Tư pháp"], ["2", "Kiểm tra văn bản", "Sở Nội vụ"]]
    lefts, top, height = [57.5, 101.2, 340.4, 569.5], 482.7, 40
    for i in range(len(rows) + 1):
        pdf.line(lefts[0], top - height * i, lefts[-1], top - height * i)
    for x in lefts:
        pdf.line(x, top, x, top - height * len(rows))
    for r, row in enumerate(rows):
        for x, text in zip(lefts, row):
            pdf.drawString(x + 4, top - height * r - 25, text)
    pdf.save()
    doc = read_document(path)
    assert [table.rows for table in doc.tables()] == [rows]
