"""Merged cells that a browser leaves out when it copies a web table as TAB text.

The HTML and Word readers expand a merged cell into every slot it covers; a TAB copy from a browser
writes it once, so the rows lose their alignment:

* a header cell merged across columns ("Cơ quan thực hiện" over "Chủ trì | Phối hợp") is one cell, and
  the second header line holds only the cells under it: "Chủ trì<TAB>Phối hợp". `spread_sub_headers`
  puts that line's cells under the header cell whose kind they refine (agencies under "Cơ quan thực
  hiện", "Bắt đầu | Hoàn thành" or quarters under "Thời gian", "Ngân sách tỉnh | Nguồn khác" under
  "Kinh phí") and repeats that header cell over them, as the readers of tables do;
* a cell merged down several rows (a reform-area column, a lead agency over a group of tasks) is
  copied on its first row only: the rows under it are a cell short, and the cells after the hole slide
  one column left. `fill_rowspan_holes` puts the hole where the row's cells then read best under their
  columns (a row number under "TT", agencies under "Chủ trì", a date under "Thời gian") and gives it the
  cell above. A row short at its end keeps its last columns empty, as before.
"""
from __future__ import annotations

from itertools import groupby

from ..document import Line
from ..text import fold_words
from .column_fit import placed_holes
from .columns import (BUDGET, COORDINATING, DEADLINE, LEAD, PERIOD_CELL, START, columns_from_header, header_role,
                      is_header_row, is_numbering_row)

AGENCIES, TIME, MONEY = "agencies", "time", "money"
_KIND_OF_ROLE = {LEAD: AGENCIES, COORDINATING: AGENCIES, START: TIME, DEADLINE: TIME, BUDGET: MONEY}
# a merged header cell that names only the kind of what its sub-cells hold ("Cơ quan", "Nguồn vốn")
_KIND_WORDS = ((AGENCIES, ("co quan", "don vi")), (TIME, ("thoi gian", "thoi han", "tien do")),
               (MONEY, ("kinh phi", "ngan sach", "nguon", "von", "tong so", "xa hoi hoa")))


def spread_sub_headers(lines: list) -> list:
    """`lines` with each header line that a browser copied before its short second header line replaced by
    both lines spread to the table's full width; other blocks and lines pass through."""
    out = list(lines)
    for i in range(len(out) - 1):
        header, below = out[i], out[i + 1]
        if not (isinstance(header, Line) and isinstance(below, Line)) or header.spaced is not None:
            continue
        cells, subs = header.text.split("\t"), below.text.split("\t")
        if len(cells) < 3 or not is_header_row(cells):
            continue
        spread = _spread(cells, [s.strip() for s in subs])
        if spread is not None:
            out[i] = Line("\t".join(spread[0]), header.lineno, header.page)
            out[i + 1] = Line("\t".join(spread[1]), below.lineno, below.page)
    return out


def _spread(cells: list[str], subs: list[str]) -> tuple[list[str], list[str]] | None:
    """(header, second header) at full width, or None when `subs` is no short line of sub-cells."""
    kinds = [_kind(s) for s in subs]
    if len(subs) < 2 or not all(subs) or None in kinds:
        return None
    runs = [(kind, len(list(group))) for kind, group in groupby(kinds)]
    parents: dict[int, int] = {}   # header cell -> how many sub-cells it spans
    start = 0
    for kind, count in runs:
        found = next((j for j in range(start, len(cells)) if _kind(cells[j]) == kind), None)
        if found is None:
            return None
        parents[found], start = count, found + 1
    # a header that already wrote the merged cell's other slots, empty ("Thời gian thực hiện<TAB><TAB><TAB>"),
    # keeps its width: the sub-cells go into those slots
    written = {j + k for j, count in parents.items() for k in range(1, count)
               if j + count <= len(cells) and not any(c.strip() for c in cells[j + 1:j + count])}
    header, second, taken = [], [], iter(subs)
    for j, cell in enumerate(cells):
        if j in written:
            continue
        for _ in range(parents.get(j, 1)):
            header.append(cell)
            second.append(next(taken) if j in parents else cell)
    return header, second


def _kind(cell: str) -> str | None:
    """What a header cell's column holds, by kind: agencies, time or money."""
    kind = _KIND_OF_ROLE.get(header_role(cell))
    if kind or PERIOD_CELL.match(cell):
        return kind or TIME
    words = fold_words(cell)
    return next((k for k, keys in _KIND_WORDS if any(key in words for key in keys)), None)


def fill_rowspan_holes(rows: list[list[str]]) -> list[list[str]]:
    """`rows` (a TAB table's cells) with the holes that cells merged down several rows left put back,
    below each header the table holds."""
    out: list[list[str]] = []
    roles: list[str | None] | None = None
    above: list[str] | None = None   # the last whole row
    for row in rows:
        if is_header_row(row):
            header = [out[-1], row] if out and is_header_row(out[-1]) else [row]
            roles, above = _roles(header, len(row)), None
        elif roles is not None and not is_numbering_row(row):
            # a row that opens with an empty cell goes on with the row above (a wrapped line), it is no
            # row that a merged cell left short
            if above is not None and 2 <= len(row) < len(roles) and row[0].strip():
                row = _with_holes(row, roles, above)
            if len(row) == len(roles) and sum(bool(c.strip()) for c in row) >= 3:
                above = row
        out.append(row)
    return out


def _roles(header: list[list[str]], width: int) -> list[str | None]:
    by_index = {i: role for role, i in columns_from_header(header).roles.items()}
    return [by_index.get(i) for i in range(width)]


def _with_holes(row: list[str], roles: list[str | None], above: list[str]) -> list[str]:
    width = len(roles)
    written = {cell.strip() for cell in row}

    def has_text_above(holes: tuple[int, ...]) -> bool:   # a merged cell's text is written on its first row
        return all(above[i].strip() for i in _inside(holes, width))

    def tie(holes: tuple[int, ...]) -> tuple:
        # a merged cell's text is not written again beside it ("Sở Tư pháp" merged as the lead is no
        # coordinating agency too); then the first holes win: merged cells are the grouping columns on
        # the left
        return -sum(above[i].strip() in written for i in _inside(holes, width)), -sum(holes)

    holes = placed_holes(row, roles, allowed=has_text_above, tie=tie)
    if holes is None:
        return row
    inside, cells = _inside(holes, width), iter(row)
    return [above[i] if i in inside else "" if i in holes else next(cells) for i in range(width)]


def _inside(holes: tuple[int, ...], width: int) -> set[int]:
    """The holes that are not the row's last columns left empty."""
    end = width
    while end - 1 in holes:
        end -= 1
    return {i for i in holes if i < end}
