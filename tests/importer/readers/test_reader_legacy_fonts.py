"""Pre-Unicode TCVN3 (ABC) text is converted to Unicode wherever it comes from."""
import docx
import pytest

from cchc.importer.readers import libreoffice, read_document
from cchc.importer.readers.legacy_fonts import TCVN3_TO_UNICODE, from_tcvn3, repair

from .reader_samples import requires_soffice

UNICODE_TO_TCVN3 = {u: t for t, u in TCVN3_TO_UNICODE.items()}
PLAN_LINE = "Kế hoạch cải cách hành chính tỉnh Đắk Lắk năm 2012; Sở Nội vụ chủ trì, phối hợp với các sở, ngành"


def to_tcvn3(text: str) -> str:
    """As typed with a .VnTime font (upper-case toned letters do not exist in it: lower-case codes)."""
    out = []
    for char in text:
        if char in UNICODE_TO_TCVN3:
            out.append(UNICODE_TO_TCVN3[char])
        elif char.lower() in UNICODE_TO_TCVN3 and char.lower() != char:
            out.append(UNICODE_TO_TCVN3[char.lower()])
        else:
            out.append(char)
    return "".join(out)


@pytest.mark.parametrize("tcvn3, unicode", [("B¶o Th¾ng", "Bảo Thắng"), ("M\u00adêng Kh\u00ad¬ng", "Mường Khương"),
                                             ("KÕ ho¹ch c¶i c¸ch hµnh chÝnh", "Kế hoạch cải cách hành chính"),
                                             ("KÕ HO¹CH", "KẾ HOẠCH")])
def test_known_tcvn3_words(tcvn3, unicode):
    assert repair(tcvn3) == unicode


@pytest.mark.parametrize("tcvn3, unicode", [("KÕ HO¹CH", "KẾ HOẠCH"), ("UBND TØNH", "UBND TỈNH"),
                                             ("Sè: 05/KH-UBND", "Số: 05/KH-UBND")])
def test_a_line_is_in_capitals_where_its_words_with_marks_show_capitals_after_their_first_letter(tcvn3, unicode):
    assert from_tcvn3(tcvn3) == unicode


OCR_WITHOUT_ACCENTS = ["déng dé xuat véi UBND tinh vé nhitng nhiém vu trong tim CCHC can ¢6 sy chi",
                       "- La co quan thudng truc CCHC tinh ¢6 trach nhiém tham muu gitp", "S¢, ban, nganh"]


@pytest.mark.parametrize("text", [PLAN_LINE, "«Chương trình» theo § 3", "Giá trị 5 µm", "Plain ASCII text",
                                  *OCR_WITHOUT_ACCENTS[:2]])
def test_unicode_and_foreign_text_is_left_alone(text):
    assert repair(text) == text


def typed_in(cell, *runs: tuple[str, str | None]) -> None:
    """Runs of (text, font name) into a table cell's paragraph."""
    paragraph = cell.paragraphs[0]
    for text, font in runs:
        paragraph.add_run(text).font.name = font


def test_docx_typed_with_vntime_font(tmp_path):
    document = docx.Document()
    run = document.add_paragraph().add_run(to_tcvn3(PLAN_LINE))
    run.font.name = ".VnTime"
    document.add_paragraph("Dòng đã là Unicode")
    table = document.add_table(rows=1, cols=2)
    typed_in(table.cell(0, 0), (to_tcvn3("Sở Nội vụ"), ".VnTime"))
    typed_in(table.cell(0, 1), (to_tcvn3("Quý I/2012"), ".VnTime"))
    path = tmp_path / "cu.docx"
    document.save(path)
    doc = read_document(path)
    assert [line.text for line in doc.lines()] == [PLAN_LINE, "Dòng đã là Unicode"]
    assert doc.tables()[0].rows == [["Sở Nội vụ", "Quý I/2012"]]
    assert [str(notice) for notice in doc.notices if "TCVN3" in str(notice)] == [
        "Văn bản dùng phông chữ TCVN3 (ABC) cũ; nội dung đã được chuyển sang Unicode, cần kiểm tra lại dấu tiếng Việt."]


def test_docx_mixing_legacy_and_unicode_fonts_reads_each_run_in_its_own_font(tmp_path):
    """A TCVN3 plan edited in Unicode, with an appendix table pasted from an older file: a run is converted
    when its font is a TCVN3 one, wherever it is, and only then ("Tháng" in Times New Roman is "Tháng",
    though "á" is TCVN3's code of "ỏ")."""
    document = docx.Document()
    for _ in range(5):
        document.add_paragraph().add_run(PLAN_LINE).font.name = "Times New Roman"
    table = document.add_table(rows=2, cols=3)
    typed_in(table.cell(0, 0), (to_tcvn3("Sở Nội vụ"), ".VnTime"), (", Sở Tư pháp", "Times New Roman"))
    typed_in(table.cell(0, 1), ("Tháng 6/2012", "Times New Roman"))
    typed_in(table.cell(0, 2), (to_tcvn3("Ủy ban nhân dân"), ".VnTimeH"))
    typed_in(table.cell(1, 0), (to_tcvn3("Sở Tài chính"), ".VnTime"))
    typed_in(table.cell(1, 1), ("Báo cáo", None))
    typed_in(table.cell(1, 2), ("Sôû Noäi vuï", "VNI-Times"))
    path = tmp_path / "tron.docx"
    document.save(path)
    doc = read_document(path)
    assert doc.tables()[0].rows == [["Sở Nội vụ, Sở Tư pháp", "Tháng 6/2012", "ỦY BAN NHÂN DÂN"],
                                    ["Sở Tài chính", "Báo cáo", "Sở Nội vụ"]]
    assert {line.text for line in doc.lines()} == {PLAN_LINE}


def test_docx_vni_marks_split_from_their_vowels_across_runs(tmp_path):
    """In a Unicode document, so that only the runs' font tells that the line is VNI."""
    document = docx.Document()
    for _ in range(5):
        document.add_paragraph().add_run(PLAN_LINE).font.name = "Times New Roman"
    paragraph = document.add_paragraph()
    for text in ("Ke", "á hoa", "ïch caûi caùch"):
        paragraph.add_run(text).font.name = "VNI-Times"
    path = tmp_path / "vni.docx"
    document.save(path)
    assert read_document(path).lines()[-1].text == "Kế hoạch cải cách"


def test_docx_whose_fonts_were_lost_is_converted_as_a_whole(tmp_path):
    """No run names a font (a converter dropped them): the whole-document rule decides, as for plain text."""
    document = docx.Document()
    for text in (PLAN_LINE, "Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan"):
        document.add_paragraph(to_tcvn3(text))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = to_tcvn3("Sở Nội vụ"), to_tcvn3("Quý I/2012")
    path = tmp_path / "mat-phong.docx"
    document.save(path)
    doc = read_document(path)
    assert doc.lines()[0].text == PLAN_LINE
    assert doc.tables()[0].rows == [["Sở Nội vụ", "Quý I/2012"]]
    assert any("TCVN3" in str(notice) for notice in doc.notices)


@requires_soffice
@pytest.mark.parametrize("fmt", ["doc", "odt"])
def test_legacy_word_typed_with_vntime_keeps_its_u_horn(tmp_path, fmt):
    """TCVN3's "ư" is the byte of a soft hyphen, which LibreOffice writes as an optional-hyphen element."""
    document = docx.Document()
    for text in (PLAN_LINE, "Sở Tư pháp: trước 30/6/2012; thường xuyên"):
        document.add_paragraph().add_run(to_tcvn3(text)).font.name = ".VnTime"
    source = tmp_path / "cu.docx"
    document.save(source)
    doc = read_document(libreoffice.convert(source, fmt, tmp_path))
    assert [line.text for line in doc.lines()] == [PLAN_LINE, "Sở Tư pháp: trước 30/6/2012; thường xuyên"]


def test_a_letterhead_in_a_capitals_font_reads_in_capitals_however_it_was_typed(tmp_path):
    document = docx.Document()
    for text, font in (("Uỷ ban nhân dân", ".VnTimeH"), ("huyện Kim Sơn", ".VnTimeH"), ("Số: 08/KH-UBND", ".VnTime"),
                       (PLAN_LINE, ".VnTime")):
        document.add_paragraph().add_run(to_tcvn3(text)).font.name = font
    path = tmp_path / "cu.docx"
    document.save(path)
    assert [line.text for line in read_document(path).lines()] == [
        "UỶ BAN NHÂN DÂN", "HUYỆN KIM SƠN", "Số: 08/KH-UBND", PLAN_LINE]


def test_text_file_in_tcvn3_bytes(tmp_path):
    path = tmp_path / "cu.txt"
    path.write_bytes("\n".join([to_tcvn3(PLAN_LINE)] * 5).encode("latin-1"))
    assert read_document(path).lines()[0].text == PLAN_LINE


def test_text_file_in_tcvn3_bytes_is_converted_line_by_line_with_a_notice(tmp_path):
    """A heading typed in .VnTimeH stores lower-case codes under ASCII capitals ("KÕ HO¹CH"); TCVN3
    writes "ư" as the soft-hyphen byte, which must not be taken for an invisible mark."""
    heading = "".join(c.upper() if c.isascii() else c for c in to_tcvn3("kế hoạch cải cách hành chính"))
    body = [heading, to_tcvn3(PLAN_LINE), to_tcvn3("Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan")]
    path = tmp_path / "cu.txt"
    path.write_bytes("\n".join(body * 3).encode("latin-1"))
    doc = read_document(path)
    assert [line.text for line in doc.lines()][:3] == [
        "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH", PLAN_LINE, "Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan"]
    assert any("TCVN3" in str(notice) for notice in doc.notices)


def test_ocr_text_with_stray_symbols_is_not_taken_for_tcvn3(tmp_path):
    path = tmp_path / "ocr.txt"
    path.write_text("\n".join(OCR_WITHOUT_ACCENTS * 3), encoding="utf-8")
    doc = read_document(path)
    assert [line.text for line in doc.lines()] == OCR_WITHOUT_ACCENTS * 3
    assert doc.notices == []


VNI_LINE = ("Keá hoaïch caûi caùch haønh chính tænh Ñaék Noâng naêm 2012; Sôû Noäi vuï chuû trì, "
            "phoái hôïp vôùi caùc sôû, ngaønh thöïc hieän thöôøng xuyeân")
VNI_UNICODE = ("Kế hoạch cải cách hành chính tỉnh Đắk Nông năm 2012; Sở Nội vụ chủ trì, "
               "phối hợp với các sở, ngành thực hiện thường xuyên")


@pytest.mark.parametrize("vni, unicode", [(VNI_LINE, VNI_UNICODE), ("KEÁ HOAÏCH CAÛI CAÙCH", "KẾ HOẠCH CẢI CÁCH"),
                                          ("UÛy ban nhaân daân tænh Ñoàng Thaùp", "Ủy ban nhân dân tỉnh Đồng Tháp")])
def test_known_vni_text(vni, unicode):
    assert repair(vni) == unicode


def test_docx_typed_with_vni_font(tmp_path):
    document = docx.Document()
    document.add_paragraph().add_run(VNI_LINE).font.name = "VNI-Times"
    table = document.add_table(rows=1, cols=2)
    typed_in(table.cell(0, 0), ("Sôû Noäi vuï", "VNI-Times"))
    typed_in(table.cell(0, 1), ("Quyù IV/2012", "VNI-Times"))
    path = tmp_path / "vni.docx"
    document.save(path)
    doc = read_document(path)
    assert [line.text for line in doc.lines()] == [VNI_UNICODE]
    assert doc.tables()[0].rows == [["Sở Nội vụ", "Quý IV/2012"]]
    assert any("VNI" in str(notice) for notice in doc.notices)


def test_text_file_in_vni_bytes(tmp_path):
    path = tmp_path / "vni.txt"
    path.write_bytes("\n".join([VNI_LINE] * 5).encode("latin-1"))
    assert read_document(path).lines()[0].text == VNI_UNICODE


def test_unicode_document_with_latin1_only_lines_is_left_alone(tmp_path):
    lines = [PLAN_LINE] * 4 + ["khác", "- Công báo;", "× rd,F + DD × rd,D", "Nơi nhận:"]
    path = tmp_path / "unicode.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    assert [line.text for line in doc.lines()] == lines
    assert doc.notices == []


def test_web_page_reads_each_element_in_the_font_it_names(tmp_path):
    """A page in Unicode holding a table pasted from a TCVN3 file (Word's "save as web page" names each run's
    font); a cell edited in Unicode names its own font inside."""
    rows = "".join(f"<tr><td><font face='.VnTime'>{to_tcvn3(lead)}</font></td>"
                   f"<td style='font-family:\".VnTime\", serif'>{when}</td></tr>"
                   for lead, when in (("Sở Nội vụ", to_tcvn3("Quý I/2012")),
                                      ("Sở Tư pháp", "<span style=\"font-family:'Times New Roman'\">Tháng 6</span>")))
    page = (f"<html><body>{('<p>' + PLAN_LINE + '</p>') * 5}<table>{rows}</table>"
            "<p style='font-family:VNI-Times'>Sôû Noäi vuï</p></body></html>")
    path = tmp_path / "trang.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert doc.tables()[0].rows == [["Sở Nội vụ", "Quý I/2012"], ["Sở Tư pháp", "Tháng 6"]]
    assert doc.lines()[-1].text == "Sở Nội vụ"
    assert sum("TCVN3" in str(notice) or "VNI" in str(notice) for notice in doc.notices) == 2
