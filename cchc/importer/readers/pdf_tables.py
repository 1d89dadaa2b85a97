"""Ruled PDF tables (pdfplumber) -> rows of cell texts, merged cells repeated, pages joined.

pdfplumber reports a grid slot covered by a merged cell as None; the cell that covers it is
found by geometry (a cell to the left reaching into the column, or one above reaching into
the row) and its text repeated. A table that goes on at the top of the next page with the same
columns continues the same table; a vertical merge still running at the page bottom carries
its text into the empty cell that continues it on the next page.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pdfplumber import utils

from ..text import BULLET_GLYPHS, breaks_number

_TOLERANCE = 1.5  # points of slack when comparing cell edges
_LINE_TOLERANCE = 3   # points: pdfplumber's own tolerance for words on one line
# points between two letters that part words, where the text layer has no space characters (a PDF printer
# placing each glyph): a space of a 10-point serif font is 2.5
WORD_GAP = 2
_SPACE_EM = 0.25     # a space's width in a line's height, about a serif font's
BULLET_START = re.compile(f"^\\s*[{BULLET_GLYPHS}]\\s*")
_ITEM_START = re.compile(r"^\s*([-+*–]\s|[-+*–](?=\S)|\d{1,2}(\.\d{1,2})*[.)]\s|[a-zđ][.)]\s|[IVXL]{1,5}\.\s)", re.I)
_BROKEN_AT_HYPHEN = re.compile(r"\w-$")  # "QĐ-" + "TTg": a line broken after a hyphen inside a word


@dataclass
class PageTable:
    rows: list[list[str]]
    page: int
    last_page: int = 0
    # (row, column) -> row whose cell covers it from above, for vertical merges
    covered_from: dict[tuple[int, int], int] = field(default_factory=dict)
    spans: list[tuple[int, float, float]] = field(default_factory=list)   # each row's page, top and bottom
    left: float = 0.0    # the table's edges on its first page: those of the columns read top-down
    right: float = 0.0
    base_width: int = 0  # ... and how many columns they are, before column bands add more (`pdf_bands`)

    def __post_init__(self) -> None:
        self.last_page = self.last_page or self.page
        self.base_width = self.base_width or self.width

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def even_rows(self) -> list[list[str]]:
        """The rows padded to one width: a column band may have missed some of them."""
        width = max(map(len, self.rows), default=0)
        return [row + [""] * (width - len(row)) for row in self.rows]

    def open_columns(self) -> set[int]:
        """Columns whose last row is covered by a merge from above: the merge may go on."""
        last = len(self.rows) - 1
        return {j for (i, j) in self.covered_from if i == last}

    def continues_with(self, other: "PageTable") -> bool:
        return other.page == self.last_page + 1 and other.width == self.base_width

    def extend(self, other: "PageTable") -> None:
        """Append the rows of the same table on the next page. An empty cell at the top of the page goes
        on with the text above it where a merge reached the page's end, or where the empty cell itself spans
        several rows (a merge that began on the page's last row)."""
        first_body = 1 if len(other.rows) > 1 and other.rows[0] == self.rows[0][:other.width] else 0  # repeated header
        spanning = {j for (i, j), source in other.covered_from.items() if source == first_body}
        for j in self.open_columns() | spanning:
            if other.rows[first_body][j] == "":
                text = self.rows[-1][j]
                other.rows[first_body][j] = text
                for (i, column), source in other.covered_from.items():
                    if column == j and source == first_body:
                        other.rows[i][j] = text
        offset = len(self.rows)
        self.rows.extend(other.rows)
        self.spans.extend(other.spans)
        self.covered_from.update({(i + offset, j): k + offset for (i, j), k in other.covered_from.items()})
        self.last_page = other.last_page


def closing_rules(edges: list[dict]) -> list[dict]:
    """Horizontal rules where a table's column rules end with none drawn: the open edge of a row that a
    page break cut, whose closing rule the writer left out (LibreOffice, reportlab). Without one the
    row's cells are never closed and pdfplumber drops the row."""
    ends: dict[int, list[dict]] = {}   # the column rules that end at a height, rounded to a point
    for edge in edges:
        if edge["orientation"] == "v":
            for y in (edge["top"], edge["bottom"]):
                ends.setdefault(round(y), []).append(edge)
    rules = [edge for edge in edges if edge["orientation"] == "h"]
    closing = []
    for y, verticals in ends.items():
        left, right = min(e["x0"] for e in verticals), max(e["x1"] for e in verticals)
        if len({round(e["x0"]) for e in verticals}) < 3 or any(
                abs(rule["top"] - y) <= _TOLERANCE and rule["x0"] < right and rule["x1"] > left for rule in rules):
            continue
        closing.append({"object_type": "line", "x0": left, "x1": right, "top": y, "bottom": y,
                        "width": right - left, "height": 0})
    return closing


def is_real_table(table) -> bool:
    """A ruled box around a paragraph is not a table: keep its text as lines."""
    rows = table.rows
    return len(rows) >= 2 and max(len(r.cells) for r in rows) >= 2


def read_table(table, page: int) -> PageTable:
    rows = [[cell_text(text, hard) for text, hard in row] for row in _cells_with_breaks(table)]
    spans = [(page, row.bbox[1], row.bbox[3]) for row in table.rows]
    result = PageTable(rows=rows, page=page, spans=spans, left=table.bbox[0], right=table.bbox[2])
    _fill_merged_cells(table, result)
    return result


def _fill_merged_cells(table, result: PageTable) -> None:
    boxes = [row.cells for row in table.rows]
    column_left = _column_lefts(boxes)
    for i, row in enumerate(boxes):
        for j, box in enumerate(row):
            if box is None:
                _fill_slot(boxes, result, i, j, column_left[j], table.rows[i].bbox[1])


def _column_lefts(boxes) -> list[float]:
    width = max(len(row) for row in boxes)
    lefts = []
    for j in range(width):
        xs = [row[j][0] for row in boxes if j < len(row) and row[j] is not None]
        lefts.append(min(xs) if xs else float("inf"))
    return lefts


def _fill_slot(boxes, result: PageTable, i: int, j: int, left: float, top: float) -> None:
    rows = result.rows
    for k in range(j - 1, -1, -1):  # a cell to the left that reaches into this column
        box = boxes[i][k]
        if box is not None:
            if box[2] > left + _TOLERANCE:
                rows[i][j] = rows[i][k]
                return
            break
    for k in range(i - 1, -1, -1):  # a cell above that reaches down into this row
        box = boxes[k][j] if j < len(boxes[k]) else None
        if box is not None:
            if box[3] > top + _TOLERANCE:
                rows[i][j] = rows[k][j]
                result.covered_from[(i, j)] = k
            return


def cell_text(text: str | None, hard: frozenset[int] = frozenset()) -> str:
    """Lines wrapped by the cell width are joined; a new bullet or numbered item keeps its line, and so
    does a line in `hard` (by its index in `text`), one the line before ended short of."""
    if not text:
        return ""
    out: list[str] = []
    for i, raw in enumerate(unicodedata.normalize("NFC", text).split("\n")):
        line = BULLET_START.sub("- ", raw).strip()
        if not line:
            continue
        if out and not _ITEM_START.match(line) and i not in hard:
            glue = "" if _BROKEN_AT_HYPHEN.search(out[-1]) or breaks_number(out[-1], line) else " "
            out[-1] = f"{out[-1]}{glue}{line}"
        else:
            out.append(line)
    return "\n".join(out)


def _cells_with_breaks(table) -> list[list[tuple[str | None, frozenset[int]]]]:
    """Each cell's text as pdfplumber's `Table.extract` gives it (None for a slot a merged cell covers),
    with the lines that open a paragraph of their own; the characters are sorted into cells once."""
    chars = table.page.chars
    rows = []
    for row in table.rows:
        row_chars = [c for c in chars if _inside(c, row.bbox)]
        cells = []
        for box in row.cells:
            cell_chars = [c for c in row_chars if _inside(c, box)] if box else []
            text = utils.extract_text(cell_chars, x_tolerance=WORD_GAP) if cell_chars else ("" if box else None)
            cells.append((text, _hard_breaks(text, cell_chars, box) if text else frozenset()))
        rows.append(cells)
    return rows


def _inside(char: dict, box) -> bool:
    """pdfplumber's own test of a character in a cell: its middle."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _hard_breaks(text: str, chars: list[dict], box) -> frozenset[int]:
    """Lines of a cell the line before ended short of: its first word would have fit there, so the writer
    broke the line (one agency or product a line), not the cell's width. The cell's margin is taken as
    the space left of its leftmost line, either side, which a centred cell overstates: then fewer breaks
    count as hard, never more."""
    words = utils.extract_words(chars, x_tolerance=WORD_GAP)
    lines = [sorted(line, key=lambda w: w["x0"]) for line in utils.cluster_objects(words, "top", _LINE_TOLERANCE)]
    if len(lines) != len(text.split("\n")) or len(lines) < 2:
        return frozenset()   # not the lines pdfplumber's text holds: no break can be placed
    margin = min(line[0]["x0"] for line in lines) - box[0]
    room = max(box[2] - box[0] - 2 * margin, *map(_width, lines))
    return frozenset(i for i in range(1, len(lines))
                     if _width(lines[i - 1]) + _space(lines[i][0]) + _width(lines[i][:1]) <= room - _TOLERANCE)


def _width(words: list[dict]) -> float:
    return words[-1]["x1"] - words[0]["x0"]


def _space(word: dict) -> float:
    return (word["bottom"] - word["top"]) * _SPACE_EM
