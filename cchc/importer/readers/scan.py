"""Scanned plans (image-only PDFs, PNG/JPEG/TIFF) through Tesseract OCR, page by page.

The OCR pipeline itself (preparation, table grids, layout) lives in `cchc.ocr`; this
reader turns its pages into the importer's `Document`.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from rapidfuzz import fuzz

from cchc.importer.document import Block, Document, Line, Notice, Table
from cchc.importer.text import fold
from cchc.ocr.batch import read_pages
from cchc.ocr.engine import OcrClock, OcrSettings, ensure_available
from cchc.ocr.page import PageLine, PageTable, PageText, mean_confidence
from cchc.ocr.pages import PageSource

LOW_CONFIDENCE = 75.0  # mean word confidence (0..100) under which the text is treated as damaged
LOW_CONFIDENCE_NOTICE = "Văn bản quét có chất lượng nhận dạng thấp (độ tin cậy trung bình {conf:.0f}%): cần kiểm tra lại."
EMPTY_NOTICE = "Không nhận dạng được chữ nào trong tệp quét."
SKEW_NOTICE = "Trang {page} bị nghiêng {angle:.1f}° và đã được xoay thẳng."
TIMEOUT_NOTICE = "Trang {page}: Tesseract OCR quá thời gian nhận dạng (ảnh quá nhiễu), trang này bị bỏ qua."
TURNED_NOTICE = "Trang {page} được quét sai hướng và đã được xoay {angle}°."
NOTICEABLE_SKEW = 1.0
REPEATED_HEADER_SIMILARITY = 90.0


def read_scan(path: Path, progress: bool = False, *, settings: OcrSettings | None = None,
              clock: OcrClock | None = None, workers: int | None = None, pages: set[int] | None = None) -> Document:
    """OCR every page of a scanned file (or the page numbers `pages` only) into lines and tables
    (Vietnamese Tesseract).

    Pages are read `workers` at a time (default: one per core, at most 4).
    """
    settings = settings or OcrSettings()
    ensure_available(settings)
    source = PageSource(Path(path), pages)
    with _progress_bar(len(source), progress, Path(path).name) as bar:
        read = read_pages(source, settings, clock, workers, on_page=bar.update if bar else None)
    return build_document(read, str(path))


@contextmanager
def _progress_bar(total: int, enabled: bool, name: str):
    if not enabled:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=f"OCR {name}", unit="trang", file=sys.stderr) as bar:
        yield bar


def build_document(pages: list[PageText], source: str) -> Document:
    """One document of all pages: blocks numbered through, tables continued across page breaks."""
    blocks: list[Block] = []
    notices = [notice for page in pages for notice in _page_notices(page)]
    lineno = 1
    previous: PageTable | None = None  # the page table that ends the open document table
    for page in pages:
        for index, item in enumerate(page.items):
            if isinstance(item, PageLine):
                blocks.append(Line(item.text, lineno, page=page.number, spaced=item.spaced))
                lineno += 1
                previous = None
                continue
            if index == 0 and previous is not None and continues_table(blocks, item.rows):
                lineno += _extend_table(blocks[-1], item, previous, lineno)
            else:
                blocks.append(Table([list(row) for row in item.rows], lineno, page=page.number))
                lineno += len(item.rows)
            previous = item
    confidence = mean_confidence([c for page in pages for c in page.confidences])
    damaged = confidence is not None and confidence < LOW_CONFIDENCE
    if confidence is None:
        notices.append(Notice(EMPTY_NOTICE))
    elif damaged:
        notices.append(Notice(LOW_CONFIDENCE_NOTICE.format(conf=confidence)))
    return Document(blocks, source=source, notices=notices, damaged=damaged)


def _page_notices(page: PageText) -> list[Notice]:
    notices = []
    if page.timed_out:
        notices.append(Notice(TIMEOUT_NOTICE.format(page=page.number)))
    if page.turned:
        notices.append(Notice(TURNED_NOTICE.format(page=page.number, angle=page.turned)))
    if abs(page.skew) >= NOTICEABLE_SKEW:
        notices.append(Notice(SKEW_NOTICE.format(page=page.number, angle=page.skew)))
    return notices


def continues_table(blocks: list[Block], rows: list[list[str]]) -> bool:
    """A table opening a page with the column count of the table that closed the previous page."""
    return bool(blocks) and isinstance(blocks[-1], Table) and len(rows[0]) == len(blocks[-1].rows[0])


def _extend_table(table: Table, page_table: PageTable, previous: PageTable, lineno: int) -> int:
    """Append a page's continuation of `table`: the repeated header goes, cells merged across the
    page break get the text printed above the break, and a row split by the break (no number in
    its first cell) is glued to the row it continues. Returns the page rows consumed."""
    rows, ids = [list(row) for row in page_table.rows], page_table.cell_ids
    consumed = len(rows)
    if same_row(rows[0], table.rows[0]):
        rows, ids = rows[1:], ids[1:]
    if rows:
        _carry_merged_cells(table, rows, ids, previous.cell_ids)
    if rows and not rows[0][0].strip() and table.rows[-1][0].strip() and any(c.strip() for c in rows[0]):
        table.rows[-1] = [_glue(a, b) for a, b in zip(table.rows[-1], rows[0])]
        rows = rows[1:]
    first = lineno + consumed - len(rows)
    table.rows.extend(rows)
    table.row_linenos.extend(range(first, first + len(rows)))
    return consumed


def _carry_merged_cells(table: Table, rows: list[list[str]], ids: list[list[int]],
                        previous_ids: list[list[int]]) -> None:
    """Cells merged down across the page break. Printed once above the break, their empty slots
    below it get that text; when the text itself ran over the break (the part below starts in
    lower case, mid-phrase: "... UBND cấp" | "xã"), both parts join in every slot of the cell."""
    above = table.rows[-1]
    for column, text in enumerate(above):
        if not text.strip():
            continue
        merged_below = len(ids) > 1 and ids[1][column] == ids[0][column]
        merged_above = len(previous_ids) > 1 and previous_ids[-1][column] == previous_ids[-2][column]
        top = rows[0][column].strip()
        if not top and (merged_below or merged_above):
            _fill_cell(rows, ids, column, text)
        elif top[:1].islower() and (merged_above or merged_below):
            joined = f"{text} {top}"
            _fill_cell(rows, ids, column, joined)
            for row in reversed(table.rows):
                if row[column] != text:
                    break
                row[column] = joined


def _fill_cell(rows: list[list[str]], ids: list[list[int]], column: int, text: str) -> None:
    cell = ids[0][column]
    for row, row_ids in zip(rows, ids):
        if row_ids[column] == cell:
            row[column] = text


def _glue(head: str, tail: str) -> str:
    if tail == head:  # an inherited merged cell, not a continuation
        return head
    return " ".join(part for part in (head, tail) if part.strip())


def same_row(a: list[str], b: list[str]) -> bool:
    return fuzz.ratio(fold(" ".join(a)), fold(" ".join(b))) >= REPEATED_HEADER_SIMILARITY
