"""Second look at table cells the page-wide OCR pass missed or barely read.

Sparse-text OCR of a whole page sometimes drops a lone short token in a wide cell (a row
number "2", a budget "5") or misreads it ("I" -> "lÍ"). Such cells are read again on
their own, as one text block, which is cheap because there are few of them. The
Vietnamese model is weak on lone Latin letters (a Roman row number "I"), so a short,
unsure reading also gets a second opinion from the English model when it is installed;
that reading is only taken if it is plain ASCII (numbers, Roman numerals, codes).
Row numbers in Roman numerals also get their usual misreadings undone ("VỊ", "H").
"""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from cchc.importer.text import fold

from .engine import OcrClock, OcrSettings, Word, has_language, recognise
from .grid import Grid

CELL_INSET = 4  # pixels kept away from the (erased) rulings
CELL_PADDING = 12  # white margin Tesseract needs around a crop
MIN_INK_PIXELS = 12  # fewer inked pixels in a cell is dust, not a character
SHORT_TEXT = 3  # characters; cells this short are re-read when unsure
SURE_CONFIDENCE = 85.0
MAX_REREADS_PER_PAGE = 40
BLOCK_PSM = 6
LINE_PSM = 7
SECOND_OPINION_LANG = "eng"

ROMAN_NUMERAL = re.compile(r"^(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})\.?$")

Placed = tuple[tuple[int, int], Word]  # (row, column) slot and the word in it


def repair_numbering(text: str) -> str:
    """A cell holding only a Roman numeral that OCR dressed in Vietnamese marks ("VỊ", "Ì") or
    spelled with look-alikes ("vil", "H" for II) gets its plain form back."""
    stripped = text.strip()
    if not stripped or len(stripped) > 5:
        return text
    looks_roman = stripped == stripped.upper() or "l" in stripped or "|" in stripped
    # serif "II" reads as "H", "I" as "l" or "|"
    plain = fold(stripped).upper().replace("L", "I").replace("|", "I").replace("H", "II")
    return plain if looks_roman and plain != stripped and ROMAN_NUMERAL.match(plain) else text


def reread_doubtful_cells(grid: Grid, placed: list[Placed], image: np.ndarray, ink: np.ndarray,
                          settings: OcrSettings, dpi: int, clock: OcrClock | None, page: int) -> list[Placed]:
    """`placed` with doubtful cells replaced by a fresh read of each cell alone."""
    by_cell: dict[int, list[Placed]] = {}
    for item in placed:
        (row, column), _ = item
        by_cell.setdefault(grid.cell_ids[row][column], []).append(item)
    boxes = cell_boxes(grid)
    doubtful = [cell for cell, box in boxes.items() if _is_doubtful(by_cell.get(cell, []), ink, box)]
    for cell in doubtful[:MAX_REREADS_PER_PAGE]:
        old = [w for _, w in by_cell.get(cell, [])]
        words = _best_reading(image, boxes[cell], old, settings, dpi, clock, page)
        if words is not old:
            slot = _first_slot(grid, cell)
            by_cell[cell] = [(slot, w) for w in words]
    return [item for items in by_cell.values() for item in items]


def _best_reading(image: np.ndarray, box: tuple[int, int, int, int], old: list[Word], settings: OcrSettings,
                  dpi: int, clock: OcrClock | None, page: int) -> list[Word]:
    best = old
    words = read_box(image, box, replace(settings, psm=BLOCK_PSM), dpi, clock, page)
    if words and _better(words, best):
        best = words
    if _short_and_unsure(best) and has_language(replace(settings, lang=SECOND_OPINION_LANG)):
        english = read_box(image, box, replace(settings, lang=SECOND_OPINION_LANG, psm=LINE_PSM), dpi, clock, page)
        if english and all(w.text.isascii() for w in english) and _better(english, best):
            best = english
    return best


def _short_and_unsure(words: list[Word]) -> bool:
    if not words:
        return True
    return len("".join(w.text for w in words)) <= SHORT_TEXT and min(w.conf for w in words) < SURE_CONFIDENCE


def cell_boxes(grid: Grid) -> dict[int, tuple[int, int, int, int]]:
    """Pixel box (left, top, right, bottom) of every cell, merged cells spanning their slots."""
    boxes: dict[int, tuple[int, int, int, int]] = {}
    for r, id_row in enumerate(grid.cell_ids):
        for c, cell in enumerate(id_row):
            box = (grid.xs[c], grid.ys[r], grid.xs[c + 1], grid.ys[r + 1])
            if cell in boxes:
                old = boxes[cell]
                box = (min(old[0], box[0]), min(old[1], box[1]), max(old[2], box[2]), max(old[3], box[3]))
            boxes[cell] = box
    return boxes


def _first_slot(grid: Grid, cell: int) -> tuple[int, int]:
    return next((r, c) for r, id_row in enumerate(grid.cell_ids) for c, value in enumerate(id_row) if value == cell)


def _is_doubtful(items: list[Placed], ink: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    words = [w for _, w in items]
    if not words:
        return _inked(ink, box)
    return _short_and_unsure(words)


def _inked(ink: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    left, top, right, bottom = box
    interior = ink[top + CELL_INSET:bottom - CELL_INSET, left + CELL_INSET:right - CELL_INSET]
    return int(np.count_nonzero(interior)) >= MIN_INK_PIXELS


def read_box(image: np.ndarray, box: tuple[int, int, int, int], settings: OcrSettings, dpi: int,
             clock: OcrClock | None, page: int) -> list[Word]:
    """The words of one box of the page (left, top, right, bottom), read on their own."""
    left, top, right, bottom = (box[0] + CELL_INSET, box[1] + CELL_INSET, box[2] - CELL_INSET, box[3] - CELL_INSET)
    if right <= left or bottom <= top:
        return []
    crop = np.pad(image[top:bottom, left:right], CELL_PADDING, constant_values=255)
    words = recognise(crop, settings, dpi, clock, page)
    shift = CELL_PADDING
    return [replace(w, left=w.left - shift + left, top=w.top - shift + top) for w in words]


def _better(new: list[Word], old: list[Word]) -> bool:
    if not old:
        return True
    return _mean_conf(new) > _mean_conf(old)


def _mean_conf(words: list[Word]) -> float:
    return sum(w.conf for w in words) / len(words)
