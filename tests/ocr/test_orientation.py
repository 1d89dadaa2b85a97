"""Pages fed into the scanner sideways or upside down are turned upright before reading."""
from __future__ import annotations

import pytest

from cchc.importer.readers.scan import build_document
from cchc.ocr.engine import OcrSettings
from cchc.ocr.orientation import looks_sideways
from cchc.ocr.page import read_page
from cchc.ocr.pages import PageImage
from cchc.ocr.prepare import to_gray


@pytest.mark.parametrize("degrees, sideways", [(0, False), (90, True), (180, False), (270, True)])
def test_sideways_text_is_seen_from_the_ink_alone(prose_page, degrees, sideways):
    assert looks_sideways(to_gray(prose_page.rotate(degrees, expand=True))) is sideways


def test_landscape_table_scanned_sideways_reads_as_the_table(table_scan):
    page = PageImage(table_scan.images[0].rotate(90, expand=True), 200, 1)
    result = read_page(page, OcrSettings())
    document = build_document([result], "bang.png")
    assert result.turned == 90
    assert [len(t.rows[0]) for t in document.tables()] == [7]
    assert any("xoay 90°" in str(n) for n in document.notices)


def test_upside_down_page_is_turned_after_a_poor_first_reading(prose_page):
    top = prose_page.crop((0, 0, prose_page.width, 900)).rotate(180)
    result = read_page(PageImage(top, 200, 1), OcrSettings())
    assert result.turned == 180
    assert "QUYẾT ĐỊNH" in build_document([result], "qd.png").text()
