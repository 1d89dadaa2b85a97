"""PDFs with a text layer on some pages and only a picture on others: the pictures are OCR'd in place."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cchc.importer import parse_file
from cchc.importer.document import Line, Table
from cchc.importer.evaluation import score_plan
from cchc.importer.readers.pdf import read_pdf
from cchc.ocr import rendering

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = "002_591ff2b9d60f55ba"   # the seed `table_scan` (conftest) shows the start of the table of
BODY = ["ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC", "KẾ HOẠCH", "Cải cách hành chính năm 2021",
        "Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."]


def _joined(parts: list[tuple[Path, list[int] | None]], path: Path) -> Path:
    """One PDF of the given pages (0-based, or all) of each part, in order."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for source, indexes in parts:
        part = pdfium.PdfDocument(str(source))
        out.import_pages(part, indexes)
        part.close()
    out.save(str(path))
    out.close()
    return path


@pytest.fixture(scope="module")
def typed_body(tmp_path_factory) -> Path:
    workdir = tmp_path_factory.mktemp("typed-body")
    return rendering.convert_to_pdf(rendering.build_docx("\n".join(BODY), workdir / "than.docx"), workdir)


def _texts(document) -> list[str]:
    return [block.text.strip() for block in document.blocks if isinstance(block, Line)]


def test_a_scanned_appendix_after_typed_pages_is_read_in_its_place(typed_body, table_scan, tmp_path):
    document = read_pdf(_joined([(typed_body, None), (table_scan.path, None)], tmp_path / "kh.pdf"))
    assert _texts(document)[:len(BODY)] == BODY
    table = document.blocks[-1]
    assert isinstance(table, Table) and table.page == 2
    assert len(table.rows) == len(table_scan.source_rows)
    assert [block.lineno for block in document.blocks] == sorted({block.lineno for block in document.blocks})
    assert any("Trang 2 là ảnh quét" in n.message and "đã được nhận dạng" in n.message for n in document.notices)


def test_a_scanned_page_before_typed_pages_comes_first(typed_body, table_scan, tmp_path):
    document = read_pdf(_joined([(table_scan.path, None), (typed_body, None)], tmp_path / "kh.pdf"))
    kinds = [type(block) for block in document.blocks]
    assert kinds.index(Table) < max(i for i, kind in enumerate(kinds) if kind is Line)
    assert _texts(document)[-len(BODY):] == BODY


def test_without_ocr_the_typed_pages_are_kept_and_the_unread_page_named(typed_body, table_scan, tmp_path,
                                                                      monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "khong-co-tesseract"))
    document = read_pdf(_joined([(typed_body, None), (table_scan.path, None)], tmp_path / "kh.pdf"))
    assert _texts(document) == BODY and not document.tables()
    assert any("Trang 2 là ảnh quét" in n.message and "chưa được đọc" in n.message for n in document.notices), \
        [n.message for n in document.notices]


SCANNED = [0, 1, 6]   # the decision, the plan's targets, and a page in the middle of the task table


@pytest.fixture(scope="module")
def partly_scanned_plan(tmp_path_factory) -> Path:
    """Seed 002 printed, with its pages `SCANNED` put back as pictures only, the rest typed."""
    import pypdfium2 as pdfium

    workdir = tmp_path_factory.mktemp("partly-scanned")
    seed = (SHARED / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    typed = rendering.convert_to_pdf(rendering.build_docx(seed, workdir / "kh.docx"), workdir)
    document = pdfium.PdfDocument(str(typed))
    pages = len(document)
    document.close()
    parts = []
    for index in range(pages):
        if index in SCANNED:
            image = rendering.rasterise(typed, dpi=200, indexes=[index])
            parts.append((rendering.save_image_pdf(image, workdir / f"trang{index + 1}.pdf"), None))
        else:
            parts.append((typed, [index]))
    return _joined(parts, workdir / "kh-quet-mot-phan.pdf")


def test_a_plan_with_scanned_pages_among_typed_ones_scores_against_its_gold(partly_scanned_plan):
    plan = parse_file(partly_scanned_plan)
    score = score_plan(plan.to_dict(), json.loads((SHARED / "gold" / f"{SEED}.json").read_text(encoding="utf-8")))
    assert score.task_f1[2] >= 0.95, score.misses[:10]
    assert score.target_f1[2] >= 0.8, score.misses
    assert score.meta_accuracy == 1.0, score.misses
    assert any(n.message.startswith("Trang 1, 2, 7 là ảnh quét") for n in plan.notices)


def test_the_task_table_runs_on_through_its_scanned_page(partly_scanned_plan):
    tables = read_pdf(partly_scanned_plan).tables()
    assert len(tables) == 1, [(t.page, t.rows[0][:2]) for t in tables]
    typed = read_pdf(partly_scanned_plan.parent / "kh.pdf").tables()   # the same plan, every page typed
    assert _row_numbers(tables[0]) == _row_numbers(typed[0])


def _row_numbers(table: Table) -> list[str]:
    """The first cell of each row but the header's repeats (where a page break falls, the merge drops them)."""
    return [row[0] for row in table.rows[1:] if row[0] != table.rows[0][0]]


def test_a_picture_without_writing_adds_nothing_but_a_notice(typed_body, tmp_path):
    from PIL import Image

    blank = rendering.save_image_pdf([Image.new("L", (1654, 2339), 255)], tmp_path / "trang-trang.pdf")
    document = read_pdf(_joined([(typed_body, None), (blank, None)], tmp_path / "kh.pdf"))
    assert _texts(document) == BODY
    assert [n.message for n in document.notices] == [
        "Trang 2 là ảnh quét, không có lớp văn bản; nội dung chưa được đọc. Không nhận dạng được chữ nào trên ảnh."]
