"""A rendered, ruled task table OCRs into a `Table` with the right shape and readable cells."""
from __future__ import annotations

import subprocess

from PIL import ImageDraw
from rapidfuzz import fuzz

from cchc.importer.document import Line, Table
from cchc.importer.readers.pdf import read_pdf
from cchc.importer.readers.scan import read_scan
from cchc.importer.text import fold

LEAD_COLUMN = 3  # "Cơ quan chủ trì"


def _the_table(document) -> Table:
    tables = document.tables()
    assert len(tables) == 1, [t.rows[:2] for t in tables]
    return tables[0]


def test_table_has_the_source_columns_and_rows(table_document, table_scan):
    table = _the_table(table_document)
    assert {len(row) for row in table.rows} == {7}
    assert len(table.rows) == len(table_scan.source_rows)


def test_header_row_reads_as_the_column_names(table_document, table_scan):
    header = _the_table(table_document).rows[0]
    for cell, expected in zip(header, table_scan.source_rows[0]):
        assert fuzz.ratio(fold(cell.replace("\n", " ")), fold(expected)) >= 85, (cell, expected)


def test_lead_agency_found_in_lead_column(table_document):
    leads = [row[LEAD_COLUMN] for row in _the_table(table_document).rows[1:]]
    assert any(fuzz.ratio(lead.replace("\n", " "), "Sở Nội vụ") >= 90 for lead in leads), leads


def test_cells_match_the_source_closely(table_document, table_scan):
    table = _the_table(table_document)
    scores = [fuzz.ratio(cell.replace("\n", " "), expected)
              for row, source in zip(table.rows, table_scan.source_rows)
              for cell, expected in zip(row, source) if expected]
    assert min(scores) >= 70, scores
    assert sum(scores) / len(scores) >= 93


def test_numbering_column_keeps_short_cells(table_document, table_scan):
    numbers = [row[0] for row in _the_table(table_document).rows[1:]]
    expected = [row[0] for row in table_scan.source_rows[1:]]
    matches = sum(a == b for a, b in zip(numbers, expected))
    assert matches >= len(expected) - 1, (numbers, expected)


def test_lines_wrapped_by_the_cell_width_are_rejoined(table_document, table_scan):
    """The source cells are single paragraphs, wrapped only by the narrow columns."""
    table = _the_table(table_document)
    assert not any("\n" in cell for row in table.rows for cell in row)
    assert fold(table.rows[0][5]) == fold(table_scan.source_rows[0][5])  # "Thời gian thực hiện", wrapped in print


def test_title_above_the_table_is_text_in_reading_order(table_document):
    blocks = table_document.blocks
    titles = [b for b in blocks if isinstance(b, Line)]
    assert fold(titles[0].text) == "phu luc"
    assert blocks.index(titles[1]) < blocks.index(_the_table(table_document))
    assert all(b.page == 1 for b in blocks)
    assert not table_document.damaged


def test_a_frame_round_the_page_leaves_the_table_and_the_title_as_they_are(table_scan, tmp_path):
    """A printed page border (or a photographed sheet's edge) boxes in the title and the table: the
    table is still found once, and the title above it stays text."""
    page = table_scan.images[0].convert("L")
    ImageDraw.Draw(page).rectangle((40, 40, page.width - 40, page.height - 40), outline=0, width=4)
    page.save(tmp_path / "khung.png", dpi=(200, 200))
    document = read_scan(tmp_path / "khung.png")
    assert len(_the_table(document).rows) == len(table_scan.source_rows)
    assert fold(next(b for b in document.blocks if isinstance(b, Line)).text) == "phu luc"


def test_a_searchable_pdf_is_read_again_from_its_pictures(table_scan, table_document, tmp_path):
    """What scanners save as a "searchable PDF": the page picture with an OCR text layer laid invisibly under
    it (here Tesseract's own). That layer has no rulings; the pictures give the same table as a plain scan."""
    picture = tmp_path / "trang.png"
    table_scan.images[0].save(picture, dpi=(200, 200))
    subprocess.run(["tesseract", str(picture), str(tmp_path / "ban-quet"), "-l", "vie", "pdf"],
                   check=True, capture_output=True)
    document = read_pdf(tmp_path / "ban-quet.pdf")
    assert _the_table(document).rows == _the_table(table_document).rows
    assert "nhận dạng lại từ ảnh" in document.notices[0].message
