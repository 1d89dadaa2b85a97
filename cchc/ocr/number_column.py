"""The row numbers of a table printed without rules.

Page-wide sparse-text OCR drops most lone short tokens, and in a table without rules nothing else
brings back the "1", "2", "I" of its "TT" column (a ruled table's cells are read again one by one,
`cells`). Without them the rows run together. The strip under the "TT" header, up to the next
column, is read again as one block, which finds them; only numbers are taken from it.
"""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from cchc.importer.text import fold

from .cells import BLOCK_PSM, CELL_INSET, CELL_PADDING, LINE_PSM, SECOND_OPINION_LANG, read_box, repair_numbering
from .engine import OcrClock, OcrSettings, Word, has_language, recognise
from .layout import visual_lines

NUMBER_HEADERS = ("tt", "stt", "so tt")
HEADER_WORDS = ("noi dung", "nhiem vu", "chu tri", "phoi hop", "thoi gian", "san pham", "thuc hien")
ROW_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVXLH|l]{1,5})\.?$")


def recover_row_numbers(words: list[Word], image: np.ndarray, settings: OcrSettings, dpi: int,
                        clock: OcrClock | None, page: int) -> list[Word]:
    """`words` (outside every ruled table) with the row numbers of an unruled table's "TT" column."""
    strip = _number_strip(words, image.shape[0])
    if strip is None:
        return words
    left, top, right, bottom = strip
    crop = np.pad(image[top:bottom, left:right], CELL_PADDING, constant_values=255)
    shift_x, shift_y = left - CELL_PADDING, top - CELL_PADDING
    found = [replace(w, text=repair_numbering(w.text), left=w.left + shift_x, top=w.top + shift_y)
             for w in recognise(crop, replace(settings, psm=BLOCK_PSM), dpi, clock, page)]
    english = replace(settings, lang=SECOND_OPINION_LANG, psm=LINE_PSM)
    if any(not ROW_NUMBER.match(w.text) for w in found) and has_language(english):
        found = [w if ROW_NUMBER.match(w.text) else _second_opinion(w, image, english, dpi, clock, page)
                 for w in found]
    numbers = [w for w in found if ROW_NUMBER.match(w.text)]
    # the page pass's own reading of a number there ("H" for "II") gives way to the block's
    kept = [old for old in words if not (len(old.text) <= 3 and any(_overlap(old, w) for w in numbers))]
    return kept + [w for w in numbers if not any(_overlap(w, old) for old in kept)]


def _second_opinion(word: Word, image: np.ndarray, english: OcrSettings, dpi: int, clock: OcrClock | None,
                    page: int) -> Word:
    """A bold "II" the Vietnamese model read as "HR", read by the English model: a Roman numeral is ASCII."""
    box = (word.left - CELL_INSET, word.top - CELL_INSET, word.right + CELL_INSET, word.bottom + CELL_INSET)
    again = read_box(image, box, english, dpi, clock, page)
    return replace(word, text=repair_numbering(again[0].text)) if len(again) == 1 else word


def _number_strip(words: list[Word], page_height: int) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the column under a "TT" header that opens a line of header words."""
    for line in visual_lines(words):
        first, rest = line.words[0], line.words[1:]
        folded = fold(" ".join(w.text for w in rest)).lower()
        if fold(first.text).lower().strip(".") in NUMBER_HEADERS and rest and \
                sum(k in folded for k in HEADER_WORDS) >= 2:
            gap = rest[0].left - first.right
            left = max(0, first.left - gap // 2)
            right = rest[0].left - min(gap // 2, first.height)
            return (left, line.bottom, right, page_height) if right - left > first.width else None
    return None


def _overlap(a: Word, b: Word) -> bool:
    return min(a.right, b.right) > max(a.left, b.left) and min(a.bottom, b.bottom) > max(a.top, b.top)
