"""Words -> text in reading order: visual lines, text columns (TAB), paragraphs, page furniture.

Tesseract's own line grouping splits a two-column header ("ỦY BAN NHÂN DÂN ... CỘNG HÒA
XÃ HỘI CHỦ NGHĨA VIỆT NAM") into separate blocks, so lines are rebuilt from word boxes. A line
left alone (not joined to a paragraph) also keeps its words at their places across the page, where
the columns of a table printed without rules line up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median
from typing import NamedTuple

from cchc.importer.readers.word_places import Placed, column_width, spaced_text

from .engine import Word

SAME_LINE_OVERLAP = 0.5  # vertical overlap, as a share of the shorter box, for two words to share a line
COLUMN_GAP_HEIGHTS = 2.0  # a gap this many line heights wide may separate two text columns
COLUMN_ALIGN_HEIGHTS = 1.5  # a wrapped cell line starts this close to its column's start
NEIGHBOUR_LINE_HEIGHTS = 6.0  # lines this close vertically (top to top) are neighbours for the column check
SPACE_HEIGHTS = 0.3  # width of a space, in line heights
SPLIT_GAP_HEIGHTS = 0.9  # twice a space: where a known column starts, a narrow gap between two columns
MIN_COLUMN_ROWS = 2  # rows whose column starts at the same place make it a column start
MIN_TABLE_COLUMNS = 3  # text columns that make a run of rows a table (a letterhead has two)
FIT_TOLERANCE_HEIGHTS = 0.5  # box measurement slack when deciding whether a word would have fitted
PARAGRAPH_GAP_HEIGHTS = 0.9  # a larger blank between lines ends a paragraph
MARGIN_SHARE = 0.1  # top/bottom share of the page where page numbers live

ITEM_START = re.compile(
    r"^(\d+(\.\d+)*\.?\s|[IVXLC]+[.\s]|[a-zđ]\)|[-–+•*]|Điều\s+\d|Chương\s|Mục\s|Phần\s|PHỤ LỤC|Phụ lục)"
)
PAGE_NUMBER = re.compile(r"^[-–(\[]?\s*(trang\s*)?\d{1,4}\s*([/]\s*\d{1,4})?\s*[-–)\]]?$", re.IGNORECASE)


@dataclass
class TextLine:
    words: list[Word]
    columns: list[list[Word]]  # words split at column gaps; one entry for ordinary lines

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def height(self) -> float:
        return median(w.height for w in self.words)

    def text(self, tabs: bool) -> str:
        joiner = "\t" if tabs else " "
        return joiner.join(" ".join(w.text for w in column) for column in self.columns)


def visual_lines(words: list[Word]) -> list[TextLine]:
    """Words grouped into lines by vertical overlap, top to bottom, each line left to right."""
    groups: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        target = next((g for g in reversed(groups[-6:]) if _shares_line(g, word)), None)
        if target is None:
            groups.append([word])
        else:
            target.append(word)
    lines = []
    for group in groups:
        ordered = sorted(group, key=lambda w: w.left)
        lines.append(TextLine(ordered, _split_columns(ordered)))
    return sorted(lines, key=lambda line: line.top)


def _shares_line(group: list[Word], word: Word) -> bool:
    core_top = median(w.top for w in group)
    core_bottom = median(w.bottom for w in group)
    overlap = min(core_bottom, word.bottom) - max(core_top, word.top)
    return overlap >= SAME_LINE_OVERLAP * min(core_bottom - core_top, word.height)


def _split_columns(words: list[Word]) -> list[list[Word]]:
    height = median(w.height for w in words)
    columns = [[words[0]]]
    for previous, word in zip(words, words[1:]):
        if word.left - previous.right >= COLUMN_GAP_HEIGHTS * height:
            columns.append([word])
        else:
            columns[-1].append(word)
    return columns


def column_lines(lines: list[TextLine]) -> list[bool]:
    """For each line: do its wide gaps line up with a neighbour's, i.e. is it a row of text columns?"""
    gaps = [_gaps(line) for line in lines]
    flags = []
    for i, line in enumerate(lines):
        reach = NEIGHBOUR_LINE_HEIGHTS * max(line.height, 1)
        neighbours = [j for j, other in enumerate(lines) if j != i and abs(other.top - line.top) <= reach]
        flags.append(bool(gaps[i]) and any(_overlapping(gaps[i], gaps[j]) for j in neighbours))
    return flags


def split_at_column_starts(lines: list[TextLine], tabbed: list[bool]) -> list[TextLine]:
    """Rows of text columns whose gap was too narrow to see ("Trung tâm đi vào vận hành Sở Khoa học"): a word
    that starts where a column starts in other rows, after more than a space, starts that column here too."""
    rows = [line for line, flag in zip(lines, tabbed) if flag]
    if not rows:
        return lines
    reach = _column_reach(rows)
    starts = _column_starts(rows, reach)
    return [_split_line(line, starts, reach) if flag and starts else line for line, flag in zip(lines, tabbed)]


def _column_reach(rows: list[TextLine]) -> float:
    """How far (pixels) a word may start from its column's start and still start that column."""
    return COLUMN_ALIGN_HEIGHTS / 2 * median(line.height for line in rows)


def _column_starts(rows: list[TextLine], reach: float) -> list[float]:
    """Left edges (pixels) where a column starts in at least `MIN_COLUMN_ROWS` rows (not each row's first)."""
    lefts = sorted(column[0].left for line in rows for column in line.columns[1:])
    clusters: list[list[int]] = []
    for left in lefts:
        if clusters and left - clusters[-1][-1] <= reach:
            clusters[-1].append(left)
        else:
            clusters.append([left])
    return [median(c) for c in clusters if len(c) >= MIN_COLUMN_ROWS]


def _split_line(line: TextLine, starts: list[float], reach: float) -> TextLine:
    gap = SPLIT_GAP_HEIGHTS * max(line.height, 1)
    columns: list[list[Word]] = []
    for column in line.columns:
        columns.append([column[0]])
        for previous, word in zip(column, column[1:]):
            if word.left - previous.right >= gap and any(abs(word.left - start) <= reach for start in starts):
                columns.append([word])
            else:
                columns[-1].append(word)
    return TextLine(line.words, columns)


def column_continuations(lines: list[TextLine], tabbed: list[bool]) -> list[int]:
    """For each plain line: the text column it continues (a cell wrapped onto its own line), else 0.

    "VIỆT NAM" under "... CỘNG HÒA XÃ HỘI CHỦ NGHĨA" starts where the right column starts,
    so it is the second column of a row whose first column is empty.
    """
    indexes = []
    for i, line in enumerate(lines):
        index = 0
        if not tabbed[i] and len(line.columns) == 1:
            reach = NEIGHBOUR_LINE_HEIGHTS * max(line.height, 1)
            for j, other in enumerate(lines):
                if tabbed[j] and abs(other.top - line.top) <= reach:
                    starts = [column[0].left for column in other.columns]
                    index = index or next((k for k, start in enumerate(starts) if k and
                                           abs(start - line.left) <= COLUMN_ALIGN_HEIGHTS * line.height), 0)
        indexes.append(index)
    return indexes


def _gaps(line: TextLine) -> list[tuple[int, int]]:
    return [(a[-1].right, b[0].left) for a, b in zip(line.columns, line.columns[1:])]


def _overlapping(mine: list[tuple[int, int]], theirs: list[tuple[int, int]]) -> bool:
    return any(a0 < b1 and b0 < a1 for a0, a1 in mine for b0, b1 in theirs)


def is_furniture(line: TextLine, page_height: int) -> bool:
    """Page numbers and counters in the margins, stray marks anywhere."""
    text = line.text(tabs=False).strip()
    if not any(ch.isalnum() for ch in text) or (len(text) == 1 and not text.isdigit()):
        return True
    in_margin = line.bottom < page_height * MARGIN_SHARE or line.top > page_height * (1 - MARGIN_SHARE)
    return in_margin and bool(PAGE_NUMBER.match(text))


class Paragraph(NamedTuple):
    text: str
    top: int
    spaced: str | None   # a single line's words at their places across the page (`word_places`)


def paragraphs(lines: list[TextLine], tabbed: list[bool]) -> list[Paragraph]:
    """Wrapped lines of running text joined into paragraphs, in reading order."""
    if not lines:
        return []
    right_margin = max(line.right for line in lines)
    continued = column_continuations(lines, tabbed)
    cells = _table_cells(lines, tabbed, continued)
    grid = column_width([_placed(word) for line in lines for word in line.words])
    out: list[Paragraph] = []
    for i, line in enumerate(lines):
        if continued[i]:
            out.append(Paragraph("\t" * continued[i] + line.text(tabs=False), line.top, _spaced(line, grid)))
            continue
        text = cells.get(i) or line.text(tabs=tabbed[i])
        if i and out and _continues(lines[i - 1], line, tabbed[i - 1] or tabbed[i], right_margin, text):
            out[-1] = Paragraph(_join(out[-1].text, text), out[-1].top, None)   # lines joined have no one place
        else:
            out.append(Paragraph(text, line.top, _spaced(line, grid)))
    return out


def _spaced(line: TextLine, grid: float) -> str:
    return spaced_text([_placed(word) for word in line.words], grid)


def _placed(word: Word) -> Placed:
    return Placed(word.left, word.right, word.text)


def _table_cells(lines: list[TextLine], tabbed: list[bool], continued: list[int]) -> dict[int, str]:
    """The TAB rows of a table printed without rules, each text column in its place: a wrapped row line
    with words in the title and the agency columns only ("cao chất lượng công ... tỉnh") leaves the
    number column and the others empty, as the table's other rows show where each column starts. Only
    for runs of such lines with three or more columns (a letterhead's two columns are left as they are)."""
    found: dict[int, str] = {}
    run: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and (tabbed[i] or continued[i]):
            run.append(i)
            continue
        rows = [lines[j] for j in run if tabbed[j]]
        if rows:
            reach = _column_reach(rows)
            starts = [min(line.left for line in rows)] + _column_starts(rows, reach)
            if len(starts) >= MIN_TABLE_COLUMNS:
                found.update({j: _placed_text(lines[j], starts, reach) for j in run if tabbed[j]})
        run = []
    return found


def _placed_text(line: TextLine, starts: list[float], reach: float) -> str:
    """The line's text columns at the table columns they start in, empty cells between them."""
    placed: dict[int, str] = {}
    index = -1
    for column in line.columns:
        start_at = max((k for k, start in enumerate(starts) if column[0].left >= start - reach), default=0)
        index = max(index + 1, start_at)   # two text columns never share a table column
        placed[index] = " ".join(w.text for w in column)
    return "\t".join(placed.get(k, "") for k in range(index + 1))


def _continues(previous: TextLine, line: TextLine, tabbed: bool, right_margin: int, text: str) -> bool:
    if tabbed or ITEM_START.match(text):
        return False
    height = max(previous.height, 1)
    wrapped = not _fits(previous.right + SPACE_HEIGHTS * height + line.words[0].width, right_margin, height)
    close = line.top - previous.bottom <= PARAGRAPH_GAP_HEIGHTS * height
    same_indent = abs(line.left - previous.left) <= 4 * height
    return wrapped and close and same_indent


def _fits(end: float, limit: float, height: float) -> bool:
    return end <= limit - FIT_TOLERANCE_HEIGHTS * height


def cell_text(words: list[Word], inner_width: float) -> str:
    """A table cell's text: lines the cell's width wrapped are joined with a space, real line
    breaks (the next line's first word would have fitted) are kept as "\n"."""
    lines = visual_lines(words)
    if not lines:
        return ""
    text = lines[0].text(tabs=False)
    for previous, line in zip(lines, lines[1:]):
        height = max(previous.height, 1)
        width = previous.right - previous.left + SPACE_HEIGHTS * height + line.words[0].width
        wrapped = not _fits(width, inner_width, height)
        joiner = " " if wrapped and not ITEM_START.match(line.text(tabs=False)) else "\n"
        text += joiner + line.text(tabs=False)
    return text


def _join(head: str, tail: str) -> str:
    return f"{head} {tail}"  # Vietnamese is not hyphenated: a line-end dash is a real dash
