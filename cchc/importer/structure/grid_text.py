"""Tables drawn with characters, as text exports, e-mail clients and Markdown print a Word table:

    | TT | Nội dung                 | Cơ quan chủ trì | Thời gian  |
    |----|--------------------------|-----------------|------------|
    | 1  | Xây dựng Kế hoạch CCHC   | Sở Nội vụ       | Tháng 01   |
    |    | năm 2019                 |                 |            |
    +----+--------------------------+-----------------+------------+

"|" (or a box-drawing "│") separates the cells of a line, and a cell across the whole line is a
heading merged across the row; a line of dashes ("|---|", "+---+", "═══") rules rows off. A legal
database's text export writes bars only after or between the cells ("1 | Rà soát | Sở Tư pháp |"):
such rows are a table under a header line, or, where the table's start was cut off, from three rows
that open with a row number; every row has as many bars as the first, and an area heading written
without bars, or with one after its numeral (Markdown from a converter: "I| CẢI CÁCH THỂ CHẾ"), may
stand between them, and, where no header opens them, right above the first.

A cell's text wraps over several lines. Where rules stand between the rows, the lines between two
rules are one row. Without them, a line with something in the number
column opens a row and the lines under it continue its cells, as in a table lined up with spaces.
A lone line with bars stays a line of text: OCR leaves stray bars ("| |nhigm vu ... | 1an ddu"). Under
a header with bars only between its cells, a line that OCR cut into another number of cells (a rule
read as "l" or lost) is cut again into the header's (`misread_rules`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Block, Line, Table
from ..fields.areas import is_area_heading
from ..text import MARKDOWN_TABLE_RULE
from .aligned_columns import join_wrapped, opens_item
from .columns import NUMBER, header_role, is_header_row, is_number_cell
from .misread_rules import reads_better_alone, refitted_cells
from .rows import is_total_row

_BARS = "|│┃║¦"
_CORNERS = "+├┼┤┌┬┐└┴┘╠╬╣╔╦╗╚╩╝"
_CELL_LINE = re.compile(rf"^\s*[{_BARS}](?:[^{_BARS}]*[{_BARS}])+")   # a bar, then cells that end in one
_RULE_LINE = re.compile(rf"^\s*[-=_:─━═ {_BARS}{_CORNERS}]*[-=─━═]{{3}}[-=_:─━═ {_BARS}{_CORNERS}]*$")
_SPLIT = re.compile(rf"[{_BARS}]")
_BR = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)   # a line break inside a Markdown cell
MIN_ROWS = 2   # lines of cells
MIN_NUMBERED_ROWS = 3   # without a header
MAX_HEADING = 160   # characters
_TAIL = 30   # characters: a header cell's last words wrapped onto their own line
_WRAP_SLACK = 12   # characters: a hard-wrapped line ends this close to the wrap width, or closer
_UNWRAPPED_SHARE = 0.03   # lines longer than the wrap width, at most (two in any case)
_WRAPPED_SHARE = 0.25   # of the lines, so near the width in a hard-wrapped text
_AREA_MARK = re.compile(r"^\s*(?:[IVX]{1,5}|[A-Đ])\s*[.)]?\s+(?=\S)")


def grid_tables(blocks: list[Block]) -> list[Block]:
    """`blocks` with each drawn table replaced by a `Table`."""
    blocks = _rejoin_wrapped_rows(blocks)
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        table = _drawing(blocks, i) or _bar_rows(blocks, i)
        if table is None:
            out.append(blocks[i])
            i += 1
        else:
            end, outer = table
            lines = [b for b in blocks[i:end] if isinstance(b, Line)]
            if not outer and _cut_off(lines[0]) and out and isinstance(out[-1], Line) and is_area_line(out[-1].text):
                lines.insert(0, out.pop())   # the first area's heading, which has too few bars to open the run
            out.append(_table(lines, outer))
            i = end
    return out


def _cut_off(first: Line) -> bool:
    """Rows with bars between their cells that open with a task, not a header (OCR lost it, or the start was cut)."""
    return not is_header_row(_cells(first.text, False))


def _rejoin_wrapped_rows(blocks: list[Block]) -> list[Block]:
    """A row that a text copy hard-wrapped ("2 | Tổ chức Hội nghị | Sở Nội vụ | Các sở," / "ban, ngành |
    Tháng 7/2019"), under a header of bar-separated cells: a line with fewer bars than the header, with
    the lines after it that bring the count up to the same, is one line; so are a full row and the words
    of its last cell that the wrap pushed onto lines without bars ("... | Thường xuyên | Chứng" / "chỉ")."""
    out: list[Block] = []
    width = _wrap_width(blocks)
    bars, i = 0, 0   # the header's bars, while its rows go on
    roles: list[str | None] = []
    while i < len(blocks):
        block = blocks[i]
        text = block.text if isinstance(block, Line) else ""
        count = len(_SPLIT.findall(text))
        end = _completing(blocks, i, bars) if bars and 0 < count < bars and not is_area_line(text) else None
        if end and roles and reads_better_alone(_cells(text, False), _cells(_joined(blocks[i:end]), False), roles):
            end = None
        if bars and roles and count and count != bars and not end and not is_area_line(text):
            block = _rebarred(block, roles, out[-1] if out else None)
            text, count = block.text, len(_SPLIT.findall(block.text))
        if end or (bars and count == bars and not _CELL_LINE.match(text)):
            end = _through_cell_tail(blocks, end or i + 1, width)
            out.append(replace(block, text=_joined([block, *blocks[i + 1:end]])))
            i = end
            continue
        if count > 1 and is_header_row(_cells(text, False)):
            block, i = _with_wrapped_tail(blocks, i)
            bars = len(_SPLIT.findall(block.text))
            # a drawing's lines differ in bars where its cells are merged; OCR's rules are between cells
            roles = [] if _CELL_LINE.match(block.text) else [header_role(cell) for cell in _cells(block.text, False)]
        elif not isinstance(block, Line) or (count != bars and len(text.strip()) > _TAIL and not is_area_line(text)):
            bars = 0   # a paragraph or another table ends it; a header cell's last word ("phẩm") does not
        out.append(block)
        i += 1
    return out


def _joined(lines: list[Block]) -> str:
    return " ".join(b.text.strip() for b in lines)


def _rebarred(line: Line, roles: list[str | None], above: Block | None) -> Line:
    """A line of the table cut into as many cells as its header has, where OCR misread or lost some of
    its rules (`misread_rules`); else the line as it is."""
    cells = _cells(line.text, False)
    if is_header_row(cells):
        return line
    previous = _cells(above.text, False) if isinstance(above, Line) and _SPLIT.search(above.text) else None
    refitted = refitted_cells(cells, roles, previous)
    return replace(line, text=" | ".join(refitted)) if refitted else line


def _wrap_width(blocks: list[Block]) -> int | None:
    """The width a text copy was hard-wrapped at: the longest line's, where a good share of the lines
    come close to it (else the text is not wrapped). A few longer lines may stand above it: the site's
    own lines that the copy did not wrap ("Bạn chưa đăng nhập ...", "Từ khóa: ...")."""
    lengths = sorted((len(b.text.rstrip()) for b in blocks if isinstance(b, Line) and b.text.strip()), reverse=True)
    for width in dict.fromkeys(lengths[:1 + max(2, int(_UNWRAPPED_SHARE * len(lengths)))]):
        near = sum(width - _WRAP_SLACK <= n <= width for n in lengths)
        if near >= max(3, _WRAPPED_SHARE * len(lengths)):
            return width
    return None


def _through_cell_tail(blocks: list[Block], end: int, width: int | None) -> int:
    """End of a full row's lines, with the lines without bars that carry on its last cell: each comes
    after a line the wrap filled (its first word would not have fitted there)."""
    while width and end < len(blocks) and isinstance(blocks[end], Line) and blocks[end - 1].text.strip():
        tail = blocks[end].text.strip()
        fits = len(blocks[end - 1].text.rstrip()) + 1 + len(tail.split(" ")[0]) <= width
        if not tail or fits or _SPLIT.search(tail) or _RULE_LINE.match(tail) or _AREA_MARK.match(tail):
            break
        end += 1
    return end


def _with_wrapped_tail(blocks: list[Block], i: int) -> tuple[Block, int]:
    """The header line with its last cell's last words wrapped onto a line of their own ("... | Sản" /
    "phẩm", "... | Kinh" / "phí (nghìn đồng) | Ghi chú"): a short line, or one with fewer bars that opens
    no row."""
    header, tail = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
    if not isinstance(tail, Line) or not tail.text.strip() or is_area_line(tail.text):
        return header, i
    bars, tail_bars = len(_SPLIT.findall(header.text)), len(_SPLIT.findall(tail.text))
    short = len(tail.text.strip()) <= _TAIL and not tail_bars
    wrapped = 0 < tail_bars < bars and not is_number_cell(_cells(tail.text, False)[0])
    if short or wrapped:
        return replace(header, text=f"{header.text.rstrip()} {tail.text.strip()}"), i + 1
    return header, i


def _completing(blocks: list[Block], start: int, bars: int) -> int | None:
    """End of the lines from `start` whose bars add up to `bars`, else None."""
    total, k = 0, start
    while k < len(blocks) and isinstance(blocks[k], Line) and blocks[k].text.strip() and total < bars:
        total += len(_SPLIT.findall(blocks[k].text))
        k += 1
    return k if total == bars else None


def _is_row(text: str) -> bool:
    return _SPLIT.search(text) is not None and not _RULE_LINE.match(text)


def _drawing(blocks: list[Block], start: int) -> tuple[int, bool] | None:
    """(end, True) of a drawing with bars at the line starts from `start`: two or more rows of two or
    more cells."""
    def belongs(text: str) -> bool:
        return bool(_CELL_LINE.match(text) or _RULE_LINE.match(text))

    if not isinstance(blocks[start], Line) or not belongs(blocks[start].text):
        return None   # a blank line before the drawing stays a line of its own
    end = _run_end(blocks, start, belongs)
    rows = sum(_is_row(b.text) and len(_cells(b.text, True)) >= 2 for b in blocks[start:end] if isinstance(b, Line))
    return (end, True) if rows >= MIN_ROWS else None


def _bar_rows(blocks: list[Block], start: int) -> tuple[int, bool] | None:
    """(end, False) of rows with bars only between their cells ("1 | Rà soát | Sở Tư pháp") from `start`:
    under a header line, or, where the table's start was cut off, three or more rows opened by a row
    number. Every line has as many bars as the first (OCR text has bars anywhere)."""
    first = blocks[start]
    if not isinstance(first, Line) or _CELL_LINE.match(first.text) or not _SPLIT.search(first.text):
        return None
    cells = _cells(first.text, False)
    headed = is_header_row(cells)
    if not headed and not (len(cells) > 2 and is_number_cell(cells[0])):
        return None
    bars = len(_SPLIT.findall(first.text))
    end = _run_end(blocks, start, lambda text: bool(_RULE_LINE.match(text)) or len(_SPLIT.findall(text)) == bars)
    rows = [_cells(b.text, False) for b in blocks[start:end] if isinstance(b, Line) and _is_row(b.text)]
    enough = len(rows) > MIN_ROWS if headed else sum(is_number_cell(r[0]) for r in rows) >= MIN_NUMBERED_ROWS
    return (end, False) if enough else None


def is_area_line(text: str) -> bool:
    """An area heading between the rows, written without bars ("III. CẢI CÁCH TỔ CHỨC BỘ MÁY") or with
    one after its numeral, where a converter dropped the merged cell's other bars ("I| CẢI CÁCH THỂ CHẾ")."""
    if len(text) >= MAX_HEADING or len(_SPLIT.findall(text.rstrip().rstrip(_BARS))) > 1:
        return False
    mark, bar, rest = text.partition(next((c for c in _BARS if c in text), "\0"))
    if bar:
        return bool(re.fullmatch(r"\s*(?:[IVX]{1,5}|[A-Đ])\s*[.)]?\s*", mark)) and is_area_heading(rest.strip())
    return bool(_AREA_MARK.match(text)) and is_area_heading(_AREA_MARK.sub("", text))


def _run_end(blocks: list[Block], start: int, belongs) -> int:
    """End of the lines from `start` that `belongs` takes, with blank lines (a page break leaves them)
    and area headings between them."""
    end = k = start
    while k < len(blocks) and isinstance(blocks[k], Line):
        text = blocks[k].text
        if belongs(text):
            end = k = k + 1
        elif not text.strip() or is_area_line(text):
            k += 1
        else:
            break
    return end


def _table(lines: list[Line], outer: bool) -> Table:
    """`outer`: the lines open and close with a bar (else bars stand only between cells)."""
    segments = _segments(lines)
    header = _cells(segments[0][0].text, outer)
    numbered = header_role(header[0]) == NUMBER or is_number_cell(header[0])   # a header, or the first row
    ruled = len(segments) > 2   # rules between the rows, not only under the header
    # Markdown's pipe table: a cell cannot wrap, so each line is a row (even one whose first cell is
    # empty: "| | Tổng cộng | 200 |"). It is told by its "<br>" line breaks; by bars that do not line
    # up, which a drawing whose cells wrap over several lines must do; or, without the outer bars
    # (html2text), by its rule of dashes between bars under the header.
    line_rows = not ruled and (any(_BR.search(line.text) for line in lines) or (
        not _lined_up(lines) if outer else any(MARKDOWN_TABLE_RULE.match(line.text) for line in lines)))
    rows: list[list[str]] = []
    linenos: list[int] = []
    after_heading = False
    for segment in segments:
        for n, line in enumerate(segment):
            cells = _cells(line.text, outer)
            # an area heading without bars is a row of its own, and so is the row under it
            heading = len(cells) == 1 and not _SPLIT.search(line.text)
            if n == 0 or heading or after_heading or line_rows or (not ruled and _opens_row(cells, numbered)):
                rows.append(cells)
                linenos.append(line.lineno)
            else:
                rows[-1] = _continued(rows[-1], cells)
            after_heading = heading
    width = max(len(r) for r in rows)
    # a cell across the whole row (an area heading) fills every column, as a merged Word cell does
    # the table begins at its first line, a rule drawn above the header included
    return Table(rows=[r * width if len(r) == 1 else r + [""] * (width - len(r)) for r in rows],
                 lineno=lines[0].lineno, row_linenos=linenos)


def _segments(lines: list[Line]) -> list[list[Line]]:
    """The rows' lines between rules (blank lines dropped)."""
    segments: list[list[Line]] = [[]]
    for line in lines:
        if _RULE_LINE.match(line.text):
            if segments[-1]:
                segments.append([])
        elif line.text.strip():
            segments[-1].append(line)
    return [s for s in segments if s]


def _lined_up(lines: list[Line]) -> bool:
    """Every line with as many bars as the first has them where the first has them (a merged cell's
    line has fewer)."""
    def bars(line: Line) -> list[int]:
        return [i for i, c in enumerate(line.text) if c in _BARS]

    first = bars(lines[0])
    return all(found == first for found in map(bars, lines) if len(found) == len(first))


def _cells(text: str, outer: bool) -> list[str]:
    parts = [_BR.sub("\n", part).strip() for part in _SPLIT.split(text.strip())]
    if outer and len(parts) > 1:   # the bars that open and close the line
        parts = parts[1:-1] if len(parts) > 2 and not parts[-1] else parts[1:]
    return parts


def _opens_row(cells: list[str], numbered: bool) -> bool:
    """In a table without rules between rows: a row number opens a row (else a capital or a digit), and
    so does the closing "Tổng cộng" with its number cell empty."""
    first = cells[0] if cells else ""
    return bool(first) and (numbered or opens_item(first)) or is_total_row(cells)


def _continued(row: list[str], cells: list[str]) -> list[str]:
    width = max(len(row), len(cells))
    row, cells = row + [""] * (width - len(row)), cells + [""] * (width - len(cells))
    return [join_wrapped(a, b) for a, b in zip(row, cells)]
