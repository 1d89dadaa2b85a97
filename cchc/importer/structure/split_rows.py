"""TAB rows cut over several lines by paragraph breaks inside their cells.

Word's "Save as Plain Text" writes a table row as its cells joined by TABs, but a cell of several
paragraphs keeps its paragraph breaks, so the row goes on on the next line:

    1<TAB>Rà soát văn bản<TAB>- Báo cáo quý
    - Báo cáo năm<TAB>Sở Tư pháp<TAB>Các sở, ban, ngành<TAB>Quý II/2025

Under a header line that says how many cells a row has, a row with fewer cells takes the lines after it,
each going on with the row's last cell, while they add up to no more cells than the header has and none
opens with a row number in a cell of its own (a group row "1<TAB>Kiểm soát quy định TTHC" is short too,
and the row after it starts with its number) or is the closing "Tổng cộng". The row's own number is in
its first cell, or in its second after a reform-area column ("1. Công tác chỉ đạo<TAB>1<TAB>..."). An
item number before text ("1.1. Rà soát ...", a list inside the cell) goes on with the row, and so does a
list item alone on its line between two whole rows (the last cell's next paragraph, "- Quyết định công
bố ..."). A header line that a hard wrap cut takes back its last words from the line under it ("Sản" /
"phẩm<TAB>Kinh phí (triệu đồng)").
"""
from __future__ import annotations

from ..document import Block, Line
from ..fields.areas import is_area_heading
from .column_fit import BULLET
from .columns import is_header_row, is_number_cell
from .rows import is_total_row

_TAIL_CELLS = 3
_TAIL_CELL = 30   # characters


def join_split_rows(blocks: list[Block]) -> list[Block]:
    """`blocks` with each TAB row that a cell's paragraph breaks cut over several lines on one line
    (the cell's paragraphs kept apart by a line break inside it)."""
    out: list[Block] = []
    width = 0   # cells of a row, as the last header line says
    header = False   # the last line was the header
    for i, block in enumerate(blocks):
        if not isinstance(block, Line):
            width, header = 0, False
            out.append(block)
            continue
        cells = block.text.split("\t")
        previous = out[-1] if out and isinstance(out[-1], Line) else None
        # a PDF's lines keep their words' places: `aligned_columns` reads their wrapped cells by them
        laid_out = block.spaced is not None or (previous is not None and previous.spaced is not None)
        if header and not laid_out and _header_tail(cells):
            out[-1] = Line(f"{previous.text} {block.text}", previous.lineno, previous.page)
            width += len(cells) - 1
            header = False
            continue
        header = len(cells) >= 3 and is_header_row(cells)
        if header:
            width = len(cells)
            out.append(block)
            continue
        following = blocks[i + 1:i + 2]
        if width and previous is not None and not laid_out and \
                (_goes_on(previous.text, cells, width) or _item_goes_on(previous.text, cells, width, following)):
            out[-1] = Line(f"{previous.text}\n{block.text}", previous.lineno, previous.page)
        else:
            out.append(block)
    return out


def _header_tail(cells: list[str]) -> bool:
    """The words of a header's last cells that a hard wrap put on the line under it ("Sản" /
    "phẩm<TAB>Kinh phí (triệu đồng)"): short cells, none of them a row number or an area heading."""
    return (len(cells) <= _TAIL_CELLS and bool(cells[0].strip()) and not is_number_cell(cells[0])
            and all(len(cell) <= _TAIL_CELL for cell in cells) and not any(map(is_area_heading, cells)))


def _goes_on(row: str, cells: list[str], width: int) -> bool:
    """Whether a line with `cells` goes on with the TAB row `row` that is short of `width` cells."""
    have = row.count("\t") + 1
    if have == 1 or have >= width or not cells[0].strip() or is_total_row(cells[:1]):
        return False   # the closing "Tổng cộng" is a row of its own after a short row too
    # a row that opens with its number, cut inside a later cell; the number follows the area where a
    # "Lĩnh vực" column comes first
    numbered = any(is_number_cell(cell.strip()) for cell in row.split("\t", 2)[:2])
    return have + len(cells) - 1 <= width and numbered and not _opens_row(row, cells, width)


def _item_goes_on(row: str, cells: list[str], width: int, following: list[Block]) -> bool:
    """A list item alone on its line ("- Quyết định công bố ...") between a whole TAB row and the next
    one: the next paragraph of the row's last cell."""
    return row.count("\t") + 1 == width and len(cells) == 1 and bool(BULLET.match(cells[0])) and \
        bool(following) and isinstance(following[0], Line) and following[0].text.count("\t") >= 2



def _opens_row(row: str, cells: list[str], width: int) -> bool:
    """A row number in a cell of its own opens the next row; one before text in the cell ("1.1. Rà soát ...")
    is an item of a list the cell opened ("... văn bản:"), or one inside the cell unless the line has a whole
    row's cells."""
    first = cells[0].strip()
    if is_number_cell(first):
        return True
    if len(cells) > 1 and is_number_cell(cells[1].strip()) and \
            (first == row.split("\t", 1)[0].strip() or is_area_heading(first)):
        return True   # a reform-area column's cell, then the next row's number
    return is_number_cell(first.split()[0]) and not row.rstrip().endswith((":", ";")) and len(cells) >= width - 1
