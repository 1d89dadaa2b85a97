"""A line's words at their places across the page, as text: the `Line.spaced` of the readers that know
where each word stands (a PDF's text layer, a scan's OCR word boxes). The columns of a table printed
without rules line up in it from one line to the next, for `structure.aligned_columns` to read.

    TT    Nội dung nhiệm vụ             Cơ quan chủ trì    Thời gian
    1     Rà soát văn bản quy phạm      Sở Tư pháp         Quý II/2025
"""
from __future__ import annotations

import statistics
import unicodedata
from typing import NamedTuple


class Placed(NamedTuple):
    """A word and where it stands: its left and right edges, in any unit (points, pixels)."""
    left: float
    right: float
    text: str


MIN_WORD_CHARS = 3      # words long enough to measure a print's character width by
NARROW_QUANTILE = 0.2
GRID_SHARE = 0.6        # of that print's character: a space is narrower than a letter, so a cell of many short
                        # words would otherwise run past its place into the next column ("công nhận kết" / "quả")
SPACED_GAP_CHARS = 1.2  # a gap this many characters wide parts two cells (spaced lines are read as a table
                        # only under a header line)
CELL_GAP_RATIO = 1.8    # a gap this many times the line's usual space between words parts two cells


def char_width(words: list[Placed]) -> float:
    """The words' mean width of a character."""
    chars = sum(len(w.text) for w in words) or 1
    return sum(w.right - w.left for w in words) / chars or 1.0


def column_width(words: list[Placed]) -> float:
    """The page's width of one character column of the spaced text: a narrow print's (a low quantile of
    the words' character widths), so that a table set smaller than the body text still fits its
    columns, and no cell runs past the column the next one starts in."""
    widths = sorted((w.right - w.left) / len(w.text) for w in words if len(w.text) >= MIN_WORD_CHARS)
    if not widths:
        return char_width(words)
    return GRID_SHARE * widths[int(len(widths) * NARROW_QUANTILE)] or 1.0


def spaced_text(words: list[Placed], grid: float) -> str:
    """The line's words (left to right) at their places: a word after a wide gap (by the line's own
    print) starts at the column its position gives (two spaces at least), so that the cells of an
    unruled table line up from one line to the next; words of one phrase keep one space. A line spaces
    its words evenly, so a gap well over its usual one parts two cells even where it is narrow: cells
    of an unruled table that nearly touch ("được vận  Sở Thông tin")."""
    gaps = [b.left - a.right for a, b in zip(words, words[1:])]
    gap = SPACED_GAP_CHARS * char_width(words)
    if gaps:
        gap = min(gap, CELL_GAP_RATIO * statistics.median_low(gaps))
    text, previous = "", None
    for word in words:
        column = round(word.left / grid)
        if previous is None:
            text = " " * column
        elif word.left - previous.right > gap:
            text += " " * max(2, column - len(text))
        else:
            text += " "
        text += word.text
        previous = word
    return unicodedata.normalize("NFC", text)
