"""`read_scan` on real files through real Tesseract: formats, columns, furniture, failures."""
from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Cm, Pt
from PIL import Image
from rapidfuzz import fuzz

from cchc.importer.errors import ImportFailed, UnreadableDocument
from cchc.importer.readers.scan import read_scan
from cchc.ocr import rendering
from cchc.ocr.engine import OcrSettings, recognise
from cchc.ocr.prepare import to_gray

MISSING_TESSDATA = "/nonexistent/tessdata"


@pytest.fixture(scope="session")
def letterhead_scan(tmp_path_factory):
    """A page with the two-column letterhead of an official document (no rulings), page number
    in the footer, a page counter in the header, and a wrapped paragraph."""
    workdir = tmp_path_factory.mktemp("letterhead")
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    section = document.sections[0]
    section.header.paragraphs[0].text = "(3/12"
    section.footer.paragraphs[0].text = "2"
    rows = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("TỈNH ĐẮK NÔNG", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 1887/QĐ-UBND", "Đắk Nông, ngày 18 tháng 12 năm 2020")]
    table = document.add_table(rows=3, cols=2)  # default style: no borders
    table.autofit = False
    for r, (left, right) in enumerate(rows):
        table.cell(r, 0).text, table.cell(r, 1).text = left, right
        table.cell(r, 0).width = table.cell(r, 1).width = Cm(6)
    document.add_paragraph("QUYẾT ĐỊNH")
    document.add_paragraph(
        "Căn cứ Quyết định số 2636/QĐ-BNV ngày 10 tháng 12 năm 2018 của Bộ Nội vụ về phê duyệt Đề án "
        "xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, "
        "thành phố trực thuộc Trung ương;")
    source = workdir / "letterhead.docx"
    document.save(source)
    page = rendering.rasterise(rendering.convert_to_pdf(source, workdir), dpi=200, indexes=[0])[0]
    path = workdir / "letterhead.png"
    page.save(path, dpi=(200, 200))
    return path, rows


@pytest.fixture(scope="session")
def letterhead_document(letterhead_scan):
    return read_scan(letterhead_scan[0])


def test_text_columns_without_rulings_are_tab_separated(letterhead_document, letterhead_scan):
    _, rows = letterhead_scan
    lines = [line.text for line in letterhead_document.lines()]
    assert letterhead_document.tables() == []
    tabbed = [line.split("\t") for line in lines if "\t" in line]
    for left, right in rows:  # a right cell may wrap: its first line is then a prefix of it
        assert any(len(parts) == 2 and fuzz.ratio(parts[0], left) >= 85 and fuzz.partial_ratio(parts[1], right) >= 90
                   for parts in tabbed), (left, right, lines)


def test_wrapped_column_cell_continues_in_its_column(letterhead_document):
    lines = [line.text for line in letterhead_document.lines()]
    first = next(i for i, line in enumerate(lines) if line.startswith("ỦY BAN"))
    assert lines[first + 1] == "\tVIỆT NAM"  # the 6 cm right column wraps its first cell


def test_wrapped_paragraph_becomes_one_line(letterhead_document):
    lines = [line.text for line in letterhead_document.lines()]
    paragraph = next(line for line in lines if line.startswith("Căn cứ"))
    assert paragraph.endswith("Trung ương;")
    assert "\t" not in paragraph
    assert any(line == "QUYẾT ĐỊNH" for line in lines)


def test_page_number_and_counter_are_dropped(letterhead_document):
    texts = [line.text.strip() for line in letterhead_document.lines()]
    assert "2" not in texts
    assert not any(t.startswith("(3") for t in texts), texts


def test_multipage_tiff_reads_every_frame_in_order(prose_page, tmp_path, capfd):
    top = prose_page.crop((0, 0, prose_page.width, 420))
    middle = prose_page.crop((0, 420, prose_page.width, 840))
    path = tmp_path / "scan.tif"
    top.save(path, save_all=True, append_images=[middle], dpi=(200, 200))
    document = read_scan(path, progress=True)
    pages = [line.page for line in document.lines()]
    assert pages == sorted(pages) and set(pages) == {1, 2}
    assert "QUYẾT ĐỊNH" in document.lines()[0].text
    assert "2/2" in capfd.readouterr().err  # the tqdm progress bar


def test_an_image_that_states_no_resolution_is_read_as_an_a4_page(letterhead_scan, tmp_path):
    """A 200-dpi page saved without its resolution (screenshots, chat apps): taken for 300 dpi, Tesseract
    lost the dots below the vowels ("Bộ Nội vụ" as "Bộ Nôi vu")."""
    path = tmp_path / "khong-dpi.png"
    with Image.open(letterhead_scan[0]) as page:
        page.copy().save(path)   # no dpi: no pHYs chunk
    with Image.open(path) as saved:
        assert "dpi" not in saved.info
    text = "\n".join(line.text for line in read_scan(path).lines())
    assert "Bộ Nội vụ" in text and "Ủy ban nhân dân tỉnh" in text, text


def test_image_without_text_gives_empty_document(tmp_path):
    path = tmp_path / "blank.png"
    Image.new("L", (1654, 1169), 242).save(path, dpi=(200, 200))
    document = read_scan(path)
    assert document.blocks == []
    assert document.notices  # says that nothing was recognised


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50, b"not an image at all"])
def test_corrupt_image_fails_cleanly(tmp_path, content):
    path = tmp_path / "scan.png"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as err:
        read_scan(path)
    assert "ảnh" in str(err.value)


def test_truncated_jpeg_fails_cleanly(prose_page, tmp_path):
    buffer = io.BytesIO()
    prose_page.save(buffer, "JPEG")
    path = tmp_path / "scan.jpg"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 3])
    with pytest.raises(ImportFailed):
        read_scan(path)


def test_corrupt_pdf_fails_cleanly(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00" * 200)
    with pytest.raises(ImportFailed) as err:
        read_scan(path)
    assert "PDF" in str(err.value)


def test_missing_language_data_is_a_clear_error(tmp_path, prose_page):
    path = tmp_path / "scan.png"
    prose_page.crop((0, 0, 600, 200)).save(path)
    with pytest.raises(UnreadableDocument) as err:
        read_scan(path, settings=OcrSettings(tessdata_dir=MISSING_TESSDATA))
    message = str(err.value)
    assert "tesseract-ocr-vie" in message and "\n" not in message


def test_tesseract_call_without_language_data_raises_import_error(prose_page):
    """Straight to Tesseract with a tessdata dir that does not exist (no availability check first)."""
    with pytest.raises(UnreadableDocument) as err:
        recognise(to_gray(prose_page.crop((0, 0, 600, 200))), OcrSettings(tessdata_dir=MISSING_TESSDATA), dpi=200)
    assert "Tesseract" in str(err.value)


def test_noisy_blank_page_gives_no_text(tmp_path):
    path = tmp_path / "noise.png"
    rendering.degrade(Image.new("L", (1654, 1169), 250), noise=0.8, seed=3).save(path, dpi=(200, 200))
    assert read_scan(path).blocks == []


def test_page_tesseract_cannot_finish_is_skipped_with_a_notice(prose_page, tmp_path):
    path = tmp_path / "scan.png"
    prose_page.save(path, dpi=(200, 200))
    document = read_scan(path, settings=OcrSettings(timeout=0.01))
    assert document.blocks == []
    assert any("quá thời gian" in str(n) for n in document.notices)


def test_missing_tesseract_program_is_a_clear_error(tmp_path, prose_page, monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "khong-co-tesseract"))
    path = tmp_path / "scan.png"
    prose_page.crop((0, 0, 600, 200)).save(path)
    with pytest.raises(UnreadableDocument) as err:
        read_scan(path)
    assert str(err.value) == "Không tìm thấy Tesseract OCR với dữ liệu tiếng Việt (gói tesseract-ocr-vie)."
