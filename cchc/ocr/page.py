"""One scanned page -> text lines and tables in reading order."""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

import numpy as np

from . import layout
from .cells import Placed, cell_boxes, reread_doubtful_cells, repair_numbering
from .engine import OcrClock, OcrSettings, OcrTimeout, Word, recognise
from .grid import Grid, find_grids
from .number_column import recover_row_numbers
from .orientation import looks_sideways, osd_rotation, rotate_upright
from .pages import PageImage
from .prepare import (binarise, clean_paper, darken_faint_ink, deskew, despeckle, enlarge_small_text, to_gray,
                      uneven_background)

CELL_PADDING_IN = 0.075  # Word's and LibreOffice's default left/right cell margin (0.19 cm)
UPSIDE_DOWN_SUSPECT = 55.0  # mean word confidence below which the page may be upside down
FALLBACK_PSM = 6  # one uniform block, when sparse-text OCR runs away on noise


@dataclass
class PageTable:
    rows: list[list[str]]
    top: int
    cell_ids: list[list[int]] = field(default_factory=list)  # slots sharing an id are one merged cell

    def __post_init__(self) -> None:
        if not self.cell_ids:  # no merges known: every slot its own cell
            self.cell_ids = [[r * len(row) + c for c in range(len(row))] for r, row in enumerate(self.rows)]


@dataclass
class PageLine:
    text: str
    top: int
    spaced: str | None = None   # the line's words at their places across the page


@dataclass
class PageText:
    items: list[PageTable | PageLine]
    number: int
    skew: float = 0.0
    turned: int = 0  # clockwise degrees the page was turned to read it upright
    timed_out: bool = False  # Tesseract gave up on this page; it holds no text
    confidences: list[tuple[float, int]] = field(default_factory=list)  # (confidence, characters) per word


def read_page(page: PageImage, settings: OcrSettings, clock: OcrClock | None = None) -> PageText:
    started = time.perf_counter()
    gray, dpi = enlarge_small_text(to_gray(page.image), page.dpi)
    turned = 0
    if looks_sideways(gray):
        turned = osd_rotation(gray, settings, dpi, clock)
        gray = rotate_upright(gray, turned)
    result = _read_upright(gray, dpi, page.number, settings, clock)
    if not turned and _poorly_read(result):  # perhaps upside down: ask OSD, keep the better reading
        turned = osd_rotation(gray, settings, dpi, clock)
        if turned:
            retry = _read_upright(rotate_upright(gray, turned), dpi, page.number, settings, clock)
            result = retry if _confidence(retry) > _confidence(result) else result
    result.turned = turned
    if clock is not None:
        clock.add_page(time.perf_counter() - started)
    return result


def _read_upright(gray: np.ndarray, dpi: int, number: int, settings: OcrSettings,
                  clock: OcrClock | None) -> PageText:
    gray, skew = deskew(darken_faint_ink(gray))
    ink = despeckle(255 - binarise(gray), dpi)
    grids, rulings = find_grids(ink, dpi)
    # Tesseract reads the grayscale page better than our threshold (it keeps thin diacritics),
    # except on uneven backgrounds where the adaptive threshold is the better input.
    ocr_input = 255 - ink if uneven_background(gray) else clean_paper(gray, ink)
    ocr_input[rulings > 0] = 255  # rulings confuse Tesseract's segmentation and become "|" marks
    try:
        words = _recognise_page(ocr_input, settings, dpi, number, clock)
    except OcrTimeout:
        return PageText([], number, skew=skew, timed_out=True)
    placed, loose = _place_words(words, grids)
    loose = recover_row_numbers(loose, ocr_input, settings, dpi, clock, number)
    placed = [reread_doubtful_cells(grid, cell_words, ocr_input, ink, settings, dpi, clock, number)
              for grid, cell_words in zip(grids, placed)]
    items = _tables_and_lines(placed, loose, grids, gray.shape[0], dpi)
    return PageText(items, number, skew=skew, confidences=[(w.conf, len(w.text)) for w in words])


def _recognise_page(image: np.ndarray, settings: OcrSettings, dpi: int, number: int,
                    clock: OcrClock | None) -> list[Word]:
    """Page-wide sparse-text OCR; if that runs away (noise), once more as one uniform block."""
    try:
        words = recognise(image, settings, dpi, clock, number)
    except OcrTimeout:
        words = recognise(image, replace(settings, psm=FALLBACK_PSM), dpi, clock, number)
    return words


def _confidence(result: PageText) -> float:
    return mean_confidence(result.confidences) or 0.0


def _poorly_read(result: PageText) -> bool:
    return bool(result.confidences) and _confidence(result) < UPSIDE_DOWN_SUSPECT


def _place_words(words: list[Word], grids: list[Grid]) -> tuple[list[list[Placed]], list[Word]]:
    """Words in each table's cells (with their slot), and the words outside every table."""
    in_table: list[list[Placed]] = [[] for _ in grids]
    loose = []
    for word in words:
        placed = _place(word, grids)
        if placed is None:
            loose.append(word)
        else:
            in_table[placed[0]].append((placed[1], word))
    return in_table, loose


def _tables_and_lines(in_table: list[list[Placed]], loose: list[Word], grids: list[Grid],
                      page_height: int, dpi: int) -> list[PageTable | PageLine]:
    items: list[PageTable | PageLine] = []
    for grid, placed_words in zip(grids, in_table):
        rows, cell_ids = table_rows(grid, placed_words, dpi)
        if rows:
            items.append(PageTable(rows, grid.ys[0], cell_ids))
    items.extend(_text_lines(loose, page_height))
    return sorted(items, key=lambda item: item.top)


def _place(word: Word, grids: list[Grid]) -> tuple[int, tuple[int, int]] | None:
    x, y = word.center
    for index, grid in enumerate(grids):
        slot = grid.slot_at(x, y)
        if slot is not None:
            return index, slot
    return None


def table_rows(grid: Grid, placed_words: list[Placed], dpi: int) -> tuple[list[list[str]], list[list[int]]]:
    """Cell texts row by row (a merged cell's text repeated in every slot it covers) and the
    cell id of every slot; rows with no text at all are dropped."""
    by_cell: dict[int, list[Word]] = {}
    for (row, column), word in placed_words:
        by_cell.setdefault(grid.cell_ids[row][column], []).append(word)
    boxes = cell_boxes(grid)
    texts = {cell: repair_numbering(layout.cell_text(cell_words, _inner_width(boxes[cell], dpi)))
             for cell, cell_words in by_cell.items()}
    kept = [(row, ids) for ids in grid.cell_ids if any(row := [texts.get(cell, "") for cell in ids])]
    return [row for row, _ in kept], [ids for _, ids in kept]


def _inner_width(box: tuple[int, int, int, int], dpi: int) -> float:
    """Width available to text in a cell: the box less the usual cell padding on both sides."""
    return box[2] - box[0] - 2 * CELL_PADDING_IN * dpi


def _text_lines(words: list[Word], page_height: int) -> list[PageLine]:
    lines = [line for line in layout.visual_lines(words) if not layout.is_furniture(line, page_height)]
    tabbed = layout.column_lines(lines)
    lines = layout.split_at_column_starts(lines, tabbed)
    return [PageLine(*paragraph) for paragraph in layout.paragraphs(lines, tabbed)]


def mean_confidence(confidences: list[tuple[float, int]]) -> float | None:
    """Character-weighted mean word confidence (0..100), None without words."""
    total = sum(chars for _, chars in confidences)
    if not total:
        return None
    return float(np.dot([c for c, _ in confidences], [n for _, n in confidences]) / total)
