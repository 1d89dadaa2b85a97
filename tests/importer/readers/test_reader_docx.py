"""Word reader: body order, real tables with merged cells expanded, automatic numbering."""
import zipfile

import docx
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from cchc.importer import parse_file
from cchc.importer.document import Line, Table
from cchc.importer.errors import ImportFailed
from cchc.importer.readers import read_document

from .reader_samples import EXPECTED_ROWS, NUMBERED_EXPECTED, add_list, add_multilevel_list, number_paragraph


def test_paragraphs_and_table_in_body_order(plan_docx):
    doc = read_document(plan_docx)
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Line"] * 11 + ["Table", "Line"]
    assert doc.blocks[0].text == "KẾ HOẠCH"
    assert doc.blocks[-1].text == "Tổng kinh phí:\t936 triệu đồng"
    assert doc.source == "ke-hoach.docx"


def test_automatic_numbering_is_rendered_as_labels(plan_docx):
    lines = [b.text for b in read_document(plan_docx).blocks[2:10]]
    assert lines == NUMBERED_EXPECTED


def test_table_cells_merged_cells_expanded_and_header_kept(plan_docx):
    table = read_document(plan_docx).tables()[0]
    assert table.rows == EXPECTED_ROWS


def test_positions_are_increasing_and_cover_table_rows(plan_docx):
    doc = read_document(plan_docx)
    table = doc.tables()[0]
    assert table.row_linenos == list(range(table.lineno, table.lineno + 4))
    positions = []
    for block in doc.blocks:
        positions.extend([block.lineno] if isinstance(block, Line) else block.row_linenos)
    assert positions == sorted(set(positions))


def test_page_header_is_ignored(plan_docx):
    assert "TIÊU ĐỀ TRANG" not in read_document(plan_docx).text()


def test_soft_line_break_starts_a_new_line_and_tabs_stay(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Nơi nhận:\tKT. CHỦ TỊCH")
    paragraph.add_run().add_break()
    paragraph.add_run("- Như trên;")
    document.add_paragraph("")
    path = tmp_path / "a.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == ["Nơi nhận:\tKT. CHỦ TỊCH", "- Như trên;"]


def test_a_footnote_marker_set_as_superscript_is_no_part_of_the_word_and_a_power_is_kept(tmp_path):
    document = docx.Document()
    for text, raised in [("31/3/2023", "2"), ("Kinh phí: 120", "(*)"), ("Diện tích 1.000 m", "2"),
                         ("Ngày 1", "st"), ("Thường xuyên ", "3")]:
        paragraph = document.add_paragraph(text)
        paragraph.add_run(raised).font.superscript = True
    path = tmp_path / "marks.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == [
        "31/3/2023", "Kinh phí: 120", "Diện tích 1.000 m²", "Ngày 1st", "Thường xuyên"]


def test_a_letterhead_in_the_first_pages_own_header_is_the_plans(tmp_path):
    def letterhead_docx(first_page_only: bool):
        document = docx.Document()
        section = document.sections[0]
        section.different_first_page_header_footer = first_page_only
        header = section.first_page_header if first_page_only else section.header
        table = header.add_table(rows=2, cols=2, width=Cm(16))
        table.cell(0, 0).text, table.cell(0, 1).text = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        table.cell(1, 0).text, table.cell(1, 1).text = "Số: 125/KH-UBND", "Lâm Đồng, ngày 10 tháng 01 năm 2024"
        section.header.add_paragraph("Trang 2")
        for text in ("KẾ HOẠCH", "Cải cách hành chính tỉnh Lâm Đồng năm 2024"):
            document.add_paragraph(text)
        path = tmp_path / f"letterhead-{first_page_only}.docx"
        document.save(path)
        return parse_file(path).info

    info = letterhead_docx(first_page_only=True)
    assert (info.decision_number, info.decision_date, info.province) == ("125/KH-UBND", "2024-01-10", "Lâm Đồng")
    # a header on every page is page furniture, not read
    assert letterhead_docx(first_page_only=False).decision_number is None


def test_numbering_restarts_with_start_override_and_continues_otherwise(tmp_path):
    document = docx.Document()
    num_id = add_multilevel_list(document)
    for text in ("một", "hai"):
        number_paragraph(document.add_paragraph(text), num_id, 1)
    document.add_paragraph("đoạn xen giữa")
    number_paragraph(document.add_paragraph("ba"), num_id, 1)
    path = tmp_path / "n.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == ["1. một", "2. hai", "đoạn xen giữa", "3. ba"]


def test_document_with_word_list_styles(tmp_path):
    document = docx.Document()
    document.add_paragraph("Sở Nội vụ", style="List Bullet")
    document.add_paragraph("Bước một", style="List Number")
    document.add_paragraph("Bước hai", style="List Number")
    path = tmp_path / "s.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == ["- Sở Nội vụ", "1. Bước một", "2. Bước hai"]


def test_truncated_docx_gives_vietnamese_error(plan_docx, tmp_path):
    data = plan_docx.read_bytes()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFailed, match="bị hỏng"):
        read_document(broken)


def test_zip_without_document_part_is_not_word(tmp_path):
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(ImportFailed, match="không phải văn bản Word"):
        read_document(path)


def test_docx_with_damaged_xml_gives_vietnamese_error(plan_docx, tmp_path):
    path = tmp_path / "bad-xml.docx"
    with zipfile.ZipFile(plan_docx) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(ImportFailed, match="Word"):
        read_document(path)


def test_docx_misnamed_as_doc_is_read_by_content(plan_docx, tmp_path):
    path = tmp_path / "ke-hoach.doc"
    path.write_bytes(plan_docx.read_bytes())
    assert isinstance(read_document(path).blocks[11], Table)


def test_multilevel_labels_and_restart_by_start_override(tmp_path):
    document = docx.Document()
    levels = [("decimal", "%1."), ("decimal", "%1.%2."), ("lowerRoman", "(%3)")]
    first = add_list(document, 80, 80, levels)
    for level, text in [(0, "Mục tiêu"), (1, "Mục tiêu chung"), (1, "Mục tiêu cụ thể"), (2, "chỉ tiêu"),
                        (2, "chỉ tiêu"), (0, "Nhiệm vụ"), (1, "Thể chế")]:
        number_paragraph(document.add_paragraph(text), first, level)
    second = add_list(document, 81, 81, [("upperLetter", "%1.")], start_override=4)
    number_paragraph(document.add_paragraph("Phần D"), second, 0)
    number_paragraph(document.add_paragraph("Phần E"), second, 0)
    path = tmp_path / "levels.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == [
        "1. Mục tiêu", "1.1. Mục tiêu chung", "1.2. Mục tiêu cụ thể", "(i) chỉ tiêu", "(ii) chỉ tiêu",
        "2. Nhiệm vụ", "2.1. Thể chế", "D. Phần D", "E. Phần E"]


def test_a_list_restarted_at_its_first_paragraph_only_goes_on_from_there(tmp_path):
    """LibreOffice restarts a list in each area by giving only the area's first item a numbering of its
    own (a w:num with a startOverride, over the same list); the items after it show 2, 3, not 3, 4."""
    document = docx.Document()
    plain = add_list(document, 82, 82, [("decimal", "%1.")])
    restart = parse_xml(f'<w:num {nsdecls("w")} w:numId="83"><w:abstractNumId w:val="82"/><w:lvlOverride '
                        'w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    document.part.numbering_part.element.append(restart)
    for num_id, text in [(plain, "một"), (plain, "hai"), (None, "II. CẢI CÁCH THỂ CHẾ"), ("83", "một"),
                         (plain, "hai"), (plain, "ba")]:
        paragraph = document.add_paragraph(text)
        if num_id:
            number_paragraph(paragraph, num_id, 0)
    path = tmp_path / "restart.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == [
        "1. một", "2. hai", "II. CẢI CÁCH THỂ CHẾ", "1. một", "2. hai", "3. ba"]


def test_a_list_that_takes_its_levels_from_a_list_style(tmp_path):
    """Word writes a list of a template's list style ("1 / 1.1") as an abstract that only names the style,
    whose numbering leads to the abstract holding the levels; both lists count on as one."""
    document = docx.Document()
    defining = add_list(document, 84, 84, [("upperRoman", "%1."), ("decimal", "%2.")])
    numbering = document.part.numbering_part.element
    numbering.find(qn("w:abstractNum")).addprevious(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="85"><w:numStyleLink w:val="DanhMucNhiemVu"/></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="86"><w:abstractNumId w:val="85"/></w:num>'))
    document.styles.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="DanhMucNhiemVu"><w:name w:val="Danh muc"/>'
        f'<w:pPr><w:numPr><w:numId w:val="{defining}"/></w:numPr></w:pPr></w:style>'))
    for num_id, level, text in [("86", 0, "CẢI CÁCH THỂ CHẾ"), ("86", 1, "Rà soát văn bản"), (defining, 1, "Tự kiểm tra"),
                                ("86", 0, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")]:
        number_paragraph(document.add_paragraph(text), num_id, level)
    path = tmp_path / "style-link.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == [
        "I. CẢI CÁCH THỂ CHẾ", "1. Rà soát văn bản", "2. Tự kiểm tra", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"]


def test_table_inside_content_control_and_nested_table(tmp_path):
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Ngoài"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "trong 1", "trong 2"
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(content)
    outer._tbl.addprevious(sdt)
    content.append(outer._tbl)
    path = tmp_path / "sdt.docx"
    document.save(path)
    assert read_document(path).tables()[0].rows == [["Ngoài", "trong 1 | trong 2"]]


def test_a_nested_table_numbering_its_rows_reads_as_a_list_in_its_cell(tmp_path):
    document = docx.Document()
    cell = document.add_table(rows=1, cols=2).cell(0, 1)
    cell.text = "Gồm:"
    inner = cell.add_table(rows=3, cols=3)
    for row, texts in zip(inner.rows, [("a", "Báo cáo rà soát", "01 bộ"), ("b.", "Danh mục văn bản", ""),
                                       ("Ghi chú", "Bản điện tử", "")]):
        for inner_cell, text in zip(row.cells, texts):
            inner_cell.text = text
    path = tmp_path / "nested.docx"
    document.save(path)
    assert read_document(path).tables()[0].rows[0][1].split("\n") == [
        "Gồm:", "a) Báo cáo rà soát | 01 bộ", "b) Danh mục văn bản", "Ghi chú | Bản điện tử"]


_TEXT_BOX_RUN = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>
    <w:p><w:r><w:t>Số: 123/KH-UBND</w:t></w:r></w:p><w:p><w:r><w:t>Đắk Nông, ngày 18 tháng 12 năm 2020</w:t></w:r></w:p>
  </w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
    <w:p><w:r><w:t>Số: 123/KH-UBND</w:t></w:r></w:p><w:p><w:r><w:t>Đắk Nông, ngày 18 tháng 12 năm 2020</w:t></w:r></w:p>
  </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""


def test_text_box_follows_its_anchor_paragraph_once(tmp_path):
    document = docx.Document()
    anchor = document.add_paragraph("ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG")
    anchor._p.append(parse_xml(_TEXT_BOX_RUN))
    document.add_paragraph("KẾ HOẠCH")
    path = tmp_path / "box.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == [
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "Số: 123/KH-UBND", "Đắk Nông, ngày 18 tháng 12 năm 2020", "KẾ HOẠCH"]


def test_one_column_frame_around_the_appendix_is_unwrapped(tmp_path):
    document = docx.Document()
    frame = document.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.text = "PHỤ LỤC"
    inner = cell.add_table(rows=2, cols=2)
    for r, row in enumerate([["TT", "Nội dung"], ["1", "Rà soát"]]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    path = tmp_path / "frame.docx"
    document.save(path)
    doc = read_document(path)
    assert [b.text for b in doc.lines()] == ["PHỤ LỤC"]
    assert doc.tables()[0].rows == [["TT", "Nội dung"], ["1", "Rà soát"]]


def test_a_table_numbered_by_word_keeps_its_numbers_where_the_cell_has_no_text(tmp_path):
    """The "STT" column filled by automatic numbering: each cell is an empty numbered paragraph. An empty
    numbered paragraph of the body stays empty, as it says nothing."""
    document = docx.Document()
    numbers = add_list(document, 82, 82, [("decimal", "%1.")])
    bullets = add_list(document, 83, 83, [("bullet", "-")])
    number_paragraph(document.add_paragraph(""), numbers, 0)
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "STT", "Nội dung"
    for row in (1, 2):
        number_paragraph(table.cell(row, 0).paragraphs[0], numbers, 0)
        number_paragraph(table.cell(row, 1).paragraphs[0], bullets, 0)
    path = tmp_path / "stt.docx"
    document.save(path)
    blocks = read_document(path).blocks
    assert not any(isinstance(b, Line) and b.text.strip() for b in blocks)
    # Word counts the empty body paragraph as "1.": the table's rows are 2 and 3, as printed
    assert next(b for b in blocks if isinstance(b, Table)).rows == [["STT", "Nội dung"], ["2.", ""], ["3.", ""]]


def _track_deletion(properties) -> None:
    properties.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="Sở Nội vụ" w:date="2025-01-05T00:00:00Z"/>'))


def _delete_text(paragraph) -> None:
    """The paragraph's runs and its mark deleted under tracked changes, as Word writes them."""
    deleted = parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="Sở Nội vụ" w:date="2025-01-05T00:00:00Z"/>')
    for run in list(paragraph._p.findall(qn("w:r"))):
        for text in run.findall(qn("w:t")):
            text.tag = qn("w:delText")
        deleted.append(run)
    paragraph._p.append(deleted)
    mark = paragraph._p.get_or_add_pPr().find(qn("w:rPr"))
    if mark is None:
        mark = OxmlElement("w:rPr")
        paragraph._p.get_or_add_pPr().append(mark)
    _track_deletion(mark)


def test_what_tracked_changes_deleted_is_neither_read_nor_numbered(tmp_path):
    """A task row deleted under tracked changes, and a numbered item: Word's final view shows neither,
    and the rows and items after them keep the numbers it prints."""
    document = docx.Document()
    items = add_list(document, 84, 84, [("lowerLetter", "%1)")])
    for text in ("Rà soát văn bản", "Kiểm tra văn bản", "Theo dõi thi hành pháp luật"):
        number_paragraph(document.add_paragraph(text), items, 0)
    _delete_text(document.paragraphs[1])
    numbers = add_list(document, 85, 85, [("decimal", "%1")])
    table = document.add_table(rows=4, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "STT", "Nội dung"
    for row, text in enumerate(("Rà soát văn bản", "Kiểm tra văn bản", "Theo dõi thi hành pháp luật"), start=1):
        number_paragraph(table.cell(row, 0).paragraphs[0], numbers, 0)
        table.cell(row, 1).text = text
    _delete_text(table.cell(2, 1).paragraphs[0])
    _track_deletion(table.rows[2]._tr.get_or_add_trPr())
    path = tmp_path / "tracked.docx"
    document.save(path)
    blocks = read_document(path).blocks
    assert [b.text for b in blocks if isinstance(b, Line)] == ["a) Rà soát văn bản", "b) Theo dõi thi hành pháp luật"]
    assert next(b for b in blocks if isinstance(b, Table)).rows == [
        ["STT", "Nội dung"], ["1", "Rà soát văn bản"], ["2", "Theo dõi thi hành pháp luật"]]


def test_a_paragraph_moved_under_tracked_changes_is_numbered_where_it_went(tmp_path):
    document = docx.Document()
    items = add_list(document, 86, 86, [("lowerLetter", "%1)")])
    for text in ("Kiểm tra văn bản", "Rà soát văn bản", "Theo dõi thi hành pháp luật", "Kiểm tra văn bản"):
        number_paragraph(document.add_paragraph(text), items, 0)
    moved_from, moved_to = document.paragraphs[0]._p, document.paragraphs[3]._p
    gone = parse_xml(f'<w:moveFrom {nsdecls("w")} w:id="3" w:author="Sở Nội vụ" w:date="2025-01-05T00:00:00Z"/>')
    for run in moved_from.findall(qn("w:r")):
        gone.append(run)
    moved_from.append(gone)
    mark = OxmlElement("w:rPr")
    mark.append(parse_xml(f'<w:moveFrom {nsdecls("w")} w:id="4" w:author="Sở Nội vụ" w:date="2025-01-05T00:00:00Z"/>'))
    moved_from.get_or_add_pPr().append(mark)
    arrived = parse_xml(f'<w:moveTo {nsdecls("w")} w:id="5" w:author="Sở Nội vụ" w:date="2025-01-05T00:00:00Z"/>')
    for run in moved_to.findall(qn("w:r")):
        arrived.append(run)
    moved_to.append(arrived)
    path = tmp_path / "moved.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == [
        "a) Rà soát văn bản", "b) Theo dõi thi hành pháp luật", "c) Kiểm tra văn bản"]


def test_a_schedule_marked_by_cell_shading_alone_reads_as_marked(tmp_path):
    """A Word schedule whose quarters are filled with colour where a task runs; the area row merged across
    the table and a column shaded on every row are no marks."""
    document = docx.Document()
    table = document.add_table(rows=5, cols=6)
    for cell, text in zip(table.rows[0].cells, ["TT", "Nội dung", "Chủ trì", "Quý I", "Quý II", "Ghi chú"]):
        cell.text = text
    area = table.cell(1, 0).merge(table.cell(1, 5))
    area.text = "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"
    for r, (number, title) in enumerate([("1", "Rà soát thủ tục"), ("2", "Công bố thủ tục"), ("3", "Tổng kết")], 2):
        table.cell(r, 0).text, table.cell(r, 1).text, table.cell(r, 2).text = number, title, "Văn phòng UBND tỉnh"
    for r, c in [(2, 4), (3, 3), (3, 4), (2, 5), (3, 5), (4, 5)]:
        table.cell(r, c)._tc.get_or_add_tcPr().append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="A6A6A6"/>'))
    path = tmp_path / "shaded.docx"
    document.save(path)
    rows = read_document(path).tables()[0].rows
    assert [row[3:] for row in rows[2:]] == [["", "x", ""], ["x", "x", ""], ["", "", ""]]


_PROMPT_CONTROL = """<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:sdtPr>{showing}</w:sdtPr>
  <w:sdtContent><w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>"""


def test_a_content_control_still_showing_its_prompt_is_empty(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    for cell, (showing, text) in zip(table.rows[0].cells, [("<w:showingPlcHdr/>", "Bấm hoặc gõ nhẹ vào đây"),
                                                           ("", "Sở Nội vụ")]):
        cell.paragraphs[0]._p.append(parse_xml(_PROMPT_CONTROL.format(showing=showing, text=text)))
    path = tmp_path / "prompt.docx"
    document.save(path)
    assert read_document(path).tables()[0].rows == [["", "Sở Nội vụ"]]


def _wrap_in_control(tc, showing: str) -> None:
    """The cell wrapped whole in a content control, as Word writes one put around a cell."""
    control = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr>{showing}</w:sdtPr><w:sdtContent/></w:sdt>')
    tc.addprevious(control)
    control.find(qn("w:sdtContent")).append(tc)


def test_a_cell_wrapped_in_a_content_control_still_showing_its_prompt_is_empty(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Sở Nội vụ", "Bấm hoặc gõ nhẹ vào đây", "Sở Tư pháp"]):
        cell.text = text
    cells = table.rows[0]._tr.findall(qn("w:tc"))
    _wrap_in_control(cells[1], "<w:showingPlcHdr/>")
    _wrap_in_control(cells[2], "")
    path = tmp_path / "cell-prompt.docx"
    document.save(path)
    assert read_document(path).tables()[0].rows == [["Sở Nội vụ", "", "Sở Tư pháp"]]


def test_a_merged_cell_whose_first_row_tracked_changes_deleted_lends_no_other_rows_text(tmp_path):
    """The merged lead cell goes on from the deleted row, not from the area row above it."""
    document = docx.Document()
    table = document.add_table(rows=4, cols=2)
    table.cell(0, 0).text = "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"
    table.cell(0, 1).text = "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"
    for row, text in enumerate(("Ban hành kế hoạch", "Kiểm tra", "Tuyên truyền"), start=1):
        table.cell(row, 0).text = text
    lead = table.cell(1, 1).merge(table.cell(3, 1))
    lead.text = "Sở Nội vụ"
    for paragraph in table.cell(1, 0).paragraphs + lead.paragraphs:
        _delete_text(paragraph)
    _track_deletion(table.rows[1]._tr.get_or_add_trPr())
    path = tmp_path / "merged-deleted.docx"
    document.save(path)
    assert read_document(path).tables()[0].rows[1:] == [["Kiểm tra", ""], ["Tuyên truyền", ""]]


def test_a_symbol_inserted_from_a_symbol_font_reads_as_its_character(tmp_path):
    document = docx.Document()
    for font, code in [("Wingdings", "F0FC"), ("Symbol", "F0B3"), ("Wingdings", "F04A"), ("Symbol", "xyz")]:
        paragraph = document.add_paragraph("Mức ")
        paragraph.add_run()._r.append(parse_xml(f'<w:sym {nsdecls("w")} w:font="{font}" w:char="{code}"/>'))
    path = tmp_path / "symbols.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == ["Mức ✓", "Mức ≥", "Mức \uf04a", "Mức"]


def test_text_box_inside_a_table_cell_is_part_of_the_cell(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for c, text in enumerate(["TT", "Nội dung", "Chủ trì"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "1"
    table.cell(1, 1).paragraphs[0]._p.append(parse_xml(_TEXT_BOX_RUN))
    table.cell(1, 2).text = "Sở Nội vụ"
    path = tmp_path / "box.docx"
    document.save(path)
    assert read_document(path).tables()[0].rows[1] == [
        "1", "Số: 123/KH-UBND\nĐắk Nông, ngày 18 tháng 12 năm 2020", "Sở Nội vụ"]


def _embed(document, container, blob: bytes, content_type: str, name: str) -> None:
    """Content embedded as another format, as programs that build Word files write it (w:altChunk)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI(f"/word/{name}"), content_type, blob, document.part.package)
    rid = document.part.relate_to(part, RELATIONSHIP_TYPE.A_F_CHUNK)
    container.append(parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>'))


def test_html_embedded_in_the_body_is_read_where_word_shows_it(tmp_path):
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    _embed(document, document.element.body, "<html><body><p>PHỤ LỤC</p><table><tr><td>TT</td><td>Nội dung</td>"
           "</tr><tr><td>1</td><td>Rà soát văn bản</td></tr></table></body></html>".encode(), "text/html", "afchunk.htm")
    document.element.body.append(document.element.body.sectPr)  # the section's properties stay last
    document.add_paragraph("Tổng kinh phí: 10 triệu đồng")
    path = tmp_path / "chunk.docx"
    document.save(path)
    doc = read_document(path)
    assert [b.text if isinstance(b, Line) else b.rows for b in doc.blocks] == [
        "KẾ HOẠCH", "PHỤ LỤC", [["TT", "Nội dung"], ["1", "Rà soát văn bản"]], "Tổng kinh phí: 10 triệu đồng"]
    assert [b.lineno for b in doc.blocks] == [1, 2, 3, 5]


def test_embedded_content_of_an_unread_kind_is_pointed_out(tmp_path):
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    _embed(document, document.element.body, b"{\\rtf1 ...}", "application/rtf", "afchunk.rtf")
    path = tmp_path / "chunk.docx"
    document.save(path)
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == ["KẾ HOẠCH"]
    assert any("application/rtf" in str(notice) for notice in doc.notices)


# A table typed with TABs at Word's default stops, as its printout shows it: the typist pressed TAB until
# each cell reached its column (checked against LibreOffice's print), one to six TABs between two cells.
_TYPED_TABLE = [
    "TT\tNội dung nhiệm vụ\t\t\t\t\t\tCơ quan chủ trì\t\t\tThời gian\t\tSản phẩm",
    "I\tCẢI CÁCH THỂ CHẾ",
    "1\tRà soát, hệ thống hóa văn bản quy phạm\t\t\tSở Tư pháp\t\t\t\tQuý II/2024\t\tBáo cáo",
    "\tpháp luật của tỉnh",
    "2\tKiểm tra công tác cải cách hành chính\t\t\tSở Nội vụ\t\t\t\tQuý III/2024\t\tKết luận",
    "II\tHIỆN ĐẠI HÓA NỀN HÀNH CHÍNH",
    "1\tNâng cấp Cổng dịch vụ công\t\t\t\t\tSở Thông tin và Truyền thông\tTháng 6/2024\t\tCổng mới",
]


def _typed_table(path, own_stops: bool = False):
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.add_paragraph("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024")
    for row in _TYPED_TABLE:
        paragraph = document.add_paragraph(row)
        if own_stops:
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(1))
    document.save(path)
    return path


def test_a_table_typed_at_default_tab_stops_is_read_where_its_cells_land(tmp_path):
    lines = read_document(_typed_table(tmp_path / "a.docx")).blocks[1:]
    assert lines[0].text == _TYPED_TABLE[0]   # the text keeps its TABs; the places go beside it
    header, row, row_with_long_lead = lines[0].spaced, lines[2].spaced, lines[6].spaced
    for name in ("Sở Tư pháp", "Quý II/2024", "Báo cáo"):
        column = row.index(name)
        assert header[column - 1] == " " and header[column] != " "
    assert row_with_long_lead.index("Sở Thông tin") == row.index("Sở Tư pháp")
    assert lines[3].spaced.index("pháp luật") == row.index("Rà soát")

    plan = parse_file(tmp_path / "a.docx")
    assert [(t.id, t.title, t.lead, t.deadline.end, t.outputs) for t in plan.tasks] == [
        ("I.1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh", ["Sở Tư pháp"], "2024-06-30", ["Báo cáo"]),
        ("I.2", "Kiểm tra công tác cải cách hành chính", ["Sở Nội vụ"], "2024-09-30", ["Kết luận"]),
        ("II.1", "Nâng cấp Cổng dịch vụ công", ["Sở Thông tin và Truyền thông"], "2024-06-30", ["Cổng mới"])]


def test_tabs_of_a_paragraph_with_its_own_stops_are_read_as_written(tmp_path):
    lines = read_document(_typed_table(tmp_path / "a.docx", own_stops=True)).blocks[1:]
    assert [line.spaced for line in lines] == [None] * len(_TYPED_TABLE)
