"""Tables drawn with characters, as text exports, e-mail clients and Markdown print a Word table:

    | TT | Nội dung                 | Cơ quan chủ trì | Thời gian  |
    |----|--------------------------|-----------------|------------|
    | 1  | Xây dựng Kế hoạch CCHC   | Sở Nội vụ       | Tháng 01   |
    |    | năm 2019                 |                 |            |
    +----+--------------------------+-----------------+------------+

"|" (or a box-drawing "│") separates the cells of a line, and a cell across the whole line is a
heading merged across the row; a line of dashes ("|---|", "+---+", "═══") rules rows off. A cell's text wraps over several lines of the drawing. Where rules stand between the
rows, the lines between two rules are one row. Without them, a line with something in the number
column opens a row and the lines under it continue its cells, as in a table lined up with spaces.
A lone line with bars stays a line of text: OCR leaves stray bars ("| |nhigm vu ... | 1an ddu").
"""
from __future__ import annotations

import re

from ..document import Block, Line, Table
from .aligned_columns import join_wrapped
from .columns import NUMBER, header_role

_BARS = "|│┃║¦"
_CELL_LINE = re.compile(rf"^\s*[{_BARS}](?:[^{_BARS}]*[{_BARS}])+")   # a bar, then cells that end in one
_CELLS_LINE = re.compile(rf"^\s*[{_BARS}](?:[^{_BARS}]*[{_BARS}]){{2,}}")   # ... two or more of them
_RULE_LINE = re.compile(rf"^\s*[{_BARS}+├┼┤┌┬┐└┴┘╠╬╣╔╦╗╚╩╝]?(?:[-=_:─━═+{_BARS}├┼┤┌┬┐└┴┘╠╬╣╔╦╗╚╩╝ ]*[-=─━═]{{3}}"
                        rf"[-=_:─━═+{_BARS}├┼┤┌┬┐└┴┘╠╬╣╔╦╗╚╩╝ ]*)\s*$")
_SPLIT = re.compile(rf"[{_BARS}]")
MIN_CELL_LINES = 2


def grid_tables(blocks: list[Block]) -> list[Block]:
    """`blocks` with each drawn table (two or more cell lines) replaced by a `Table`."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        end = _run_end(blocks, i)
        run = blocks[i:end]
        if sum(_is_cell_line(line.text) and bool(_CELLS_LINE.match(line.text)) for line in run) >= MIN_CELL_LINES:
            out.append(_table(run))
            i = end
        else:
            out.append(blocks[i])
            i += 1
    return out


def _is_grid_line(block: Block) -> bool:
    return isinstance(block, Line) and bool(_CELL_LINE.match(block.text) or _RULE_LINE.match(block.text))


def _is_cell_line(text: str) -> bool:
    return bool(_CELL_LINE.match(text)) and not _RULE_LINE.match(text)


def _run_end(blocks: list[Block], start: int) -> int:
    """End of the drawing that starts at `start` (blank lines inside it, as a page break leaves, included)."""
    end = start
    k = start
    while k < len(blocks):
        if _is_grid_line(blocks[k]):
            end = k = k + 1
        elif isinstance(blocks[k], Line) and not blocks[k].text.strip():
            k += 1
        else:
            break
    return end


def _table(lines: list[Line]) -> Table:
    segments = _segments(lines)
    header = _cells(segments[0][0].text) if segments and segments[0] else []
    numbered = bool(header) and header_role(header[0]) == NUMBER
    ruled = len(segments) > 2   # rules between the rows, not only under the header
    rows: list[list[str]] = []
    linenos: list[int] = []
    for segment in segments:
        for n, line in enumerate(segment):
            cells = _cells(line.text)
            if n == 0 or (not ruled and _opens_row(cells, numbered)):
                rows.append(cells)
                linenos.append(line.lineno)
            else:
                rows[-1] = _continued(rows[-1], cells)
    width = max(len(r) for r in rows)
    # a cell across the whole row (an area heading) fills every column, as a merged Word cell does
    return Table(rows=[r * width if len(r) == 1 else r + [""] * (width - len(r)) for r in rows],
                 lineno=linenos[0], row_linenos=linenos)


def _segments(lines: list[Line]) -> list[list[Line]]:
    """The cell lines between rules (blank lines dropped)."""
    segments: list[list[Line]] = [[]]
    for line in lines:
        if _is_cell_line(line.text):
            segments[-1].append(line)
        elif _RULE_LINE.match(line.text) and segments[-1]:
            segments.append([])
    return [s for s in segments if s]


def _cells(text: str) -> list[str]:
    parts = _SPLIT.split(text.strip())
    return [part.strip() for part in parts[1:-1 if len(parts) > 2 and not parts[-1].strip() else None]]


def _opens_row(cells: list[str], numbered: bool) -> bool:
    """In a table without rules between rows: a row number opens a row (else a capital or a digit)."""
    first = cells[0] if cells else ""
    if numbered:
        return bool(first)
    return bool(first) and (first[:1].isupper() or first[:1].isdigit())


def _continued(row: list[str], cells: list[str]) -> list[str]:
    width = max(len(row), len(cells))
    row, cells = row + [""] * (width - len(row)), cells + [""] * (width - len(cells))
    return [join_wrapped(a, b) for a, b in zip(row, cells)]
